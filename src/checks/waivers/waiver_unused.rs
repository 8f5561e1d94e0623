#![doc = include_str!("../../../docs/checks/waiver-unused.md")]

use crate::data::waivers::Waiver;
use crate::diagnostic::{Check, Finding};

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
    Finding::new(
        Check::WaiverUnused,
        waiver.id.clone(),
        format!(
            "waiver `{}` ({}) matches no finding",
            waiver.id,
            covers.join(", ")
        ),
    )
    .at(waiver.loc)
    .label("waives nothing")
    .help("delete it if what it waived is fixed; otherwise correct its check, clause or subject (`--format json` shows each finding's)")
}
