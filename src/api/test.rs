//! `test`: runs every case under the paths — each a folder with a `zhidu-test.toml` — as
//! `check` runs, in parallel, and compares what each found with what it expects
//! ([`crate::testing`]).

use super::check::{CheckOptions, check};
use super::{Builtin, ConfigChoice, Error, Status};
use crate::config::{Config, TEST_FILE_NAME, glob_matches};
use crate::diagnostic::{Check, Finding};
use crate::read;
use crate::source::Sources;
use crate::testing::case::{self, Spec, Verdict};
use crate::testing::{CaseResult, ClauseCoverage, update};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What to test.
#[derive(Clone, Debug, Default)]
pub struct TestOptions {
    /// Folders (or case files) to search for cases; none means the current folder.
    pub paths: Vec<PathBuf>,
    /// Rewrite a failing case's `expect` with what its run found.
    pub update: bool,
    /// Worker threads (default: one per core).
    pub jobs: Option<usize>,
}

/// Every case's result, in path order, and the clauses' coverage.
#[derive(Debug)]
pub struct TestOutcome {
    pub cases: Vec<CaseResult>,
    pub coverage: Vec<ClauseCoverage>,
    /// Problems finding the cases (a path that does not exist), with the files they point into.
    pub problems: Vec<Finding>,
    pub sources: Sources,
    pub status: Status,
}

/// Runs the cases.
pub fn test(options: &TestOptions) -> Result<TestOutcome, Error> {
    let paths = if options.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        options.paths.clone()
    };
    let mut sources = Sources::new();
    let is_case = |p: &Path| p.file_name().is_some_and(|n| n == TEST_FILE_NAME);
    let (mut found, problems) = read::walk(&paths, &is_case, &mut sources);
    found.sort_by(|a, b| a.display.cmp(&b.display));
    found.dedup_by(|a, b| a.path == b.path);
    // Each case reads its policies on a worker of this pool: as deep a stack as a program's
    // main thread (the parser recurses on nested expressions).
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .stack_size(8 << 20)
        .build()
        .map_err(|e| {
            Error::new(crate::i18n::Message::new("error-threads").arg("detail", e.to_string()))
        })?;
    let cases: Vec<CaseResult> = pool.install(|| {
        found
            .par_iter()
            .map(|f| run(&f.path, &f.display, options.update))
            .collect()
    });
    let clauses: BTreeSet<String> = cases
        .iter()
        .flat_map(|c| c.judged.iter().cloned())
        .chain(cases.iter().flat_map(|c| c.failed.iter().cloned()))
        .collect();
    let coverage = crate::testing::coverage(&cases, &clauses);
    let status =
        if cases.iter().any(CaseResult::broken) || problems.iter().any(|f| f.check.is_input()) {
            Status::Input
        } else if cases.iter().any(|c| !c.passed()) {
            Status::Findings
        } else {
            Status::Clean
        };
    Ok(TestOutcome {
        cases,
        coverage,
        problems,
        sources,
        status,
    })
}

/// One case: its file read, its run, its verdict (and, with `update`, its file blessed).
fn run(file: &Path, display: &str, update: bool) -> CaseResult {
    let dir = file.parent().unwrap_or(Path::new(".")).to_path_buf();
    let case = read::display(&dir);
    let mut own = Sources::new();
    let (spec, mut errors, text) = match read::read_text(file, read::SETTINGS_MAX, &mut own) {
        Ok((id, text)) => {
            let (spec, errors) = case::parse(id, display, &text, &dir);
            (spec, errors, Some(text))
        }
        Err(unread) => {
            let f = Finding::new(Check::DataError, display, unread.message);
            (empty_spec(), vec![f], None)
        }
    };
    let (config, config_errors) =
        super::policies::load_config(&ConfigChoice::File(file.to_path_buf()), &[], &mut own);
    errors.extend(config_errors.into_iter().filter(|f| f.check.is_input()));
    // A case judged on the day it runs would pass today and fail next month.
    let written = |key: &str| {
        text.as_deref()
            .is_some_and(|t| t.lines().any(|l| l.trim_start().starts_with(key)))
    };
    if config.as_of.is_none() && text.is_some() && !written("as_of") {
        let at = config
            .file
            .map(|id| crate::source::Loc::new(id, crate::source::Span::empty(0)));
        let mut f = Finding::new(
            Check::DataError,
            display,
            crate::i18n::Message::new("test-no-as-of"),
        );
        f.location = at;
        errors.push(f);
    }
    let mut paths = vec![dir.clone()];
    paths.extend(config.data.iter().cloned());
    let policies = spec
        .policies
        .clone()
        .unwrap_or_else(|| repository_policies(&dir));
    // A repository's own policies are tested alone: the built-in pack only when the case
    // chooses packs of it (or names no policy at all).
    let builtin = if policies.is_empty() || !config.packs.is_empty() {
        Builtin::Auto
    } else {
        Builtin::Never
    };
    for path in config.data.iter().chain(spec.policies.iter().flatten()) {
        if !path.exists() {
            let at = config
                .file
                .map(|id| crate::source::Loc::new(id, crate::source::Span::empty(0)));
            let message =
                crate::i18n::Message::new("test-path-missing").arg("path", read::display(path));
            let mut f = Finding::new(Check::DataError, display, message);
            f.location = at;
            errors.push(f);
        }
    }
    let options = CheckOptions {
        paths,
        policies,
        builtin,
        config: ConfigChoice::File(file.to_path_buf()),
        jobs: Some(1),
        ..CheckOptions::default()
    };
    let mut result = CaseResult {
        case,
        spec,
        verdict: Verdict::default(),
        findings: Vec::new(),
        sources: own,
        errors: Vec::new(),
        refused: None,
        judged: BTreeSet::new(),
        failed: BTreeSet::new(),
        updated: false,
    };
    // A case file that could not be read as written is not run: its errors point into it.
    if !errors.is_empty() {
        result.errors = errors;
        return result;
    }
    let outcome = match check(&options) {
        Ok(outcome) => outcome,
        Err(e) => {
            result.refused = Some(e.message);
            return result;
        }
    };
    let sources = outcome.sources;
    let (broken, findings): (Vec<Finding>, Vec<Finding>) = outcome
        .findings
        .into_iter()
        .partition(|f| breaks_the_case(f, &sources));
    errors.extend(broken);
    // A clause fails where it has a finding; it passes where it was judged, bound something
    // and found nothing (a clause about purchases proves nothing in a case without any).
    result.failed = findings
        .iter()
        .filter(|f| f.suppressed.is_none() && !f.check.is_input())
        .filter_map(|f| f.clause.as_deref())
        .map(str::to_string)
        .collect();
    result.judged = judged(&config, &outcome.summary);
    result.judged.extend(result.failed.iter().cloned());
    errors.extend(case::unknown_names(
        &result.spec,
        &outcome.summary.clause_ids,
        display,
    ));
    result.verdict = case::compare(&result.spec, &findings);
    result.findings = findings;
    result.sources = sources;
    result.errors = errors;
    if update && !result.broken() && !result.verdict.passed() {
        bless(
            file,
            display,
            text.as_deref().map(String::as_str),
            &mut result,
        );
    }
    result
}

