//! Directions: `required: request` says a request must carry a field that an answer may leave
//! out, so it belongs to shapes that can travel both ways. An operation's `request` is only
//! ever sent, its `response` and the envelope only ever read: on their fields the flag means
//! `true` or `false`, and the checker asks for that instead. A named type is the service's
//! (any operation may send or read it), so the flag is meaningful there whichever operations
//! use it today: it keeps the generated type the same when an operation that reads it is added.

use super::{Loc, ServiceChecker};
use crate::spec;

/// The one direction a shape travels in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum OneWay {
    /// An operation's request body: only ever sent.
    Request,
    /// An operation's response payload: only ever read.
    Response,
    /// The service's envelope: only ever read.
    Envelope,
}

impl<'a> ServiceChecker<'a> {
    /// Reports `required: request` on the fields (at `base`) of a shape that travels one way.
    pub(super) fn one_way_fields(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        fields: &[spec::Field],
        way: OneWay,
    ) {
        let (what, instead) = match way {
            OneWay::Request => (
                "an operation's request, which is only ever sent",
                "write `required: true`: a request must carry it",
            ),
            OneWay::Response => (
                "an operation's response, which is only ever read",
                "write `required: false`, since an answer may leave it out",
            ),
            OneWay::Envelope => (
                "the envelope, which is only ever read",
                "write `required: false`, since an answer may leave it out",
            ),
        };
        for (i, f) in fields.iter().enumerate() {
            if f.required.in_request_only() {
                self.diags.push(
                    loc.diag(
                        &format!("{base}[{i}].required"),
                        format!("`required: request` on `{}`, a field of {what}", f.name),
                    )
                    .with_help(format!(
                        "`required: request` is for the fields of a shape both sent and read (a named type that requests and answers use); here {instead}"
                    )),
                );
            }
        }
    }
}
