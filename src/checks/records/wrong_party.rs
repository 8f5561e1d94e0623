#![doc = include_str!("../../../docs/checks/wrong-party.md")]

use crate::data::model::FieldValue;
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::policy::model::{Field, Party};
use crate::vocab::PersonField;

/// The person, unit or body in `field` is not `party`.
pub fn check(scope: Scope, facts: &Facts, field: &Field, party: &Party) -> Option<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let record = facts.record;
    let day = facts.day.unwrap_or(ctx.as_of);
    let who = parties::resolve(ctx, record, party, day);
    if matches!(who, Who::Unbound | Who::Unknown(_)) {
        return None;
    }
    // `requester.unit`: the unit the record belongs to (or the requester's).
    let (value, loc, shown) = match field.path.strip_suffix(".unit") {
        Some(person) if !record.fields.contains_key(&field.path) => {
            let pf = PersonField::from_keyword(person)?;
            let unit = parties::unit_of(ctx, record, pf, day)?;
            let loc = record.get("unit").map_or_else(
                || record.get(pf.path()).map_or(record.id.loc, |v| v.loc),
                |v| v.loc,
            );
            (
                org.units[unit].id.value.clone(),
                loc,
                parties::unit_name(ctx, unit),
            )
        }
        _ => {
            let v = record.get(&field.path)?;
            let FieldValue::Ref(id) = &v.value else {
                return None;
            };
            let shown = if let Some(p) = org.person(id) {
                parties::person_name(ctx, p)
            } else if let Some(u) = org.unit(id) {
                parties::unit_name(ctx, u)
            } else {
                id.clone()
            };
            (id.clone(), v.loc, shown)
        }
    };
    if parties::stands_for(ctx, &who, &value, day, record.kind()) {
        return None;
    }
    let wanted = parties::describe(ctx, party, &who);
    let roles = parties::roles(&who);
    let holders: Vec<String> = roles
        .iter()
        .flat_map(|&r| org.holders(r, day))
        .map(|p| parties::person_name(ctx, p))
        .collect();
    let mut message = format!("{} is {shown}, not {wanted}", field.path);
    if !roles.is_empty() {
        message.push_str(&format!(" on {day}"));
        if !holders.is_empty() {
            message.push_str(&format!("; held by {}", holders.join(", ")));
        }
    }
    Some(
        scope
            .on_record(crate::diagnostic::Check::WrongParty, facts, message)
            .at(loc)
            .label(format!("not {party}"))
            .help(format!("the regulation gives this to {party}: correct the field, or have them take the step")),
    )
}
