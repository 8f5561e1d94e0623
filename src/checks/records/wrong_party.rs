#![doc = include_str!("../../../docs/checks/wrong-party.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties::{self, Entry, Who};
use crate::engine::records::Facts;
use crate::policy::model::{Field, Party};

/// None of the people, units or bodies in `field` (`entries`: one, or a list of recipients) is
/// `party` (`who` on `day`).
pub fn check(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    party: &Party,
    who: &Who,
    entries: &[Entry],
) -> Option<Finding> {
    let entry = entries.first()?;
    if entries.iter().any(|e| e.stands) || matches!(who, Who::Unbound | Who::Unknown(_)) {
        return None;
    }
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let day = facts.day.unwrap_or(ctx.as_of);
    let wanted = parties::describe(ctx, party, who);
    let roles = parties::roles(who);
    let holders: Vec<String> = roles
        .iter()
        .flat_map(|&r| org.holders(r, day))
        .map(|p| parties::person_name(ctx, p))
        .collect();
    let shown: Vec<&str> = entries.iter().map(|e| e.shown.as_str()).collect();
    let mut message = format!("{} is {}, not {wanted}", field.path, shown.join(", "));
    if !roles.is_empty() {
        message.push_str(&format!(" on {day}"));
        if !holders.is_empty() {
            message.push_str(&format!("; held by {}", holders.join(", ")));
        }
    }
    Some(
        scope
            .on_record(crate::diagnostic::Check::WrongParty, facts, message)
            .at(entry.loc)
            .label(format!("not {party}"))
            .help(format!("the regulation gives this to {party}: correct the field, or have them take the step")),
    )
}
