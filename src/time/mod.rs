//! Dates, timestamps, periods, durations and working days.
//!
//! Every time in the data is read in the data set's time zone (`timezone` in `zhidu.toml`,
//! default Asia/Shanghai). A date alone is a whole day: compared with another date it compares by
//! day; where an exact moment is needed it stands for the start of that day.

pub mod calendar;
pub mod period;
pub mod span;

pub use calendar::Calendar;
pub use period::Period;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

/// A moment read from the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Instant {
    pub ts: Timestamp,
    /// The day in the data set's time zone.
    pub date: Date,
    /// Written as a date with no time of day.
    pub date_only: bool,
}

impl Instant {
    /// The start of a day.
    pub fn day(date: Date, tz: &TimeZone) -> Instant {
        let ts = date
            .to_zoned(tz.clone())
            .map(|z| z.timestamp())
            .unwrap_or(Timestamp::UNIX_EPOCH);
        Instant {
            ts,
            date,
            date_only: true,
        }
    }

    pub fn at(ts: Timestamp, tz: &TimeZone) -> Instant {
        Instant {
            ts,
            date: tz.to_datetime(ts).date(),
            date_only: false,
        }
    }

    /// How it reads in a message: the date alone, or date and local time.
    pub fn display(&self, tz: &TimeZone) -> String {
        if self.date_only {
            self.date.to_string()
        } else {
            let dt = tz.to_datetime(self.ts);
            if dt.second() == 0 && dt.subsec_nanosecond() == 0 {
                dt.strftime("%Y-%m-%d %H:%M").to_string()
            } else {
                dt.strftime("%Y-%m-%d %H:%M:%S").to_string()
            }
        }
    }
}

/// Parses `2026-12-20`, with a message that says what is wrong with a bad one.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(format!("`{text}` is not a date like 2026-12-20"));
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<i16>().unwrap_or(0);
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    civil_date(year, month, day)
}

/// A calendar date, or why it does not exist.
pub fn civil_date(year: i16, month: i16, day: i16) -> Result<Date, String> {
    if !(1..=12).contains(&month) {
        return Err(format!("month {month} does not exist"));
    }
    let first = Date::new(year, month as i8, 1).map_err(|e| e.to_string())?;
    let days = first.days_in_month() as i16;
    if !(1..=days).contains(&day) {
        return Err(format!("{year}-{month:02} has {days} days, not {day}"));
    }
    Date::new(year, month as i8, day as i8).map_err(|e| e.to_string())
}

/// Parses a timestamp of the data: RFC 3339 (`2026-12-20T17:30:00+08:00`), local
/// (`2026-12-20T17:30`, `2026-12-20 17:30`, seconds optional) in `tz`, or a date.
pub fn parse_timestamp(text: &str, tz: &TimeZone) -> Result<Instant, String> {
    let text = text.trim();
    if text.len() == 10 {
        return parse_date(text).map(|d| Instant::day(d, tz));
    }
    let Some(sep) = text.get(10..11) else {
        return Err(format!(
            "`{text}` is not a timestamp like 2026-12-20T17:30:00+08:00"
        ));
    };
    if sep != "T" && sep != "t" && sep != " " {
        return Err(format!(
            "`{text}` is not a timestamp like 2026-12-20T17:30:00+08:00"
        ));
    }
    let date = parse_date(&text[..10])?;
    let rest = &text[11..];
    // The time runs until an offset (`Z`, `+08:00`, `-05:00`), if any.
    let offset_at = rest
        .find(['Z', 'z', '+'])
        .or_else(|| rest.get(1..).and_then(|r| r.find('-')).map(|i| i + 1));
    let (time, offset) = match offset_at {
        Some(i) => (&rest[..i], Some(&rest[i..])),
        None => (rest, None),
    };
    let (hour, minute, second, nanos) = parse_time(time)
        .ok_or_else(|| format!("`{text}` has no valid time of day (expected HH:MM or HH:MM:SS)"))?;
    let dt = DateTime::new(
        date.year(),
        date.month(),
        date.day(),
        hour,
        minute,
        second,
        nanos,
    )
    .map_err(|e| format!("`{text}`: {e}"))?;
    let ts = match offset {
        None => dt
            .to_zoned(tz.clone())
            .map_err(|e| format!("`{text}`: {e}"))?
            .timestamp(),
        Some(offset) => {
            let seconds = parse_offset(offset)
                .ok_or_else(|| format!("`{text}` has an invalid UTC offset `{offset}`"))?;
            let offset =
                jiff::tz::Offset::from_seconds(seconds).map_err(|e| format!("`{text}`: {e}"))?;
            offset
                .to_timestamp(dt)
                .map_err(|e| format!("`{text}`: {e}"))?
        }
    };
    Ok(Instant::at(ts, tz))
}

