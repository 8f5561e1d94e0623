//! Duties about how many records exist: one per period (`exists every year`), one per slot of a
//! cadence (`every monday`), a minimum per period (`at least 6 per year`), a longest gap
//! (`gap at most 3 months`). Only slots whose deadline lies in `[--since, --as-of]` are judged.

use super::records::record_day;
use super::{Scope, conditions};
use crate::checks::records::{cadence, insufficient_count, missing_record};
use crate::data::model::Record;
use crate::diagnostic::Finding;
use crate::policy::ast::{self, Cadence};
use crate::policy::dates;
use crate::policy::model::{KindFilter, Rule, RuleKind};
use crate::time::Period;
use crate::time::span;
use crate::vocab::PeriodUnit;
use jiff::civil::Date;

/// How far outside the judged range slots are looked for: a slot's deadline may lie a year or
/// more from the slot itself (`by 11-20 of previous year`).
const MARGIN_DAYS: i64 = 800;

/// What the records of a clause are called in messages: `annual-business-plan plan`.
pub fn what(scope: Scope) -> String {
    let noun = scope.clause.kind.keyword();
    match &scope.clause.kinds {
        KindFilter::Any => noun.to_string(),
        KindFilter::Only(kinds) => {
            let kinds = kinds.iter().cloned().collect::<Vec<_>>().join("/");
            // `annual-training-plan`, not `annual-training-plan plan`.
            if kinds.ends_with(noun) {
                kinds
            } else {
                format!("{kinds} {noun}")
            }
        }
    }
}

pub fn evaluate(scope: Scope, ids: &[usize], out: &mut Vec<Finding>) {
    let ctx = scope.ctx;
    let all = &ctx.data.records.all;
    for rule in &scope.clause.rules {
        let records: Vec<&Record> = ids
            .iter()
            .map(|&i| &*all[i])
            .filter(|r| {
                rule.when
                    .iter()
                    .all(|c| conditions::holds(c, r, &ctx.data.org))
            })
            .collect();
        match &rule.kind {
            RuleKind::Exists { every, due } => {
                for slot in periods(ctx, *every) {
                    let deadline = due
                        .as_ref()
                        .map_or(slot.end(), |d| dates::resolve(d, &slot, ctx.calendar));
                    let filled = records.iter().any(|r| fills(r, &slot));
                    out.extend(missing_record::check(scope, rule, &slot, deadline, filled));
                }
            }
            RuleKind::Every { cadence: c, due } => {
                for slot in slots(ctx, c) {
                    let deadline = due
                        .as_ref()
                        .map_or(slot.end(), |d| dates::resolve(d, &slot, ctx.calendar));
                    let filled = records.iter().any(|r| fills(r, &slot));
                    let nearest = (!filled).then(|| nearest(&records, &slot)).flatten();
                    out.extend(cadence::missing(
                        scope, rule, &slot, deadline, filled, nearest,
                    ));
                }
            }
            RuleKind::AtLeast { count, per } => at_least(scope, rule, &records, *count, *per, out),
            RuleKind::MaxGap { max } => {
                let mut days: Vec<(Date, &Record)> = records
                    .iter()
                    .filter_map(|r| record_day(r).map(|d| (d, *r)))
                    .collect();
                days.sort_by_key(|(d, r)| (*d, r.id.value.clone()));
                cadence::gaps(scope, rule, &days, *max, out);
            }
            _ => {}
        }
    }
}

/// Every period of `unit` that could have a deadline in the judged range.
fn periods(ctx: &super::Context, unit: PeriodUnit) -> Vec<Period> {
    let lo = ctx.since.saturating_sub(span::days(MARGIN_DAYS));
    let hi = ctx.as_of.saturating_add(span::days(MARGIN_DAYS));
    Period::between(unit, lo, hi)
}

/// The slots of a cadence around the judged range.
fn slots(ctx: &super::Context, cadence: &Cadence) -> Vec<Period> {
    let lo = ctx.since.saturating_sub(span::days(40));
    let hi = ctx.as_of.saturating_add(span::days(40));
    let months = Period::between(PeriodUnit::Month, lo, hi);
    let days = |pick: &dyn Fn(&Period) -> Option<Date>| {
        months
            .iter()
            .filter_map(pick)
            .map(Period::Day)
            .collect::<Vec<_>>()
    };
    match cadence {
        Cadence::Unit(unit) => periods(ctx, *unit),
        Cadence::Weekday(weekday) => {
            let mut out = Vec::new();
            let mut d = lo;
            while d <= hi {
                if d.weekday().to_monday_one_offset() == weekday.number() {
                    out.push(Period::Day(d));
                    d = d.saturating_add(span::days(7));
                } else {
                    d = d.saturating_add(span::days(1));
                }
            }
            out
        }
        Cadence::NthWeekday(ordinal, weekday) => {
            let nth: i8 = match ordinal {
                ast::Ordinal::Nth(n) => *n as i8,
                ast::Ordinal::Last => -1,
            };
            let wd = jiff::civil::Weekday::from_monday_one_offset(weekday.number())
                .unwrap_or(jiff::civil::Weekday::Monday);
            days(&|m| m.start().nth_weekday_of_month(nth, wd).ok())
        }
        Cadence::LastDayOfMonth => days(&|m| Some(m.end())),
        Cadence::DayOfMonth(d) => days(&|m| {
            let day = m.start().saturating_add(span::days(*d as i64 - 1));
            m.contains(day).then_some(day)
        }),
    }
}

/// Does the record fill the slot? By its period when it has one, else by its day.
fn fills(record: &Record, slot: &Period) -> bool {
    match record.period() {
        Some(p) if p == *slot => true,
        Some(Period::Day(d)) => slot.contains(d),
        Some(_) => false,
        None => record_day(record).is_some_and(|d| slot.contains(d)),
    }
}

/// The record closest to a day slot (to say "held on Tuesday instead").
fn nearest(records: &[&Record], slot: &Period) -> Option<Date> {
    if !matches!(slot, Period::Day(_)) {
        return None;
    }
    let day = slot.start();
    records
        .iter()
        .filter_map(|r| record_day(r))
        .filter(|d| (*d - day).get_days().abs() <= 6)
        .min_by_key(|d| ((*d - day).get_days().abs(), *d))
}

/// How many records fall in each period of `per` around the judged range.
fn at_least(
    scope: Scope,
    rule: &Rule,
    records: &[&Record],
    count: u32,
    per: PeriodUnit,
    out: &mut Vec<Finding>,
) {
    let ctx = scope.ctx;
    for period in Period::between(per, ctx.since, ctx.as_of) {
        let held = records
            .iter()
            .filter(|r| record_day(r).is_some_and(|d| period.contains(d) && d <= ctx.as_of))
            .count() as u32;
        out.extend(insufficient_count::per_period(
            scope, rule, &period, held, count,
        ));
    }
}
