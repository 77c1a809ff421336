//! Runs independent jobs on all of the machine's cores: rendering the generated files (each
//! depends only on the IR) and writing them. Jobs are taken in the order given, so a caller
//! puts the largest first and the small ones fill in behind; results come back in that same
//! order whichever thread ran them.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// One unit of work.
pub type Job<'a, T> = Box<dyn FnOnce() -> T + Send + 'a>;

/// A job panicked: a bug in the generator, reported rather than propagated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panicked;

/// How many threads to use for `jobs` jobs: the machine's cores, at most one per job.
pub fn workers(jobs: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs)
        .max(1)
}

/// Runs every job and returns their results in the order of `jobs`.
pub fn run<'a, T: Send>(jobs: Vec<Job<'a, T>>) -> Result<Vec<T>, Panicked> {
    let count = jobs.len();
    let workers = workers(count);
    if workers <= 1 {
        return std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            jobs.into_iter().map(|job| job()).collect()
        }))
        .map_err(|_| Panicked);
    }
    let slots: Vec<Mutex<Option<Job<'a, T>>>> =
        jobs.into_iter().map(|j| Mutex::new(Some(j))).collect();
    let next = AtomicUsize::new(0);
    let done: Vec<Vec<(usize, T)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(slot) = slots.get(index) else {
                            break;
                        };
                        let job = slot.lock().ok().and_then(|mut s| s.take());
                        if let Some(job) = job {
                            mine.push((index, job()));
                        }
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().map_err(|_| Panicked))
            .collect::<Result<_, _>>()
    })?;
    let mut ordered: Vec<Option<T>> = (0..count).map(|_| None).collect();
    for (index, value) in done.into_iter().flatten() {
        ordered[index] = Some(value);
    }
    ordered.into_iter().map(|v| v.ok_or(Panicked)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_the_jobs_order() {
        let jobs: Vec<Job<'_, usize>> = (0..200usize)
            .map(|i| {
                Box::new(move || {
                    // Uneven work, so threads finish out of order.
                    (0..(i % 7) * 1000).fold(i, |a, b| a.wrapping_add(b) % 1_000_003)
                }) as Job<'_, usize>
            })
            .collect();
        let expected: Vec<usize> = (0..200usize)
            .map(|i| (0..(i % 7) * 1000).fold(i, |a, b| a.wrapping_add(b) % 1_000_003))
            .collect();
        assert_eq!(run(jobs), Ok(expected));
    }

    #[test]
    fn jobs_may_borrow_from_the_caller() {
        let words = ["a", "bb", "ccc"];
        let jobs: Vec<Job<'_, usize>> = words
            .iter()
            .map(|w| Box::new(move || w.len()) as Job<'_, usize>)
            .collect();
        assert_eq!(run(jobs), Ok(vec![1, 2, 3]));
        assert_eq!(run(Vec::<Job<'_, ()>>::new()), Ok(vec![]));
    }

    #[test]
    fn a_panicking_job_is_reported_not_propagated() {
        let jobs: Vec<Job<'_, u8>> =
            vec![Box::new(|| 1), Box::new(|| panic!("a bug")), Box::new(|| 3)];
        assert_eq!(run(jobs), Err(Panicked));
    }
}
