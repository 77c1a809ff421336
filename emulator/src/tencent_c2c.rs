//! Tencent Cloud Chat, emulated: one-to-one messages between imported accounts, sent by the
//! app administrator (`SendMsg`, or to many at once, `BatchSendMsg`) or imported (`ImportMsg`), pulled back by time range (`AdminGetRoamMsg`, newest
//! first, a page at a time), recalled (`AdminMsgWithdraw`, kept and flagged) and marked read
//! (`AdminSetMsgRead`).

use imapi::tencent_chat::{
    errors, AdminGetRoamMsgRequest, AdminGetRoamMsgResponse, AdminMsgWithdrawRequest,
    AdminMsgWithdrawResponse, AdminSetMsgReadRequest, AdminSetMsgReadResponse, BatchSendError,
    BatchSendMsgRequest, BatchSendMsgResponse, C2cHistoryMessage, ImportMsgRequest,
    ImportMsgResponse, SendMsgRequest, SendMsgResponse, TimMsgElement,
};
use imapi_runtime::server::{Fault, RequestContext};
use imapi_runtime::ErrorCode;

use crate::state::{Accounts, C2cMessage};
use crate::Emulator;

/// The largest message body, in bytes of its JSON (93000: "the JSON packet exceeds the length
/// limit of 8 KB").
pub const MAX_C2C_BODY_BYTES: usize = 8 * 1024;

/// A message to store in the conversation of two accounts.
pub(crate) struct Outgoing {
    pub from: String,
    pub to: String,
    /// The caller's `MsgSeq`; the conversation's next number when it gave none.
    pub seq: Option<u32>,
    pub random: u32,
    pub time: i64,
    pub body: crate::state::Json,
    pub cloud_custom_data: Option<String>,
    /// Whether the message is kept for roaming (`MsgLifeTime` 0: online users only).
    pub keep: bool,
}

/// The message body as JSON, refused with `code` (93000, or 90055 for a batch) when over 8 KB.
pub(crate) fn body_json(
    body: &[TimMsgElement],
    code: ErrorCode,
) -> Result<crate::state::Json, Fault> {
    let body = crate::state::Json::of(body);
    let size = body.text().len();
    if size > MAX_C2C_BODY_BYTES {
        return Err(Fault::new(
            code,
            format!("the message is {size} bytes; at most {MAX_C2C_BODY_BYTES} are allowed"),
        ));
    }
    Ok(body)
}

/// Stores the message (unless it is a repeat of one of the same conversation, second,
/// `MsgSeq` and `MsgRandom`, or is not kept) and answers its time and `MsgKey`.
pub(crate) fn deliver(accounts: &mut Accounts, m: Outgoing) -> (i64, String) {
    let seq = m
        .seq
        .map_or_else(|| accounts.next_seq(&m.from, &m.to), u64::from);
    if let Some(first) = accounts.messages.iter().find(|old| {
        old.between(&m.from, &m.to)
            && old.seq == seq
            && old.random == m.random
            && old.time == m.time
    }) {
        return (first.time, first.key());
    }
    let message = C2cMessage {
        from: m.from,
        to: m.to,
        seq,
        random: m.random,
        time: m.time,
        body: m.body,
        cloud_custom_data: m.cloud_custom_data,
        read: false,
        recalled: false,
    };
    let answer = (message.time, message.key());
    if m.keep {
        accounts.messages.push(message);
    }
    answer
}

impl Emulator {
    /// The one-to-one commands are for app administrators only (90009, the message pages'
    /// code for a request that needs app admin permission).
    pub(crate) fn require_c2c_admin(
        &self,
        context: &RequestContext,
        command: &str,
    ) -> Result<(), Fault> {
        let caller = context.caller.id();
        if self.admins.iter().any(|a| a == caller) {
            Ok(())
        } else {
            Err(Fault::new(
                errors::E90009,
                format!("only an app administrator can call {command}"),
            ))
        }
    }

