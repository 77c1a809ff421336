//! How an operation pages, with its fields resolved: one style, or several that the request
//! chooses between.

use serde::Serialize;
use serde_json::Value;

use super::{Condition, Field, PageStyle, Service, Type, TypeKind};

/// One way of paging an operation.
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// How the next position is found.
    pub style: PageStyle,
    /// The request condition that picks this style, in a list of styles; `None` for the only
    /// style, or the last one, which pages every request the others' conditions do not match.
    pub when: Option<Condition>,
    /// The request field holding the position.
    pub request_field: Field,
    /// Where the next position comes from.
    pub next: NextPosition,
    /// The response list of items.
    pub items: Field,
    /// The request field holding the page size.
    pub page_size: Option<Field>,
    /// The response bool that is true while more follow.
    pub has_more: Option<Field>,
    /// The response bool that is true on the last page.
    pub is_finished: Option<Field>,
    /// The next position that means the end.
    pub end_value: Option<Value>,
    /// The response integer holding the size of the whole list (offset walks).
    pub total: Option<Field>,
    /// The response field whose values say whether more pages follow.
    pub flag: Option<EndFlag>,
    /// Other request fields the next request takes from the response, beside the position.
    pub carry: Vec<Carried>,
}

/// A request field the next request sets from a response field of the same type (a response
/// without it leaves the request's value).
#[derive(Debug, Clone, Serialize)]
pub struct Carried {
    /// The request field.
    pub request_field: Field,
    /// The response field.
    pub response_field: Field,
}

/// Where the next position comes from.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum NextPosition {
    /// A response field, sent back as is.
    Field {
        /// The response field.
        field: Box<Field>,
    },
    /// The offset asked for plus the items received.
    Offset,
    /// The smallest (or largest) value of an integer field of the page's items, plus `add`.
    Items {
        /// The item field's wire name (a field of the items' struct; see
        /// [`Service::item_field`]).
        field: String,
        /// `true` for the smallest value (`min`), `false` for the largest (`max`).
        smallest: bool,
        /// Added to it.
        add: i64,
    },
}

/// A response field with several values, some meaning more pages follow and some that the
/// page was the last; any other value ends the walk with an error.
#[derive(Debug, Clone, Serialize)]
pub struct EndFlag {
    /// The response field.
    pub field: Field,
    /// The values meaning more pages follow.
    pub more: Vec<Value>,
    /// The values meaning this was the last page.
    pub done: Vec<Value>,
}

impl Pagination {
    /// The response field holding the next position, when it is read from one.
    pub fn response_field(&self) -> Option<&Field> {
        match &self.next {
            NextPosition::Field { field } => Some(field.as_ref()),
            _ => None,
        }
    }
}

impl Service {
    /// The field of a page's items that a style computes the next position from
    /// (`next_from_items`), and the items' struct name; `None` for other styles.
    pub fn item_field<'s>(&'s self, p: &Pagination) -> Option<&'s Field> {
        let NextPosition::Items { field, .. } = &p.next else {
            return None;
        };
        let Type::List { item } = &p.items.ty else {
            return None;
        };
        let Type::Named { name } = item.as_ref() else {
            return None;
        };
        match &self.type_named(name)?.kind {
            TypeKind::Struct { fields, .. } => fields.iter().find(|f| &f.name.wire == field),
            _ => None,
        }
    }
}
