//! Tencent Cloud Chat, emulated: a group's life and base information. Creating a group
//! (`CreateGroup`, with a custom ID or one the emulator assigns, `@TGS#…`) and reading its
//! information (`GetGroupInfo`, filtered as asked, one item per group), and changing it
//! (`ModifyGroupBaseInfo`); the groups an account joined (`GetJoinedGroupList`, paged by
//! offset); importing a group with its creation time (`ImportGroup`).

use std::collections::BTreeMap;

use imapi::tencent_chat::{
    errors, ApplyJoinOption, CreateGroupRequest, CreateGroupResponse, GetGroupInfoRequest,
    GetGroupInfoResponse, GetJoinedGroupListRequest, GetJoinedGroupListResponse, GroupDefinedData,
    GroupInfoItem, GroupInfoMember, GroupMemberRole, GroupMsgFlag, GroupType, ImportGroupRequest,
    ImportGroupResponse, JoinedGroup, JoinedGroupSelfInfo, ModifyGroupBaseInfoRequest,
    ModifyGroupBaseInfoResponse, MuteAllMember,
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
        self.store_group(request, crate::received_secs(context))
    }

    /// Stores the group `request` describes, created at `now`: `CreateGroup`'s and
    /// `ImportGroup`'s shared work once the caller is checked.
    fn store_group(
        &self,
        request: CreateGroupRequest,
        now: i64,
    ) -> Result<CreateGroupResponse, Fault> {
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
                notifications: Vec::new(),
                banned: Default::default(),
                repeats: Default::default(),
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

/// What a `GetGroupInfo` request asks for: everything without a filter, else what each names.
struct Wanted<'a> {
    base: Option<&'a [String]>,
    members: Option<&'a [String]>,
    custom: Option<&'a [String]>,
    everything: bool,
}

impl Wanted<'_> {
    fn base(&self, field: &str) -> bool {
        self.everything || self.base.is_some_and(|f| f.iter().any(|n| n == field))
    }

    fn member(&self, field: &str) -> bool {
        self.everything || self.members.is_some_and(|f| f.iter().any(|n| n == field))
    }

    fn members(&self) -> bool {
        self.everything || self.members.is_some()
    }

    fn custom(&self, key: &str) -> bool {
        self.everything || self.custom.is_some_and(|f| f.iter().any(|n| n == key))
    }
}

/// The stored join option, `NeedPermission` when none was set.
pub(crate) fn join_option(info: &GroupInfo) -> ApplyJoinOption {
    match info.apply_join_option.as_str() {
        "" | "NeedPermission" => ApplyJoinOption::NeedPermission,
        "FreeAccess" => ApplyJoinOption::FreeAccess,
        "DisableApply" => ApplyJoinOption::DisableApply,
        other => ApplyJoinOption::Unknown(other.to_owned()),
    }
}

/// The group's member limit: the stored one, or its type's default.
pub(crate) fn max_members(group: &Group) -> u32 {
    match group.info.max_member_count {
        0 => default_max_members(&group.group_type),
        n => n,
    }
}

