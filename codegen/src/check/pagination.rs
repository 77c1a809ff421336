//! Pagination: where the position is sent and read back (or how it is computed from the
//! page's items), the items, the page size, how the last page is told, and which style pages a
//! request when there are several.

use std::collections::HashMap;

use super::values::scalar_value_fits;
use super::{Loc, ServiceChecker};
use crate::ir::{self, path, NextPosition, Scalar, Type};
use crate::naming;
use crate::spec;

impl<'a> ServiceChecker<'a> {
    /// The styles of `pagination`: each checked, and the list as a whole (which has a `when`,
    /// and which does not).
    pub(super) fn paging(
        &mut self,
        loc: Loc<'a>,
        paging: &spec::Paging,
        request: &[ir::Field],
        response: &[ir::Field],
    ) -> Vec<ir::Pagination> {
        let before = self.diags.len();
        let styles = paging.styles();
        if styles.is_empty() {
            self.diags.push(
                loc.diag("pagination", "list at least one style")
                    .with_help("leave `pagination` out when the operation does not page"),
            );
        }
        let listed = matches!(paging, spec::Paging::Styles(_));
        let mut out = Vec::new();
        for (i, (base, p)) in styles.iter().enumerate() {
            let last = i + 1 == styles.len();
            match (&p.when, listed, last) {
                (Some(_), false, _) => self.diags.push(
                    loc.diag(
                        &format!("{base}.when"),
                        "a single style needs no `when`: it pages every request",
                    )
                    .with_help(
                        "to choose between styles, list them (`pagination: [{when: …, …}, {…}]`)",
                    ),
                ),
                (None, true, false) => self.diags.push(
                    loc.diag(
                        base,
                        "only the last style may go without `when`: the styles after this one would never be used",
                    )
                    .with_help("say which requests this style pages, or move it last"),
                ),
                (Some(_), true, true) => self.diags.push(
                    loc.diag(
                        &format!("{base}.when"),
                        "the last style pages every request the others' conditions do not match: give it no `when`",
                    )
                    .with_help("otherwise a request no condition matches would have no way to page"),
                ),
                (Some(c), true, false) => self.style_condition(loc, base, c, request),
                _ => {}
            }
            if let Some(built) = self.pagination(loc, base, p, request, response) {
                out.push(built);
            }
        }
        if self.diags.len() != before {
            return Vec::new();
        }
        out
    }

    /// A style's `when`: a condition on the request that can be evaluated, and that does not
    /// always hold (the styles after it would never be used).
    fn style_condition(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        c: &spec::Condition,
        request: &[ir::Field],
    ) {
        let at = format!("{base}.when");
        self.condition(loc, &at, c, request);
        if c.equals.is_none() && !path::is_nested(request, &c.field) {
            if let Some(f) = request.iter().find(|f| f.name.wire == c.field) {
                if f.required {
                    self.diags.push(
                        loc.diag(
                            &format!("{at}.field"),
                            format!(
                                "`{}` is required, so it is always sent and the condition always holds: the styles after this one would never be used",
                                c.field
                            ),
                        )
                        .with_help("name an optional field, or give the value it must have with `equals`"),
                    );
                }
            }
        }
    }

