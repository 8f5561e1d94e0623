#![doc = include_str!("../../../docs/checks/missing-review.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
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
    let mut f = scope.on_record(crate::diagnostic::Check::MissingReview, facts, message);
    if let Some(loc) = facts.record.reviews_loc {
        f.location = Some(loc);
    }
    Some(f.label("review missing").help(format!(
        "hold the review and record it in `reviews` (by, at): {}",
        step.party
    )))
}
