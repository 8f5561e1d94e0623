#![doc = include_str!("../../../docs/checks/late.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::i18n::Message;
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
        let due = due.message(ctx);
        scope
            .on_record(
                crate::diagnostic::Check::Late,
                facts,
                Message::new("late-step")
                    .field("field", field)
                    .date("done", ctx.show(done))
                    .arg("due", due.clone()),
            )
            .at(at)
            .label(Message::new("late-label").arg("due", due))
            .help(Message::new("late-help"))
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
    if !slot.deadline.judged(ctx) {
        return None;
    }
    let due = slot.deadline.message(ctx);
    let message = Message::new("late-record")
        .arg("what", crate::engine::existence::what_arg(scope))
        .arg("whose", crate::engine::existence::whose(slot))
        .period("period", slot.period)
        .date("done", ctx.show(done))
        .arg("due", due.clone());
    Some(
        scope
            .finding(
                crate::diagnostic::Check::Late,
                &record.id.value,
                message,
                rule.loc,
            )
            .at(at)
            .label(Message::new("late-label").arg("due", due))
            .help(Message::new("late-help")),
    )
}
