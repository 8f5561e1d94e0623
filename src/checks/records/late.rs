declare_check! {
    /// ## What it checks
    /// A step was done, but after its deadline. A deadline on a date is met through the end of
    /// that day in the data set's time zone; a deadline in hours (`within 24h`) is exact.
    ///
    /// ## Why it matters
    /// A plan submitted after the meeting that should review it, or a notice sent one day before
    /// the meeting, defeats the purpose of the rule even though the record exists.
    ///
    /// ## Example
    /// ```yaml
    /// plans:
    ///   - {id: aop-2027, kind: annual-operations-plan, period: 2027, submitted: 2026-12-22}
    ///     # due 2026-12-20
    /// ```
    ///
    /// ## How to fix
    /// The record cannot be made on time after the fact; correct the date if it was entered
    /// wrongly, otherwise keep the finding as evidence and address the cause.
    pub struct Late { code: "late", severity: Error }
}

use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::finding::Finding;
use crate::policy::model::Field;
use crate::source::Loc;
use crate::time::Instant;

/// `field` was done at `done`, after `due`.
pub fn check(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    done: &Instant,
    at: Loc,
    due: &Due,
) -> Option<Finding> {
    let ctx = scope.ctx;
    due.is_before(done).then(|| {
        scope
            .on_record(
                crate::checks::Check::Late,
                facts,
                format!("{field} {}, due {}", ctx.show(done), due.show(ctx)),
            )
            .at(at)
            .label(format!("due {}", due.show(ctx)))
            .help("a late step cannot be made on time; correct the date if it was recorded wrongly, and keep the finding as evidence otherwise")
    })
}
