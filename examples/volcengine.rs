//! Volcengine RTC IM through the generated client: edits a message's `Ext`, reads members of a
//! conversation, then shows a refusal as a typed vendor error.
//!
//! Start the emulator, then run this program:
//!
//! ```sh
//! VOLC_ACCESSKEY=AKLTlocal VOLC_SECRETKEY=local-secret \
//!   TENCENT_SDKAPPID=1400000000 TENCENT_SECRETKEY=local-key cargo run -p emulator
//! cargo run --example volcengine
//! ```
//!
//! It signs with `VOLC_ACCESSKEY` and `VOLC_SECRETKEY` (the values above when unset) and calls
//! `EMULATOR_URL` (`http://127.0.0.1:8080` when unset).

use std::collections::BTreeMap;
use std::process::ExitCode;

use imapi::volcengine_rtc_im::client::{Client, Credentials};
use imapi::volcengine_rtc_im::{
    BatchGetConversationParticipantRequest, ModifyMessageRequest, Participant,
};
use imapi::{Error, VendorError};

/// What the calls gave.
#[derive(Debug)]
struct Outcome {
    /// The members asked for, in that order.
    participants: Vec<Participant>,
    /// How the vendor refused to edit a message of a conversation that does not exist.
    refusal: VendorError,
}

/// Edits message 10001 of the example live group, reads two of its members, then edits a
/// message of a conversation that does not exist.
async fn run(client: &Client) -> Result<Outcome, Error> {
    let edit = ModifyMessageRequest {
        app_id: 0,
        conversation_short_id: 1,
        message_id: 10001,
        ext: Some(BTreeMap::from([("edited".to_owned(), "yes".to_owned())])),
        content: None,
    };
    client.modify_message(&edit).await?;

    let read = BatchGetConversationParticipantRequest {
        app_id: 0,
        conversation_short_id: 1,
        participant_user_ids: vec![10001, 2],
    };
    let participants = client
        .batch_get_conversation_participant(&read)
        .await?
        .participants
        .unwrap_or_default();

    let elsewhere = ModifyMessageRequest {
        conversation_short_id: 999_999,
        ..edit
    };
    let refusal = match client.modify_message(&elsewhere).await {
        Err(Error::Vendor(refusal)) => refusal,
        Err(other) => return Err(other),
        Ok(_) => {
            return Err(Error::Config(
                "a message of a conversation that does not exist was edited".into(),
            ))
        }
    };
    Ok(Outcome {
        participants,
        refusal,
    })
}

/// A client of the server at `base_url`.
fn client(base_url: &str, credentials: Credentials) -> Result<Client, Error> {
    Client::builder(credentials)
        .base_url(base_url)
        .allow_http(true) // the emulator speaks plain HTTP on this machine
        .build()
}

#[tokio::main]
async fn main() -> ExitCode {
    let base_url =
        std::env::var("EMULATOR_URL").unwrap_or_else(|_| "http://127.0.0.1:8080".to_owned());
    let credentials =
        Credentials::from_env().unwrap_or_else(|| Credentials::new("AKLTlocal", "local-secret"));
    let outcome = match client(&base_url, credentials) {
        Ok(client) => run(&client).await,
        Err(e) => Err(e),
    };
    match outcome {
        Ok(Outcome {
            participants,
            refusal,
        }) => {
            for p in participants {
                println!(
                    "member {} ({:?}), nickname {:?}",
                    p.participant_user_id, p.role, p.nick_name
                );
            }
            println!("refused: {refusal}");
            ExitCode::SUCCESS
        }
        Err(Error::Connect(_)) => {
            eprintln!("nothing answers at {base_url}: start the emulator first (see the top of examples/volcengine.rs)");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn edits_reads_and_reports_a_refusal() {
        let config = emulator::Config::new("AKLTlocal", "local-secret", 1400000000, "local-key");
        let local = emulator::Local::start(config).await.unwrap();
        let credentials = Credentials::new("AKLTlocal", "local-secret");
        let outcome = run(&client(&local.base_url, credentials).unwrap())
            .await
            .unwrap();
        let ids: Vec<i64> = outcome
            .participants
            .iter()
            .map(|p| p.participant_user_id)
            .collect();
        assert_eq!(ids, [10001, 2]);
        assert_eq!(outcome.refusal.code, "ConversationNotFound");
        let stored = local.app().emulator().snapshot();
        let ext = &stored.conversations[&(0, 1)].messages[&10001].ext;
        assert_eq!(ext.get("edited"), Some("yes"));

        // Another secret key is refused before anything changes.
        let wrong = Credentials::new("AKLTlocal", "another-secret");
        match run(&client(&local.base_url, wrong).unwrap()).await {
            Err(Error::Vendor(e)) => assert_eq!(e.code, "SignatureDoesNotMatch"),
            other => panic!("{other:?}"),
        }
    }
}
