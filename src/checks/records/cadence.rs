#![doc = include_str!("../../../docs/checks/cadence.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::existence::{Slot, what_arg};
use crate::engine::timing::Due;
use crate::i18n::{Arg, Message};
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
    let duty = slot.duty(scope);
    let whose = crate::engine::existence::whose(slot);
    let slot = slot.period;
    let when = match slot {
        Period::Day(d) => on_day(*d),
        p => Message::new("cadence-in").period("period", p),
    };
    let tail = match due {
        // A dated slot on a rest day could still be met up to the next working day.
        Due::Extended { day, nominal } if matches!(slot, Period::Day(d) if d == nominal) => {
            match scope.ctx.calendar.rest(*nominal) {
                Some(rest) => Message::new("cadence-nor-by-after")
                    .date("day", day)
                    .arg("why", rest.message())
                    .into(),
                None => Message::new("cadence-nor-by").date("day", day).into(),
            }
        }
        d if *d != Due::Day(slot.end()) => Message::new("cadence-due")
            .arg("due", d.message(scope.ctx))
            .into(),
        _ => Arg::from(""),
    };
    let nearest = match nearest {
        Some(n) => Message::new("cadence-nearest").arg("day", on_day(n)).into(),
        None => Arg::from(""),
    };
    let message = Message::new("cadence-missing")
        .arg("what", what_arg(scope))
        .arg("whose", whose)
        .arg("when", when.clone())
        .arg("tail", tail)
        .arg("nearest", nearest);
    Some(
        scope
            .finding(
                crate::diagnostic::Check::Cadence,
                &subject,
                message,
                scope.clause.loc,
            )
            .at(rule.loc)
            .label(Message::new("cadence-missing-label").arg("when", when))
            .help(Message::new("cadence-missing-help"))
            .duty(duty),
    )
}

/// `on Monday 2026-06-08` / `2026年6月8日（星期一）`.
fn on_day(d: Date) -> Message {
    let weekday = d.weekday().to_monday_one_offset();
    Message::new("cadence-on")
        .arg(
            "weekday",
            Message::new(WEEKDAYS[usize::from(weekday.unsigned_abs()) - 1]),
        )
        .date("date", d)
}

const WEEKDAYS: [&str; 7] = [
    "weekday-1",
    "weekday-2",
    "weekday-3",
    "weekday-4",
    "weekday-5",
    "weekday-6",
    "weekday-7",
];

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
                            Message::new("cadence-gap")
                                .arg("what", what_arg(scope))
                                .date("day", day)
                                .arg("span", span(prev, *day))
                                .date("previous", prev)
                                .date("due", due)
                                .arg("max", max.arg()),
                            rule.loc,
                        )
                        .at(loc)
                        .label(Message::new("cadence-due-by").date("due", due))
                        .help(Message::new("cadence-gap-help").arg("max", max.arg())),
                );
            }
        }
        previous = Some(*day);
    }
    // Since the last one (or, with none, since the start of the judged range).
    let due = dates::add_to_date(previous.unwrap_or(ctx.since), max, 1, ctx.calendar);
    if ctx.judged(due) {
        let message = match previous {
            Some(prev) => Message::new("cadence-none-since")
                .arg("what", what_arg(scope))
                .date("previous", prev)
                .date("due", due)
                .arg("max", max.arg()),
            None => Message::new("cadence-none-recorded")
                .arg("what", what_arg(scope))
                .date("since", ctx.since)
                .date("due", due)
                .arg("max", max.arg()),
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
                .label(Message::new("cadence-due-by").date("due", due))
                .help(Message::new("cadence-none-help")),
        );
    }
}

/// `4 months 10 days` / `4个月10天`.
fn span(from: Date, to: Date) -> Message {
    let span = from.until((jiff::Unit::Month, to)).unwrap_or_default();
    Message::new("span-months-days")
        .arg("months", i64::from(span.get_months()))
        .arg("days", i64::from(span.get_days()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_gap_is_counted_in_the_singular_where_it_is_one() {
        use crate::i18n::{Lang, Text};
        let say = |a, b, lang| Text::from(span(a, b)).render(lang, true).into_owned();
        assert_eq!(
            say(date(2026, 1, 31), date(2026, 5, 1), Lang::En),
            "3 months 1 day"
        );
        assert_eq!(say(date(2026, 1, 1), date(2026, 2, 1), Lang::En), "1 month");
        assert_eq!(say(date(2026, 1, 1), date(2026, 1, 2), Lang::En), "1 day");
        assert_eq!(
            say(date(2026, 1, 1), date(2026, 3, 3), Lang::En),
            "2 months 2 days"
        );
        assert_eq!(
            say(date(2026, 1, 31), date(2026, 5, 1), Lang::Zh),
            "3个月1天"
        );
        assert_eq!(say(date(2026, 1, 1), date(2026, 2, 1), Lang::Zh), "1个月");
    }
}
