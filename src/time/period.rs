//! Periods of records: a year, half, quarter, month, ISO week or day.

use super::civil_date;
use super::span;
use crate::i18n::Message;
use crate::vocab::PeriodUnit;
use jiff::civil::{Date, ISOWeekDate, Weekday};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    Year(i16),
    Half(i16, u8),
    Quarter(i16, u8),
    Month(i16, u8),
    /// ISO week-numbering year and week.
    Week(i16, u8),
    Day(Date),
}

impl Period {
    /// Parses `2027`, `2027-H1`, `2027-Q3`, `2027-03`, `2027-W14`, `2027-03-15`.
    pub fn parse(text: &str) -> Result<Period, Message> {
        let text = text.trim();
        let bad = || Message::new("time-not-a-period").arg("text", text);
        let year_part = text
            .get(..4)
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(bad)?;
        let year: i16 = year_part.parse().map_err(|_| bad())?;
        let rest = &text[4..];
        if rest.is_empty() {
            return Ok(Period::Year(year));
        }
        let rest = rest.strip_prefix('-').ok_or_else(bad)?;
        let number = |s: &str| -> Result<u8, Message> {
            if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            s.parse().map_err(|_| bad())
        };
        match rest.as_bytes().first() {
            Some(b'H') => match number(&rest[1..])? {
                h @ 1..=2 => Ok(Period::Half(year, h)),
                h => Err(Message::new("time-no-half").arg("half", u32::from(h))),
            },
            Some(b'Q') => match number(&rest[1..])? {
                q @ 1..=4 => Ok(Period::Quarter(year, q)),
                q => Err(Message::new("time-no-quarter").arg("quarter", u32::from(q))),
            },
            Some(b'W') => {
                let week = number(&rest[1..])?;
                ISOWeekDate::new(year, week as i8, Weekday::Monday)
                    .map(|_| Period::Week(year, week))
                    .map_err(|_| {
                        Message::new("time-no-week")
                            .arg("year", i64::from(year))
                            .arg("week", u32::from(week))
                    })
            }
            Some(_) if rest.len() == 2 => match number(rest)? {
                m @ 1..=12 => Ok(Period::Month(year, m)),
                m => Err(Message::new("time-no-month").arg("month", u32::from(m))),
            },
            Some(_) if rest.len() == 5 => super::parse_date(text).map(Period::Day),
            _ => Err(bad()),
        }
    }

    pub fn unit(&self) -> PeriodUnit {
        match self {
            Period::Year(_) => PeriodUnit::Year,
            Period::Half(..) => PeriodUnit::Half,
            Period::Quarter(..) => PeriodUnit::Quarter,
            Period::Month(..) => PeriodUnit::Month,
            Period::Week(..) => PeriodUnit::Week,
            Period::Day(_) => PeriodUnit::Day,
        }
    }

    /// The first day.
    pub fn start(&self) -> Date {
        let ymd = |y, m| civil_date(y, m, 1).unwrap_or(Date::MIN);
        match *self {
            Period::Year(y) => ymd(y, 1),
            Period::Half(y, h) => ymd(y, 1 + 6 * (h as i16 - 1)),
            Period::Quarter(y, q) => ymd(y, 1 + 3 * (q as i16 - 1)),
            Period::Month(y, m) => ymd(y, m as i16),
            Period::Week(y, w) => ISOWeekDate::new(y, w as i8, Weekday::Monday)
                .map(|d| d.date())
                .unwrap_or(Date::MIN),
            Period::Day(d) => d,
        }
    }

    /// The last day.
    pub fn end(&self) -> Date {
        match *self {
            Period::Day(d) => d,
            Period::Week(..) => self.start().saturating_add(span::days(6)),
            _ => self.shift(1).start().yesterday().unwrap_or(Date::MAX),
        }
    }

    pub fn contains(&self, date: Date) -> bool {
        self.start() <= date && date <= self.end()
    }

    /// The period of `unit` holding `date`.
    pub fn containing(unit: PeriodUnit, date: Date) -> Period {
        let y = date.year();
        let m = date.month() as u8;
        match unit {
            PeriodUnit::Year => Period::Year(y),
            PeriodUnit::Half => Period::Half(y, if m <= 6 { 1 } else { 2 }),
            PeriodUnit::Quarter => Period::Quarter(y, (m - 1) / 3 + 1),
            PeriodUnit::Month => Period::Month(y, m),
            PeriodUnit::Week => {
                let iso = date.iso_week_date();
                Period::Week(iso.year(), iso.week() as u8)
            }
            PeriodUnit::Day => Period::Day(date),
        }
    }

