// Code generated from spec/rongcloud-im/user_block_query.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UserBlockQuery`: Query the information of banned users, including the user ID and the end time of the ban.
//!
//! Query the information of banned users, including the user ID and the end time of the ban.
//!
//! The ban will be automatically lifted after the ban period expires. You can also proactively
//! call the unban method to lift the ban.
//!
//! - HTTP: `POST /user/block/query.json`
//! - Request: [`UserBlockQueryRequest`]; response payload: [`UserBlockQueryResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Get Banned User List, <https://docs.rongcloud.io/platform-chat-api/user/query-blocked-list>
//!
//! # Rules the server enforces
//!
//! - The list holds every user `UserBlock` banned whose ban has neither ended nor been lifted by `UserUnblock`, sorted by `blockEndTime`, the latest end first; `blockEndTime` is the ban's end, `yyyy-MM-dd HH:mm:ss`.
//! - Without `page` (or with 0) the first 1000 banned users are answered in one list; with a page number, that page of `size` users (50 when `size` is left out).
//!
//! # Notes on the source document
//!
//! - `page` and `size` are typed Number; the page gives no maximum for `size` and no minimum for either. — *Resolved:* Both are `i32`: `page` at least 0 (0 meaning no paging), `size` at least 1; no maximum is set, as the page gives none.
//! - The list pages by page number (`page` 1, 2, …), a style the spec's `pagination` does not have (it knows cursors, offsets, sequences and tokens), and no answer says how many banned users there are or whether more follow. — *Resolved:* No `pagination`: the paging is described in a rule, and a client walks pages itself until one is shorter than `size`.
//! - The response table names the items' fields `users[i].userId` and `users[i].blockEndTime`; the format of `blockEndTime` is only shown by the example. — *Resolved:* The items are the type `BlockedUser`, both fields required as the example always has them; `blockEndTime` is a string in the example's `yyyy-MM-dd HH:mm:ss` form.
//! - The response table has no required column. — *Resolved:* `users` is required: the example answers it (an empty list when no one is banned).
//! - The table types `page` and `size` as `Number`; their defaults (0, meaning no paging, and 50) are in the descriptions, not on the rows, and no minimum is on the page. — *Resolved:* `page` and `size` are `i32` with those defaults; `page` at least 0, `size` at least 1.
//! - The items' fields `userId` and `blockEndTime` have rows only as `users[i].userId` and `users[i].blockEndTime`; the importer read them from the example. — *Resolved:* `userId` and `blockEndTime` are the fields of `BlockedUser`, typed as the rows and the example say.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `UserBlockQuery` as a type: it ties [`UserBlockQueryRequest`] and [`UserBlockQueryResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UserBlockQuery>`) and servers (`route::<UserBlockQuery>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserBlockQuery;

impl OperationShape for UserBlockQuery {
    type Service = RongcloudIm;
    type Input = UserBlockQueryRequest;
    type Output = UserBlockQueryResponse;
    const OP: Operation = Operation {
        name: "UserBlockQuery",
        service: &SPEC,
        path: "/user/block/query.json",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 100,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Form(
            &[("page", form::Kind::Integer), ("size", form::Kind::Integer)],
        ),
    };
}

/// The request body of `UserBlockQuery`.
///
/// The request of [`UserBlockQuery`](self): Query the information of banned users, including the user ID and the end time of the ban.
///
/// - HTTP: `POST /user/block/query.json`
/// - Request: [`UserBlockQueryRequest`]; response payload: [`UserBlockQueryResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Get Banned User List, <https://docs.rongcloud.io/platform-chat-api/user/query-blocked-list>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserBlockQueryRequest {
    /// The current page number when paginating the banned user list. If not passed or set to 0, no pagination will be performed, and the first 1000 banned users will be returned by default, sorted by the ban end time in descending order.
    ///
    /// Default when absent: `0`. Example: `1`. Limits: at least 0. The document calls the type `Number`.
    pub page: Option<i32>,
    /// The number of rows per page when paginating the banned user list. If not passed, the default is 50.
    ///
    /// Default when absent: `50`. Example: `50`. Limits: at least 1. The document calls the type `Number`.
    pub size: Option<i32>,
}

impl UserBlockQueryRequest {
    /// Sets `page`.
    pub fn with_page(mut self, page: i32) -> Self {
        self.page = Some(page);
        self
    }

    /// Sets `size`.
    pub fn with_size(mut self, size: i32) -> Self {
        self.size = Some(size);
        self
    }

    /// `page` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn page_or_default(&self) -> i32 {
        self.page.unwrap_or(0)
    }

    /// `size` as the server reads it: the value sent, or the documented default `50` when absent.
    pub fn size_or_default(&self) -> i32 {
        self.size.unwrap_or(50)
    }
}

impl serde::Serialize for UserBlockQueryRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "UserBlockQueryRequest",
                usize::from(self.page.is_some()) + usize::from(self.size.is_some()),
            )?;
        encode::optional(&mut object, "page", &self.page)?;
        encode::optional(&mut object, "size", &self.size)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserBlockQueryRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserBlockQueryRequest {
    const NAME: &'static str = "UserBlockQueryRequest";

    fn field(key: &str) -> usize {
        match key {
            "page" => 0,
            "size" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut page_slot: Option<Option<i32>> = None;
        let mut size_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut page_slot, "page", &mut map)?,
                1 => decode::once(&mut size_slot, "size", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserBlockQueryRequest {
            page: page_slot.flatten(),
            size: size_slot.flatten(),
        })
    }
}

impl Validate for UserBlockQueryRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.page {
            path.push(Segment::Field("page"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
                    maximum: None,
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.size {
            path.push(Segment::Field("size"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: None,
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// The fields beside the envelope's `code`.
///
/// The payload of a successful [`UserBlockQuery`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserBlockQueryResponse {
    /// Array of banned users.
    ///
    /// The document calls the type `Array`.
    pub users: Vec<BlockedUser>,
}

impl serde::Serialize for UserBlockQueryResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserBlockQueryResponse", 1)?;
        object.serialize_field("users", &self.users)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserBlockQueryResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserBlockQueryResponse {
    const NAME: &'static str = "UserBlockQueryResponse";

    fn field(key: &str) -> usize {
        match key {
            "users" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut users_slot: Option<Vec<BlockedUser>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut users_slot, "users", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserBlockQueryResponse {
            users: users_slot.ok_or_else(|| A::Error::missing_field("users"))?,
        })
    }
}

/// A banned user (an item of `users`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BlockedUser {
    /// Banned user ID.
    ///
    /// Example: `"jlk456j5"`. The document calls the type `String`.
    pub user_id: String,
    /// Ban end time.
    ///
    /// Example: `"2015-01-11 01:28:20"`. The document calls the type `String`.
    pub block_end_time: String,
}

impl serde::Serialize for BlockedUser {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BlockedUser", 2)?;
        object.serialize_field("userId", &self.user_id)?;
        object.serialize_field("blockEndTime", &self.block_end_time)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BlockedUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BlockedUser {
    const NAME: &'static str = "BlockedUser";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "blockEndTime" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<String> = None;
        let mut block_end_time_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut block_end_time_slot, "blockEndTime", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BlockedUser {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            block_end_time: block_end_time_slot
                .ok_or_else(|| A::Error::missing_field("blockEndTime"))?,
        })
    }
}
