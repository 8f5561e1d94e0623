declare_check! {
    /// ## What it checks
    /// More active people than allowed: a role held by more people than its `seats` (编制) or than
    /// a clause allows (`filled by exactly 1`), or a unit with more active people than its
    /// clause's headcount. The subject is the role or the unit.
    ///
    /// ## Why it matters
    /// Two people holding a single-seat position means nobody knows whose signature counts; a unit
    /// over its headcount is a budget and approval problem.
    ///
    /// ## Example
    /// ```yaml
    /// roles:
    ///   - {id: prod-manager, title: 产品生产部经理, seats: 1}
    /// people:
    ///   - {id: p040, name: 王强, roles: [prod-manager]}
    ///   - {id: p041, name: 刘洋, roles: [prod-manager]}
    /// ```
    ///
    /// ## How to fix
    /// End the surplus holdings (`until`), or raise `seats` if the headcount was approved.
    pub struct OverHeadcount { code: "over-headcount", severity: Error }
}

use crate::engine::Scope;
use crate::engine::parties;
use crate::finding::Finding;
use crate::policy::model::Rule;

/// A role held by more active people than allowed.
pub fn role(
    scope: Scope,
    rule: &Rule,
    roles: &[usize],
    holders: &[usize],
    max: u32,
) -> Option<Finding> {
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
            crate::checks::Check::OverHeadcount,
            &entry.id.value,
            format!(
                "{} is held by {} active people on {}, at most {max}: {}",
                names.join(" / "),
                holders.len(),
                ctx.as_of,
                people.join(", ")
            ),
            rule.loc,
        )
        .at(entry.seats.as_ref().map_or(entry.id.loc, |s| s.loc))
        .label(format!("at most {max}"));
    for &p in holders {
        if let Some(h) = org.people[p]
            .holdings
            .iter()
            .find(|h| roles.iter().any(|&r| org.roles[r].id.value == h.role.value))
        {
            f = f.related(format!("held by {}", org.people[p].id.value), h.loc);
        }
    }
    Some(
        f.help(
            "end the surplus holdings (`until`), or raise `seats` if the headcount was approved",
        ),
    )
}

/// A unit with more active people than allowed.
pub fn unit(scope: Scope, rule: &Rule, unit: usize, people: &[usize], max: u32) -> Option<Finding> {
    let ctx = scope.ctx;
    let entry = &ctx.data.org.units[unit];
    let names: Vec<String> = people
        .iter()
        .map(|&p| parties::person_name(ctx, p))
        .collect();
    Some(
        scope
            .finding(
                crate::checks::Check::OverHeadcount,
                &entry.id.value,
                format!("{} has {} active people on {}, at most {max}: {}", parties::unit_name(ctx, unit), people.len(), ctx.as_of, names.join(", ")),
                rule.loc,
            )
            .at(entry.id.loc)
            .label(format!("at most {max}"))
            .help("move or end holdings so the unit is within its headcount, or get the headcount raised"),
    )
}
