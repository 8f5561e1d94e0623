//! `zhidu agenda` for a person: items soonest first, what is overdue first, then grouped by the
//! week they fall due in; each with its next steps, the people who must act (with their units),
//! its risks and the article that requires it.

use super::ics::{risk_id, status_id};
use super::{Agenda, Item, Status};
use crate::i18n::{Arg, Lang, Message, Text};
use jiff::civil::Date;
use std::io::{self, Write};

/// Writes the agenda; `incomplete` when some input could not be read (the reader is told that
/// what it hid is missing).
pub fn write(agenda: &Agenda, incomplete: bool, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let say = |m: Message| Text::from(m).render(lang, true).into_owned();
    let overdue = agenda
        .items
        .iter()
        .filter(|i| i.status == Status::Overdue)
        .count();
    writeln!(
        out,
        "{}",
        say(Message::new("agenda-human-header")
            .date("as_of", agenda.as_of)
            .date("until", agenda.until)
            .arg("count", agenda.items.len())
            .arg("overdue", overdue))
    )?;
    if incomplete {
        writeln!(out, "{}", say(Message::new("agenda-human-incomplete")))?;
    }
    if agenda.items.is_empty() && !incomplete {
        return writeln!(out, "{}", say(Message::new("agenda-human-empty")));
    }
    let mut group: Option<Option<Date>> = None;
    for item in &agenda.items {
        let this = (item.status != Status::Overdue).then(|| monday(item.due));
        if group != Some(this) {
            group = Some(this);
            let title = match this {
                None => Message::new("agenda-human-overdue"),
                Some(monday) => Message::new("agenda-human-week")
                    .arg("week", i64::from(monday.iso_week_date().week()))
                    .date("monday", monday)
                    .date("sunday", monday.saturating_add(jiff::Span::new().days(6))),
            };
            writeln!(out, "\n{}", say(title))?;
        }
        write_item(item, &say, out)?;
    }
    if agenda.items.iter().any(|i| i.guessed) {
        writeln!(out, "\n{}", say(Message::new("agenda-human-guessed")))?;
    }
    Ok(())
}

fn write_item(item: &Item, say: &dyn Fn(Message) -> String, out: &mut dyn Write) -> io::Result<()> {
    let due: Arg = match &item.at {
        // `2026-11-11T09:00:00+08:00` as a person reads it: `2026-11-11 09:00`.
        Some(at) => at
            .replacen('T', " ", 1)
            .chars()
            .take(16)
            .collect::<String>()
            .into(),
        None if item.nominal != item.due => Message::new("agenda-human-moved")
            .date("due", item.due)
            .date("nominal", item.nominal)
            .into(),
        None => Message::new("agenda-human-day")
            .date("due", item.due)
            .into(),
    };
    writeln!(
        out,
        "  {}",
        say(Message::new("agenda-human-item")
            .arg("due", due)
            .arg("status", Message::new(status_id(item)))
            .arg("what", item.what.clone()))
    )?;
    writeln!(out, "      {} · {}", item.clause, item.subject)?;
    for (n, next) in item.next.iter().enumerate() {
        writeln!(out, "      {}", say(super::next_line(n, next)))?;
    }
    let owners: Vec<String> = item
        .owners
        .iter()
        .map(|o| say(super::owner_line(o)))
        .collect();
    writeln!(out, "      {}", say(super::owners_line(item, &owners)))?;
    for risk in &item.risks {
        let line = Message::new("agenda-line-risk")
            .arg("risk", Message::new(risk_id(risk.code)))
            .arg("message", risk.message.clone());
        writeln!(out, "      ! {}", say(line))?;
    }
    if let Some(line) = super::source_line(item) {
        writeln!(out, "      {}", say(line))?;
    }
    Ok(())
}

/// The Monday of the day's week.
fn monday(day: Date) -> Date {
    let back = i64::from(day.weekday().to_monday_zero_offset());
    day.saturating_sub(jiff::Span::new().days(back))
}
