#![doc = include_str!("../../../docs/checks/missing-approver.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::StepFacts;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::i18n::{Arg, Message};

/// A required step that no signature fills, and that no signature claimed either (that is an
/// unauthorized approver), on a record no longer under way. A name the data lacks is an
/// unbound reference instead.
pub fn check(scope: Scope, facts: &Facts, found: &StepFacts) -> Option<Finding> {
    let StepFacts {
        step,
        who,
        filled_by,
        claimant,
    } = found;
    if filled_by.is_some() || claimant.is_some() || **who == Who::Unbound || facts.pending {
        return None;
    }
    let ctx = scope.ctx;
    let record = facts.record;
    let message = match who {
        Who::Unknown(why) => Message::new("missing-approver-unknown")
            .arg("party", step.party.message())
            .arg("why", why.clone()),
        _ => {
            let wanted = parties::describe_message(ctx, &step.party, who);
            let holders: Vec<String> = parties::roles(who)
                .iter()
                .flat_map(|&r| ctx.data.org.holders(r, facts.day.unwrap_or(ctx.as_of)))
                .map(|p| parties::person_name(ctx, p))
                .collect();
            if holders.is_empty() {
                Message::new("missing-approver").arg("party", wanted)
            } else {
                Message::new("missing-approver-held")
                    .arg("party", wanted)
                    .arg("holders", Arg::list(&holders))
            }
        }
    };
    let mut f = scope.on_record(crate::diagnostic::Check::MissingApprover, facts, message);
    if let Some(loc) = record.signatures_loc {
        f.location = Some(loc);
    }
    Some(
        f.label(Message::new("missing-approver-label"))
            .help(Message::new("missing-approver-help").arg("party", step.party.message())),
    )
}
