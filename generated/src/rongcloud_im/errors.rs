// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The error codes the documents list for RongCloud IM Server API, the service's and every operation's, as constants: what a server implementation answers with (`Fault::new(errors::…, message)`), and what a client's `VendorError::code` is compared with.

use imapi_runtime::ErrorCode;

/// `404`: Not found; the server has no API at the requested address. (role: `unknown_operation`)
pub const E404: ErrorCode = ErrorCode {
    code: "404",
    numeric: Some(404),
    http_status: Some(404),
};

/// `1000`: Internal error in the server's logic; retry later. (role: `internal`)
pub const E1000: ErrorCode = ErrorCode {
    code: "1000",
    numeric: Some(1000),
    http_status: Some(500),
};

/// `1001`: App Secret error; the App Key and App Secret do not match. (role: `unknown_credentials`)
pub const E1001: ErrorCode = ErrorCode {
    code: "1001",
    numeric: Some(1001),
    http_status: Some(401),
};

/// `1002`: Parameter error; the message says which. (roles: `invalid_parameter`, `malformed_body`)
pub const E1002: ErrorCode = ErrorCode {
    code: "1002",
    numeric: Some(1002),
    http_status: Some(400),
};

/// `1003`: No POST data; the request posted nothing. (role: `bad_request`)
pub const E1003: ErrorCode = ErrorCode {
    code: "1003",
    numeric: Some(1003),
    http_status: Some(400),
};

/// `1004`: Signature verification error. (roles: `signature_mismatch`, `missing_credentials`, `malformed_credentials`, `expired_credentials`)
pub const E1004: ErrorCode = ErrorCode {
    code: "1004",
    numeric: Some(1004),
    http_status: Some(401),
};

/// `1005`: A parameter is too long; the message says which.
pub const E1005: ErrorCode = ErrorCode {
    code: "1005",
    numeric: Some(1005),
    http_status: Some(400),
};

/// `1006`: The app is locked or deleted.
pub const E1006: ErrorCode = ErrorCode {
    code: "1006",
    numeric: Some(1006),
    http_status: Some(401),
};

/// `1007`: The method is restricted from being called; the message says why.
pub const E1007: ErrorCode = ErrorCode {
    code: "1007",
    numeric: Some(1007),
    http_status: Some(401),
};

/// `1008`: Call rate over the limit; the message says which. Also answered when broadcast messages are not enabled. (role: `throttled`)
pub const E1008: ErrorCode = ErrorCode {
    code: "1008",
    numeric: Some(1008),
    http_status: Some(429),
};

/// `1009`: The service is not enabled; enable it in the developer console or file a ticket.
pub const E1009: ErrorCode = ErrorCode {
    code: "1009",
    numeric: Some(1009),
    http_status: Some(430),
};

/// `1015`: The data to delete does not exist (a keep-alive chat room ID that does not exist).
pub const E1015: ErrorCode = ErrorCode {
    code: "1015",
    numeric: Some(1015),
    http_status: Some(200),
};

/// `1016`: Too many keep-alive chat rooms.
pub const E1016: ErrorCode = ErrorCode {
    code: "1016",
    numeric: Some(1016),
    http_status: Some(403),
};

/// `1050`: An internal service timed out.
pub const E1050: ErrorCode = ErrorCode {
    code: "1050",
    numeric: Some(1050),
    http_status: Some(504),
};

/// `2007`: Too many test users (a development app registers at most 100).
pub const E2007: ErrorCode = ErrorCode {
    code: "2007",
    numeric: Some(2007),
    http_status: Some(403),
};

/// Every code above, in spec order: the service's, then each operation's.
pub const ALL: &[ErrorCode] = &[
    E404,
    E1000,
    E1001,
    E1002,
    E1003,
    E1004,
    E1005,
    E1006,
    E1007,
    E1008,
    E1009,
    E1015,
    E1016,
    E1050,
    E2007,
];
