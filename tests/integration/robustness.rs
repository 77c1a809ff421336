//! No panic on user input: random corruptions of spec files go through the whole of
//! `generate` (loader, checker, emitters, writer), and arbitrary bytes go through the signature
//! and UserSig verifiers. Each must answer with a result or a diagnostic, never a panic, and
//! `generate` must never write outside its output folder.

use std::fs;

use imapi_runtime::tencent::usersig;
use imapi_runtime::url;
use imapi_runtime::volcengine::verify::{self, ReceivedRequest, VerifyPolicy};
use imapi_tests::repo_root;
use proptest::prelude::*;

/// A corruption of a spec file's text.
#[derive(Debug, Clone)]
enum Edit {
    DeleteLine(usize),
    DuplicateLine(usize),
    Insert(usize, String),
    Truncate(usize),
    Indent(usize, usize),
}

fn apply(text: &str, edit: &Edit) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    if lines.is_empty() {
        // An earlier edit emptied the file: nothing is left to edit by line.
        lines.push(String::new());
    }
    let n = lines.len();
    match edit {
        Edit::DeleteLine(i) => {
            lines.remove(i % n);
        }
        Edit::DuplicateLine(i) => {
            let line = lines[i % n].clone();
            lines.insert(i % n, line);
        }
        Edit::Insert(i, junk) => {
            let at = i % n;
            let line = &mut lines[at];
            let cut = (0..=line.len())
                .rev()
                .find(|c| line.is_char_boundary(*c) && *c <= junk.len() % (line.len() + 1))
                .unwrap_or(0);
            line.insert_str(cut, junk);
        }
        Edit::Truncate(at) => {
            let keep = at % text.len().max(1);
            let keep = (0..=keep)
                .rev()
                .find(|c| text.is_char_boundary(*c))
                .unwrap_or(0);
            return text[..keep].to_owned();
        }
        Edit::Indent(i, spaces) => {
            let at = i % n;
            lines[at] = format!("{}{}", " ".repeat(*spaces), lines[at]);
        }
    }
    lines.join("\n")
}