fn empty_spec() -> Spec {
    Spec {
        expect: Vec::new(),
        exact: true,
        policies: None,
    }
}

/// A problem that stops the case being run as written: its own file, or a policy, unreadable
/// or wrong. Problems of the data are findings like any other.
fn breaks_the_case(f: &Finding, sources: &Sources) -> bool {
    if !f.check.is_input() {
        return false;
    }
    let file = f
        .location
        .and_then(|l| sources.get(l.file))
        .map(|s| s.name.as_str())
        .unwrap_or_default();
    matches!(f.check, Check::PolicyError)
        || file.ends_with(TEST_FILE_NAME)
        || (file.ends_with(".zhidu") && matches!(f.check, Check::ParseError))
}

/// The clauses the run judged: loaded, selected (`select`, `ignore`), and not left unjudged
/// whole by coverage.
fn judged(config: &Config, summary: &crate::report::Summary) -> BTreeSet<String> {
    let named = |patterns: &[(String, crate::source::Loc)], id: &str| {
        patterns.iter().any(|(p, _)| glob_matches(p, id))
    };
    let unjudged: BTreeSet<&str> = summary
        .not_judged
        .iter()
        .filter(|n| n.whole)
        .map(|n| n.clause.as_str())
        .collect();
    summary
        .clause_ids
        .iter()
        .filter(|id| config.select.is_empty() || named(&config.select, id))
        .filter(|id| !named(&config.ignore, id))
        .filter(|id| !unjudged.contains(id.as_str()))
        .filter(|id| !summary.vacuous.contains(id))
        .cloned()
        .collect()
}

/// The policies of the repository a case lies in when the case names none: the `*.zhidu` files
/// under the nearest folder upwards holding a zhidu.toml or `.git`, other cases' folders left
/// out (CLI.md v3).
fn repository_policies(dir: &Path) -> Vec<PathBuf> {
    // From the folder's full path: `tests/late` seen from the repository's root has no parent
    // that holds its zhidu.toml.
    let Ok(dir) = std::fs::canonicalize(dir) else {
        return Vec::new();
    };
    let dir = dir.as_path();
    let Some(root) = dir
        .ancestors()
        .find(|a| a.join(crate::config::FILE_NAME).is_file() || a.join(".git").exists())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    collect_policies(root, dir, 0, &mut out);
    out.sort();
    out
}

/// Folders deeper than this are not searched for policies (a repository is not that deep).
const MOST_DEPTH: usize = 32;

fn collect_policies(folder: &Path, case: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    let is_other_case = folder != case && folder.join(TEST_FILE_NAME).is_file();
    if depth > MOST_DEPTH || is_other_case {
        return;
    }
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        // Symbolic links are not followed: a loop cannot trap the search.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && !hidden && entry.file_name() != "target" {
            collect_policies(&path, case, depth + 1, out);
        } else if kind.is_file()
            && crate::policy::load::is_policy(&path)
            && path.parent() != Some(case)
        {
            out.push(path);
        }
    }
}

/// Rewrites the case's `expect` with what its run found; the case then passes.
fn bless(file: &Path, display: &str, text: Option<&str>, result: &mut CaseResult) {
    let Some(new) = text.and_then(|t| update::rewrite(t, &result.findings)) else {
        return;
    };
    if super::format::write_atomically(file, &new).is_err() {
        return;
    }
    let dir = file.parent().unwrap_or(Path::new("."));
    let (spec, _) = case::parse(crate::source::FileId::default(), display, &new, dir);
    result.verdict = case::compare(&spec, &result.findings);
    result.spec = spec;
    result.updated = true;
}
