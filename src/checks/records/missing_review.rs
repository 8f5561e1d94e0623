#![doc = include_str!("../../../docs/checks/missing-review.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::StepFacts;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;

/// A required reviewer with no review, on a record no longer under way.
pub fn check(scope: Scope, facts: &Facts, found: &StepFacts) -> Option<Finding> {
    let StepFacts {
        step,
        who,
        filled_by,
        ..
    } = found;
    if filled_by.is_some() || **who == Who::Unbound || facts.pending {
        return None;
    }
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
