#![doc = include_str!("../../../docs/checks/unauthorized-approver.md")]

use crate::data::org::{PersonIx, RoleIx};
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::policy::model::Step;

/// Signature `g` by `person` was meant for `step` but its signer could not act in that capacity.
pub fn check(
    scope: Scope,
    facts: &Facts,
    step: &Step,
    who: &Who,
    g: usize,
    person: PersonIx,
) -> Option<Finding> {
    let ctx = scope.ctx;
    let signature = &facts.record.signatures[g];
    let wanted = parties::describe(ctx, &step.party, who);
    Some(report(
        scope,
        facts,
        g,
        format!(
            "{} signed as {wanted} on {}, without holding it then or a valid delegation",
            parties::person_name(ctx, person),
            ctx.show(&signature.at.value)
        ),
    ))
}

/// Signature `g` claims `as: role`, which its signer could not act as then.
pub fn claimed(
    scope: Scope,
    facts: &Facts,
    _who: &Who,
    g: usize,
    person: PersonIx,
    role: RoleIx,
) -> Option<Finding> {
    let ctx = scope.ctx;
    let signature = &facts.record.signatures[g];
    Some(report(
        scope,
        facts,
        g,
        format!(
            "{} signed as {} on {}, without holding it then or a valid delegation",
            parties::person_name(ctx, person),
            parties::role_name(ctx, role),
            ctx.show(&signature.at.value)
        ),
    ))
}

fn report(scope: Scope, facts: &Facts, g: usize, message: String) -> Finding {
    let signature = &facts.record.signatures[g];
    let at = signature
        .as_role
        .as_ref()
        .map_or(signature.by.loc, |a| a.loc);
    scope
        .on_record(crate::diagnostic::Check::UnauthorizedApprover, facts, message)
        .at(at)
        .label("no authority then")
        .related("signed at", signature.at.loc)
        .help("have the holder of the role sign, or record the delegation (with its authorizer) under which the signer acted")
}
