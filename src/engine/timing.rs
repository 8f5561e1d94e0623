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
use crate::policy::model::{DateSpec, Duration, Field, PeriodRef, RuleKind};
use crate::source::Loc;
use crate::time::Instant;
use crate::time::span;
use jiff::civil::Date;

/// Does the clause set a time anything is due by — a deadline or window of a step, a record
/// per period, a cadence? Only such a clause makes an `overdue`, `missing-record` or `cadence`
/// finding (what `zhidu agenda` lists).
pub fn sets_due_times(clause: &crate::policy::model::Clause) -> bool {
    clause.rules.iter().any(|r| {
        r.kind.times_a_step() || matches!(r.kind, RuleKind::Exists { .. } | RuleKind::Every { .. })
    })
}

/// A point a step is measured against: a whole day (met through its end) or an exact moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    Day(Date),
    Exact(Instant),
    /// A limit whose day (`nominal`) was not a working day, moved to the end of the next one
    /// (LANGUAGE.md v3).
    Extended {
        day: Date,
        nominal: Date,
    },
}

impl Due {
    /// A limit of whole days that moves off rest days unless the clause is `strict`;
    /// `named_weekday` for a weekday the regulation names itself (每周六), which only a public
    /// holiday moves.
    pub fn limit(scope: Scope, day: Date, named_weekday: bool) -> Due {
        if scope.clause.strict {
            return Due::Day(day);
        }
        match scope.ctx.calendar.extend(day, named_weekday) {
            Some((moved, _)) => Due::Extended {
                day: moved,
                nominal: day,
            },
            None => Due::Day(day),
        }
    }

    /// The day it falls on, for the judged range.
    pub fn date(&self) -> Date {
        match self {
            Due::Day(d) | Due::Extended { day: d, .. } => *d,
            Due::Exact(i) => i.date,
        }
    }

    /// Has it passed by the end of `--as-of`, inside the judged range?
    pub fn judged(&self, ctx: &Context) -> bool {
        match self {
            Due::Day(d) | Due::Extended { day: d, .. } => ctx.judged(*d),
            Due::Exact(i) => ctx.judged_instant(i),
        }
    }

    /// Is `done` after this point? A date-only time is compared by day.
    pub fn is_before(&self, done: &Instant) -> bool {
        match self {
            Due::Day(d) | Due::Extended { day: d, .. } => done.date > *d,
            Due::Exact(i) if done.date_only || i.date_only => done.date > i.date,
            Due::Exact(i) => done.ts > i.ts,
        }
    }

    /// Is `done` before this point?
    pub fn is_after(&self, done: &Instant) -> bool {
        match self {
            Due::Day(d) | Due::Extended { day: d, .. } => done.date < *d,
            Due::Exact(i) if done.date_only || i.date_only => done.date < i.date,
            Due::Exact(i) => done.ts < i.ts,
        }
    }

    /// The duty as `zhidu agenda` reads it: due day, nominal day, exact time.
    pub fn duty(&self, ctx: &Context) -> crate::diagnostic::Duty {
        let (due, nominal, at) = match self {
            Due::Day(d) => (*d, *d, None),
            Due::Extended { day, nominal } => (*day, *nominal, None),
            Due::Exact(i) if i.date_only => (i.date, i.date, None),
            Due::Exact(i) => {
                let zoned = i.ts.to_zoned(ctx.data.tz.clone());
                let at = zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string();
                (i.date, i.date, Some(at))
            }
        };
        crate::diagnostic::Duty {
            due,
            nominal,
            at,
            step: None,
            record: None,
            period: None,
            owing: None,
            named: true,
        }
    }

