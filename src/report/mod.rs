//! Reports: one sorted list of findings, rendered in the format asked for.
//!
//! Sorting happens once, here, before rendering: by file, line, column, check, subject (then
//! clause and message), so the bytes written never depend on thread timing or file order.

pub mod compare;
pub mod gcc;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
mod xlsx;

use crate::diagnostic::Finding;
use crate::diagnostic::Severity;
use crate::source::{Loc, Sources};
use std::io::{self, Write};

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Junit,
    Github,
    Gitlab,
    Gcc,
    /// The rectification list (整改清单): a workbook.
    Xlsx,
    /// A self-contained page for people: summary, compliance, findings, organisation, agenda.
    Html,
}

impl Format {
    /// The format a report file's extension asks for (`--output report.sarif`).
    pub fn from_extension(path: &std::path::Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "sarif" => Some(Format::Sarif),
            "xml" => Some(Format::Junit),
            "xlsx" => Some(Format::Xlsx),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Counts shown in summaries.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub records: usize,
    pub clauses: usize,
    /// The day the check is made for (`check` only).
    pub as_of: Option<jiff::civil::Date>,
    /// The ids of the clauses the run evaluated (JUnit gives each a test suite).
    pub clause_ids: Vec<String>,
    /// Baseline entries that no longer occur (with `--baseline`).
    pub fixed: usize,
    /// Clauses the run left unjudged, and why (docs/cli.md, coverage).
    pub not_judged: Vec<NotJudged>,
    /// Records of kinds no clause binds (DATA.md v3).
    pub unbound_kinds: Vec<UnboundKind>,
    /// How many built-in packs are in use when none was chosen (the human report says how to
    /// choose).
    pub all_packs: Option<usize>,
    /// Who must put each finding right (for the rectification list), in the findings' order;
    /// empty unless asked for.
    pub responsible: Vec<Responsible>,
    /// The rectification deadline: as-of plus `rectify_days`.
    pub rectify_by: Option<jiff::civil::Date>,
    /// The pack of each clause of the run, by clause id (the HTML report's filter).
    pub pack_of: std::collections::BTreeMap<String, String>,
    /// With `--compare`: which findings are new, which still open, and what was fixed.
    pub compare: Option<compare::Comparison>,
    /// Record clauses that bound no record (the data holds none of their kinds): held
    /// vacuously, not tested (`zhidu test --coverage`).
    pub vacuous: Vec<String>,
}

/// The unit and the people responsible for putting a finding right.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Responsible {
    /// `行政部 (admin)`; never empty when the data has units.
    pub unit: String,
    /// `郭伟 (p-admin-manager)`, …
    pub owners: Vec<String>,
}

/// A clause the run did not judge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotJudged {
    pub clause: String,
    pub reason: crate::i18n::Text,
    /// Nothing of the clause was judged (rather than a step or a period of it).
    pub whole: bool,
}

/// Records of one kind, in one file, that no clause of the run binds.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct UnboundKind {
    pub kind: String,
    /// The file (`业务台账.xlsx › 客服工单` for a sheet).
    pub file: String,
    pub records: usize,
    /// The kind the clauses bind that it most likely means.
    pub did_you_mean: Option<String>,
}

/// What a report renders.
pub struct Report<'a> {
    pub findings: &'a [Finding],
    pub sources: &'a Sources,
    pub summary: Summary,
    /// The language prose is written in (machine fields never change with it).
    pub lang: crate::i18n::Lang,
}

impl Report<'_> {
    /// Prose for a machine format (ISO dates) in the report's language.
    pub fn text<'t>(&self, text: &'t crate::i18n::Text) -> std::borrow::Cow<'t, str> {
        text.render(self.lang, false)
    }
}

impl Report<'_> {
    /// Findings of a severity that count against the run (neither baselined nor waived).
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity && f.suppressed.is_none())
            .count()
    }

    /// Findings a baseline set aside.
    pub fn baselined(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.suppressed == Some(crate::diagnostic::Suppressed::Baselined))
            .count()
    }

    /// Findings a waiver set aside.
    pub fn waived(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| matches!(f.suppressed, Some(crate::diagnostic::Suppressed::Waived(_))))
            .count()
    }
}

/// Human-facing options of the `human` format.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    pub width: usize,
    /// Show at most this many findings, then counts per clause (0: all).
    pub max_findings: usize,
    /// Only the findings and the summary: no hints.
    pub quiet: bool,
    /// The language prose is written in.
    pub lang: crate::i18n::Lang,
}

