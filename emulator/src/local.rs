//! The emulator inside a test's own process: [`Local`] serves on a free port of 127.0.0.1 and
//! answers, beside the vendors' requests, what the program under test sent.

use std::sync::Arc;

use crate::journal::{Entry, Filter, Times, Verification};
use crate::{serve, App, Config};

/// An emulator serving on a free port of 127.0.0.1 inside this process, for tests and
/// examples; it stops when dropped.
pub struct Local {
    /// `http://127.0.0.1:<port>`.
    pub base_url: String,
    app: Arc<App>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Local {
    /// Starts the emulator of `config` on the current tokio runtime; a configuration that
    /// [`Config::check`] refuses is an `InvalidInput` error.
    pub async fn start(config: Config) -> std::io::Result<Local> {
        config
            .check()
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let base_url = format!("http://{}", listener.local_addr()?);
        let app = Arc::new(App::new(config));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(serve(listener, app.clone(), async move {
            let _ = stopped.await;
        }));
        Ok(Local {
            base_url,
            app,
            stop: Some(stop),
        })
    }

    /// The running emulator, to look at or change its state.
    pub fn app(&self) -> &Arc<App> {
        &self.app
    }

    /// The journal's requests matching `filter`, oldest first (decode one with
    /// [`Entry::request`]).
    pub fn requests(&self, filter: &Filter) -> Vec<Entry> {
        let page = self.app.journal().list(filter, usize::MAX);
        page.entries.iter().rev().map(|e| (**e).clone()).collect()
    }

    /// Whether the requests matching `filter` number `times`; when too few do, the answer
    /// names the closest requests and how each differs. Its `Display` is a test's failure
    /// message: `assert!(v.holds, "{v}")`.
    pub fn verify(&self, filter: &Filter, times: Times) -> Verification {
        self.app.journal().verify(filter, times)
    }
}

impl std::fmt::Debug for Local {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Local")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl Drop for Local {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