/// A group's item as `wanted` asks for it.
fn group_item(group: &Group, app: Option<i64>, wanted: &Wanted) -> GroupInfoItem {
    let info = &group.info;
    let some = |field: &str| wanted.base(field);
    let text = |field: &str, value: &str| some(field).then(|| value.to_owned());
    let count = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
    let custom: Vec<GroupDefinedData> = info
        .app_defined_data
        .iter()
        .filter(|(k, _)| wanted.custom(k))
        .map(|(k, v)| GroupDefinedData {
            key: k.clone(),
            value: v.clone(),
        })
        .collect();
    let mut members: Vec<&Member> = group.members.values().collect();
    // In the order they joined; of those who joined together, the owner first.
    members.sort_by_key(|m| (m.join_time, group.owner.as_ref() != Some(&m.account)));
    let member_list = wanted.members().then(|| {
        members
            .iter()
            .map(|m| member_item(group, m, wanted))
            .collect()
    });
    GroupInfoItem {
        group_id: group.group_id.clone(),
        error_code: 0,
        error_info: String::new(),
        r#type: some("Type").then(|| GroupType::from(group.group_type.clone())),
        name: text("Name", &info.name),
        appid: if some("Appid") { app } else { None },
        introduction: text("Introduction", &info.introduction),
        notification: text("Notification", &info.notification),
        face_url: text("FaceUrl", &info.face_url),
        owner_account: if some("Owner_Account") {
            Some(group.owner.clone().unwrap_or_default())
        } else {
            None
        },
        create_time: some("CreateTime").then_some(info.create_time),
        last_info_time: some("LastInfoTime").then_some(info.last_info_time),
        last_msg_time: some("LastMsgTime").then(|| group.messages.last().map_or(0, |m| m.time)),
        next_msg_seq: some("NextMsgSeq").then(|| {
            group.messages.last().map_or(1, |m| {
                i64::try_from(m.seq).unwrap_or(i64::MAX).saturating_add(1)
            })
        }),
        member_num: some("MemberNum").then(|| count(group.members.len())),
        max_member_num: some("MaxMemberNum")
            .then(|| i32::try_from(max_members(group)).unwrap_or(i32::MAX)),
        apply_join_option: some("ApplyJoinOption").then(|| join_option(info)),
        mute_all_member: some("MuteAllMember").then_some(if info.mute_all_member {
            MuteAllMember::On
        } else {
            MuteAllMember::Off
        }),
        app_defined_data: (wanted.everything || wanted.custom.is_some()).then_some(custom),
        member_list,
    }
}

/// A member's item as `wanted` asks for it.
fn member_item(group: &Group, member: &Member, wanted: &Wanted) -> GroupInfoMember {
    let role = role_of(group, member);
    let last_sent = group
        .messages
        .iter()
        .rev()
        .find(|m| m.from == member.account)
        .map_or(0, |m| m.time);
    GroupInfoMember {
        member_account: member.account.clone(),
        role: wanted.member("Role").then_some(role),
        join_time: wanted.member("JoinTime").then_some(member.join_time),
        msg_seq: wanted.member("MsgSeq").then_some(0),
        msg_flag: wanted
            .member("MsgFlag")
            .then_some(GroupMsgFlag::AcceptAndNotify),
        last_send_msg_time: wanted.member("LastSendMsgTime").then_some(last_sent),
        mute_until: wanted.member("MuteUntil").then_some(member.shut_up_until),
        app_member_defined_data: None,
    }
}

impl Emulator {
    /// `GetGroupInfo`: one item per group asked, in the order asked: a group that does not exist
    /// is its item's `ErrorCode` 10010 (an empty ID 10015) and the call succeeds. Without
    /// `ResponseFilter` every field is given; with it, what its filters name (a filter left out
    /// gives nothing of its kind). Members are listed in the order they joined.
    pub(crate) fn get_group_info_now(
        &self,
        context: &RequestContext,
        request: GetGroupInfoRequest,
    ) -> Result<GetGroupInfoResponse, Fault> {
        self.app_admin(context, "GetGroupInfo")?;
        let filter = request.response_filter.as_ref();
        let wanted = Wanted {
            base: filter.and_then(|f| f.group_base_info_filter.as_deref()),
            members: filter.and_then(|f| f.member_info_filter.as_deref()),
            custom: filter.and_then(|f| f.app_defined_data_filter_group.as_deref()),
            everything: filter.is_none(),
        };
        let state = self.lock();
        let group_info = request
            .group_id_list
            .iter()
            .map(|id| match state.groups.get(id) {
                Some(group) => group_item(group, context.app, &wanted),
                None => failed_item(id),
            })
            .collect();
        Ok(GetGroupInfoResponse { group_info })
    }
}

/// The item of a group that cannot be read: 10015 for an empty ID, else 10010.
fn failed_item(group_id: &str) -> GroupInfoItem {
    let (code, info) = if group_id.is_empty() {
        (10015, "the group ID is empty".to_owned())
    } else {
        (10010, format!("group {group_id} does not exist"))
    };
    GroupInfoItem {
        group_id: group_id.to_owned(),
        error_code: code,
        error_info: info,
        ..GroupInfoItem::default()
    }
}

