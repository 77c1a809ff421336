//! Pagination: where the position is sent and read back, the items, the page size and how the
//! last page is told.

use super::values::scalar_value_fits;
use super::{Loc, ServiceChecker};
use crate::ir::{self, Scalar, Type};
use crate::spec;

impl<'a> ServiceChecker<'a> {
    pub(super) fn pagination(
        &mut self,
        loc: Loc<'a>,
        p: &spec::Pagination,
        request: &[ir::Field],
        response: &[ir::Field],
    ) -> Option<ir::Pagination> {
        let before = self.diags.len();
        let position = self.field_in(loc, "pagination.request_field", request, &p.request_field);
        let next = match (&p.style, &p.response_field) {
            (spec::PageStyle::Offset, Some(_)) => {
                self.diags.push(
                    loc.diag(
                        "pagination.response_field",
                        "an `offset` walk needs no response field: the next offset is this one plus the items received",
                    ),
                );
                None
            }
            (spec::PageStyle::Offset, None) => None,
            (_, None) => {
                self.diags.push(loc.diag(
                    "pagination.response_field",
                    "say which response field holds the next position",
                ));
                None
            }
            (_, Some(name)) => self.field_in(loc, "pagination.response_field", response, name),
        };
        if let Some(position) = position {
            if p.style == spec::PageStyle::Offset {
                if !matches!(position.ty, Type::Scalar { scalar } if scalar.is_integer()) {
                    self.diags.push(loc.diag(
                        "pagination.request_field",
                        format!("an offset is an integer, not `{}`", position.ty.spec_name()),
                    ));
                }
            } else if let Some(next) = next {
                if next.ty != position.ty {
                    self.diags.push(loc.diag(
                        "pagination.response_field",
                        format!(
                            "`{}` is `{}` but `{}` is `{}`: the next position is sent back as is",
                            next.name.wire,
                            next.ty.spec_name(),
                            position.name.wire,
                            position.ty.spec_name()
                        ),
                    ));
                }
            }
            if position.required && p.style == spec::PageStyle::Offset {
                // A required offset is fine: the first page sends 0.
            }
        }
        let items = self.field_in(loc, "pagination.items", response, &p.items);
        if let Some(items) = items {
            if !matches!(items.ty, Type::List { .. }) {
                self.diags.push(loc.diag(
                    "pagination.items",
                    format!("`{}` is not a list", items.name.wire),
                ));
            }
        }
        let page_size = p
            .page_size
            .as_ref()
            .and_then(|name| self.field_in(loc, "pagination.page_size", request, name));
        let bool_field = |this: &mut Self, key: &str, name: &Option<String>| {
            let name = name.as_ref()?;
            let f = this.field_in(loc, &format!("pagination.end.{key}"), response, name)?;
            if f.ty
                != (Type::Scalar {
                    scalar: Scalar::Bool,
                })
            {
                this.diags.push(loc.diag(
                    &format!("pagination.end.{key}"),
                    format!("`{name}` is not a bool"),
                ));
            }
            Some(f.clone())
        };
        let has_more = bool_field(self, "has_more", &p.end.has_more);
        let is_finished = bool_field(self, "is_finished", &p.end.is_finished);
        let ends = [
            p.end.has_more.is_some(),
            p.end.is_finished.is_some(),
            p.end.end_value.is_some(),
        ];
        if !ends.iter().any(|e| *e) {
            self.diags.push(
                loc.diag(
                    "pagination.end",
                    "give `has_more`, `is_finished` or `end_value`",
                )
                .with_help("how does the document say the last page has come?"),
            );
        }
        if let Some(value) = &p.end.end_value {
            match (&p.style, next) {
                (spec::PageStyle::Offset, _) => self.diags.push(loc.diag(
                    "pagination.end.end_value",
                    "an `offset` walk has no next position to compare",
                )),
                (_, Some(next)) => {
                    let fits = match &next.ty {
                        Type::Scalar { scalar } => scalar_value_fits(value, *scalar),
                        _ => false,
                    };
                    if !fits {
                        self.diags.push(loc.diag(
                            "pagination.end.end_value",
                            format!("{value} is not a value of `{}`", next.ty.spec_name()),
                        ));
                    }
                }
                _ => {}
            }
        }
        if self.diags.len() != before {
            return None;
        }
        Some(ir::Pagination {
            style: p.style,
            request_field: position?.clone(),
            response_field: next.cloned(),
            items: items?.clone(),
            page_size: page_size.cloned(),
            has_more,
            is_finished,
            end_value: p.end.end_value.clone(),
        })
    }
}
