//! Spec paths: where a node sits in a spec file (`request.fields[2].type`), the address every
//! diagnostic carries.

/// One step of a spec path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    /// A mapping key.
    Key(String),
    /// A sequence index.
    Index(usize),
}

/// Formats segments as a spec path: `request.fields[2].type`.
pub fn format_path(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// The path of `key` under `base`: `types[2].fields` under `types[2]`, `fields` under the
/// document itself (`""`, the base of a type file's keys).
pub fn child(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_owned()
    } else {
        format!("{base}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_format_like_the_docs() {
        let p = [
            Segment::Key("request".into()),
            Segment::Key("fields".into()),
            Segment::Index(2),
            Segment::Key("type".into()),
        ];
        assert_eq!(format_path(&p), "request.fields[2].type");
        assert_eq!(format_path(&[]), "");
        assert_eq!(child("types[2]", "fields"), "types[2].fields");
        assert_eq!(child("", "fields"), "fields");
    }
}
