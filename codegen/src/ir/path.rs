//! Wire paths: the rules across an object's fields (`required_when`, `forbidden_when`, groups,
//! conditions) name a field of the object by its wire name, or a field of an object it holds
//! by a path of wire names joined by `.` (`ConversationCoreInfo.ConversationType`).
//!
//! A path goes through objects only (fields whose type is an object type), never through a
//! list, a map, an enum or a union. A path is *present* when every object on the way and the
//! last field are present (and not null); an absent parent object makes the path absent, so a
//! condition on it does not hold and a field it names counts as not sent.

use super::{Field, Type, TypeDef, TypeKind};

/// The most segments a wire path may have: objects nest deeper than this in no vendor's
/// document, and generated code reads a path one nested closure per segment.
pub const MAX_SEGMENTS: usize = 16;

/// Why a path names no field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathError {
    /// Segment `at` names no field of the object reached so far; `object` is the type of that
    /// object (`None` for the object the rule is on), `known` its fields' wire names.
    NoField {
        /// The segment's index.
        at: usize,
        /// The object's type.
        object: Option<String>,
        /// Its fields' wire names.
        known: Vec<String>,
    },
    /// Segment `at` is a field that is not an object, and the path goes on past it.
    NotAnObject {
        /// The segment's index.
        at: usize,
        /// The field's type, in the spec's spelling.
        ty: String,
    },
    /// Segment `at` is an object type whose definition is not known (reported where it is
    /// defined, or where the type is named).
    Unknown {
        /// The segment's index.
        at: usize,
    },
    /// The path has more than [`MAX_SEGMENTS`] segments.
    TooLong {
        /// How many it has.
        segments: usize,
    },
}

/// The segments of a path: a name that is the wire name of a field of `fields` is one segment
/// (a wire name may hold a `.`), any other is split at each `.`.
pub fn segments<'p>(fields: &[Field], path: &'p str) -> Vec<&'p str> {
    if fields.iter().any(|f| f.name.wire == path) {
        vec![path]
    } else {
        path.split('.').collect()
    }
}

/// Whether `path` names a field of an object inside the object, not one of its own.
pub fn is_nested(fields: &[Field], path: &str) -> bool {
    segments(fields, path).len() > 1
}

/// The fields `path` names, from a field of `fields` down through the objects they hold; each
/// named type is found with `lookup`.
pub fn walk<'t>(
    lookup: impl Fn(&str) -> Option<&'t TypeDef>,
    fields: &'t [Field],
    path: &str,
) -> Result<Vec<&'t Field>, PathError> {
    let segments = segments(fields, path);
    if segments.len() > MAX_SEGMENTS {
        return Err(PathError::TooLong {
            segments: segments.len(),
        });
    }
    let mut out: Vec<&'t Field> = Vec::new();
    let mut current = fields;
    let mut object = None;
    for (at, name) in segments.into_iter().enumerate() {
        if let Some(prev) = out.last() {
            let Type::Named { name: ty } = &prev.ty else {
                return Err(PathError::NotAnObject {
                    at: at - 1,
                    ty: prev.ty.spec_name(),
                });
            };
            match lookup(ty).map(|t| &t.kind) {
                Some(TypeKind::Struct { fields, .. }) => current = fields,
                Some(_) => {
                    return Err(PathError::NotAnObject {
                        at: at - 1,
                        ty: ty.clone(),
                    })
                }
                None => return Err(PathError::Unknown { at: at - 1 }),
            }
            object = Some(ty.clone());
        }
        match current.iter().find(|f| f.name.wire == name) {
            Some(f) => out.push(f),
            None => {
                return Err(PathError::NoField {
                    at,
                    object,
                    known: current.iter().map(|f| f.name.wire.clone()).collect(),
                })
            }
        }
    }
    Ok(out)
}

/// Whether a path is always present in a request (what the rules across fields check): every
/// field on the way is required when sent.
pub fn always_present(fields: &[&Field]) -> bool {
    fields.iter().all(|f| f.required_when_sent())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Constraints, FieldName, Scalar};

    fn field(wire: &str, ty: Type, required: bool) -> Field {
        Field {
            name: FieldName {
                wire: wire.into(),
                rust: wire.to_lowercase(),
                rust_plain: wire.to_lowercase(),
            },
            ty,
            doc_type: None,
            required,
            required_in_request: false,
            default: None,
            when_absent: None,
            unit: None,
            from: None,
            unknown_as: None,
            description: String::new(),
            gloss: None,
            example: None,
            constraints: Constraints::default(),
        }
    }

    fn object(name: &str, fields: Vec<Field>) -> TypeDef {
        TypeDef {
            name: name.into(),
            spec_file: String::new(),
            spec_path: String::new(),
            operation: None,
            description: String::new(),
            gloss: None,
            refines: None,
            kind: TypeKind::Struct {
                fields,
                at_least_one_of: Vec::new(),
                mutually_exclusive: Vec::new(),
                required_when: Vec::new(),
                forbidden_when: Vec::new(),
            },
            in_request: false,
            in_response: false,
        }
    }

    #[test]
    fn paths_walk_through_objects_and_say_where_they_break() {
        let int = Type::Scalar {
            scalar: Scalar::I32,
        };
        let info = object("Info", vec![field("Kind", int.clone(), true)]);
        let named = |name: &str| Type::Named { name: name.into() };
        let top = vec![
            field("Info", named("Info"), false),
            field(
                "Ids",
                Type::List {
                    item: Box::new(int.clone()),
                },
                false,
            ),
            field("a.b", int, false),
            field("Gone", named("Gone"), false),
        ];
        let lookup = |name: &str| (name == "Info").then_some(&info);
        let names = |path: &str| {
            walk(lookup, &top, path)
                .map(|f| f.iter().map(|f| f.name.wire.clone()).collect::<Vec<_>>())
        };
        assert_eq!(names("Info.Kind"), Ok(vec!["Info".into(), "Kind".into()]));
        // A wire name that holds a `.` is the field of that name.
        assert_eq!(segments(&top, "a.b"), ["a.b"]);
        assert!(!is_nested(&top, "a.b") && is_nested(&top, "Info.Kind"));
        assert_eq!(
            names("Info.Kin"),
            Err(PathError::NoField {
                at: 1,
                object: Some("Info".into()),
                known: vec!["Kind".into()]
            })
        );
        assert_eq!(
            names("Ids.First"),
            Err(PathError::NotAnObject {
                at: 0,
                ty: "list<i32>".into()
            })
        );
        assert_eq!(names("Gone.X"), Err(PathError::Unknown { at: 0 }));
        assert!(matches!(names("."), Err(PathError::NoField { at: 0, .. })));
        let deep = vec!["Info"; MAX_SEGMENTS + 1].join(".");
        assert_eq!(names(&deep), Err(PathError::TooLong { segments: 17 }));
        let found = walk(lookup, &top, "Info.Kind").unwrap();
        assert!(!always_present(&found));
        assert!(always_present(&found[1..]));
    }
}
