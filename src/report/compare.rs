//! `--compare PREVIOUS.json`: this run's findings against a previous `--format json` report, by
//! fingerprint (CLI.md v3). A finding is new when the previous report did not have it, still
//! open when it did; a previous finding this run no longer has is fixed. The HTML report marks
//! all three, the rectification list says 新 / 未整改.

use crate::diagnostic::Finding;
use crate::i18n::Message;
use std::collections::HashSet;
use std::path::Path;

/// A finding of the previous report, as much of it as a reader needs to recognise it once fixed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Earlier {
    pub fingerprint: String,
    pub check: String,
    pub clause: Option<String>,
    pub severity: String,
    pub subject: String,
    /// In the previous report's language.
    pub message: String,
    /// `《document》article`, when it had one.
    pub source: Option<String>,
}

/// Whether a finding of this run was in the previous report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    New,
    StillOpen,
}

/// This run against the previous one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// One per finding of this run, in the findings' order.
    pub changes: Vec<Change>,
    /// The previous findings this run no longer has, in the previous report's order.
    pub fixed: Vec<Earlier>,
}

impl Comparison {
    pub fn count(&self, change: Change) -> usize {
        self.changes.iter().filter(|c| **c == change).count()
    }
}

/// Reads a previous `--format json` report. A file that cannot be read, is not JSON or is not
/// such a report is refused with the reason (and, for bad JSON, the line and column).
pub fn read(path: &Path) -> Result<Vec<Earlier>, Message> {
    let shown = crate::read::display(path);
    let refused = |id: &'static str| Message::new(id).arg("path", shown.as_str());
    let bytes = std::fs::read(path)
        .map_err(|e| refused("compare-unreadable").arg("reason", e.to_string()))?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
        refused("compare-not-json")
            .arg("line", e.line())
            .arg("column", e.column())
    })?;
    // Version 1 is the only report shape there is; another is not what this code reads.
    if value.get("version").and_then(serde_json::Value::as_u64) != Some(1) {
        return Err(refused("compare-not-report"));
    }
    let findings = value
        .get("findings")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(|| refused("compare-not-report"))?;
    findings
        .iter()
        .map(|f| earlier(f).ok_or_else(|| refused("compare-not-report")))
        .collect()
}

fn earlier(f: &serde_json::Value) -> Option<Earlier> {
    let text = |key: &str| f.get(key).and_then(serde_json::Value::as_str);
    let source = f.get("source").and_then(|s| {
        let part = |key: &str| s.get(key).and_then(serde_json::Value::as_str);
        let citation = crate::diagnostic::Citation {
            document: part("document")?.to_string(),
            article: part("article")?.to_string(),
        };
        Some(citation.to_string())
    });
    Some(Earlier {
        fingerprint: text("fingerprint")?.to_string(),
        check: text("check")?.to_string(),
        clause: text("clause").map(str::to_string),
        severity: text("severity").unwrap_or_default().to_string(),
        subject: text("subject").unwrap_or_default().to_string(),
        message: text("message").unwrap_or_default().to_string(),
        source,
    })
}

/// Marks each finding new or still open, and lists what was fixed.
pub fn compare(previous: &[Earlier], findings: &[Finding]) -> Comparison {
    let before: HashSet<&str> = previous.iter().map(|e| e.fingerprint.as_str()).collect();
    let now: HashSet<&str> = findings.iter().map(|f| f.fingerprint.as_str()).collect();
    Comparison {
        changes: findings
            .iter()
            .map(|f| match before.contains(f.fingerprint.as_str()) {
                true => Change::StillOpen,
                false => Change::New,
            })
            .collect(),
        fixed: previous
            .iter()
            .filter(|e| !now.contains(e.fingerprint.as_str()))
            .cloned()
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Check;

    fn finding(fingerprint: &str) -> Finding {
        let mut f = Finding::new(Check::Overdue, "s", Message::new("check-no-data"));
        f.fingerprint = fingerprint.to_string();
        f
    }

    #[test]
    fn new_still_open_and_fixed_by_fingerprint() {
        let previous = vec![
            Earlier {
                fingerprint: "a".into(),
                ..Earlier::default()
            },
            Earlier {
                fingerprint: "b".into(),
                ..Earlier::default()
            },
        ];
        let c = compare(&previous, &[finding("b"), finding("c")]);
        assert_eq!(c.changes, vec![Change::StillOpen, Change::New]);
        assert_eq!(c.fixed.len(), 1);
        assert_eq!(c.fixed[0].fingerprint, "a");
    }

    #[test]
    fn a_file_that_is_not_a_report_is_refused_with_where() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, "{\n  \"findings\": [,]\n}").unwrap();
        let m = read(&bad).unwrap_err();
        assert_eq!(m.id, "compare-not-json");
        let other = dir.path().join("other.json");
        std::fs::write(&other, r#"{"version": 7, "findings": []}"#).unwrap();
        assert_eq!(read(&other).unwrap_err().id, "compare-not-report");
        let missing = dir.path().join("missing.json");
        assert_eq!(read(&missing).unwrap_err().id, "compare-unreadable");
    }
}
