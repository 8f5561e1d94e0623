//! `--format gitlab`: GitLab Code Quality, a JSON array of issues that merge requests show.
//! Baselined and waived findings are left out: GitLab has no way to show an accepted issue, and
//! listing them would flag them in every merge request.

use super::{Report, position};
use crate::diagnostic::Severity;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: String,
    fingerprint: &'a str,
    severity: &'static str,
    location: Location,
}

#[derive(Serialize)]
struct Location {
    path: String,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
}

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let issues: Vec<Issue> = report
        .findings
        .iter()
        .filter(|f| f.suppressed.is_none())
        .map(|f| {
            let message = report.text(&f.message);
            let (path, begin, mut description) =
                f.location
                    .map_or((String::new(), 1, message.to_string()), |l| {
                        let p = position(report.sources, l);
                        let description = p.message(&f.subject, &message);
                        (p.file, p.line, description)
                    });
            if let Some(source) = &f.source {
                description.push_str(&format!(" ({source})"));
            }
            Issue {
                description,
                check_name: match &f.clause {
                    Some(clause) => format!("{}/{clause}", f.check),
                    None => f.check.code().to_string(),
                },
                fingerprint: &f.fingerprint,
                severity: match f.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                    Severity::Info => "info",
                },
                location: Location {
                    path,
                    lines: Lines { begin },
                },
            }
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &issues).map_err(io::Error::from)?;
    writeln!(out)
}
