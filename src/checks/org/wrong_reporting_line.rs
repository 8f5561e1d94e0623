#![doc = include_str!("../../../docs/checks/wrong-reporting-line.md")]

use crate::data::org::RoleIx;
use crate::diagnostic::{Check, Finding};
use crate::engine::{Scope, parties};
use crate::i18n::Message;
use crate::policy::model::{Name, Rule};

/// `role` reports to none of the `expected` roles.
pub fn check(
    scope: Scope,
    rule: &Rule,
    role: RoleIx,
    expected: &[RoleIx],
    to: &Name,
) -> Option<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let entry = &org.roles[role];
    let actual = entry.reports_to.as_ref();
    if actual
        .and_then(|r| org.role(&r.value))
        .is_some_and(|r| expected.contains(&r))
    {
        return None;
    }
    let name = parties::role_name(ctx, role);
    let (message, at) = match actual {
        Some(r) => (
            Message::new("wrong-reporting-line")
                .arg("role", name)
                .arg(
                    "actual",
                    org.role(&r.value)
                        .map_or_else(|| r.value.clone(), |x| parties::role_name(ctx, x)),
                )
                .arg("expected", to.text.as_str()),
            r.loc,
        ),
        None => (
            Message::new("wrong-reporting-line-none")
                .arg("role", name)
                .arg("expected", to.text.as_str()),
            entry.id.loc,
        ),
    };
    Some(
        scope
            .finding(
                Check::WrongReportingLine,
                &entry.id.value,
                message,
                rule.loc,
            )
            .at(at)
            .label(Message::new("wrong-reporting-line-label"))
            .help(
                Message::new("wrong-reporting-line-help")
                    .arg("id", entry.id.value.as_str())
                    .arg("expected", to.text.as_str()),
            ),
    )
}
