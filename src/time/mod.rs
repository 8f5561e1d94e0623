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

use crate::i18n::Message;
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

/// An error of the date library, as it words it (years out of range and the like).
fn library(e: jiff::Error) -> Message {
    Message::new("detail").arg("detail", e.to_string())
}

fn library_at(e: jiff::Error, text: &str) -> Message {
    Message::new("time-library-at")
        .arg("text", text)
        .arg("detail", e.to_string())
}

/// Parses `2026-12-20`, with a message that says what is wrong with a bad one.
pub fn parse_date(text: &str) -> Result<Date, Message> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(Message::new("time-not-a-date").arg("text", text));
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<i16>().unwrap_or(0);
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    civil_date(year, month, day)
}

/// The forms of a date in data files, for messages (`date-forms` of the catalogues).
pub fn date_forms() -> Message {
    Message::new("date-forms")
}

/// Parses a date of a data file: `2026-11-03`, or as spreadsheets and OA exports write it:
/// `2026/11/3`, `2026.11.3`, `2026年11月3日`. A form whose day and month could be read either way
/// (`11/3/2026`, `03/11/2026`) is refused, naming the forms that are accepted.
pub fn parse_data_date(text: &str) -> Result<Date, Message> {
    let text = text.trim();
    let iso = text.len() == 10 && text.as_bytes().get(4) == Some(&b'-');
    if iso {
        return parse_date(text);
    }
    match written_date(text) {
        Some(Ok((year, month, day))) => civil_date(year, month, day),
        Some(Err(e)) => Err(e),
        None => Err(Message::new("time-not-a-data-date")
            .arg("text", text)
            .arg("forms", date_forms())),
    }
}

/// Does the text read as a date of a data file, valid or not (for `attrs`, which hold dates only
/// when they look like one)?
pub fn looks_like_date(text: &str) -> bool {
    let date = text.trim().split([' ', 'T']).next().unwrap_or_default();
    (date.len() == 10 && date.as_bytes().get(4) == Some(&b'-') && parse_date(date).is_ok())
        || matches!(written_date(date), Some(Ok(_)))
}

/// Year, month and day of `2026/11/3`, `2026.11.3`, `2026-11-3` or `2026年11月3日`; `None` when
/// the text is none of them, an error when it is a date in an order that cannot be told.
fn written_date(text: &str) -> Option<Result<(i16, i16, i16), Message>> {
    let number = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i16>().ok())
            .flatten()
    };
    if let Some(rest) = text.strip_suffix('日') {
        let (year, rest) = rest.split_once('年')?;
        let (month, day) = rest.split_once('月')?;
        return Some(Ok((number(year, 4)?, number(month, 2)?, number(day, 2)?)));
    }
    let separator = text.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = text.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if a.len() == 4 {
        return Some(Ok((number(a, 4)?, number(b, 2)?, number(c, 2)?)));
    }
    if c.len() == 4 && number(a, 2).is_some() && number(b, 2).is_some() && number(c, 4).is_some() {
        return Some(Err(Message::new("time-ambiguous-date")
            .arg("text", text)
            .arg("forms", date_forms())));
    }
    None
}

/// A calendar date, or why it does not exist.
pub fn civil_date(year: i16, month: i16, day: i16) -> Result<Date, Message> {
    if !(1..=12).contains(&month) {
        return Err(Message::new("time-no-month").arg("month", i64::from(month)));
    }
    let first = Date::new(year, month as i8, 1).map_err(library)?;
    let days = first.days_in_month() as i16;
    if !(1..=days).contains(&day) {
        return Err(Message::new("time-no-day")
            .arg("month", format!("{year}-{month:02}"))
            .arg("days", i64::from(days))
            .arg("day", i64::from(day)));
    }
    Date::new(year, month as i8, day as i8).map_err(library)
}

