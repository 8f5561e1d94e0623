declare_check! {
    /// ## What it checks
    /// A record names a person, unit or body other than the one a clause requires: a plan owned by
    /// someone who is not the 运营总监, submitted to a unit instead of the 总经理办公会, a meeting
    /// chaired by someone who is not the 办公室主任, a process design drafted outside 中试技术部.
    /// Absent fields are not judged.
    ///
    /// ## Why it matters
    /// Responsibility that sits with the wrong person is responsibility nobody answers for.
    ///
    /// ## Example
    /// ```yaml
    /// meetings:
    ///   - {id: M-12, kind: admin-weekly, held: 2026-11-16T09:00, chair: p031}  # p031 is not 办公室主任
    /// ```
    ///
    /// ## How to fix
    /// Correct the field if it was entered wrongly, or have the right person take the step.
    pub struct WrongParty { code: "wrong-party", severity: Error }
}

use crate::data::model::FieldValue;
use crate::engine::Scope;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::finding::Finding;
use crate::policy::ast::PersonField;
use crate::policy::model::{Field, Party};

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
                || {
                    record
                        .get(crate::policy::lower::person_field_path(pf))
                        .map_or(record.id.loc, |v| v.loc)
                },
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
            .on_record(crate::checks::Check::WrongParty, facts, message)
            .at(loc)
            .label(format!("not {party}"))
            .help(format!("the regulation gives this to {party}: correct the field, or have them take the step")),
    )
}
