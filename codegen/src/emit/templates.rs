//! Templates for other languages: minijinja over the IR.
//!
//! `templates/<language>/<name>.j2` renders once per service into
//! `<language>/<service>/<name>` under the output folder (for example
//! `templates/typescript/types.ts.j2` → `generated/typescript/tencent-chat/types.ts`). As in
//! uniffi, naming and type mapping live in Rust filters and templates stay declarative: a
//! language's filters are registered when its folder exists. Undefined variables are errors,
//! so a typo in a template fails the run instead of rendering nothing.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use minijinja::value::Value;
use minijinja::{context, Environment, Error, ErrorKind, UndefinedBehavior};

use crate::ir;
use crate::GENERATE_COMMAND;

/// Renders every template of `dir` for every service; keys are paths under the output folder.
pub fn render(dir: &Path, ir: &ir::Ir) -> Result<BTreeMap<String, String>, String> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.add_filter("doc_lines", doc_lines);
    env.add_filter("json", json);

    let mut sources = Vec::new();
    for language in sorted_names(dir, true)? {
        match language.as_str() {
            "typescript" => typescript::register(&mut env),
            other => {
                return Err(format!(
                    "{}: no filters are registered for the language `{other}` (codegen/src/templates.rs)",
                    dir.join(other).display()
                ))
            }
        }
        for file in sorted_names(&dir.join(&language), false)? {
            let Some(output) = file.strip_suffix(".j2") else {
                continue;
            };
            let name = format!("{language}/{file}");
            let path = dir.join(&language).join(&file);
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            env.add_template_owned(name.clone(), text)
                .map_err(|e| template_error(dir, &e))?;
            sources.push((name, language.clone(), output.to_owned()));
        }
    }
    let mut out = BTreeMap::new();
    for (name, language, output) in &sources {
        let template = env
            .get_template(name)
            .map_err(|e| template_error(dir, &e))?;
        for service in &ir.services {
            let header = format!(
                "@generated from spec/{} by `{GENERATE_COMMAND}` with templates/{name}. Do not edit by hand.",
                service.spec_file
            );
            let text = template
                .render(context! {
                    service => Value::from_serialize(service),
                    header => header,
                })
                .map_err(|e| template_error(dir, &e))?;
            out.insert(format!("{language}/{}/{output}", service.name), text);
        }
    }
    Ok(out)
}

/// The names of the folders (`want_dirs`) or files in `dir`, sorted; hidden entries and
/// `node_modules` (the checkers' install) are skipped.
fn sorted_names(dir: &Path, want_dirs: bool) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() == want_dirs && !name.starts_with('.') && name != "node_modules" {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

fn template_error(dir: &Path, e: &Error) -> String {
    let mut text = format!("template error: {}", e.kind());
    if let Some(detail) = e.detail() {
        text.push_str(&format!(": {detail}"));
    }
    if let (Some(name), Some(line)) = (e.name(), e.line()) {
        text.push_str(&format!("\n  --> {}/{name}:{line}", dir.display()));
    }
    text
}

/// Splits prose into lines for a block comment, with `*/` defused.
fn doc_lines(text: &str) -> Vec<String> {
    text.trim()
        .lines()
        .map(|l| l.trim_end().replace("*/", "*\\/"))
        .collect()
}

/// A value as compact JSON.
fn json(value: Value) -> Result<String, Error> {
    serde_json::to_string(&value)
        .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
}

/// TypeScript: type mapping and property names.
mod typescript {
    use minijinja::value::Value;
    use minijinja::{Environment, Error, ErrorKind};

    pub fn register(env: &mut Environment<'_>) {
        env.add_filter("ts_type", ts_type);
        env.add_filter("ts_key", ts_key);
    }

    fn invalid(what: &str) -> Error {
        Error::new(ErrorKind::InvalidOperation, format!("ts_type: {what}"))
    }

    /// The TypeScript type of an IR type (`list<map<string,i64>>` → `Record<string, number>[]`).
    /// 64-bit integers are `number`: JSON.parse keeps them exact only up to 2^53.
    pub fn ts_type(ty: Value) -> Result<String, Error> {
        let kind = ty.get_attr("kind")?;
        match kind.as_str() {
            Some("scalar") => {
                let scalar = ty.get_attr("scalar")?;
                Ok(match scalar.as_str() {
                    Some("bool") => "boolean",
                    Some("string") => "string",
                    Some("i32" | "i64" | "u32" | "u64" | "f64") => "number",
                    _ => return Err(invalid("unknown scalar")),
                }
                .to_owned())
            }
            Some("list") => {
                let item = ts_type(ty.get_attr("item")?)?;
                Ok(if item.contains(' ') {
                    format!("Array<{item}>")
                } else {
                    format!("{item}[]")
                })
            }
            Some("map") => Ok(format!(
                "Record<string, {}>",
                ts_type(ty.get_attr("value")?)?
            )),
            Some("named") => ty
                .get_attr("name")?
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| invalid("a named type without a name")),
            Some("nullable") => Ok(format!("{} | null", ts_type(ty.get_attr("item")?)?)),
            _ => Err(invalid("not a type")),
        }
    }

    /// A property name: bare when it is an identifier, quoted otherwise (`"2fa"`).
    pub fn ts_key(name: &str) -> String {
        let identifier = name
            .starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        if identifier {
            name.to_owned()
        } else {
            serde_json::to_string(name).unwrap_or_else(|_| format!("\"{name}\""))
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::ir::{Scalar, Type};

        fn ty(t: &Type) -> String {
            ts_type(Value::from_serialize(t)).unwrap()
        }

        #[test]
        fn types_map_to_typescript() {
            let i64 = Type::Scalar {
                scalar: Scalar::I64,
            };
            let map = Type::Map {
                value: Box::new(i64.clone()),
            };
            assert_eq!(ty(&i64), "number");
            assert_eq!(
                ty(&Type::List {
                    item: Box::new(i64)
                }),
                "number[]"
            );
            assert_eq!(
                ty(&Type::List {
                    item: Box::new(map.clone())
                }),
                "Array<Record<string, number>>"
            );
            assert_eq!(
                ty(&Type::Named {
                    name: "MemberMarks".into()
                }),
                "MemberMarks"
            );
            assert_eq!(
                ty(&Type::Scalar {
                    scalar: Scalar::Bool
                }),
                "boolean"
            );
        }

        #[test]
        fn keys_are_quoted_only_when_needed() {
            assert_eq!(ts_key("Member_Account"), "Member_Account");
            assert_eq!(ts_key("2fa"), "\"2fa\"");
            assert_eq!(ts_key("user-id"), "\"user-id\"");
        }
    }
}
