//! Time: the calendar arithmetic that the vendors' date formats need (Volcengine's `X-Date`,
//! HTTP's `Retry-After` dates), and a [`Clock`] that servers and caches read so tests can move
//! time by hand.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Now, as Unix seconds (0 if the system clock is before 1970).
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A source of the current time. The system clock in production; [`ManualClock`] in tests.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// Now, as Unix time with sub-second precision.
    fn now(&self) -> Duration;

    /// Now, as whole Unix seconds.
    fn now_secs(&self) -> u64 {
        self.now().as_secs()
    }
}

/// The system's wall clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
    }
}

/// A clock that stands still until moved; clones share the same time.
#[derive(Debug, Clone, Default)]
pub struct ManualClock {
    nanos: Arc<AtomicU64>,
}

impl ManualClock {
    /// A clock showing `unix` (seconds and fractions).
    pub fn at(unix: Duration) -> Self {
        let clock = ManualClock::default();
        clock.set(unix);
        clock
    }

    /// Sets the time.
    pub fn set(&self, unix: Duration) {
        let nanos = u64::try_from(unix.as_nanos()).unwrap_or(u64::MAX);
        self.nanos.store(nanos, Ordering::SeqCst);
    }

    /// Moves the time forward.
    pub fn advance(&self, by: Duration) {
        let by = u64::try_from(by.as_nanos()).unwrap_or(u64::MAX);
        let _ = self
            .nanos
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                Some(n.saturating_add(by))
            });
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        Duration::from_nanos(self.nanos.load(Ordering::SeqCst))
    }
}

/// The civil date (year, month 1-12, day 1-31) of a day count since 1970-01-01.
// Howard Hinnant's civil-calendar conversions (public-domain algorithms).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The day count since 1970-01-01 of a civil date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 } as i64;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Unix time of a valid civil date and time of day, or `None` when a part is out of range
/// (31 February, hour 24, a year before 1970).
pub fn unix_from_civil(y: i64, m: u32, d: u32, hh: u32, mm: u32, ss: u32) -> Option<u64> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    let days = days_from_civil(y, m, d);
    if days < 0 || civil_from_days(days) != (y, m, d) {
        return None;
    }
    Some(days as u64 * 86_400 + u64::from(hh) * 3600 + u64::from(mm) * 60 + u64::from(ss))
}

/// How long a `Retry-After` header asks to wait: delay-seconds (`120`) or an HTTP date
/// (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110 §10.2.3) measured from `now`. A date in the past
/// means no wait; anything unparseable is `None`.
pub fn parse_retry_after(value: &str, now: u64) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    parse_http_date(value).map(|at| Duration::from_secs(at.saturating_sub(now)))
}

/// The Unix time of an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
pub fn parse_http_date(value: &str) -> Option<u64> {
    let rest = value.split_once(", ")?.1;
    let mut parts = rest.split(' ');
    let day: u32 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':');
    let hh: u32 = clock.next()?.parse().ok()?;
    let mm: u32 = clock.next()?.parse().ok()?;
    let ss: u32 = clock.next()?.parse().ok()?;
    if parts.next()? != "GMT" || parts.next().is_some() || clock.next().is_some() {
        return None;
    }
    unix_from_civil(year, month, day, hh, mm, ss)
}

/// A Unix time in the compact ISO 8601 form `YYYYMMDD'T'HHMMSS'Z'` (Volcengine's `X-Date`,
/// and the stamp of request ids and log lines).
pub fn format_compact(unix_seconds: u64) -> String {
    let days = unix_seconds / 86_400;
    let rem = unix_seconds % 86_400;
    let (y, m, d) = civil_from_days(days as i64);
    // Digits written in place: this stamps every signed request and every request id, and
    // `format!` cost a third of a microsecond.
    let mut out = *b"00000000T000000Z";
    let mut put = |at: usize, width: usize, mut value: u64| {
        for i in (at..at + width).rev() {
            out[i] = b'0' + (value % 10) as u8;
            value /= 10;
        }
    };
    put(0, 4, u64::try_from(y).unwrap_or(0).min(9999));
    put(4, 2, u64::from(m));
    put(6, 2, u64::from(d));
    put(9, 2, rem / 3600);
    put(11, 2, rem % 3600 / 60);
    put(13, 2, rem % 60);
    out.iter().map(|&b| char::from(b)).collect()
}

/// The Unix time of a compact ISO 8601 time (`20240102T030405Z`), or `None` when it is
/// malformed.
pub fn parse_compact(x_date: &str) -> Option<u64> {
    let b = x_date.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = x_date.get(r)?;
        if !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (y, m, d) = (num(0..4)?, num(4..6)?, num(6..8)?);
    let (hh, mm, ss) = (num(9..11)?, num(11..13)?, num(13..15)?);
    unix_from_civil(i64::from(y), m, d, hh, mm, ss)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_times_round_trip() {
        assert_eq!(format_compact(0), "19700101T000000Z");
        assert_eq!(format_compact(1_704_164_645), "20240102T030405Z");
        assert_eq!(parse_compact("20240102T030405Z"), Some(1_704_164_645));
        assert_eq!(format_compact(951_782_400), "20000229T000000Z");
        for bad in [
            "",
            "20240102030405Z",
            "20241302T030405Z",
            "20240230T000000Z",
            "2024010xT030405Z",
            "20240102T250000Z",
        ] {
            assert_eq!(parse_compact(bad), None, "{bad}");
        }
        // Every second of a spread of days to the year 9999 reads back as itself.
        let last = parse_compact("99991231T235959Z").unwrap();
        let mut t = 0u64;
        while t <= last {
            let text = format_compact(t);
            assert_eq!(parse_compact(&text), Some(t), "{text}");
            t += 86_399 * 37 + 12_345;
        }
    }

    #[test]
    fn retry_after_takes_seconds_or_a_date() {
        assert_eq!(parse_retry_after("30", 0), Some(Duration::from_secs(30)));
        assert_eq!(parse_retry_after(" 0 ", 0), Some(Duration::ZERO));
        // 784111777 is Sun, 06 Nov 1994 08:49:37 GMT.
        let date = "Sun, 06 Nov 1994 08:49:37 GMT";
        assert_eq!(parse_http_date(date), Some(784_111_777));
        assert_eq!(
            parse_retry_after(date, 784_111_700),
            Some(Duration::from_secs(77))
        );
        assert_eq!(
            parse_retry_after(date, 784_111_800),
            Some(Duration::ZERO),
            "a past date means no wait"
        );
        for bad in [
            "",
            "-1",
            "1.5",
            "soon",
            "Sun, 31 Feb 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
        ] {
            assert_eq!(parse_retry_after(bad, 0), None, "{bad:?}");
        }
        assert_eq!(
            parse_retry_after("99999999999999999999999", 0),
            Some(Duration::from_secs(u64::MAX)),
            "huge values saturate (and exceed any cap)"
        );
    }

    #[test]
    fn manual_clocks_are_shared_and_move_by_hand() {
        let clock = ManualClock::at(Duration::from_secs(100));
        let other = clock.clone();
        clock.advance(Duration::from_millis(1500));
        assert_eq!(other.now(), Duration::from_millis(101_500));
        assert_eq!(other.now_secs(), 101);
    }
}
