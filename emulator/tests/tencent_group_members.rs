//! Tencent's group member commands on an emulator in this process: `ModifyGroupMemberInfo`
//! changing a member's role, message blocking type, name card, custom fields and mute, as
//! `GetGroupMemberInfo`, `GetRoleInGroup` and `GetGroupMutedAccount` then answer them, and
//! refusing what the page and the spec's judgement refuse without changing anything.

mod support;

use imapi::tencent_chat as tc;
use imapi_runtime::Error;

const SDKAPPID: u64 = 1_400_000_008;
const KEY: &str = "group-members-tencent-key";
/// ModifyGroupMemberInfo's example group: leckie owns it, bob is a member.
const GROUP: &str = "@TGS#2CLUZEAEJ";

async fn start() -> emulator::Local {
    let config = emulator::Config {
        rate_limits: false,
        ..emulator::Config::new("AKLTgroupmembers", "group-members-secret", SDKAPPID, KEY)
    };
    emulator::Local::start(config).await.unwrap()
}

fn tencent(local: &emulator::Local, identifier: &str) -> tc::client::Client {
    tc::client::Client::builder(SDKAPPID, identifier, KEY)
        .base_url(local.base_url.clone())
        .http(support::http())
        .build()
        .unwrap()
}

fn code(e: &Error) -> String {
    e.vendor()
        .map(|v| v.code.clone())
        .unwrap_or_else(|| panic!("a vendor error: {e}"))
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn modify(account: &str) -> tc::ModifyGroupMemberInfoRequest {
    tc::ModifyGroupMemberInfoRequest {
        group_id: GROUP.into(),
        member_account: account.into(),
        ..Default::default()
    }
}

/// One member's profile as `GetGroupMemberInfo` answers it, custom fields `keys` asked for.
async fn profile(client: &tc::client::Client, account: &str, keys: &[&str]) -> tc::GroupMemberInfo {
    let answer = client
        .get_group_member_info(&tc::GetGroupMemberInfoRequest {
            group_id: GROUP.into(),
            app_defined_data_filter_group_member: Some(
                keys.iter().map(|k| (*k).to_owned()).collect(),
            ),
            ..Default::default()
        })
        .await
        .unwrap();
    answer
        .member_list
        .into_iter()
        .find(|m| m.member_account == account)
        .unwrap_or_else(|| panic!("{account} is listed"))
}

async fn role(client: &tc::client::Client, account: &str) -> tc::RoleInGroup {
    let answer = client
        .get_role_in_group(&tc::GetRoleInGroupRequest {
            group_id: GROUP.into(),
            user_account: vec![account.into()],
        })
        .await
        .unwrap();
    answer.user_id_list[0].role.clone()
}

#[tokio::test]
async fn a_member_is_made_an_admin_and_a_member_again() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    assert_eq!(role(&admin, "bob").await, tc::RoleInGroup::Member);

    let set = tc::ModifyGroupMemberInfoRequest {
        role: Some(tc::GroupMemberRole::Admin),
        ..modify("bob")
    };
    admin.modify_group_member_info(&set).await.unwrap();
    assert_eq!(role(&admin, "bob").await, tc::RoleInGroup::Admin);
    assert_eq!(
        profile(&admin, "bob", &[]).await.role,
        Some(tc::GroupMemberRole::Admin)
    );
    // Setting it twice is the same.
    admin.modify_group_member_info(&set).await.unwrap();

    let cancel = tc::ModifyGroupMemberInfoRequest {
        role: Some(tc::GroupMemberRole::Member),
        ..modify("bob")
    };
    admin.modify_group_member_info(&cancel).await.unwrap();
    assert_eq!(role(&admin, "bob").await, tc::RoleInGroup::Member);

    // The owner's role is not this command's to change, nor is Owner a role it sets.
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            role: Some(tc::GroupMemberRole::Admin),
            ..modify("leckie")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            role: Some(tc::GroupMemberRole::Owner),
            ..modify("bob")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    assert_eq!(role(&admin, "leckie").await, tc::RoleInGroup::Owner);
    assert_eq!(role(&admin, "bob").await, tc::RoleInGroup::Member);
}

