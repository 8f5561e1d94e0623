//! `--format json`: one object on stdout, in the shape docs/cli.md gives.

use super::{Position, Report, position};
use crate::diagnostic::Severity;
use crate::diagnostic::{Citation, Suppressed};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    /// The language of every prose field (`message`, `help`, related messages, reasons).
    lang: crate::i18n::Lang,
    as_of: Option<String>,
    summary: Summary<'a>,
    findings: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Summary<'a> {
    error: usize,
    warning: usize,
    info: usize,
    files: usize,
    records: usize,
    clauses: usize,
    baselined: usize,
    waived: usize,
    fixed: usize,
    not_judged: Vec<NotJudged<'a>>,
    unbound_kinds: &'a [super::UnboundKind],
}

#[derive(Serialize)]
struct NotJudged<'a> {
    clause: &'a str,
    reason: std::borrow::Cow<'a, str>,
}

#[derive(Serialize)]
struct Item<'a> {
    check: &'static str,
    clause: Option<&'a str>,
    severity: Severity,
    subject: &'a str,
    message: std::borrow::Cow<'a, str>,
    source: Option<&'a Citation>,
    /// The regulation's own word for the duty (PACK.md v3); null outside clauses.
    words: Option<&'a str>,
    location: Option<Position>,
    policy_location: Option<Short>,
    related: Vec<Related<'a>>,
    help: Option<std::borrow::Cow<'a, str>>,
    fingerprint: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    baselined: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    waived: Option<&'a str>,
}

/// A place without offset and length (policy locations and related places).
#[derive(Serialize)]
struct Short {
    file: String,
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct Related<'a> {
    message: std::borrow::Cow<'a, str>,
    location: Short,
}

fn short(p: Position) -> Short {
    Short {
        file: p.file,
        line: p.line,
        column: p.column,
    }
}

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let findings = report
        .findings
        .iter()
        .map(|f| Item {
            check: f.check.code(),
            clause: f.clause.as_deref(),
            severity: f.severity,
            subject: &f.subject,
            message: report.text(&f.message),
            source: f.source.as_ref(),
            words: f.words.as_deref(),
            location: f.location.map(|l| position(report.sources, l)),
            policy_location: f
                .policy_location
                .map(|l| short(position(report.sources, l))),
            related: f
                .related
                .iter()
                .map(|r| Related {
                    message: report.text(&r.message),
                    location: short(position(report.sources, r.loc)),
                })
                .collect(),
            help: f.help.as_ref().map(|h| report.text(h)),
            fingerprint: &f.fingerprint,
            baselined: f.suppressed == Some(Suppressed::Baselined),
            waived: match &f.suppressed {
                Some(Suppressed::Waived(id)) => Some(id),
                _ => None,
            },
        })
        .collect();
    let output = Output {
        version: 1,
        lang: report.lang,
        as_of: report.summary.as_of.map(|d| d.to_string()),
        summary: Summary {
            error: report.count(Severity::Error),
            warning: report.count(Severity::Warning),
            info: report.count(Severity::Info),
            files: report.summary.files,
            records: report.summary.records,
            clauses: report.summary.clauses,
            baselined: report.baselined(),
            waived: report.waived(),
            fixed: report.summary.fixed,
            not_judged: report
                .summary
                .not_judged
                .iter()
                // Prose, in the chosen language (CLI.md v3); the clause id is what tools match.
                .map(|n| NotJudged {
                    clause: &n.clause,
                    reason: report.text(&n.reason),
                })
                .collect(),
            unbound_kinds: &report.summary.unbound_kinds,
        },
        findings,
    };
    serde_json::to_writer_pretty(&mut *out, &output).map_err(io::Error::from)?;
    writeln!(out)
}
