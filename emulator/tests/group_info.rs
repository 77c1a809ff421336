//! Tencent's group listing and group information commands on an emulator in this process:
//! `GetAppidGroupList` walked page by page to the end by the generated pager, filtered by
//! group type, and refused to a group owner.

use imapi::tencent_chat as tc;
use imapi_runtime::pager::StreamExt;
use imapi_runtime::{Error, HttpConfig, RetryPolicy};

const SDKAPPID: u64 = 1_400_000_007;
const KEY: &str = "group-info-tencent-key";

async fn start() -> emulator::Local {
    let config = emulator::Config {
        rate_limits: false,
        ..emulator::Config::new("AKLTgroupinfo", "group-info-secret", SDKAPPID, KEY)
    };
    emulator::Local::start(config).await.unwrap()
}

fn tencent(local: &emulator::Local, identifier: &str) -> tc::client::Client {
    tc::client::Client::builder(SDKAPPID, identifier, KEY)
        .base_url(local.base_url.clone())
        .http(HttpConfig {
            allow_http: true,
            retry: RetryPolicy {
                max_attempts: 1,
                ..RetryPolicy::default()
            },
            ..HttpConfig::default()
        })
        .build()
        .unwrap()
}

fn code(e: &Error) -> String {
    e.vendor()
        .map(|v| v.code.clone())
        .unwrap_or_else(|| panic!("a vendor error: {e}"))
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
