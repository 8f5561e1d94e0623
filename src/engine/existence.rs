//! Duties about how many records exist: one per period (`exists every year`), one per slot of a
//! cadence (`every monday`), a minimum per period (`at least 6 per year`), a longest gap
//! (`gap at most 3 months`). Only slots whose deadline lies in `[--since, --as-of]` are judged.

use super::records::record_day;
use super::timing::Due;
use super::{Scope, conditions, departments};
use crate::checks::records::{cadence, insufficient_count, late, missing_record};
use crate::data::model::{FieldValue, Record};
use crate::diagnostic::Finding;
use crate::policy::ast::{self, Cadence};
use crate::policy::dates;
use crate::policy::model::{DateSpec, KindFilter, PerDepartment, Rule, RuleKind};
use crate::source::Loc;
use crate::time::Instant;
use crate::time::Period;
use crate::time::span;
use crate::vocab::PeriodUnit;
use jiff::civil::Date;

/// How far outside the judged range slots are looked for: a slot's deadline may lie a year or
/// more from the slot itself (`by 11-20 of previous year`).
const MARGIN_DAYS: i64 = 800;

/// What the records of a clause are called in messages: `annual-business-plan plan`.
/// Whose a slot of a duty per unit or person is (` of 销售部 (sales)` / `（销售部 (sales)）`), or
/// nothing.
pub fn whose(slot: &Slot) -> crate::i18n::Arg {
    match slot.owing {
        Some(o) => crate::i18n::Message::new("slot-whose")
            .arg("party", o.shown.as_str())
            .into(),
        None => "".into(),
    }
}

/// What a clause's records are called: in English as [`what`] says; in Chinese the Chinese
/// part of the clause's title (`月度计划` of `月度计划 · monthly plan`), else the same.
pub fn what_arg(scope: Scope) -> crate::i18n::Arg {
    let en = what(scope);
    let zh = scope
        .clause
        .title
        .as_deref()
        .and_then(|t| t.split(" · ").next())
        .filter(|t| !t.is_ascii())
        .map_or_else(|| en.clone(), |t| t.trim().to_string());
    crate::i18n::Arg::both(en, zh)
}

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
            RuleKind::Exists {
                every,
                per,
                due,
                lenient,
            } => {
                let slots = periods(ctx, *every);
                for (owing, records) in owed(scope, per.as_ref(), &records) {
                    let records = Dated::all(&records);
                    for period in &slots {
                        let deadline = match (due, lenient) {
                            (Some(spec), true) => {
                                Due::Day(dates::resolve(spec, period, ctx.calendar))
                            }
                            _ => deadline(scope, due.as_ref(), period),
                        };
                        let slot = Slot {
                            period,
                            accepts: (period.start(), period.end()),
                            deadline,
                            owing: owing.as_ref(),
                            lenient: *lenient,
                        };
                        slot_met(scope, rule, &records, &slot, due.is_some() && !lenient, out);
                    }
                }
            }
            RuleKind::Every {
                cadence: c,
                per,
                due,
            } => {
                let slots = slots(ctx, c);
                for (owing, records) in owed(scope, per.as_ref(), &records) {
                    let records = Dated::all(&records);
                    for period in &slots {
                        let accepts = accepts(scope, c, period);
                        let deadline = match due {
                            Some(_) => deadline(scope, due.as_ref(), period),
                            None if accepts.1 > period.end() => Due::Extended {
                                day: accepts.1,
                                nominal: period.end(),
                            },
                            None => Due::Day(period.end()),
                        };
                        let slot = Slot {
                            period,
                            accepts,
                            deadline,
                            owing: owing.as_ref(),
                            lenient: false,
                        };
                        slot_met(scope, rule, &records, &slot, due.is_some(), out);
                    }
                }
            }
            RuleKind::AtLeast { count, per } => {
                let first = first_day(ctx, ids);
                at_least(scope, rule, &records, *count, *per, first, out)
            }
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

/// A slot's deadline: the clause's `by …`, moved off a rest day unless the clause is `strict`,
/// else the slot's last day.
fn deadline(scope: Scope, due: Option<&DateSpec>, slot: &Period) -> Due {
    match due {
        Some(spec) => {
            let day = dates::resolve(spec, slot, scope.ctx.calendar);
            Due::limit(scope, day, dates::names_weekday(spec))
        }
        None => Due::Day(slot.end()),
    }
}

/// Who owes a duty: a department (`per department`), by id and as messages name it.
pub struct Owing {
    pub id: String,
    pub shown: String,
}

