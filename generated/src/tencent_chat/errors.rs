// Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The error codes the documents list for Tencent Cloud Chat (IM) server REST API, the service's and every operation's, as constants: what a server implementation answers with (`Fault::new(errors::…, message)`), and what a client's `VendorError::code` is compared with.

use imapi_runtime::ErrorCode;

/// `60002`: HTTP parse error; check the URL format. (role: `missing_parameter`)
pub const E60002: ErrorCode = ErrorCode {
    code: "60002",
    numeric: Some(60002),
    http_status: None,
};

/// `60003`: The request JSON could not be parsed. (role: `malformed_body`)
pub const E60003: ErrorCode = ErrorCode {
    code: "60003",
    numeric: Some(60003),
    http_status: None,
};

/// `60004`: Account or signature error in the request URL or JSON body.
pub const E60004: ErrorCode = ErrorCode {
    code: "60004",
    numeric: Some(60004),
    http_status: None,
};

/// `60005`: Account or signature error in the request URL or JSON body.
pub const E60005: ErrorCode = ErrorCode {
    code: "60005",
    numeric: Some(60005),
    http_status: None,
};

/// `60006`: The SDKAppID is invalid.
pub const E60006: ErrorCode = ErrorCode {
    code: "60006",
    numeric: Some(60006),
    http_status: None,
};

/// `60007`: REST API call frequency over the limit. (role: `throttled`)
pub const E60007: ErrorCode = ErrorCode {
    code: "60007",
    numeric: Some(60007),
    http_status: None,
};

/// `60008`: Service timeout, or the HTTP request format is wrong. (role: `bad_request`)
pub const E60008: ErrorCode = ErrorCode {
    code: "60008",
    numeric: Some(60008),
    http_status: None,
};

/// `60009`: Wrong request resource (URL). (role: `unknown_operation`)
pub const E60009: ErrorCode = ErrorCode {
    code: "60009",
    numeric: Some(60009),
    http_status: None,
};

/// `60010`: The request requires App admin permission. (role: `not_admin`)
pub const E60010: ErrorCode = ErrorCode {
    code: "60010",
    numeric: Some(60010),
    http_status: None,
};

/// `60011`: The SDKAppID's request frequency is over the limit. (role: `throttled`)
pub const E60011: ErrorCode = ErrorCode {
    code: "60011",
    numeric: Some(60011),
    http_status: None,
};

/// `60012`: A REST API call must carry the SDKAppID. (role: `missing_app`)
pub const E60012: ErrorCode = ErrorCode {
    code: "60012",
    numeric: Some(60012),
    http_status: None,
};

/// `60013`: The response JSON could not be parsed.
pub const E60013: ErrorCode = ErrorCode {
    code: "60013",
    numeric: Some(60013),
    http_status: None,
};

/// `60014`: Account exchange timed out.
pub const E60014: ErrorCode = ErrorCode {
    code: "60014",
    numeric: Some(60014),
    http_status: None,
};

/// `60015`: The account type in the request body must be a string.
pub const E60015: ErrorCode = ErrorCode {
    code: "60015",
    numeric: Some(60015),
    http_status: None,
};

/// `60016`: The SDKAppID is disabled.
pub const E60016: ErrorCode = ErrorCode {
    code: "60016",
    numeric: Some(60016),
    http_status: None,
};

/// `60017`: The request is disabled (not a rate limit).
pub const E60017: ErrorCode = ErrorCode {
    code: "60017",
    numeric: Some(60017),
    http_status: None,
};

/// `60018`: Requests too frequent. (role: `throttled`)
pub const E60018: ErrorCode = ErrorCode {
    code: "60018",
    numeric: Some(60018),
    http_status: None,
};

/// `60019`: Requests too frequent. (role: `throttled`)
pub const E60019: ErrorCode = ErrorCode {
    code: "60019",
    numeric: Some(60019),
    http_status: None,
};

