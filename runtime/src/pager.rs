//! Walking a paginated operation: a [`Stream`] of its pages, each fetched when the previous
//! one has been taken, until the answer says it was the last.

use std::future::Future;

pub use futures_util::stream::{Stream, StreamExt};

use crate::decode::DecodeError;
use crate::error::Error;
use crate::operation::{PageStep, Paginated};

/// The pages of `Op` from `first` on: `fetch` makes one call; after each page
/// [`Paginated::next_page`] says what follows. A failed call ends the stream after its error,
/// and so does an answer whose next position does not move on from the one just asked for
/// (the walk would never end), or whose paging fields hold what the document does not allow
/// for: the page is yielded, then the error.
/// The stream is `Unpin` (`stream.next().await` needs no pinning) and `Send`.
pub fn pages<'c, Op, F, Fut>(
    first: Op::Input,
    fetch: F,
) -> impl Stream<Item = Result<Op::Output, Error>> + Send + Unpin + 'c
where
    Op: Paginated,
    F: Fn(Op::Input) -> Fut + Send + 'c,
    Fut: Future<Output = (Op::Input, Result<Op::Output, Error>)> + Send + 'c,
{
    Box::pin(futures_util::stream::unfold(
        Walk::Next(first),
        move |walk| {
            let call = match walk {
                Walk::Next(request) => Ok(fetch(request)),
                Walk::Failed(error) => Err(error),
                Walk::Done => return futures_util::future::Either::Left(std::future::ready(None)),
            };
            futures_util::future::Either::Right(async move {
                let (request, answer) = match call {
                    Ok(call) => call.await,
                    // The page that could not be walked on was yielded; now the error, and the end.
                    Err(error) => return Some((Err(error), Walk::Done)),
                };
                Some(match answer {
                    Err(e) => (Err(e), Walk::Done),
                    Ok(page) => match Op::next_page(&request, &page) {
                        PageStep::Next(next) => (Ok(page), Walk::Next(next)),
                        PageStep::Done => (Ok(page), Walk::Done),
                        PageStep::Stalled(field) => (Ok(page), Walk::Failed(stalled(field))),
                        PageStep::Invalid { field, message } => (
                            Ok(page),
                            Walk::Failed(Error::Decode(DecodeError::shape(field, message))),
                        ),
                    },
                })
            })
        },
    ))
}

/// Where a walk stands.
enum Walk<T> {
    /// The next request to send.
    Next(T),
    /// The last page cannot be walked on: this error follows it.
    Failed(Error),
    /// Nothing more.
    Done,
}

/// The error that ends a stalled walk, at the field that failed to move.
fn stalled(field: &'static str) -> Error {
    Error::Decode(DecodeError::shape(
        field,
        "the answer says more pages follow but its next position does not move on from the one just asked for",
    ))
}
