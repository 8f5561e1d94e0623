#![doc = include_str!("../../../docs/checks/overdue.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::policy::model::Field;

/// `field` is not done and `due` has passed by `--as-of` (and lies in the judged range).
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
                crate::diagnostic::Check::Overdue,
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
