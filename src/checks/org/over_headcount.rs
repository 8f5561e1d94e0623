#![doc = include_str!("../../../docs/checks/over-headcount.md")]

use crate::data::org::{PersonIx, RoleIx, UnitIx};
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties;
use crate::i18n::{Arg, Message};
use crate::policy::model::Rule;

/// A role held by more active people than allowed.
pub fn role(
    scope: Scope,
    rule: &Rule,
    roles: &[RoleIx],
    holders: &[PersonIx],
    max: u32,
) -> Option<Finding> {
    if holders.len() as u64 <= u64::from(max) {
        return None;
    }
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let entry = &org.roles[*roles.first()?];
    let names: Vec<String> = roles.iter().map(|&r| parties::role_name(ctx, r)).collect();
    let people: Vec<String> = holders
        .iter()
        .map(|&p| parties::person_name(ctx, p))
        .collect();
    let mut f = scope
        .finding(
            crate::diagnostic::Check::OverHeadcount,
            &entry.id.value,
            Message::new("over-headcount-role")
                .arg("roles", Arg::slashed(&names))
                .arg("n", holders.len())
                .date("as_of", ctx.as_of)
                .arg("max", max)
                .arg("people", Arg::list(&people)),
            rule.loc,
        )
        .at(entry.seats.as_ref().map_or(entry.id.loc, |s| s.loc))
        .label(Message::new("over-headcount-label").arg("max", max));
    for &p in holders {
        if let Some(h) = org.people[p]
            .holdings
            .iter()
            .find(|h| roles.iter().any(|&r| org.roles[r].id.value == h.role.value))
        {
            f = f.related(
                Message::new("over-headcount-held-by")
                    .arg("person", org.people[p].id.value.as_str()),
                h.loc,
            );
        }
    }
    Some(f.help(Message::new("over-headcount-role-help")))
}

/// A unit with more active people than allowed.
pub fn unit(
    scope: Scope,
    rule: &Rule,
    unit: UnitIx,
    people: &[PersonIx],
    max: u32,
) -> Option<Finding> {
    if people.len() as u64 <= u64::from(max) {
        return None;
    }
    let ctx = scope.ctx;
    let entry = &ctx.data.org.units[unit];
    let names: Vec<String> = people
        .iter()
        .map(|&p| parties::person_name(ctx, p))
        .collect();
    Some(
        scope
            .finding(
                crate::diagnostic::Check::OverHeadcount,
                &entry.id.value,
                Message::new("over-headcount-unit")
                    .arg("unit", parties::unit_name(ctx, unit))
                    .arg("n", people.len())
                    .date("as_of", ctx.as_of)
                    .arg("max", max)
                    .arg("people", Arg::list(&names)),
                rule.loc,
            )
            .at(entry.id.loc)
            .label(Message::new("over-headcount-label").arg("max", max))
            .help(Message::new("over-headcount-unit-help")),
    )
}
