//! Tencent Cloud Chat, emulated: what an app administrator does to a group's messages beside
//! sending them. Recalling them by seq (`GroupMsgRecall`).

use imapi::tencent_chat::{errors, GroupMsgRecallRequest, GroupMsgRecallResponse, RecallResult};
use imapi_runtime::server::{Fault, RequestContext};

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
        if in_topic && group.group_type != COMMUNITY {
            return Err(Fault::new(
                errors::E10004,
                "TopicId is for topic-enabled Community groups",
            ));
        }
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
