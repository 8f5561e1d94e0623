//! `zhidu agenda --format json`: the shape CLI.md v3 gives, with the input errors of the run.

use super::{Agenda, Item};
use crate::diagnostic::Citation;
use crate::i18n::{Lang, Text};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    /// The language of every prose field (`title`, `next[].step`, `risks[].message`).
    lang: Lang,
    as_of: String,
    until: String,
    items: Vec<JsonItem<'a>>,
    /// Input problems of the run (as `check --format json` gives them): what could not be read
    /// is not on the agenda.
    errors: serde_json::Value,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    clause: &'a str,
    pack: &'a str,
    kind: &'a str,
    subject: &'a str,
    title: String,
    /// The day, or the moment for an exact deadline, after any move off a rest day.
    due: String,
    due_nominal: String,
    status: &'static str,
    done: &'a [String],
    next: Vec<Next<'a>>,
    owners: Vec<&'a str>,
    risks: Vec<Risk>,
    source: Option<&'a Citation>,
    words: Option<&'a str>,
    fingerprint: &'a str,
    /// The due year lies beyond the calendar: its working days are guessed from weekends.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    working_days_guessed: bool,
}

#[derive(Serialize)]
struct Next<'a> {
    step: String,
    /// Who takes it, by name; empty when the regulation names nobody.
    by: String,
    /// The step as the policy names it: the same in every language.
    key: &'a str,
}

#[derive(Serialize)]
struct Risk {
    code: &'static str,
    message: String,
}

/// Writes the agenda; `errors` is the JSON array of the run's input findings.
pub fn write(
    agenda: &Agenda,
    errors: serde_json::Value,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let output = Output {
        version: 1,
        lang,
        as_of: agenda.as_of.to_string(),
        until: agenda.until.to_string(),
        items: agenda.items.iter().map(|i| item(i, lang)).collect(),
        errors,
    };
    serde_json::to_writer_pretty(&mut *out, &output).map_err(io::Error::from)?;
    writeln!(out)
}

fn item(i: &Item, lang: Lang) -> JsonItem<'_> {
    let say = |m: &crate::i18n::Message| Text::from(m.clone()).render(lang, false).into_owned();
    JsonItem {
        clause: &i.clause,
        pack: &i.pack,
        kind: &i.kind,
        subject: &i.subject,
        title: say(&i.what),
        due: i.at.clone().unwrap_or_else(|| i.due.to_string()),
        due_nominal: i.nominal.to_string(),
        status: i.status.code(),
        done: &i.done,
        next: i
            .next
            .iter()
            .map(|n| Next {
                step: say(&n.step),
                by: n.by.as_ref().map_or_else(String::new, say),
                key: &n.key,
            })
            .collect(),
        owners: i.owners.iter().map(|o| o.id.as_str()).collect(),
        risks: i
            .risks
            .iter()
            .map(|r| Risk {
                code: r.code,
                message: say(&r.message),
            })
            .collect(),
        source: i.source.as_ref(),
        words: i.words.as_deref(),
        fingerprint: &i.fingerprint,
        working_days_guessed: i.guessed,
    }
}
