declare_check! {
    /// ## What it checks
    /// A required step of a record has not been done and its deadline has passed by `--as-of`:
    /// a plan not yet submitted after its due date, a ticket not answered 24 hours after it was
    /// received, an all-hands meeting held without a notice.
    ///
    /// ## Why it matters
    /// Unlike `late`, the step is still missing: someone can still act on it today.
    ///
    /// ## Example
    /// ```yaml
    /// tickets:
    ///   - {id: T-88, kind: service-request, received: 2026-11-18T09:00}   # no `responded`
    /// ```
    ///
    /// ## How to fix
    /// Do the step and record its time in the field named by the finding.
    pub struct Overdue { code: "overdue", severity: Error }
}

use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::finding::Finding;
use crate::policy::model::Field;

/// `field` is not done and `due` has passed by `--as-of`.
pub fn check(scope: Scope, facts: &Facts, field: &Field, due: &Due) -> Option<Finding> {
    let ctx = scope.ctx;
    // A missing signature or review is `missing-approver` / `missing-review`, unless the record
    // is still under way: then only its deadline can be overdue.
    if matches!(field.path.as_str(), "signed" | "reviewed") && !facts.pending {
        return None;
    }
    due.judged(ctx).then(|| {
        let what = match field.path.as_str() {
            "signed" => "the required signatures are".to_string(),
            "reviewed" => "the required reviews are".to_string(),
            path => format!("`{path}` is"),
        };
        scope
            .on_record(
                crate::checks::Check::Overdue,
                facts,
                format!(
                    "{what} missing, due {} (as of {})",
                    due.show(ctx),
                    ctx.as_of
                ),
            )
            .label(format!("no `{}`", field.path))
            .help(format!("do the step and record when in `{}`", field.path))
    })
}