    /// The period `n` periods later (earlier for negative `n`), of the same unit.
    pub fn shift(&self, n: i32) -> Period {
        let months = |y: i16, m0: i32, per: i32, count: i32| -> (i16, i32) {
            // m0: zero-based index within the year in units of `per` months.
            let total = y as i32 * (12 / per) + m0 + count;
            let per_year = 12 / per;
            (
                (total.div_euclid(per_year)) as i16,
                total.rem_euclid(per_year),
            )
        };
        match *self {
            Period::Year(y) => Period::Year((y as i32 + n) as i16),
            Period::Half(y, h) => {
                let (y, i) = months(y, h as i32 - 1, 6, n);
                Period::Half(y, i as u8 + 1)
            }
            Period::Quarter(y, q) => {
                let (y, i) = months(y, q as i32 - 1, 3, n);
                Period::Quarter(y, i as u8 + 1)
            }
            Period::Month(y, m) => {
                let (y, i) = months(y, m as i32 - 1, 1, n);
                Period::Month(y, i as u8 + 1)
            }
            Period::Week(..) => Period::containing(
                PeriodUnit::Week,
                self.start().saturating_add(span::days(7 * n as i64)),
            ),
            Period::Day(d) => Period::Day(d.saturating_add(span::days(n as i64))),
        }
    }

    /// Every period of `unit` that overlaps `[from, to]`, in order.
    pub fn between(unit: PeriodUnit, from: Date, to: Date) -> Vec<Period> {
        let mut out = Vec::new();
        if from > to {
            return out;
        }
        let mut p = Period::containing(unit, from);
        while p.start() <= to {
            out.push(p);
            let next = p.shift(1);
            // Past the calendar's last year a period has no start (`start` gives `Date::MIN`):
            // the periods end there, whatever `to` says.
            if next <= p || next.start() <= p.start() {
                break;
            }
            p = next;
        }
        out
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{y:04}"),
            Period::Half(y, h) => write!(f, "{y:04}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Period::Week(y, w) => write!(f, "{y:04}-W{w:02}"),
            Period::Day(d) => write!(f, "{d}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Period {
        Period::parse(s).unwrap_or(Period::Year(0))
    }

    #[test]
    fn parses_every_form_and_round_trips() {
        for s in [
            "2027",
            "2027-H1",
            "2027-Q3",
            "2027-03",
            "2027-W14",
            "2027-03-15",
        ] {
            assert_eq!(p(s).to_string(), s);
        }
    }

    #[test]
    fn periods_end_with_the_calendar() {
        let last = Date::MAX;
        for unit in [
            PeriodUnit::Year,
            PeriodUnit::Half,
            PeriodUnit::Quarter,
            PeriodUnit::Month,
            PeriodUnit::Week,
            PeriodUnit::Day,
        ] {
            let from = last.saturating_sub(span::days(400));
            let periods = Period::between(unit, from, last);
            // A year and a bit: at most 403 days, 60 weeks, 15 months, 2 years.
            assert!(periods.len() <= 403, "{unit:?}: {}", periods.len());
            assert!(
                periods.last().is_some_and(|p| p.start() <= last),
                "{unit:?}"
            );
        }
    }

    #[test]
    fn rejects_periods_that_do_not_exist() {
        assert_eq!(
            Period::parse("2027-Q5").unwrap_err().to_string(),
            "quarter 5 does not exist (Q1 to Q4)"
        );
        assert_eq!(
            Period::parse("2027-13").unwrap_err().to_string(),
            "month 13 does not exist"
        );
        assert_eq!(
            Period::parse("2027-W53").unwrap_err().to_string(),
            "2027 has no ISO week 53"
        );
        assert!(Period::parse("2026-W53").is_ok());
        assert!(Period::parse("27").is_err());
        assert!(Period::parse("2027-02-30").is_err());
    }

    #[test]
    fn bounds_and_shifts() {
        assert_eq!(p("2027-H2").start().to_string(), "2027-07-01");
        assert_eq!(p("2027-Q1").end().to_string(), "2027-03-31");
        assert_eq!(p("2024-02").end().to_string(), "2024-02-29");
        assert_eq!(p("2026-W01").start().to_string(), "2025-12-29");
        assert_eq!(p("2027-01").shift(-1), p("2026-12"));
        assert_eq!(p("2027-Q1").shift(-1), p("2026-Q4"));
        assert_eq!(p("2026-W53").shift(1), p("2027-W01"));
        assert_eq!(
            Period::between(
                PeriodUnit::Month,
                p("2026-11-15").start(),
                p("2027-01-02").start()
            )
            .len(),
            3
        );
    }
}
