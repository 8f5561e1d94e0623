//! `zhidu agenda --format ics`: RFC 5545, one all-day `VEVENT` per item, written by the
//! `icalendar` crate (which folds lines at 75 octets without splitting a character). The `UID`
//! is the item's fingerprint, so that importing next week's agenda updates an event instead of
//! adding a second one; `DTSTAMP` is the day asked for, so that the same input gives the same
//! bytes.

use super::{Agenda, Item};
use crate::i18n::{Lang, Message, Text};
use icalendar::{Calendar, Component, EventLike};
use jiff::civil::Date;
use std::io::{self, Write};

pub fn write(agenda: &Agenda, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let say = |m: Message| Text::from(m).render(lang, true).into_owned();
    let mut calendar = Calendar::empty();
    calendar
        .append_property(icalendar::Property::new("VERSION", "2.0"))
        .append_property(icalendar::Property::new("PRODID", "-//zhidu//agenda//EN"))
        .append_property(icalendar::Property::new("CALSCALE", "GREGORIAN"));
    calendar.name(&say(Message::new("agenda-ics-name")));
    let stamp = day(agenda.as_of).and_hms_opt(0, 0, 0).map(|t| t.and_utc());
    for item in &agenda.items {
        let mut event = icalendar::Event::new();
        event
            .uid(&format!("{}@zhidu", item.fingerprint))
            .summary(&say(summary(item)))
            .description(&description(item, &say))
            .starts(day(item.due))
            .ends(day(item.due.saturating_add(jiff::Span::new().days(1))))
            .categories([&*item.pack]);
        if let Some(stamp) = stamp {
            event.timestamp(stamp);
        }
        calendar.push(event.done());
    }
    out.write_all(calendar.done().to_string().as_bytes())
}

/// A civil date as the crate takes it.
fn day(date: Date) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::from(date.month().unsigned_abs()),
        u32::from(date.day().unsigned_abs()),
    )
    .unwrap_or_default()
}

/// `[已逾期] 年度运营计划（2027年）`.
fn summary(item: &Item) -> Message {
    Message::new("agenda-ics-summary")
        .arg("status", Message::new(status_id(item)))
        .arg("what", item.what.clone())
}

pub(crate) fn status_id(item: &Item) -> &'static str {
    match item.status {
        super::Status::NotStarted => "agenda-status-not-started",
        super::Status::InProgress => "agenda-status-in-progress",
        super::Status::Overdue => "agenda-status-overdue",
    }
}

/// The next steps, owners, risks, citation and the regulation's word, one per line.
fn description(item: &Item, say: &dyn Fn(Message) -> String) -> String {
    let mut lines = Vec::new();
    for (n, next) in item.next.iter().enumerate() {
        lines.push(say(super::next_line(n, next)));
    }
    let owners: Vec<String> = item.owners.iter().map(|o| o.name.clone()).collect();
    lines.push(say(super::owners_line(item, &owners)));
    for risk in &item.risks {
        lines.push(say(Message::new("agenda-line-risk")
            .arg("risk", Message::new(risk_id(risk.code)))
            .arg("message", risk.message.clone())));
    }
    if let Some(line) = super::source_line(item) {
        lines.push(say(line));
    }
    lines.push(format!("{} · {}", item.clause, item.subject));
    lines.join("\n")
}

/// The catalogue id of a risk's name.
pub(crate) fn risk_id(code: &str) -> &'static str {
    match code {
        "owner-vacant" => "agenda-risk-name-owner-vacant",
        "signer-vacant" => "agenda-risk-name-signer-vacant",
        "delegation-ends" => "agenda-risk-name-delegation-ends",
        "owner-leaves" => "agenda-risk-name-owner-leaves",
        _ => "agenda-risk-name-holiday",
    }
}
