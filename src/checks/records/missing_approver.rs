declare_check! {
    /// ## What it checks
    /// A signer that a clause requires is absent from the record's `signatures`: nobody who could
    /// act in that capacity at the time (by holding the role, or through a delegation valid then
    /// and in scope) signed with `decision: approve`. Records whose `status` is `draft`, `pending`,
    /// `submitted` or `in-review` are still under way and are not judged.
    ///
    /// ## Why it matters
    /// A purchase without the 总经理's signature is exactly what the approval chain exists to stop.
    ///
    /// ## Example
    /// ```yaml
    /// requests:
    ///   - id: PR-2026-0142
    ///     kind: purchase
    ///     signatures: [{by: p010, at: 2026-03-01}]   # only the department head signed
    /// ```
    ///
    /// ## How to fix
    /// Obtain the missing signature, or record it if it exists on paper.
    pub struct MissingApprover { code: "missing-approver", severity: Error }
}

use crate::engine::Scope;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::finding::Finding;
use crate::policy::model::Step;

/// A required step that no signature fills.
pub fn check(scope: Scope, facts: &Facts, step: &Step, who: &Who) -> Option<Finding> {
    let ctx = scope.ctx;
    let record = facts.record;
    let message = match who {
        Who::Unknown(why) => format!("no signature by {}: {why}", step.party),
        _ => {
            let wanted = parties::describe(ctx, &step.party, who);
            let holders: Vec<String> = parties::roles(who)
                .iter()
                .flat_map(|&r| ctx.data.org.holders(r, facts.day.unwrap_or(ctx.as_of)))
                .map(|p| parties::person_name(ctx, p))
                .collect();
            if holders.is_empty() {
                format!("not signed by {wanted}")
            } else {
                format!("not signed by {wanted}; held by {}", holders.join(", "))
            }
        }
    };
    let mut f = scope.on_record(crate::checks::Check::MissingApprover, facts, message);
    if let Some(loc) = record.signatures_loc {
        f.location = Some(loc);
    }
    Some(f.label("signature missing").help(format!(
        "obtain the signature of {} and record it in `signatures` (by, as, at); a record still under way can say so with `status: pending`",
        step.party
    )))
}
