#![doc = include_str!("../../../docs/checks/no-manager.md")]

use crate::data::org::PersonIx;
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::org_duties::Place;
use crate::engine::parties;
use crate::policy::model::Rule;

/// An active person below the top with no direct superior.
pub fn check(scope: Scope, rule: &Rule, person: PersonIx, place: &Place) -> Option<Finding> {
    if !place.active || place.has_superior || place.at_top {
        return None;
    }
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let p = &org.people[person];
    let why = match org.roles_of(person, ctx.as_of).first() {
        None => "no `manager`, and no role".to_string(),
        Some(&r) => match org.roles[r]
            .reports_to
            .as_ref()
            .and_then(|t| org.role(&t.value))
        {
            None => format!(
                "no `manager`, and {} reports to no role",
                parties::role_name(ctx, r)
            ),
            Some(up) => format!(
                "no `manager`, and {} (whom {} reports to) is held by nobody",
                parties::role_name(ctx, up),
                parties::role_name(ctx, r)
            ),
        },
    };
    Some(
        scope
            .finding(
                crate::diagnostic::Check::NoManager,
                &p.id.value,
                format!(
                    "{} has no direct superior on {}: {why}",
                    parties::person_name(ctx, person),
                    ctx.as_of
                ),
                rule.loc,
            )
            .at(p.id.loc)
            .label("no superior")
            .help("give the person a `manager`, or a role whose `reports_to` is held"),
    )
}
