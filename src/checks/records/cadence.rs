declare_check! {
    /// ## What it checks
    /// A recurring meeting or report is missing for one of its slots (a week, a month, every
    /// Monday, the last day of the month), or two consecutive ones are further apart than allowed
    /// (`gap at most 3 months`). Only slots whose deadline lies in `[--since, --as-of]` are judged.
    /// The subject is the clause and the slot: `prod.routine-meeting@2026-07`,
    /// `ops.weekly-meeting@2026-W14`, `office.weekly-admin-meeting@2026-11-16`.
    ///
    /// ## Why it matters
    /// Standing meetings and periodic reports are how problems surface before they grow; a missing
    /// one is a month in which nobody looked.
    ///
    /// ## Example
    /// An `ops-weekly` meeting for every ISO week except 2026-W14.
    ///
    /// ## How to fix
    /// Record the meeting or report if it took place; otherwise hold it, and keep the finding as
    /// the record of the gap.
    pub struct Cadence { code: "cadence", severity: Error }
}

use crate::engine::Scope;
use crate::engine::existence::what;
use crate::finding::Finding;
use crate::policy::model::{Duration, Rule};
use crate::time::{Period, dates};
use jiff::civil::Date;

/// No record in a slot of the cadence.
pub fn missing(
    scope: Scope,
    rule: &Rule,
    slot: &Period,
    due: Date,
    nearest: Option<Date>,
) -> Finding {
    let subject = format!("{}@{slot}", scope.clause.id);
    let when = match slot {
        Period::Day(d) => format!("on {} {d}", weekday(*d)),
        p => format!("in {p}"),
    };
    let mut message = format!("no {} {when}", what(scope));
    if due != slot.end() {
        message.push_str(&format!(" (due {due})"));
    }
    if let Some(n) = nearest {
        message.push_str(&format!("; the nearest was on {} {n}", weekday(n)));
    }
    scope
        .finding(
            crate::checks::Check::Cadence,
            &subject,
            message,
            scope.clause.loc,
        )
        .at(rule.loc)
        .label(format!("missing {when}"))
        .help("record it if it took place; otherwise the gap stands")
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
                            crate::checks::Check::Cadence,
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
                    crate::checks::Check::Cadence,
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
    let (months, days) = (span.get_months(), span.get_days());
    match (months, days) {
        (0, d) => format!("{d} days"),
        (m, 0) => format!("{m} months"),
        (m, d) => format!("{m} months {d} days"),
    }
}