impl Emulator {
    /// `ModifyGroupBaseInfo`: each field given replaces the stored one and the others stay;
    /// a custom field given replaces its value (an empty `Value` removes it, the emulator's
    /// judgement); `MuteAllMember` or the earlier `ShutUpAllMember` sets the mute-all state;
    /// `MaxMemberNum` changes nothing for an audio-video group. The change time becomes now.
    pub(crate) fn modify_group_base_info_now(
        &self,
        context: &RequestContext,
        request: ModifyGroupBaseInfoRequest,
    ) -> Result<ModifyGroupBaseInfoResponse, Fault> {
        let mute = match request.mute_all_member.or(request.shut_up_all_member) {
            None => None,
            Some(MuteAllMember::On) => Some(true),
            Some(MuteAllMember::Off) => Some(false),
            Some(MuteAllMember::Unknown(other)) => {
                return Err(Fault::new(
                    errors::E10004,
                    format!("MuteAllMember is On or Off, not {other}"),
                ))
            }
        };
        if let Some(ApplyJoinOption::Unknown(other)) = &request.apply_join_option {
            return Err(Fault::new(
                errors::E10004,
                format!("ApplyJoinOption {other} is not a join option"),
            ));
        }
        let now = crate::received_secs(context);
        let mut state = self.lock();
        let group = self.any_group_for(
            &mut state,
            context,
            &request.group_id,
            "ModifyGroupBaseInfo",
        )?;
        let audio_video = group.group_type == AV_CHAT_ROOM;
        let info = &mut group.info;
        let keep = |slot: &mut String, value: Option<String>| {
            if let Some(value) = value {
                *slot = value;
            }
        };
        keep(&mut info.name, request.name);
        keep(&mut info.introduction, request.introduction);
        keep(&mut info.notification, request.notification);
        keep(&mut info.face_url, request.face_url);
        if let Some(n) = request.max_member_num.filter(|_| !audio_video) {
            info.max_member_count = u32::try_from(n).unwrap_or(1);
        }
        if let Some(option) = request.apply_join_option {
            info.apply_join_option = option.as_str().to_owned();
        }
        if let Some(mute) = mute {
            info.mute_all_member = mute;
        }
        for field in request.app_defined_data.unwrap_or_default() {
            if field.value.is_empty() {
                info.app_defined_data.remove(&field.key);
            } else {
                info.app_defined_data.insert(field.key, field.value);
            }
        }
        info.last_info_time = now;
        Ok(ModifyGroupBaseInfoResponse {})
    }
}

/// The account's role in the group.
fn role_of(group: &Group, member: &Member) -> GroupMemberRole {
    if group.owner.as_deref() == Some(member.account.as_str()) {
        GroupMemberRole::Owner
    } else if member.admin {
        GroupMemberRole::Admin
    } else {
        GroupMemberRole::Member
    }
}

