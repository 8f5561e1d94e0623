#![doc = include_str!("../../../docs/checks/missing-record.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::existence::Slot;
use crate::engine::existence::what;
use crate::policy::model::Rule;

/// No record fills the slot, and it was due by its deadline, a day that has passed (in the
/// judged range).
pub fn check(scope: Scope, rule: &Rule, slot: &Slot) -> Option<Finding> {
    if !slot.deadline.judged(scope.ctx) {
        return None;
    }
    let due = slot.deadline.show(scope.ctx);
    let period = slot.period;
    let whose = slot
        .owing
        .map(|o| format!(" of {}", o.shown))
        .unwrap_or_default();
    Some(scope
        .finding(
            crate::diagnostic::Check::MissingRecord,
            &slot.subject(scope),
            if slot.lenient {
                format!(
                    "no {}{whose} for {period}, and {due} has passed (the regulation sets no date; a record is missing once that day is over)",
                    what(scope)
                )
            } else {
                format!("no {}{whose} for {period}; it was due {due}", what(scope))
            },
            scope.clause.loc,
        )
        .at(rule.loc)
        .label(format!("required for {period}"))
        .help(format!("add the record with `period: {period}` and its real dates, or narrow the judged range with --since")))
}
