//! What `codegen import` leaves for a person: a spec that still holds a `todo` or a field's
//! `draft` marker is refused, each named at its line, so a draft cannot ship unread.

use super::{Loc, ServiceChecker};
use crate::spec;

impl ServiceChecker<'_> {
    /// Reports every `todo` entry and `draft` marker of the service's files.
    pub(super) fn unreviewed_drafts(&mut self) {
        let loaded = self.loaded;
        let svc = Loc::of(&loaded.service);
        let s = &loaded.service.value;
        self.draft_fields(svc, "envelope.fields", &s.envelope.fields);
        self.draft_types(svc, "types", &s.types);
        for file in &loaded.types {
            if let Some(fields) = &file.value.fields {
                self.draft_fields(Loc::of(file), "fields", fields);
            }
        }
        for op in &loaded.operations {
            let loc = Loc::of(op);
            let o = &op.value;
            for (i, todo) in o.todo.iter().enumerate() {
                let page = todo
                    .line
                    .map(|l| format!(" (page line {l})"))
                    .unwrap_or_default();
                let d = loc.diag(
                    &format!("todo[{i}]"),
                    format!("an open question of the import{page}: {}", todo.what),
                );
                self.diags.push(d.with_help(
                    "resolve it in the spec (a doc error goes in `doc_notes`), then delete the entry",
                ));
            }
            self.draft_fields(loc, "request.fields", &o.request.fields);
            self.draft_fields(loc, "response.fields", &o.response.fields);
            self.draft_types(loc, "types", &o.types);
        }
    }

    fn draft_types(&mut self, loc: Loc<'_>, at: &str, types: &[spec::TypeDef]) {
        for (i, t) in types.iter().enumerate() {
            if let Some(fields) = &t.fields {
                self.draft_fields(loc, &format!("{at}[{i}].fields"), fields);
            }
        }
    }

    fn draft_fields(&mut self, loc: Loc<'_>, at: &str, fields: &[spec::Field]) {
        for (i, f) in fields.iter().enumerate() {
            let Some(draft) = &f.draft else { continue };
            let page = draft
                .line
                .map(|l| format!(" (page line {l})"))
                .unwrap_or_default();
            let d = loc.diag(
                &format!("{at}[{i}].draft"),
                format!(
                    "`{}` holds a fact drafted from prose, not reviewed yet{page}: {}",
                    f.name, draft.sentence
                ),
            );
            self.diags.push(d.with_help(
                "check the field's constraints against the sentence, then delete `draft`",
            ));
        }
    }
}
