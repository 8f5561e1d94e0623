//! Evaluating a clause's date expressions and durations against a record.

use crate::policy::ast::DurationUnit;
use crate::policy::model::{Anchor, DateSpec, Duration, PeriodRef};
use crate::time::span;
use crate::time::{self, Calendar, Instant, Period};
use crate::vocab::PeriodUnit;
use jiff::civil::Date;

/// The period a `PeriodRef` names, relative to `period`: `previous year` of `2027` is `2026`;
/// `month` of `2026-W14` is the month its Monday falls in.
pub fn period_of(period: &Period, of: &PeriodRef) -> Period {
    let base = match of.unit {
        None => *period,
        Some(unit) if unit == period.unit() => *period,
        Some(unit) => Period::containing(unit, period.start()),
    };
    base.shift(of.shift as i32)
}

/// Does the expression name a weekday (`by saturday of the week`)? The regulation chose that
/// day, so an ordinary weekend does not move it; only a public holiday does.
pub fn names_weekday(spec: &DateSpec) -> bool {
    matches!(spec.anchor, Anchor::Weekday { .. })
}

/// The day a date expression names for a record of `period`.
pub fn resolve(spec: &DateSpec, period: &Period, calendar: &Calendar) -> Date {
    let day = match &spec.anchor {
        Anchor::Edge { start, of } => {
            let p = period_of(period, of);
            if *start { p.start() } else { p.end() }
        }
        Anchor::Day { day, of } => {
            let p = period_of(period, of);
            p.start()
                .saturating_add(span::days(*day as i64 - 1))
                .min(p.end())
        }
        Anchor::Weekday { weekday, of } => {
            let p = period_of(period, of);
            let start = p.start();
            let ahead = (weekday.number() - start.weekday().to_monday_one_offset()).rem_euclid(7);
            start.saturating_add(span::days(ahead as i64))
        }
        Anchor::MonthDay { date, of } => {
            let year = period_of(period, of).start().year();
            time::civil_date(year, date.month as i16, date.day as i16)
                // 02-29 in a common year: the last day of February.
                .unwrap_or_else(|_| {
                    time::civil_date(year, date.month as i16, 1)
                        .map(|d| d.last_of_month())
                        .unwrap_or(Date::MIN)
                })
        }
        Anchor::Date(d) => *d,
    };
    match spec.offset {
        Some((sign, duration)) => add_to_date(day, duration, sign as i32, calendar),
        None => day,
    }
}

/// `date` moved by `duration` (times `sign`, ±1). Hours and minutes move by whole days, rounded
/// up, because a date has no time of day.
pub fn add_to_date(date: Date, duration: Duration, sign: i32, calendar: &Calendar) -> Date {
    let n = duration.amount as i64 * sign as i64;
    match duration.unit {
        DurationUnit::Minutes => date.saturating_add(span::days((n + sign as i64 * 1439) / 1440)),
        DurationUnit::Hours => date.saturating_add(span::days((n + sign as i64 * 23) / 24)),
        DurationUnit::Days => date.saturating_add(span::days(n)),
        DurationUnit::WorkingDays => calendar.add_working_days(date, n),
        DurationUnit::Weeks => date.saturating_add(span::days(7 * n)),
        DurationUnit::Months => date.saturating_add(span::months(n)),
        DurationUnit::Years => date.saturating_add(span::years(n)),
    }
}

/// `instant` moved by an exact duration (hours, minutes) or, for calendar units, by the same
/// time of day that many days later.
pub fn add_to_instant(
    instant: &Instant,
    duration: Duration,
    sign: i32,
    calendar: &Calendar,
    tz: &jiff::tz::TimeZone,
) -> Instant {
    let n = duration.amount as i64 * sign as i64;
    match duration.unit {
        DurationUnit::Minutes => Instant::at(
            instant
                .ts
                .saturating_add(span::minutes(n))
                .unwrap_or(instant.ts),
            tz,
        ),
        DurationUnit::Hours => Instant::at(
            instant
                .ts
                .saturating_add(span::hours(n))
                .unwrap_or(instant.ts),
            tz,
        ),
        _ => {
            let date = add_to_date(instant.date, duration, sign, calendar);
            let shifted = tz
                .to_datetime(instant.ts)
                .with()
                .date(date)
                .build()
                .ok()
                .and_then(|dt| dt.to_zoned(tz.clone()).ok())
                .map(|z| z.timestamp())
                .unwrap_or(instant.ts);
            Instant {
                ts: shifted,
                date,
                date_only: instant.date_only,
            }
        }
    }
}

/// A sample period of `unit`, for validating date expressions without data.
pub fn sample_period(unit: PeriodUnit) -> Period {
    let base = time::civil_date(2030, 6, 12).unwrap_or(Date::MIN);
    Period::containing(unit, base)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::ast::{MonthDay, Weekday};
    use crate::source::{FileId, Loc, Span};

    fn spec(anchor: Anchor, offset: Option<(i8, Duration)>) -> DateSpec {
        DateSpec {
            anchor,
            offset,
            loc: Loc::new(FileId(0), Span::default()),
        }
    }

    fn period(s: &str) -> Period {
        Period::parse(s).unwrap_or(Period::Year(0))
    }

    const PREVIOUS_YEAR: PeriodRef = PeriodRef {
        shift: -1,
        unit: Some(PeriodUnit::Year),
    };

    #[test]
    fn month_day_of_previous_year() {
        let s = spec(
            Anchor::MonthDay {
                date: MonthDay { month: 11, day: 20 },
                of: PREVIOUS_YEAR,
            },
            None,
        );
        assert_eq!(
            resolve(&s, &period("2027"), &Calendar::weekends_only()).to_string(),
            "2026-11-20"
        );
    }

    #[test]
    fn last_days_of_previous_month_and_weekdays_of_week() {
        let cal = Calendar::weekends_only();
        let end = spec(
            Anchor::Edge {
                start: false,
                of: PeriodRef {
                    shift: -1,
                    unit: Some(PeriodUnit::Month),
                },
            },
            Some((
                -1,
                Duration {
                    amount: 6,
                    unit: DurationUnit::Days,
                },
            )),
        );
        assert_eq!(
            resolve(&end, &period("2027-03"), &cal).to_string(),
            "2027-02-22"
        );
        let saturday = spec(
            Anchor::Weekday {
                weekday: Weekday::Saturday,
                of: PeriodRef {
                    shift: 0,
                    unit: Some(PeriodUnit::Week),
                },
            },
            None,
        );
        assert_eq!(
            resolve(&saturday, &period("2026-W47"), &cal).to_string(),
            "2026-11-21"
        );
    }

    #[test]
    fn working_days_use_the_calendar() {
        let d = time::parse_date("2026-09-30").unwrap_or(Date::MIN);
        let three = Duration {
            amount: 3,
            unit: DurationUnit::WorkingDays,
        };
        // The national day holiday runs 10-01..10-07; 10-10 (Saturday) is a make-up day.
        assert_eq!(
            add_to_date(d, three, 1, &Calendar::china()).to_string(),
            "2026-10-10"
        );
    }
}
