// Code generated from spec/volcengine-rtc-im/mark_conversation.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `MarkConversation`: 你可以调用 MarkConversation 接口对会话进行标记。
//!
//! 你可以调用 MarkConversation 接口,指定你所属的 AppId、会话成员 ID 和标记类型对会话进行标记。
//!
//! 当前仅支持直播群。
//!
//! Adds marks to a live group, or removes them, given the `AppId`, the group's ID and the marks. Live groups only; a group has at most 20 marks. The answer's `Result` is empty whether the call succeeds or fails.
//!
//! - HTTP: `POST /?Action=MarkConversation&Version=2020-12-01`
//! - Request: [`MarkConversationRequest`]; response payload: [`MarkConversationResponse`]
//! - Rate limit: 50 requests per second
//! - Applies to conversation type: `live group` only
//! - A failure's answer carries `{}` in the payload's place too; the client reports the error
//! - Source: 标记会话 MarkConversation, <https://www.volcengine.com/docs/6348/1187904>
//! - Also from: volc-sdk-golang service/im model (MarkConversationBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 当前仅支持直播群。 (error `OnlyLiveConversationSupport`)
//! - 一个直播群最多有 20个 标记。Adding marks beyond 20 in all is refused, and no mark is added. (error `ConversationMarkTypeMoreThanLimit`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在 |
//! | `OnlyLiveConversationSupport` | 仅直播群支持此接口 |
//! | `ConversationMarkTypeMoreThanLimit` | The live group's marks would exceed the limit (the error-code page's code; its meaning is cut in the copy read). |
//!
//! # Notes on the source document
//!
//! - The stored copy lost the 是否必选 cells. — *Resolved:* `AppId`, `ConversationShortId` and `MarkTypes` are required, `MarkAction` and `Operator` optional, as the Go SDK's model marks them.
//! - The opening sentence names "会话成员 ID" (a member's ID) among the inputs, but the request has no member field; marks belong to the conversation (GetConversationMarks reads them by conversation only). — *Resolved:* The summary leaves the member out; `Operator` is the only user field, optional, and the marks are the group's.
//! - "当前返回值 Result 请求成功或失败时均返回空值": a failed call carries `Result: {}` beside its error. — *Resolved:* `envelope.payload_on_error: {}`: servers write it on every refusal of this action.
//! - The table's example for `MarkTypes` is `[Mark1,Mark2]` (unquoted); the request example writes `["Mark1","Mark2"]` and ids with leading zeros (`000000`), which is not JSON. — *Resolved:* The example uses `["Mark1", "Mark2"]`, `0` and `1`.
//! - "一个直播群最多有 20个 标记" gives a group's limit; the page names no code, and the error-code page's `ConversationMarkTypeMoreThanLimit` is cut in the copy read (its meaning could not be read). — *Resolved:* `MarkTypes` has `max_items: 20` with that code (a request of more marks cannot fit), and a rule refuses a call that would leave the group with more than 20 marks, with the same code. `MarkAction` takes BatchUpdateLiveParticipants' enum (1 add, 2 delete).
//! - "当前仅支持直播群" names no code. — *Resolved:* The error-code page's `OnlyLiveConversationSupport` ("仅直播群支持此接口").
//! - The page says "最大请求次数:50 次/秒" rather than the other pages' "QPS 不得超过" (the importer does not read that wording as a `rate_limit`); `MarkAction`'s values are written "新增" and "删除", where BatchUpdateLiveParticipants' enum says "添加" and "删除". — *Resolved:* `rate_limit: 50 per second`; `MarkAction` takes the shared enum (the same values, 1 and 2), whose descriptions are the other page's words.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{MarkAction, SPEC, VolcengineRtcIm, errors};

/// `MarkConversation` as a type: it ties [`MarkConversationRequest`] and [`MarkConversationResponse`] to the operation's binding, rate limit and errors, for clients (`call::<MarkConversation>`) and servers (`route::<MarkConversation>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MarkConversation;