/// Parses a timestamp of the data: RFC 3339 (`2026-12-20T17:30:00+08:00`), local
/// (`2026-12-20T17:30`, `2026-12-20 17:30`, seconds optional) in `tz`, or a date.
pub fn parse_timestamp(text: &str, tz: &TimeZone) -> Result<Instant, Message> {
    let text = text.trim();
    if text.len() == 10 {
        return parse_date(text).map(|d| Instant::day(d, tz));
    }
    let Some(sep) = text.get(10..11) else {
        return Err(Message::new("time-not-a-timestamp").arg("text", text));
    };
    if sep != "T" && sep != "t" && sep != " " {
        return Err(Message::new("time-not-a-timestamp").arg("text", text));
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
    let (hour, minute, second, nanos) =
        parse_time(time).ok_or_else(|| Message::new("time-no-time-of-day").arg("text", text))?;
    let dt = DateTime::new(
        date.year(),
        date.month(),
        date.day(),
        hour,
        minute,
        second,
        nanos,
    )
    .map_err(|e| library_at(e, text))?;
    let ts = match offset {
        None => dt
            .to_zoned(tz.clone())
            .map_err(|e| library_at(e, text))?
            .timestamp(),
        Some(offset) => {
            let seconds = parse_offset(offset).ok_or_else(|| {
                Message::new("time-bad-offset")
                    .arg("text", text)
                    .arg("offset", offset)
            })?;
            let offset =
                jiff::tz::Offset::from_seconds(seconds).map_err(|e| library_at(e, text))?;
            offset.to_timestamp(dt).map_err(|e| library_at(e, text))?
        }
    };
    Ok(Instant::at(ts, tz))
}

/// Parses a timestamp of a data file: any form [`parse_timestamp`] takes, or a date as exports
/// write it ([`parse_data_date`]) with an optional local time of day: `2026/11/3 14:05`,
/// `2026年11月3日 9:05:30`.
pub fn parse_data_timestamp(text: &str, tz: &TimeZone) -> Result<Instant, Message> {
    let text = text.trim();
    let iso = text.len() >= 10
        && text.as_bytes().get(4) == Some(&b'-')
        && text.is_char_boundary(10)
        && parse_date(&text[..10]).is_ok();
    if iso || text.len() == 10 && text.as_bytes().get(4) == Some(&b'-') {
        return parse_timestamp(text, tz);
    }
    let (date, time) = match text.split_once([' ', 'T']) {
        Some((date, time)) => (date, Some(time.trim())),
        None => (text, None),
    };
    let date = parse_data_date(date)?;
    let Some(time) = time else {
        return Ok(Instant::day(date, tz));
    };
    // A single-digit hour (`9:05`), as spreadsheets print it.
    let padded = match time.find(':') {
        Some(1) => format!("0{time}"),
        _ => time.to_string(),
    };
    let (hour, minute, second, nanos) =
        parse_time(&padded).ok_or_else(|| Message::new("time-no-time-of-day").arg("text", text))?;
    let ts = DateTime::new(
        date.year(),
        date.month(),
        date.day(),
        hour,
        minute,
        second,
        nanos,
    )
    .and_then(|dt| dt.to_zoned(tz.clone()))
    .map_err(|e| library_at(e, text))?
    .timestamp();
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
pub fn time_zone(name: &str) -> Result<TimeZone, Message> {
    TimeZone::get(name).map_err(|_| Message::new("time-unknown-zone").arg("name", name))
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
            parse_date("2026-02-30").unwrap_err().to_string(),
            "2026-02 has 28 days, not 30"
        );
        assert_eq!(
            parse_date("2026-13-01").unwrap_err().to_string(),
            "month 13 does not exist"
        );
        assert!(
            parse_date("2026/12/20")
                .unwrap_err()
                .to_string()
                .contains("not a date")
        );
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

    #[test]
    fn dates_as_exports_write_them() {
        let day = |t: &str| parse_data_date(t).map(|d| d.to_string());
        for form in [
            "2026-11-03",
            "2026/11/3",
            "2026/11/03",
            "2026.11.3",
            "2026-11-3",
            "2026年11月3日",
            " 2026/11/3 ",
        ] {
            assert_eq!(day(form).as_deref(), Ok("2026-11-03"), "{form}");
        }
        for ambiguous in ["11/3/2026", "03/11/2026", "3.11.2026"] {
            let e = parse_data_date(ambiguous).unwrap_err();
            assert!(e.to_string().contains("day-first or month-first"), "{e}");
        }
        assert_eq!(
            day("2026/2/30").unwrap_err().to_string(),
            "2026-02 has 28 days, not 30"
        );
        for bad in [
            "2026/11",
            "2026年11月",
            "26/11/3",
            "2026/111/3",
            "someday",
            "2026-02-30",
        ] {
            assert!(parse_data_date(bad).is_err(), "{bad}");
        }
        assert!(looks_like_date("2026/11/3 14:05") && looks_like_date("2026年11月3日"));
        assert!(!looks_like_date("11/3/2026") && !looks_like_date("3万"));
    }

    #[test]
    fn timestamps_as_exports_write_them() {
        let tz = shanghai();
        let at = |t: &str| parse_data_timestamp(t, &tz).map(|i| i.ts);
        let expected = parse_timestamp("2026-11-03T14:05", &tz).map(|i| i.ts);
        for form in [
            "2026-11-03 14:05",
            "2026/11/3 14:05",
            "2026.11.3 14:05:00",
            "2026年11月3日 14:05",
            "2026/11/3T14:05",
        ] {
            assert_eq!(at(form), expected, "{form}");
        }
        assert_eq!(
            at("2026/11/3 9:05"),
            parse_timestamp("2026-11-03T09:05", &tz).map(|i| i.ts)
        );
        let day = parse_data_timestamp("2026/11/3", &tz).unwrap();
        assert!(day.date_only);
        for bad in [
            "2026/11/3 25:00",
            "2026/11/3 14",
            "11/3/2026 14:05",
            "2026/11/3 下午2点",
        ] {
            assert!(parse_data_timestamp(bad, &tz).is_err(), "{bad}");
        }
    }
}