impl Style {
    /// Colour only on a terminal, never with `NO_COLOR` set; width of the terminal, else 100.
    pub fn detect() -> Style {
        use std::io::IsTerminal;
        let color = std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::env::var("TERM").map_or(true, |t| t != "dumb");
        Style {
            color,
            width: 100,
            max_findings: 0,
            quiet: false,
            lang: crate::i18n::Lang::from_env(),
        }
    }
}

pub fn write(format: Format, report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Human => human::write(report, style, out),
        Format::Json => json::write(report, out),
        Format::Sarif => sarif::write(report, out),
        Format::Junit => junit::write(report, out),
        Format::Github => github::write(report, out),
        Format::Gitlab => gitlab::write(report, out),
        Format::Gcc => gcc::write(report, out),
        Format::Xlsx => xlsx::write(report, out),
        // The page needs more of the run than its findings (compliance, the organisation, the
        // agenda): `Outcome::write` writes it.
        Format::Html => Err(io::Error::from(io::ErrorKind::Unsupported)),
    }
}

/// A place as reports show it: file name, 1-based line, 1-based column in characters, and the
/// byte offset and length.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Position {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Bytes in the file on disk; absent for a cell of a workbook, which has no such place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub length: Option<usize>,
    /// For a workbook: the sheet, and the cell (`B7`); `line` is then its row and `column` its
    /// column's number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
}

impl Position {
    /// `requests.xlsx › 采购!B7`, or the file alone.
    pub fn place(&self) -> String {
        match (&self.sheet, &self.cell) {
            (Some(sheet), Some(cell)) => format!("{} › {sheet}!{cell}", self.file),
            _ => self.file.clone(),
        }
    }

    /// A message as line-oriented formats give it (CLI v3): inside a workbook, prefixed with the
    /// sheet, cell and record id (`全员大会!E4 QY-2026-03: …`), which a file and row alone do not
    /// tell.
    pub fn message(&self, subject: &str, message: &str) -> String {
        match (&self.sheet, &self.cell) {
            (Some(sheet), Some(cell)) => format!("{sheet}!{cell} {subject}: {message}"),
            _ => message.to_string(),
        }
    }
}

pub fn position(sources: &Sources, loc: Loc) -> Position {
    match sources.get(loc.file) {
        Some(file) => match (file.cell_at(loc.span.start), &file.sheet) {
            (Some((row, column)), Some(sheet)) => Position {
                file: file.name.clone(),
                line: row + 1,
                column: column + 1,
                offset: None,
                length: None,
                sheet: Some(sheet.clone()),
                cell: Some(crate::data::table::sheet::cell_name(row, column)),
            },
            _ => {
                let lc = file.line_col(loc.span.start);
                let start = file.original_offset(loc.span.start);
                Position {
                    file: file.name.clone(),
                    line: lc.line,
                    column: lc.column,
                    offset: Some(start),
                    length: Some(file.original_offset(loc.span.end).saturating_sub(start)),
                    sheet: None,
                    cell: None,
                }
            }
        },
        None => Position {
            file: String::new(),
            line: 1,
            column: 1,
            offset: Some(loc.span.start),
            length: Some(loc.span.len()),
            sheet: None,
            cell: None,
        },
    }
}

/// Sorts findings into report order, drops exact duplicates and gives each its fingerprint.
pub fn sort(findings: &mut Vec<Finding>, sources: &Sources) {
    let mut keyed: Vec<(SortKey, Finding)> = findings
        .drain(..)
        .map(|f| (SortKey::of(&f, sources), f))
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    findings.extend(keyed.into_iter().map(|(_, f)| f));
    crate::diagnostic::fingerprint::assign(findings);
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct SortKey {
    file: String,
    line: usize,
    column: usize,
    check: &'static str,
    subject: String,
    clause: String,
    message: String,
    end: usize,
}

impl SortKey {
    fn of(f: &Finding, sources: &Sources) -> SortKey {
        let (file, line, column, end) = match f.location {
            Some(loc) => {
                let p = position(sources, loc);
                (p.file, p.line, p.column, loc.span.end)
            }
            None => (String::new(), 0, 0, 0),
        };
        SortKey {
            file,
            line,
            column,
            check: f.check.code(),
            subject: f.subject.clone(),
            clause: f.clause.as_deref().unwrap_or("").to_string(),
            message: f.message.english().into_owned(),
            end,
        }
    }
}