/// `60020`: The Pro package has expired.
pub const E60020: ErrorCode = ErrorCode {
    code: "60020",
    numeric: Some(60020),
    http_status: None,
};

/// `60021`: The caller's IP address is not allowed.
pub const E60021: ErrorCode = ErrorCode {
    code: "60021",
    numeric: Some(60021),
    http_status: None,
};

/// `70001`: The UserSig has expired. (role: `expired_credentials`)
pub const E70001: ErrorCode = ErrorCode {
    code: "70001",
    numeric: Some(70001),
    http_status: None,
};

/// `70003`: The UserSig could not be parsed (for example truncated). (role: `malformed_credentials`)
pub const E70003: ErrorCode = ErrorCode {
    code: "70003",
    numeric: Some(70003),
    http_status: None,
};

/// `70009`: UserSig verification failed (wrong key or SDKAppID). (role: `signature_mismatch`)
pub const E70009: ErrorCode = ErrorCode {
    code: "70009",
    numeric: Some(70009),
    http_status: None,
};

/// `70013`: The UserID in the request does not match the UserID in the UserSig. (role: `identifier_mismatch`)
pub const E70013: ErrorCode = ErrorCode {
    code: "70013",
    numeric: Some(70013),
    http_status: None,
};

/// `70014`: The SDKAppID in the request does not match the SDKAppID in the UserSig. (role: `app_mismatch`)
pub const E70014: ErrorCode = ErrorCode {
    code: "70014",
    numeric: Some(70014),
    http_status: None,
};

/// `70016`: The key or public key does not exist.
pub const E70016: ErrorCode = ErrorCode {
    code: "70016",
    numeric: Some(70016),
    http_status: None,
};

/// `70020`: The SDKAppID does not exist. (role: `unknown_credentials`)
pub const E70020: ErrorCode = ErrorCode {
    code: "70020",
    numeric: Some(70020),
    http_status: None,
};

/// `70050`: UserSig verification failed and the account is frequency-limited; retry after 1 minute.
pub const E70050: ErrorCode = ErrorCode {
    code: "70050",
    numeric: Some(70050),
    http_status: None,
};

/// `70051`: The account is blacklisted.
pub const E70051: ErrorCode = ErrorCode {
    code: "70051",
    numeric: Some(70051),
    http_status: None,
};

/// `70107`: The account has not been imported.
pub const E70107: ErrorCode = ErrorCode {
    code: "70107",
    numeric: Some(70107),
    http_status: None,
};

/// `10002`: An internal server error; retry, or contact technical support (the group API pages: "A system error occurred", "Internal error of the server"). (role: `internal`)
pub const E10002: ErrorCode = ErrorCode {
    code: "10002",
    numeric: Some(10002),
    http_status: None,
};

/// `10004`: A parameter is invalid; the response's ErrorInfo says which (the group API pages: check whether the required fields are given and set as the protocol requires). (role: `invalid_parameter`)
pub const E10004: ErrorCode = ErrorCode {
    code: "10004",
    numeric: Some(10004),
    http_status: None,
};

/// `70169`: Server timeout. Try again later.
pub const E70169: ErrorCode = ErrorCode {
    code: "70169",
    numeric: Some(70169),
    http_status: None,
};

/// `70402`: Invalid parameters. Check whether the required fields have been specified or whether the fields are set according to protocol requirements. (role: `invalid_parameter`)
pub const E70402: ErrorCode = ErrorCode {
    code: "70402",
    numeric: Some(70402),
    http_status: None,
};

/// `70403`: The request failed; app admin permissions are required.
pub const E70403: ErrorCode = ErrorCode {
    code: "70403",
    numeric: Some(70403),
    http_status: None,
};

/// `70500`: Internal server error. Try again later. (role: `internal`)
pub const E70500: ErrorCode = ErrorCode {
    code: "70500",
    numeric: Some(70500),
    http_status: None,
};

