//! Who must put each finding right (the rectification list, `check --format xlsx`): the unit
//! responsible and the people who must act, resolved as `zhidu agenda` resolves owners. The unit
//! is that of the person or post who must act, else of the record, else the unit the finding is
//! about, else the organisation's top unit: never empty.

use crate::agenda::owners;
use crate::agenda::steps::{self, Place};
use crate::data::org::{PersonIx, UnitIx};
use crate::diagnostic::Finding;
use crate::engine::parties::{self, Who};
use crate::engine::{Context, departments, records};
use crate::policy::model::Clause;
use crate::report::Responsible;
use std::collections::HashMap;

/// Who is responsible for each finding, in the findings' order.
pub fn responsible(ctx: &Context, findings: &[Finding]) -> Vec<Responsible> {
    let clauses: HashMap<&str, &Clause> = ctx
        .policies
        .clauses
        .iter()
        .map(|c| (&*c.id, &**c))
        .collect();
    let records: HashMap<&str, usize> = ctx
        .data
        .records
        .all
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.value.as_str(), i))
        .collect();
    findings
        .iter()
        .map(|f| one(ctx, f, &clauses, &records))
        .collect()
}

fn one(
    ctx: &Context,
    f: &Finding,
    clauses: &HashMap<&str, &Clause>,
    records: &HashMap<&str, usize>,
) -> Responsible {
    let org = &ctx.data.org;
    let day = ctx.as_of;
    let record = f
        .duty
        .as_ref()
        .and_then(|d| d.record)
        .or_else(|| records.get(f.subject.as_str()).copied())
        .map(|i| &*ctx.data.records.all[i]);
    let clause = f.clause.as_deref().and_then(|c| clauses.get(c).copied());
    // Who must act: the next step of the duty or record, as the agenda sees it.
    let mut people: Vec<PersonIx> = Vec::new();
    if let Some(clause) = clause {
        let place = Place {
            record,
            period: f
                .duty
                .as_ref()
                .and_then(|d| d.period.as_deref())
                .and_then(|p| crate::time::Period::parse(p).ok()),
            owing: f.duty.as_ref().and_then(|d| d.owing.as_deref()),
        };
        let steps = steps::of(ctx, clause, place);
        if let Some(first) = steps.next.first() {
            let kind = record.map_or("", |r| r.kind());
            people = owners::acting(ctx, &first.who, day, kind)
                .into_iter()
                .map(|a| a.person)
                .collect();
        }
    }
    // Else the person the record names (its owner, requester …), else whoever leads what the
    // finding is about: a post's unit head, a unit's parent head, a person's superior.
    if people.is_empty()
        && let Some(r) = record
    {
        let on = records::record_day(r).unwrap_or(day);
        people.extend(
            crate::vocab::PersonField::ALL
                .iter()
                .find_map(|&field| parties::person_of(ctx, r, field, on))
                .filter(|&p| org.active(p, day)),
        );
    }
    let about = org_subject(ctx, &f.subject);
    if people.is_empty() {
        people = about.1.clone();
    }
    let unit = people
        .iter()
        .find_map(|&p| org.unit_of(p, day))
        .or_else(|| {
            record
                .and_then(|r| departments::of_record(ctx, r, records::record_day(r).unwrap_or(day)))
        })
        .or(about.0)
        .or_else(|| top_unit(ctx));
    Responsible {
        unit: unit.map_or_else(String::new, |u| parties::unit_name(ctx, u)),
        owners: people
            .iter()
            .map(|&p| parties::person_name(ctx, p))
            .collect(),
    }
}

/// What an org finding is about: a post, a unit or a person, with the people who lead it.
fn org_subject(ctx: &Context, subject: &str) -> (Option<UnitIx>, Vec<PersonIx>) {
    let org = &ctx.data.org;
    let day = ctx.as_of;
    let heads = |unit: UnitIx| -> Vec<PersonIx> {
        owners::acting(ctx, &Who::Units(vec![unit]), day, "")
            .into_iter()
            .map(|a| a.person)
            .collect()
    };
    if let Some(role) = org.role(subject) {
        let unit = org.roles[role]
            .unit
            .as_ref()
            .and_then(|u| org.unit(&u.value));
        return (unit, unit.map(heads).unwrap_or_default());
    }
    if let Some(unit) = org.unit(subject) {
        let parent = org.units[unit]
            .parent
            .as_ref()
            .and_then(|p| org.unit(&p.value));
        return (Some(unit), heads(parent.unwrap_or(unit)));
    }
    if let Some(person) = org.person(subject) {
        return (org.unit_of(person, day), org.superiors(person, day));
    }
    (None, Vec::new())
}

/// The organisation's top unit: the first without a parent.
fn top_unit(ctx: &Context) -> Option<UnitIx> {
    let org = &ctx.data.org;
    org.units
        .enumerate()
        .find(|(_, u)| u.parent.is_none())
        .map(|(i, _)| i)
}
