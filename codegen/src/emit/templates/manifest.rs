//! A template set on disk: its manifest (which template renders which file, the language's
//! naming styles, reserved words, type map and literals), read as hostile input and checked
//! with every problem at once, and the set's files, each read without following a link.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::spec::load::{read_text_file, LocationIndex, YamlKind};

/// The manifest's file name.
pub const MANIFEST: &str = "manifest.yaml";
/// Manifests, as the YAML event scan reports them.
const MANIFESTS: YamlKind = YamlKind {
    files: "template manifests",
    depth_help: "a manifest needs four levels; this is not a manifest",
};
/// The largest manifest or template read.
const MAX_FILE_BYTES: u64 = 1 << 20;
/// The most files a set may hold.
const MAX_FILES: usize = 512;

/// A set's manifest.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The set's name (`typescript`); `--lang` selects by it.
    pub name: String,
    /// One line on what the set renders.
    #[serde(default)]
    pub description: String,
    /// The folder under the output folder that receives the set's files; the name by default.
    #[serde(default)]
    pub output: Option<String>,
    /// Naming styles by kind of name (`type`, `function`, `file`…): `pascal`, `camel`,
    /// `snake`, `screaming_snake`, `kebab`, `lower` or `wire`.
    #[serde(default)]
    pub naming: BTreeMap<String, Style>,
    /// Words a styled name may not be, for every kind (a list) or by kind (a mapping of kinds,
    /// and `all` for every kind, to lists); a styled name equal to one gets `escape`.
    #[serde(default)]
    pub reserved: PerKind<Vec<String>>,
    /// How a reserved name is written: `{}` is the name (`"{}_"` by default), for every kind or
    /// by kind as `reserved`.
    #[serde(default = "default_escape")]
    pub escape: PerKind<String>,
    /// How a styled name that does not start with a letter or `_` (`2fa`) is written: `{}` is
    /// the name (`"_{}"` by default; `"N{}"` for a language whose exported names start with a
    /// capital), for every kind or by kind.
    #[serde(default = "default_leading_digit")]
    pub leading_digit: PerKind<String>,
    /// Words the `pascal` and `camel` styles write in capitals (`ID`, `URL`: `UserID`,
    /// `userID`), matched without regard to case; the first word of a camel name stays lower.
    #[serde(default)]
    pub initialisms: Vec<String>,
    /// The type map.
    #[serde(default)]
    pub types: TypeMap,
    /// How the `literal` filter writes values.
    #[serde(default)]
    pub literals: Literals,
    /// What to render.
    pub files: Vec<FileRule>,
    /// A formatter to run over the rendered files (with `generate --format`).
    #[serde(default)]
    pub format: Option<Format>,
}

/// See [`Manifest::format`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Format {
    /// The program and its arguments; the files' paths are appended (`[gofmt, -w]`).
    pub command: Vec<String>,
    /// Which files, by how their paths end (`[.go]`); every file of the set when empty.
    #[serde(default)]
    pub files: Vec<String>,
}

fn default_escape() -> PerKind<String> {
    PerKind::All("{}_".to_owned())
}

fn default_leading_digit() -> PerKind<String> {
    PerKind::All("_{}".to_owned())
}

/// A manifest value for every kind of name, or by kind (`all` standing for every kind not
/// named).
#[derive(Debug, Clone)]
pub enum PerKind<T> {
    /// The same for every kind.
    All(T),
    /// By kind; `all` for the kinds not named.
    ByKind(BTreeMap<String, T>),
}

/// A mapping is by kind; anything else is the value for every kind. (Not `untagged`: that
/// would read YAML's `False` in a list of reserved words as a bool, where each item asked for
/// as a string keeps its text.)
impl<'de, T: Deserialize<'de>> Deserialize<'de> for PerKind<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer, StrDeserializer};
        use serde::de::{Error, MapAccess, SeqAccess, Visitor};
        use std::marker::PhantomData;

        struct PerKindVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for PerKindVisitor<T> {
            type Value = PerKind<T>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a value for every kind of name, or a mapping of kinds to values")
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Self::Value, M::Error> {
                BTreeMap::deserialize(MapAccessDeserializer::new(map)).map(PerKind::ByKind)
            }

            fn visit_seq<S: SeqAccess<'de>>(self, seq: S) -> Result<Self::Value, S::Error> {
                T::deserialize(SeqAccessDeserializer::new(seq)).map(PerKind::All)
            }

            fn visit_str<E: Error>(self, text: &str) -> Result<Self::Value, E> {
                T::deserialize(StrDeserializer::<E>::new(text)).map(PerKind::All)
            }
        }

        deserializer.deserialize_any(PerKindVisitor(PhantomData))
    }
}