    /// Whether `account` can send or receive: an imported account, or an app administrator
    /// (the admin is the sender when `From_Account` is left out).
    pub(crate) fn is_account(&self, accounts: &Accounts, account: &str) -> bool {
        accounts.exists(account) || self.admins.iter().any(|a| a == account)
    }

    /// `SendMsg`: the message is stored in the conversation of the sender (`From_Account`, or
    /// the calling admin) and `To_Account`, both of which must exist (90008, 90012).
    pub(crate) fn send_msg_now(
        &self,
        context: &RequestContext,
        request: SendMsgRequest,
    ) -> Result<SendMsgResponse, Fault> {
        self.require_c2c_admin(context, "SendMsg")?;
        let body = body_json(&request.msg_body, errors::E93000)?;
        let time = request
            .msg_time_stamp
            .unwrap_or_else(|| crate::received_secs(context));
        let from = request
            .from_account
            .unwrap_or_else(|| context.caller.id().to_owned());
        let mut state = self.lock();
        if !self.is_account(&state.accounts, &from) {
            return Err(Fault::new(
                errors::E90008,
                format!("From_Account {from} has not been imported"),
            ));
        }
        if !self.is_account(&state.accounts, &request.to_account) {
            return Err(Fault::new(
                errors::E90012,
                format!("To_Account {} has not been imported", request.to_account),
            ));
        }
        let (msg_time, msg_key) = deliver(
            &mut state.accounts,
            Outgoing {
                from,
                to: request.to_account,
                seq: request.msg_seq,
                random: request.msg_random,
                time,
                body,
                cloud_custom_data: request.cloud_custom_data,
                keep: request.msg_life_time != Some(0),
            },
        );
        Ok(SendMsgResponse { msg_time, msg_key })
    }
}

/// `MsgFlagBits` of a recalled message (Tencent's OpenAPI description: 8).
pub const RECALLED: i32 = 8;

/// A message's place in its conversation's history: time, then `MsgSeq`, then `MsgRandom`.
fn place(m: &C2cMessage) -> (i64, u64, u32) {
    (m.time, m.seq, m.random)
}

/// Reads a `MsgKey` (`{MsgSeq}_{MsgRandom}_{MsgTime}`) as a place in the history.
pub(crate) fn parse_key(key: &str) -> Option<(i64, u64, u32)> {
    let mut parts = key.split('_');
    let seq = parts.next()?.parse().ok()?;
    let random = parts.next()?.parse().ok()?;
    let time = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((time, seq, random))
}

impl Emulator {
    /// `AdminGetRoamMsg`: the newest `MaxCnt` messages of the two accounts' conversation
    /// between `MinTime` and `MaxTime` and before `LastMsgKey`'s message, oldest first;
    /// `Complete` is 1 when no older message of the range remains.
    pub(crate) fn admin_get_roam_msg_now(
        &self,
        context: &RequestContext,
        request: AdminGetRoamMsgRequest,
    ) -> Result<AdminGetRoamMsgResponse, Fault> {
        self.require_c2c_admin(context, "AdminGetRoamMsg")?;
        let before = match request.last_msg_key.as_deref() {
            None | Some("") => None,
            Some(key) => Some(parse_key(key).ok_or_else(|| {
                Fault::new(
                    errors::E90010,
                    format!("LastMsgKey {key} is not a MsgKey this API returned"),
                )
            })?),
        };
        // A continued pull moves `MaxTime` to the previous answer's `LastMsgTime`, the time
        // its `LastMsgKey` ends in.
        if let Some((time, ..)) = before {
            if request.max_time != time {
                return Err(Fault::new(
                    errors::E90010,
                    format!(
                        "a continued pull sends the previous LastMsgTime ({time}) as MaxTime, not {}",
                        request.max_time
                    ),
                ));
            }
        }
        let state = self.lock();
        for account in [&request.operator_account, &request.peer_account] {
            if !self.is_account(&state.accounts, account) {
                return Err(Fault::new(
                    errors::E90048,
                    format!("{account} has not been imported"),
                ));
            }
        }
        let mut range: Vec<&C2cMessage> = state
            .accounts
            .messages
            .iter()
            .filter(|m| m.between(&request.operator_account, &request.peer_account))
            .filter(|m| (request.min_time..=request.max_time).contains(&m.time))
            .filter(|m| before.is_none_or(|b| place(m) < b))
            .collect();
        range.sort_by_key(|m| place(m));
        let count = usize::try_from(request.max_cnt.max(1)).unwrap_or(usize::MAX);
        let page = &range[range.len().saturating_sub(count)..];
        let msg_list: Vec<C2cHistoryMessage> = page
            .iter()
            .map(|m| C2cHistoryMessage {
                from_account: m.from.clone(),
                to_account: m.to.clone(),
                msg_seq: u32::try_from(m.seq).unwrap_or(u32::MAX),
                msg_random: m.random,
                msg_time_stamp: m.time,
                msg_flag_bits: if m.recalled { RECALLED } else { 0 },
                is_peer_read: Some(i32::from(m.read)),
                msg_key: m.key(),
                msg_body: m.body.read().unwrap_or_default(),
                cloud_custom_data: m.cloud_custom_data.clone(),
            })
            .collect();
        let oldest = page.first();
        Ok(AdminGetRoamMsgResponse {
            complete: i32::from(range.len() <= count),
            msg_cnt: i32::try_from(msg_list.len()).unwrap_or(i32::MAX),
            last_msg_time: oldest.map_or(0, |m| m.time),
            last_msg_key: oldest.map(|m| m.key()).unwrap_or_default(),
            msg_list,
        })
    }
}

