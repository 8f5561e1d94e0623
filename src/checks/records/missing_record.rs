declare_check! {
    /// ## What it checks
    /// A periodic plan, report or meeting that a clause requires once per period (`exists every
    /// year by 11-20 of previous year`) does not exist, and its deadline lies within the judged
    /// range `[--since, --as-of]`. The subject is the clause and the missing period
    /// (`ops.annual-business-plan@2027`); the location is the clause in the policy file.
    ///
    /// ## Why it matters
    /// An annual plan that was never written is the most expensive gap an audit finds: everything
    /// downstream (budgets, targets, reviews) rests on it.
    ///
    /// ## Example
    /// With `--as-of 2026-11-25`, no plan of kind `annual-business-plan` with `period: 2027`:
    /// the 2027 plan was due on 2026-11-20.
    ///
    /// ## How to fix
    /// Add the record (with its real dates), or, if the period was deliberately skipped, narrow
    /// the judged range with `--since` or drop the finding with `--ignore`.
    pub struct MissingRecord { code: "missing-record", severity: Error }
}

use crate::engine::Scope;
use crate::engine::existence::what;
use crate::finding::Finding;
use crate::policy::model::Rule;
use crate::time::Period;
use jiff::civil::Date;

/// No record for `period`, due by `due`.
pub fn check(scope: Scope, rule: &Rule, period: &Period, due: Date) -> Finding {
    let subject = format!("{}@{period}", scope.clause.id);
    scope
        .finding(
            crate::checks::Check::MissingRecord,
            &subject,
            format!("no {} for {period}; it was due {due}", what(scope)),
            scope.clause.loc,
        )
        .at(rule.loc)
        .label(format!("required for {period}"))
        .help(format!("add the record with `period: {period}` and its real dates, or narrow the judged range with --since"))
}
