#![doc = include_str!("../../../docs/checks/cadence.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::existence::{Slot, what};
use crate::engine::timing::Due;
use crate::policy::dates;
use crate::policy::model::{Duration, Rule};
use crate::time::Period;
use jiff::civil::Date;

/// No record fills a slot of the cadence whose deadline has passed (in the judged range);
/// `nearest` is the closest record, to say "held on Tuesday instead".
pub fn missing(scope: Scope, rule: &Rule, slot: &Slot, nearest: Option<Date>) -> Option<Finding> {
    let due = &slot.deadline;
    if !due.judged(scope.ctx) {
        return None;
    }
    let subject = slot.subject(scope);
    let whose = slot
        .owing
        .map(|o| format!(" of {}", o.shown))
        .unwrap_or_default();
    let slot = slot.period;
    let when = match slot {
        Period::Day(d) => format!("on {} {d}", weekday(*d)),
        p => format!("in {p}"),
    };
    let mut message = format!("no {}{whose} {when}", what(scope));
    match due {
        // A dated slot on a rest day could still be met up to the next working day.
        Due::Extended { day, nominal } if matches!(slot, Period::Day(d) if d == nominal) => {
            let why = scope
                .ctx
                .calendar
                .rest(*nominal)
                .map(|r| format!(", after {r}"))
                .unwrap_or_default();
            message.push_str(&format!(" nor by {day}, the next working day{why}"));
        }
        d if *d != Due::Day(slot.end()) => {
            message.push_str(&format!(" (due {})", d.show(scope.ctx)));
        }
        _ => {}
    }
    if let Some(n) = nearest {
        message.push_str(&format!("; the nearest was on {} {n}", weekday(n)));
    }
    Some(
        scope
            .finding(
                crate::diagnostic::Check::Cadence,
                &subject,
                message,
                scope.clause.loc,
            )
            .at(rule.loc)
            .label(format!("missing {when}"))
            .help("record it if it took place; otherwise the gap stands"),
    )
}

fn weekday(d: Date) -> &'static str {
    match d.weekday() {
        jiff::civil::Weekday::Monday => "Monday",
        jiff::civil::Weekday::Tuesday => "Tuesday",
        jiff::civil::Weekday::Wednesday => "Wednesday",
        jiff::civil::Weekday::Thursday => "Thursday",
        jiff::civil::Weekday::Friday => "Friday",
        jiff::civil::Weekday::Saturday => "Saturday",
        jiff::civil::Weekday::Sunday => "Sunday",
    }
}

/// Gaps longer than `max` between consecutive records (`days` sorted), and since the last one.
pub fn gaps(
    scope: Scope,
    rule: &Rule,
    days: &[(Date, &crate::data::model::Record)],
    max: Duration,
    out: &mut Vec<Finding>,
) {
    let ctx = scope.ctx;
    let subject = |due: Date| format!("{}@{due}", scope.clause.id);
    let mut previous: Option<Date> = None;
    for (day, record) in days {
        if let Some(prev) = previous {
            let due = dates::add_to_date(prev, max, 1, ctx.calendar);
            if *day > due && ctx.judged(due) {
                let loc = record
                    .get(record.collection.time_field())
                    .map_or(record.id.loc, |v| v.loc);
                out.push(
                    scope
                        .finding(
                            crate::diagnostic::Check::Cadence,
                            &subject(due),
                            format!("{} on {day} came {} after the previous one ({prev}); the next was due by {due} (at most {max} apart)", what(scope), span(prev, *day)),
                            rule.loc,
                        )
                        .at(loc)
                        .label(format!("due by {due}"))
                        .help(format!("hold them at most {max} apart")),
                );
            }
        }
        previous = Some(*day);
    }
    // Since the last one (or, with none, since the start of the judged range).
    let due = dates::add_to_date(previous.unwrap_or(ctx.since), max, 1, ctx.calendar);
    if ctx.judged(due) {
        let message = match previous {
            Some(prev) => format!(
                "no {} since {prev}; the next was due by {due} (at most {max} apart)",
                what(scope)
            ),
            None => format!(
                "no {} recorded since {}; one was due by {due} (at most {max} apart)",
                what(scope),
                ctx.since
            ),
        };
        out.push(
            scope
                .finding(
                    crate::diagnostic::Check::Cadence,
                    &subject(due),
                    message,
                    scope.clause.loc,
                )
                .at(rule.loc)
                .label(format!("due by {due}"))
                .help("record it if it took place; otherwise hold it"),
        );
    }
}

/// `4 months 10 days`.
fn span(from: Date, to: Date) -> String {
    let span = from.until((jiff::Unit::Month, to)).unwrap_or_default();
    let count = |n: i32, unit: &str| match n {
        1 => format!("1 {unit}"),
        n => format!("{n} {unit}s"),
    };
    match (span.get_months(), span.get_days()) {
        (0, d) => count(d, "day"),
        (m, 0) => count(m, "month"),
        (m, d) => format!("{} {}", count(m, "month"), count(d, "day")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_gap_is_counted_in_the_singular_where_it_is_one() {
        assert_eq!(span(date(2026, 1, 31), date(2026, 5, 1)), "3 months 1 day");
        assert_eq!(span(date(2026, 1, 1), date(2026, 2, 1)), "1 month");
        assert_eq!(span(date(2026, 1, 1), date(2026, 1, 2)), "1 day");
        assert_eq!(span(date(2026, 1, 1), date(2026, 3, 3)), "2 months 2 days");
    }
}
