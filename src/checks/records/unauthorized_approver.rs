declare_check! {
    /// ## What it checks
    /// A signature claims a capacity its signer did not have at that moment: the signer did not
    /// hold the role then (not yet appointed, already left, or never) and had no delegation for it
    /// valid on that day and covering the record's kind.
    ///
    /// ## Why it matters
    /// An approval by someone without authority is void; the record is as good as unsigned.
    ///
    /// ## Example
    /// ```yaml
    /// signatures:
    ///   - {by: p007, as: president, at: 2026-04-01}   # p007 is the deputy, with no delegation
    /// ```
    ///
    /// ## How to fix
    /// Have the record signed by the holder of the role, or record the delegation (with its
    /// authorizer) that allowed the signer to act.
    pub struct UnauthorizedApprover { code: "unauthorized-approver", severity: Error }
}

use crate::data::org::{PersonIx, RoleIx};
use crate::engine::Scope;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::finding::Finding;
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
        .on_record(crate::checks::Check::UnauthorizedApprover, facts, message)
        .at(at)
        .label("no authority then")
        .related("signed at", signature.at.loc)
        .help("have the holder of the role sign, or record the delegation (with its authorizer) under which the signer acted")
}
