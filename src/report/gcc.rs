//! `--format gcc`: `file:line:col: severity: message [check/clause]`, one per line, for editors'
//! quickfix lists.

use super::{Report, position};
use crate::diagnostic::Severity;
use std::io::{self, Write};

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for f in report.findings {
        let severity = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        };
        let tag = match &f.clause {
            Some(clause) => format!("{}/{clause}", f.check),
            None => f.check.code().to_string(),
        };
        let message = report.text(&f.message).replace('\n', " ");
        match f.location {
            Some(loc) => {
                let p = position(report.sources, loc);
                writeln!(
                    out,
                    "{}:{}:{}: {severity}: {} [{tag}]",
                    p.file,
                    p.line,
                    p.column,
                    p.message(&f.subject, &message)
                )?;
            }
            None => writeln!(out, "zhidu: {severity}: {message} [{tag}]")?,
        }
    }
    Ok(())
}
