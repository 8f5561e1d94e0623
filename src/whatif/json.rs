//! `zhidu whatif --format json`: the shape CLI.md v3 gives. Findings are written as
//! `check --format json` writes them, an appearing one with what caused it (`caused_by`).

use super::Difference;
use crate::diagnostic::Finding;
use crate::i18n::{Lang, Message, Text};
use crate::report::{self, Format, Report, Style, Summary};
use crate::source::Sources;
use serde_json::{Value, json};
use std::io::{self, Write};

pub fn write(
    difference: &Difference,
    changes: &[Message],
    errors: &[Finding],
    sources: &Sources,
    as_of: jiff::civil::Date,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let say = |m: &Message| Text::from(m.clone()).render(lang, false).into_owned();
    let appearing: Vec<Finding> = difference
        .appear
        .iter()
        .map(|a| a.finding.clone())
        .collect();
    let mut appear = findings(&appearing, sources, lang)?;
    for (value, a) in appear.iter_mut().zip(&difference.appear) {
        let causes: Vec<String> = a.causes.iter().map(say).collect();
        value["caused_by"] = json!(causes);
    }
    let agenda: Vec<Value> = difference
        .agenda
        .iter()
        .map(|m| {
            json!({
                "item": {
                    "clause": &*m.item.clause,
                    "subject": m.item.subject,
                    "title": say(&m.item.what),
                    "due": m.item.at.clone().unwrap_or_else(|| m.item.due.to_string()),
                    "status": m.item.status.code(),
                },
                "owners_before": m.owners_before,
                "owners_after": m.owners_after,
                "risks": m.item.risks.iter().map(|r| json!({"code": r.code, "message": say(&r.message)})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let ids =
        |people: &[crate::agenda::Person]| people.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    let waiting: Vec<Value> = difference
        .waiting
        .iter()
        .map(|w| {
            json!({
                "clause": &*w.clause,
                "record": w.record,
                "step": say(&w.step.step),
                "key": w.step.key,
                "by": w.step.by.as_ref().map(say),
                "owners_before": ids(&w.before),
                "owners_after": ids(&w.after),
            })
        })
        .collect();
    let output = json!({
        "version": 1,
        "lang": lang,
        "as_of": as_of.to_string(),
        "changes": changes.iter().map(say).collect::<Vec<_>>(),
        "appear": appear,
        "disappear": findings(&difference.disappear, sources, lang)?,
        "agenda": agenda,
        "waiting": waiting,
        "unjudged": difference.unjudged.iter().map(|(clause, reason)| json!({"clause": clause, "reason": reason.render(lang, false)})).collect::<Vec<_>>(),
        "errors": findings(errors, sources, lang)?,
    });
    serde_json::to_writer_pretty(&mut *out, &output).map_err(io::Error::from)?;
    writeln!(out)
}

/// Findings as `check --format json` writes them.
fn findings(list: &[Finding], sources: &Sources, lang: Lang) -> io::Result<Vec<Value>> {
    let report = Report {
        findings: list,
        sources,
        summary: Summary::default(),
        lang,
    };
    let style = Style {
        lang,
        color: false,
        ..Style::detect()
    };
    let mut buffer = Vec::new();
    report::write(Format::Json, &report, style, &mut buffer)?;
    let mut value: Value = serde_json::from_slice(&buffer).map_err(io::Error::from)?;
    Ok(match value["findings"].take() {
        Value::Array(items) => items,
        _ => Vec::new(),
    })
}
