//! `zhidu agenda --format csv`: a header row, then one row per item (CLI.md v3), in UTF-8 with a
//! byte-order mark so that Excel opens it with the Chinese intact. The first six columns are the
//! contract's; the title, risks, citation, the regulation's word and an exact deadline's time
//! follow. `due` is always a day, so that a spreadsheet sorts it.

use super::Agenda;
use crate::i18n::{Lang, Message, Text};
use std::io::{self, Write};

const HEADER: [&str; 11] = [
    "due", "clause", "subject", "status", "owners", "next", "title", "risks", "source", "words",
    "due_at",
];

pub fn write(agenda: &Agenda, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let say = |m: Message| Text::from(m).render(lang, true).into_owned();
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(HEADER)?;
    for item in &agenda.items {
        let owners: Vec<&str> = item.owners.iter().map(|o| o.name.as_str()).collect();
        let next: Vec<String> = item.next.iter().map(|n| say(super::step_by(n))).collect();
        let risks: Vec<String> = item
            .risks
            .iter()
            .map(|r| {
                say(Message::new("agenda-line-risk")
                    .arg("risk", Message::new(super::ics::risk_id(r.code)))
                    .arg("message", r.message.clone()))
            })
            .collect();
        writer.write_record([
            item.due.to_string(),
            item.clause.to_string(),
            item.subject.clone(),
            item.status.code().to_string(),
            owners.join("; "),
            next.join("; "),
            say(item.what.clone()),
            risks.join("; "),
            item.source
                .as_ref()
                .map_or_else(String::new, |s| s.to_string()),
            item.words.as_deref().unwrap_or("").to_string(),
            item.at.clone().unwrap_or_default(),
        ])?;
    }
    writer.flush()
}
