//! `x-pagination`: how an operation pages, in the spec's own keys (wire names): one style as
//! an object, or several as a list, each with the request condition (`when`) that picks it.

use crate::ir::{self, NextPosition};
use crate::json::{Obj, J};

/// The operation's `x-pagination`, or `None` when it does not page.
pub(super) fn paging(styles: &[ir::Pagination]) -> Option<J> {
    match styles {
        [] => None,
        [only] => Some(style(only)),
        _ => Some(J::from(styles.iter().map(style).collect::<Vec<J>>())),
    }
}

fn wire(f: &ir::Field) -> &str {
    f.name.wire.as_str()
}

fn style(p: &ir::Pagination) -> J {
    let mut o = Obj::new().with("style", super::to_j(p.style));
    o.set_opt("when", p.when.as_ref().map(super::to_j));
    o.set("request_field", wire(&p.request_field));
    match &p.next {
        NextPosition::Field { field } => o.set("response_field", wire(field)),
        NextPosition::Offset => {}
        NextPosition::Items {
            field,
            smallest,
            add,
        } => {
            let key = if *smallest { "min" } else { "max" };
            let mut n = Obj::new().with(key, field.as_str());
            n.set("add", J::from(serde_json::Value::from(*add)));
            o.set("next_from_items", n);
        }
    }
    o.set("items", wire(&p.items));
    o.set_opt("page_size", p.page_size.as_ref().map(wire));
    o.set_opt("has_more", p.has_more.as_ref().map(wire));
    o.set_opt("is_finished", p.is_finished.as_ref().map(wire));
    o.set_opt("end_value", p.end_value.clone().map(J::from));
    o.set_opt("total", p.total.as_ref().map(wire));
    o.set_opt(
        "flag",
        p.flag.as_ref().map(|f| {
            Obj::new()
                .with("field", wire(&f.field))
                .with("more", J::from(serde_json::Value::from(f.more.clone())))
                .with("done", J::from(serde_json::Value::from(f.done.clone())))
        }),
    );
    if !p.carry.is_empty() {
        let carried: Vec<J> = p
            .carry
            .iter()
            .map(|c| {
                Obj::new()
                    .with("request_field", wire(&c.request_field))
                    .with("response_field", wire(&c.response_field))
                    .into()
            })
            .collect();
        o.set("carry", J::from(carried));
    }
    o.into()
}