impl Emulator {
    /// Refuses an account that is neither imported nor an administrator with `code`.
    fn known(&self, accounts: &Accounts, account: &str, code: ErrorCode) -> Result<(), Fault> {
        if self.is_account(accounts, account) {
            Ok(())
        } else {
            Err(Fault::new(code, format!("{account} has not been imported")))
        }
    }

    /// `AdminMsgWithdraw`: the message `From_Account` sent `To_Account` with that `MsgKey` is
    /// flagged recalled (it stays in history); 90054 for a key of another form, 20022 for no
    /// such message, 20023 for one already recalled.
    pub(crate) fn admin_msg_withdraw_now(
        &self,
        context: &RequestContext,
        request: AdminMsgWithdrawRequest,
    ) -> Result<AdminMsgWithdrawResponse, Fault> {
        self.require_c2c_admin(context, "AdminMsgWithdraw")?;
        if parse_key(&request.msg_key).is_none() {
            return Err(Fault::new(
                errors::E90054,
                format!("MsgKey {} is not a message key", request.msg_key),
            ));
        }
        let mut state = self.lock();
        let message = state
            .accounts
            .messages
            .iter_mut()
            .find(|m| {
                m.from == request.from_account
                    && m.to == request.to_account
                    && m.key() == request.msg_key
            })
            .ok_or_else(|| {
                Fault::new(
                    errors::E20022,
                    format!(
                        "{} sent {} no message {}",
                        request.from_account, request.to_account, request.msg_key
                    ),
                )
            })?;
        if message.recalled {
            return Err(Fault::new(
                errors::E20023,
                format!("message {} has been recalled", request.msg_key),
            ));
        }
        message.recalled = true;
        Ok(AdminMsgWithdrawResponse {})
    }

    /// `AdminSetMsgRead`: the messages `Report_Account` received from `Peer_Account` at or
    /// before `MsgReadTime` (now when it is left out) are read.
    pub(crate) fn admin_set_msg_read_now(
        &self,
        context: &RequestContext,
        request: AdminSetMsgReadRequest,
    ) -> Result<AdminSetMsgReadResponse, Fault> {
        self.require_c2c_admin(context, "AdminSetMsgRead")?;
        let until = match request.msg_read_time.as_deref() {
            None => crate::received_secs(context),
            Some(text) => text.trim().parse::<i64>().map_err(|_| {
                Fault::new(
                    errors::E90010,
                    format!("MsgReadTime {text:?} is not a timestamp in seconds"),
                )
            })?,
        };
        let mut state = self.lock();
        self.known(&state.accounts, &request.report_account, errors::E90048)?;
        self.known(&state.accounts, &request.peer_account, errors::E90048)?;
        for m in state.accounts.messages.iter_mut() {
            if m.to == request.report_account && m.from == request.peer_account && m.time <= until {
                m.read = true;
            }
        }
        Ok(AdminSetMsgReadResponse {})
    }
}

