#![doc = include_str!("../../../docs/checks/overdue.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::i18n::Message;
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
        let id = match field.path.as_str() {
            "signed" => "overdue-signatures",
            "reviewed" => "overdue-reviews",
            _ => "overdue-step",
        };
        scope
            .on_record(
                crate::diagnostic::Check::Overdue,
                facts,
                Message::new(id)
                    .field("field", field)
                    .arg("due", due.message(ctx))
                    .date("as_of", ctx.as_of),
            )
            .label(Message::new("overdue-label").field("field", field))
            .help(Message::new("overdue-help").arg("path", field.path.as_str()))
            .duty(crate::diagnostic::Duty {
                step: Some(field.path.clone()),
                record: Some(facts.index),
                ..due.duty(ctx)
            })
    })
}
