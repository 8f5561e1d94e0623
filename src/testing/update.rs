//! `zhidu test --update`: a failing case's `expect` rewritten with what its run found, the rest of
//! its file kept as written (comments, order, other settings), so that the diff a reviewer reads
//! holds only the `expect` lines — as snapshot tools bless a new snapshot.

use crate::diagnostic::{Finding, Severity};
use std::collections::BTreeSet;

/// The file's text with `expect` listing `findings` (those at warning or error severity, set
/// aside by nothing), one entry per line; `None` when the text is not TOML.
pub fn rewrite(text: &str, findings: &[Finding]) -> Option<String> {
    let mut document: toml_edit::DocumentMut = text.parse().ok()?;
    let found: BTreeSet<(&str, &str, &str)> = findings
        .iter()
        .filter(|f| f.suppressed.is_none() && f.severity >= Severity::Warning)
        .map(|f| {
            (
                f.check.code(),
                f.clause.as_deref().unwrap_or(""),
                f.subject.as_str(),
            )
        })
        .collect();
    let mut list = toml_edit::Array::new();
    for (check, clause, subject) in found {
        let mut entry = toml_edit::InlineTable::new();
        entry.insert("check", check.into());
        if !clause.is_empty() {
            entry.insert("clause", clause.into());
        }
        entry.insert("subject", subject.into());
        let mut value = toml_edit::Value::InlineTable(entry);
        value.decor_mut().set_prefix("\n  ");
        list.push_formatted(value);
    }
    if !list.is_empty() {
        list.set_trailing_comma(true);
        list.set_trailing("\n");
    }
    match document.get_mut("expect") {
        Some(item) => *item = toml_edit::value(list),
        None => {
            document.insert("expect", toml_edit::value(list));
        }
    }
    Some(document.to_string())
}
