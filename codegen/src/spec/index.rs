//! Where each node of a spec file starts: the event-level pass of the loader
//! ([`crate::spec::load`]), which records the line and column of every spec path and refuses,
//! before any recursive parser sees the text, what no spec file needs: nesting deeper than
//! [`MAX_NESTING`], and YAML anchors, aliases and tags.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

use crate::spec::path::{format_path, Segment};

/// The deepest nesting of mappings and sequences a spec file may have. The format itself needs
/// about ten levels; the YAML parsers recurse per level, so a hostile file must be stopped
/// before them.
pub const MAX_NESTING: usize = 64;

/// Where each node of a YAML document starts, by spec path. A mapping value is located at its
/// key, which is where a person looks.
#[derive(Debug, Clone, Default)]
pub struct LocationIndex {
    starts: HashMap<String, (usize, usize)>,
}

/// Why a file could not be indexed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexError {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

impl IndexError {
    fn at(mark: Marker, message: impl Into<String>, help: Option<&str>) -> Self {
        IndexError {
            message: message.into(),
            help: help.map(str::to_owned),
            line: mark.line(),
            column: mark.col() + 1,
        }
    }
}

/// What [`scan`] says about the files it refuses.
#[derive(Debug, Clone, Copy)]
pub struct YamlKind {
    /// The files, in the plural (`spec files`), for "… are not allowed in spec files".
    pub files: &'static str,
    /// Why nesting past [`MAX_NESTING`] cannot be a file of this kind.
    pub depth_help: &'static str,
}

/// Spec files, as [`LocationIndex::build`] reads them.
pub const SPEC_FILES: YamlKind = YamlKind {
    files: "spec files",
    depth_help: "spec files need about ten levels; this is not a spec file",
};

/// Reads `text` as a stream of YAML events, one at a time and with no recursion, handing each
/// to `visit`; stops at the first malformed token, at nesting deeper than [`MAX_NESTING`], and
/// at anchors, aliases and tags. Depth is counted as the events arrive, so a hostile file is
/// refused where it first nests too deep, before the rest of it is read; a file that passes
/// is safe to give to the recursive parsers (serde_yaml).
pub fn scan(
    text: &str,
    kind: YamlKind,
    mut visit: impl FnMut(Event, Marker),
) -> Result<(), IndexError> {
    let mut parser = Parser::new_from_str(text);
    let mut depth = 0usize;
    loop {
        let (event, mark) = parser.next_token().map_err(|e| {
            // The scanner reads flow collections (`[[[…`) ahead of the events and stops at
            // 255 levels of its own; that is the same refusal.
            if e.info() == "recursion limit exceeded" {
                too_deep(*e.marker(), kind)
            } else {
                IndexError::at(*e.marker(), format!("invalid YAML: {}", e.info()), None)
            }
        })?;
        match &event {
            Event::StreamEnd => return Ok(()),
            Event::Alias(_) => {
                return Err(IndexError::at(
                    mark,
                    format!("YAML aliases (`*name`) are not allowed in {}", kind.files),
                    Some("write the value out where it is used"),
                ))
            }
            Event::Scalar(_, _, anchor, tag)
            | Event::MappingStart(anchor, tag)
            | Event::SequenceStart(anchor, tag)
                if *anchor != 0 || tag.is_some() =>
            {
                let what = if *anchor != 0 {
                    "YAML anchors (`&name`)"
                } else {
                    "YAML tags (`!tag`)"
                };
                return Err(IndexError::at(
                    mark,
                    format!("{what} are not allowed in {}", kind.files),
                    Some(&format!(
                        "{} are plain YAML: mappings, lists and scalars",
                        kind.files
                    )),
                ));
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(too_deep(mark, kind));
                }
            }
            Event::MappingEnd | Event::SequenceEnd => depth = depth.saturating_sub(1),
            _ => {}
        }
        visit(event, mark);
    }
}

fn too_deep(mark: Marker, kind: YamlKind) -> IndexError {
    IndexError::at(
        mark,
        format!("the file nests deeper than {MAX_NESTING} levels"),
        Some(kind.depth_help),
    )
}

impl LocationIndex {
    /// Indexes `text`. Fails on malformed YAML, on nesting deeper than [`MAX_NESTING`], and on
    /// anchors, aliases and tags ([`scan`]).
    pub fn build(text: &str) -> Result<Self, IndexError> {
        Self::build_as(text, SPEC_FILES)
    }

    /// [`LocationIndex::build`] for another kind of YAML file (a template set's manifest).
    pub fn build_as(text: &str, kind: YamlKind) -> Result<Self, IndexError> {
        let mut builder = IndexBuilder::default();
        scan(text, kind, |event, mark| builder.event(event, mark))?;
        Ok(LocationIndex {
            starts: builder.starts,
        })
    }

