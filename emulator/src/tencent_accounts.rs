//! Tencent Cloud Chat, emulated: the app's accounts, imported one at a time (`AccountImport`)
//! or many (`MultiaccountImport`), deleted (`AccountDelete`, with their one-to-one messages)
//! and checked (`AccountCheck`).

use imapi::tencent_chat::{
    errors, AccountCheckRequest, AccountCheckResponse, AccountCheckResult, AccountDeleteRequest,
    AccountDeleteResponse, AccountDeleteResult, AccountImportRequest, AccountImportResponse,
    AccountStatus, MultiaccountImportRequest, MultiaccountImportResponse,
};
use imapi_runtime::server::{Fault, RequestContext};

use crate::state::{Account, Accounts};
use crate::Emulator;

impl Emulator {
    /// The account commands are for app administrators only: anyone else (a group owner, whom
    /// the gateway lets through for `ModifyUserInfo`) gets 70403, the pages' code for a
    /// request that needs app admin permission.
    pub(crate) fn require_admin(
        &self,
        context: &RequestContext,
        command: &str,
    ) -> Result<(), Fault> {
        let caller = context.caller.id();
        if self.admins.iter().any(|a| a == caller) {
            Ok(())
        } else {
            Err(Fault::new(
                errors::E70403,
                format!("only an app administrator can call {command}"),
            ))
        }
    }

    /// `AccountImport`: the account is created, or, when it exists, keeps its place and takes
    /// the `Nick` and `FaceUrl` given.
    pub(crate) fn account_import_now(
        &self,
        context: &RequestContext,
        request: AccountImportRequest,
    ) -> Result<AccountImportResponse, Fault> {
        self.require_admin(context, "AccountImport")?;
        let now = crate::received_secs(context);
        let mut state = self.lock();
        import(
            &mut state.accounts,
            request.user_id,
            request.nick,
            request.face_url,
            now,
        );
        Ok(AccountImportResponse {})
    }

    /// `MultiaccountImport`: each account of `Accounts` (old version) or `AccountList` (new
    /// version) is imported as `AccountImport` does, a repeat updating the first; no account
    /// fails (the validator refuses malformed UserIDs before), so `FailAccounts` is left out.
    pub(crate) fn multiaccount_import_now(
        &self,
        context: &RequestContext,
        request: MultiaccountImportRequest,
    ) -> Result<MultiaccountImportResponse, Fault> {
        self.require_admin(context, "MultiaccountImport")?;
        let now = crate::received_secs(context);
        let mut state = self.lock();
        for user_id in request.accounts.unwrap_or_default() {
            import(&mut state.accounts, user_id, None, None, now);
        }
        for account in request.account_list.unwrap_or_default() {
            import(
                &mut state.accounts,
                account.user_id,
                account.nick,
                account.face_url,
                now,
            );
        }
        Ok(MultiaccountImportResponse {
            fail_accounts: None,
        })
    }

    /// `AccountDelete`: each account is deleted with its one-to-one messages (result 0), or
    /// answered 70107 when it does not exist; the call succeeds either way.
    pub(crate) fn account_delete_now(
        &self,
        context: &RequestContext,
        request: AccountDeleteRequest,
    ) -> Result<AccountDeleteResponse, Fault> {
        self.require_admin(context, "AccountDelete")?;
        let mut state = self.lock();
        let accounts = &mut state.accounts;
        let result_item = request
            .delete_item
            .into_iter()
            .map(|item| {
                let deleted = accounts.by_id.remove(&item.user_id).is_some();
                if deleted {
                    accounts
                        .messages
                        .retain(|m| m.from != item.user_id && m.to != item.user_id);
                }
                AccountDeleteResult {
                    result_code: if deleted { 0 } else { ACCOUNT_NOT_EXIST },
                    result_info: if deleted {
                        String::new()
                    } else {
                        ACCOUNT_NOT_EXIST_INFO.to_owned()
                    },
                    user_id: item.user_id,
                }
            })
            .collect();
        Ok(AccountDeleteResponse { result_item })
    }

    /// `AccountCheck`: `Imported` or `NotImported` for each account, in the order asked.
    pub(crate) fn account_check_now(
        &self,
        context: &RequestContext,
        request: AccountCheckRequest,
    ) -> Result<AccountCheckResponse, Fault> {
        self.require_admin(context, "AccountCheck")?;
        let state = self.lock();
        let result_item = request
            .check_item
            .into_iter()
            .map(|item| AccountCheckResult {
                account_status: if state.accounts.exists(&item.user_id) {
                    AccountStatus::Imported
                } else {
                    AccountStatus::NotImported
                },
                user_id: item.user_id,
                result_code: 0,
                result_info: String::new(),
            })
            .collect();
        Ok(AccountCheckResponse { result_item })
    }
}

/// The per-account code for an account that does not exist (the delete page's sample).
pub const ACCOUNT_NOT_EXIST: i32 = 70107;
/// The `ResultInfo` the delete page's sample gives with 70107.
const ACCOUNT_NOT_EXIST_INFO: &str = "Err_TLS_PT_Open_Login_Account_Not_Exist";

/// Imports one account: a new one is created; an existing one keeps its import time and takes
/// the nickname and photo given (those not given stay).
fn import(
    accounts: &mut Accounts,
    user_id: String,
    nick: Option<String>,
    face_url: Option<String>,
    now: i64,
) {
    let account = accounts
        .by_id
        .entry(user_id.clone())
        .or_insert_with(|| Account {
            user_id,
            imported_at: now,
            ..Account::default()
        });
    if let Some(nick) = nick {
        account.nick = nick;
    }
    if let Some(face_url) = face_url {
        account.face_url = face_url;
    }
}
