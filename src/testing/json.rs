//! `zhidu test --format json`: the shape CLI.md v3 gives, with each case's errors and the
//! places of what was missing and unexpected.

use super::{CaseResult, ClauseCoverage};
use crate::diagnostic::{Finding, Severity};
use crate::i18n::Lang;
use crate::report::{Position, position};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    lang: Lang,
    cases: Vec<Case<'a>>,
    coverage: &'a [ClauseCoverage],
}

#[derive(Serialize)]
struct Case<'a> {
    case: &'a str,
    passed: bool,
    missing: Vec<Missing<'a>>,
    unexpected: Vec<Found<'a>>,
    /// The case could not be run as written.
    errors: Vec<Found<'a>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    updated: bool,
}

#[derive(Serialize)]
struct Missing<'a> {
    check: Option<&'a str>,
    clause: Option<&'a str>,
    subject: Option<&'a str>,
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct Found<'a> {
    check: &'static str,
    clause: Option<&'a str>,
    subject: &'a str,
    severity: Severity,
    message: String,
    location: Option<Position>,
}

pub fn write(
    cases: &[CaseResult],
    coverage: &[ClauseCoverage],
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let cases = cases
        .iter()
        .map(|c| Case {
            case: &c.case,
            passed: c.passed(),
            missing: c
                .verdict
                .missing
                .iter()
                .map(|&i| {
                    let e = &c.spec.expect[i];
                    Missing {
                        check: e.check.as_deref(),
                        clause: e.clause.as_deref(),
                        subject: e.subject.as_deref(),
                        line: e.line,
                        column: e.column,
                    }
                })
                .collect(),
            unexpected: c
                .verdict
                .unexpected
                .iter()
                .map(|&i| found(c, &c.findings[i], lang))
                .collect(),
            errors: c.errors.iter().map(|f| found(c, f, lang)).collect(),
            updated: c.updated,
        })
        .collect();
    let output = Output {
        version: 1,
        lang,
        cases,
        coverage,
    };
    serde_json::to_writer_pretty(&mut *out, &output).map_err(io::Error::from)?;
    writeln!(out)
}

fn found<'a>(case: &CaseResult, f: &'a Finding, lang: Lang) -> Found<'a> {
    Found {
        check: f.check.code(),
        clause: f.clause.as_deref(),
        subject: &f.subject,
        severity: f.severity,
        message: f.message.render(lang, false).into_owned(),
        location: f.location.map(|l| position(&case.sources, l)),
    }
}
