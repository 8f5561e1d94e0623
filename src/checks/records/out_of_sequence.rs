#![doc = include_str!("../../../docs/checks/out-of-sequence.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::Matching;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::i18n::Message;
use crate::policy::ast::Relation;
use crate::policy::model::{Field, Step};
use crate::source::Loc;
use crate::time::Instant;

/// What to do about any step out of order.
fn help() -> Message {
    Message::new("out-of-sequence-help")
}

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
            let id = if relation == Relation::Before {
                "out-of-sequence-after"
            } else {
                "out-of-sequence-before"
            };
            Message::new(id)
                .field("field", field)
                .date("at", ctx.show(a))
                .field("other", other)
                .date("other_at", ctx.show(b))
        }
        (None, Relation::After) if ctx.judged(a.date) => Message::new("out-of-sequence-never")
            .field("field", field)
            .date("at", ctx.show(a))
            .field("other", other),
        (None, _) => return None,
    };
    Some(
        scope
            .on_record(crate::diagnostic::Check::OutOfSequence, facts, message)
            .at(at)
            .help(help()),
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
                Message::new("out-of-sequence-approval")
                    .field("what", what)
                    .date("at", ctx.show(t))
                    .field("field", field)
                    .date("limit", ctx.show(limit)),
            )
            .at(at)
            .label(Message::new("out-of-sequence-approval-label").field("field", field))
            .help(Message::new("out-of-sequence-approval-help").field("field", field)),
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
    let id = if signature {
        "out-of-sequence-signed-after-review"
    } else {
        "out-of-sequence-reviewed-after-signature"
    };
    Some(
        scope
            .on_record(
                crate::diagnostic::Check::OutOfSequence,
                facts,
                Message::new(id)
                    .date("at", ctx.show(t))
                    .date("other_at", ctx.show(other)),
            )
            .at(at)
            .help(help()),
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
                        Message::new("out-of-sequence-reviews")
                            .arg("party", steps[s].party.message())
                            .date("at", ctx.show(&at.value))
                            .arg("first", steps[p].party.message())
                            .date("first_at", ctx.show(prev)),
                    )
                    .at(at.loc)
                    .help(help()),
            );
        }
        previous = Some((s, &at.value));
    }
    out
}
