//! Every operation of the generated crate, found through each service's generated
//! `for_each_operation`: what tests need to do to any operation (decode and validate a body,
//! call it through the generated client), with no list of operations written by hand. An
//! operation added to the spec shows up here after `generate`.

use std::future::Future;
use std::pin::Pin;

use imapi::rongcloud_im as rc;
use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi::Validate;
use imapi_runtime::{Error, OperationShape, OperationVisitor};
use serde_json::Value;

/// A boxed future.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Violations as (wire path, rule name), or why the body did not decode.
pub type Found = Result<Vec<(String, String)>, String>;

/// One generated client per service.
pub struct Clients {
    /// The Volcengine RTC IM client.
    pub volcengine: vc::client::Client,
    /// The Tencent Cloud Chat client.
    pub tencent: tc::client::Client,
    /// The RongCloud IM client.
    pub rongcloud: rc::client::Client,
}

/// What the tests can do with one operation.
#[derive(Clone, Copy)]
pub struct Entry {
    /// The service (`volcengine-rtc-im`).
    pub service: &'static str,
    /// The operation (`ModifyMessage`).
    pub name: &'static str,
    /// Decodes a body as the operation's request and returns its violations as (wire path,
    /// rule name), or the decoding error.
    pub violations: fn(&Value) -> Found,
    /// Decodes `request`, calls the operation with the generated client's `call`, and encodes
    /// the answer.
    pub call: for<'a> fn(&'a Clients, Value) -> BoxFuture<'a, Result<Value, Error>>,
}

fn violations<Op: OperationShape>(body: &Value) -> Found {
    let typed: Op::Input = serde_json::from_value(body.clone()).map_err(|e| e.to_string())?;
    Ok(match typed.validate() {
        Ok(()) => Vec::new(),
        Err(v) => v
            .iter()
            .map(|v| (v.path.clone(), v.rule.name().to_owned()))
            .collect(),
    })
}

fn decode<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("the test's request decodes")
}

fn encode<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("an answer encodes")
}

fn call_volcengine<Op: OperationShape<Service = vc::VolcengineRtcIm>>(
    clients: &Clients,
    request: Value,
) -> BoxFuture<'_, Result<Value, Error>> {
    Box::pin(async move {
        let request: Op::Input = decode(request);
        let answer = clients.volcengine.call::<Op>(&request).await?;
        Ok(encode(&answer))
    })
}

fn call_tencent<Op: OperationShape<Service = tc::TencentChat>>(
    clients: &Clients,
    request: Value,
) -> BoxFuture<'_, Result<Value, Error>> {
    Box::pin(async move {
        let request: Op::Input = decode(request);
        let answer = clients.tencent.call::<Op>(&request).await?;
        Ok(encode(&answer))
    })
}

fn call_rongcloud<Op: OperationShape<Service = rc::RongcloudIm>>(
    clients: &Clients,
    request: Value,
) -> BoxFuture<'_, Result<Value, Error>> {
    Box::pin(async move {
        let request: Op::Input = decode(request);
        let answer = clients.rongcloud.call::<Op>(&request).await?;
        Ok(encode(&answer))
    })
}

struct Collect(Vec<Entry>);

impl OperationVisitor<vc::VolcengineRtcIm> for Collect {
    fn visit<Op: OperationShape<Service = vc::VolcengineRtcIm>>(&mut self) {
        self.0.push(Entry {
            service: Op::OP.service.name,
            name: Op::OP.name,
            violations: violations::<Op>,
            call: call_volcengine::<Op>,
        });
    }
}

impl OperationVisitor<tc::TencentChat> for Collect {
    fn visit<Op: OperationShape<Service = tc::TencentChat>>(&mut self) {
        self.0.push(Entry {
            service: Op::OP.service.name,
            name: Op::OP.name,
            violations: violations::<Op>,
            call: call_tencent::<Op>,
        });
    }
}

impl OperationVisitor<rc::RongcloudIm> for Collect {
    fn visit<Op: OperationShape<Service = rc::RongcloudIm>>(&mut self) {
        self.0.push(Entry {
            service: Op::OP.service.name,
            name: Op::OP.name,
            violations: violations::<Op>,
            call: call_rongcloud::<Op>,
        });
    }
}

/// Every operation of every service.
pub fn all() -> Vec<Entry> {
    let mut collect = Collect(Vec::new());
    vc::for_each_operation(&mut collect);
    tc::for_each_operation(&mut collect);
    rc::for_each_operation(&mut collect);
    collect.0
}

/// The crate's verdict on a request of any operation of any service (`imapi_runtime::corpus`).
pub fn checks() -> imapi_runtime::corpus::Checks {
    let mut checks = imapi_runtime::corpus::Checks::default();
    vc::for_each_operation(&mut checks);
    tc::for_each_operation(&mut checks);
    rc::for_each_operation(&mut checks);
    checks
}

/// The operation `name` of `service`.
pub fn find(service: &str, name: &str) -> Entry {
    all()
        .into_iter()
        .find(|e| e.service == service && e.name == name)
        .unwrap_or_else(|| panic!("{service}/{name} is not in the generated crate; regenerate"))
}
