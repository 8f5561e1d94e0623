#![doc = include_str!("../../../docs/checks/waiver-too-long.md")]

use crate::data::waivers::Waiver;
use crate::diagnostic::{Check, Finding};

/// The waiver runs more than `max_days` past its approval; it still takes effect.
pub fn check(waiver: &Waiver, max_days: u32) -> Option<Finding> {
    let (approved, _) = waiver.approved;
    let (expires, at) = waiver.expires;
    let days = (expires - approved).get_days();
    (days > i32::try_from(max_days).unwrap_or(i32::MAX)).then(|| {
        let mut f = Finding::new(
            Check::WaiverTooLong,
            waiver.id.clone(),
            format!(
                "waiver `{}` runs {days} days from its approval on {approved}, more than the {max_days} allowed",
                waiver.id
            ),
        )
        .at(at)
        .label("too far off")
        .help(format!("set `expires` on or before {} and renew the waiver when it runs out; `max_waiver_days` in zhidu.toml sets the limit", approved.saturating_add(jiff::Span::new().days(i64::from(max_days)))));
        f.clause = waiver.named_clause().map(Into::into);
        f
    })
}
