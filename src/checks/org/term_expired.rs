declare_check! {
    /// ## What it checks
    /// A holding that has lasted longer than its term (`term 3 years for level board`): the person
    /// still holds the role on `--as-of`, and more than the term has passed since the holding's
    /// `since`. The subject is the person.
    ///
    /// ## Why it matters
    /// An expired mandate must be renewed by whoever appoints it; acts of an expired board member
    /// can be challenged.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p070, name: 孙磊, roles: [{role: director-1, since: 2022-05-01}]}
    /// ```
    ///
    /// ## How to fix
    /// Record the renewal as a new holding starting on the renewal date, or end the holding.
    pub struct TermExpired { code: "term-expired", severity: Error }
}

use crate::engine::Scope;
use crate::engine::parties;
use crate::finding::Finding;
use crate::policy::model::{Duration, Rule};
use crate::time::dates;

/// A holding of one of `roles`, still in force on `--as-of`, older than `length`.
pub fn check(
    scope: Scope,
    rule: &Rule,
    person: usize,
    roles: &[usize],
    length: Duration,
) -> Vec<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let p = &org.people[person];
    p.holdings
        .iter()
        .filter(|h| h.covers(ctx.as_of))
        .filter_map(|h| {
            let role = org.role(&h.role.value).filter(|r| roles.contains(r))?;
            let since = h.since.as_ref()?;
            let ended = dates::add_to_date(since.value, length, 1, ctx.calendar);
            (ctx.as_of > ended).then(|| {
                scope
                    .finding(
                        crate::checks::Check::TermExpired,
                        &p.id.value,
                        format!(
                            "{} has held {} since {}: the term of {length} ended on {ended}",
                            parties::person_name(ctx, person),
                            parties::role_name(ctx, role),
                            since.value
                        ),
                        rule.loc,
                    )
                    .at(since.loc)
                    .label(format!("term ended {ended}"))
                    .help("record the renewal as a new holding from its date, or end this one (`until`)")
            })
        })
        .collect()
}
