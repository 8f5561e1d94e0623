#![doc = include_str!("../../../docs/checks/reporting-cycle.md")]

use crate::data::org::PersonIx;
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties;
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
                    format!(
                        "{} reports in a loop on {}: {}",
                        parties::person_name(ctx, p),
                        ctx.as_of,
                        names.join(" → ")
                    ),
                    rule.loc,
                )
                .at(at)
                .label("part of a reporting loop");
            for &other in group.iter().filter(|&&o| o != p) {
                f = f.related(
                    format!("{} is in the loop", org.people[other].id.value),
                    org.people[other].id.loc,
                );
            }
            f.help("correct `manager` or `reports_to` so that the line ends at the top")
        })
        .collect()
}
