#![doc = include_str!("../../../docs/checks/out-of-window.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::engine::timing::Due;
use crate::i18n::Message;
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
            Some(c) => Message::new("out-of-window-runs")
                .arg("opens", opens.message(ctx))
                .arg("closes", c.message(ctx)),
            None => Message::new("out-of-window-not-before").arg("opens", opens.message(ctx)),
        };
        scope
            .on_record(
                crate::diagnostic::Check::OutOfWindow,
                facts,
                Message::new("out-of-window")
                    .field("field", field)
                    .date("done", ctx.show(done))
                    .arg("window", window),
            )
            .at(at)
            .label(Message::new("out-of-window-label").arg("opens", opens.message(ctx)))
            .help(Message::new("out-of-window-help"))
    })
}
