//! The emulated vendors, one line each: what is added to emulate another vendor, beside its
//! own file.

use std::sync::{Arc, OnceLock};

use imapi_runtime::server::ServerConfig;

use crate::journal::Journal;
use crate::record::Recorder;
use crate::vendor::{Catalog, Served};
use crate::{Config, Emulator};

/// How a vendor's file serves it: its router over the emulator's state, with the settings every
/// router shares.
pub(crate) type Serve = fn(Arc<Emulator>, &Config, ServerConfig<()>, &'static Catalog) -> Served;

/// One emulated vendor: its catalog and how it is served.
struct Registration {
    catalog: fn() -> Catalog,
    serve: Serve,
}

/// Every emulated vendor, one line each.
const VENDORS: &[Registration] = &[
    Registration {
        catalog: crate::volcengine::catalog,
        serve: crate::volcengine::served,
    },
    Registration {
        catalog: crate::tencent::catalog,
        serve: crate::tencent::served,
    },
    Registration {
        catalog: crate::rongcloud::catalog,
        serve: crate::rongcloud::served,
    },
];

/// Every emulated vendor's catalog.
pub fn catalogs() -> &'static [Catalog] {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    CATALOGS.get_or_init(|| VENDORS.iter().map(|v| (v.catalog)()).collect())
}

/// Every vendor, served over `emulator`.
pub(crate) fn serve_all(
    emulator: &Arc<Emulator>,
    config: &Config,
    journal: &Arc<Journal>,
) -> Vec<Served> {
    catalogs()
        .iter()
        .zip(VENDORS)
        .map(|(catalog, v)| {
            let base = base(config, catalog, journal);
            (v.serve)(emulator.clone(), config, base, catalog)
        })
        .collect()
}

/// The catalog of the vendor fault rules call `name`.
pub fn catalog(name: &str) -> Option<&'static Catalog> {
    catalogs().iter().find(|c| c.name == name)
}

/// The names of the emulated vendors, for messages.
pub fn names() -> Vec<&'static str> {
    catalogs().iter().map(|c| c.name).collect()
}

/// The settings every vendor's router shares, from the emulator's configuration, and what
/// records the vendor's requests (the log, the journal).
fn base(config: &Config, catalog: &'static Catalog, journal: &Arc<Journal>) -> ServerConfig<()> {
    let mut server = ServerConfig::new(());
    server.enforce_rate_limits = config.rate_limits;
    server.body_read_timeout = config.limits.body_read_timeout;
    if config.log || journal.is_on() {
        server = server.with_observer(Recorder {
            catalog,
            journal: journal.is_on().then(|| journal.clone()),
            log: config.log,
        });
    }
    server
}
