//! Tencent Cloud Chat, emulated: a group's life and base information. Creating a group
//! (`CreateGroup`, with a custom ID or one the emulator assigns, `@TGS#…`).

use std::collections::BTreeMap;

use imapi::tencent_chat::{
    errors, ApplyJoinOption, CreateGroupRequest, CreateGroupResponse, GroupType,
};
use imapi_runtime::server::{Fault, RequestContext};

use crate::state::{Group, GroupInfo, Member, State, AV_CHAT_ROOM};
use crate::tencent_groups::COMMUNITY;
use crate::Emulator;

/// The prefix of the group IDs the server assigns; a custom ID must not start with it.
const ASSIGNED_PREFIX: &str = "@TGS#";
/// The prefix every Community group's ID starts with.
const COMMUNITY_PREFIX: &str = "@TGS#_";

/// The most members a group of this type has when `MaxMemberCount` is not given: the web SDK's
/// defaults (Work 200, Public 2,000, Meeting 10,000), 100,000 for a Community group, and no
/// limit (0) for an audio-video group. The page's default, the plan's limit, is not modelled.
pub(crate) fn default_max_members(group_type: &str) -> u32 {
    match group_type {
        "Private" => 200,
        "Public" => 2_000,
        "ChatRoom" => 10_000,
        COMMUNITY => 100_000,
        _ => 0,
    }
}

/// The seconds of a request's arrival.
pub(crate) fn now_secs(context: &RequestContext) -> i64 {
    i64::try_from(context.received_at.as_secs()).unwrap_or(i64::MAX)
}

/// A custom group ID breaks the group system's rules: printable ASCII, no `@TGS#` prefix, but
/// a Community group's `@TGS#_` one (the length is the spec's constraint).
fn custom_id_fault(group_id: &str, group_type: &str) -> Option<Fault> {
    if !group_id.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
        return Some(Fault::new(
            errors::E10004,
            "a custom group ID is printable ASCII (0x20 to 0x7e)",
        ));
    }
    if group_type == COMMUNITY {
        if !group_id.starts_with(COMMUNITY_PREFIX) {
            return Some(Fault::new(
                errors::E10004,
                format!("a Community group's custom ID starts with {COMMUNITY_PREFIX}"),
            ));
        }
    } else if group_id.starts_with(ASSIGNED_PREFIX) {
        return Some(Fault::new(
            errors::E10004,
            format!("a custom group ID must not start with {ASSIGNED_PREFIX}"),
        ));
    }
    None
}

/// An ID like the server's: `@TGS#`, a character for the type, then eight letters and digits
/// drawn from a counter, the first one no group holds; a Community group's starts `@TGS#_@TGS#c`.
fn assigned_id(state: &State, group_type: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let kind = match group_type {
        "Private" => "1",
        "Public" => "2",
        "ChatRoom" => "3",
        AV_CHAT_ROOM => "a",
        COMMUNITY => "_@TGS#c",
        _ => "b",
    };
    let mut n = u64::try_from(state.groups.len()).unwrap_or(0);
    loop {
        // Spread consecutive counters over the alphabet (an odd multiplier is a bijection).
        let mut x = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 24;
        let mut tail = String::with_capacity(8);
        for _ in 0..8 {
            tail.push(char::from(ALPHABET[usize::try_from(x % 32).unwrap_or(0)]));
            x /= 32;
        }
        let id = format!("{ASSIGNED_PREFIX}{kind}{tail}");
        if !state.groups.contains_key(&id) {
            return id;
        }
        n += 1;
    }
}

impl Emulator {
    /// `CreateGroup`: the group is stored with its base information, its owner and initial
    /// members joining now (the owner as `Owner`, a member asked as `Admin` an admin). A custom
    /// ID in use is 10021, or 10025 when the request's owner owns that group (one breaking the
    /// group system's rules is 10004); members named for
    /// an audio-video group are 10007 (its owner is not made a member either: one joins such a
    /// group through the SDK); more members than `MaxMemberCount` is 10038.
    pub(crate) fn create_group_now(
        &self,
        context: &RequestContext,
        request: CreateGroupRequest,
    ) -> Result<CreateGroupResponse, Fault> {
        self.app_admin(context, "CreateGroup")?;
        let group_type = request.r#type.as_str().to_owned();
        if matches!(request.r#type, GroupType::Unknown(_) | GroupType::BChatRoom) {
            return Err(Fault::new(
                errors::E10004,
                format!("Type {group_type} is not a group type CreateGroup creates"),
            ));
        }
        let members = request.member_list.unwrap_or_default();
        if group_type == AV_CHAT_ROOM && !members.is_empty() {
            return Err(Fault::new(
                errors::E10007,
                "an audio-video group (AVChatRoom) takes no members when it is created",
            ));
        }
        let now = now_secs(context);
        let mut joined: BTreeMap<String, Member> = BTreeMap::new();
        if group_type != AV_CHAT_ROOM {
            if let Some(owner) = &request.owner_account {
                joined.insert(owner.clone(), joining(owner, now, false));
            }
            for m in &members {
                let admin =
                    m.role.is_some() && request.owner_account.as_ref() != Some(&m.member_account);
                joined
                    .entry(m.member_account.clone())
                    .or_insert_with(|| joining(&m.member_account, now, admin));
            }
        }
        let max_member_count = match request.max_member_count {
            Some(n) => u32::try_from(n).unwrap_or(1),
            None => default_max_members(&group_type),
        };
        if max_member_count > 0 && joined.len() > max_member_count as usize {
            return Err(Fault::new(
                errors::E10038,
                format!(
                    "{} members do not fit in a group of at most {max_member_count}",
                    joined.len()
                ),
            ));
        }
        let mut state = self.lock();
        let group_id = match request.group_id {
            Some(id) => {
                if let Some(existing) = state.groups.get(&id) {
                    let owned = existing.owner.is_some() && existing.owner == request.owner_account;
                    return Err(if owned {
                        Fault::new(
                            errors::E10025,
                            format!(
                                "group {id} exists and {} owns it",
                                existing.owner.as_deref().unwrap_or_default()
                            ),
                        )
                    } else {
                        Fault::new(errors::E10021, format!("group ID {id} is in use"))
                    });
                }
                if let Some(fault) = custom_id_fault(&id, &group_type) {
                    return Err(fault);
                }
                id
            }
            None => assigned_id(&state, &group_type),
        };
        let info = GroupInfo {
            name: request.name,
            introduction: request.introduction.unwrap_or_default(),
            notification: request.notification.unwrap_or_default(),
            face_url: request.face_url.unwrap_or_default(),
            max_member_count,
            apply_join_option: request
                .apply_join_option
                .unwrap_or(ApplyJoinOption::NeedPermission)
                .as_str()
                .to_owned(),
            create_time: now,
            last_info_time: now,
            mute_all_member: false,
            app_defined_data: request
                .app_defined_data
                .unwrap_or_default()
                .into_iter()
                .map(|d| (d.key, d.value))
                .collect(),
        };
        let community = group_type == COMMUNITY;
        state.groups.insert(
            group_id.clone(),
            Group {
                group_id: group_id.clone(),
                group_type: group_type.clone(),
                owner: request.owner_account,
                members: joined,
                messages: Vec::new(),
                info,
            },
        );
        Ok(CreateGroupResponse {
            group_id,
            r#type: community.then_some(GroupType::Community),
            huge_group_flag: community.then_some(0),
        })
    }
}

/// A member joining now.
fn joining(account: &str, now: i64, admin: bool) -> Member {
    Member {
        account: account.to_owned(),
        online: true,
        join_time: now,
        admin,
        ..Member::default()
    }
}
