//! Tencent Cloud Chat, emulated: what an app administrator does to a group's messages beside
//! sending them. Recalling them by seq (`GroupMsgRecall`) or by sender
//! (`DeleteGroupMsgBySender`), pushing system notifications (`SendGroupSystemNotification`),
//! setting a member's unread count (`SetUnreadMsgNum`) and importing past messages
//! (`ImportGroupMsg`).

use imapi::tencent_chat::{
    errors, DeleteGroupMsgBySenderRequest, DeleteGroupMsgBySenderResponse, GroupMsgRecallRequest,
    GroupMsgRecallResponse, ImportGroupMsgRequest, ImportGroupMsgResponse, ImportGroupMsgResult,
    RecallResult, SendGroupSystemNotificationRequest, SendGroupSystemNotificationResponse,
    SetUnreadMsgNumRequest, SetUnreadMsgNumResponse,
};
use imapi_runtime::server::{Fault, RequestContext};

use crate::state::{Group, GroupMessage, SystemNotification, AV_CHAT_ROOM};
use crate::tencent::{MAX_MESSAGE_BYTES, REPEAT_WINDOW_SECS};
use crate::tencent_groups::COMMUNITY;
use crate::Emulator;

/// `RetCode` of a message recalled.
const RECALLED: i32 = 0;
/// `RetCode` of a seq that names no message the call could recall (the page's sample code).
const NOT_RECALLED: i32 = 10030;

impl Emulator {
    /// `GroupMsgRecall`: each seq asked is answered in order with its own code: 0 when the
    /// group's message with that seq is recalled now, 10030 when there is none, or it was
    /// recalled before. Every group type. Topics are not modelled: a `TopicId` on a Community
    /// group names no message, and on any other group is 10004.
    pub(crate) fn group_msg_recall_now(
        &self,
        context: &RequestContext,
        request: GroupMsgRecallRequest,
    ) -> Result<GroupMsgRecallResponse, Fault> {
        let mut state = self.lock();
        let group = self.any_group_for(&mut state, context, &request.group_id, "GroupMsgRecall")?;
        let in_topic = request.topic_id.is_some();
        topic_in(group, request.topic_id.as_deref())?;
        let recall_ret_list = request
            .msg_seq_list
            .iter()
            .map(|item| {
                let message = group
                    .messages
                    .iter_mut()
                    .filter(|_| !in_topic)
                    .find(|m| i64::try_from(m.seq).is_ok_and(|seq| seq == item.msg_seq))
                    .filter(|m| !m.recalled);
                let ret_code = match message {
                    Some(message) => {
                        message.recalled = true;
                        RECALLED
                    }
                    None => NOT_RECALLED,
                };
                RecallResult {
                    msg_seq: item.msg_seq,
                    ret_code,
                }
            })
            .collect();
        Ok(GroupMsgRecallResponse { recall_ret_list })
    }
}

impl Emulator {
    /// `SendGroupSystemNotification`: the notification is kept on the group with the time and
    /// its recipients, the members `ToMembers_Account` names (accounts not in the group are
    /// skipped), or every member when it is absent or empty. An audio-video group takes only
    /// the latter (10007 for named recipients). It is not a message: no seq, not in history.
    pub(crate) fn send_group_system_notification_now(
        &self,
        context: &RequestContext,
        request: SendGroupSystemNotificationRequest,
    ) -> Result<SendGroupSystemNotificationResponse, Fault> {
        let now = crate::received_secs(context);
        let mut state = self.lock();
        let group = self.any_group_for(
            &mut state,
            context,
            &request.group_id,
            "SendGroupSystemNotification",
        )?;
        topic_in(group, request.topic_id.as_deref())?;
        let named = request.to_members_account.unwrap_or_default();
        if !named.is_empty() && group.group_type == AV_CHAT_ROOM {
            return Err(Fault::new(
                errors::E10007,
                "an audio-video group (AVChatRoom) takes system notifications to all its members only",
            ));
        }
        let mut to = Vec::new();
        for account in named {
            if group.members.contains_key(&account) && !to.contains(&account) {
                to.push(account);
            }
        }
        if to.is_empty() {
            to = all_members(group);
        }
        group.notifications.push(SystemNotification {
            time: now,
            content: request.content,
            to,
            topic_id: request.topic_id,
        });
        Ok(SendGroupSystemNotificationResponse {})
    }
}

/// How many of a group's latest messages `DeleteGroupMsgBySender` searches.
pub const SENDER_RECALL_WINDOW: usize = 1000;

impl Emulator {
    /// `DeleteGroupMsgBySender`: the sender's messages among the group's last 1,000 are marked
    /// recalled (silently; history then shows them recalled). An audio-video group keeps no
    /// history: the call succeeds and changes nothing there. Topics hold no messages here.
    pub(crate) fn delete_group_msg_by_sender_now(
        &self,
        context: &RequestContext,
        request: DeleteGroupMsgBySenderRequest,
    ) -> Result<DeleteGroupMsgBySenderResponse, Fault> {
        let mut state = self.lock();
        let group = self.any_group_for(
            &mut state,
            context,
            &request.group_id,
            "DeleteGroupMsgBySender",
        )?;
        topic_in(group, request.topic_id.as_deref())?;
        if group.group_type == AV_CHAT_ROOM || request.topic_id.is_some() {
            return Ok(DeleteGroupMsgBySenderResponse {});
        }
        for message in group
            .messages
            .iter_mut()
            .rev()
            .take(SENDER_RECALL_WINDOW)
            .filter(|m| m.from == request.sender_account)
        {
            message.recalled = true;
        }
        Ok(DeleteGroupMsgBySenderResponse {})
    }
}

