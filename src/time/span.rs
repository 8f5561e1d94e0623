//! Spans of calendar time from numbers that may come from anywhere (a policy, a config file).
//!
//! jiff's `ToSpan` (`n.days()`) panics when `n` is beyond what a span can hold; these clamp to
//! that limit instead, so that date arithmetic saturates at the ends of time rather than
//! aborting a run. (Policies bound their numbers far below these limits; this is the floor under
//! that.)

use jiff::Span;

// jiff's limits for each unit (a span covers at most about 20,000 years).
const MAX_YEARS: i64 = 19_998;
const MAX_MONTHS: i64 = 239_976;
const MAX_DAYS: i64 = 7_304_484;
const MAX_HOURS: i64 = 175_307_616;
const MAX_MINUTES: i64 = 10_518_456_960;

pub fn years(n: i64) -> Span {
    Span::new()
        .try_years(n.clamp(-MAX_YEARS, MAX_YEARS))
        .unwrap_or_default()
}

pub fn months(n: i64) -> Span {
    Span::new()
        .try_months(n.clamp(-MAX_MONTHS, MAX_MONTHS))
        .unwrap_or_default()
}

pub fn days(n: i64) -> Span {
    Span::new()
        .try_days(n.clamp(-MAX_DAYS, MAX_DAYS))
        .unwrap_or_default()
}

pub fn hours(n: i64) -> Span {
    Span::new()
        .try_hours(n.clamp(-MAX_HOURS, MAX_HOURS))
        .unwrap_or_default()
}

pub fn minutes(n: i64) -> Span {
    Span::new()
        .try_minutes(n.clamp(-MAX_MINUTES, MAX_MINUTES))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Date;

    #[test]
    fn numbers_beyond_time_saturate() {
        let d = Date::new(2026, 11, 29).unwrap();
        assert_eq!(d.saturating_add(days(i64::MAX)), Date::MAX);
        assert_eq!(d.saturating_add(days(i64::MIN)), Date::MIN);
        assert_eq!(d.saturating_add(years(19_999)), Date::MAX);
        assert_eq!(d.saturating_add(months(-1_000_000)), Date::MIN);
        let t = jiff::Timestamp::UNIX_EPOCH;
        assert!(t.saturating_add(hours(i64::MAX)).is_ok());
        assert!(t.saturating_add(minutes(i64::MIN)).is_ok());
    }
}
