declare_check! {
    /// ## What it checks
    /// People whose reporting lines loop: following each person's direct superior (their
    /// `manager`, else the holder of their first role's `reports_to`) comes back to them. One
    /// finding per person in the loop.
    ///
    /// ## Why it matters
    /// In a loop nobody is at the top: escalations never end and "direct superior" approvals can
    /// be given by a subordinate.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p1, name: A, manager: p2}
    ///   - {id: p2, name: B, manager: p1}
    /// ```
    ///
    /// ## How to fix
    /// Correct `manager` or `reports_to` so that the line ends at the top of the organisation.
    pub struct ReportingCycle { code: "reporting-cycle", severity: Error }
}

use crate::engine::Scope;
use crate::engine::parties;
use crate::finding::Finding;
use crate::policy::model::Rule;

/// One finding per person of a loop.
pub fn check(scope: Scope, rule: &Rule, group: &[usize]) -> Vec<Finding> {
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
                    crate::checks::Check::ReportingCycle,
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
