// Code generated from spec/volcengine-rtc-im/batch_update_user_tags.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchUpdateUserTags`: 你可以使用此接口批量更新用户标签。
//!
//! 标签更新方式。 0：对于重复 key，覆盖 value，对于新 key，进行添加 1：删除重复 key 默认值为 0。
//!
//! Adds tags to, or deletes tags from, several registered users. Users that could not be updated come back in `FailedInfos`.
//!
//! - HTTP: `POST /?Action=BatchUpdateUserTags&Version=2020-12-01`
//! - Request: [`BatchUpdateUserTagsRequest`]; response payload: [`BatchUpdateUserTagsResponse`]
//! - Source: volc-sdk-golang service/im model (BatchUpdateUserTagsBody, BatchUpdateUserTagsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - A user that is not registered comes back in `FailedInfos`; the other users' tags are updated.
//!
//! # Notes on the source document
//!
//! - The BatchUpdateUserTags page could not be read. Every fact here is from Volcengine's Go SDK model of this API, generated from the same document. — *Resolved:* The operation is transcribed from the SDK model; no rate limit is set.
//! - The SDK marks `Op` REQUIRED and in the same comment gives it a default (0). It speaks of "keys" and "values" although tags are plain strings; no limit on `UserIds` is given. — *Resolved:* `Op` is optional with default 0, as its description says. With string tags, 0 adds the tags a user does not have yet (one already there is kept once) and 1 deletes the tags given. `UserIds` has no upper limit.
//! - No minimum is stated for `UserIds`. — *Resolved:* `UserIds` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use super::{FailedInfo, SPEC, VolcengineRtcIm};

/// `BatchUpdateUserTags` as a type: it ties [`BatchUpdateUserTagsRequest`] and [`BatchUpdateUserTagsResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchUpdateUserTags>`) and servers (`route::<BatchUpdateUserTags>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchUpdateUserTags;

impl OperationShape for BatchUpdateUserTags {
    type Service = VolcengineRtcIm;
    type Input = BatchUpdateUserTagsRequest;
    type Output = BatchUpdateUserTagsResponse;
    const OP: Operation = Operation {
        name: "BatchUpdateUserTags",
        service: &SPEC,
        path: "/",
        action: Some("BatchUpdateUserTags"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &BatchUpdateUserTagsRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchUpdateUserTags`.
///
/// The request of [`BatchUpdateUserTags`](self): 你可以使用此接口批量更新用户标签。
///
/// - HTTP: `POST /?Action=BatchUpdateUserTags&Version=2020-12-01`
/// - Request: [`BatchUpdateUserTagsRequest`]; response payload: [`BatchUpdateUserTagsResponse`]
/// - Source: volc-sdk-golang service/im model (BatchUpdateUserTagsBody, BatchUpdateUserTagsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUpdateUserTagsRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 用户userId列表
    ///
    /// The users whose tags change.
    ///
    /// Example: `[10001,10002]`. Limits: at least 1 items. The document calls the type `Array of Long`.
    pub user_ids: Vec<i64>,
    /// 用户标签
    ///
    /// The tags added or deleted.
    ///
    /// Example: `["tag1"]`.
    pub tags: Vec<String>,
    /// 标签更新方式。 0：对于重复 key，覆盖 value，对于新 key，进行添加 1：删除重复 key 默认值为 0。
    ///
    /// How the tags are applied: 0 (the default) adds them (a tag the user has already is kept once), 1 deletes them.
    ///
    /// Default when absent: `0` ([`TagUpdateOp::Upsert`]). Example: `0`. The document calls the type `Integer`.
    pub op: Option<TagUpdateOp>,
}

impl BatchUpdateUserTagsRequest {
    /// A value with the required `AppId`, `UserIds`, `Tags`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_ids: Vec<i64>, tags: Vec<String>) -> Self {
        BatchUpdateUserTagsRequest {
            app_id,
            user_ids,
            tags,
            op: None,
        }
    }

    /// Sets `Op`.
    pub fn with_op(mut self, op: TagUpdateOp) -> Self {
        self.op = Some(op);
        self
    }

    /// `Op` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn op_or_default(&self) -> TagUpdateOp {
        self.op.unwrap_or(TagUpdateOp::Upsert)
    }
}

impl serde::Serialize for BatchUpdateUserTagsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchUpdateUserTagsRequest",
                3 + usize::from(self.op.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserIds", &self.user_ids)?;
        object.serialize_field("Tags", &self.tags)?;
        encode::optional(&mut object, "Op", &self.op)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchUpdateUserTagsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchUpdateUserTagsRequest {
    const NAME: &'static str = "BatchUpdateUserTagsRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserIds" => 1,
            "Tags" => 2,
            "Op" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_ids_slot: Option<Vec<i64>> = None;
        let mut tags_slot: Option<Vec<String>> = None;
        let mut op_slot: Option<Option<TagUpdateOp>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_ids_slot, "UserIds", &mut map)?,
                2 => decode::once(&mut tags_slot, "Tags", &mut map)?,
                3 => decode::once(&mut op_slot, "Op", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchUpdateUserTagsRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_ids: user_ids_slot.ok_or_else(|| A::Error::missing_field("UserIds"))?,
            tags: tags_slot.ok_or_else(|| A::Error::missing_field("Tags"))?,
            op: op_slot.flatten(),
        })
    }
}

impl Validate for BatchUpdateUserTagsRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_ids;
            path.push(Segment::Field("UserIds"));
            validate::items(value, Some(1), None, path, out);
            path.pop();
        }
        if let Some(value) = &self.op {
            path.push(Segment::Field("Op"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchUpdateUserTags`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUpdateUserTagsResponse {
    /// 更新失败的用户信息
    ///
    /// The users whose tags could not be updated, each with its error code.
    pub failed_infos: Option<Vec<FailedInfo>>,
}

impl serde::Serialize for BatchUpdateUserTagsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchUpdateUserTagsResponse",
                usize::from(self.failed_infos.is_some()),
            )?;
        encode::optional(&mut object, "FailedInfos", &self.failed_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchUpdateUserTagsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchUpdateUserTagsResponse {
    const NAME: &'static str = "BatchUpdateUserTagsResponse";

    fn field(key: &str) -> usize {
        match key {
            "FailedInfos" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut failed_infos_slot: Option<Option<Vec<FailedInfo>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut failed_infos_slot, "FailedInfos", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchUpdateUserTagsResponse {
            failed_infos: failed_infos_slot.flatten(),
        })
    }
}

/// 标签更新方式。
///
/// How BatchUpdateUserTags applies its tags.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TagUpdateOp {
    /// `0`: 对于重复 key，覆盖 value，对于新 key，进行添加
    Upsert,
    /// `1`: 删除重复 key
    Delete,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl TagUpdateOp {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Upsert => 0,
            Self::Delete => 1,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Upsert,
            1 => Self::Delete,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for TagUpdateOp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for TagUpdateOp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for TagUpdateOp {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["0 (Upsert)", "1 (Delete)"],
                path,
                out,
            );
        }
    }
}