    /// The 1-based line and column of `path`, or of its nearest indexed ancestor.
    pub fn locate(&self, path: &str) -> Option<(usize, usize)> {
        let mut path = path;
        loop {
            if let Some(found) = self.starts.get(path) {
                return Some(*found);
            }
            if path.is_empty() {
                return None;
            }
            // A missing top-level key is located at the document.
            path = &path[..path.rfind(['.', '[']).unwrap_or(0)];
        }
    }
}

#[derive(Default)]
struct IndexBuilder {
    starts: HashMap<String, (usize, usize)>,
    stack: Vec<Frame>,
}

enum Frame {
    Mapping {
        path: Vec<Segment>,
        key: Option<String>,
        /// A mapping that is a list item is located at its first key (the scanner marks a block
        /// mapping at its first value).
        locate_at_first_key: bool,
    },
    Sequence {
        path: Vec<Segment>,
        next: usize,
    },
}

impl IndexBuilder {
    /// Handles the start of a node (scalar, alias, or container); returns the node's path if it
    /// is a value (not a key).
    fn node(&mut self, scalar: Option<&str>, mark: Marker) -> Option<Vec<Segment>> {
        let position = (mark.line(), mark.col() + 1);
        match self.stack.last_mut() {
            None => {
                // The document itself: what a missing top-level key is reported at.
                self.starts.entry(String::new()).or_insert((1, 1));
                Some(Vec::new())
            }
            Some(Frame::Mapping {
                path,
                key,
                locate_at_first_key,
            }) => match key.take() {
                None => {
                    if std::mem::take(locate_at_first_key) {
                        self.starts.insert(format_path(path), position);
                    }
                    let name = scalar.unwrap_or("?").to_owned();
                    let mut child = path.clone();
                    child.push(Segment::Key(name.clone()));
                    self.starts.entry(format_path(&child)).or_insert(position);
                    *key = Some(name);
                    None
                }
                Some(name) => {
                    let mut child = path.clone();
                    child.push(Segment::Key(name));
                    Some(child)
                }
            },
            Some(Frame::Sequence { path, next }) => {
                let mut child = path.clone();
                child.push(Segment::Index(*next));
                *next += 1;
                self.starts.entry(format_path(&child)).or_insert(position);
                Some(child)
            }
        }
    }

    fn event(&mut self, event: Event, mark: Marker) {
        match event {
            Event::Scalar(value, ..) => {
                self.node(Some(&value), mark);
            }
            Event::Alias(_) => {
                self.node(None, mark);
            }
            Event::MappingStart(..) => {
                let in_list = matches!(self.stack.last(), Some(Frame::Sequence { .. }));
                // A mapping used as a key has no spec path; index it under "?".
                let path = self
                    .node(None, mark)
                    .unwrap_or_else(|| vec![Segment::Key("?".into())]);
                self.stack.push(Frame::Mapping {
                    path,
                    key: None,
                    locate_at_first_key: in_list,
                });
            }
            Event::SequenceStart(..) => {
                let path = self
                    .node(None, mark)
                    .unwrap_or_else(|| vec![Segment::Key("?".into())]);
                self.stack.push(Frame::Sequence { path, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_locates_keys_and_items() {
        let text = "name: A\nrequest:\n  fields:\n    - name: X\n      type: i32\n    - name: Y\n      tpye: i64\n";
        let index = LocationIndex::build(text).unwrap();
        assert_eq!(index.locate("name"), Some((1, 1)));
        assert_eq!(index.locate("request.fields"), Some((3, 3)));
        assert_eq!(index.locate("request.fields[0]"), Some((4, 7)));
        assert_eq!(index.locate("request.fields[0].type"), Some((5, 7)));
        assert_eq!(index.locate("request.fields[1].tpye"), Some((7, 7)));
        // Unindexed paths fall back to the nearest ancestor.
        assert_eq!(index.locate("request.fields[1].type.inner"), Some((6, 7)));
        assert_eq!(index.locate("request.fields[1].type"), Some((6, 7)));
    }

    #[test]
    fn deep_nesting_is_refused_before_any_recursion() {
        // 200,000 levels: enough to overflow the stack of a recursive loader many times over.
        let deep = "- ".repeat(200_000) + "x\n";
        let e = LocationIndex::build(&deep).unwrap_err();
        assert!(e.message.contains("deeper than 64"), "{e:?}");
        // Flow collections: the scanner has a limit of its own, which is as good.
        let flow = "[".repeat(200_000);
        let e = LocationIndex::build(&flow).unwrap_err();
        assert!(e.message.contains("deeper than 64"), "{e:?}");
        let fine = "- ".repeat(MAX_NESTING) + "x\n";
        assert!(LocationIndex::build(&fine).is_ok());
    }

    #[test]
    fn anchors_aliases_and_tags_are_refused() {
        for text in [
            "a: &x 1\nb: *x\n",
            "a: !!int 1\n",
            "a: !custom {b: 1}\n",
            "a: &x [1]\n",
        ] {
            let e = LocationIndex::build(text).unwrap_err();
            assert!(e.message.contains("not allowed"), "{text}: {e:?}");
        }
    }
}
