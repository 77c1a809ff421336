//! `pagination`: how an operation pages through a long list, in one style or in several that
//! the request chooses between.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::Value;

use super::Condition;

/// How an operation pages: one style, or a list of styles of which the request picks one
/// (Tencent's `get_group_member_info` pages Community groups by a `Next` token and every other
/// group by `Offset`).
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[serde(untagged)]
pub enum Paging {
    /// The only style.
    One(Box<Pagination>),
    /// Styles tried in order: the first whose `when` holds for the request pages it; the last
    /// has no `when` and pages every other request.
    Styles(Vec<Pagination>),
}

impl Paging {
    /// The styles, each with its spec path (`pagination`, or `pagination[1]` in a list).
    pub fn styles(&self) -> Vec<(String, &Pagination)> {
        match self {
            Paging::One(p) => vec![("pagination".to_owned(), p.as_ref())],
            Paging::Styles(list) => list
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("pagination[{i}]"), p))
                .collect(),
        }
    }
}

/// One way of paging: the request names a position, the response gives a page of items and
/// what follows, and says whether more follow.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct Pagination {
    /// How the next position is found.
    pub style: PageStyle,
    /// In a list of styles: the request condition that picks this style (a request field, or
    /// a wire path into the objects it holds, that is sent, or `equals` a value). The walk
    /// keeps the style of its first request. The last style has none: it pages every request
    /// the others' conditions do not match.
    #[serde(default)]
    pub when: Option<Condition>,
    /// The request field holding the position (`Cursor`, `Offset`).
    pub request_field: String,
    /// `cursor`, `sequence`, `token`: the response field holding the next position
    /// (`NextCursor`). Not used by `offset`, whose next position is the offset plus the
    /// items received, nor with `next_from_items`.
    #[serde(default)]
    pub response_field: Option<String>,
    /// Instead of `response_field`: the next position is computed from the page's items (the
    /// smallest `MsgSeq` of the page minus 1 is `{min: MsgSeq, add: -1}`).
    #[serde(default)]
    pub next_from_items: Option<NextFromItems>,
    /// The response list holding the page's items.
    pub items: String,
    /// The request field holding the page size, if any.
    #[serde(default)]
    pub page_size: Option<String>,
    /// How the last page is recognised: any of `has_more`, `is_finished`, `end_value`,
    /// `total` and `flag` that the document gives (an empty page always ends the walk).
    pub end: PageEnd,
    /// Other request fields the next request takes from the response, beside the position:
    /// Tencent's continued one-to-one history pull sends the answer's `LastMsgTime` as its
    /// `MaxTime` as well as its `LastMsgKey`. A response that lacks the field leaves the
    /// request's value as it was.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub carry: Vec<Carry>,
}

/// See [`Pagination::carry`]: a request field set from a response field of the same type.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct Carry {
    /// The request field the next request sets (`MaxTime`).
    pub request_field: String,
    /// The response field it takes its value from (`LastMsgTime`).
    pub response_field: String,
}

/// See [`Pagination::style`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageStyle {
    /// An opaque number or string from the response, sent back as is.
    Cursor,
    /// A number of items to skip: the next offset is this one plus the items received.
    Offset,
    /// A message or member sequence number from the response (or computed from its items).
    Sequence,
    /// A string token from the response, sent back as is.
    Token,
}

/// See [`Pagination::next_from_items`]: an integer field of the items, its smallest (`min`)
/// or largest (`max`) value on the page, plus `add`. Give `min` or `max`, not both.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct NextFromItems {
    /// The item field whose smallest value is taken: a walk towards lower positions (older
    /// messages), so `add` is 0 or negative.
    #[serde(default)]
    pub min: Option<String>,
    /// The item field whose largest value is taken: a walk towards higher positions, so `add`
    /// is 0 or positive.
    #[serde(default)]
    pub max: Option<String>,
    /// Added to that value (`-1`); 0 when absent.
    #[serde(default)]
    pub add: i64,
}

/// See [`Pagination::end`].
#[derive(Debug, Clone, Default, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct PageEnd {
    /// A response bool that is `true` while more pages follow (`HasMore`).
    #[serde(default)]
    pub has_more: Option<String>,
    /// A response bool that is `true` on the last page (`IsFinished`).
    #[serde(default)]
    pub is_finished: Option<String>,
    /// The value of the next position that means no more pages (`0`, `-1`, `""`).
    #[serde(default)]
    pub end_value: Option<Value>,
    /// `offset`: a response integer holding how many items the whole list has (`MemberNum`);
    /// the walk ends once the offset plus the items received reaches it.
    #[serde(default)]
    pub total: Option<String>,
    /// A response field with several values, some meaning more pages follow and some that
    /// this was the last (`IsFinished`: 0 more, 1 and 2 the last). Any other value ends the
    /// walk with an error: a client cannot tell whether to go on.
    #[serde(default)]
    pub flag: Option<EndFlag>,
}

/// See [`PageEnd::flag`].
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct EndFlag {
    /// The response field (an integer, a string, or an enum of either).
    pub field: String,
    /// The values that mean more pages follow.
    pub more: Vec<Value>,
    /// The values that mean this was the last page.
    pub done: Vec<Value>,
}