/// The `ErrorList` code of a recipient that does not exist (the account service's code).
pub const ACCOUNT_NOT_FOUND: i64 = 70107;

impl Emulator {
    /// `BatchSendMsg`: the message goes to each recipient that exists, in its conversation with
    /// the sender, with one `MsgKey` for all (the caller's `MsgSeq`, or the first number free in
    /// every one of the conversations); a recipient that does not exist is listed in
    /// `ErrorList` with 70107 and the others still get it.
    pub(crate) fn batch_send_msg_now(
        &self,
        context: &RequestContext,
        request: BatchSendMsgRequest,
    ) -> Result<BatchSendMsgResponse, Fault> {
        self.require_c2c_admin(context, "BatchSendMsg")?;
        let body = body_json(&request.msg_body, errors::E90055)?;
        let time = crate::received_secs(context);
        let from = request
            .from_account
            .unwrap_or_else(|| context.caller.id().to_owned());
        let mut state = self.lock();
        if !self.is_account(&state.accounts, &from) {
            return Err(Fault::new(
                errors::E90008,
                format!("From_Account {from} has not been imported"),
            ));
        }
        let (known, unknown): (Vec<String>, Vec<String>) = request
            .to_account
            .into_iter()
            .partition(|to| self.is_account(&state.accounts, to));
        let seq = request.msg_seq.map(u64::from).unwrap_or_else(|| {
            known
                .iter()
                .map(|to| state.accounts.next_seq(&from, to))
                .max()
                .unwrap_or(1)
        });
        let seq = u32::try_from(seq).ok();
        let mut answer = None;
        for to in known {
            answer = Some(deliver(
                &mut state.accounts,
                Outgoing {
                    from: from.clone(),
                    to,
                    seq,
                    random: request.msg_random,
                    time,
                    body: body.clone(),
                    cloud_custom_data: request.cloud_custom_data.clone(),
                    keep: request.msg_life_time != Some(0),
                },
            ));
        }
        let error_list: Vec<BatchSendError> = unknown
            .into_iter()
            .map(|to| BatchSendError {
                to_account: to,
                error_code: ACCOUNT_NOT_FOUND,
            })
            .collect();
        Ok(BatchSendMsgResponse {
            msg_time: answer.as_ref().map(|(t, _)| *t),
            msg_key: answer.map(|(_, k)| k),
            error_list: (!error_list.is_empty()).then_some(error_list),
        })
    }
}

impl Emulator {
    /// `ImportMsg`: the message is stored at its `MsgTimeStamp` in the two accounts'
    /// conversation (both must exist, 90008 and 90012) unless one with the same `MsgSeq`,
    /// `MsgRandom` and time is there already, either way round.
    pub(crate) fn import_msg_now(
        &self,
        context: &RequestContext,
        request: ImportMsgRequest,
    ) -> Result<ImportMsgResponse, Fault> {
        self.require_c2c_admin(context, "ImportMsg")?;
        let body = body_json(&request.msg_body, errors::E93000)?;
        let mut state = self.lock();
        self.known(&state.accounts, &request.from_account, errors::E90008)?;
        self.known(&state.accounts, &request.to_account, errors::E90012)?;
        deliver(
            &mut state.accounts,
            Outgoing {
                from: request.from_account,
                to: request.to_account,
                seq: request.msg_seq,
                random: request.msg_random,
                time: request.msg_time_stamp,
                body,
                cloud_custom_data: request.cloud_custom_data,
                keep: true,
            },
        );
        Ok(ImportMsgResponse {})
    }
}
