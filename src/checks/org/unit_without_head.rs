declare_check! {
    /// ## What it checks
    /// A unit with no `head` role, or whose head role is held by nobody active on `--as-of`. The
    /// subject is the unit.
    ///
    /// ## Why it matters
    /// Every "head of the requester's unit" (部门负责人) signature for that unit becomes impossible.
    ///
    /// ## Example
    /// ```yaml
    /// units:
    ///   - {id: it, name: IT部}   # no head
    /// ```
    ///
    /// ## How to fix
    /// Name the unit's `head` role and make sure someone holds it.
    pub struct UnitWithoutHead { code: "unit-without-head", severity: Warning }
}

use crate::engine::Scope;
use crate::engine::parties;
use crate::finding::Finding;
use crate::policy::model::Rule;

/// A unit with no head role, or whose head role nobody holds on `--as-of`.
pub fn check(scope: Scope, rule: &Rule, unit: usize) -> Option<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let entry = &org.units[unit];
    let name = parties::unit_name(ctx, unit);
    let (message, at) = match (&entry.head, org.head_role(unit)) {
        (None, _) => (format!("{name} has no head"), entry.id.loc),
        // A head that names no role is an unknown-reference already.
        (Some(_), None) => return None,
        (Some(field), Some(role)) => {
            let acting = org.delegations.iter().any(|d| {
                d.role
                    .as_ref()
                    .is_some_and(|r| r.value == org.roles[role].id.value)
                    && d.valid_on(ctx.as_of)
            });
            if !org.holders(role, ctx.as_of).is_empty() || acting {
                return None;
            }
            (
                format!(
                    "the head of {name}, {}, is held by nobody active on {}",
                    parties::role_name(ctx, role),
                    ctx.as_of
                ),
                field.loc,
            )
        }
    };
    Some(
        scope
            .finding(
                crate::checks::Check::UnitWithoutHead,
                &entry.id.value,
                message,
                rule.loc,
            )
            .at(at)
            .label("no head")
            .help("name the unit's `head` role and make sure someone holds it"),
    )
}