/// `71000`: Failed to delete the account: account deletion is not enabled for the app's edition (it must be enabled in the console).
pub const E71000: ErrorCode = ErrorCode {
    code: "71000",
    numeric: Some(71000),
    http_status: None,
};

/// `40006`: An internal server error occurred during profile setting. Try again later.
pub const E40006: ErrorCode = ErrorCode {
    code: "40006",
    numeric: Some(40006),
    http_status: None,
};

/// `40601`: The value of the profile field exceeds the length limit of 500 bytes.
pub const E40601: ErrorCode = ErrorCode {
    code: "40601",
    numeric: Some(40601),
    http_status: None,
};

/// `70398`: The number of accounts exceeds the limit allowed. To create more than 100 accounts, upgrade your app to the Pro edition. For specific steps, see Purchase Guide.
pub const E70398: ErrorCode = ErrorCode {
    code: "70398",
    numeric: Some(70398),
    http_status: None,
};

/// `10003`: Invalid command word.
pub const E10003: ErrorCode = ErrorCode {
    code: "10003",
    numeric: Some(10003),
    http_status: None,
};

/// `10005`: The number of member accounts in the request packet exceeds 300.
pub const E10005: ErrorCode = ErrorCode {
    code: "10005",
    numeric: Some(10005),
    http_status: None,
};

/// `10007`: No operation permissions. Check whether the group type supports user invitation: for example, AVChatRoom and BChatRoom groups do not allow anyone to invite others to the groups. Also answered to a caller that is not the app admin.
pub const E10007: ErrorCode = ErrorCode {
    code: "10007",
    numeric: Some(10007),
    http_status: None,
};

/// `10010`: The group does not exist or has been deleted.
pub const E10010: ErrorCode = ErrorCode {
    code: "10010",
    numeric: Some(10010),
    http_status: None,
};

/// `10014`: The users in the request cannot be added because the group is already full. Delete some `Member_Account` from the request, or raise `MaxMemberNum` in the basic group information.
pub const E10014: ErrorCode = ErrorCode {
    code: "10014",
    numeric: Some(10014),
    http_status: None,
};

/// `10015`: The group ID is invalid. Make sure to use the correct group ID.
pub const E10015: ErrorCode = ErrorCode {
    code: "10015",
    numeric: Some(10015),
    http_status: None,
};

/// `10016`: The developer backend has rejected this operation through a third-party callback.
pub const E10016: ErrorCode = ErrorCode {
    code: "10016",
    numeric: Some(10016),
    http_status: None,
};

/// `10019`: The UserID does not exist. Make sure all the accounts specified in `Member_Account` are correct.
pub const E10019: ErrorCode = ErrorCode {
    code: "10019",
    numeric: Some(10019),
    http_status: None,
};

/// `10026`: The command word of the `SDKAppID` request is disabled. Contact customer service.
pub const E10026: ErrorCode = ErrorCode {
    code: "10026",
    numeric: Some(10026),
    http_status: None,
};

/// `10037`: The number of groups the invited user has joined exceeds the limit. Remove that `Member_Account` from the request, or upgrade the plan.
pub const E10037: ErrorCode = ErrorCode {
    code: "10037",
    numeric: Some(10037),
    http_status: None,
};

/// `90001`: Failed to parse the JSON format. Check whether the JSON request packet meets JSON specifications.
pub const E90001: ErrorCode = ErrorCode {
    code: "90001",
    numeric: Some(90001),
    http_status: None,
};

/// `90009`: The request requires app admin permission.
pub const E90009: ErrorCode = ErrorCode {
    code: "90009",
    numeric: Some(90009),
    http_status: None,
};

/// `90010`: The JSON request packet is not in the message format (a field is missing or invalid). (role: `invalid_parameter`)
pub const E90010: ErrorCode = ErrorCode {
    code: "90010",
    numeric: Some(90010),
    http_status: None,
};

