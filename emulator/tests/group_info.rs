//! Tencent's group listing and group information commands on an emulator in this process:
//! `GetAppidGroupList` walked page by page to the end by the generated pager, filtered by
//! group type, and refused to a group owner; `GetGroupMutedAccount` listing the mutes
//! `ForbidSendMsg` sets, and not those that ended or were lifted.

mod support;

use support::code;

use imapi::tencent_chat as tc;
use imapi_runtime::pager::StreamExt;
use imapi_runtime::Error;

const SDKAPPID: u64 = 1_400_000_007;
const KEY: &str = "group-info-tencent-key";

async fn start() -> emulator::Local {
    support::in_process("AKLTgroupinfo", "group-info-secret", SDKAPPID, KEY).await
}

fn tencent(local: &emulator::Local, identifier: &str) -> tc::client::Client {
    support::tencent_in(local, SDKAPPID, KEY, identifier)
}

/// The groups of the example state, by ID, and those of one type.
fn example_groups(of_type: Option<&str>) -> Vec<String> {
    emulator::State::example()
        .groups
        .values()
        .filter(|g| of_type.is_none_or(|t| g.group_type == t))
        .map(|g| g.group_id.clone())
        .collect()
}

#[tokio::test]
async fn the_apps_groups_are_listed_page_by_page_to_the_end() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let all = example_groups(None);
    assert!(all.len() > 4, "the example state has enough groups to page");

    // Everything in one answer: Next 0 says it is the last page.
    let one = admin
        .get_appid_group_list(&tc::GetAppidGroupListRequest::default())
        .await
        .unwrap();
    assert_eq!(one.next, 0);
    assert_eq!(one.total_count as usize, all.len());

    // Two a page: the pager follows Next until it is 0, and every page counts them all.
    let request = tc::GetAppidGroupListRequest {
        limit: Some(2),
        ..Default::default()
    };
    let pages: Vec<_> = admin
        .get_appid_group_list_pages(request)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(pages.len(), all.len().div_ceil(2));
    assert!(pages.iter().all(|p| p.total_count as usize == all.len()));
    assert!(pages[..pages.len() - 1].iter().all(|p| p.next != 0));
    assert_eq!(pages.last().unwrap().next, 0);
    let walked: Vec<String> = pages
        .iter()
        .flat_map(|p| p.group_id_list.iter().map(|g| g.group_id.clone()))
        .collect();
    assert_eq!(walked, all);

    // One type: the list and the count keep that type only.
    let public = admin
        .get_appid_group_list(&tc::GetAppidGroupListRequest {
            group_type: Some(tc::GroupType::Public),
            ..Default::default()
        })
        .await
        .unwrap();
    let listed: Vec<String> = public
        .group_id_list
        .into_iter()
        .map(|g| g.group_id)
        .collect();
    assert_eq!(listed, example_groups(Some("Public")));
    assert_eq!(public.total_count as usize, listed.len());
    assert!(listed.len() < all.len());
}

#[tokio::test]
async fn only_app_administrators_list_the_apps_groups() {
    let local = start().await;
    // leckie owns a group, so the gateway lets the call through; the command refuses it.
    let owner = tencent(&local, "leckie");
    let e = owner
        .get_appid_group_list(&tc::GetAppidGroupListRequest::default())
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    // A type the page does not list: the client does not send it (the emulator's 10004 for
    // it is in the refusal corpus, sent without the client's check).
    let admin = tencent(&local, "administrator");
    let e = admin
        .get_appid_group_list(&tc::GetAppidGroupListRequest {
            group_type: Some(tc::GroupType::Unknown("Bogus".into())),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
}

async fn muted(client: &tc::client::Client, group: &str) -> Vec<(String, i64)> {
    let answer = client
        .get_group_muted_account(&tc::GetGroupMutedAccountRequest {
            group_id: group.into(),
        })
        .await
        .unwrap();
    assert_eq!(answer.group_id, group);
    answer
        .shutted_uin_list
        .into_iter()
        .map(|m| (m.member_account, m.shutted_until))
        .collect()
}

#[tokio::test]
async fn the_muted_members_are_those_forbid_send_msg_muted_until_the_mute_ends() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#1KGZ2RAEU";
    // The example state: peter muted until 2100, tommy's mute long over, leckie never muted.
    assert_eq!(
        muted(&admin, group).await,
        [("peter".to_owned(), 4_102_444_800)]
    );

    let mute = |accounts: &[&str], seconds: i64| tc::ForbidSendMsgRequest {
        group_id: group.into(),
        members_account: accounts.iter().map(|a| (*a).to_owned()).collect(),
        shut_up_time: seconds,
    };
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    admin
        .forbid_send_msg(&mute(&["tommy", "leckie"], 600))
        .await
        .unwrap();
    let listed = muted(&admin, group).await;
    let accounts: Vec<&str> = listed.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(accounts, ["leckie", "peter", "tommy"]);
    let until = listed.iter().find(|(a, _)| a == "tommy").unwrap().1;
    assert!((before + 600..=before + 602).contains(&until), "{until}");

    // Unmuted with 0: off the list.
    admin
        .forbid_send_msg(&mute(&["peter", "leckie"], 0))
        .await
        .unwrap();
    assert_eq!(
        muted(&admin, group)
            .await
            .into_iter()
            .map(|(a, _)| a)
            .collect::<Vec<_>>(),
        ["tommy"]
    );

    // The refusals: an owner is not an administrator, and a group must exist.
    let owner = tencent(&local, "leckie");
    let e = owner
        .get_group_muted_account(&tc::GetGroupMutedAccountRequest {
            group_id: group.into(),
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = admin
        .get_group_muted_account(&tc::GetGroupMutedAccountRequest {
            group_id: "@TGS#none".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10010");
}
