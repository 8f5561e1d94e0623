#![doc = include_str!("../../../docs/checks/waiver-expired.md")]

use crate::data::waivers::Waiver;
use crate::diagnostic::{Check, Finding};
use crate::engine::Context;
use crate::i18n::Message;

/// The waiver's `expires` is before `as-of` (it is valid through its last day).
pub fn check(ctx: &Context, waiver: &Waiver) -> Option<Finding> {
    let (expires, at) = waiver.expires;
    (expires < ctx.as_of).then(|| {
        let mut f = Finding::new(
            Check::WaiverExpired,
            waiver.id.clone(),
            Message::new("waiver-expired")
                .arg("waiver", waiver.id.as_str())
                .date("expires", expires),
        )
        .at(at)
        .label(Message::new("waiver-expired-label"))
        .help(Message::new("waiver-expired-help"));
        f.clause = waiver.named_clause().map(Into::into);
        f
    })
}
