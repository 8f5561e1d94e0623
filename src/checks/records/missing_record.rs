#![doc = include_str!("../../../docs/checks/missing-record.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::existence::Slot;
use crate::engine::existence::{what_arg, whose};
use crate::i18n::Message;
use crate::policy::model::Rule;

/// No record fills the slot, and it was due by its deadline, a day that has passed (in the
/// judged range).
pub fn check(scope: Scope, rule: &Rule, slot: &Slot) -> Option<Finding> {
    if !slot.deadline.judged(scope.ctx) {
        return None;
    }
    let period = slot.period;
    let duty = slot.duty(scope);
    let message = Message::new(if slot.lenient {
        "missing-record-lenient"
    } else {
        "missing-record"
    })
    .arg("what", what_arg(scope))
    .arg("whose", whose(slot))
    .period("period", period)
    .arg("due", slot.deadline.message(scope.ctx));
    Some(
        scope
            .finding(
                crate::diagnostic::Check::MissingRecord,
                &slot.subject(scope),
                message,
                scope.clause.loc,
            )
            .at(rule.loc)
            .label(Message::new("missing-record-label").period("period", period))
            .help(Message::new("missing-record-help").arg("period", period.to_string()))
            .duty(duty),
    )
}
