//! Tencent Cloud Chat, emulated: the app's groups and what describes them. Listing the app's
//! groups (`GetAppidGroupList`, paged by `Next`) and a group's muted members
//! (`GetGroupMutedAccount`).

use imapi::tencent_chat::{
    errors, GetAppidGroupListRequest, GetAppidGroupListResponse, GetGroupMutedAccountRequest,
    GetGroupMutedAccountResponse, GroupIdItem, GroupType, MutedMember,
};
use imapi_runtime::server::{Fault, RequestContext};

use crate::Emulator;

impl Emulator {
    /// The caller must be an app administrator (10007, the group pages' code for insufficient
    /// permission).
    pub(crate) fn app_admin(&self, context: &RequestContext, operation: &str) -> Result<(), Fault> {
        if self.admins.iter().any(|a| a == context.caller.id()) {
            Ok(())
        } else {
            Err(Fault::new(
                errors::E10007,
                format!("only an app administrator can call {operation}"),
            ))
        }
    }

    /// `GetAppidGroupList`: the app's groups in the order of their IDs, those of `GroupType`
    /// only when it is given; `Next` is the position of the page's first group (0 the first
    /// page) and the answer's `Next` the position after it, or 0 after the last group.
    /// `TotalCount` counts every group of the type, whatever the page.
    pub(crate) fn get_appid_group_list_now(
        &self,
        context: &RequestContext,
        request: GetAppidGroupListRequest,
    ) -> Result<GetAppidGroupListResponse, Fault> {
        self.app_admin(context, "GetAppidGroupList")?;
        if let Some(GroupType::Unknown(other)) = &request.group_type {
            return Err(Fault::new(
                errors::E10004,
                format!("GroupType {other} is not a group type"),
            ));
        }
        let wanted = request.group_type.as_ref().map(GroupType::as_str);
        let start = usize::try_from(request.next_or_default())
            .map_err(|_| Fault::new(errors::E10004, "Next is not a position this API gave"))?;
        let limit = usize::try_from(request.limit_or_default()).unwrap_or(0);
        let state = self.lock();
        let matching: Vec<&String> = state
            .groups
            .values()
            .filter(|g| wanted.is_none_or(|t| g.group_type == t))
            .map(|g| &g.group_id)
            .collect();
        let page: Vec<GroupIdItem> = matching
            .iter()
            .skip(start)
            .take(limit)
            .map(|id| GroupIdItem {
                group_id: (*id).clone(),
            })
            .collect();
        let after = start.saturating_add(page.len());
        let next = if page.is_empty() || after >= matching.len() {
            0
        } else {
            i64::try_from(after).unwrap_or(0)
        };
        Ok(GetAppidGroupListResponse {
            total_count: i32::try_from(matching.len()).unwrap_or(i32::MAX),
            group_id_list: page,
            next,
        })
    }

    /// `GetGroupMutedAccount`: the members whose mute (`ForbidSendMsg`) has not ended, in the
    /// order of their accounts, each with the time it ends. Every group type has the list.
    pub(crate) fn get_group_muted_account_now(
        &self,
        context: &RequestContext,
        request: GetGroupMutedAccountRequest,
    ) -> Result<GetGroupMutedAccountResponse, Fault> {
        let now = crate::received_secs(context);
        let mut state = self.lock();
        let group = self.any_group_for(
            &mut state,
            context,
            &request.group_id,
            "GetGroupMutedAccount",
        )?;
        let shutted_uin_list = group
            .members
            .values()
            .filter(|m| m.shut_up_until > now)
            .map(|m| MutedMember {
                member_account: m.account.clone(),
                shutted_until: m.shut_up_until,
            })
            .collect();
        Ok(GetGroupMutedAccountResponse {
            group_id: group.group_id.clone(),
            shutted_uin_list,
        })
    }
}