    /// One style.
    fn pagination(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        p: &spec::Pagination,
        request: &[ir::Field],
        response: &[ir::Field],
    ) -> Option<ir::Pagination> {
        let before = self.diags.len();
        let at = |key: &str| format!("{base}.{key}");
        let position = self.field_in(loc, &at("request_field"), request, &p.request_field);
        let offset = p.style == spec::PageStyle::Offset;
        let next = match (&p.response_field, &p.next_from_items) {
            (Some(_), _) if offset => {
                self.diags.push(loc.diag(
                    &at("response_field"),
                    "an `offset` walk needs no response field: the next offset is this one plus the items received",
                ));
                None
            }
            (_, Some(_)) if offset => {
                self.diags.push(loc.diag(
                    &at("next_from_items"),
                    "an `offset` walk computes its next position itself: this one plus the items received",
                ));
                None
            }
            (None, None) if offset => Some(NextPosition::Offset),
            (Some(_), Some(_)) => {
                self.diags.push(loc.diag(
                    &at("next_from_items"),
                    "give `response_field` or `next_from_items`, not both: the next position comes from one place",
                ));
                None
            }
            (None, None) => {
                self.diags.push(
                    loc.diag(
                        &at("response_field"),
                        "say which response field holds the next position",
                    )
                    .with_help("or, when the document computes it from the page's items, `next_from_items: {min: <item field>, add: -1}`"),
                );
                None
            }
            (Some(name), None) => self
                .field_in(loc, &at("response_field"), response, name)
                .map(|f| NextPosition::Field {
                    field: Box::new(f.clone()),
                }),
            (None, Some(n)) => self.next_from_items(loc, base, n),
        };
        if let Some(position) = position {
            let integer = matches!(position.ty, Type::Scalar { scalar } if scalar.is_integer());
            match &next {
                Some(NextPosition::Offset | NextPosition::Items { .. }) if !integer => {
                    let what = if offset {
                        "an offset"
                    } else {
                        "a position computed from the items"
                    };
                    self.diags.push(loc.diag(
                        &at("request_field"),
                        format!("{what} is an integer, not `{}`", position.ty.spec_name()),
                    ));
                }
                Some(NextPosition::Field { field }) if field.ty != position.ty => {
                    self.diags.push(loc.diag(
                        &at("response_field"),
                        format!(
                            "`{}` is `{}` but `{}` is `{}`: the next position is sent back as is",
                            field.name.wire,
                            field.ty.spec_name(),
                            position.name.wire,
                            position.ty.spec_name()
                        ),
                    ));
                }
                _ => {}
            }
        }
        let items = self.field_in(loc, &at("items"), response, &p.items);
        if let Some(items) = items {
            if !matches!(items.ty, Type::List { .. }) {
                self.diags
                    .push(loc.diag(&at("items"), format!("`{}` is not a list", items.name.wire)));
            }
        }
        let page_size = p
            .page_size
            .as_ref()
            .and_then(|name| self.field_in(loc, &at("page_size"), request, name));
        let end = self.page_end(loc, base, p, response, position, next.as_ref());
        let carry = self.carry(loc, base, &p.carry, request, response, position);
        if self.diags.len() != before {
            return None;
        }
        let (has_more, is_finished, total, flag) = end?;
        Some(ir::Pagination {
            style: p.style,
            when: p.when.clone(),
            request_field: position?.clone(),
            next: next?,
            items: items?.clone(),
            page_size: page_size.cloned(),
            has_more,
            is_finished,
            end_value: p.end.end_value.clone(),
            total,
            flag,
            carry,
        })
    }

    /// `carry`: each entry a request field other than the position, set once, from a
    /// response field of the same type.
    fn carry(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        carry: &[spec::Carry],
        request: &[ir::Field],
        response: &[ir::Field],
        position: Option<&ir::Field>,
    ) -> Vec<ir::Carried> {
        let mut out: Vec<ir::Carried> = Vec::new();
        for (i, c) in carry.iter().enumerate() {
            let at = |key: &str| format!("{base}.carry[{i}].{key}");
            let to = self.field_in(loc, &at("request_field"), request, &c.request_field);
            let from = self.field_in(loc, &at("response_field"), response, &c.response_field);
            let (Some(to), Some(from)) = (to, from) else {
                continue;
            };
            if position.is_some_and(|p| p.name.wire == to.name.wire) {
                self.diags.push(
                    loc.diag(
                        &at("request_field"),
                        format!("`{}` is the position itself", to.name.wire),
                    )
                    .with_help(
                        "`carry` lists the other fields the next request takes from the answer",
                    ),
                );
                continue;
            }
            if out
                .iter()
                .any(|o| o.request_field.name.wire == to.name.wire)
            {
                self.diags.push(loc.diag(
                    &at("request_field"),
                    format!("`{}` is carried twice", to.name.wire),
                ));
                continue;
            }
            if from.ty != to.ty {
                self.diags.push(loc.diag(
                    &at("response_field"),
                    format!(
                        "`{}` is `{}` but `{}` is `{}`: a carried value is sent as it was received",
                        from.name.wire,
                        from.ty.spec_name(),
                        to.name.wire,
                        to.ty.spec_name()
                    ),
                ));
                continue;
            }
            out.push(ir::Carried {
                request_field: to.clone(),
                response_field: from.clone(),
            });
        }
        out
    }

    /// `next_from_items`: one of `min` and `max`, and an `add` that moves the walk on in its
    /// direction. The item field itself is checked once every type is built
    /// ([`ServiceChecker::paged_items`]).
    fn next_from_items(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        n: &spec::NextFromItems,
    ) -> Option<NextPosition> {
        let at = format!("{base}.next_from_items");
        let (field, smallest) = match (&n.min, &n.max) {
            (Some(field), None) => (field, true),
            (None, Some(field)) => (field, false),
            (Some(_), Some(_)) => {
                self.diags.push(loc.diag(
                    &at,
                    "give `min` or `max`, not both: the next position is one item's value",
                ));
                return None;
            }
            (None, None) => {
                self.diags.push(
                    loc.diag(&at, "say which item field the next position is computed from")
                        .with_help("`min: <field>` for the page's smallest value (a walk to older items), `max: <field>` for its largest"),
                );
                return None;
            }
        };
        if (smallest && n.add > 0) || (!smallest && n.add < 0) {
            let (key, sign) = if smallest {
                ("min", "0 or negative")
            } else {
                ("max", "0 or positive")
            };
            self.diags.push(
                loc.diag(
                    &format!("{at}.add"),
                    format!(
                        "with `{key}` the walk moves {} the page's items, so `add` is {sign}, not {}",
                        if smallest { "below" } else { "above" },
                        n.add
                    ),
                )
                .with_help("a walk that went back over the page would never end"),
            );
            return None;
        }
        Some(NextPosition::Items {
            field: field.clone(),
            smallest,
            add: n.add,
        })
    }