#[tokio::test]
async fn the_profile_fields_set_are_those_get_group_member_info_answers() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    // The example state: bob's name card, flag and one custom field.
    let bob = profile(&admin, "bob", &["MemberDefined1", "MemberDefined3"]).await;
    assert_eq!(bob.name_card.as_deref(), Some("Bobby"));
    assert_eq!(bob.msg_flag, Some(tc::GroupMsgFlag::AcceptNotNotify));
    let fields = |m: &tc::GroupMemberInfo| -> Vec<(String, String)> {
        m.app_member_defined_data
            .iter()
            .flatten()
            .map(|f| (f.key.clone(), f.value.clone()))
            .collect()
    };
    assert_eq!(fields(&bob), [("MemberDefined1".into(), "Data1".into())]);

    admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            msg_flag: Some(tc::GroupMsgFlag::Discard),
            name_card: Some("bob the builder".into()),
            app_member_defined_data: Some(vec![tc::AppMemberDefinedData {
                key: "MemberDefined3".into(),
                value: "ModifyData3".into(),
            }]),
            ..modify("bob")
        })
        .await
        .unwrap();
    let bob = profile(&admin, "bob", &["MemberDefined1", "MemberDefined3"]).await;
    assert_eq!(bob.name_card.as_deref(), Some("bob the builder"));
    assert_eq!(bob.msg_flag, Some(tc::GroupMsgFlag::Discard));
    // The key sent is added; the one not sent keeps its value.
    assert_eq!(
        fields(&bob),
        [
            ("MemberDefined1".into(), "Data1".into()),
            ("MemberDefined3".into(), "ModifyData3".into())
        ]
    );
    // Custom fields only when asked for, and only those asked for.
    assert_eq!(
        profile(&admin, "bob", &["MemberDefined3"])
            .await
            .app_member_defined_data
            .map(|f| f.len()),
        Some(1)
    );
    let plain = admin
        .get_group_member_info(&tc::GetGroupMemberInfoRequest {
            group_id: GROUP.into(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(plain
        .member_list
        .iter()
        .all(|m| m.app_member_defined_data.is_none()));
    // An untouched member reads AcceptAndNotify and an empty name card.
    let leckie = profile(&admin, "leckie", &[]).await;
    assert_eq!(leckie.msg_flag, Some(tc::GroupMsgFlag::AcceptAndNotify));
    assert_eq!(leckie.name_card.as_deref(), Some(""));

    // A name card past 50 bytes is refused (by the client before it is sent).
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            name_card: Some("x".repeat(51)),
            ..modify("bob")
        })
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
}

#[tokio::test]
async fn shut_up_time_mutes_and_unmutes_as_forbid_send_msg_does() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let muted = |answer: tc::GetGroupMutedAccountResponse| -> Vec<(String, i64)> {
        answer
            .shutted_uin_list
            .into_iter()
            .map(|m| (m.member_account, m.shutted_until))
            .collect()
    };
    let list = tc::GetGroupMutedAccountRequest {
        group_id: GROUP.into(),
    };
    assert!(muted(admin.get_group_muted_account(&list).await.unwrap()).is_empty());

    let before = now();
    admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            shut_up_time: Some(86_400),
            ..modify("bob")
        })
        .await
        .unwrap();
    let listed = muted(admin.get_group_muted_account(&list).await.unwrap());
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].0, "bob");
    assert!((before + 86_400..=before + 86_402).contains(&listed[0].1));
    assert_eq!(
        profile(&admin, "bob", &[]).await.shut_up_until,
        Some(listed[0].1)
    );

    admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            shut_up_time: Some(0),
            ..modify("bob")
        })
        .await
        .unwrap();
    assert!(muted(admin.get_group_muted_account(&list).await.unwrap()).is_empty());
}

#[tokio::test]
async fn a_refused_modification_changes_nothing() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    // A valid name card beside the owner's role change: the whole request is refused.
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            name_card: Some("the boss".into()),
            role: Some(tc::GroupMemberRole::Member),
            ..modify("leckie")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    assert_eq!(
        profile(&admin, "leckie", &[]).await.name_card.as_deref(),
        Some("")
    );

    // Not a member; an audio-video group; a mute in a Private group; a group owner calling; a group that is gone.
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            name_card: Some("Wes".into()),
            ..modify("wesley")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            group_id: "@TGS#a6I4ZUUGO".into(),
            name_card: Some("student".into()),
            ..modify("student9")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            group_id: "@TGS#2WORKGRP".into(),
            shut_up_time: Some(60),
            ..modify("bob")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    // Other fields of a Private group's members may change.
    admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            group_id: "@TGS#2WORKGRP".into(),
            name_card: Some("bob at work".into()),
            ..modify("bob")
        })
        .await
        .unwrap();
    let e = tencent(&local, "leckie")
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            role: Some(tc::GroupMemberRole::Admin),
            ..modify("bob")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            group_id: "@TGS#none".into(),
            ..modify("bob")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10010");
}
