//! The emulator's connections: how long a client may take to send a request's head, how long a
//! connection may sit with nothing moving, how many connections are served at once, and an
//! accept loop that backs off when the process runs out of file descriptors instead of
//! spinning.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::http::Request;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

use crate::App;

/// Limits on the emulator's connections (`--header-read-timeout`, `--body-read-timeout`,
/// `--idle-timeout`, `--max-connections`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// How long a request's head may take to arrive, counted from when the connection is ready
    /// for it: when it opens, or when the previous answer has been sent. A client that sends a
    /// header line now and then, or nothing at all, is cut off after this (10 s by default).
    pub header_read_timeout: Duration,
    /// How long a request's body may take to arrive once its head is read (30 s by default);
    /// a slower one is answered with the vendor's malformed-body error.
    pub body_read_timeout: Duration,
    /// How long a connection may have nothing moving in either direction while none of its
    /// requests is being answered: a client that stops reading its answer, or sends nothing
    /// (30 s by default).
    pub idle_timeout: Duration,
    /// How many connections are served at once (1024 by default); more wait in the listen
    /// queue until one closes.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_read_timeout: Duration::from_secs(10),
            body_read_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(30),
            max_connections: 1024,
        }
    }
}

/// The first wait after an accept error that is not about one connection, and the longest
/// (Go's net/http waits the same: 5 ms, doubling, up to 1 s).
const FIRST_BACKOFF: Duration = Duration::from_millis(5);
const MAX_BACKOFF: Duration = Duration::from_secs(1);

/// Where connections come from: a TCP listener, or a test's stand-in.
pub(crate) trait Acceptor {
    /// A connection.
    type Stream: AsyncRead + AsyncWrite + Unpin + Send + 'static;

    /// The next connection.
    fn accept(&mut self) -> impl Future<Output = io::Result<Self::Stream>> + Send;
}

impl Acceptor for tokio::net::TcpListener {
    type Stream = tokio::net::TcpStream;

    async fn accept(&mut self) -> io::Result<Self::Stream> {
        let (stream, _) = tokio::net::TcpListener::accept(self).await?;
        // Answers are small and written whole: no reason to wait for more to send.
        let _ = stream.set_nodelay(true);
        Ok(stream)
    }
}

/// Whether an accept error is about the one connection being accepted (the peer went away
/// first), so the next accept can follow at once; anything else (no file descriptors, no
/// memory) would fail again at once.
fn is_connection_error(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::Interrupted
    )
}

/// Serves `app` on connections from `acceptor` until `shutdown` completes, then lets requests
/// in flight finish (for at most five seconds).
pub(crate) async fn serve_on<A: Acceptor>(
    mut acceptor: A,
    app: Arc<App>,
    shutdown: impl Future<Output = ()>,
) {
    let limits = app.limits;
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections.max(1)));
    let mut backoff: Option<Duration> = None;
    tokio::pin!(shutdown);
    loop {
        // A free slot first: past the cap, connections wait in the kernel's listen queue.
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot,
            () = &mut shutdown => break,
        };
        let Ok(slot) = slot else { break };
        let accepted = tokio::select! {
            accepted = acceptor.accept() => accepted,
            () = &mut shutdown => break,
        };
        let stream = match accepted {
            Ok(stream) => {
                backoff = None;
                stream
            }
            Err(e) if is_connection_error(&e) => continue,
            Err(_) => {
                let wait = backoff.map_or(FIRST_BACKOFF, |b| (b * 2).min(MAX_BACKOFF));
                backoff = Some(wait);
                tokio::select! {
                    () = tokio::time::sleep(wait) => continue,
                    () = &mut shutdown => break,
                }
            }
        };
        let busy = Arc::new(AtomicUsize::new(0));
        let io = Watched::new(stream, &limits, busy.clone());
        let app = app.clone();
        let service = hyper::service::service_fn(move |request: Request<hyper::body::Incoming>| {
            let app = app.clone();
            let working = Working::start(busy.clone());
            async move {
                let _working = working;
                app.handle(request.map(Body::new)).await
            }
        });
        // The head's timeout is the stream's (`Watched`), so hyper's is off.
        let connection = hyper::server::conn::http1::Builder::new()
            .header_read_timeout(None)
            .serve_connection(TokioIo::new(io), service);
        let watched = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = watched.await;
            drop(slot);
        });
    }
    let _ = tokio::time::timeout(Duration::from_secs(5), graceful.shutdown()).await;
}

/// Counts a request of a connection as being answered, until dropped.
struct Working(Arc<AtomicUsize>);

impl Working {
    fn start(busy: Arc<AtomicUsize>) -> Working {
        busy.fetch_add(1, Ordering::AcqRel);
        Working(busy)
    }
}

