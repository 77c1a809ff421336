//! Class limits end to end, on the extensions fixture's `SendMessage`: a class over several
//! values sharing one budget (`in`), whose excess is dropped (`overflow: drop`) rather than
//! refused, and a class that holds only in a server state (`state`), which the router leaves
//! to the implementation.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use extensions_fixture::ext_demo::client::{Client, Credentials};
use extensions_fixture::ext_demo::server::{router, Gateway, Service, StaticKeys};
use extensions_fixture::ext_demo::{
    MsgElement, Priority, SendMessage, SendMessageRequest, SendMessageResponse, TextElem,
};
use imapi_runtime::server::{Fault, RequestContext, ServerConfig};
use imapi_runtime::time::ManualClock;
use imapi_runtime::{Error, OperationShape, Overflow};
use imapi_tests::loopback::{self, serve};

const AK: &str = "AKLTextensions";
const SK: &str = "extensions-secret";

/// What the implementation saw of one call.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seen {
    conversation: i64,
    /// The class whose budget dropped it, if one did.
    dropped: Option<&'static str>,
    /// The classes left to the implementation when the call came in.
    pending: Vec<&'static str>,
}

/// Stores every message it is not told was dropped; the conversations in `live` are live
/// groups, where it applies the classes that hold only there.
#[derive(Default)]
struct Messages {
    live: HashSet<i64>,
    seen: Mutex<Vec<Seen>>,
    stored: Mutex<Vec<i64>>,
}

impl Service for Messages {
    async fn send_message(
        &self,
        mut context: RequestContext,
        request: SendMessageRequest,
    ) -> Result<SendMessageResponse, Fault> {
        let pending = context.classes.pending().iter().map(|c| c.class).collect();
        let live = self.live.contains(&request.conversation_short_id);
        context.classes.apply(None, |_| live).await?;
        let dropped = context.classes.dropped();
        self.seen.lock().unwrap().push(Seen {
            conversation: request.conversation_short_id,
            dropped,
            pending,
        });
        let mut stored = self.stored.lock().unwrap();
        if dropped.is_none() {
            stored.push(request.conversation_short_id);
        }
        Ok(SendMessageResponse {
            message_id: 7,
            sent_time: 1_700_000_000_000,
        })
    }
}

async fn start(messages: Messages) -> (Arc<Messages>, loopback::Running, Client, ManualClock) {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    let clock = ManualClock::at(now);
    let messages = Arc::new(messages);
    let config = ServerConfig::new(Gateway::new(StaticKeys::new().with_access_key(AK, SK)))
        .with_clock(clock.clone());
    let running = serve(router(messages.clone(), config)).await;
    let client = Client::builder(Credentials::new(AK, SK))
        .base_url(running.base_url.clone())
        .http(loopback::http())
        .configure(|c| c.http.retry.max_attempts = 1)
        .build()
        .unwrap();
    (messages, running, client, clock)
}

fn text(s: &str) -> MsgElement {
    MsgElement::Text(TextElem { text: s.into() })
}

/// A one-to-one message (conversation type 1) with `priority`: in no class but its priority's.
fn direct(priority: Option<Priority>) -> SendMessageRequest {
    let mut request = SendMessageRequest::new(1, 9, vec![text("hi")]);
    request.conversation_type = 1;
    request.other_user_id = Some(5);
    request.priority = priority;
    request
}

#[test]
fn the_generated_operation_carries_each_class() {
    let classes = SendMessage::OP.class_limits;
    let shared = classes
        .iter()
        .find(|c| c.class == "low and normal priority")
        .unwrap();
    assert_eq!(shared.overflow, Overflow::Drop);
    assert_eq!(shared.state, None);
    let group = classes
        .iter()
        .find(|c| c.class == "group messages")
        .unwrap();
    assert_eq!(group.overflow, Overflow::Refuse);
    assert_eq!(group.state, Some("the group is a live group"));
    // Membership: both values (and an absent field, whose default is one of them).
    let class = |request: &SendMessageRequest| -> Vec<&str> {
        (0..classes.len())
            .filter(|&c| SendMessage::in_class(request, c))
            .map(|c| classes[c].class)
            .collect()
    };
    assert_eq!(
        class(&direct(Some(Priority::Low))),
        ["low and normal priority"]
    );
    assert_eq!(
        class(&direct(Some(Priority::Normal))),
        ["low and normal priority"]
    );
    assert_eq!(class(&direct(None)), ["low and normal priority"]);
    assert_eq!(class(&direct(Some(Priority::High))), ["high priority"]);
}

