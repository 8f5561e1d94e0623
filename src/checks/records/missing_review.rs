declare_check! {
    /// ## What it checks
    /// A body, unit or person that must review (审议) a record has no entry in its `reviews`.
    ///
    /// ## Why it matters
    /// Review by the 总经理办公会 or the 技术委员会 is how collective judgement enters a decision;
    /// skipping it leaves one person deciding alone.
    ///
    /// ## Example
    /// ```yaml
    /// plans:
    ///   - {id: aop-2027, kind: annual-operations-plan, period: 2027, reviews: []}
    /// ```
    ///
    /// ## How to fix
    /// Hold the review and record it: `reviews: [{by: gm-office, at: 2026-12-19}]`.
    pub struct MissingReview { code: "missing-review", severity: Error }
}

use crate::engine::Scope;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::finding::Finding;
use crate::policy::model::Step;

/// A required reviewer with no review.
pub fn check(scope: Scope, facts: &Facts, step: &Step, who: &Who) -> Option<Finding> {
    let ctx = scope.ctx;
    let message = match who {
        Who::Unknown(why) => format!("no review by {}: {why}", step.party),
        _ => format!(
            "not reviewed by {}",
            parties::describe(ctx, &step.party, who)
        ),
    };
    let mut f = scope.on_record(crate::checks::Check::MissingReview, facts, message);
    if let Some(loc) = facts.record.reviews_loc {
        f.location = Some(loc);
    }
    Some(f.label("review missing").help(format!(
        "hold the review and record it in `reviews` (by, at): {}",
        step.party
    )))
}
