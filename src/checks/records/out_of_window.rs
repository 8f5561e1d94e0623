declare_check! {
    /// ## What it checks
    /// A step was done before the window in which the regulation allows it opened: drafting
    /// started before the planning season, a plan submitted earlier than the last week of the
    /// month, a delivery earlier than its tolerance around the reservation.
    ///
    /// ## Why it matters
    /// Work done outside its window usually misses the inputs the window exists for (the company
    /// plan, the month's figures).
    ///
    /// ## Example
    /// ```yaml
    /// plans:
    ///   - {id: abp-2027, kind: annual-business-plan, period: 2027, drafted: 2026-09-20}
    ///     # drafting opens on 2026-10-08
    /// ```
    ///
    /// ## How to fix
    /// Check the recorded date; if it is right, redo the step inside the window.
    pub struct OutOfWindow { code: "out-of-window", severity: Error }
}

use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::finding::Finding;
use crate::policy::model::Field;
use crate::source::Loc;
use crate::time::Instant;

/// `field` was done at `done`, before its window opened at `opens`.
pub fn check(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    done: &Instant,
    at: Loc,
    opens: &Due,
    closes: Option<&Due>,
) -> Option<Finding> {
    let ctx = scope.ctx;
    opens.is_after(done).then(|| {
        let window = match closes {
            Some(c) => format!("the window runs from {} to {}", opens.show(ctx), c.show(ctx)),
            None => format!("not before {}", opens.show(ctx)),
        };
        scope
            .on_record(crate::checks::Check::OutOfWindow, facts, format!("{field} {}, too early: {window}", ctx.show(done)))
            .at(at)
            .label(format!("opens {}", opens.show(ctx)))
            .help("check the recorded date; if it is right, the step has to be done again inside its window")
    })
}