#[tokio::test]
async fn values_in_one_class_share_its_budget_and_the_excess_is_dropped() {
    let (messages, _running, client, clock) = start(Messages::default()).await;
    // Three per second for low and normal together: two low and one normal fill it...
    for priority in [Priority::Low, Priority::Normal, Priority::Low] {
        let answer = client.send_message(&direct(Some(priority))).await.unwrap();
        assert_eq!(answer.message_id, 7);
    }
    // ...so the next normal and the next low are over it (each value alone would have room),
    // and so is one without a priority, which is normal by default.
    for priority in [Some(Priority::Normal), Some(Priority::Low), None] {
        // Dropped: answered as a success, the same answer as any other.
        let answer = client.send_message(&direct(priority)).await.unwrap();
        assert_eq!(answer.message_id, 7);
    }
    // High priority has a budget of its own.
    client
        .send_message(&direct(Some(Priority::High)))
        .await
        .unwrap();
    let dropped: Vec<Option<&str>> = messages
        .seen
        .lock()
        .unwrap()
        .iter()
        .map(|s| s.dropped)
        .collect();
    let over = Some("low and normal priority");
    assert_eq!(dropped, [None, None, None, over, over, over, None]);
    // The service stored the four it was not told were dropped.
    assert_eq!(messages.stored.lock().unwrap().len(), 4);
    // The budget comes back at its rate: one call per 333 ms.
    clock.advance(Duration::from_millis(340));
    client
        .send_message(&direct(Some(Priority::Normal)))
        .await
        .unwrap();
    assert_eq!(messages.seen.lock().unwrap().last().unwrap().dropped, None);
}

#[tokio::test]
async fn a_class_under_a_server_state_is_applied_by_the_service_only() {
    let (messages, _running, client, _clock) = start(Messages {
        live: HashSet::from([77]),
        ..Messages::default()
    })
    .await;
    // Group messages (type 2) to a group that is not live: the router leaves the class to the
    // service, which does not apply it, so the budget of two per second does not hold.
    let group = |conversation| {
        SendMessageRequest::new(1, conversation, vec![text("hi")]).with_priority(Priority::High)
    };
    for _ in 0..2 {
        client.send_message(&group(9)).await.unwrap();
    }
    // (High priority's own budget of two is spent now; it is the router's to refuse.)
    let e = client.send_message(&group(9)).await.unwrap_err();
    assert!(matches!(&e, Error::Vendor(v) if v.throttled), "{e}");
    assert!(e.to_string().contains("SendMessage (high priority)"), "{e}");
    // Normal messages to the live group: the service applies the class, two pass...
    let live = |priority| SendMessageRequest::new(1, 77, vec![text("hi")]).with_priority(priority);
    client.send_message(&live(Priority::Normal)).await.unwrap();
    client.send_message(&live(Priority::Low)).await.unwrap();
    // ...and the third is refused, with the throttling error the class's `refuse` names.
    let e = client
        .send_message(&live(Priority::Normal))
        .await
        .unwrap_err();
    assert!(matches!(&e, Error::Vendor(v) if v.throttled), "{e}");
    assert!(
        e.to_string().contains("SendMessage (group messages)"),
        "{e}"
    );
    // The service found the class pending on every group message it answered, and stored
    // those; the one refused was refused before it was stored.
    let seen = messages.seen.lock().unwrap().clone();
    assert!(
        seen.iter().all(|s| s.pending == ["group messages"]),
        "{seen:?}"
    );
    assert_eq!(
        seen.iter().map(|s| s.conversation).collect::<Vec<_>>(),
        [9, 9, 77, 77]
    );
    assert_eq!(*messages.stored.lock().unwrap(), [9, 9, 77, 77]);
}