/// `90048`: The requested UserID does not exist.
pub const E90048: ErrorCode = ErrorCode {
    code: "90048",
    numeric: Some(90048),
    http_status: None,
};

/// `90994`: Internal server error. Try again later. (role: `internal`)
pub const E90994: ErrorCode = ErrorCode {
    code: "90994",
    numeric: Some(90994),
    http_status: None,
};

/// `90054`: Invalid MsgKey in the recall request.
pub const E90054: ErrorCode = ErrorCode {
    code: "90054",
    numeric: Some(90054),
    http_status: None,
};

/// `20022`: The message to be recalled does not exist.
pub const E20022: ErrorCode = ErrorCode {
    code: "20022",
    numeric: Some(20022),
    http_status: None,
};

/// `20023`: The message has been recalled.
pub const E20023: ErrorCode = ErrorCode {
    code: "20023",
    numeric: Some(20023),
    http_status: None,
};

/// `90008`: There is no `From_Account` in the JSON request packet or the account it specifies does not exist.
pub const E90008: ErrorCode = ErrorCode {
    code: "90008",
    numeric: Some(90008),
    http_status: None,
};

/// `90011`: The number of target UserIDs for batch message sending exceeds the limit of 500. Reduce the number of target UserIDs in `To_Account`.
pub const E90011: ErrorCode = ErrorCode {
    code: "90011",
    numeric: Some(90011),
    http_status: None,
};

/// `90026`: Incorrect offline message storage period. The value cannot exceed 7 days.
pub const E90026: ErrorCode = ErrorCode {
    code: "90026",
    numeric: Some(90026),
    http_status: None,
};

/// `90055`: The batch message packet exceeded the maximum size of 8 KB.
pub const E90055: ErrorCode = ErrorCode {
    code: "90055",
    numeric: Some(90055),
    http_status: None,
};

/// `10021`: GroupId is already used. Please select another group ID.
pub const E10021: ErrorCode = ErrorCode {
    code: "10021",
    numeric: Some(10021),
    http_status: None,
};

/// `10025`: The group ID is already used and the operator is the group owner. Use this group ID directly.
pub const E10025: ErrorCode = ErrorCode {
    code: "10025",
    numeric: Some(10025),
    http_status: None,
};

/// `10036`: The number of AVChatRoom creations exceeds the limit.
pub const E10036: ErrorCode = ErrorCode {
    code: "10036",
    numeric: Some(10036),
    http_status: None,
};

/// `10038`: The number of group members exceeds the limit.
pub const E10038: ErrorCode = ErrorCode {
    code: "10038",
    numeric: Some(10038),
    http_status: None,
};

/// `10018`: 应答包长度超过最大包长（1MB），请求的内容过多，请尝试减少单次请求的数据量
pub const E10018: ErrorCode = ErrorCode {
    code: "10018",
    numeric: Some(10018),
    http_status: None,
};

/// `10020`: The message is too large. Currently, the maximum message size supported is 8,000 bytes. Adjust the message size.
pub const E10020: ErrorCode = ErrorCode {
    code: "10020",
    numeric: Some(10020),
    http_status: None,
};

/// `20003`: The UserID of the sender or recipient is invalid or does not exist. Check whether the UserID has been imported.
pub const E20003: ErrorCode = ErrorCode {
    code: "20003",
    numeric: Some(20003),
    http_status: None,
};

/// `90012`: `To_Account` is not registered or does not exist.
pub const E90012: ErrorCode = ErrorCode {
    code: "90012",
    numeric: Some(90012),
    http_status: None,
};

/// `93000`: The JSON packet exceeds the length limit of 8 KB.
pub const E93000: ErrorCode = ErrorCode {
    code: "93000",
    numeric: Some(93000),
    http_status: None,
};

/// `80001`: The modified group member information failed text content filtering. Check whether the modified group member information contains sensitive words.
pub const E80001: ErrorCode = ErrorCode {
    code: "80001",
    numeric: Some(80001),
    http_status: None,
};

