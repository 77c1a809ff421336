//! RongCloud's IM Server API, emulated: the app's users, groups, mutes, blocks and messages,
//! with the documented limits. Requests are `POST /<module>/<action>.json` signed with the
//! `App-Key`, `Nonce`, `Timestamp` and `Signature` headers; the emulator is one app, whose App
//! Key and App Secret the configuration gives.

mod groups;
mod messages;
mod state;
mod users;

use std::future::Future;
use std::sync::Arc;

use imapi::rongcloud_im::{self as rc, errors, server::Service, UserInfoRequest, UserInfoResponse};
use imapi_runtime::rongcloud::server::App as KnownApp;
use imapi_runtime::server::{Fault, RequestContext, Secret, ServerConfig};

use crate::vendor::{AppSource, Catalog, Operations, Paths, Served};
use crate::{Config, Emulator};

pub use state::{File as StateFile, Gag, Group, Message, Rongcloud as State, User};

/// The number the emulator's RongCloud app is known by in its records (an App Key is text).
pub const APP_ID: i64 = 1;

/// The RongCloud app the emulator is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    /// Its App Key.
    pub app_key: String,
    /// Its App Secret, which requests are signed with.
    pub app_secret: Secret,
}

impl App {
    /// What makes the app unsafe to serve: a blank App Key or App Secret.
    pub(crate) fn problems(&self) -> Vec<&'static str> {
        let mut problems = Vec::new();
        if self.app_key.trim().is_empty() {
            problems
                .push("the RongCloud App Key (--rongcloud-app-key, RONGCLOUD_APP_KEY) is empty");
        }
        if self.app_secret.expose().trim().is_empty() {
            problems.push(
                "the RongCloud App Secret (--rongcloud-app-secret, RONGCLOUD_APP_SECRET) is empty: any request signed with the empty secret would pass",
            );
        }
        problems
    }
}

/// The command line's RongCloud settings.
#[derive(clap::Args)]
pub struct Args {
    /// The RongCloud app's App Key (or RONGCLOUD_APP_KEY); without it RongCloud requests are
    /// refused.
    #[arg(long, env = "RONGCLOUD_APP_KEY", requires = "rongcloud_app_secret")]
    rongcloud_app_key: Option<String>,
    /// Its App Secret, which requests are signed with (or RONGCLOUD_APP_SECRET).
    #[arg(
        long,
        env = "RONGCLOUD_APP_SECRET",
        hide_env_values = true,
        requires = "rongcloud_app_key"
    )]
    rongcloud_app_secret: Option<String>,
}

impl std::fmt::Debug for Args {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The App Secret is never shown.
        f.debug_struct("Args")
            .field("rongcloud_app_key", &self.rongcloud_app_key)
            .field(
                "rongcloud_app_secret",
                &self
                    .rongcloud_app_secret
                    .as_ref()
                    .map(|_| imapi_runtime::redact::REDACTED),
            )
            .finish()
    }
}

impl Args {
    /// The app the command line names, if any.
    pub fn app(self) -> Option<App> {
        let (app_key, secret) = self.rongcloud_app_key.zip(self.rongcloud_app_secret)?;
        Some(App {
            app_key,
            app_secret: Secret::new(&secret),
        })
    }
}

/// RongCloud as the emulator describes it: requests under its operations' modules (`/user/`,
/// `/group/`, `/message/`), the app named only by the signed headers.
pub(crate) fn catalog() -> Catalog {
    Catalog::new(
        "rongcloud",
        &rc::SPEC,
        errors::ALL,
        Paths::Modules,
        AppSource::Credentials,
        rc::for_each_operation::<Operations>,
    )
}

/// The one app the emulator is, if it is configured as one.
#[derive(Debug)]
struct Keys(Option<App>);

impl rc::server::Keys for Keys {
    fn app(&self, app_key: &str) -> Option<KnownApp> {
        let app = self.0.as_ref().filter(|app| app.app_key == app_key)?;
        Some(KnownApp {
            id: APP_ID,
            app_secret: app.app_secret.clone(),
        })
    }
}

/// The vendor's router over the emulator's state.
pub(crate) fn served(
    emulator: Arc<Emulator>,
    config: &Config,
    base: ServerConfig<()>,
    catalog: &'static Catalog,
) -> Served {
    let gateway = rc::server::Gateway::new(Keys(config.rongcloud.clone()));
    let table = rc::server::routes(emulator, base.with_protocol(gateway.clone())).into_table();
    Served::new(catalog, table, gateway)
}

