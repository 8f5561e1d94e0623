//! `zhidu test` for a person: one line per case, what was missing and what was unexpected under
//! a failing one (each with where), then the counts, and with `--coverage` the clauses not
//! tested both ways.

use super::case::Expect;
use super::{CaseResult, ClauseCoverage};
use crate::diagnostic::Finding;
use crate::i18n::{Lang, Message, Text};
use crate::report::position;
use std::io::{self, Write};

pub fn write(
    cases: &[CaseResult],
    coverage: Option<&[ClauseCoverage]>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let say = |m: Message| Text::from(m).render(lang, true).into_owned();
    for case in cases {
        let status = if case.broken() {
            "test-error"
        } else if case.passed() {
            "test-pass"
        } else {
            "test-fail"
        };
        writeln!(out, "{} {}", say(Message::new(status)), case.case)?;
        if let Some(refused) = &case.refused {
            writeln!(out, "      {}", refused.render(lang, true))?;
        }
        for f in &case.errors {
            let place = f
                .location
                .map(|l| position(&case.sources, l))
                .map_or_else(String::new, |p| {
                    format!("{}:{}:{}: ", p.place(), p.line, p.column)
                });
            writeln!(out, "      {place}{}", f.message.render(lang, true))?;
        }
        for &i in &case.verdict.missing {
            let e = &case.spec.expect[i];
            let line = Message::new("test-missing")
                .arg("what", expected(e))
                .arg("line", e.line)
                .arg("column", e.column);
            writeln!(out, "      {}", say(line))?;
        }
        for &i in &case.verdict.unexpected {
            let f = &case.findings[i];
            let line = Message::new("test-unexpected").arg("finding", placed(case, f, lang));
            writeln!(out, "      {}", say(line))?;
        }
        if case.updated {
            writeln!(out, "      {}", say(Message::new("test-updated")))?;
        }
    }
    let passed = cases.iter().filter(|c| c.passed()).count();
    let broken = cases.iter().filter(|c| c.broken()).count();
    let summary = Message::new("test-summary")
        .arg("cases", cases.len())
        .arg("passed", passed)
        .arg("failed", cases.len() - passed - broken)
        .arg("broken", broken);
    writeln!(out, "\n{}", say(summary))?;
    if let Some(coverage) = coverage {
        write_coverage(coverage, &say, out)?;
    }
    Ok(())
}

fn write_coverage(
    coverage: &[ClauseCoverage],
    say: &dyn Fn(Message) -> String,
    out: &mut dyn Write,
) -> io::Result<()> {
    let complete = coverage.iter().filter(|c| c.complete()).count();
    let header = Message::new("test-coverage")
        .arg("complete", complete)
        .arg("clauses", coverage.len());
    writeln!(out, "{}", say(header))?;
    for c in coverage.iter().filter(|c| !c.complete()) {
        let id = match (c.passed.is_empty(), c.failed.is_empty()) {
            (true, true) => "test-coverage-never",
            (true, false) => "test-coverage-no-pass",
            _ => "test-coverage-no-fail",
        };
        writeln!(
            out,
            "  {}",
            say(Message::new(id).arg("clause", c.clause.as_str()))
        )?;
    }
    Ok(())
}

/// `late · demo.purchase · r-1`, the fields an expectation gives.
pub(super) fn expected(e: &Expect) -> String {
    [&e.check, &e.clause, &e.subject]
        .into_iter()
        .map(|f| f.as_deref().unwrap_or("*"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// `data.yaml:7:5: late · demo.purchase · r-1: the message`.
fn placed(case: &CaseResult, f: &Finding, lang: Lang) -> String {
    let place = f
        .location
        .map(|l| position(&case.sources, l))
        .map_or_else(String::new, |p| {
            format!("{}:{}:{}: ", p.place(), p.line, p.column)
        });
    format!(
        "{place}{} · {} · {}: {}",
        f.check.code(),
        f.clause.as_deref().unwrap_or("-"),
        f.subject,
        f.message.render(lang, true)
    )
}
