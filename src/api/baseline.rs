//! Baselines: the findings an organisation already has, written once (`--write-baseline`) so
//! that CI fails only on new ones, and shrunk as they are fixed. A finding is recognised by its
//! fingerprint; input errors are never baselined, so a baseline cannot hide that the input could
//! not be read.

use crate::diagnostic::{Check, Finding, Suppressed};
use crate::i18n::Message;
use crate::source::{Loc, SourceFile, Sources, Span};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;

/// The file: `{"version": 1, "findings": [...]}`, entries sorted by fingerprint.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    fingerprint: String,
    check: String,
    clause: Option<String>,
    subject: String,
    message: String,
}

/// Writes the findings a baseline can hold (all but input errors) to `path`.
pub fn write(path: &Path, findings: &[Finding]) -> Result<(), Message> {
    let mut entries: Vec<Entry> = findings
        .iter()
        .filter(|f| !f.check.is_input())
        .map(|f| Entry {
            fingerprint: f.fingerprint.clone(),
            check: f.check.code().to_string(),
            clause: f.clause.as_deref().map(str::to_string),
            subject: f.subject.clone(),
            message: f.message.english().into_owned(),
        })
        .collect();
    entries.sort_by(|a, b| a.fingerprint.cmp(&b.fingerprint));
    let file = File {
        version: 1,
        findings: entries,
    };
    let mut text = serde_json::to_string_pretty(&file)
        .map_err(|e| Message::new("detail").arg("detail", e.to_string()))?;
    text.push('\n');
    std::fs::write(path, text).map_err(|e| {
        Message::new("baseline-unwritable")
            .arg("path", path.display().to_string())
            .arg("detail", e.to_string())
    })
}

/// Reads a baseline: its fingerprints, or the finding that says why it cannot be used.
pub fn read(
    path: &Path,
    limit: u64,
    sources: &mut Sources,
) -> Result<HashSet<String>, Box<Finding>> {
    let display = crate::read::display(path);
    let fail = |sources: &mut Sources, text: &str, message: Message, at: usize| {
        let id = sources.add(SourceFile::new(display.clone(), text));
        Box::new(
            Finding::new(Check::DataError, display.clone(), message)
                .at(Loc::new(id, Span::empty(at.min(text.len()))))
                .help(Message::new("baseline-help")),
        )
    };
    // A baseline holds a line per finding: it may be large, and it is bounded as data is.
    let (_, text) = crate::read::read_text(path, limit, sources).map_err(|unread| {
        fail(
            sources,
            "",
            Message::new("baseline-unreadable")
                .arg("path", display.as_str())
                .arg("detail", unread.message),
            0,
        )
    })?;
    let file: File = serde_json::from_str(&text).map_err(|e| {
        let at = offset(&text, e.line(), e.column());
        fail(
            sources,
            &text,
            Message::new("baseline-invalid")
                .arg("path", display.as_str())
                .arg("detail", e.to_string()),
            at,
        )
    })?;
    if file.version != 1 {
        return Err(fail(
            sources,
            &text,
            Message::new("baseline-version").arg("version", file.version.to_string()),
            0,
        ));
    }
    Ok(file.findings.into_iter().map(|e| e.fingerprint).collect())
}

/// Marks the findings the baseline holds; returns how many of its entries no longer occur.
pub fn apply(baseline: &HashSet<String>, findings: &mut [Finding]) -> usize {
    let mut matched = HashSet::new();
    for f in findings.iter_mut().filter(|f| !f.check.is_input()) {
        if baseline.contains(&f.fingerprint) {
            matched.insert(f.fingerprint.clone());
            if f.suppressed.is_none() {
                f.suppressed = Some(Suppressed::Baselined);
            }
        }
    }
    baseline.len() - matched.len()
}

/// The byte offset of a 1-based line and column (serde_json's error position).
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut at = (start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
