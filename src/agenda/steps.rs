//! The steps of a duty, in order — the timed fields a record of the clause goes through
//! (drafted, submitted, held), then its reviews and signatures — which of them a record has
//! done, and who takes each of the others.

use crate::data::model::{FieldValue, Record};
use crate::engine::Context;
use crate::engine::approvals::{self, Matching};
use crate::engine::parties::{self, Who};
use crate::engine::{conditions, records};
use crate::policy::ast::Relation;
use crate::policy::model::{Clause, Field, KindFilter, Party, Rule, RuleKind};
use crate::time::Period;
use crate::vocab::PersonField;
use jiff::civil::Date;

/// What a step is.
#[derive(Clone, Debug)]
pub enum Act {
    /// A timed field of the record (`submitted`, `attrs.discussed`).
    Field(Field),
    Review,
    Sign,
    /// Making the record itself, for a duty whose clause times no step (a meeting held).
    Record,
}

/// One step still to take, with who takes it.
#[derive(Clone, Debug)]
pub struct Step {
    pub act: Act,
    /// What names it in machine output: the field, or `signed by 总裁` as the policy says.
    pub key: String,
    /// Who takes it, for the record (or the slot) in question.
    pub who: Who,
    /// The party as the policy names it, when one is named.
    pub party: Option<Party>,
    /// The first day it may be taken (`drafted from 12-01`), when later than any day.
    pub opens: Option<Date>,
}

/// A duty's steps: those done, those still needed in order.
#[derive(Default)]
pub struct Steps {
    pub done: Vec<String>,
    pub next: Vec<Step>,
}

/// Where a duty stands: its record, or the slot no record fills yet (its period, the unit owing
/// it).
#[derive(Clone, Copy)]
pub struct Place<'a> {
    pub record: Option<&'a Record>,
    pub period: Option<Period>,
    pub owing: Option<&'a str>,
}

/// The steps of `clause` for a record, or a slot no record fills yet.
pub fn of(ctx: &Context, clause: &Clause, place: Place) -> Steps {
    let record = place.record;
    let rules: Vec<&Rule> = clause
        .rules
        .iter()
        .filter(|r| match record {
            Some(record) => r
                .when
                .iter()
                .all(|c| conditions::holds(c, record, &ctx.data.org)),
            None => r.when.is_empty(),
        })
        .collect();
    let day = record.and_then(records::record_day).unwrap_or(ctx.as_of);
    let performer = performer(ctx, clause, record, place.owing, day);
    let period = record.and_then(Record::period).or(place.period);
    let mut steps = Steps::default();
    let fields = fields(ctx, clause, &rules, record, period);
    for (field, opens) in fields.iter().cloned() {
        let done = record.is_some_and(|r| done_field(r, &field.path));
        if done {
            steps.done.push(field.path.clone());
            continue;
        }
        steps.next.push(Step {
            key: field.path.clone(),
            act: Act::Field(field),
            who: performer.0.clone(),
            party: performer.1.clone(),
            opens,
        });
    }
    if fields.is_empty() && record.is_none() {
        steps.next.push(Step {
            act: Act::Record,
            key: "record".into(),
            who: performer.0.clone(),
            party: performer.1.clone(),
            opens: None,
        });
    }
    approvals_of(ctx, clause, &rules, record, day, &mut steps);
    steps
}

/// Who performs the record's own steps: the party the clause names for the record's person
/// (`owner is …`, else `chair is …`, `by is …` …), else the person the record names (its owner,
/// requester, assignee …), else the head of the unit owing it.
fn performer(
    ctx: &Context,
    clause: &Clause,
    record: Option<&Record>,
    owing: Option<&str>,
    day: Date,
) -> (Who, Option<Party>) {
    let named = |field: PersonField| {
        clause.rules.iter().find_map(|r| match &r.kind {
            RuleKind::Is { field: f, party } if f.path == field.path() => Some(party),
            _ => None,
        })
    };
    let order = [
        PersonField::Owner,
        PersonField::Chair,
        PersonField::DraftedBy,
    ]
    .into_iter()
    .chain(PersonField::ALL);
    if let Some(party) = order.into_iter().find_map(named) {
        return (
            parties::resolve(ctx, record, party, day),
            Some(party.clone()),
        );
    }
    let person = record.and_then(|r| {
        PersonField::ALL
            .iter()
            .find_map(|&f| parties::person_of(ctx, r, f, day))
    });
    if let Some(person) = person {
        return (Who::People(vec![person]), None);
    }
    let org = &ctx.data.org;
    match owing
        .and_then(|u| org.unit(u))
        .and_then(|u| org.head_role(u))
    {
        Some(role) => (Who::Roles(vec![role]), None),
        None => (Who::Unbound, None),
    }
}

