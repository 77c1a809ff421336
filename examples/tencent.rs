//! Tencent Cloud Chat through the generated client: sets marks on members of an audio-video
//! group, then shows a refusal as a typed vendor error.
//!
//! Start the emulator, then run this program:
//!
//! ```sh
//! VOLC_ACCESSKEY=AKLTlocal VOLC_SECRETKEY=local-secret \
//!   TENCENT_SDKAPPID=1400000000 TENCENT_SECRETKEY=local-key cargo run -p emulator
//! cargo run --example tencent
//! ```
//!
//! It reads `TENCENT_SDKAPPID` and `TENCENT_SECRETKEY` (the values above when unset) and calls
//! `EMULATOR_URL` (`http://127.0.0.1:8080` when unset) as the app's administrator.

use std::process::ExitCode;

use imapi::tencent_chat::client::Client;
use imapi::tencent_chat::{CommandType, MemberMarks, ModifyUserInfoRequest};
use imapi::{Error, VendorError};

/// What the calls gave.
#[derive(Debug)]
struct Outcome {
    /// The members marked, with their marks.
    marked: Vec<MemberMarks>,
    /// How the vendor refused to mark members of a group that does not exist.
    refusal: VendorError,
}

/// Marks two members of the example group, then tries a group that does not exist.
async fn run(client: &Client) -> Result<Outcome, Error> {
    let request = ModifyUserInfoRequest {
        group_id: "@TGS#a6I4ZUUGO".into(),
        command_type: CommandType::Set,
        member_list: vec![MemberMarks {
            member_account: "teacher10".into(),
            marks: vec![1000, 1001],
        }],
    };
    let marked = client.modify_user_info(&request).await?.member_list;

    let unknown = ModifyUserInfoRequest {
        group_id: "@TGS#NoSuchGroup".into(),
        ..request
    };
    let refusal = match client.modify_user_info(&unknown).await {
        Err(Error::Vendor(refusal)) => refusal,
        Err(other) => return Err(other),
        Ok(answer) => {
            return Err(Error::Config(format!(
                "a group that does not exist was marked: {answer:?}"
            )))
        }
    };
    Ok(Outcome { marked, refusal })
}

/// A client of the server at `base_url`, calling as the administrator.
fn client(base_url: &str, sdkappid: u64, secret_key: &str) -> Result<Client, Error> {
    Client::builder(sdkappid, "administrator", secret_key)
        .base_url(base_url)
        .allow_http(true) // the emulator speaks plain HTTP on this machine
        .build()
}

fn var(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

#[tokio::main]
async fn main() -> ExitCode {
    let base_url = var("EMULATOR_URL", "http://127.0.0.1:8080");
    let Ok(sdkappid) = var("TENCENT_SDKAPPID", "1400000000").parse::<u64>() else {
        eprintln!("TENCENT_SDKAPPID is not a number");
        return ExitCode::FAILURE;
    };
    let secret_key = var("TENCENT_SECRETKEY", "local-key");
    let outcome = match client(&base_url, sdkappid, &secret_key) {
        Ok(client) => run(&client).await,
        Err(e) => Err(e),
    };
    match outcome {
        Ok(Outcome { marked, refusal }) => {
            for member in marked {
                println!("marked {} with {:?}", member.member_account, member.marks);
            }
            println!("refused: {refusal}");
            ExitCode::SUCCESS
        }
        Err(Error::Connect(_)) => {
            eprintln!("nothing answers at {base_url}: start the emulator first (see the top of examples/tencent.rs)");
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
    async fn marks_members_and_reports_a_refusal() {
        let config = emulator::Config::new("AKLTlocal", "local-secret", 1400000000, "local-key");
        let local = emulator::Local::start(config).await.unwrap();
        let client = client(&local.base_url, 1400000000, "local-key").unwrap();
        let outcome = run(&client).await.unwrap();
        assert_eq!(outcome.marked.len(), 1);
        assert_eq!(outcome.marked[0].member_account, "teacher10");
        assert_eq!(outcome.marked[0].marks, [1000, 1001]);
        assert_eq!(outcome.refusal.code, "10010");

        // The wrong key is refused before anything is marked.
        let wrong = super::client(&local.base_url, 1400000000, "another-key").unwrap();
        match run(&wrong).await {
            Err(Error::Vendor(e)) => assert_eq!(e.code, "70009"),
            other => panic!("{other:?}"),
        }
    }
}
