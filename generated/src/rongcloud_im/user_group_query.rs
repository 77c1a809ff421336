// Code generated from spec/rongcloud-im/user_group_query.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UserGroupQuery`: Query all groups that a user has joined based on their user ID, returning the group ID and group name.
//!
//! Query all groups that a user has joined based on their user ID, returning the group ID and group name. By default, it retrieves a list of the first 5000 groups the user has joined.
//!
//! The IM Service does not store group profile information. It is recommended that developers maintain group profiles and member information on their application servers. If there are discrepancies in the user-group relationships maintained by the application server, this interface can be used for verification.
//!
//! - HTTP: `POST /user/group/query.json`
//! - Request: [`UserGroupQueryRequest`]; response payload: [`UserGroupQueryResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Query User's Joined Groups, <https://docs.rongcloud.io/platform-chat-api/group/query-group-by-user>
//!
//! # Rules the server enforces
//!
//! - `groups` holds the groups the user is a member of (joined by GroupCreate, GroupJoin or GroupSync and not left by GroupQuit, GroupSync or GroupDismiss), each with the name last given by GroupCreate, GroupJoin, GroupRefresh or GroupSync. Without `page` (or with 0), the first 5000; with `page` N (from 1), the Nth page of `size` groups.
//!
//! # Notes on the source document
//!
//! - The response table types `groups` String ("An array of groups") and lists `name` and `id` as rows of their own; the example, cut after `{"name`, shows `groups` as an array of objects. — *Resolved:* `groups` is a `list<UserJoinedGroup>` of `{name, id}`, both required; the response example is completed by hand with the pages' group `123` (`TestGroup`) and says so.
//! - Paging is by page number (`page`, `size`), which the spec's pagination styles (cursor, offset, sequence, token) do not describe, and the answer says nothing of more pages. The page does not say whether pages count from 0 or 1; 0 means "no paging". — *Resolved:* No `pagination` entry: `page` (minimum 0, default 0) and `size` (1 to 1000, default 50) are plain fields, and pages are taken to count from 1. A client pages by asking for the next page until one comes back shorter than `size`.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `UserGroupQuery` as a type: it ties [`UserGroupQueryRequest`] and [`UserGroupQueryResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UserGroupQuery>`) and servers (`route::<UserGroupQuery>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserGroupQuery;

impl OperationShape for UserGroupQuery {
    type Service = RongcloudIm;
    type Input = UserGroupQueryRequest;
    type Output = UserGroupQueryResponse;
    const OP: Operation = Operation {
        name: "UserGroupQuery",
        service: &SPEC,
        path: "/user/group/query.json",
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
            &[
                ("userId", form::Kind::String),
                ("page", form::Kind::Integer),
                ("size", form::Kind::Integer),
            ],
        ),
    };
}

/// The request body of `UserGroupQuery`.
///
/// The request of [`UserGroupQuery`](self): Query all groups that a user has joined based on their user ID, returning the group ID and group name.
///
/// - HTTP: `POST /user/group/query.json`
/// - Request: [`UserGroupQueryRequest`]; response payload: [`UserGroupQueryResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Query User's Joined Groups, <https://docs.rongcloud.io/platform-chat-api/group/query-group-by-user>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserGroupQueryRequest {
    /// User ID.
    ///
    /// Example: `"123"`.
    pub user_id: String,
    /// Current page number, used for paginated queries. If pagination is required, the default page size is 50, which can be adjusted using the size parameter. If pagination is not needed, this parameter can be omitted (or set to 0), and the first 5000 groups the user has joined will be returned.
    ///
    /// Default when absent: `0`. Example: `1`. Limits: at least 0. The document calls the type `Int`.
    pub page: Option<i32>,
    /// Page size, only effective when page is provided. The default is 50 entries per page, with a maximum of 1000.
    ///
    /// Default when absent: `50`. Example: `50`. Limits: between 1 and 1000. The document calls the type `Int`.
    pub size: Option<i32>,
}

impl UserGroupQueryRequest {
    /// A value with the required `userId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: impl Into<String>) -> Self {
        UserGroupQueryRequest {
            user_id: user_id.into(),
            page: None,
            size: None,
        }
    }

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

impl serde::Serialize for UserGroupQueryRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "UserGroupQueryRequest",
                1 + usize::from(self.page.is_some()) + usize::from(self.size.is_some()),
            )?;
        object.serialize_field("userId", &self.user_id)?;
        encode::optional(&mut object, "page", &self.page)?;
        encode::optional(&mut object, "size", &self.size)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserGroupQueryRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserGroupQueryRequest {
    const NAME: &'static str = "UserGroupQueryRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "page" => 1,
            "size" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<String> = None;
        let mut page_slot: Option<Option<i32>> = None;
        let mut size_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut page_slot, "page", &mut map)?,
                2 => decode::once(&mut size_slot, "size", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserGroupQueryRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            page: page_slot.flatten(),
            size: size_slot.flatten(),
        })
    }
}

impl Validate for UserGroupQueryRequest {
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
                    maximum: Some(validate::Number::Int(1000)),
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
/// The payload of a successful [`UserGroupQuery`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserGroupQueryResponse {
    /// An array of groups the user has joined.
    ///
    /// The document calls the type `String`.
    pub groups: Vec<UserJoinedGroup>,
}

impl serde::Serialize for UserGroupQueryResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserGroupQueryResponse", 1)?;
        object.serialize_field("groups", &self.groups)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserGroupQueryResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserGroupQueryResponse {
    const NAME: &'static str = "UserGroupQueryResponse";

    fn field(key: &str) -> usize {
        match key {
            "groups" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut groups_slot: Option<Vec<UserJoinedGroup>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut groups_slot, "groups", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserGroupQueryResponse {
            groups: groups_slot.ok_or_else(|| A::Error::missing_field("groups"))?,
        })
    }
}

/// One group a user has joined (an item of UserGroupQuery's `groups`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserJoinedGroup {
    /// Group name.
    ///
    /// Example: `"TestGroup"`.
    pub name: String,
    /// Group ID.
    ///
    /// Example: `"123"`.
    pub id: String,
}

impl serde::Serialize for UserJoinedGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserJoinedGroup", 2)?;
        object.serialize_field("name", &self.name)?;
        object.serialize_field("id", &self.id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserJoinedGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserJoinedGroup {
    const NAME: &'static str = "UserJoinedGroup";

    fn field(key: &str) -> usize {
        match key {
            "name" => 0,
            "id" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut name_slot: Option<String> = None;
        let mut id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut name_slot, "name", &mut map)?,
                1 => decode::once(&mut id_slot, "id", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserJoinedGroup {
            name: name_slot.ok_or_else(|| A::Error::missing_field("name"))?,
            id: id_slot.ok_or_else(|| A::Error::missing_field("id"))?,
        })
    }
}