    /// `end`: each marker names a response field of the right type, `end_value` fits the next
    /// position, `total` ends an offset walk, and `flag` sorts its values into more and done.
    #[allow(clippy::type_complexity)]
    fn page_end(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        p: &spec::Pagination,
        response: &[ir::Field],
        position: Option<&ir::Field>,
        next: Option<&NextPosition>,
    ) -> Option<(
        Option<ir::Field>,
        Option<ir::Field>,
        Option<ir::Field>,
        Option<ir::EndFlag>,
    )> {
        let at = |key: &str| format!("{base}.end.{key}");
        let bool_field = |this: &mut Self, key: &str, name: &Option<String>| {
            let name = name.as_ref()?;
            let f = this.field_in(loc, &at(key), response, name)?;
            if f.ty
                != (Type::Scalar {
                    scalar: Scalar::Bool,
                })
            {
                this.diags
                    .push(loc.diag(&at(key), format!("`{name}` is not a bool")));
            }
            Some(f.clone())
        };
        let has_more = bool_field(self, "has_more", &p.end.has_more);
        let is_finished = bool_field(self, "is_finished", &p.end.is_finished);
        let end = &p.end;
        if [
            end.has_more.is_some(),
            end.is_finished.is_some(),
            end.end_value.is_some(),
            end.total.is_some(),
            end.flag.is_some(),
        ]
        .iter()
        .all(|e| !e)
        {
            self.diags.push(
                loc.diag(
                    &format!("{base}.end"),
                    "give `has_more`, `is_finished`, `end_value`, `total` or `flag`",
                )
                .with_help("how does the document say the last page has come?"),
            );
        }
        if let Some(value) = &end.end_value {
            let ty = match next {
                Some(NextPosition::Offset) => {
                    self.diags.push(loc.diag(
                        &at("end_value"),
                        "an `offset` walk has no next position to compare",
                    ));
                    None
                }
                Some(NextPosition::Field { field }) => Some(&field.ty),
                Some(NextPosition::Items { .. }) => position.map(|f| &f.ty),
                None => None,
            };
            if let Some(ty) = ty {
                let fits = match ty {
                    Type::Scalar { scalar } => scalar_value_fits(value, *scalar),
                    _ => false,
                };
                if !fits {
                    self.diags.push(loc.diag(
                        &at("end_value"),
                        format!("{value} is not a value of `{}`", ty.spec_name()),
                    ));
                }
            }
        }
        let total = end.total.as_ref().and_then(|name| {
            if p.style != spec::PageStyle::Offset {
                self.diags.push(
                    loc.diag(
                        &at("total"),
                        format!(
                            "`total` ends an `offset` walk (the offset plus the items received reaching it); a `{}` walk has no count to compare",
                            style_name(p.style)
                        ),
                    )
                    .with_help("the end of a walk by position is `end_value`, `has_more`, `is_finished` or `flag`"),
                );
                return None;
            }
            let f = self.field_in(loc, &at("total"), response, name)?;
            if !matches!(f.ty, Type::Scalar { scalar } if scalar.is_integer()) {
                self.diags.push(loc.diag(
                    &at("total"),
                    format!("a total is an integer, not `{}`", f.ty.spec_name()),
                ));
            }
            Some(f.clone())
        });
        let flag = end
            .flag
            .as_ref()
            .and_then(|flag| self.end_flag(loc, &at("flag"), flag, response));
        Some((has_more, is_finished, total, flag))
    }