/// The group types without unread counts: `SetUnreadMsgNum` changes nothing there.
const WITHOUT_UNREAD_COUNTS: [&str; 2] = ["ChatRoom", AV_CHAT_ROOM];

impl Emulator {
    /// `SetUnreadMsgNum`: the member's unread count becomes `UnreadMsgNum`, or the group's
    /// number of stored messages when that is smaller. The account must be a member (10004);
    /// meeting and audio-video groups have no unread counts (success, nothing changes).
    pub(crate) fn set_unread_msg_num_now(
        &self,
        context: &RequestContext,
        request: SetUnreadMsgNumRequest,
    ) -> Result<SetUnreadMsgNumResponse, Fault> {
        let mut state = self.lock();
        let group =
            self.any_group_for(&mut state, context, &request.group_id, "SetUnreadMsgNum")?;
        let stored = i64::try_from(group.messages.len()).unwrap_or(i64::MAX);
        let no_counts = WITHOUT_UNREAD_COUNTS.contains(&group.group_type.as_str());
        let Some(member) = group.members.get_mut(&request.member_account) else {
            return Err(Fault::new(
                errors::E10004,
                format!(
                    "{} is not a member of group {}",
                    request.member_account, request.group_id
                ),
            ));
        };
        if !no_counts {
            member.unread_msg_num = request.unread_msg_num.clamp(0, stored);
        }
        Ok(SetUnreadMsgNumResponse {})
    }
}

/// `ImportMsgResult`'s `Result` for a message imported (or a repeat of one stored).
const IMPORTED: i32 = 0;
/// `Result` for a message whose `SendTime` is not valid (not before now, or before the group's
/// latest message).
const BAD_SEND_TIME: i32 = 10004;
/// `Result` for a message whose content is over 8,000 bytes.
const TOO_LONG: i32 = 80002;

impl Emulator {
    /// `ImportGroupMsg`: each message, in the order sent, is stored with the group's next seq
    /// and its own `SendTime`, or answered with why not: 10004 for a time not before now or
    /// before the group's latest message, 80002 for content over 8,000 bytes (both with seq
    /// 0). A `Random` already stored within five minutes of its time is a repeat: the first
    /// message's seq and time are answered and nothing is stored. After an import every
    /// member's unread count is 0. Audio-video groups are refused with 10007 (the page).
    pub(crate) fn import_group_msg_now(
        &self,
        context: &RequestContext,
        request: ImportGroupMsgRequest,
    ) -> Result<ImportGroupMsgResponse, Fault> {
        let now = crate::received_secs(context);
        let mut state = self.lock();
        let group = self.any_group_for(&mut state, context, &request.group_id, "ImportGroupMsg")?;
        if group.group_type == AV_CHAT_ROOM {
            return Err(Fault::new(
                errors::E10007,
                "audio-video groups (AVChatRoom) do not support importing messages",
            ));
        }
        let mut import_msg_result = Vec::with_capacity(request.msg_list.len());
        let mut imported = false;
        for item in request.msg_list {
            let refused = |result| ImportGroupMsgResult {
                result,
                msg_time: item.send_time,
                msg_seq: 0,
            };
            let latest = group.messages.last().map(|m| m.time);
            if item.send_time >= now || latest.is_some_and(|t| item.send_time < t) {
                import_msg_result.push(refused(BAD_SEND_TIME));
                continue;
            }
            let body = crate::state::Json::of(&item.msg_body);
            if body.text().len() > MAX_MESSAGE_BYTES {
                import_msg_result.push(refused(TOO_LONG));
                continue;
            }
            let repeat = item.random.and_then(|random| {
                group
                    .repeats
                    .latest(&group.messages, random)
                    .filter(|m| (item.send_time - m.time).abs() < REPEAT_WINDOW_SECS)
            });
            if let Some(first) = repeat {
                import_msg_result.push(ImportGroupMsgResult {
                    result: IMPORTED,
                    msg_time: first.time,
                    msg_seq: i64::try_from(first.seq).unwrap_or(i64::MAX),
                });
                continue;
            }
            let seq = group.messages.last().map_or(1, |m| m.seq + 1);
            group.messages.push(GroupMessage {
                seq,
                time: item.send_time,
                from: item.from_account,
                // Without one the emulator chooses a number: the seq's low bits.
                random: item
                    .random
                    .unwrap_or_else(|| u32::try_from(seq & u64::from(u32::MAX)).unwrap_or(0)),
                body,
                priority: None,
                recalled: false,
            });
            imported = true;
            import_msg_result.push(ImportGroupMsgResult {
                result: IMPORTED,
                msg_time: item.send_time,
                msg_seq: i64::try_from(seq).unwrap_or(i64::MAX),
            });
        }
        if imported {
            for member in group.members.values_mut() {
                member.unread_msg_num = 0;
            }
        }
        Ok(ImportGroupMsgResponse { import_msg_result })
    }
}

/// A `TopicId` is for Community groups only (10004 elsewhere, the spec's judgement).
fn topic_in(group: &Group, topic_id: Option<&str>) -> Result<(), Fault> {
    if topic_id.is_some() && group.group_type != COMMUNITY {
        return Err(Fault::new(
            errors::E10004,
            "TopicId is for topic-enabled Community groups",
        ));
    }
    Ok(())
}

/// Every member of the group, in the order they joined.
fn all_members(group: &Group) -> Vec<String> {
    let mut members: Vec<_> = group.members.values().collect();
    members.sort_by(|a, b| (a.join_time, &a.account).cmp(&(b.join_time, &b.account)));
    members.into_iter().map(|m| m.account.clone()).collect()
}
