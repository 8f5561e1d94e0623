//! Working days: weekends, public holidays, and make-up working days (调休).
//!
//! No crate knows China's make-up days, so the calendar is data: `calendars/cn.toml` (compiled in)
//! holds each year whose official notice is published; `zhidu.toml` may name another file.

use super::parse_date;
use super::span;
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::i18n::Message;
use crate::source::{FileId, Loc, Span};
use jiff::civil::{Date, Weekday};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The bundled calendar of mainland China.
pub const CHINA: &str = include_str!("../../calendars/cn.toml");

/// Public holidays and make-up working days, for the years it covers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    /// Days off, with the holiday's name where the file gives one.
    holidays: BTreeMap<Date, Option<Arc<str>>>,
    workdays: BTreeSet<Date>,
    /// The years whose official notice it holds.
    years: BTreeSet<i16>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    #[serde(default)]
    year: Vec<YearTable>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct YearTable {
    year: i16,
    /// The official notice the year's days come from (documentation for whoever edits the file).
    #[serde(default, rename = "source")]
    _source: String,
    #[serde(default)]
    holidays: Vec<toml::Spanned<String>>,
    #[serde(default)]
    workdays: Vec<toml::Spanned<String>>,
}

impl Calendar {
    /// Weekends only: what a year without a notice falls back to.
    pub fn weekends_only() -> Calendar {
        Calendar::default()
    }

    /// The bundled calendar of mainland China.
    pub fn china() -> Calendar {
        Calendar::parse(FileId(u32::MAX), CHINA).unwrap_or_default()
    }

    /// Reads a calendar file; errors point into it.
    pub fn parse(file: FileId, text: &str) -> Result<Calendar, Vec<Finding>> {
        let error = |span: Span, message: Message| {
            Finding::new(Check::DataError, "calendar", message).at(Loc::new(file, span))
        };
        let parsed: CalendarFile = toml::from_str(text).map_err(|e| {
            let span = e
                .span()
                .map_or(Span::empty(0), |r| Span::new(r.start, r.end));
            let detail = e.message().to_string();
            vec![error(
                span,
                Message::new("calendar-invalid").arg("detail", detail),
            )]
        })?;
        let mut calendar = Calendar::default();
        let mut errors = Vec::new();
        for table in parsed.year {
            calendar.years.insert(table.year);
            for (list, holidays) in [(&table.holidays, true), (&table.workdays, false)] {
                for entry in list {
                    let span = Span::new(entry.span().start, entry.span().end);
                    let (range, name) = match entry.get_ref().trim().split_once(char::is_whitespace)
                    {
                        Some((range, name)) => (range, Some(Arc::<str>::from(name.trim()))),
                        None => (entry.get_ref().as_str(), None),
                    };
                    match parse_range(range) {
                        Ok((from, to)) => {
                            let mut d = from;
                            while d <= to {
                                if holidays {
                                    calendar.holidays.insert(d, name.clone());
                                } else {
                                    calendar.workdays.insert(d);
                                }
                                d = d.saturating_add(span::days(1));
                                if d == Date::MAX {
                                    break;
                                }
                            }
                        }
                        Err(message) => errors.push(error(span, message)),
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(calendar)
        } else {
            Err(errors)
        }
    }

    /// Does the calendar know this year's holidays?
    pub fn covers(&self, year: i16) -> bool {
        self.years.contains(&year)
    }

    pub fn is_working_day(&self, date: Date) -> bool {
        if self.workdays.contains(&date) {
            return true;
        }
        if self.holidays.contains_key(&date) {
            return false;
        }
        !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
    }

    /// Why a day is not a working day: a public holiday of the calendar (named where the file
    /// names it) or a weekend; `None` on a working day.
    pub fn rest(&self, date: Date) -> Option<Rest> {
        if self.is_working_day(date) {
            return None;
        }
        Some(match self.holidays.get(&date) {
            Some(name) => Rest::Holiday(name.clone()),
            None => Rest::Weekend {
                guessed: !self.covers(date.year()),
            },
        })
    }

    /// The first working day on or after `date` (bounded: a calendar with no working day at all
    /// gives `date` back).
    pub fn working_day_from(&self, date: Date) -> Date {
        let mut d = date;
        for _ in 0..366 {
            if self.is_working_day(d) {
                return d;
            }
            let next = d.saturating_add(span::days(1));
            if next == d {
                break;
            }
            d = next;
        }
        date
    }

    /// The last working day on or before `date` (bounded as above).
    pub fn working_day_until(&self, date: Date) -> Date {
        let mut d = date;
        for _ in 0..366 {
            if self.is_working_day(d) {
                return d;
            }
            let prev = d.saturating_sub(span::days(1));
            if prev == d {
                break;
            }
            d = prev;
        }
        date
    }

    /// A deadline on a rest day moves to the end of the next working day (民法典 第二百零三条,
    /// LANGUAGE.md v3): the new day and why, or `None` when `date` is a working day. With
    /// `weekends_stand` (a weekday the regulation names itself, 每周六) only a public holiday
    /// moves it.
    pub fn extend(&self, date: Date, weekends_stand: bool) -> Option<(Date, Rest)> {
        let rest = self.rest(date)?;
        if weekends_stand && matches!(rest, Rest::Weekend { .. }) {
            return None;
        }
        let next = self.working_day_from(date);
        (next != date).then_some((next, rest))
    }

    /// The day `n` working days after `date` (before it, for negative `n`): "within 3 working
    /// days after Friday" ends on the third working day that follows.
    pub fn add_working_days(&self, date: Date, n: i64) -> Date {
        let step = span::days(n.signum());
        let mut left = n.unsigned_abs();
        let mut d = date;
        // Guard against a calendar with no working day at all.
        let mut budget = left.saturating_mul(7).saturating_add(366 * 10);
        while left > 0 && budget > 0 {
            let next = d.saturating_add(step);
            if next == d {
                break; // the end of time
            }
            d = next;
            if self.is_working_day(d) {
                left -= 1;
            }
            budget -= 1;
        }
        d
    }
}

/// Why a day is not worked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rest {
    /// A public holiday, with its name when the calendar gives one.
    Holiday(Option<Arc<str>>),
    /// A Saturday or Sunday; `guessed` when the calendar does not know the year's holidays.
    Weekend { guessed: bool },
}

impl Rest {
    /// Why the day is not worked, as a message (`国庆节`, weekend).
    pub fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            Rest::Holiday(Some(name)) => Message::new("rest-holiday").arg("name", name.as_ref()),
            Rest::Holiday(None) => Message::new("rest-public-holiday"),
            Rest::Weekend { guessed: false } => Message::new("rest-weekend"),
            Rest::Weekend { guessed: true } => Message::new("rest-weekend-guessed"),
        }
    }
}

