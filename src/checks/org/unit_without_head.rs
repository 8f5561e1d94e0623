#![doc = include_str!("../../../docs/checks/unit-without-head.md")]

use crate::data::org::{RoleIx, UnitIx};
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties;
use crate::i18n::Message;
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
        (None, _) => (
            Message::new("unit-without-head").arg("unit", name),
            entry.id.loc,
        ),
        // A head that names no role is an unknown-reference already.
        (Some(_), None) => return None,
        (Some(field), Some(role)) => {
            if filled {
                return None;
            }
            (
                Message::new("unit-without-head-vacant")
                    .arg("unit", name)
                    .arg("role", parties::role_name(ctx, role))
                    .date("as_of", ctx.as_of),
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
            .label(Message::new("unit-without-head-label"))
            .help(Message::new("unit-without-head-help")),
    )
}
