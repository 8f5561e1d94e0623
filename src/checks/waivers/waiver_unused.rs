#![doc = include_str!("../../../docs/checks/waiver-unused.md")]

use crate::data::waivers::Waiver;
use crate::diagnostic::{Check, Finding};
use crate::i18n::Message;

/// The waiver covers no finding of the run.
pub fn check(waiver: &Waiver) -> Finding {
    let covers: Vec<String> = [
        ("check", &waiver.check),
        ("clause", &waiver.clause),
        ("subject", &waiver.subject),
    ]
    .iter()
    .filter_map(|(field, value)| value.as_ref().map(|v| format!("{field} `{v}`")))
    .collect();
    // `check `late`, clause `ops.weekly-meeting``: the waiver's own keys, as written.
    Finding::new(
        Check::WaiverUnused,
        waiver.id.clone(),
        Message::new("waiver-unused")
            .arg("waiver", waiver.id.as_str())
            .arg("covers", covers.join(", ")),
    )
    .at(waiver.loc)
    .label(Message::new("waiver-unused-label"))
    .help(Message::new("waiver-unused-help"))
}
