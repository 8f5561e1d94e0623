//! A case's expectation, read from its `zhidu-test.toml` beside the settings (which the
//! configuration reads): `expect` (findings that must be found; globs allowed), `exact` (nothing
//! else at warning or error severity; default true) and `policies` (the policy files under test).

use crate::config::glob_matches;
use crate::diagnostic::{Check, Finding, Severity};
use crate::i18n::Message;
use crate::source::{FileId, Loc, Span};
use std::path::{Path, PathBuf};

/// One expected finding: every field given must match (globs allowed); a field left out matches
/// anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expect {
    pub check: Option<String>,
    pub clause: Option<String>,
    pub subject: Option<String>,
    /// Where it is written in the case's file (1-based line and column).
    pub line: usize,
    pub column: usize,
}

impl Expect {
    pub fn matches(&self, f: &Finding) -> bool {
        let field = |pattern: &Option<String>, value: &str| {
            pattern.as_deref().is_none_or(|p| glob_matches(p, value))
        };
        field(&self.check, f.check.code())
            && field(&self.clause, f.clause.as_deref().unwrap_or(""))
            && field(&self.subject, &f.subject)
    }
}

/// What a case expects.
#[derive(Clone, Debug)]
pub struct Spec {
    pub expect: Vec<Expect>,
    pub exact: bool,
    /// The policy files under test, relative paths resolved; `None` when the case names none.
    pub policies: Option<Vec<PathBuf>>,
}

const EXPECT_KEYS: &[&str] = &["check", "clause", "subject"];

/// Reads the expectation; the problems are data errors located in the file.
pub fn parse(file: FileId, name: &str, text: &str, dir: &Path) -> (Spec, Vec<Finding>) {
    let mut spec = Spec {
        expect: Vec::new(),
        exact: true,
        policies: None,
    };
    let mut errors = Vec::new();
    let mut error = |range: std::ops::Range<usize>, message: Message, help: Option<Message>| {
        let loc = Loc::new(file, Span::new(range.start, range.end));
        let mut f = Finding::new(Check::DataError, name, message).at(loc);
        f.help = help.map(Into::into);
        errors.push(f);
    };
    // A file that is not TOML at all is reported by the configuration's reading.
    let Ok(table) = toml::de::DeTable::parse(text) else {
        return (spec, errors);
    };
    for (key, value) in table.get_ref().iter() {
        let range = value.span();
        match key.get_ref().as_ref() {
            "exact" => match value.get_ref().as_bool() {
                Some(b) => spec.exact = b,
                None => error(range, Message::new("test-exact-not-bool"), None),
            },
            "policies" => match value.get_ref().as_array() {
                Some(items) => {
                    let mut paths = Vec::new();
                    for item in items.iter() {
                        match item.get_ref().as_str() {
                            Some(p) => paths.push(dir.join(p)),
                            None => {
                                error(item.span(), Message::new("test-policies-not-paths"), None)
                            }
                        }
                    }
                    spec.policies = Some(paths);
                }
                None => error(range, Message::new("test-policies-not-paths"), None),
            },
            "expect" => match value.get_ref().as_array() {
                Some(items) => {
                    for item in items.iter() {
                        if let Some(e) = expect(text, item, &mut error) {
                            spec.expect.push(e);
                        }
                    }
                }
                None => error(range, Message::new("test-expect-not-list"), None),
            },
            _ => {}
        }
    }
    (spec, errors)
}

/// One entry of `expect`: a table of `check`, `clause`, `subject`.
fn expect(
    text: &str,
    item: &toml::Spanned<toml::de::DeValue>,
    error: &mut dyn FnMut(std::ops::Range<usize>, Message, Option<Message>),
) -> Option<Expect> {
    let Some(table) = item.get_ref().as_table() else {
        error(item.span(), Message::new("test-expect-not-table"), None);
        return None;
    };
    let (line, column) = line_col(text, item.span().start);
    let mut out = Expect {
        check: None,
        clause: None,
        subject: None,
        line,
        column,
    };
    for (key, value) in table.iter() {
        let k = key.get_ref().as_ref();
        let Some(s) = value.get_ref().as_str().map(str::to_string) else {
            error(
                value.span(),
                Message::new("test-expect-not-text").arg("key", k),
                None,
            );
            continue;
        };
        match k {
            "check" => out.check = Some(s),
            "clause" => out.clause = Some(s),
            "subject" => out.subject = Some(s),
            other => error(
                key.span(),
                Message::new("test-expect-unknown-key").arg("key", other),
                crate::suggest::did_you_mean(other, EXPECT_KEYS),
            ),
        }
    }
    Some(out)
}

/// Expectations that can never be met: a check code or a clause id (without glob characters)
/// that names nothing the run knows. Located at the entry's line in the case's file.
pub fn unknown_names(spec: &Spec, clause_ids: &[String], name: &str) -> Vec<Finding> {
    let globbed = |p: &str| p.contains(['*', '?', '[']);
    let codes: Vec<&str> = Check::ALL.iter().map(|c| c.code()).collect();
    let mut out = Vec::new();
    for e in &spec.expect {
        let bad = |what: &str, pattern: &str, known: Vec<&str>| {
            let hint = crate::suggest::did_you_mean(pattern, known);
            let mut f = Finding::new(
                Check::DataError,
                name,
                Message::new("test-expect-names-nothing")
                    .arg("what", what)
                    .arg("name", pattern)
                    .arg("line", e.line)
                    .arg("column", e.column),
            );
            f.help = hint.map(Into::into);
            f
        };
        if let Some(check) = e.check.as_deref().filter(|c| !globbed(c))
            && !codes.contains(&check)
        {
            out.push(bad("check", check, codes.clone()));
        }
        if let Some(clause) = e.clause.as_deref().filter(|c| !globbed(c))
            && !clause.is_empty()
            && !clause_ids.iter().any(|id| id == clause)
        {
            out.push(bad(
                "clause",
                clause,
                clause_ids.iter().map(String::as_str).collect(),
            ));
        }
    }
    out
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// What a case found against what it expects.
#[derive(Clone, Debug, Default)]
pub struct Verdict {
    /// Expectations no finding met, by index.
    pub missing: Vec<usize>,
    /// Findings no expectation met (at warning or error severity, when the case is exact), by
    /// index.
    pub unexpected: Vec<usize>,
}

impl Verdict {
    pub fn passed(&self) -> bool {
        self.missing.is_empty() && self.unexpected.is_empty()
    }
}

/// Compares the findings of a case's run with its expectation. Findings set aside by a baseline
/// or a waiver do not count; an info finding counts only when an expectation names it.
pub fn compare(spec: &Spec, findings: &[Finding]) -> Verdict {
    let counted: Vec<(usize, &Finding)> = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.suppressed.is_none())
        .collect();
    let missing = spec
        .expect
        .iter()
        .enumerate()
        .filter(|(_, e)| !counted.iter().any(|(_, f)| e.matches(f)))
        .map(|(i, _)| i)
        .collect();
    let unexpected = if spec.exact {
        counted
            .iter()
            .filter(|(_, f)| f.severity >= Severity::Warning)
            .filter(|(_, f)| !spec.expect.iter().any(|e| e.matches(f)))
            .map(|(i, _)| *i)
            .collect()
    } else {
        Vec::new()
    };
    Verdict {
        missing,
        unexpected,
    }
}
