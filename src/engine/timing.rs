//! Deadlines, windows, offsets and orders on a record's times: works out when each step was due
//! or allowed, then asks the `late`, `overdue`, `out-of-window` and `out-of-sequence` checks.

use super::records::Facts;
use super::{Context, Scope};
use crate::checks::input::data_error;
use crate::checks::records::{late, out_of_sequence, out_of_window, overdue};
use crate::data::model::FieldValue;
use crate::diagnostic::Finding;
use crate::policy::ast::Relation;
use crate::policy::dates;
use crate::policy::model::{Duration, Field, PeriodRef, RuleKind};
use crate::source::Loc;
use crate::time::Instant;
use crate::time::span;
use jiff::civil::Date;

/// A point a step is measured against: a whole day (met through its end) or an exact moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    Day(Date),
    Exact(Instant),
}

impl Due {
    /// The day it falls on, for the judged range.
    pub fn date(&self) -> Date {
        match self {
            Due::Day(d) => *d,
            Due::Exact(i) => i.date,
        }
    }

    /// Has it passed by the end of `--as-of`, inside the judged range?
    pub fn judged(&self, ctx: &Context) -> bool {
        match self {
            Due::Day(d) => ctx.judged(*d),
            Due::Exact(i) => ctx.judged_instant(i),
        }
    }

    /// Is `done` after this point? A date-only time is compared by day.
    pub fn is_before(&self, done: &Instant) -> bool {
        match self {
            Due::Day(d) => done.date > *d,
            Due::Exact(i) if done.date_only || i.date_only => done.date > i.date,
            Due::Exact(i) => done.ts > i.ts,
        }
    }

    /// Is `done` before this point?
    pub fn is_after(&self, done: &Instant) -> bool {
        match self {
            Due::Day(d) => done.date < *d,
            Due::Exact(i) if done.date_only || i.date_only => done.date < i.date,
            Due::Exact(i) => done.ts < i.ts,
        }
    }

    pub fn show(&self, ctx: &Context) -> String {
        match self {
            Due::Day(d) => d.to_string(),
            Due::Exact(i) => ctx.show(i),
        }
    }
}

/// `base` moved by `duration` (× `sign`): exact for hours and minutes, by whole days otherwise.
fn shift(ctx: &Context, base: &Instant, duration: Duration, sign: i32) -> Due {
    if duration.is_exact() {
        Due::Exact(dates::add_to_instant(
            base,
            duration,
            sign,
            ctx.calendar,
            &ctx.data.tz,
        ))
    } else {
        Due::Day(dates::add_to_date(base.date, duration, sign, ctx.calendar))
    }
}

/// The time a field of the record holds, with where. A value that is not a time is a data error.
pub fn time(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    out: &mut Vec<Finding>,
) -> Option<(Instant, Loc)> {
    match field.path.as_str() {
        "signed" => return facts.signed_at,
        "reviewed" => return facts.reviewed_at,
        _ => {}
    }
    let value = facts.record.get(&field.path)?;
    match &value.value {
        FieldValue::Time(t) => Some((*t, value.loc)),
        _ => {
            out.extend(data_error::not_a_time(scope, facts, field, value));
            None
        }
    }
}

/// Evaluates one timing rule on one record.
pub fn evaluate(scope: Scope, facts: &Facts, kind: &RuleKind, out: &mut Vec<Finding>) {
    let ctx = scope.ctx;
    let period = facts.period;
    let resolve = |spec| period.map(|p| Due::Day(dates::resolve(spec, &p, ctx.calendar)));
    match kind {
        RuleKind::Deadline { field, due } => {
            let Some(due) = resolve(due) else {
                return;
            };
            window(scope, facts, field, None, Some(due), out);
        }
        RuleKind::Window { field, from, to } => {
            let from = from.as_ref().and_then(&resolve);
            let to = to.as_ref().and_then(&resolve);
            window(scope, facts, field, from, to, out);
        }
        RuleKind::LastDays {
            field,
            first,
            days,
            of,
        } => {
            let Some(p) = period else {
                return;
            };
            let (from, to) = last_days(&p, of, *first, *days);
            window(
                scope,
                facts,
                field,
                Some(Due::Day(from)),
                Some(Due::Day(to)),
                out,
            );
        }
        RuleKind::Offset {
            field,
            other,
            within,
            relation,
        } => {
            let Some((base, _)) = time(scope, facts, other, out) else {
                return;
            };
            let (from, to) = match relation {
                Relation::After => (Due::Exact(base), shift(ctx, &base, *within, 1)),
                Relation::Before => (shift(ctx, &base, *within, -1), Due::Exact(base)),
                Relation::Around => (
                    shift(ctx, &base, *within, -1),
                    shift(ctx, &base, *within, 1),
                ),
            };
            // Measured by whole days, the window's edges are whole days too.
            let (from, to) = if within.is_exact() {
                (from, to)
            } else {
                (Due::Day(from.date()), Due::Day(to.date()))
            };
            window(scope, facts, field, Some(from), Some(to), out);
        }
        RuleKind::Margin {
            field,
            other,
            margin,
            relation,
        } => {
            let Some((base, _)) = time(scope, facts, other, out) else {
                return;
            };
            match relation {
                Relation::After => window(
                    scope,
                    facts,
                    field,
                    Some(shift(ctx, &base, *margin, 1)),
                    None,
                    out,
                ),
                _ => window(
                    scope,
                    facts,
                    field,
                    None,
                    Some(shift(ctx, &base, *margin, -1)),
                    out,
                ),
            }
        }
        RuleKind::Order {
            field,
            other,
            relation,
        } => order(scope, facts, field, other, *relation, out),
        _ => {}
    }
}

/// The first or last `days` days of the period `of` names.
fn last_days(period: &crate::time::Period, of: &PeriodRef, first: bool, days: u32) -> (Date, Date) {
    let p = dates::period_of(period, of);
    let span = span::days(days.max(1) as i64 - 1);
    if first {
        (p.start(), p.start().saturating_add(span).min(p.end()))
    } else {
        (p.end().saturating_sub(span).max(p.start()), p.end())
    }
}

/// A step that must fall between `from` and `to` (either may be open): early, late, or not
/// done.
fn window(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    from: Option<Due>,
    to: Option<Due>,
    out: &mut Vec<Finding>,
) {
    match time(scope, facts, field, out) {
        Some((done, at)) => {
            if let Some(from) = &from {
                out.extend(out_of_window::check(
                    scope,
                    facts,
                    field,
                    &done,
                    at,
                    from,
                    to.as_ref(),
                ));
            }
            if let Some(to) = &to {
                out.extend(late::check(scope, facts, field, &done, at, to));
            }
        }
        None => {
            if let Some(to) = &to {
                out.extend(overdue::check(scope, facts, field, to));
            }
        }
    }
}

/// `field before other` (or after): both times, in that order.
fn order(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    other: &Field,
    relation: Relation,
    out: &mut Vec<Finding>,
) {
    let Some((a, at)) = time(scope, facts, field, out) else {
        return;
    };
    let b = time(scope, facts, other, out).map(|(b, _)| b);
    out.extend(out_of_sequence::check(
        scope,
        facts,
        field,
        (&a, at),
        other,
        b.as_ref(),
        relation,
    ));
}