fn parse_time(time: &str) -> Option<(i8, i8, i8, i32)> {
    let mut parts = time.splitn(3, ':');
    let two = |s: &str| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i8>().ok())
            .flatten()
    };
    let hour = two(parts.next()?)?;
    let minute = two(parts.next()?)?;
    let (second, nanos) = match parts.next() {
        None => (0, 0),
        Some(s) => {
            let (sec, frac) = s.split_once('.').unwrap_or((s, ""));
            let second = two(sec)?;
            if frac.len() > 9 || !frac.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let nanos = if frac.is_empty() {
                0
            } else {
                format!("{frac:0<9}").parse().ok()?
            };
            (second, nanos)
        }
    };
    (hour < 24 && minute < 60 && second < 60).then_some((hour, minute, second, nanos))
}

fn parse_offset(offset: &str) -> Option<i32> {
    if offset.eq_ignore_ascii_case("z") {
        return Some(0);
    }
    let sign = match offset.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m) = offset[1..].split_once(':').unwrap_or((&offset[1..], "00"));
    let h: i32 = (h.len() == 2).then(|| h.parse().ok()).flatten()?;
    let m: i32 = (m.len() == 2).then(|| m.parse().ok()).flatten()?;
    (h < 24 && m < 60).then_some(sign * (h * 3600 + m * 60))
}

/// The data set's time zone by name (IANA), from the bundled database.
pub fn time_zone(name: &str) -> Result<TimeZone, String> {
    TimeZone::get(name)
        .map_err(|_| format!("unknown time zone `{name}` (use an IANA name such as Asia/Shanghai)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shanghai() -> TimeZone {
        time_zone("Asia/Shanghai").unwrap_or(TimeZone::UTC)
    }

    #[test]
    fn dates_say_what_is_wrong() {
        assert!(parse_date("2026-12-20").is_ok());
        assert_eq!(
            parse_date("2026-02-30").unwrap_err(),
            "2026-02 has 28 days, not 30"
        );
        assert_eq!(
            parse_date("2026-13-01").unwrap_err(),
            "month 13 does not exist"
        );
        assert!(parse_date("2026/12/20").unwrap_err().contains("not a date"));
        assert!(parse_date("2024-02-29").is_ok());
    }

    #[test]
    fn timestamps_in_every_accepted_form() {
        let tz = shanghai();
        let a = parse_timestamp("2026-12-20T17:30:00+08:00", &tz).unwrap();
        let b = parse_timestamp("2026-12-20T17:30", &tz).unwrap();
        let c = parse_timestamp("2026-12-20 17:30", &tz).unwrap();
        let d = parse_timestamp("2026-12-20T09:30:00Z", &tz).unwrap();
        assert_eq!(a.ts, b.ts);
        assert_eq!(b.ts, c.ts);
        assert_eq!(c.ts, d.ts);
        assert!(!a.date_only);
        let e = parse_timestamp("2026-12-20", &tz).unwrap();
        assert!(e.date_only);
        assert_eq!(e.date, a.date);
        // 01:00 UTC is 09:00 in Shanghai: the local day is what counts.
        let f = parse_timestamp("2026-12-19T17:00:00-01:00", &tz).unwrap();
        assert_eq!(f.date.to_string(), "2026-12-20");
    }

    #[test]
    fn bad_timestamps_are_rejected() {
        let tz = shanghai();
        for bad in [
            "2026-12-20T25:00",
            "2026-12-20T17",
            "2026-12-20T17:30+8",
            "2026-12-20X17:30",
            "soon",
        ] {
            assert!(parse_timestamp(bad, &tz).is_err(), "{bad}");
        }
    }
}