impl Emulator {
    /// `GetJoinedGroupList`: the groups the account is a member of, in the order of their
    /// IDs, of `GroupType` when given; audio-video groups only with `WithHugeGroups` 1 (no Work
    /// group is modelled as not activated, so `WithNoActiveGroups` changes nothing). `Offset`
    /// skips, `Limit` (every group when not given) bounds the page, and `TotalCount` counts the
    /// whole selection. Each item is the group's ID, with the basic fields
    /// `GroupBaseInfoFilter` names and, with `SelfInfoFilter`, the account's own data.
    pub(crate) fn get_joined_group_list_now(
        &self,
        context: &RequestContext,
        request: GetJoinedGroupListRequest,
    ) -> Result<GetJoinedGroupListResponse, Fault> {
        self.app_admin(context, "GetJoinedGroupList")?;
        if let Some(GroupType::Unknown(other)) = &request.group_type {
            return Err(Fault::new(
                errors::E10004,
                format!("GroupType {other} is not a group type"),
            ));
        }
        let wanted_type = request.group_type.as_ref().map(GroupType::as_str);
        let huge = request.with_huge_groups_or_default() == 1;
        let filter = request.response_filter.as_ref();
        let base = filter.and_then(|f| f.group_base_info_filter.as_deref());
        let own = filter.and_then(|f| f.self_info_filter.as_deref());
        let wanted = Wanted {
            base,
            members: None,
            custom: None,
            everything: false,
        };
        let state = self.lock();
        let joined: Vec<(&Group, &Member)> = state
            .groups
            .values()
            .filter(|g| wanted_type.is_none_or(|t| g.group_type == t))
            .filter(|g| huge || g.group_type != AV_CHAT_ROOM)
            .filter_map(|g| g.members.get(&request.member_account).map(|m| (g, m)))
            .collect();
        let skip = usize::try_from(request.offset_or_default()).unwrap_or(0);
        let take = request
            .limit
            .map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(0));
        let group_id_list = joined
            .iter()
            .skip(skip)
            .take(take)
            .map(|(group, member)| {
                let item = group_item(group, context.app, &wanted);
                let asked = |name: &str| base.is_some_and(|f| f.iter().any(|n| n == name));
                let mute = asked("ShutUpAllMember") || asked("MuteAllMember");
                JoinedGroup {
                    group_id: item.group_id,
                    r#type: item.r#type,
                    name: item.name,
                    introduction: item.introduction,
                    notification: item.notification,
                    face_url: item.face_url,
                    owner_account: item.owner_account,
                    create_time: item.create_time,
                    last_info_time: item.last_info_time,
                    last_msg_time: item.last_msg_time,
                    next_msg_seq: item.next_msg_seq,
                    member_num: item.member_num,
                    max_member_num: item.max_member_num,
                    apply_join_option: item.apply_join_option,
                    shut_up_all_member: mute.then_some(if group.info.mute_all_member {
                        MuteAllMember::On
                    } else {
                        MuteAllMember::Off
                    }),
                    self_info: own.map(|fields| self_info(group, member, fields)),
                }
            })
            .collect();
        Ok(GetJoinedGroupListResponse {
            total_count: i32::try_from(joined.len()).unwrap_or(i32::MAX),
            group_id_list,
        })
    }
}

/// The account's own data in a group, the fields `SelfInfoFilter` names. Read positions are
/// not modelled: `MsgSeq` and `UnreadMsgNum` are 0.
fn self_info(group: &Group, member: &Member, fields: &[String]) -> JoinedGroupSelfInfo {
    let asked = |name: &str| fields.iter().any(|n| n == name);
    JoinedGroupSelfInfo {
        role: asked("Role").then(|| role_of(group, member)),
        join_time: asked("JoinTime").then_some(member.join_time),
        msg_flag: asked("MsgFlag").then_some(GroupMsgFlag::AcceptAndNotify),
        msg_seq: asked("MsgSeq").then_some(0),
        unread_msg_num: asked("UnreadMsgNum").then_some(0),
    }
}

impl Emulator {
    /// `ImportGroup`: stored as `CreateGroup` stores a group without initial members, created
    /// at `CreateTime` (the time of the request when not given; the owner joins then). An
    /// audio-video group is refused with 10007, as the page says.
    pub(crate) fn import_group_now(
        &self,
        context: &RequestContext,
        request: ImportGroupRequest,
    ) -> Result<ImportGroupResponse, Fault> {
        self.app_admin(context, "ImportGroup")?;
        if request.r#type == GroupType::AvChatRoom {
            return Err(Fault::new(
                errors::E10007,
                "audio-video groups (AVChatRoom) cannot be imported: create one instead",
            ));
        }
        let created = request
            .create_time
            .unwrap_or_else(|| crate::received_secs(context));
        let create = CreateGroupRequest {
            owner_account: request.owner_account,
            group_id: request.group_id,
            introduction: request.introduction,
            notification: request.notification,
            face_url: request.face_url,
            max_member_count: request.max_member_count,
            apply_join_option: request.apply_join_option,
            app_defined_data: request.app_defined_data,
            support_topic: request.support_topic,
            ..CreateGroupRequest::new(request.r#type, request.name)
        };
        let answer = self.store_group(create, created)?;
        Ok(ImportGroupResponse {
            group_id: answer.group_id,
        })
    }
}
