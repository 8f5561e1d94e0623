//! The library's front door: one function per job — [`check()`](check::check) data against
//! policies, [`validate`](validate::validate) and [`format`](format) policy files, and
//! [`clauses`](clauses::clauses) to describe the loaded clauses. The command line, the tests and
//! the benchmarks all come through here; everything behind it is private to the crate.
//!
//! Every function returns findings already sorted into report order, with the [`Sources`] they
//! point into, so that any [`Format`](crate::report::Format) can render them.

pub mod agenda;
mod baseline;
pub mod check;
pub mod clauses;
mod coverage;
pub mod format;
pub mod html;
pub mod init;
mod locate;
mod options;
pub mod policies;
pub(crate) mod prepare;
mod range;
mod settings;
pub mod test;
mod unbound_kinds;
pub mod validate;
pub mod whatif;
mod written;

use crate::diagnostic::Finding;
use crate::report::{self, Format, Report, Style, Summary};
use crate::source::Sources;
use std::io::{self, Write};
use std::path::PathBuf;

/// How far a run has got, for a progress display: updated by the run, read by another thread.
#[derive(Clone, Debug, Default)]
pub struct Progress(std::sync::Arc<Counters>);

#[derive(Debug, Default)]
struct Counters {
    files: std::sync::atomic::AtomicUsize,
    records: std::sync::atomic::AtomicUsize,
    clauses: std::sync::atomic::AtomicUsize,
    /// 0 finding files, 1 reading them, 2 checking, 3 done.
    stage: std::sync::atomic::AtomicU8,
}

impl Progress {
    fn set(&self, stage: u8, files: usize, records: usize, clauses: usize) {
        use std::sync::atomic::Ordering::Relaxed;
        self.0.files.store(files, Relaxed);
        self.0.records.store(records, Relaxed);
        self.0.clauses.store(clauses, Relaxed);
        self.0.stage.store(stage, Relaxed);
    }

    /// Files are found; `files` of them are being read.
    pub(crate) fn reading(&self, files: usize) {
        self.set(1, files, 0, 0);
    }

    /// Read; `records` are being checked against `clauses`.
    pub(crate) fn checking(&self, files: usize, records: usize, clauses: usize) {
        self.set(2, files, records, clauses);
    }

    pub(crate) fn done(&self) {
        self.0.stage.store(3, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn is_done(&self) -> bool {
        self.0.stage.load(std::sync::atomic::Ordering::Relaxed) >= 3
    }

    /// What the run is doing, in a few words of `lang`.
    pub fn describe(&self, lang: crate::i18n::Lang) -> String {
        use std::sync::atomic::Ordering::Relaxed;
        let files = self.0.files.load(Relaxed);
        let say = |id, args: &[(&str, crate::i18n::Arg)]| crate::i18n::t(lang, id, args, true);
        match self.0.stage.load(Relaxed) {
            0 => say("progress-finding", &[]),
            1 => say("progress-reading", &[("files", files.into())]),
            2 => say(
                "progress-checking",
                &[
                    ("records", self.0.records.load(Relaxed).into()),
                    ("files", files.into()),
                    ("clauses", self.0.clauses.load(Relaxed).into()),
                ],
            ),
            _ => say("progress-done", &[]),
        }
    }
}

/// Whether the built-in pack is used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Builtin {
    /// When no policy file is found.
    #[default]
    Auto,
    /// Always, beside any policy files.
    Always,
    /// Never, even when no policy file is found.
    Never,
}

/// Which `zhidu.toml` settles what the options leave open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ConfigChoice {
    /// The nearest one upwards from the first path, else from the current folder.
    #[default]
    Discover,
    /// This file (a missing file is an error).
    File(PathBuf),
    /// None.
    Ignore,
}

/// How a run ends, as an exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Nothing at or above the failing severity.
    Clean = 0,
    /// Findings at or above it (for `fmt --check`: a file that would change).
    Findings = 1,
    /// The input could not be fully read, or the request was wrong.
    Input = 2,
}

impl Status {
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// A request that could not be carried out at all (no report to show).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub message: crate::i18n::Text,
    pub help: Option<crate::i18n::Text>,
}

impl Error {
    fn new(message: impl Into<crate::i18n::Text>) -> Error {
        Error {
            message: message.into(),
            help: None,
        }
    }
}

impl std::fmt::Display for Error {
    /// English; the command line renders it in its language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message.english())
    }
}

impl std::error::Error for Error {}

/// What a run found, ready to render.
#[derive(Debug)]
pub struct Outcome {
    /// In report order: by file, line, column, check, subject.
    pub findings: Vec<Finding>,
    /// Every file the findings point into.
    pub sources: Sources,
    pub summary: Summary,
    pub status: Status,
    /// `lang` of the zhidu.toml the run read.
    pub lang: Option<crate::i18n::Lang>,
    /// The HTML report's sections beside the findings (compliance, organisation, agenda), when
    /// the run was made for one ([`html::report`]).
    pub sections: Option<Box<crate::html::Sections>>,
}

impl Outcome {
    /// Renders the findings and the summary.
    pub fn write(&self, format: Format, style: Style, out: &mut dyn Write) -> io::Result<()> {
        let report = Report {
            findings: &self.findings,
            sources: &self.sources,
            summary: self.summary.clone(),
            lang: style.lang,
        };
        match format {
            Format::Html => crate::html::write(&report, self.sections.as_deref(), out),
            _ => report::write(format, &report, style, out),
        }
    }

    /// The input problems alone, in the human format (for a terminal when the report itself
    /// goes to a file).
    pub fn write_input_errors(&self, style: Style, out: &mut dyn Write) -> io::Result<()> {
        let errors: Vec<Finding> = self
            .findings
            .iter()
            .filter(|f| f.check.is_input())
            .cloned()
            .collect();
        let report = Report {
            findings: &errors,
            sources: &self.sources,
            summary: Summary::default(),
            lang: style.lang,
        };
        report::write(Format::Human, &report, style, out)
    }

    /// Is any finding an input error (the data or policies could not be fully read)?
    pub fn has_input_errors(&self) -> bool {
        self.findings.iter().any(Finding::is_input_error)
    }
}
