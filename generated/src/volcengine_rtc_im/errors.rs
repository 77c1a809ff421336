// Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The error codes the documents list for Volcengine RTC instant messaging (IM) OpenAPI, the service's and every operation's, as constants: what a server implementation answers with (`Fault::new(errors::…, message)`), and what a client's `VendorError::code` is compared with.

use imapi_runtime::ErrorCode;

/// `MissingParameter`: 缺少必要参数，例如 Action 或 Version。 (role: `missing_parameter`)
pub const MISSING_PARAMETER: ErrorCode = ErrorCode {
    code: "MissingParameter",
    numeric: Some(100002),
    http_status: Some(400),
};

/// `MissingAuthenticationToken`: 请求未携带签名信息。 (role: `missing_credentials`)
pub const MISSING_AUTHENTICATION_TOKEN: ErrorCode = ErrorCode {
    code: "MissingAuthenticationToken",
    numeric: Some(100003),
    http_status: Some(401),
};

/// `MissingRequestInfo`: 缺少 AK、Service 或 Region 等请求信息。 (role: `credential_scope`)
pub const MISSING_REQUEST_INFO: ErrorCode = ErrorCode {
    code: "MissingRequestInfo",
    numeric: Some(100004),
    http_status: Some(400),
};

/// `MissingSignature`: 缺少签名。 (role: `malformed_credentials`)
pub const MISSING_SIGNATURE: ErrorCode = ErrorCode {
    code: "MissingSignature",
    numeric: Some(100005),
    http_status: Some(401),
};

/// `InvalidTimestamp`: 签名已过期或时间无效。 (role: `expired_credentials`)
pub const INVALID_TIMESTAMP: ErrorCode = ErrorCode {
    code: "InvalidTimestamp",
    numeric: Some(100006),
    http_status: Some(400),
};

/// `ServiceNotFound`: 服务不存在。
pub const SERVICE_NOT_FOUND: ErrorCode = ErrorCode {
    code: "ServiceNotFound",
    numeric: Some(100007),
    http_status: Some(404),
};

/// `InvalidActionOrVersion`: Action 或 Version 无效。 (role: `unknown_operation`)
pub const INVALID_ACTION_OR_VERSION: ErrorCode = ErrorCode {
    code: "InvalidActionOrVersion",
    numeric: Some(100008),
    http_status: Some(404),
};

/// `InvalidAccessKey`: AccessKey 无效。 (role: `unknown_credentials`)
pub const INVALID_ACCESS_KEY: ErrorCode = ErrorCode {
    code: "InvalidAccessKey",
    numeric: Some(100009),
    http_status: Some(401),
};

/// `SignatureDoesNotMatch`: 签名不匹配。 (role: `signature_mismatch`)
pub const SIGNATURE_DOES_NOT_MATCH: ErrorCode = ErrorCode {
    code: "SignatureDoesNotMatch",
    numeric: Some(100010),
    http_status: Some(401),
};

/// `LackPolicy`: 缺少访问策略。
pub const LACK_POLICY: ErrorCode = ErrorCode {
    code: "LackPolicy",
    numeric: Some(100012),
    http_status: Some(403),
};

/// `AccessDenied`: 无访问权限。
pub const ACCESS_DENIED: ErrorCode = ErrorCode {
    code: "AccessDenied",
    numeric: Some(100013),
    http_status: Some(403),
};

/// `JsonParsingError`: 请求 Body 不是合法的 JSON。 (role: `malformed_body`)
pub const JSON_PARSING_ERROR: ErrorCode = ErrorCode {
    code: "JsonParsingError",
    numeric: None,
    http_status: None,
};

/// `InvalidParam`: 参数错误。 (role: `invalid_parameter`)
pub const INVALID_PARAM: ErrorCode = ErrorCode {
    code: "InvalidParam",
    numeric: None,
    http_status: None,
};

/// `AppNotFound`: 应用不存在。
pub const APP_NOT_FOUND: ErrorCode = ErrorCode {
    code: "AppNotFound",
    numeric: None,
    http_status: None,
};

/// `AppStatusException`: 应用已停用。
pub const APP_STATUS_EXCEPTION: ErrorCode = ErrorCode {
    code: "AppStatusException",
    numeric: None,
    http_status: None,
};

/// `NoAuth`: 应用不属于当前账号。
pub const NO_AUTH: ErrorCode = ErrorCode {
    code: "NoAuth",
    numeric: None,
    http_status: None,
};

/// `FlowLimitExceeded.QPSOverLimit`: 请求频率超过限制。 (role: `throttled`)
pub const FLOW_LIMIT_EXCEEDED_QPS_OVER_LIMIT: ErrorCode = ErrorCode {
    code: "FlowLimitExceeded.QPSOverLimit",
    numeric: None,
    http_status: Some(429),
};

/// `InternalError`: 服务内部错误。 (role: `internal`)
pub const INTERNAL_ERROR: ErrorCode = ErrorCode {
    code: "InternalError",
    numeric: None,
    http_status: Some(500),
};