impl<T: Default> Default for PerKind<T> {
    fn default() -> Self {
        PerKind::All(T::default())
    }
}

impl<T> PerKind<T> {
    /// The value for `kind`: its own, else `all`'s.
    pub fn get(&self, kind: &str) -> Option<&T> {
        match self {
            PerKind::All(value) => Some(value),
            PerKind::ByKind(map) => map.get(kind).or_else(|| map.get("all")),
        }
    }

    /// Every value with the key it is under (`""` for the single value).
    fn entries(&self) -> Vec<(&str, &T)> {
        match self {
            PerKind::All(value) => vec![("", value)],
            PerKind::ByKind(map) => map.iter().map(|(k, v)| (k.as_str(), v)).collect(),
        }
    }
}

/// A naming style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Style {
    /// `ModifyMessage`.
    Pascal,
    /// `modifyMessage`.
    Camel,
    /// `modify_message`.
    Snake,
    /// `MODIFY_MESSAGE`.
    ScreamingSnake,
    /// `modify-message`.
    Kebab,
    /// `modifymessage`.
    Lower,
    /// The name as the spec spells it.
    Wire,
}

/// How the model's types are spelled. `{item}`, `{value}` and `{name}` are replaced.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeMap {
    /// `bool`.
    pub bool: String,
    /// `i32`.
    pub i32: String,
    /// `i64`.
    pub i64: String,
    /// `u32`.
    pub u32: String,
    /// `u64`.
    pub u64: String,
    /// `f64`.
    pub f64: String,
    /// `string`.
    pub string: String,
    /// A list of `{item}`.
    pub list: String,
    /// A map from strings to `{value}`.
    pub map: String,
    /// An `{item}` that may be null.
    pub nullable: String,
    /// A named type: `{name}` is the name in the `type` style.
    #[serde(default = "default_named")]
    pub named: String,
}

fn default_named() -> String {
    "{name}".to_owned()
}

impl Default for TypeMap {
    fn default() -> Self {
        let same = |s: &str| s.to_owned();
        TypeMap {
            bool: same("bool"),
            i32: same("i32"),
            i64: same("i64"),
            u32: same("u32"),
            u64: same("u64"),
            f64: same("f64"),
            string: same("string"),
            list: same("list<{item}>"),
            map: same("map<string,{value}>"),
            nullable: same("{item}?"),
            named: default_named(),
        }
    }
}

/// How JSON values are written as the language's literals; objects and arrays keep JSON's
/// brackets, strings JSON's quoting.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Literals {
    /// `null`.
    pub null: String,
    /// `true`.
    #[serde(rename = "true")]
    pub true_: String,
    /// `false`.
    #[serde(rename = "false")]
    pub false_: String,
    /// A 64-bit integer (`i64`, `u64`): `{}` is its digits (`"{}n"` for a TypeScript bigint).
    pub int64: String,
}

impl Default for Literals {
    fn default() -> Self {
        Literals {
            null: "null".to_owned(),
            true_: "true".to_owned(),
            false_: "false".to_owned(),
            int64: "{}".to_owned(),
        }
    }
}

/// One output of a set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileRule {
    /// A template of the set to render.
    #[serde(default)]
    pub template: Option<String>,
    /// A file of the set to copy as it is.
    #[serde(default)]
    pub copy: Option<String>,
    /// Where the output goes, inside the set's output folder. `{package}` is the generated
    /// package's name (`--crate-name`) and `{service}` the service's, both in the `package`
    /// style; `{operation}` is the operation's in the `file` style.
    pub path: String,
    /// How often: `once`, `service` (the default) or `operation`.
    #[serde(default)]
    pub per: Per,
}

/// How often a file rule renders.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    /// Once, with every service.
    Once,
    /// Once per service.
    #[default]
    Service,
    /// Once per operation of each service.
    Operation,
}

/// A set found on disk.
#[derive(Debug, Clone)]
pub struct TemplateSet {
    /// Its folder.
    pub dir: PathBuf,
    /// Its manifest.
    pub manifest: Manifest,
}

