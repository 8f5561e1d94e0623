#![doc = include_str!("../../../docs/checks/out-of-window.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::policy::model::Field;
use crate::source::Loc;
use crate::time::Instant;

/// `field` was done at `done`, before its window opened at `opens` (inside the judged range).
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
    (ctx.since <= opens.date() && opens.is_after(done)).then(|| {
        let window = match closes {
            Some(c) => format!("the window runs from {} to {}", opens.show(ctx), c.show(ctx)),
            None => format!("not before {}", opens.show(ctx)),
        };
        scope
            .on_record(crate::diagnostic::Check::OutOfWindow, facts, format!("{field} {}, too early: {window}", ctx.show(done)))
            .at(at)
            .label(format!("opens {}", opens.show(ctx)))
            .help("check the recorded date; if it is right, the step has to be done again inside its window")
    })
}
