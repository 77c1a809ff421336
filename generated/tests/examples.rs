// @generated from spec/ by `cargo run -p codegen -- generate`.
// Do not edit by hand: change the spec and regenerate.

//! Every example of the spec, as a test: it decodes into the generated type and encodes
//! back to the same JSON. Responses are whole bodies, envelope included.

#![cfg(any(feature = "tencent-chat", feature = "volcengine-rtc-im"))]

use imapi::Validate;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Decodes `json` as `T`, encodes it again, and checks that nothing was lost or added.
fn round_trip<T: Serialize + DeserializeOwned>(json: &str) -> T {
    let expected: Value = serde_json::from_str(json).expect("the example is JSON");
    let typed: T = match serde_json::from_str(json) {
        Ok(typed) => typed,
        Err(e) => panic!("the example does not decode: {e}"),
    };
    let encoded = serde_json::to_value(&typed).expect("the value encodes");
    assert_eq!(
        encoded, expected,
        "the example does not survive a round trip"
    );
    typed
}

/// A request example round-trips and satisfies every constraint of the spec.
fn request<T: Serialize + DeserializeOwned + Validate>(json: &str) {
    if let Err(violations) = round_trip::<T>(json).validate() {
        panic!("the example breaks the spec's constraints: {violations}");
    }
}

/// A response example (a whole body, envelope included) round-trips.
fn response<T: Serialize + DeserializeOwned>(json: &str) {
    round_trip::<T>(json);
}

#[cfg(feature = "tencent-chat")]
mod tencent_chat {
    use super::{request, response};
    use imapi::tencent_chat::{Envelope, ModifyUserInfoRequest, ModifyUserInfoResponse};

    /// `ModifyUserInfo` example `set`: the request.
    #[test]
    fn modify_user_info_set_request() {
        request::<ModifyUserInfoRequest>(
            r#"{
  "GroupId": "@TGS#a6I4ZUUGO",
  "CommandType": 1,
  "MemberList": [
    {"Member_Account": "teacher10", "Marks": [1000]},
    {"Member_Account": "student9", "Marks": [1001]}
  ]
}"#,
        );
    }

    /// `ModifyUserInfo` example `set`: the response.
    #[test]
    fn modify_user_info_set_response() {
        response::<Envelope<ModifyUserInfoResponse>>(
            r#"{
  "ActionStatus": "OK",
  "ErrorCode": 0,
  "ErrorInfo": "",
  "CommandType": 1,
  "MemberList": [
    {"Member_Account": "teacher10", "Marks": [1000]},
    {"Member_Account": "student9", "Marks": [1001]}
  ]
}"#,
        );
    }

    /// `ModifyUserInfo` example `delete`: the request.
    #[test]
    fn modify_user_info_delete_request() {
        request::<ModifyUserInfoRequest>(
            r#"{
  "GroupId": "@TGS#a6I4ZUUGO",
  "CommandType": 2,
  "MemberList": [
    {"Member_Account": "teacher10", "Marks": [1000]},
    {"Member_Account": "student9", "Marks": [1001]}
  ]
}"#,
        );
    }
}

#[cfg(feature = "volcengine-rtc-im")]
mod volcengine_rtc_im {
    use super::{request, response};
    use imapi::volcengine_rtc_im::{
        BatchGetConversationParticipantRequest, BatchGetConversationParticipantResponse,
        BatchUpdateLiveParticipantsRequest, BatchUpdateLiveParticipantsResponse, Envelope,
        ModifyConversationSettingRequest, ModifyConversationSettingResponse, ModifyMessageRequest,
        ModifyMessageResponse,
    };

    /// `BatchGetConversationParticipant` example `doc`: the request.
    #[test]
    fn batch_get_conversation_participant_doc_request() {
        request::<BatchGetConversationParticipantRequest>(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "ParticipantUserIds": [2, 3]
}"#,
        );
    }

    /// `BatchGetConversationParticipant` example `doc`: the response.
    #[test]
    fn batch_get_conversation_participant_doc_response() {
        response::<Envelope<BatchGetConversationParticipantResponse>>(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "BatchGetConversationParticipant",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "Participants": [
      {
        "ConversationShortId": 1,
        "ParticipantUserId": 10001,
        "Level": 1,
        "NickName": "NickName1",
        "Operator": 10,
        "Status": 0,
        "CreateTime": 1669694619,
        "Ext": {
          "key": "value",
          "s:from": "biz"
        },
        "Role": 1,
        "BlockTime": 0
      },
      {
        "ConversationShortId": 1,
        "ParticipantUserId": 10002,
        "Level": 20,
        "NickName": "NickName2",
        "Operator": 10,
        "Status": 0,
        "CreateTime": 1669694619,
        "Ext": {
          "key": "value",
          "s:from": "biz"
        },
        "Role": 0,
        "BlockTime": 0
      }
    ]
  }
}"#,
        );
    }

    /// `BatchUpdateLiveParticipants` example `doc`: the request.
    #[test]
    fn batch_update_live_participants_doc_request() {
        request::<BatchUpdateLiveParticipantsRequest>(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "ParticipantInfos": [
    {
      "UserId": 10002,
      "AvatarUrl": "https://xxxx.com",
      "NickName": "Nickname1",
      "Ext": {
        "key": "value"
      },
      "Marks": ["Mark1", "Mark2"]
    },
    {
      "UserId": 10001,
      "AvatarUrl": "https://yyyy.com",
      "NickName": "Nickname2",
      "Ext": {
        "key": "value"
      },
      "Marks": ["Mark1", "Mark2"]
    },
    {
      "UserId": 99999,
      "AvatarUrl": "https://xxxx.com",
      "NickName": "Nickname3",
      "Ext": {
        "key": "value"
      },
      "Marks": ["Mark1", "Mark2"]
    }
  ],
  "MarkAction": 1
}"#,
        );
    }

    /// `BatchUpdateLiveParticipants` example `doc`: the response.
    #[test]
    fn batch_update_live_participants_doc_response() {
        response::<Envelope<BatchUpdateLiveParticipantsResponse>>(
            r#"{
  "ResponseMetadata": {
    "RequestId": "2023092620261328037E0DB0EC6C03DD41",
    "Action": "BatchUpdateLiveParticipants",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "FailedInfos": [
      {
        "UserId": 99999,
        "Code": "ParticipantNotInConversation",
        "Message": "participant not in conversation"
      }
    ]
  }
}"#,
        );
    }

    /// `ModifyConversationSetting` example `doc`: the request.
    #[test]
    fn modify_conversation_setting_doc_request() {
        request::<ModifyConversationSettingRequest>(
            r#"{
  "AppId": 0,
  "ConversationSettingInfo": {
    "ConversationShortId": 1,
    "ParticipantUserId": 10001,
    "IsMute": true,
    "IsStickTop": true,
    "StickTopTime": 0
  }
}"#,
        );
    }

    /// `ModifyConversationSetting` example `doc`: the response.
    #[test]
    fn modify_conversation_setting_doc_response() {
        response::<Envelope<ModifyConversationSettingResponse>>(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "ModifyConversationSetting",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {}
}"#,
        );
    }

    /// `ModifyMessage` example `doc`: the request.
    #[test]
    fn modify_message_doc_request() {
        request::<ModifyMessageRequest>(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "MessageId": 10001,
  "Ext": {"key": "value"},
  "Content": "{\"text\":\"\"}"
}"#,
        );
    }

    /// `ModifyMessage` example `doc`: the response.
    #[test]
    fn modify_message_doc_response() {
        response::<Envelope<ModifyMessageResponse>>(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "ModifyMessage",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {}
}"#,
        );
    }
}