    /// `end.flag`: a response integer or string (or an enum of either), and values of it that
    /// mean more pages follow and that the page was the last, none in both.
    fn end_flag(
        &mut self,
        loc: Loc<'a>,
        at: &str,
        flag: &spec::EndFlag,
        response: &[ir::Field],
    ) -> Option<ir::EndFlag> {
        let before = self.diags.len();
        let field = self.field_in(loc, &format!("{at}.field"), response, &flag.field);
        let repr = field.and_then(|f| match &f.ty {
            Type::Scalar { scalar } => Some(*scalar),
            other => self.enum_repr_of(other),
        });
        let repr = match (field, repr) {
            (Some(_), Some(r)) if r == Scalar::String || r.is_integer() => Some(r),
            (Some(f), _) => {
                self.diags.push(
                    loc.diag(
                        &format!("{at}.field"),
                        format!(
                            "an end flag is an integer or a string (or an enum of either), not `{}`",
                            f.ty.spec_name()
                        ),
                    )
                    .with_help("a bool that says the last page has come is `is_finished` (or `has_more`)"),
                );
                None
            }
            (None, _) => None,
        };
        for (key, values) in [("more", &flag.more), ("done", &flag.done)] {
            if values.is_empty() {
                self.diags.push(loc.diag(
                    &format!("{at}.{key}"),
                    format!(
                        "list the values that mean {}",
                        if key == "more" {
                            "more pages follow"
                        } else {
                            "this was the last page"
                        }
                    ),
                ));
            }
            for (i, value) in values.iter().enumerate() {
                if let Some(repr) = repr {
                    if !scalar_value_fits(value, repr) {
                        self.diags.push(loc.diag(
                            &format!("{at}.{key}[{i}]"),
                            format!("{value} is not a {}", repr.spec_name()),
                        ));
                    }
                }
            }
        }
        for (i, value) in flag.done.iter().enumerate() {
            if flag.more.contains(value) {
                self.diags.push(loc.diag(
                    &format!("{at}.done[{i}]"),
                    format!("{value} is listed in `more` too: a value means one or the other"),
                ));
            }
        }
        if self.diags.len() != before {
            return None;
        }
        Some(ir::EndFlag {
            field: field?.clone(),
            more: flag.more.clone(),
            done: flag.done.clone(),
        })
    }

    /// Once every type is built: the item field a `next_from_items` names is an integer field
    /// of the items' objects.
    pub(super) fn paged_items(&mut self, types: &[ir::TypeDef], operations: &[ir::Operation]) {
        let index: HashMap<&str, &ir::TypeDef> =
            types.iter().map(|t| (t.name.as_str(), t)).collect();
        for parsed in &self.loaded.operations {
            let Some(paging) = &parsed.value.pagination else {
                continue;
            };
            let Some(op) = operations
                .iter()
                .find(|o| o.name == parsed.value.name && o.spec_file == parsed.file)
            else {
                continue;
            };
            let loc = Loc::of(parsed);
            for ((base, _), p) in paging.styles().iter().zip(&op.pagination) {
                let NextPosition::Items {
                    field, smallest, ..
                } = &p.next
                else {
                    continue;
                };
                let at = format!(
                    "{base}.next_from_items.{}",
                    if *smallest { "min" } else { "max" }
                );
                let item = match &p.items.ty {
                    Type::List { item } => item.as_ref(),
                    _ => continue,
                };
                let fields = match item {
                    Type::Named { name } => match index.get(name.as_str()).map(|t| &t.kind) {
                        Some(ir::TypeKind::Struct { fields, .. }) => Some((name, fields)),
                        _ => None,
                    },
                    _ => None,
                };
                let Some((type_name, fields)) = fields else {
                    self.diags.push(loc.diag(
                        &at,
                        format!(
                            "the items of `{}` are `{}`, not objects: they have no field `{field}`",
                            p.items.name.wire,
                            item.spec_name()
                        ),
                    ));
                    continue;
                };
                let Some(f) = fields.iter().find(|f| &f.name.wire == field) else {
                    let mut d = loc.diag(
                        &at,
                        format!(
                            "no field `{field}` in `{type_name}`, the type of `{}`'s items",
                            p.items.name.wire
                        ),
                    );
                    if let Some(near) =
                        naming::suggest(field, fields.iter().map(|f| f.name.wire.as_str()))
                    {
                        d = d.with_help(format!("did you mean `{near}`?"));
                    }
                    self.diags.push(d);
                    continue;
                };
                if !matches!(f.ty, Type::Scalar { scalar } if scalar.is_integer()) {
                    self.diags.push(loc.diag(
                        &at,
                        format!(
                            "`{field}` is `{}`: a position is computed from an integer field",
                            f.ty.spec_name()
                        ),
                    ));
                }
            }
        }
    }
}

/// The spec's word for a style.
fn style_name(style: spec::PageStyle) -> &'static str {
    match style {
        spec::PageStyle::Cursor => "cursor",
        spec::PageStyle::Offset => "offset",
        spec::PageStyle::Sequence => "sequence",
        spec::PageStyle::Token => "token",
    }
}
