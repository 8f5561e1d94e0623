#![doc = include_str!("../../../docs/checks/late.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::policy::model::Field;
use crate::source::Loc;
use crate::time::Instant;

/// `field` was done at `done`, after `due`, a deadline inside the judged range.
pub fn check(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    done: &Instant,
    at: Loc,
    due: &Due,
) -> Option<Finding> {
    let ctx = scope.ctx;
    let judged = ctx.since <= due.date() && due.date() <= ctx.as_of;
    (judged && due.is_before(done)).then(|| {
        scope
            .on_record(
                crate::diagnostic::Check::Late,
                facts,
                format!("{field} {}, due {}", ctx.show(done), due.show(ctx)),
            )
            .at(at)
            .label(format!("due {}", due.show(ctx)))
            .help("a late step cannot be made on time; correct the date if it was recorded wrongly, and keep the finding as evidence otherwise")
    })
}

/// The record that fills `slot` of an existence rule came after the rule's deadline: its first
/// act (`submitted`, else its own date) `done`, at `at`.
pub fn existence(
    scope: Scope,
    rule: &crate::policy::model::Rule,
    record: &crate::data::model::Record,
    slot: &crate::engine::existence::Slot,
    done: &Instant,
    at: Loc,
) -> Option<Finding> {
    let ctx = scope.ctx;
    let due = &slot.deadline;
    let whose = slot
        .owing
        .map(|o| format!(" of {}", o.shown))
        .unwrap_or_default();
    let slot = slot.period;
    if !due.judged(ctx) {
        return None;
    }
    let what = crate::engine::existence::what(scope);
    Some(
        scope
            .finding(
                crate::diagnostic::Check::Late,
                &record.id.value,
                format!(
                    "the {what}{whose} for {slot} came {}, due {}",
                    ctx.show(done),
                    due.show(ctx)
                ),
                rule.loc,
            )
            .at(at)
            .label(format!("due {}", due.show(ctx)))
            .help("a late step cannot be made on time; correct the date if it was recorded wrongly, and keep the finding as evidence otherwise"),
    )
}