/// `ConversationNotFound`: 会话不存在。
pub const CONVERSATION_NOT_FOUND: ErrorCode = ErrorCode {
    code: "ConversationNotFound",
    numeric: None,
    http_status: None,
};

/// `OnlyLiveConversationSupport`: 仅直播群支持此操作。
pub const ONLY_LIVE_CONVERSATION_SUPPORT: ErrorCode = ErrorCode {
    code: "OnlyLiveConversationSupport",
    numeric: None,
    http_status: None,
};

/// `SingleConversationNotSupport`: 单聊会话不允许调此接口
pub const SINGLE_CONVERSATION_NOT_SUPPORT: ErrorCode = ErrorCode {
    code: "SingleConversationNotSupport",
    numeric: None,
    http_status: None,
};

/// `ParticipantNotFound`: 成员不存在。
pub const PARTICIPANT_NOT_FOUND: ErrorCode = ErrorCode {
    code: "ParticipantNotFound",
    numeric: None,
    http_status: None,
};

/// `ConversationShortIdsHasInvalidElem`: 传入的会话 ID 数组中有异常的会话 ID
pub const CONVERSATION_SHORT_IDS_HAS_INVALID_ELEM: ErrorCode = ErrorCode {
    code: "ConversationShortIdsHasInvalidElem",
    numeric: None,
    http_status: None,
};

/// `ParticipantNotInConversation`: 成员不在会话中。通常不作为整个请求的错误返回，而是出现在 `FailedInfos[].Code` 中。
pub const PARTICIPANT_NOT_IN_CONVERSATION: ErrorCode = ErrorCode {
    code: "ParticipantNotInConversation",
    numeric: None,
    http_status: None,
};

/// `CreateSingleConversationNeedOtherParticipantId`: A one-to-one conversation needs `OtherUserId` (the IM error codes page's meaning).
pub const CREATE_SINGLE_CONVERSATION_NEED_OTHER_PARTICIPANT_ID: ErrorCode = ErrorCode {
    code: "CreateSingleConversationNeedOtherParticipantId",
    numeric: None,
    http_status: None,
};

/// `MoreThanUserConversationLimit`: The user's limit of conversations is exceeded (the IM error codes page's meaning).
pub const MORE_THAN_USER_CONVERSATION_LIMIT: ErrorCode = ErrorCode {
    code: "MoreThanUserConversationLimit",
    numeric: None,
    http_status: None,
};

/// `MessageNotFound`: 消息不存在。
pub const MESSAGE_NOT_FOUND: ErrorCode = ErrorCode {
    code: "MessageNotFound",
    numeric: None,
    http_status: None,
};

/// `OnlyOwnerCanOperator`: 仅有群主才能执行此操作
pub const ONLY_OWNER_CAN_OPERATOR: ErrorCode = ErrorCode {
    code: "OnlyOwnerCanOperator",
    numeric: None,
    http_status: None,
};

/// `ConversationMarkTypeMoreThanLimit`: The live group's marks would exceed the limit (the error-code page's code; its meaning is cut in the copy read).
pub const CONVERSATION_MARK_TYPE_MORE_THAN_LIMIT: ErrorCode = ErrorCode {
    code: "ConversationMarkTypeMoreThanLimit",
    numeric: None,
    http_status: None,
};

/// `SettingNotFound`: 设置不存在。
pub const SETTING_NOT_FOUND: ErrorCode = ErrorCode {
    code: "SettingNotFound",
    numeric: None,
    http_status: None,
};

/// Every code above, in spec order: the service's, then each operation's.
pub const ALL: &[ErrorCode] = &[
    MISSING_PARAMETER,
    MISSING_AUTHENTICATION_TOKEN,
    MISSING_REQUEST_INFO,
    MISSING_SIGNATURE,
    INVALID_TIMESTAMP,
    SERVICE_NOT_FOUND,
    INVALID_ACTION_OR_VERSION,
    INVALID_ACCESS_KEY,
    SIGNATURE_DOES_NOT_MATCH,
    LACK_POLICY,
    ACCESS_DENIED,
    JSON_PARSING_ERROR,
    INVALID_PARAM,
    APP_NOT_FOUND,
    APP_STATUS_EXCEPTION,
    NO_AUTH,
    FLOW_LIMIT_EXCEEDED_QPS_OVER_LIMIT,
    INTERNAL_ERROR,
    CONVERSATION_NOT_FOUND,
    ONLY_LIVE_CONVERSATION_SUPPORT,
    SINGLE_CONVERSATION_NOT_SUPPORT,
    PARTICIPANT_NOT_FOUND,
    CONVERSATION_SHORT_IDS_HAS_INVALID_ELEM,
    PARTICIPANT_NOT_IN_CONVERSATION,
    CREATE_SINGLE_CONVERSATION_NEED_OTHER_PARTICIPANT_ID,
    MORE_THAN_USER_CONVERSATION_LIMIT,
    MESSAGE_NOT_FOUND,
    ONLY_OWNER_CAN_OPERATOR,
    CONVERSATION_MARK_TYPE_MORE_THAN_LIMIT,
    SETTING_NOT_FOUND,
];
