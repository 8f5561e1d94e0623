#![doc = include_str!("../../../docs/checks/missing-record.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::existence::what;
use crate::policy::model::Rule;
use crate::time::Period;
use jiff::civil::Date;

/// No record for `period`, due by `due`.
pub fn check(scope: Scope, rule: &Rule, period: &Period, due: Date) -> Finding {
    let subject = format!("{}@{period}", scope.clause.id);
    scope
        .finding(
            crate::diagnostic::Check::MissingRecord,
            &subject,
            format!("no {} for {period}; it was due {due}", what(scope)),
            scope.clause.loc,
        )
        .at(rule.loc)
        .label(format!("required for {period}"))
        .help(format!("add the record with `period: {period}` and its real dates, or narrow the judged range with --since"))
}