/// `10001`: The user is not logged in. Check whether the admin account and usersig are correct.
pub const E10001: ErrorCode = ErrorCode {
    code: "10001",
    numeric: Some(10001),
    http_status: None,
};

/// `10017`: The message cannot be sent due to muting. Check whether the sender is muted.
pub const E10017: ErrorCode = ErrorCode {
    code: "10017",
    numeric: Some(10017),
    http_status: None,
};

/// `10023`: The frequency limit for message sending is reached. Try again later. (role: `throttled`)
pub const E10023: ErrorCode = ErrorCode {
    code: "10023",
    numeric: Some(10023),
    http_status: None,
};

/// `80002`: The message content is too long. Currently, the maximum message length supported is 8,000 bytes. Please adjust the message length.
pub const E80002: ErrorCode = ErrorCode {
    code: "80002",
    numeric: Some(80002),
    http_status: None,
};

/// `20006`: The callback before sending a one-to-one message was triggered, and the app backend forbade the message.
pub const E20006: ErrorCode = ErrorCode {
    code: "20006",
    numeric: Some(20006),
    http_status: None,
};

/// `90002`: The `MsgBody` field in the JSON request packet is not in the message format or is not of the Array type.
pub const E90002: ErrorCode = ErrorCode {
    code: "90002",
    numeric: Some(90002),
    http_status: None,
};

/// `90003`: The JSON request packet does not contain the `To_Account` field or `To_Account` does not exist.
pub const E90003: ErrorCode = ErrorCode {
    code: "90003",
    numeric: Some(90003),
    http_status: None,
};

/// `90005`: The JSON request packet does not contain the `MsgRandom` field or the `MsgRandom` field is not of the Integer type.
pub const E90005: ErrorCode = ErrorCode {
    code: "90005",
    numeric: Some(90005),
    http_status: None,
};

/// `90031`: The `SyncOtherMachine` field in the JSON request packet is not of the Integer type.
pub const E90031: ErrorCode = ErrorCode {
    code: "90031",
    numeric: Some(90031),
    http_status: None,
};

/// `90044`: The `MsgLifeTime` field in the JSON request packet is not of the Integer type.
pub const E90044: ErrorCode = ErrorCode {
    code: "90044",
    numeric: Some(90044),
    http_status: None,
};

/// `90992`: Internal server error. Try again later (when every request gets it and third-party callbacks are on, check that the app server answers the callbacks).
pub const E90992: ErrorCode = ErrorCode {
    code: "90992",
    numeric: Some(90992),
    http_status: None,
};

/// Every code above, in spec order: the service's, then each operation's.
pub const ALL: &[ErrorCode] = &[
    E60002,
    E60003,
    E60004,
    E60005,
    E60006,
    E60007,
    E60008,
    E60009,
    E60010,
    E60011,
    E60012,
    E60013,
    E60014,
    E60015,
    E60016,
    E60017,
    E60018,
    E60019,
    E60020,
    E60021,
    E70001,
    E70003,
    E70009,
    E70013,
    E70014,
    E70016,
    E70020,
    E70050,
    E70051,
    E70107,
    E10002,
    E10004,
    E70169,
    E70402,
    E70403,
    E70500,
    E71000,
    E40006,
    E40601,
    E70398,
    E10003,
    E10005,
    E10007,
    E10010,
    E10014,
    E10015,
    E10016,
    E10019,
    E10026,
    E10037,
    E90001,
    E90009,
    E90010,
    E90048,
    E90994,
    E90054,
    E20022,
    E20023,
    E90008,
    E90011,
    E90026,
    E90055,
    E10021,
    E10025,
    E10036,
    E10038,
    E10018,
    E10020,
    E20003,
    E90012,
    E93000,
    E80001,
    E10001,
    E10017,
    E10023,
    E80002,
    E20006,
    E90002,
    E90003,
    E90005,
    E90031,
    E90044,
    E90992,
];
