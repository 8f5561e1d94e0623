//! `zhidu whatif` for a person: the changes, then what they would break (findings that appear,
//! each with its place and the change it comes from), what they would mend, and the duties of
//! the next 90 days whose owners change.

use super::Difference;
use crate::diagnostic::Finding;
use crate::i18n::{Arg, Lang, Message, Text};
use crate::report::position;
use crate::source::Sources;
use std::io::{self, Write};

pub fn write(
    difference: &Difference,
    changes: &[Message],
    sources: &Sources,
    as_of: jiff::civil::Date,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let say = |m: Message| Text::from(m).render(lang, true).into_owned();
    let header = Message::new("whatif-header")
        .date("as_of", as_of)
        .arg("changes", changes.len());
    writeln!(out, "{}", say(header))?;
    for (n, change) in changes.iter().enumerate() {
        writeln!(out, "  {}. {}", n + 1, say(change.clone()))?;
    }
    let section = |id: &'static str, count: usize| say(Message::new(id).arg("count", count));
    writeln!(
        out,
        "\n{}",
        section("whatif-appear", difference.appear.len())
    )?;
    for a in &difference.appear {
        writeln!(out, "  {}", line(&a.finding, sources, lang))?;
        let causes: Vec<String> = a.causes.iter().map(|c| say(c.clone())).collect();
        let because = Message::new("whatif-because").arg("causes", Arg::list(&causes));
        writeln!(out, "      {}", say(because))?;
    }
    writeln!(
        out,
        "\n{}",
        section("whatif-disappear", difference.disappear.len())
    )?;
    for f in &difference.disappear {
        writeln!(out, "  {}", line(f, sources, lang))?;
    }
    if !difference.unjudged.is_empty() {
        writeln!(
            out,
            "\n{}",
            section("whatif-unjudged", difference.unjudged.len())
        )?;
        for (clause, reason) in &difference.unjudged {
            writeln!(out, "  {}: {}", clause, reason.render(lang, true))?;
        }
    }
    let owners = |names: &[String]| {
        if names.is_empty() {
            say(Message::new("whatif-nobody"))
        } else {
            say(Message::new("agenda-line-owners-list").arg("owners", Arg::list(names)))
        }
    };
    if !difference.waiting.is_empty() {
        writeln!(
            out,
            "\n{}",
            section("whatif-waiting", difference.waiting.len())
        )?;
        for w in &difference.waiting {
            let names = |people: &[crate::agenda::Person]| {
                let names: Vec<String> = people.iter().map(|p| p.name.clone()).collect();
                owners(&names)
            };
            let waits = Message::new("whatif-waiting-line")
                .arg("record", w.record.as_str())
                .arg("clause", &*w.clause)
                .arg("step", crate::agenda::step_by(&w.step))
                .arg("before", names(&w.before))
                .arg("after", names(&w.after));
            writeln!(out, "  {}", say(waits))?;
        }
    }
    writeln!(
        out,
        "\n{}",
        section("whatif-agenda", difference.agenda.len())
    )?;
    for m in &difference.agenda {
        let moved = Message::new("whatif-owners")
            .date("due", m.item.due)
            .arg("what", m.item.what.clone())
            .arg("before", owners(&m.names_before))
            .arg("after", owners(&m.names_after));
        writeln!(out, "  {}", say(moved))?;
    }
    Ok(())
}

/// `error vacant-role 财务总监 (org/roles.yaml:4:5): the message`.
fn line(f: &Finding, sources: &Sources, lang: Lang) -> String {
    let place = f.location.map(|l| position(sources, l));
    let severity = f.severity.message();
    let message = Message::new(if place.is_some() {
        "whatif-line-at"
    } else {
        "whatif-line"
    })
    .arg("severity", severity)
    .arg("check", f.check.code())
    .arg("subject", f.subject.as_str())
    .arg("message", f.message.clone());
    let message = match place {
        Some(p) => message
            .arg("file", p.place())
            .arg("line", p.line)
            .arg("column", p.column),
        None => message,
    };
    Text::from(message).render(lang, true).into_owned()
}
