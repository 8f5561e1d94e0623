//! What a run over data is asked to do: the options `check` takes, and `agenda` beside it.

use super::{Builtin, ConfigChoice, Progress};
use crate::config::FailOn;
use crate::data::workspace::Workspace;
use jiff::civil::Date;
use std::path::PathBuf;

/// What to check, and how.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// Data (and policy) files or folders; none means `data` of zhidu.toml, else the current
    /// folder.
    pub paths: Vec<PathBuf>,
    /// More policy files or folders.
    pub policies: Vec<PathBuf>,
    pub builtin: Builtin,
    pub config: ConfigChoice,
    /// The day the check is made for (default: zhidu.toml's, else today in the data's zone).
    pub as_of: Option<Date>,
    /// The start of the judged range (default: one year before `as_of`).
    pub since: Option<Date>,
    /// The lowest severity that fails the run (default: zhidu.toml's, else `error`).
    pub fail_on: Option<FailOn>,
    /// Keep only findings of these check codes or clause ids (globs allowed).
    pub select: Vec<String>,
    /// Drop findings of these check codes or clause ids (globs allowed).
    pub ignore: Vec<String>,
    /// Worker threads (default: one per core).
    pub jobs: Option<usize>,
    /// A file without any collection is an error rather than a note.
    pub strict: bool,
    /// The memory the run may use, in bytes (default: zhidu.toml's `memory_budget`, else half
    /// of the machine's memory).
    pub memory_budget: Option<u64>,
    /// Findings whose fingerprints this file holds do not count (default: zhidu.toml's
    /// `baseline`).
    pub baseline: Option<PathBuf>,
    /// Write the run's findings to this file as a baseline (they then count as baselined).
    pub write_baseline: Option<PathBuf>,
    /// Where the run says how far it has got.
    pub progress: Progress,
    /// The built-in packs to use (`all` for every one; default: `packs` of zhidu.toml, else
    /// all, with clauses naming what the data lacks left unjudged).
    pub packs: Vec<String>,
    /// Where the report is written (`--output`): never read as data.
    pub output: Option<PathBuf>,
    /// Work out who must put each finding right (the rectification list, `--format xlsx`).
    pub rectification: bool,
    /// A previous `--format json` report: findings are marked new or still open, and what it
    /// had that this run has not is listed as fixed. Never read as data.
    pub compare: Option<PathBuf>,
    /// Other files the command reads for its own purpose (a change file): never read as data.
    pub not_data: Vec<PathBuf>,
    /// An editor's session: unsaved texts read instead of the disk, and files unchanged since
    /// its last check not read again.
    pub workspace: Option<std::sync::Arc<Workspace>>,
}