/// One slot of an existence rule or cadence, for one party when the duty is per department.
pub struct Slot<'a> {
    pub period: &'a Period,
    /// The days a record may fall on to fill it.
    pub accepts: (Date, Date),
    pub deadline: Due,
    pub owing: Option<&'a Owing>,
    /// The deadline only marks when absence is judged (`missing after`): the regulation sets none.
    pub lenient: bool,
}

impl Slot<'_> {
    /// `clause@2026-11`, or `clause@<department>@2026-11` (CLI.md v3: two departments missing
    /// the same period never share a subject).
    /// The duty the slot stands for, for `zhidu agenda`.
    pub fn duty(&self, scope: Scope) -> crate::diagnostic::Duty {
        // A slot of a week, month or year with no deadline of its own is due at its end.
        let period_end =
            !matches!(self.period, Period::Day(_)) && self.deadline == Due::Day(self.period.end());
        crate::diagnostic::Duty {
            period: Some(self.period.to_string()),
            owing: self.owing.map(|o| o.id.clone()),
            named: !period_end,
            ..self.deadline.duty(scope.ctx)
        }
    }

    pub fn subject(&self, scope: Scope) -> String {
        match self.owing {
            Some(o) => format!("{}@{}@{}", scope.clause.id, o.id, self.period),
            None => format!("{}@{}", scope.clause.id, self.period),
        }
    }
}

/// The parties owing the duty with the records that are theirs: the whole organisation (one
/// party, every record), or each department with the records of its own.
fn owed<'r>(
    scope: Scope,
    per: Option<&PerDepartment>,
    records: &[&'r Record],
) -> Vec<(Option<Owing>, Vec<&'r Record>)> {
    let ctx = scope.ctx;
    let Some(per) = per else {
        return vec![(None, records.to_vec())];
    };
    // Each record's department, worked out once: not once per department (records × units).
    let mut by_unit: std::collections::HashMap<crate::data::org::UnitIx, Vec<&'r Record>> =
        std::collections::HashMap::new();
    for r in records {
        let day = record_day(r).unwrap_or(ctx.as_of);
        if let Some(unit) = departments::of_record(ctx, r, day) {
            by_unit.entry(unit).or_default().push(r);
        }
    }
    departments::of(ctx, per)
        .into_iter()
        .map(|unit| {
            let theirs = by_unit.get(&unit).cloned().unwrap_or_default();
            let owing = Owing {
                id: ctx.data.org.units[unit].id.value.clone(),
                shown: super::parties::unit_name(ctx, unit),
            };
            (Some(owing), theirs)
        })
        .collect()
}

/// One slot: missing when no record fills it by its deadline; `late` when the records that fill
/// it all came after a deadline the clause sets (LANGUAGE.md v3: existence by a deadline judges
/// the date too), unless another rule of the clause already judges that step's date.
fn slot_met(
    scope: Scope,
    rule: &Rule,
    records: &[Dated],
    slot: &Slot,
    dated: bool,
    out: &mut Vec<Finding>,
) {
    let deadline = slot.deadline;
    let filling: Vec<&Record> = records
        .iter()
        .filter(|r| fills(r, slot.period, slot.accepts))
        .map(|r| r.record)
        .collect();
    if filling.is_empty() {
        let out_of = match rule.kind {
            RuleKind::Exists { .. } => missing_record::check(scope, rule, slot),
            _ => cadence::missing(scope, rule, slot, nearest(records, slot.period)),
        };
        out.extend(out_of);
        return;
    }
    if !dated {
        return;
    }
    let acts: Vec<(&Record, Instant, Loc)> = filling
        .iter()
        .filter_map(|r| first_act(r).map(|(t, at)| (*r, t, at)))
        .collect();
    let on_time = acts.len() < filling.len() || acts.iter().any(|(_, t, _)| !deadline.is_before(t));
    let judged_elsewhere = scope
        .clause
        .rules
        .iter()
        .filter_map(|r| r.kind.due_step())
        .any(|f| f.path == "submitted");
    if on_time || judged_elsewhere {
        return;
    }
    if let Some((record, done, at)) = acts
        .into_iter()
        .min_by_key(|(r, t, _)| (t.ts, r.id.value.clone()))
    {
        out.extend(late::existence(scope, rule, record, slot, &done, at));
    }
}

/// A record's first act: its `submitted` time, else its own date.
fn first_act(record: &Record) -> Option<(Instant, Loc)> {
    let time = |path: &str| match record.get(path) {
        Some(v) => match &v.value {
            FieldValue::Time(t) => Some((*t, v.loc)),
            _ => None,
        },
        None => None,
    };
    time("submitted").or_else(|| time(record.collection.time_field()))
}

