//! `--format github`: GitHub Actions workflow commands, which annotate the pull request diff.

use super::{Report, position};
use crate::diagnostic::Severity;
use std::io::{self, Write};

/// Escapes data per the workflow command syntax.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (also `:` and `,`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for f in report.findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let title = match &f.clause {
            Some(clause) => format!("{} ({clause})", f.check),
            None => f.check.code().to_string(),
        };
        let place = f.location.map(|l| position(report.sources, l));
        let mut message = match &place {
            Some(p) => p.message(&f.subject, &report.text(&f.message)),
            None => report.text(&f.message).into_owned(),
        };
        let say = |id: &str, name: &str, value: String| {
            crate::i18n::t(report.lang, id, &[(name, value.into())], false)
        };
        if let Some(source) = &f.source {
            message.push_str(&format!(
                "\n{}",
                say("report-source", "source", source.to_string())
            ));
        }
        if let Some(help) = &f.help {
            message.push_str(&format!(
                "\n{}",
                say("report-help", "help", report.text(help).into_owned())
            ));
        }
        match place {
            Some(p) => {
                writeln!(
                    out,
                    "::{level} file={},line={},col={},title={}::{}",
                    property(&p.file),
                    p.line,
                    p.column,
                    property(&title),
                    data(&message)
                )?;
            }
            None => writeln!(
                out,
                "::{level} title={}::{}",
                property(&title),
                data(&message)
            )?,
        }
    }
    Ok(())
}
