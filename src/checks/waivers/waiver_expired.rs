#![doc = include_str!("../../../docs/checks/waiver-expired.md")]

use crate::data::waivers::Waiver;
use crate::diagnostic::{Check, Finding};
use crate::engine::Context;

/// The waiver's `expires` is before `as-of` (it is valid through its last day).
pub fn check(ctx: &Context, waiver: &Waiver) -> Option<Finding> {
    let (expires, at) = waiver.expires;
    (expires < ctx.as_of).then(|| {
        let mut f = Finding::new(
            Check::WaiverExpired,
            waiver.id.clone(),
            format!(
                "waiver `{}` expired on {expires}: the findings it covered count again",
                waiver.id
            ),
        )
        .at(at)
        .label("expired")
        .help("fix what the findings point at and delete the waiver, or have it approved again with a new `expires`");
        f.clause = waiver.named_clause().map(Into::into);
        f
    })
}
