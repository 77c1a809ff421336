//! Volcengine users, friends and black lists on an emulator in this process: registered users
//! are read back and unregistered ones are not found, profiles and tags change as documented,
//! friendships hold both ways, the black list merges its extension fields as the page's examples
//! say, and ListFriend and GetBlackList page through long lists (oldest first, newest first).

mod support;

use support::code;

use std::collections::BTreeMap;

use imapi::volcengine_rtc_im as vc;
use imapi_runtime::pager::StreamExt;
use imapi_runtime::{Error, HttpConfig};

const AK: &str = "AKLTusers";
const SK: &str = "users-secret";

const STATE: &str = r#"
volcengine:
  users:
    - {app_id: 0, user_id: 1, nick_name: One, tags: [a], connections: [{conn_id: c1, device_id: 7, client_version: 3, platform: ios}, {conn_id: c2, platform: web}]}
    - {app_id: 0, user_id: 2, nick_name: Two}
"#;

fn http() -> HttpConfig {
    support::http()
}

async fn start_with(state: emulator::State) -> (emulator::Local, vc::client::Client) {
    let config = emulator::Config {
        rate_limits: false,
        state,
        ..emulator::Config::new(AK, SK, 1_400_000_007, "users-tencent-key")
    };
    let local = emulator::Local::start(config).await.unwrap();
    let client = vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(local.base_url.clone())
        .http(http())
        .build()
        .unwrap();
    (local, client)
}

async fn start() -> (emulator::Local, vc::client::Client) {
    start_with(emulator::State::parse(STATE).unwrap()).await
}

/// A client that sends what it is given, so that the server's own checks answer.
fn unchecked(local: &emulator::Local) -> vc::client::Client {
    vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(local.base_url.clone())
        .http(http())
        .validate(false)
        .build()
        .unwrap()
}

