//! RongCloud's Server API (the classic form API): `POST https://<host>/<module>/<action>.json`
//! with an `application/x-www-form-urlencoded` body ([`crate::form`]), signed with four headers
//! ([`sign`]: `App-Key`, `Nonce`, `Timestamp` and `Signature = hex(SHA-1(App Secret + Nonce +
//! Timestamp))`), answered with `{"code": 200, …}` and the payload's fields beside `code`.
//!
//! Sources: the signature page (docs.rongcloud.io/platform-chat-api/auth, and the worked example
//! of docs.rongcloud.cn/im/server/signature), the hosts page (…/platform-chat-api/base-url), and
//! the official Python server SDK (PyPI `rc-server-sdk` 3.2.0), whose signatures and form bodies
//! are the conformance vectors (`tests/conformance/rongcloud_signature.json`).

pub mod sign;