/// The days a record may fall on to fill a slot (LANGUAGE.md v3, dated slots on rest days): a
/// named weekday or date that is not a working day may be met up to the next working day (a
/// weekday only over a public holiday: the regulation chose it); the last day of a month, from
/// the month's last working day. A `strict` clause takes the day as it is.
fn accepts(scope: Scope, cadence: &Cadence, slot: &Period) -> (Date, Date) {
    let (start, end) = (slot.start(), slot.end());
    let Period::Day(day) = slot else {
        return (start, end);
    };
    let calendar = scope.ctx.calendar;
    if scope.clause.strict || calendar.is_working_day(*day) {
        return (*day, *day);
    }
    match cadence {
        Cadence::Weekday(_) | Cadence::NthWeekday(..) => calendar
            .extend(*day, true)
            .map_or((*day, *day), |(to, _)| (*day, to)),
        Cadence::DayOfMonth(_) => calendar
            .extend(*day, false)
            .map_or((*day, *day), |(to, _)| (*day, to)),
        Cadence::LastDayOfMonth => (calendar.working_day_until(*day), *day),
        Cadence::Unit(_) => (start, end),
    }
}

/// The earliest day of any record the clause binds: the data covers a period for its kinds only
/// when it holds a record from before the period (or `covered_from` says so).
fn first_day(ctx: &super::Context, ids: &[usize]) -> Option<Date> {
    ids.iter()
        .filter_map(|&i| record_day(&ctx.data.records.all[i]))
        .min()
}

/// The periods of a count judged in `[since, as_of]` (ended in it, or still running), each with
/// whether the data covers it whole (LANGUAGE.md v3: whole periods only).
pub fn count_periods(
    ctx: &super::Context,
    per: PeriodUnit,
    first: Option<Date>,
) -> Vec<(Period, bool)> {
    Period::between(per, ctx.since, ctx.as_of)
        .into_iter()
        .filter(|p| p.end() >= ctx.since)
        .map(|p| {
            let whole = first.is_some_and(|d| d < p.start())
                || ctx.covered_from.is_some_and(|d| d <= p.start());
            (p, whole)
        })
        .collect()
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
                let step = if d.weekday().to_monday_one_offset() == weekday.number() {
                    out.push(Period::Day(d));
                    7
                } else {
                    1
                };
                // At the calendar's last day, adding saturates: stop instead of looping there.
                let next = d.saturating_add(span::days(step));
                if next <= d {
                    break;
                }
                d = next;
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

/// A record with its day and period, worked out once for all the slots it is compared with.
struct Dated<'r> {
    record: &'r Record,
    day: Option<Date>,
    period: Option<Period>,
}

impl<'r> Dated<'r> {
    fn all(records: &[&'r Record]) -> Vec<Dated<'r>> {
        records
            .iter()
            .map(|&record| Dated {
                record,
                day: record_day(record),
                period: record.period(),
            })
            .collect()
    }
}

/// Does the record fill the slot? By its period when it has one, else by its day falling in the
/// days the slot accepts.
fn fills(record: &Dated, slot: &Period, (from, to): (Date, Date)) -> bool {
    let within = |d: Date| from <= d && d <= to;
    match record.period {
        Some(p) if p == *slot => true,
        Some(Period::Day(d)) => within(d),
        // A report for a month or week meets a dated slot (every Wednesday) by the day it was
        // made.
        Some(_) if matches!(slot, Period::Day(_)) => record.day.is_some_and(within),
        Some(_) => false,
        None => record.day.is_some_and(within),
    }
}

/// The record closest to a day slot (to say "held on Tuesday instead").
fn nearest(records: &[Dated], slot: &Period) -> Option<Date> {
    if !matches!(slot, Period::Day(_)) {
        return None;
    }
    let day = slot.start();
    records
        .iter()
        .filter_map(|r| r.day)
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
    first: Option<Date>,
    out: &mut Vec<Finding>,
) {
    let ctx = scope.ctx;
    // A period the data covers only in part is not judged (coverage lists it).
    for (period, _) in count_periods(ctx, per, first)
        .into_iter()
        .filter(|(_, whole)| *whole)
    {
        let held = records
            .iter()
            .filter(|r| record_day(r).is_some_and(|d| period.contains(d) && d <= ctx.as_of))
            .count() as u32;
        out.extend(insufficient_count::per_period(
            scope, rule, &period, held, count,
        ));
    }
}