impl OperationShape for MarkConversation {
    type Service = VolcengineRtcIm;
    type Input = MarkConversationRequest;
    type Output = MarkConversationResponse;
    const OP: Operation = Operation {
        name: "MarkConversation",
        service: &SPEC,
        path: "/",
        action: Some("MarkConversation"),
        rate_limit: Some(RateLimit {
            requests: 50,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: Some("{}"),
        body: BodyFormat::Json,
    };

    fn app_id(input: &MarkConversationRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `MarkConversation`.
///
/// The request of [`MarkConversation`](self): 你可以调用 MarkConversation 接口对会话进行标记。
///
/// - HTTP: `POST /?Action=MarkConversation&Version=2020-12-01`
/// - Request: [`MarkConversationRequest`]; response payload: [`MarkConversationResponse`]
/// - Rate limit: 50 requests per second
/// - Applies to conversation type: `live group` only
/// - A failure's answer carries `{}` in the payload's place too; the client reports the error
/// - Source: 标记会话 MarkConversation, <https://www.volcengine.com/docs/6348/1187904>
/// - Also from: volc-sdk-golang service/im model (MarkConversationBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MarkConversationRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 标记类型。一个直播群最多有 20个 标记。
    ///
    /// The marks to add or remove; a live group has at most 20 marks.
    ///
    /// Example: `["Mark1","Mark2"]`. Limits: at most 20 items (else error `ConversationMarkTypeMoreThanLimit`). The document calls the type `Array of String`.
    pub mark_types: Vec<String>,
    /// 操作类型。默认值为 1
    /// - 1:新增
    /// - 2:删除。
    ///
    /// Whether the marks are added (1, the default) or removed (2).
    ///
    /// Default when absent: `1` ([`MarkAction::Add`]). Example: `1`. The document calls the type `Integer`.
    pub mark_action: Option<MarkAction>,
    /// 操作人UserId
    ///
    /// Who marks the group.
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub operator: Option<i64>,
}

impl MarkConversationRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `MarkTypes`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        mark_types: Vec<String>,
    ) -> Self {
        MarkConversationRequest {
            app_id,
            conversation_short_id,
            mark_types,
            mark_action: None,
            operator: None,
        }
    }

    /// Sets `MarkAction`.
    pub fn with_mark_action(mut self, mark_action: MarkAction) -> Self {
        self.mark_action = Some(mark_action);
        self
    }

    /// Sets `Operator`.
    pub fn with_operator(mut self, operator: i64) -> Self {
        self.operator = Some(operator);
        self
    }

    /// `MarkAction` as the server reads it: the value sent, or the documented default `1` when absent.
    pub fn mark_action_or_default(&self) -> MarkAction {
        self.mark_action.unwrap_or(MarkAction::Add)
    }
}

impl serde::Serialize for MarkConversationRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "MarkConversationRequest",
                3 + usize::from(self.mark_action.is_some())
                    + usize::from(self.operator.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("MarkTypes", &self.mark_types)?;
        encode::optional(&mut object, "MarkAction", &self.mark_action)?;
        encode::optional(&mut object, "Operator", &self.operator)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for MarkConversationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MarkConversationRequest {
    const NAME: &'static str = "MarkConversationRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "MarkTypes" => 2,
            "MarkAction" => 3,
            "Operator" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut mark_types_slot: Option<Vec<String>> = None;
        let mut mark_action_slot: Option<Option<MarkAction>> = None;
        let mut operator_slot: Option<Option<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut mark_types_slot, "MarkTypes", &mut map)?,
                3 => decode::once(&mut mark_action_slot, "MarkAction", &mut map)?,
                4 => decode::once(&mut operator_slot, "Operator", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(MarkConversationRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            mark_types: mark_types_slot
                .ok_or_else(|| A::Error::missing_field("MarkTypes"))?,
            mark_action: mark_action_slot.flatten(),
            operator: operator_slot.flatten(),
        })
    }
}

impl Validate for MarkConversationRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.mark_types;
            path.push(Segment::Field("MarkTypes"));
            out.coded(
                errors::CONVERSATION_MARK_TYPE_MORE_THAN_LIMIT,
                |out| {
                    validate::items(value, None, Some(20), path, out);
                },
            );
            path.pop();
        }
        if let Some(value) = &self.mark_action {
            path.push(Segment::Field("MarkAction"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// 本接口无特有的返回参数。当前返回值 Result 请求成功或失败时均返回空值。
///
/// The payload of a successful [`MarkConversation`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MarkConversationResponse {}

impl serde::Serialize for MarkConversationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("MarkConversationResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for MarkConversationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MarkConversationResponse {
    const NAME: &'static str = "MarkConversationResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(MarkConversationResponse {})
    }
}
