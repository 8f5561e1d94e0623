#![doc = include_str!("../../../docs/checks/unit-without-head.md")]

use crate::data::org::{RoleIx, UnitIx};
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties;
use crate::policy::model::Rule;

/// A unit with no head role, or whose head role (`head`) nobody holds or acts for on
/// `--as-of` (`filled`).
pub fn check(
    scope: Scope,
    rule: &Rule,
    unit: UnitIx,
    head: Option<RoleIx>,
    filled: bool,
) -> Option<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let entry = &org.units[unit];
    let name = parties::unit_name(ctx, unit);
    let (message, at) = match (&entry.head, head) {
        (None, _) => (format!("{name} has no head"), entry.id.loc),
        // A head that names no role is an unknown-reference already.
        (Some(_), None) => return None,
        (Some(field), Some(role)) => {
            if filled {
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
                crate::diagnostic::Check::UnitWithoutHead,
                &entry.id.value,
                message,
                rule.loc,
            )
            .at(at)
            .label("no head")
            .help("name the unit's `head` role and make sure someone holds it"),
    )
}
