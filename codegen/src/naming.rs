//! Naming: the one place where a wire name becomes a Rust name.
//!
//! Every emitter asks here, so a field is called the same in the struct, its validator and its
//! docs. The wire name stays beside it in the IR, and the written-out serde impls use that.

use heck::{ToPascalCase, ToSnakeCase};

/// Words Rust reserves. Most can be written as raw identifiers (`r#type`); the four in
/// [`NOT_RAW`] cannot and get a trailing underscore instead.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// Which Rust naming convention a name follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// `snake_case`: fields, modules, functions.
    Snake,
    /// `PascalCase`: types and enum variants.
    Pascal,
}

/// A name as Rust code writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RustName {
    /// The identifier as written in source, raw prefix included (`r#type`).
    pub ident: String,
    /// The identifier without a raw prefix, for derived names (`type_or_default`).
    pub plain: String,
}

/// Turns a wire name into a Rust identifier in the given case.
///
/// Generated identifiers are ASCII: heck keeps letters and digits of every script, but many of
/// them are not identifier characters at all (`²`, `٠` as a first character), and the rest
/// trip rustc's `uncommon_codepoints` and `confusable_idents` lints. So everything but ASCII
/// letters, digits and `_` is dropped. Returns `None` when nothing usable is left (`消息`,
/// `---`), which the checker reports as a diagnostic.
pub fn rust_name(wire: &str, case: Case) -> Option<RustName> {
    let converted = match case {
        Case::Snake => wire.to_snake_case(),
        Case::Pascal => wire.to_pascal_case(),
    };
    let mut name: String = converted
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if case == Case::Snake {
        // Dropped characters can leave doubled or trailing separators (`a_²_b` → `a__b`).
        while name.contains("__") {
            name = name.replace("__", "_");
        }
        if name.len() > 1 && name.ends_with('_') {
            name.pop();
        }
    }
    if !name.chars().any(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = match case {
            Case::Snake => format!("_{name}"),
            Case::Pascal => format!("N{name}"),
        };
    }
    if NOT_RAW.contains(&name.as_str()) {
        let plain = format!("{name}_");
        return Some(RustName {
            ident: plain.clone(),
            plain,
        });
    }
    let ident = if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name.clone()
    };
    Some(RustName { ident, plain: name })
}

/// Whether `name` is already a PascalCase identifier (what the spec asks type, operation and
/// variant names to be).
pub fn is_pascal_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && rust_name(name, Case::Pascal).is_some_and(|n| n.ident == name)
}

/// Whether `name` is kebab-case (`volcengine-rtc-im`), the form of service names.
pub fn is_kebab_case(name: &str) -> bool {
    !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.ends_with('-')
        && !name.contains("--")
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The edit distance between two short strings, counting a swap of two neighbours as one edit
/// (optimal string alignment), for "did you mean" hints.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

/// The candidate closest to `wrong`, if it is close enough to be a likely typo.
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wrong.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (edit_distance(&wrong.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snake(wire: &str) -> String {
        rust_name(wire, Case::Snake).expect("usable").ident
    }

    fn pascal(wire: &str) -> String {
        rust_name(wire, Case::Pascal).expect("usable").ident
    }

    #[test]
    fn wire_names_become_snake_case_fields() {
        assert_eq!(snake("ConversationShortId"), "conversation_short_id");
        assert_eq!(snake("Member_Account"), "member_account");
        assert_eq!(snake("AppId"), "app_id");
        assert_eq!(snake("CodeN"), "code_n");
        assert_eq!(snake("UserIdStr"), "user_id_str");
        assert_eq!(snake("IsStickTop"), "is_stick_top");
        assert_eq!(snake("user-id"), "user_id");
        assert_eq!(snake("TLS.sig"), "tls_sig");
    }

    #[test]
    fn keywords_become_raw_or_suffixed_identifiers() {
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("Type"), "r#type");
        assert_eq!(snake("match"), "r#match");
        assert_eq!(snake("async"), "r#async");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("Self"), "self_");
        assert_eq!(snake("crate"), "crate_");
        assert_eq!(snake("super"), "super_");
        assert_eq!(pascal("self"), "Self_");
        assert_eq!(pascal("Self"), "Self_");
        let raw = rust_name("type", Case::Snake).unwrap();
        assert_eq!(raw.plain, "type");
    }

    #[test]
    fn names_that_start_with_a_digit_get_a_prefix() {
        assert_eq!(snake("2fa"), "_2fa");
        assert_eq!(pascal("2fa"), "N2fa");
        assert_eq!(pascal("500"), "N500");
    }

    #[test]
    fn unusable_names_are_refused() {
        assert_eq!(rust_name("", Case::Snake), None);
        assert_eq!(rust_name("---", Case::Snake), None);
        assert_eq!(rust_name("_", Case::Pascal), None);
        assert_eq!(rust_name("²³", Case::Snake), None);
        assert_eq!(rust_name("٠١", Case::Snake), None);
        assert_eq!(rust_name("消息", Case::Pascal), None);
    }

    #[test]
    fn only_ascii_identifier_characters_are_kept() {
        assert_eq!(snake("a²"), "a");
        assert_eq!(snake("消息Id"), "id");
        assert_eq!(snake("a²b"), "ab");
        assert_eq!(pascal("Ä2"), "N2");
        for wire in ["a²", "٠١x", "x٠", "é", "Straße", "_a", "a_"] {
            if let Some(n) = rust_name(wire, Case::Snake) {
                syn::parse_str::<syn::Ident>(&n.ident)
                    .unwrap_or_else(|e| panic!("{wire} -> {}: {e}", n.ident));
            }
        }
    }

    #[test]
    fn case_predicates() {
        assert!(is_pascal_case("ModifyMessage"));
        assert!(!is_pascal_case("modifyMessage"));
        assert!(!is_pascal_case("Modify_Message"));
        assert!(!is_pascal_case("Self"));
        assert!(is_kebab_case("volcengine-rtc-im"));
        assert!(!is_kebab_case("Volcengine"));
        assert!(!is_kebab_case("a--b"));
        assert!(!is_kebab_case("a-"));
    }

    #[test]
    fn suggestions_find_near_misses_only() {
        let keys = ["name", "type", "required", "description"];
        assert_eq!(suggest("requried", keys), Some("required"));
        assert_eq!(suggest("tpye", keys), Some("type"));
        assert_eq!(suggest("colour", keys), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("tpye", "type"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
