#![doc = include_str!("../../../docs/checks/reporting-cycle.md")]

use crate::data::org::PersonIx;
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties;
use crate::i18n::Message;
use crate::policy::model::Rule;

/// One finding per person of a loop.
pub fn check(scope: Scope, rule: &Rule, group: &[PersonIx]) -> Vec<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let names: Vec<String> = group
        .iter()
        .map(|&p| parties::person_name(ctx, p))
        .collect();
    group
        .iter()
        .map(|&p| {
            let person = &org.people[p];
            let at = person
                .manager
                .as_ref()
                .map(|m| m.loc)
                .or_else(|| person.holdings.first().map(|h| h.role.loc))
                .unwrap_or(person.id.loc);
            let mut f = scope
                .finding(
                    crate::diagnostic::Check::ReportingCycle,
                    &person.id.value,
                    Message::new("reporting-cycle")
                        .arg("person", parties::person_name(ctx, p))
                        .date("as_of", ctx.as_of)
                        .arg("loop", names.join(" → ")),
                    rule.loc,
                )
                .at(at)
                .label(Message::new("reporting-cycle-label"));
            for &other in group.iter().filter(|&&o| o != p) {
                f = f.related(
                    Message::new("reporting-cycle-member")
                        .arg("person", org.people[other].id.value.as_str()),
                    org.people[other].id.loc,
                );
            }
            f.help(Message::new("reporting-cycle-help"))
        })
        .collect()
}