fn ext(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The users of `FailedInfos`.
fn failed(infos: Option<Vec<vc::FailedInfo>>) -> Vec<i64> {
    infos
        .unwrap_or_default()
        .iter()
        .map(|f| f.user_id)
        .collect()
}

async fn get(client: &vc::client::Client, ids: &[i64]) -> vc::BatchGetUserResponse {
    client
        .batch_get_user(&vc::BatchGetUserRequest::new(0, ids.to_vec()))
        .await
        .unwrap()
}

#[tokio::test]
async fn registered_users_are_read_back_and_unregistered_ones_are_not_found() {
    let (_local, client) = start().await;
    let users = vec![
        vc::RegisterUserInfo::new(10)
            .with_nick_name("Ten")
            .with_ext(ext(&[("k", "v")]))
            .with_tags(vec!["x".into(), "x".into(), "y".into()]),
        // A key IM reserves: this user is not registered, the others are.
        vc::RegisterUserInfo::new(11).with_ext(ext(&[("s:own", "v")])),
        vc::RegisterUserInfo::new(12),
    ];
    let answer = client
        .register_users(&vc::RegisterUsersRequest::new(0, users))
        .await
        .unwrap();
    assert_eq!(failed(answer.failed_infos.clone()), [11]);
    assert_eq!(answer.failed_infos.unwrap()[0].code, "InvalidParam");

    let read = get(&client, &[10, 11, 12, 99]).await;
    assert_eq!(read.not_found_users, [11, 99]);
    let ten = &read.users[0];
    assert_eq!((ten.user_id, ten.nick_name.as_str()), (10, "Ten"));
    assert_eq!(ten.ext, ext(&[("k", "v")]));
    assert_eq!(
        ten.tags.as_deref(),
        Some(&["x".to_owned(), "y".to_owned()][..])
    );
    assert_eq!(read.users[1].user_id, 12);

    // Registering again replaces the profile and keeps the registration time.
    let again = vc::RegisterUserInfo::new(10).with_nick_name("Ten again");
    client
        .register_users(&vc::RegisterUsersRequest::new(0, vec![again]))
        .await
        .unwrap();
    let read_again = get(&client, &[10]).await;
    assert_eq!(read_again.users[0].nick_name, "Ten again");
    assert_eq!(read_again.users[0].create_time, ten.create_time);
    assert!(read_again.users[0].ext.is_empty());

    // Unregistered users are not found; unregistering a stranger is no failure.
    let gone = client
        .un_register_users(&vc::UnRegisterUsersRequest::new(0, vec![10, 99]))
        .await
        .unwrap();
    assert!(failed(gone.failed_infos).is_empty());
    assert_eq!(get(&client, &[10, 12]).await.not_found_users, [10]);
}

#[tokio::test]
async fn the_batch_limits_are_refused_by_the_client_and_by_the_server() {
    let (local, client) = start().await;
    let raw = unchecked(&local);
    let many = |n: i64| (1..=n).map(vc::RegisterUserInfo::new).collect::<Vec<_>>();
    let big = vc::RegisterUsersRequest::new(0, many(21));
    assert!(matches!(
        client.register_users(&big).await,
        Err(Error::InvalidRequest(_))
    ));
    assert_eq!(
        code(&raw.register_users(&big).await.unwrap_err()),
        "InvalidParam"
    );
    // A list of no one is refused too (the spec's `min_items: 1`).
    let none = vc::RegisterUsersRequest::new(0, Vec::new());
    assert_eq!(
        code(&raw.register_users(&none).await.unwrap_err()),
        "InvalidParam"
    );
    let ok = vc::RegisterUsersRequest::new(0, many(20));
    assert!(failed(client.register_users(&ok).await.unwrap().failed_infos).is_empty());

    let eleven = vc::UnRegisterUsersRequest::new(0, (1..=11).collect());
    assert_eq!(
        code(&raw.un_register_users(&eleven).await.unwrap_err()),
        "InvalidParam"
    );
    let fifty_one = vc::BatchGetUserRequest::new(0, (1..=51).collect());
    assert_eq!(
        code(&raw.batch_get_user(&fifty_one).await.unwrap_err()),
        "InvalidParam"
    );
    assert_eq!(
        get(&client, &(1..=50).collect::<Vec<_>>())
            .await
            .users
            .len(),
        20
    );
    let too_many_friends = vc::AddFriendRequest::new(0, 1, (100..111).collect());
    assert_eq!(
        code(&raw.add_friend(&too_many_friends).await.unwrap_err()),
        "InvalidParam"
    );
    let page = vc::ListFriendRequest::new(0, 1).with_limit(21);
    assert_eq!(
        code(&raw.list_friend(&page).await.unwrap_err()),
        "InvalidParam"
    );
    let page = vc::GetBlackListRequest::new(0, 1, 0, 21);
    assert_eq!(
        code(&raw.get_black_list(&page).await.unwrap_err()),
        "InvalidParam"
    );
    // UpdateFriend needs Ext or Alias in each item.
    let empty = vc::UpdateFriendRequest::new(0, 1, vec![vc::FriendInfo::new(2)]);
    assert!(matches!(
        client.update_friend(&empty).await,
        Err(Error::InvalidRequest(_))
    ));
    assert_eq!(
        code(&raw.update_friend(&empty).await.unwrap_err()),
        "InvalidParam"
    );
}

#[tokio::test]
async fn profiles_are_replaced_and_tags_added_or_deleted() {
    let (_local, client) = start().await;
    let profile = |id| {
        vc::UpdateUserInfo::new(
            id,
            "New",
            "https://example.com/p.png",
            ext(&[("k", "v")]),
            vec!["b".into()],
        )
    };
    let answer = client
        .batch_update_user(&vc::BatchUpdateUserRequest::new(
            0,
            vec![profile(1), profile(3)],
        ))
        .await
        .unwrap();
    assert_eq!(failed(answer.failed_infos), [3], "3 is not registered");
    let one = get(&client, &[1]).await.users.remove(0);
    assert_eq!(one.nick_name, "New");
    assert_eq!(one.portrait, "https://example.com/p.png");
    assert_eq!(one.tags, Some(vec!["b".to_owned()]));

    let add = vc::BatchUpdateUserTagsRequest::new(0, vec![1, 2, 3], vec!["b".into(), "c".into()]);
    let answer = client.batch_update_user_tags(&add).await.unwrap();
    assert_eq!(failed(answer.failed_infos), [3]);
    let tags = |u: &vc::UserInfo| u.tags.clone().unwrap_or_default();
    let read = get(&client, &[1, 2]).await;
    assert_eq!(tags(&read.users[0]), ["b", "c"]);
    assert_eq!(tags(&read.users[1]), ["b", "c"]);

    let delete = vc::BatchUpdateUserTagsRequest::new(0, vec![1], vec!["b".into()])
        .with_op(vc::TagUpdateOp::Delete);
    client.batch_update_user_tags(&delete).await.unwrap();
    assert_eq!(tags(&get(&client, &[1]).await.users[0]), ["c"]);
}

#[tokio::test]
async fn only_users_with_connections_are_online() {
    let (_local, client) = start().await;
    let answer = client
        .query_online_status(&vc::QueryOnlineStatusRequest::new(0, vec![1, 2, 3]))
        .await
        .unwrap();
    assert_eq!(answer.app_id, 0);
    assert_eq!(
        answer.query_online_results.len(),
        1,
        "only user 1 is online"
    );
    let one = &answer.query_online_results["1"];
    assert_eq!(one.len(), 2);
    assert_eq!((one[0].conn_id.as_str(), one[0].device_id), ("c1", 7));
    assert_eq!((one[1].platform.as_str(), one[1].user_id), ("web", 1));
}

async fn is_friend(client: &vc::client::Client, user: i64, other: i64) -> bool {
    client
        .is_friend(&vc::IsFriendRequest::new(0, user, vec![other]))
        .await
        .unwrap()
        .infos[0]
        .is_friend
}

#[tokio::test]
async fn friendships_hold_both_ways_and_each_side_keeps_its_alias() {
    let (_local, client) = start().await;
    let add = vc::AddFriendRequest::new(0, 1, vec![2, 1]).with_ext(ext(&[("k", "v")]));
    let answer = client.add_friend(&add).await.unwrap();
    assert_eq!(
        failed(answer.failed_infos),
        [1],
        "nobody is their own friend"
    );
    assert!(is_friend(&client, 1, 2).await && is_friend(&client, 2, 1).await);
    let again = client
        .add_friend(&add.clone().with_inbox_type(0))
        .await
        .unwrap();
    assert_eq!(failed(again.failed_infos), [2, 1], "2 is a friend already");
    // Another inbox holds other relations.
    let other_inbox = vc::IsFriendRequest::new(0, 1, vec![2]).with_inbox_type(5);
    assert!(!client.is_friend(&other_inbox).await.unwrap().infos[0].is_friend);

    // UpdateFriend changes the user's side only; a stranger fails.
    let update = vc::UpdateFriendRequest::new(
        0,
        1,
        vec![
            vc::FriendInfo::new(2).with_alias("Twoey"),
            vc::FriendInfo::new(3).with_alias("Three"),
        ],
    );
    assert_eq!(
        failed(client.update_friend(&update).await.unwrap().failed_infos),
        [3]
    );
    let list = |user| vc::ListFriendRequest::new(0, user);
    let mine = client.list_friend(&list(1)).await.unwrap().friend_infos;
    let theirs = client.list_friend(&list(2)).await.unwrap().friend_infos;
    assert_eq!(
        (mine[0].friend_user_id, mine[0].alias.as_str()),
        (2, "Twoey")
    );
    assert_eq!(mine[0].ext, Some(ext(&[("k", "v")])));
    assert_eq!(
        (theirs[0].friend_user_id, theirs[0].alias.as_str()),
        (1, "")
    );

    // DeleteFriend ends it for both; deleting a stranger fails.
    let delete = vc::DeleteFriendRequest::new(0, 2, vec![1, 3]);
    assert_eq!(
        failed(client.delete_friend(&delete).await.unwrap().failed_infos),
        [3]
    );
    assert!(!is_friend(&client, 1, 2).await && !is_friend(&client, 2, 1).await);
}

#[tokio::test]
async fn list_friend_walks_the_friends_in_the_order_added() {
    let (_local, client) = start().await;
    for batch in 0..5 {
        let ids: Vec<i64> = (0..10).map(|i| 1000 + batch * 10 + i).collect();
        let answer = client
            .add_friend(&vc::AddFriendRequest::new(0, 1, ids))
            .await
            .unwrap();
        assert!(failed(answer.failed_infos).is_empty());
    }
    let first = vc::ListFriendRequest::new(0, 1).with_need_total(true);
    let pages: Vec<_> = client
        .list_friend_pages(first)
        .map(|p| p.expect("a page"))
        .collect()
        .await;
    let sizes: Vec<usize> = pages.iter().map(|p| p.friend_infos.len()).collect();
    assert_eq!(sizes, [20, 20, 10]);
    assert_eq!(pages[0].next_cursor, 20);
    assert!(pages[1].has_more && !pages[2].has_more);
    assert!(pages[2].next_cursor < 0, "negative at the end");
    assert_eq!(pages[0].total_count, 50);
    let walked: Vec<i64> = pages
        .iter()
        .flat_map(|p| p.friend_infos.iter().map(|f| f.friend_user_id))
        .collect();
    assert_eq!(walked, (1000..1050).collect::<Vec<_>>());
    // Without NeedTotal the total is not counted.
    let plain = client
        .list_friend(&vc::ListFriendRequest::new(0, 1).with_limit(5))
        .await
        .unwrap();
    assert_eq!((plain.friend_infos.len(), plain.total_count), (5, 0));
}

fn block(id: i64, pairs: &[(&str, &str)]) -> vc::BlackListUserInfo {
    vc::BlackListUserInfo::new(id).with_black_list_user_ext(ext(pairs))
}

#[tokio::test]
async fn black_lists_merge_their_ext_and_walk_newest_first() {
    let (_local, client) = start().await;
    let add =
        vc::AddBlackListRequest::new(0, 1, vec![block(2, &[("key1", "value1")]), block(1, &[])]);
    assert_eq!(
        failed(client.add_black_list(&add).await.unwrap().failed_infos),
        [1]
    );
    let again = vc::AddBlackListRequest::new(0, 1, vec![block(2, &[])]);
    assert_eq!(
        failed(client.add_black_list(&again).await.unwrap().failed_infos),
        [2]
    );

    // The page's two examples: an existing key is overwritten, a new key is added.
    let update = |pairs: &[(&str, &str)]| {
        vc::UpdateBlackListRequest::new(
            0,
            1,
            vec![
                vc::BlackListUserUpdate::new(2, ext(pairs)),
                vc::BlackListUserUpdate::new(3, ext(pairs)),
            ],
        )
    };
    let answer = client
        .update_black_list(&update(&[("key1", "value2")]))
        .await
        .unwrap();
    assert_eq!(
        failed(answer.failed_infos),
        [3],
        "3 is not in the black list"
    );
    client
        .update_black_list(&update(&[("key2", "value2")]))
        .await
        .unwrap();
    let list = client
        .get_black_list(&vc::GetBlackListRequest::new(0, 1, 0, 20))
        .await
        .unwrap();
    assert_eq!(
        list.black_list_infos[0].black_list_user_ext,
        Some(ext(&[("key1", "value2"), ("key2", "value2")]))
    );
    assert!(list.black_list_infos[0].friend_user_info.is_none());

    // Blocking a friend keeps the friendship, which the black list shows.
    client
        .add_friend(&vc::AddFriendRequest::new(0, 1, vec![2]))
        .await
        .unwrap();
    let list = client
        .get_black_list(&vc::GetBlackListRequest::new(0, 1, 0, 20))
        .await
        .unwrap();
    let friend = list.black_list_infos[0].friend_user_info.as_ref().unwrap();
    assert_eq!(friend.friend_user_id, 2);

    let check = vc::IsInBlackListRequest::new(0, 1, vec![2, 3]);
    let answer = client.is_in_black_list(&check).await.unwrap();
    assert_eq!(
        answer.is_in_black_list_infos,
        BTreeMap::from([("2".to_owned(), true), ("3".to_owned(), false)])
    );
    client
        .remove_black_list(&vc::RemoveBlackListRequest::new(0, 1, vec![2, 3]))
        .await
        .unwrap();
    let answer = client.is_in_black_list(&check).await.unwrap();
    assert!(answer.is_in_black_list_infos.values().all(|in_it| !in_it));

    // 25 users blocked, walked ten at a time: the last added first.
    for batch in 0..3 {
        let infos: Vec<_> = (0..10)
            .map(|i| 100 + batch * 10 + i)
            .filter(|id| *id < 125)
            .map(|id| block(id, &[]))
            .collect();
        client
            .add_black_list(&vc::AddBlackListRequest::new(0, 1, infos))
            .await
            .unwrap();
    }
    let pages: Vec<_> = client
        .get_black_list_pages(vc::GetBlackListRequest::new(0, 1, 0, 10).with_need_total(true))
        .map(|p| p.expect("a page"))
        .collect()
        .await;
    let sizes: Vec<usize> = pages.iter().map(|p| p.black_list_infos.len()).collect();
    assert_eq!(sizes, [10, 10, 5]);
    assert_eq!(pages[0].total_count, 25);
    let walked: Vec<i64> = pages
        .iter()
        .flat_map(|p| p.black_list_infos.iter().map(|b| b.black_list_user_id))
        .collect();
    assert_eq!(walked, (100..125).rev().collect::<Vec<_>>());
}

#[tokio::test]
async fn is_friend_answers_the_documented_example_on_the_example_state() {
    let (_local, client) = start_with(emulator::State::example()).await;
    let request = vc::IsFriendRequest::new(0, 10001, vec![10002, 2000]).with_inbox_type(0);
    let answer = client.is_friend(&request).await.unwrap();
    let got: Vec<(i64, bool)> = answer
        .infos
        .iter()
        .map(|i| (i.friend_user_id, i.is_friend))
        .collect();
    assert_eq!(got, [(10002, false), (2000, true)]);
}
