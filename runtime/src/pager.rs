//! Walking a paginated operation: a [`Stream`] of its pages, each fetched when the previous
//! one has been taken, until the answer says it was the last.

use std::future::Future;

pub use futures_util::stream::{Stream, StreamExt};

use crate::decode::DecodeError;
use crate::error::Error;
use crate::operation::{PageStep, Paginated};

/// The pages of `Op` from `first` on: `fetch` makes one call; after each page
/// [`Paginated::next_page`] says what follows. A failed call ends the stream after its error,
/// and so does an answer that names the position just asked for (the walk would never end).
pub fn pages<'c, Op, F, Fut>(
    first: Op::Input,
    fetch: F,
) -> impl Stream<Item = Result<Op::Output, Error>> + 'c
where
    Op: Paginated,
    F: Fn(Op::Input) -> Fut + 'c,
    Fut: Future<Output = (Op::Input, Result<Op::Output, Error>)> + 'c,
{
    futures_util::stream::unfold(Some(first), move |next| {
        let call = next.map(&fetch);
        async move {
            let (request, answer) = call?.await;
            Some(match answer {
                Err(e) => (Err(e), None),
                Ok(page) => match Op::next_page(&request, &page) {
                    PageStep::Next(next) => (Ok(page), Some(next)),
                    PageStep::Done => (Ok(page), None),
                    PageStep::Stalled => {
                        let field = Op::OP
                            .pagination
                            .and_then(|p| p.response_field)
                            .unwrap_or_default();
                        let stalled = Error::Decode(DecodeError {
                            path: field.to_owned(),
                            message: "the answer says more pages follow but names the position just asked for".into(),
                            line: 0,
                            column: 0,
                        });
                        (Err(stalled), None)
                    }
                },
            })
        }
    })
}
