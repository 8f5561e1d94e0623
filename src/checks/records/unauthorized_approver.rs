#![doc = include_str!("../../../docs/checks/unauthorized-approver.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::{Claim, StepFacts};
use crate::engine::parties;
use crate::engine::records::Facts;
use crate::i18n::Message;

/// A step no signature fills, though a signature seems meant for it: its signer could not act
/// in that capacity when they signed.
pub fn check(scope: Scope, facts: &Facts, found: &StepFacts) -> Option<Finding> {
    let (None, Some((g, person))) = (found.filled_by, found.claimant) else {
        return None;
    };
    let ctx = scope.ctx;
    let signature = &facts.record.signatures[g];
    let wanted = parties::describe_message(ctx, &found.step.party, found.who);
    Some(report(
        scope,
        facts,
        g,
        Message::new("unauthorized-approver")
            .arg("person", parties::person_name(ctx, person))
            .arg("party", wanted)
            .date("at", ctx.show(&signature.at.value)),
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
        Message::new("unauthorized-approver")
            .arg("person", parties::person_name(ctx, claim.person))
            .arg("party", parties::role_name(ctx, claim.role))
            .date("at", ctx.show(&signature.at.value)),
    ))
}

fn report(scope: Scope, facts: &Facts, g: usize, message: Message) -> Finding {
    let signature = &facts.record.signatures[g];
    let at = signature
        .as_role
        .as_ref()
        .map_or(signature.by.loc, |a| a.loc);
    scope
        .on_record(
            crate::diagnostic::Check::UnauthorizedApprover,
            facts,
            message,
        )
        .at(at)
        .label(Message::new("unauthorized-approver-label"))
        .related(
            Message::new("unauthorized-approver-signed-at"),
            signature.at.loc,
        )
        .help(Message::new("unauthorized-approver-help"))
}