/// `2026-02-15` or `2026-02-15..2026-02-23`.
fn parse_range(text: &str) -> Result<(Date, Date), Message> {
    match text.split_once("..") {
        Some((a, b)) => {
            let (a, b) = (parse_date(a.trim())?, parse_date(b.trim())?);
            if b < a {
                return Err(Message::new("calendar-range-backwards").arg("text", text));
            }
            if (b - a).get_days() > 60 {
                return Err(Message::new("calendar-range-too-long").arg("text", text));
            }
            Ok((a, b))
        }
        None => {
            let d = parse_date(text.trim())?;
            Ok((d, d))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap_or(Date::MIN)
    }

    #[test]
    fn bundled_calendar_knows_make_up_days() {
        let cn = Calendar::china();
        assert!(cn.covers(2026));
        assert!(
            !cn.is_working_day(d("2026-02-16")),
            "a Monday in the spring festival"
        );
        assert!(
            cn.is_working_day(d("2026-02-14")),
            "a Saturday worked in exchange"
        );
        assert!(
            !cn.is_working_day(d("2026-02-15")),
            "a Sunday of the holiday"
        );
        assert!(cn.is_working_day(d("2026-11-20")), "an ordinary Friday");
        assert!(!cn.is_working_day(d("2026-11-21")), "an ordinary Saturday");
    }

    #[test]
    fn working_day_arithmetic_skips_holidays_and_counts_make_up_days() {
        let cn = Calendar::china();
        // Friday 2026-02-13 + 1 working day: Saturday 02-14 is a make-up working day.
        assert_eq!(cn.add_working_days(d("2026-02-13"), 1), d("2026-02-14"));
        // + 2: the holiday runs 02-15..02-23, so the next is Tuesday 02-24.
        assert_eq!(cn.add_working_days(d("2026-02-13"), 2), d("2026-02-24"));
        assert_eq!(cn.add_working_days(d("2026-02-24"), -2), d("2026-02-13"));
        let plain = Calendar::weekends_only();
        assert_eq!(plain.add_working_days(d("2026-11-20"), 3), d("2026-11-25"));
    }

    #[test]
    fn bad_entries_are_located() {
        let text = "[[year]]\nyear = 2030\nholidays = [\"2030-02-30\"]\n";
        let errors = Calendar::parse(FileId(0), text).err().unwrap_or_default();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].location.map(|l| &text[l.span.start..l.span.end]),
            Some("\"2030-02-30\"")
        );
    }
}
