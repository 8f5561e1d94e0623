//! `--format junit`: one test suite per clause (input problems in `zhidu.input`, org hygiene
//! outside clauses in `zhidu.org`), one test case per subject with findings — a `<failure>` per
//! finding, the case's `file` and `line` those of its first — and one passing case for a clause
//! without findings, for CI systems that show test reports.

use super::{Report, position};
use crate::diagnostic::{Finding, Severity, Suppressed};
use std::collections::BTreeMap;
use std::io::{self, Write};

pub(crate) fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // Suite → case (the subject) → findings; every clause of the run has its suite.
    let mut suites: BTreeMap<String, BTreeMap<&str, Vec<&Finding>>> = report
        .summary
        .clause_ids
        .iter()
        .map(|id| (id.clone(), BTreeMap::new()))
        .collect();
    for f in report.findings {
        let suite = f.clause.as_deref().map_or_else(
            || format!("zhidu.{}", f.check.family().as_str()),
            str::to_string,
        );
        suites
            .entry(suite)
            .or_default()
            .entry(&f.subject)
            .or_default()
            .push(f);
    }
    let fails = |f: &&Finding| f.severity != Severity::Info && f.suppressed.is_none();
    let cases = |cases: &BTreeMap<&str, Vec<&Finding>>| cases.len().max(1);
    let failed = |cases: &BTreeMap<&str, Vec<&Finding>>| {
        cases
            .values()
            .filter(|findings| findings.iter().any(fails))
            .count()
    };
    let total: usize = suites.values().map(cases).sum();
    let failures: usize = suites.values().map(failed).sum();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="zhidu" tests="{}" failures="{failures}">"#,
        total.max(1)
    )?;
    if suites.is_empty() {
        writeln!(out, r#"  <testsuite name="zhidu" tests="1" failures="0">"#)?;
        writeln!(
            out,
            r#"    <testcase classname="zhidu" name="no findings"/>"#
        )?;
        writeln!(out, "  </testsuite>")?;
    }
    for (suite, subjects) in &suites {
        writeln!(
            out,
            r#"  <testsuite name="{}" tests="{}" failures="{}">"#,
            xml(suite),
            cases(subjects),
            failed(subjects)
        )?;
        if subjects.is_empty() {
            writeln!(
                out,
                r#"    <testcase classname="{0}" name="{0}"/>"#,
                xml(suite)
            )?;
        }
        for (subject, findings) in subjects {
            let first = findings
                .iter()
                .find_map(|f| f.location)
                .map(|l| position(report.sources, l));
            let place = first.map_or_else(String::new, |p| {
                format!(r#" file="{}" line="{}""#, xml(&p.file), p.line)
            });
            writeln!(
                out,
                r#"    <testcase classname="{}" name="{}"{place}>"#,
                xml(suite),
                xml(subject)
            )?;
            for f in findings {
                let place = f.location.map(|l| position(report.sources, l));
                let text = report.text(&f.message);
                let message = place
                    .as_ref()
                    .map_or_else(|| text.to_string(), |p| p.message(&f.subject, &text));
                let say = |id: &str, name: &str, value: String| {
                    crate::i18n::t(report.lang, id, &[(name, value.into())], false)
                };
                let mut body = message.clone();
                if let Some(p) = &place {
                    let at = format!("{}:{}:{}", p.place(), p.line, p.column);
                    body.push_str(&format!("\n{}", say("report-at", "place", at)));
                }
                if let Some(source) = &f.source {
                    body.push_str(&format!(
                        "\n{}",
                        say("report-source", "source", source.to_string())
                    ));
                }
                if let Some(help) = &f.help {
                    body.push_str(&format!(
                        "\n{}",
                        say("report-help", "help", report.text(help).into_owned())
                    ));
                }
                match &f.suppressed {
                    Some(Suppressed::Baselined) => writeln!(
                        out,
                        r#"      <skipped message="{}: in the baseline"/>"#,
                        xml(f.check.code())
                    )?,
                    Some(Suppressed::Waived(id)) => writeln!(
                        out,
                        r#"      <skipped message="{}: waived by {}"/>"#,
                        xml(f.check.code()),
                        xml(id)
                    )?,
                    None if f.severity == Severity::Info => {
                        writeln!(out, "      <system-out>{}</system-out>", xml(&body))?
                    }
                    None => writeln!(
                        out,
                        r#"      <failure type="{}" message="{}">{}</failure>"#,
                        f.check,
                        xml(&message),
                        xml(&body)
                    )?,
                }
            }
            writeln!(out, "    </testcase>")?;
        }
        writeln!(out, "  </testsuite>")?;
    }
    writeln!(out, "</testsuites>")
}