/// Every file under `dir`, by relative path.
fn snapshot(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(here) = stack.pop() {
        for entry in fs::read_dir(&here).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn edit() -> impl Strategy<Value = Edit> {
    let junk = prop::sample::select(vec![
        ":",
        "- ",
        "[",
        "]",
        "{",
        "}",
        "\"",
        "'",
        "#",
        "&a",
        "*a",
        "!!int ",
        "<<: ",
        "\t",
        "\u{0}",
        "list<",
        "map<string,",
        "é",
        "99999999999999999999999",
        "²³",
        "٠١",
        "\u{7}",
        "\"#",
        "r#\"",
        "```rust\nfn main() {}\n```",
        "    indented()",
        "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - x",
        "!!str ",
        "Validate",
        "Client",
        "\n[dependencies]\n",
    ])
    .prop_map(str::to_owned);
    prop_oneof![
        any::<usize>().prop_map(Edit::DeleteLine),
        any::<usize>().prop_map(Edit::DuplicateLine),
        (any::<usize>(), junk).prop_map(|(i, j)| Edit::Insert(i, j)),
        any::<usize>().prop_map(Edit::Truncate),
        (any::<usize>(), 1usize..6).prop_map(|(i, s)| Edit::Indent(i, s)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn corrupted_specs_get_diagnostics_not_panics(file in 0usize..64, edits in prop::collection::vec(edit(), 1..4)) {
        let dir = tempfile::tempdir().unwrap();
        let spec = dir.path().join("spec");
        let out = dir.path().join("out");
        // Each service's files, and those of its `types/` folder.
        let folders: Vec<String> = ["volcengine-rtc-im", "tencent-chat"]
            .iter()
            .flat_map(|s| [s.to_string(), format!("{s}/types")])
            .filter(|f| repo_root().join("spec").join(f).is_dir())
            .collect();
        let mut files = Vec::new();
        for folder in &folders {
            fs::create_dir_all(spec.join(folder)).unwrap();
            for entry in fs::read_dir(repo_root().join("spec").join(folder)).unwrap() {
                let entry = entry.unwrap();
                if entry.path().is_file() {
                    let copy = spec.join(folder).join(entry.file_name());
                    fs::copy(entry.path(), &copy).unwrap();
                    files.push(copy);
                }
            }
        }
        files.sort();
        let target = &files[file % files.len()];
        let mut text = fs::read_to_string(target).unwrap();
        for e in &edits {
            text = apply(&text, e);
        }
        fs::write(target, &text).unwrap();
        let spec_before = snapshot(&spec);
        match codegen::generate(&spec, &out) {
            Ok(_) => {
                // A harmless edit: the crate was written, and only there.
                prop_assert!(out.join("Cargo.toml").is_file());
            }
            Err(codegen::Error::Spec(diagnostics)) => {
                prop_assert!(!diagnostics.0.is_empty());
                for d in &diagnostics.0 {
                    prop_assert!(!d.file.is_empty() || d.message.contains("folder"), "{d:?}");
                }
                prop_assert!(!out.exists(), "a rejected spec writes nothing");
            }
            Err(other) => prop_assert!(false, "{other}\n--- the edited file:\n{text}"),
        }
        // Nothing but the output folder (and the spec's schema files) may have been written.
        let mut spec_after = snapshot(&spec);
        for kind in codegen::spec::schema::Kind::ALL {
            spec_after.remove(kind.file_name());
        }
        prop_assert_eq!(spec_after, spec_before);
        let mut top: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "out")
            .collect();
        top.sort();
        prop_assert_eq!(top, vec!["spec".to_owned()]);
    }

    #[test]
    fn arbitrary_requests_never_panic_the_v4_verifier(
        auth in ".{0,200}",
        x_date in "[0-9TZ]{0,20}",
        query in ".{0,80}",
        body in prop::collection::vec(any::<u8>(), 0..64),
        host in ".{0,30}",
    ) {
        let headers = [("Authorization", auth.as_str()), ("X-Date", x_date.as_str()), ("Host", host.as_str())];
        let request = ReceivedRequest { method: "POST", path: "/", raw_query: &query, headers: &headers, body: &body };
        let policy = VerifyPolicy { region: "cn-north-1", service: "rtc", max_skew_seconds: 900, now: 1_704_164_645, host: None };
        let _ = verify::verify(&request, &policy, |_| Some("secret".to_owned()));
        let _ = imapi_runtime::volcengine::sign::parse_authorization(&auth);
        let _ = url::decode_query(&query);
    }

    #[test]
    fn arbitrary_usersigs_are_refused_without_panicking(sig in "[A-Za-z0-9*_-]{0,300}|.{0,100}") {
        let expected = usersig::Expected { sdkappid: 1, identifier: "admin", userbuf: None, now: 0 };
        prop_assert!(usersig::verify("key", &sig, &expected).is_err());
    }
}

#[test]
fn well_formed_authorization_headers_with_wrong_values_are_refused() {
    let auth = "HMAC-SHA256 Credential=AK/20240102/cn-north-1/rtc/request, SignedHeaders=host;x-date, Signature=0000000000000000000000000000000000000000000000000000000000000000";
    let headers = [
        ("Authorization", auth),
        ("X-Date", "20240102T030405Z"),
        ("Host", "h"),
    ];
    let request = ReceivedRequest {
        method: "POST",
        path: "/",
        raw_query: "",
        headers: &headers,
        body: b"",
    };
    let policy = VerifyPolicy {
        region: "cn-north-1",
        service: "rtc",
        max_skew_seconds: 900,
        now: 1_704_164_645,
        host: None,
    };
    assert_eq!(
        verify::verify(&request, &policy, |_| Some("secret".to_owned())),
        Err(verify::VerifyError::SignatureMismatch)
    );
}
