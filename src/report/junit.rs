//! `--format junit`: one test suite per clause (input problems in `zhidu.input`), one failing test
//! case per finding, for CI systems that show test reports.

use super::{Report, position};
use crate::diagnostic::Severity;
use std::collections::BTreeMap;
use std::io::{self, Write};

fn xml(s: &str) -> String {
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
    let mut suites: BTreeMap<String, Vec<&crate::diagnostic::Finding>> = BTreeMap::new();
    for f in report.findings {
        let suite = f.clause.as_deref().map_or_else(
            || format!("zhidu.{}", f.check.family().as_str()),
            str::to_string,
        );
        suites.entry(suite).or_default().push(f);
    }
    let failures = report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .count();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="zhidu" tests="{}" failures="{failures}">"#,
        report.findings.len().max(1)
    )?;
    if suites.is_empty() {
        writeln!(out, r#"  <testsuite name="zhidu" tests="1" failures="0">"#)?;
        writeln!(
            out,
            r#"    <testcase classname="zhidu" name="no findings"/>"#
        )?;
        writeln!(out, "  </testsuite>")?;
    }
    for (suite, findings) in &suites {
        let failed = findings
            .iter()
            .filter(|f| f.severity != Severity::Info)
            .count();
        writeln!(
            out,
            r#"  <testsuite name="{}" tests="{}" failures="{failed}">"#,
            xml(suite),
            findings.len()
        )?;
        for f in findings {
            let place = f.location.map(|l| {
                let p = position(report.sources, l);
                format!("{}:{}:{}", p.file, p.line, p.column)
            });
            let name = format!("{} {}", f.check, f.subject);
            writeln!(
                out,
                r#"    <testcase classname="{}" name="{}">"#,
                xml(suite),
                xml(&name)
            )?;
            let mut body = f.message.clone();
            if let Some(place) = &place {
                body.push_str(&format!("\nat {place}"));
            }
            if let Some(source) = &f.source {
                body.push_str(&format!("\nsource: {source}"));
            }
            if let Some(help) = &f.help {
                body.push_str(&format!("\nhelp: {help}"));
            }
            if f.severity == Severity::Info {
                writeln!(out, "      <system-out>{}</system-out>", xml(&body))?;
            } else {
                writeln!(
                    out,
                    r#"      <failure type="{}" message="{}">{}</failure>"#,
                    f.severity,
                    xml(&f.message),
                    xml(&body)
                )?;
            }
            writeln!(out, "    </testcase>")?;
        }
        writeln!(out, "  </testsuite>")?;
    }
    writeln!(out, "</testsuites>")
}
