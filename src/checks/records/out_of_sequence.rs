#![doc = include_str!("../../../docs/checks/out-of-sequence.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::Matching;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::policy::ast::Relation;
use crate::policy::model::{Field, Step};
use crate::source::Loc;
use crate::time::Instant;

const HELP: &str = "correct the times if they were recorded wrongly; otherwise the process was bypassed and this finding is the evidence";

/// `field` (done at `a`) should come before (or after) `other` (done at `b`, or never): they
/// came the other way round, or `field` came and `other` never did (`paid not before accepted`:
/// paid, and never accepted). Judged when either falls in the judged range.
pub fn check(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    (a, at): (&Instant, Loc),
    other: &Field,
    b: Option<&Instant>,
    relation: Relation,
) -> Option<Finding> {
    let ctx = scope.ctx;
    let message = match (b, relation) {
        (Some(b), _) => {
            let wrong = match relation {
                Relation::Before => Due::Exact(*b).is_before(a),
                _ => Due::Exact(*b).is_after(a),
            };
            if !wrong || !(ctx.judged(a.date) || ctx.judged(b.date)) {
                return None;
            }
            let order = if relation == Relation::Before {
                "after"
            } else {
                "before"
            };
            format!(
                "{field} {} comes {order} {other} {}",
                ctx.show(a),
                ctx.show(b)
            )
        }
        (None, Relation::After) if ctx.judged(a.date) => {
            format!("{field} {}, but {other} never happened", ctx.show(a))
        }
        (None, _) => return None,
    };
    Some(
        scope
            .on_record(crate::diagnostic::Check::OutOfSequence, facts, message)
            .at(at)
            .help(HELP),
    )
}

/// A required signature (or review) at `t` that should precede `field` at `limit`, but came
/// after it.
pub fn before_field(
    scope: Scope,
    facts: &Facts,
    signature: bool,
    t: &Instant,
    at: Loc,
    field: &Field,
    limit: &Instant,
) -> Option<Finding> {
    if !Due::Exact(*limit).is_before(t) {
        return None;
    }
    let ctx = scope.ctx;
    let what = if signature { "signed" } else { "reviewed" };
    Some(
        scope
            .on_record(
                crate::diagnostic::Check::OutOfSequence,
                facts,
                format!("{what} {}, after {field} {}", ctx.show(t), ctx.show(limit)),
            )
            .at(at)
            .label(format!("after {field}"))
            .help(format!("the approval must come before {field}; {HELP}")),
    )
}

/// A signature (or review) at `t` that should precede every review (or signature) in `others`,
/// given after the earliest of them.
pub fn steps(
    scope: Scope,
    facts: &Facts,
    signature: bool,
    t: &Instant,
    at: Loc,
    others: &[Instant],
) -> Option<Finding> {
    let other = others
        .iter()
        .filter(|o| Due::Exact(**o).is_before(t))
        .min_by_key(|o| o.ts)?;
    let ctx = scope.ctx;
    let (mine, theirs) = if signature {
        ("signed", "reviewed")
    } else {
        ("reviewed", "signed")
    };
    Some(
        scope
            .on_record(
                crate::diagnostic::Check::OutOfSequence,
                facts,
                format!(
                    "{mine} {}, after it was {theirs} {}",
                    ctx.show(t),
                    ctx.show(other)
                ),
            )
            .at(at)
            .help(HELP),
    )
}

/// Reviews of an ordered chain given in the wrong order.
pub fn reviews(scope: Scope, facts: &Facts, steps: &[Step], matching: &Matching) -> Vec<Finding> {
    let ctx = scope.ctx;
    let record = facts.record;
    let mut out = Vec::new();
    let mut previous: Option<(usize, &Instant)> = None;
    for (s, filled) in matching.filled_by.iter().enumerate() {
        let Some(r) = filled else {
            continue;
        };
        let at = &record.reviews[*r].at;
        if let Some((p, prev)) = previous
            && at.value.ts < prev.ts
        {
            out.push(
                scope
                    .on_record(
                        crate::diagnostic::Check::OutOfSequence,
                        facts,
                        format!(
                            "reviewed by {} on {}, before {} ({})",
                            steps[s].party,
                            ctx.show(&at.value),
                            steps[p].party,
                            ctx.show(prev)
                        ),
                    )
                    .at(at.loc)
                    .help(HELP),
            );
        }
        previous = Some((s, &at.value));
    }
    out
}
