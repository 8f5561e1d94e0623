#![doc = include_str!("../../../docs/checks/body-composition.md")]

use crate::data::org::{BodyIx, RoleIx};
use crate::diagnostic::{Check, Finding};
use crate::engine::Scope;
use crate::i18n::Message;
use crate::policy::model::{Name, Rule};

/// Does `reference` (a role or a person) stand for one of `roles` on `--as-of`?
fn stands_for(scope: Scope, reference: &str, roles: &[RoleIx]) -> bool {
    let org = &scope.ctx.data.org;
    let day = scope.ctx.as_of;
    org.role(reference).is_some_and(|r| roles.contains(&r))
        || org
            .person(reference)
            .is_some_and(|p| roles.iter().any(|&r| org.holds(p, r, day)))
}

/// The body's chair is none of `roles`.
pub fn chair(
    scope: Scope,
    rule: &Rule,
    body: BodyIx,
    roles: &[RoleIx],
    wanted: &Name,
) -> Option<Finding> {
    let entry = &scope.ctx.data.org.bodies[body];
    let chair = entry.chair.as_ref();
    if chair.is_some_and(|c| stands_for(scope, &c.value, roles)) {
        return None;
    }
    let message = match chair {
        Some(c) => Message::new("body-chair")
            .arg("body", entry.id.value.as_str())
            .arg("chair", c.value.as_str())
            .arg("wanted", wanted.text.as_str()),
        None => Message::new("body-no-chair")
            .arg("body", entry.id.value.as_str())
            .arg("wanted", wanted.text.as_str()),
    };
    Some(
        scope
            .finding(Check::BodyComposition, &entry.id.value, message, rule.loc)
            .at(chair.map_or(entry.id.loc, |c| c.loc))
            .label(Message::new("body-chair-label"))
            .help(
                Message::new("body-chair-help")
                    .arg("body", entry.id.value.as_str())
                    .arg("wanted", wanted.text.as_str()),
            ),
    )
}

/// None of the body's members is one of `roles`.
pub fn member(
    scope: Scope,
    rule: &Rule,
    body: BodyIx,
    roles: &[RoleIx],
    wanted: &str,
) -> Option<Finding> {
    let entry = &scope.ctx.data.org.bodies[body];
    if entry
        .members
        .iter()
        .any(|m| stands_for(scope, &m.value, roles))
    {
        return None;
    }
    Some(
        scope
            .finding(
                Check::BodyComposition,
                &entry.id.value,
                Message::new("body-member")
                    .arg("body", entry.id.value.as_str())
                    .arg("wanted", wanted),
                rule.loc,
            )
            .at(entry.id.loc)
            .label(Message::new("body-member-label"))
            .help(
                Message::new("body-member-help")
                    .arg("body", entry.id.value.as_str())
                    .arg("wanted", wanted),
            ),
    )
}