impl TemplateSet {
    /// The folder under the output folder that receives its files.
    pub fn output(&self) -> &str {
        self.manifest
            .output
            .as_deref()
            .unwrap_or(&self.manifest.name)
    }
}

/// The sets in `dirs`: a folder holding a `manifest.yaml` is a set, any other folder is
/// searched one level down. With `languages`, only the sets of those names (each must exist).
pub fn discover(dirs: &[PathBuf], languages: &[String]) -> Result<Vec<TemplateSet>, String> {
    let mut sets: Vec<TemplateSet> = Vec::new();
    for dir in dirs {
        if dir.join(MANIFEST).exists() {
            sets.push(load(dir)?);
            continue;
        }
        let entries =
            fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let mut found = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
            let file_type = entry.file_type().map_err(|e| e.to_string())?;
            let path = entry.path();
            if file_type.is_dir() && path.join(MANIFEST).exists() {
                found.push(path);
            }
        }
        found.sort();
        for path in found {
            sets.push(load(&path)?);
        }
    }
    for (i, set) in sets.iter().enumerate() {
        if let Some(other) = sets[..i]
            .iter()
            .find(|o| o.output() == set.output() || o.manifest.name == set.manifest.name)
        {
            return Err(format!(
                "{} and {} both render `{}`: give one another `name` or `output`",
                other.dir.display(),
                set.dir.display(),
                set.output()
            ));
        }
    }
    if !languages.is_empty() {
        for language in languages {
            if !sets.iter().any(|s| &s.manifest.name == language) {
                let known: Vec<&str> = sets.iter().map(|s| s.manifest.name.as_str()).collect();
                return Err(format!(
                    "no template set is called `{language}` (found: {})",
                    known.join(", ")
                ));
            }
        }
        sets.retain(|s| languages.contains(&s.manifest.name));
    }
    Ok(sets)
}

/// The file `rel` of the set in `dir`, checked component by component: `rel` is a relative
/// path of plain names, no folder on the way is a link (a linked folder could lead anywhere on
/// the machine: `ext/secret.txt` with `ext` a link to `/etc`), and the last component is a
/// plain file. The file is opened without following a link again when it is read.
fn path_in_set(dir: &Path, rel: &str) -> Result<PathBuf, String> {
    let not_in_set = || format!("`{rel}` is not a file of the set");
    let relative = relative_path(rel).ok_or_else(not_in_set)?;
    let components: Vec<Component> = relative.components().collect();
    let mut at = dir.to_path_buf();
    for (i, component) in components.iter().enumerate() {
        at.push(component);
        let meta = match fs::symlink_metadata(&at) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(not_in_set()),
            Err(e) => return Err(format!("cannot read {}: {e}", at.display())),
        };
        if meta.file_type().is_symlink() {
            return Err(format!(
                "{} is a symbolic link; links inside a template set are not followed",
                at.display()
            ));
        }
        let last = i + 1 == components.len();
        if !last && !meta.is_dir() {
            return Err(not_in_set());
        }
        if last && !meta.is_file() {
            return Err(format!("{} is not a plain file", at.display()));
        }
    }
    Ok(at)
}