    /// The limit as a message: `2026-10-08, extended from 10-01 (国庆节)`.
    pub fn message(&self, ctx: &Context) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            Due::Day(d) => Message::new("due-on").date("date", d),
            Due::Exact(i) => Message::new("due-on").date("date", ctx.show(i)),
            Due::Extended { day, nominal } => {
                let from = if nominal.year() == day.year() {
                    format!("{:02}-{:02}", nominal.month(), nominal.day())
                } else {
                    nominal.to_string()
                };
                match ctx.calendar.rest(*nominal) {
                    Some(rest) => Message::new("due-extended")
                        .date("date", day)
                        .date("from", from)
                        .arg("why", rest.message()),
                    None => Message::new("due-extended-bare")
                        .date("date", day)
                        .date("from", from),
                }
            }
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
        // A step recorded as not taken is a missing one, not a malformed date.
        FieldValue::Bool(false) => None,
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
    // A limit (the end of a window, a deadline) moves off a rest day; a window's start never does.
    let limit = |spec: &DateSpec| {
        period.map(|p| {
            let day = dates::resolve(spec, &p, ctx.calendar);
            Due::limit(scope, day, dates::names_weekday(spec))
        })
    };
    match kind {
        RuleKind::Deadline { field, due } => {
            let Some(due) = limit(due) else {
                return;
            };
            window(scope, facts, field, None, Some(due), out);
        }
        RuleKind::Window { field, from, to } => {
            let from = from.as_ref().and_then(&resolve);
            let to = to.as_ref().and_then(&limit);
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
                Some(Due::limit(scope, to, false)),
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
            // Measured by whole days, the window's edges are whole days too; a limit counted
            // forward in days, months or years moves off a rest day (working days never land on
            // one, and a lead time before an event never moves later).
            let (from, to) = if within.is_exact() {
                (from, to)
            } else if *relation == Relation::Before {
                (Due::Day(from.date()), Due::Day(to.date()))
            } else {
                (Due::Day(from.date()), Due::limit(scope, to.date(), false))
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
        // No time limit: only the absence is judged, once the day has passed.
        RuleKind::MissingAfter { field, after } => {
            if let Some(p) = period
                && absent(scope, facts, field)
            {
                let due = Due::Day(dates::resolve(after, &p, ctx.calendar));
                out.extend(overdue::check(scope, facts, field, &due));
            }
        }
        // Tied to the next record of a kind: absent once that one has taken place.
        RuleKind::ByNext {
            field,
            kind,
            collection,
        } => {
            if absent(scope, facts, field)
                && let Some(this) = super::events::when(facts.record)
                && let Some(next) = facts.events.next_after(*collection, kind, &this)
            {
                out.extend(overdue::check(scope, facts, field, &Due::Exact(next)));
            }
        }
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
    if done_undated(facts, field) {
        return;
    }
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
            if let Some(to) = &to
                && (scope.ctx.keeps(facts.record, &field.path) || is_approval(field))
            {
                out.extend(overdue::check(scope, facts, field, to));
            }
        }
    }
}

/// Is the step missing, in a data set that keeps it (some record of the kind carries the field)?
/// `false` is a step not taken; `true` one taken with no date recorded (DATA.md v3).
fn absent(scope: Scope, facts: &Facts, field: &Field) -> bool {
    let missing = match facts.record.get(&field.path).map(|v| &v.value) {
        None | Some(FieldValue::Bool(false)) => true,
        Some(_) => false,
    };
    missing && scope.ctx.keeps(facts.record, &field.path)
}

/// A step recorded as done without a date (`attrs.service_report: true`): nothing to time.
fn done_undated(facts: &Facts, field: &Field) -> bool {
    matches!(
        facts.record.get(&field.path).map(|v| &v.value),
        Some(FieldValue::Bool(true))
    )
}

/// `signed` and `reviewed` stand for the record's signatures and reviews, not a field.
fn is_approval(field: &Field) -> bool {
    matches!(field.path.as_str(), "signed" | "reviewed")
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
    if done_undated(facts, field) {
        return;
    }
    let b = time(scope, facts, other, out).map(|(b, _)| b);
    let Some((a, at)) = time(scope, facts, field, out) else {
        // A step that must come no later than another that happened — `attrs.installed not
        // after attrs.install_due`, training before probation — was due by then: never done,
        // it is overdue (PACK.md v3), once that time has passed.
        if let (Some(b), Relation::Before) = (b, relation)
            && scope.ctx.keeps(facts.record, &field.path)
            && !is_approval(field)
        {
            let due = if b.date_only {
                Due::Day(b.date)
            } else {
                Due::Exact(b)
            };
            out.extend(overdue::check(scope, facts, field, &due));
        }
        return;
    };
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
