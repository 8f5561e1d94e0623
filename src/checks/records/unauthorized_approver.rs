#![doc = include_str!("../../../docs/checks/unauthorized-approver.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::{Claim, StepFacts};
use crate::engine::parties;
use crate::engine::records::Facts;

/// A step no signature fills, though a signature seems meant for it: its signer could not act
/// in that capacity when they signed.
pub fn check(scope: Scope, facts: &Facts, found: &StepFacts) -> Option<Finding> {
    let (None, Some((g, person))) = (found.filled_by, found.claimant) else {
        return None;
    };
    let ctx = scope.ctx;
    let signature = &facts.record.signatures[g];
    let wanted = parties::describe(ctx, &found.step.party, found.who);
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

/// A signature that claims a capacity (`as: role`) its signer did not have that day.
pub fn claimed(scope: Scope, facts: &Facts, claim: &Claim) -> Option<Finding> {
    if claim.capacity.is_some() {
        return None;
    }
    let ctx = scope.ctx;
    let signature = &facts.record.signatures[claim.signature];
    Some(report(
        scope,
        facts,
        claim.signature,
        format!(
            "{} signed as {} on {}, without holding it then or a valid delegation",
            parties::person_name(ctx, claim.person),
            parties::role_name(ctx, claim.role),
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
