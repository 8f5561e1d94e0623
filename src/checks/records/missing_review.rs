#![doc = include_str!("../../../docs/checks/missing-review.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::StepFacts;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::i18n::Message;

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
        Who::Unknown(why) => Message::new("missing-review-unknown")
            .arg("party", step.party.message())
            .arg("why", why.clone()),
        _ => Message::new("missing-review")
            .arg("party", parties::describe_message(ctx, &step.party, who)),
    };
    let mut f = scope.on_record(crate::diagnostic::Check::MissingReview, facts, message);
    if let Some(loc) = facts.record.reviews_loc {
        f.location = Some(loc);
    }
    Some(
        f.label(Message::new("missing-review-label"))
            .help(Message::new("missing-review-help").arg("party", step.party.message())),
    )
}