/// Reads the file `rel` of the set in `dir` ([`path_in_set`]): a plain file of bounded size.
pub(super) fn read_set_file(dir: &Path, rel: &str) -> Result<String, String> {
    let path = path_in_set(dir, rel)?;
    read_text_file(&path, MAX_FILE_BYTES, "a file of a template set")
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Loads one set's manifest and checks it. Every problem is reported at once, each with the
/// manifest's path and the line of the key it is about.
pub fn load(dir: &Path) -> Result<TemplateSet, String> {
    let path = dir.join(MANIFEST);
    let text = read_set_file(dir, MANIFEST)?;
    // serde_yaml recurses and backtracks per level; the event scan bounds depth (and refuses
    // anchors and aliases) as it streams, before serde_yaml sees the text.
    let index = LocationIndex::build_as(&text, MANIFESTS).map_err(|e| {
        let mut text = format!("{}:{}:{}: {}", path.display(), e.line, e.column, e.message);
        if let Some(help) = e.help {
            text.push_str(&format!("\n  = help: {help}"));
        }
        text
    })?;
    let manifest: Manifest = serde_yaml::from_str(&text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!(":{}:{}", l.line(), l.column()))
            .unwrap_or_default();
        format!("{}{at}: {e}", path.display())
    })?;
    // (spec path in the manifest, message)
    let mut problems: Vec<(String, String)> = Vec::new();
    let name_ok = |n: &str| {
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    if !name_ok(&manifest.name) {
        problems.push((
            "name".into(),
            format!(
                "`name: {}` must be ASCII letters, digits, `-` and `_`",
                manifest.name
            ),
        ));
    }
    if let Some(output) = &manifest.output {
        if relative_path(output).is_none() {
            problems.push((
                "output".into(),
                format!("`output: {output}` must be a relative path inside the output folder"),
            ));
        }
    }
    for kind in manifest.naming.keys() {
        if !NAME_KINDS.contains(&kind.as_str()) {
            problems.push((
                format!("naming.{kind}"),
                format!(
                    "`naming.{kind}` is not a kind of name (known: {})",
                    NAME_KINDS.join(", ")
                ),
            ));
        }
    }
    let kinds_ok = |key: &str, kinds: Vec<&str>, problems: &mut Vec<(String, String)>| {
        for kind in kinds {
            if !kind.is_empty() && kind != "all" && !NAME_KINDS.contains(&kind) {
                problems.push((
                    format!("{key}.{kind}"),
                    format!(
                        "`{key}.{kind}` is not a kind of name (known: all, {})",
                        NAME_KINDS.join(", ")
                    ),
                ));
            }
        }
    };
    kinds_ok(
        "reserved",
        manifest
            .reserved
            .entries()
            .into_iter()
            .map(|e| e.0)
            .collect(),
        &mut problems,
    );
    for key in ["escape", "leading_digit"] {
        let rule = if key == "escape" {
            &manifest.escape
        } else {
            &manifest.leading_digit
        };
        kinds_ok(
            key,
            rule.entries().into_iter().map(|e| e.0).collect(),
            &mut problems,
        );
        for (kind, pattern) in rule.entries() {
            if pattern.matches("{}").count() != 1 {
                let at = if kind.is_empty() {
                    key.to_owned()
                } else {
                    format!("{key}.{kind}")
                };
                problems.push((
                    at.clone(),
                    format!("`{at}: {pattern}` must hold `{{}}` once"),
                ));
            }
        }
    }
    if !manifest
        .leading_digit
        .entries()
        .into_iter()
        .all(|(_, p)| p.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_'))
    {
        problems.push((
            "leading_digit".into(),
            "`leading_digit` must start with a letter or `_`, before the name's `{}`".to_owned(),
        ));
    }
    if let Some(format) = &manifest.format {
        if format.command.first().is_none_or(|p| p.trim().is_empty()) {
            problems.push((
                "format.command".into(),
                "`format.command` names the formatter: a program, then its arguments".to_owned(),
            ));
        }
    }
    for (i, word) in manifest.initialisms.iter().enumerate() {
        if word.is_empty() || !word.chars().all(|c| c.is_ascii_alphanumeric()) {
            problems.push((
                format!("initialisms[{i}]"),
                format!("`initialisms[{i}]: {word}` must be ASCII letters and digits"),
            ));
        }
    }
    for (i, rule) in manifest.files.iter().enumerate() {
        let (key, source) = match (&rule.template, &rule.copy) {
            (Some(t), None) => ("template", t),
            (None, Some(c)) => ("copy", c),
            _ => {
                problems.push((
                    format!("files[{i}]"),
                    format!("files[{i}]: give exactly one of `template` and `copy`"),
                ));
                continue;
            }
        };
        if let Err(why) = path_in_set(dir, source) {
            problems.push((format!("files[{i}].{key}"), format!("files[{i}]: {why}")));
        }
        let placeholders_ok = match rule.per {
            Per::Once => !rule.path.contains("{service}") && !rule.path.contains("{operation}"),
            Per::Service => !rule.path.contains("{operation}"),
            Per::Operation => rule.path.contains("{operation}"),
        };
        if !placeholders_ok {
            problems.push((format!("files[{i}].path"), format!(
                "files[{i}]: `path: {}` does not fit `per: {:?}` (`{{service}}` for per service, `{{operation}}` too for per operation, neither for once)",
                rule.path,
                rule.per
            )));
        }
        let sample = rule
            .path
            .replace("{package}", "p")
            .replace("{service}", "s")
            .replace("{operation}", "o");
        if sample.contains(['{', '}']) || relative_path(&sample).is_none() {
            problems.push((format!("files[{i}].path"), format!(
                "files[{i}]: `path: {}` must be a relative path inside the output folder, with only `{{package}}`, `{{service}}` and `{{operation}}`",
                rule.path
            )));
        }
    }
    if manifest.files.is_empty() {
        problems.push(("files".into(), "`files` is empty".to_owned()));
    }
    if problems.is_empty() {
        Ok(TemplateSet {
            dir: dir.to_path_buf(),
            manifest,
        })
    } else {
        let lines: Vec<String> = problems
            .iter()
            .map(|(at, message)| {
                let (line, column) = index.locate(at).unwrap_or((1, 1));
                format!("{}:{line}:{column}: {message}", path.display())
            })
            .collect();
        Err(lines.join("\n"))
    }
}

/// The kinds of names a manifest styles.
pub const NAME_KINDS: &[&str] = &[
    "type", "field", "function", "variable", "constant", "variant", "module", "file", "package",
];

/// `path` as normal components only (no `..`, no root), or `None`.
pub(super) fn relative_path(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    let normal = !path.is_empty()
        && p.components().all(|c| matches!(c, Component::Normal(_)))
        && !path.contains('\\');
    normal.then(|| p.to_path_buf())
}

/// The `.j2` files under `dir`, named by their path relative to `root` (`/`-separated). Links
/// are neither followed into nor listed.
pub(super) fn collect_templates(
    root: &Path,
    dir: &Path,
    out: &mut Vec<String>,
) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "node_modules" || name == "__pycache__" {
            continue;
        }
        paths.push((entry.path(), entry.file_type().map_err(|e| e.to_string())?));
    }
    paths.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, file_type) in paths {
        if file_type.is_dir() {
            collect_templates(root, &path, out)?;
        } else if file_type.is_file() && path.extension().is_some_and(|e| e == "j2") {
            if out.len() >= MAX_FILES {
                return Err(format!(
                    "{} holds more than {MAX_FILES} templates",
                    root.display()
                ));
            }
            let name = path
                .strip_prefix(root)
                .map_err(|e| e.to_string())?
                .to_string_lossy()
                .replace('\\', "/");
            out.push(name);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deeply_nested_manifest_is_refused_while_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = dir.path().join(MANIFEST);
        for text in [
            // 120 KB of flow brackets, and the same depth in block style under a real key.
            "[".repeat(120_000),
            format!("name: deep\nfiles:\n{}x\n", "- ".repeat(60_000)),
            // Flow mappings in lists, which serde_yaml took seconds to read and refuse.
            format!("name: deep\nfiles: {}\n", "[{a: ".repeat(24_000)),
        ] {
            fs::write(&manifest, &text).unwrap();
            let err = load(dir.path()).unwrap_err();
            assert!(
                err.contains(&format!("{}:", manifest.display())),
                "names the manifest: {err}"
            );
            assert!(err.contains("deeper than 64 levels"), "says why: {err}");
            let line: usize = err[manifest.display().to_string().len() + 1..]
                .split(':')
                .next()
                .and_then(|l| l.parse().ok())
                .unwrap_or_else(|| panic!("a line number: {err}"));
            assert!((1..=3).contains(&line), "{err}");
        }
    }

    #[test]
    fn bad_manifests_are_refused_with_every_problem() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.j2"), "x").unwrap();
        fs::write(
            dir.path().join(MANIFEST),
            "name: 'bad name'\noutput: ../up\nnaming: {colour: snake}\nescape: nope\nreserved: {colour: [x]}\nleading_digit: {field: '{}2', type: 'N{}{}'}\ninitialisms: [U-R-L]\nfiles:\n  - {template: a.j2, path: '../{service}/x'}\n  - {template: missing.j2, path: once.txt, per: once}\n  - {copy: a.j2, path: '{service}.txt', per: once}\n",
        )
        .unwrap();
        let err = load(dir.path()).unwrap_err();
        for expected in [
            "`name: bad name`",
            "`output: ../up`",
            "`naming.colour`",
            "`escape: nope`",
            "`reserved.colour` is not a kind of name",
            "`leading_digit` must start with a letter or `_`",
            "`leading_digit.type: N{}{}` must hold `{}` once",
            "`initialisms[0]: U-R-L`",
            "files[0]: `path: ../{service}/x`",
            "files[1]: `missing.j2` is not a file of the set",
            "files[2]: `path: {service}.txt` does not fit",
        ] {
            assert!(err.contains(expected), "{expected} in {err}");
        }
    }
}
