#![doc = include_str!("../../../docs/checks/approval-order.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::Matching;
use crate::engine::parties;
use crate::engine::records::Facts;
use crate::i18n::Message;
use crate::policy::model::Step;

/// Is signature `a` before signature `b` (by time, then by their order in the list)?
fn earlier(facts: &Facts, a: usize, b: usize) -> bool {
    let (ta, tb) = (
        &facts.record.signatures[a].at.value,
        &facts.record.signatures[b].at.value,
    );
    (ta.ts, a) < (tb.ts, b)
}

/// Steps of an ordered chain signed out of order: each signature that came before a step the
/// chain puts ahead of it.
pub fn check(scope: Scope, facts: &Facts, steps: &[Step], matching: &Matching) -> Vec<Finding> {
    let ctx = scope.ctx;
    let record = facts.record;
    let mut out = Vec::new();
    for (j, later) in matching.filled_by.iter().enumerate() {
        let Some(g) = *later else {
            continue;
        };
        // The first step ahead of `j` in the chain whose signature came after it.
        let ahead = (0..j).find_map(|i| {
            matching.filled_by[i]
                .filter(|&h| earlier(facts, g, h))
                .map(|h| (i, h))
        });
        if let Some((i, h)) = ahead {
            let signature = &record.signatures[g];
            out.push(
                scope
                    .on_record(
                        crate::diagnostic::Check::ApprovalOrder,
                        facts,
                        Message::new("approval-order")
                            .arg(
                                "later",
                                parties::describe_message(ctx, &steps[j].party, &matching.who[j]),
                            )
                            .date("at", ctx.show(&signature.at.value))
                            .arg(
                                "first",
                                parties::describe_message(ctx, &steps[i].party, &matching.who[i]),
                            )
                            .date("first_at", ctx.show(&record.signatures[h].at.value)),
                    )
                    .at(signature.at.loc)
                    .label(Message::new("approval-order-label"))
                    .related(
                        Message::new("approval-order-first"),
                        record.signatures[h].at.loc,
                    )
                    .help(Message::new("approval-order-help")),
            );
        }
    }
    out
}

/// Signatures after the one a chain marks `last`.
pub fn last(scope: Scope, facts: &Facts, steps: &[Step], matching: &Matching) -> Vec<Finding> {
    let ctx = scope.ctx;
    let record = facts.record;
    let mut out = Vec::new();
    for (s, step) in steps.iter().enumerate() {
        let (true, Some(g)) = (step.last, matching.filled_by[s]) else {
            continue;
        };
        for (k, other) in record.signatures.iter().enumerate() {
            if k != g
                && other.decision == crate::data::model::Decision::Approve
                && earlier(facts, g, k)
            {
                out.push(
                    scope
                        .on_record(
                            crate::diagnostic::Check::ApprovalOrder,
                            facts,
                            Message::new("approval-order-after-last")
                                .arg("by", other.by.value.as_str())
                                .date("at", ctx.show(&other.at.value))
                                .arg(
                                    "last",
                                    parties::describe_message(ctx, &step.party, &matching.who[s]),
                                ),
                        )
                        .at(other.at.loc)
                        .related(
                            Message::new("approval-order-last"),
                            record.signatures[g].at.loc,
                        )
                        .help(
                            Message::new("approval-order-last-help")
                                .arg("party", step.party.message()),
                        ),
                );
            }
        }
    }
    out
}
