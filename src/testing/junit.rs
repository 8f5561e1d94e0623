//! `zhidu test --format junit`: one `<testcase>` per case, its `<failure>` saying what was
//! missing and what was unexpected, for CI systems that show test reports.

use super::CaseResult;
use super::human::expected;
use crate::i18n::{Lang, Message, Text};
use crate::report::junit::xml;
use std::io::{self, Write};

pub fn write(cases: &[CaseResult], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let say = |m: Message| Text::from(m).render(lang, false).into_owned();
    let failures = cases.iter().filter(|c| !c.passed() && !c.broken()).count();
    let errors = cases.iter().filter(|c| c.broken()).count();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="zhidu test" tests="{}" failures="{failures}" errors="{errors}">"#,
        cases.len()
    )?;
    writeln!(
        out,
        r#"  <testsuite name="zhidu test" tests="{}" failures="{failures}" errors="{errors}">"#,
        cases.len()
    )?;
    for case in cases {
        let name = xml(&case.case);
        if case.passed() {
            writeln!(
                out,
                r#"    <testcase name="{name}" classname="zhidu.test"/>"#
            )?;
            continue;
        }
        let mut lines: Vec<String> = Vec::new();
        lines.extend(
            case.refused
                .iter()
                .map(|r| r.render(lang, false).into_owned()),
        );
        lines.extend(
            case.errors
                .iter()
                .map(|f| f.message.render(lang, false).into_owned()),
        );
        for &i in &case.verdict.missing {
            let e = &case.spec.expect[i];
            lines.push(say(Message::new("test-missing")
                .arg("what", expected(e))
                .arg("line", e.line)
                .arg("column", e.column)));
        }
        for &i in &case.verdict.unexpected {
            let f = &case.findings[i];
            let finding = format!(
                "{} · {} · {}: {}",
                f.check.code(),
                f.clause.as_deref().unwrap_or("-"),
                f.subject,
                f.message.render(lang, false)
            );
            lines.push(say(Message::new("test-unexpected").arg("finding", finding)));
        }
        let first = lines.first().cloned().unwrap_or_default();
        writeln!(
            out,
            r#"    <testcase name="{name}" classname="zhidu.test">"#
        )?;
        writeln!(
            out,
            r#"      <failure message="{}">{}</failure>"#,
            xml(&first),
            xml(&lines.join("\n"))
        )?;
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}