impl Drop for Working {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A connection's stream that fails a read or a write with `TimedOut` while none of the
/// connection's requests is being answered (an answer that takes long, such as an injected
/// latency, is neither) and either nothing has moved for `idle`, or no answer has been sent
/// for `head` (the connection opened, or sent its last answer, and no whole request head has
/// come since: a client trickling a head line by line is cut off).
///
/// One timer a connection does both, instead of hyper's header-read timer, which is armed and
/// disarmed for every request.
struct Watched<S> {
    inner: S,
    idle: Duration,
    head: Duration,
    /// When a byte last moved.
    last: Instant,
    /// When a byte was last written (or the connection opened).
    last_write: Instant,
    timer: Pin<Box<Sleep>>,
    busy: Arc<AtomicUsize>,
}

impl<S> Watched<S> {
    fn new(inner: S, limits: &Limits, busy: Arc<AtomicUsize>) -> Self {
        let now = Instant::now();
        let (idle, head) = (limits.idle_timeout, limits.header_read_timeout);
        Watched {
            inner,
            idle,
            head,
            last: now,
            last_write: now,
            timer: Box::pin(tokio::time::sleep_until(now + idle.min(head))),
            busy,
        }
    }

    /// Called when an operation is pending: whether the connection has been idle, or waited
    /// for a request head, too long. Otherwise the timer stays armed, so the task wakes by the
    /// time it would be. Both deadlines only move later, so the timer is moved only when it
    /// fires early (bytes moved since it was set), not on every byte: a busy connection costs
    /// no timer work per request.
    fn expired(&mut self, cx: &mut Context<'_>) -> bool {
        // The timer is polled while a request is being answered too, so that it stays armed
        // with this task's waker: hyper may not read again once the answer is out, and the
        // timer is then what wakes the connection to be checked.
        let busy = self.busy.load(Ordering::Acquire) > 0;
        let deadline = (self.last + self.idle).min(self.last_write + self.head);
        while self.timer.as_mut().poll(cx).is_ready() {
            let now = Instant::now();
            if !busy && now >= deadline {
                return true;
            }
            let next = if busy {
                now + self.idle.min(self.head)
            } else {
                deadline
            };
            self.timer.as_mut().reset(next);
        }
        false
    }

    /// A write's outcome, with progress noted and a pending write failed once idle too long.
    fn written(
        &mut self,
        cx: &mut Context<'_>,
        written: Poll<io::Result<usize>>,
    ) -> Poll<io::Result<usize>> {
        match written {
            Poll::Ready(Ok(n)) => {
                if n > 0 {
                    self.last = Instant::now();
                    self.last_write = self.last;
                }
                Poll::Ready(Ok(n))
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(idle_error())),
            other => other,
        }
    }
}

fn idle_error() -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, "the connection was idle too long")
}

impl<S: AsyncRead + Unpin> AsyncRead for Watched<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if buf.filled().len() > before {
                    self.last = Instant::now();
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(idle_error())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Watched<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let written = Pin::new(&mut self.inner).poll_write(cx, data);
        self.written(cx, written)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let written = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.written(cx, written)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;

    /// An acceptor whose every accept fails as when the process has no file descriptor left.
    struct Exhausted {
        calls: Arc<AtomicUsize>,
    }

    impl Acceptor for Exhausted {
        type Stream = tokio::io::DuplexStream;

        async fn accept(&mut self) -> io::Result<Self::Stream> {
            let calls = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            if calls > 1_000 {
                // A loop that does not back off gets here at once; stop it there.
                std::future::pending::<()>().await;
            }
            Err(io::Error::from_raw_os_error(24)) // EMFILE
        }
    }

    #[tokio::test(start_paused = true)]
    async fn accept_errors_back_off_instead_of_spinning() {
        let app = Arc::new(App::new(Config::new("AK", "SK", 1, "key")));
        let calls = Arc::new(AtomicUsize::new(0));
        let acceptor = Exhausted {
            calls: calls.clone(),
        };
        // Three seconds of (paused, so exact) time: 5, 10, 20 … 640 ms, then 1 s apart.
        serve_on(acceptor, app, tokio::time::sleep(Duration::from_secs(3))).await;
        let calls = calls.load(Ordering::SeqCst);
        assert!((9..=12).contains(&calls), "{calls} accepts in 3 s");
    }

    /// An acceptor whose errors are about single connections: no wait between them.
    struct Aborted {
        calls: Arc<AtomicUsize>,
    }

    impl Acceptor for Aborted {
        type Stream = tokio::io::DuplexStream;

        async fn accept(&mut self) -> io::Result<Self::Stream> {
            if self.calls.fetch_add(1, Ordering::SeqCst) >= 100 {
                std::future::pending::<()>().await;
            }
            tokio::task::yield_now().await;
            Err(io::ErrorKind::ConnectionAborted.into())
        }
    }

    #[tokio::test(start_paused = true)]
    async fn an_aborted_connection_is_no_reason_to_wait() {
        let app = Arc::new(App::new(Config::new("AK", "SK", 1, "key")));
        let calls = Arc::new(AtomicUsize::new(0));
        let acceptor = Aborted {
            calls: calls.clone(),
        };
        serve_on(acceptor, app, tokio::time::sleep(Duration::from_millis(1))).await;
        assert_eq!(calls.load(Ordering::SeqCst), 101);
    }
}
