#![doc = include_str!("../../../docs/checks/no-manager.md")]

use crate::data::org::PersonIx;
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::org_duties::Place;
use crate::engine::parties;
use crate::i18n::Message;
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
        None => Message::new("no-manager-no-role"),
        Some(&r) => match org.roles[r]
            .reports_to
            .as_ref()
            .and_then(|t| org.role(&t.value))
        {
            None => Message::new("no-manager-top-role").arg("role", parties::role_name(ctx, r)),
            Some(up) => Message::new("no-manager-vacant-superior")
                .arg("up", parties::role_name(ctx, up))
                .arg("role", parties::role_name(ctx, r)),
        },
    };
    Some(
        scope
            .finding(
                crate::diagnostic::Check::NoManager,
                &p.id.value,
                Message::new("no-manager")
                    .arg("person", parties::person_name(ctx, person))
                    .date("as_of", ctx.as_of)
                    .arg("why", why),
                rule.loc,
            )
            .at(p.id.loc)
            .label(Message::new("no-manager-label"))
            .help(Message::new("no-manager-help")),
    )
}
