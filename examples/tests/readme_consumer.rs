//! The README's "Using the generated crate", followed to the letter by a new project outside
//! the workspace: its dependency lines become the project's `Cargo.toml` (with the path to
//! `generated/` of this checkout), its program becomes `src/main.rs`, and the program runs
//! against an emulator started here, getting a typed answer and a typed vendor error.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("examples/ sits in the repository")
        .to_path_buf()
}

/// The first fenced block of `section` whose info string starts with `lang`.
fn block<'a>(section: &'a str, lang: &str) -> &'a str {
    let fence = format!("```{lang}");
    let start = section
        .find(&fence)
        .unwrap_or_else(|| panic!("no {fence} block in the section"));
    let body = &section[start..];
    let body = &body[body.find('\n').expect("a fence line") + 1..];
    &body[..body.find("\n```").expect("the block is closed") + 1]
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_project_built_from_the_readme_alone_calls_the_emulator() {
    let root = repo_root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let start = readme
        .find("\n## Using the generated crate\n")
        .expect("the README has the section");
    let section = &readme[start + 1..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let dependencies = block(section, "toml");
    let program = block(section, "rust");

    let generated = root.join("generated");
    let local = format!("path = {:?}", generated.display().to_string());
    assert!(
        dependencies.contains("path = \"generated\""),
        "the README's dependency line names generated/: {dependencies}"
    );
    let manifest = format!(
        "[package]\nname = \"readme-consumer\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n{}",
        dependencies.replace("path = \"generated\"", &local)
    );

    let project = tempfile::tempdir().unwrap();
    std::fs::create_dir(project.path().join("src")).unwrap();
    std::fs::write(project.path().join("Cargo.toml"), manifest).unwrap();
    std::fs::write(project.path().join("src/main.rs"), program).unwrap();
    // The workspace's lock file pins the versions this machine has; no network is needed.
    std::fs::copy(root.join("Cargo.lock"), project.path().join("Cargo.lock")).unwrap();

    // Its own target folder (the workspace's is locked while the tests run), kept between
    // runs so that only the first one compiles the dependencies.
    let target = root.join("target").join("readme-consumer");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let project_dir = project.path().to_path_buf();
    let build = tokio::task::spawn_blocking(move || {
        Command::new(cargo)
            .args(["build", "--offline", "--quiet"])
            .current_dir(&project_dir)
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("RUSTFLAGS")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        build.status.success(),
        "the README's program does not build:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );

    let config = emulator::Config::new("AKLTlocal", "local-secret", 1400000000, "local-key");
    let emulator = emulator::Local::start(config).await.unwrap();
    let binary = root.join("target/readme-consumer/debug/readme-consumer");
    let base_url = emulator.base_url.clone();
    let run = tokio::task::spawn_blocking(move || {
        Command::new(binary)
            .env("EMULATOR_URL", base_url)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines.first().copied(),
        Some(r#"marked: [MemberMarks { member_account: "teacher10", marks: [1000] }]"#),
        "{stdout}"
    );
    assert!(
        lines
            .get(1)
            .is_some_and(|l| l.starts_with("refused: 10010 ")),
        "{stdout}"
    );
    // And the emulator holds the mark the program set.
    let state = emulator.app().emulator().snapshot();
    let group = &state.groups["@TGS#a6I4ZUUGO"];
    let marks: Vec<i64> = group.members["teacher10"].marks.iter().copied().collect();
    assert_eq!(marks, [1000]);
}
