#![doc = include_str!("../../../docs/checks/missing-record.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::existence::what;
use crate::engine::timing::Due;
use crate::policy::model::Rule;
use crate::time::Period;

/// No record fills `period`, and it was due by `due`, a day that has passed (in the judged
/// range).
pub fn check(
    scope: Scope,
    rule: &Rule,
    period: &Period,
    due: &Due,
    filled: bool,
) -> Option<Finding> {
    if filled || !due.judged(scope.ctx) {
        return None;
    }
    let due = due.show(scope.ctx);
    let subject = format!("{}@{period}", scope.clause.id);
    Some(scope
        .finding(
            crate::diagnostic::Check::MissingRecord,
            &subject,
            format!("no {} for {period}; it was due {due}", what(scope)),
            scope.clause.loc,
        )
        .at(rule.loc)
        .label(format!("required for {period}"))
        .help(format!("add the record with `period: {period}` and its real dates, or narrow the judged range with --since")))
}
