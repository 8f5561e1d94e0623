#![doc = include_str!("../../../docs/checks/waiver-too-long.md")]

use crate::data::waivers::Waiver;
use crate::diagnostic::{Check, Finding};
use crate::i18n::Message;

/// The waiver runs more than `max_days` past its approval; it still takes effect.
pub fn check(waiver: &Waiver, max_days: u32) -> Option<Finding> {
    let (approved, _) = waiver.approved;
    let (expires, at) = waiver.expires;
    let days = (expires - approved).get_days();
    (days > i32::try_from(max_days).unwrap_or(i32::MAX)).then(|| {
        let mut f = Finding::new(
            Check::WaiverTooLong,
            waiver.id.clone(),
            Message::new("waiver-too-long")
                .arg("waiver", waiver.id.as_str())
                .arg("days", i64::from(days))
                .date("approved", approved)
                .arg("max", max_days),
        )
        .at(at)
        .label(Message::new("waiver-too-long-label"))
        .help(Message::new("waiver-too-long-help").date(
            "latest",
            approved.saturating_add(jiff::Span::new().days(i64::from(max_days))),
        ));
        f.clause = waiver.named_clause().map(Into::into);
        f
    })
}