/// The clause's timed fields the data keeps, in the clause's order, each moved before any field
/// the clause says it must not come after; with the first day a window opens.
fn fields(
    ctx: &Context,
    clause: &Clause,
    rules: &[&Rule],
    record: Option<&Record>,
    period: Option<Period>,
) -> Vec<(Field, Option<Date>)> {
    let mut out: Vec<(Field, Option<Date>)> = Vec::new();
    for rule in rules {
        let Some(field) = timed_field(&rule.kind) else {
            continue;
        };
        if matches!(field.path.as_str(), "signed" | "reviewed")
            || out.iter().any(|(f, _)| f.path == field.path)
            || !kept(ctx, clause, record, &field.path)
        {
            continue;
        }
        out.push((field.clone(), opens(ctx, rule, period)));
    }
    for rule in rules {
        if let RuleKind::Order {
            field,
            other,
            relation: Relation::Before,
        } = &rule.kind
        {
            let a = out.iter().position(|(f, _)| f.path == field.path);
            let b = out.iter().position(|(f, _)| f.path == other.path);
            if let (Some(a), Some(b)) = (a, b)
                && a > b
            {
                let moved = out.remove(a);
                out.insert(b, moved);
            }
        }
    }
    out
}

/// The field a timing rule times.
fn timed_field(kind: &RuleKind) -> Option<&Field> {
    match kind {
        RuleKind::Deadline { field, .. }
        | RuleKind::Window { field, .. }
        | RuleKind::LastDays { field, .. }
        | RuleKind::Offset { field, .. }
        | RuleKind::Margin { field, .. }
        | RuleKind::Order { field, .. }
        | RuleKind::MissingAfter { field, .. }
        | RuleKind::ByNext { field, .. } => Some(field),
        _ => None,
    }
}

/// Does the data keep this step for the record's kind (or any kind of the clause, for a record
/// not made yet)? A step a company does not keep is not judged, nor listed.
fn kept(ctx: &Context, clause: &Clause, record: Option<&Record>, path: &str) -> bool {
    if let Some(record) = record {
        return ctx.keeps(record, path);
    }
    let (Some(collection), KindFilter::Only(kinds)) = (clause.collection(), &clause.kinds) else {
        return true;
    };
    kinds.iter().any(|kind| {
        ctx.data.records.keeps(collection, kind, path)
            || ctx
                .covers
                .iter()
                .any(|c| crate::engine::covers_step(c, kind, path))
    })
}

/// The first day a step may be taken in the duty's period: the start of its window (`drafted
/// from 12-01 of previous year`, `submitted in last 7 days of previous month`).
fn opens(ctx: &Context, rule: &Rule, period: Option<Period>) -> Option<Date> {
    let period = period?;
    match &rule.kind {
        RuleKind::Window {
            from: Some(from), ..
        } => Some(crate::policy::dates::resolve(from, &period, ctx.calendar)),
        RuleKind::LastDays {
            first, days, of, ..
        } => {
            let p = crate::policy::dates::period_of(&period, of);
            let back = jiff::Span::new().days(i64::from(*days).max(1) - 1);
            Some(if *first {
                p.start()
            } else {
                p.end().saturating_sub(back).max(p.start())
            })
        }
        _ => None,
    }
}

/// A field holding a time, or `true` (done, undated).
fn done_field(record: &Record, path: &str) -> bool {
    matches!(
        record.get(path).map(|v| &v.value),
        Some(FieldValue::Time(_) | FieldValue::Bool(true))
    )
}

/// The clause's reviews and signatures, in the clause's order: filled ones done, needed ones
/// next.
fn approvals_of(
    ctx: &Context,
    clause: &Clause,
    rules: &[&Rule],
    record: Option<&Record>,
    day: Date,
    steps: &mut Steps,
) {
    let share = !clause
        .rules
        .iter()
        .any(|r| matches!(r.kind, RuleKind::SignersDistinct));
    for rule in rules {
        let (chain, sign) = match &rule.kind {
            RuleKind::Reviewed { steps, .. } => (steps, false),
            RuleKind::Signed { steps, .. } => (steps, true),
            _ => continue,
        };
        let matching: Option<Matching> = record.map(|r| {
            if sign {
                approvals::signatures(ctx, r, chain, day, share)
            } else {
                approvals::reviews(ctx, r, chain, day)
            }
        });
        for (s, step) in chain.iter().enumerate() {
            let verb = if sign { "signed" } else { "reviewed" };
            let key = format!("{verb} by {}", step.party);
            let who = match &matching {
                Some(m) if !m.needed[s] => continue,
                Some(m) if m.filled_by[s].is_some() => {
                    steps.done.push(key);
                    continue;
                }
                Some(m) => m.who[s].clone(),
                None => parties::resolve(ctx, None, &step.party, day),
            };
            steps.next.push(Step {
                act: if sign { Act::Sign } else { Act::Review },
                key,
                who,
                party: Some(step.party.clone()),
                opens: None,
            });
        }
    }
}
