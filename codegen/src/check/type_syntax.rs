//! The spec's type syntax: `i64`, `list<T>`, `map<string,T>` or a type name, read into the
//! IR's [`Type`]. The checker reads every field's type with it, then resolves the names.

use crate::ir::{Scalar, Type};

/// Parses the spec's type syntax.
pub fn parse_type_syntax(text: &str) -> Result<Type, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("empty type".into());
    }
    if let Some(scalar) = Scalar::parse(text) {
        return Ok(Type::Scalar { scalar });
    }
    if let Some((head, rest)) = text.split_once('<') {
        let inner = rest
            .strip_suffix('>')
            .ok_or_else(|| format!("`{head}<` is not closed with `>`"))?;
        return match head.trim() {
            "list" => Ok(Type::List {
                item: Box::new(item_syntax(inner)?),
            }),
            "map" => {
                let (key, value) =
                    split_top_comma(inner).ok_or("a map is written map<string,T>")?;
                if key.trim() != "string" {
                    return Err(format!("map keys must be `string`, not `{}`", key.trim()));
                }
                Ok(Type::Map {
                    value: Box::new(item_syntax(value)?),
                })
            }
            other => Err(format!(
                "`{other}<…>` is not a type; use list<T> or map<string,T>"
            )),
        };
    }
    if text.ends_with('?') {
        return Err("only the items of a list or map may be nullable (`list<T?>`)".into());
    }
    if text.contains(['>', ',', ' ']) {
        return Err("unexpected characters".into());
    }
    if !text.chars().all(|c| c.is_ascii_alphanumeric())
        || !text.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return Err("a type name is PascalCase letters and digits".into());
    }
    Ok(Type::Named {
        name: text.to_owned(),
    })
}

/// A list's item or a map's value: a type, or `T?` for one that may be `null`.
fn item_syntax(text: &str) -> Result<Type, String> {
    match text.trim().strip_suffix('?') {
        Some(inner) => Ok(Type::Nullable {
            item: Box::new(parse_type_syntax(inner)?),
        }),
        None => parse_type_syntax(text),
    }
}

/// Splits `a,b` at the first comma outside angle brackets.
fn split_top_comma(s: &str) -> Option<(&str, &str)> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => depth = depth.checked_sub(1)?,
            ',' if depth == 0 => return Some((&s[..i], &s[i + 1..])),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Type {
        Type::Named {
            name: name.to_owned(),
        }
    }

    #[test]
    fn type_syntax() {
        assert_eq!(
            parse_type_syntax("i64"),
            Ok(Type::Scalar {
                scalar: Scalar::I64
            })
        );
        assert_eq!(
            parse_type_syntax("list<map<string, string>>"),
            Ok(Type::List {
                item: Box::new(Type::Map {
                    value: Box::new(Type::Scalar {
                        scalar: Scalar::String
                    })
                })
            })
        );
        assert_eq!(parse_type_syntax("Participant"), Ok(named("Participant")));
        assert!(parse_type_syntax("list<i64").is_err());
        assert!(parse_type_syntax("map<i64,string>").is_err());
        assert!(parse_type_syntax("set<i64>").is_err());
        assert!(parse_type_syntax("").is_err());
        assert!(parse_type_syntax("Foo Bar").is_err());
        assert!(parse_type_syntax("map<string>").is_err());
        assert_eq!(
            parse_type_syntax("list<string?>"),
            Ok(Type::List {
                item: Box::new(Type::Nullable {
                    item: Box::new(Type::Scalar {
                        scalar: Scalar::String
                    })
                })
            })
        );
        assert!(parse_type_syntax("string?").is_err());
        assert!(parse_type_syntax("list<string??>").is_err());
    }
}