/// A time as the pages write one (`2016-05-24 10:38:19`): Beijing time, which the China data
/// center answers in.
pub(crate) fn beijing_time(unix_ms: i64) -> String {
    const BEIJING: i64 = 8 * 3600;
    let secs = unix_ms.div_euclid(1000) + BEIJING;
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = imapi_runtime::time::civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// The time a request was received (Unix milliseconds).
pub(crate) fn millis(context: &RequestContext) -> i64 {
    i64::try_from(context.received_at.as_millis()).unwrap_or(i64::MAX)
}

/// The refusal for a user that is not registered: the pages name no code, so it is the
/// parameter error (1002) that names the user.
pub(crate) fn no_such_user(user_id: &str) -> Fault {
    Fault::new(
        errors::E1002,
        format!("user {user_id} is not registered (UserGetToken registers users)"),
    )
}

impl Emulator {
    fn user_info_now(&self, request: UserInfoRequest) -> Result<UserInfoResponse, Fault> {
        let state = self.lock();
        let user = state
            .rongcloud
            .users
            .get(&request.user_id)
            .ok_or_else(|| no_such_user(&request.user_id))?;
        Ok(UserInfoResponse {
            user_name: user.name.clone(),
            user_portrait: user.portrait_uri.clone(),
            create_time: beijing_time(user.created_at),
        })
    }
}

impl Service for Emulator {
    answer_now! { Emulator, user_info, rc::UserInfo => user_info_now }
    answer_now! { Emulator, group_create, rc::GroupCreate => group_create_now }
    answer_now! { Emulator, group_join, rc::GroupJoin => group_join_now }
    answer_now! { Emulator, group_quit, rc::GroupQuit => group_quit_now }
    answer_now! { Emulator, group_dismiss, rc::GroupDismiss => group_dismiss_now }
    answer_now! { Emulator, group_refresh, rc::GroupRefresh => group_refresh_now }
    answer_now! { Emulator, group_sync, rc::GroupSync => group_sync_now }
    answer_now! { Emulator, group_user_query, rc::GroupUserQuery => group_user_query_now }
    answer_now! { Emulator, user_group_query, rc::UserGroupQuery => user_group_query_now }
    answer_now! { Emulator, group_user_gag_add, rc::GroupUserGagAdd => group_user_gag_add_now(context) }
    answer_now! { Emulator, group_user_gag_rollback, rc::GroupUserGagRollback => group_user_gag_rollback_now }
    answer_now! { Emulator, group_user_gag_list, rc::GroupUserGagList => group_user_gag_list_now(context) }
    answer_now! { Emulator, user_get_token, rc::UserGetToken => user_get_token_now(context) }
    answer_now! { Emulator, user_refresh, rc::UserRefresh => user_refresh_now }
    answer_now! { Emulator, user_token_expire, rc::UserTokenExpire => user_token_expire_now }
    answer_now! { Emulator, user_block, rc::UserBlock => user_block_now(context) }
    answer_now! { Emulator, user_unblock, rc::UserUnblock => user_unblock_now }
    answer_now! { Emulator, user_block_query, rc::UserBlockQuery => user_block_query_now(context) }
    answer_now! { Emulator, user_check_online, rc::UserCheckOnline => user_check_online_now(context) }
    answer_now! { Emulator, message_private_publish, rc::MessagePrivatePublish => message_private_publish_now(context) }
    answer_now! { Emulator, message_group_publish, rc::MessageGroupPublish => message_group_publish_now(context) }
    answer_now! { Emulator, message_recall, rc::MessageRecall => message_recall_now }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flags_never_show_the_secret() {
        use clap::Parser;
        #[derive(Parser)]
        struct Cli {
            #[command(flatten)]
            rongcloud: Args,
        }
        let cli = Cli::try_parse_from([
            "emulator",
            "--rongcloud-app-key",
            "key",
            "--rongcloud-app-secret",
            "the-app-secret",
        ])
        .unwrap();
        let shown = format!("{:?}", cli.rongcloud);
        assert!(
            shown.contains("key") && !shown.contains("the-app-secret"),
            "{shown}"
        );
        let app = cli.rongcloud.app().expect("both flags");
        assert!(!format!("{app:?}").contains("the-app-secret"));
        assert_eq!(app.app_secret.expose(), "the-app-secret");
    }

    #[test]
    fn times_are_written_in_beijing_time() {
        // 2016-05-24 02:38:19 UTC.
        assert_eq!(beijing_time(1_464_057_499_000), "2016-05-24 10:38:19");
        assert_eq!(beijing_time(0), "1970-01-01 08:00:00");
    }
}
