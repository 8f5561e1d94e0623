#![doc = include_str!("../../../docs/checks/approval-order.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::Matching;
use crate::engine::parties;
use crate::engine::records::Facts;
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
                        format!(
                            "{} signed on {}, before {} ({})",
                            parties::describe(ctx, &steps[j].party, &matching.who[j]),
                            ctx.show(&signature.at.value),
                            parties::describe(ctx, &steps[i].party, &matching.who[i]),
                            ctx.show(&record.signatures[h].at.value)
                        ),
                    )
                    .at(signature.at.loc)
                    .label("signed too early")
                    .related("the step that comes first", record.signatures[h].at.loc)
                    .help("each signer signs after the ones before them in the chain; have the chain signed again in order"),
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
                            format!(
                                "{} signed on {}, after {}, who signs last",
                                other.by.value,
                                ctx.show(&other.at.value),
                                parties::describe(ctx, &step.party, &matching.who[s])
                            ),
                        )
                        .at(other.at.loc)
                        .related("the last signature", record.signatures[g].at.loc)
                        .help(format!(
                            "{} gives the final approval; nobody signs after it",
                            step.party
                        )),
                );
            }
        }
    }
    out
}
