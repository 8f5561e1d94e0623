#![doc = include_str!("../../../docs/checks/waiver-not-yet.md")]

use crate::data::waivers::Waiver;
use crate::diagnostic::{Check, Finding};
use crate::engine::Context;
use crate::i18n::Message;

/// The waiver is approved after `as-of`: on the day judged it did not exist yet (CLI.md v3,
/// "Waivers in time").
pub fn check(ctx: &Context, waiver: &Waiver) -> Option<Finding> {
    let (approved, at) = waiver.approved;
    (ctx.as_of < approved).then(|| {
        let mut f = Finding::new(
            Check::WaiverNotYet,
            waiver.id.clone(),
            Message::new("waiver-not-yet")
                .arg("waiver", waiver.id.as_str())
                .date("approved", approved)
                .date("as_of", ctx.as_of),
        )
        .at(at)
        .label(Message::new("waiver-not-yet-label"))
        .help(Message::new("waiver-not-yet-help"));
        f.clause = waiver.named_clause().map(Into::into);
        f
    })
}
