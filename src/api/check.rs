//! Checking data against policies: read the configuration, the policies and the data, evaluate
//! every clause, then adjust severities, select and sort.

use super::baseline;
use super::policies::{builtin_packs, chosen_packs, load_config, load_policies, unknown_patterns};
use super::{Builtin, ConfigChoice, Error, Outcome, Progress, Status};
use crate::config::{Config, FailOn, glob_matches};
pub use crate::data::workspace::Workspace;
use crate::data::{self, load::Options};
use crate::diagnostic::{Check, Finding, Severity};
use crate::engine::{self, Context};
use crate::i18n::{Arg, Message};
use crate::policy::load;
use crate::policy::model::{PolicySet, RuleKind};
use crate::read;
use crate::read::budget::{Budget, BudgetSource};
use crate::report::{self, Summary};
use crate::source::{Loc, SourceFile, Sources};
use crate::time::span;
use crate::time::{self, Calendar};
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
    /// An editor's session: unsaved texts read instead of the disk, and files unchanged since
    /// its last check not read again.
    pub workspace: Option<std::sync::Arc<Workspace>>,
}

/// The names of the files CI recipes have zhidu write beside the data (docs/ci.md).
const REPORT_NAMES: &[&str] = &["gl-code-quality-report.json", "zhidu-baseline.json"];

fn written_by_zhidu(path: &std::path::Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| REPORT_NAMES.contains(&n))
}

/// Checks the data under `options.paths` against the policies.
pub fn check(options: &CheckOptions) -> Result<Outcome, Error> {
    let mut sources = Sources::new();
    let (config, mut findings) = load_config(&options.config, &options.paths, &mut sources);
    let tz = config
        .timezone
        .as_deref()
        .and_then(|t| time::time_zone(t).ok())
        .or_else(|| time::time_zone("Asia/Shanghai").ok())
        .unwrap_or(jiff::tz::TimeZone::UTC);
    let as_of = options
        .as_of
        .or(config.as_of)
        .unwrap_or_else(|| jiff::Timestamp::now().to_zoned(tz.clone()).date());
    let since = options
        .since
        .or(config.since)
        .unwrap_or_else(|| as_of.saturating_sub(span::years(1)));
    if since > as_of {
        return Err(Error::new(
            Message::new("error-since-after-as-of")
                .date("since", since)
                .date("as_of", as_of),
        ));
    }

    let paths = if !options.paths.is_empty() {
        options.paths.clone()
    } else if !config.data.is_empty() {
        config.data.clone()
    } else {
        vec![PathBuf::from(".")]
    };
    let wanted = |p: &std::path::Path| load::is_policy(p) || data::load::is_data(p);
    let (mut found, walk_errors) = read::walk(&paths, &wanted, &mut sources);
    findings.extend(walk_errors);
    // Files zhidu.toml names for other purposes are not data, wherever they lie.
    let named: Vec<PathBuf> = [&config.waivers, &config.baseline, &config.calendar]
        .into_iter()
        .flatten()
        .map(|(p, _)| p)
        .chain(options.baseline.iter().chain(&options.write_baseline))
        .chain(&options.output)
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
    if !named.is_empty() {
        found.retain(|f| std::fs::canonicalize(&f.path).map_or(true, |p| !named.contains(&p)));
    }
    // Nor are the reports zhidu writes into a data folder (CLI v3): read back, a GitLab report
    // or a baseline would be data of the next run.
    found.retain(|f| !written_by_zhidu(&f.path));
    // A file named on the command line is read as what its name says, or said to be unreadable.
    for file in found.iter().filter(|f| f.named && !wanted(&f.path)) {
        let is_config =
            file.path.file_name() == Some(std::ffi::OsStr::new(crate::config::FILE_NAME));
        if !is_config {
            findings.push(neither_data_nor_policy(file, &mut sources));
        }
    }

    options.progress.reading(found.len());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Error::new(Message::new("error-threads").arg("detail", e.to_string())))?;
    let packs = match chosen_packs(&options.packs, &config) {
        Ok(packs) => packs,
        Err(f) if f.location.is_none() => {
            return Err(Error {
                message: Message::new("error-in-pack-flag")
                    .arg("error", f.message.clone())
                    .into(),
                help: f.help.clone(),
            });
        }
        Err(f) => {
            findings.push(*f);
            None
        }
    };
    let (loaded, builtin) = load_policies(
        &found,
        &options.policies,
        options.builtin,
        packs.as_deref(),
        &config,
        &mut sources,
    );
    findings.extend(loaded.findings);
    let data_options = data_options(&config, tz.clone(), options.memory_budget, options.strict);
    let (data, data_findings) = pool.install(|| match &options.workspace {
        Some(workspace) => data::load::load_in(&found, &data_options, workspace, &mut sources),
        None => data::load::load(&found, &data_options, &mut sources),
    });
    findings.extend(data_findings);
    findings.extend(super::settings::unmatched(
        &config,
        &loaded.set,
        &data,
        &found,
        &sources,
    ));
    let calendar = calendar(&config, &mut sources, &mut findings);
    findings.extend(calendar_gaps(
        &calendar,
        &loaded.set,
        since,
        as_of,
        config.calendar.as_ref().map(|(_, l)| *l),
    ));

    let slots = super::range::slots(&loaded.set, since, as_of, data.org.units.len());
    super::range::check(slots, since, as_of, &data_options.budget)?;
    options
        .progress
        .checking(found.len(), data.records.len(), loaded.set.clauses.len());
    let ctx = Context {
        data: &data,
        policies: &loaded.set,
        as_of,
        since,
        calendar: &calendar,
        currency: config.currency.clone().unwrap_or_else(|| "CNY".into()),
        covers: &config.covers,
        covered_from: config.covered_from,
    };
    // Findings are charged as they are made (engine::FINDING_COST each): a run whose findings
    // would fill its budget stops after the chunk of clauses that filled it, and says so.
    let room = data_options.budget.limit.saturating_sub(read::budget::BASE);
    let (judged, stopped) = pool.install(|| engine::run_within(&ctx, room));
    findings.extend(judged);
    if let Some(clauses) = stopped {
        findings.push(super::range::stopped(
            clauses,
            loaded.set.clauses.len(),
            findings.len(),
            &data_options.budget,
        ));
    }
    let not_judged = super::coverage::apply(&ctx, packs.is_some(), &sources, &mut findings);
    let unbound_kinds = super::unbound_kinds::unbound_kinds(&ctx, &sources);
    super::locate::relocate(&mut findings, &loaded.set, &data, &config, &sources);
    // No data at all is an error of its own, unless a file that could not be read says why.
    let nothing =
        data.org.people.len() + data.org.roles.len() + data.org.units.len() + data.records.len()
            == 0;
    if nothing && !findings.iter().any(|f| f.check.is_input()) {
        findings.push(no_data(&paths));
    }

    let clause_ids: Vec<&str> = loaded.set.clauses.iter().map(|c| &*c.id).collect();
    for (flag, patterns) in [("--select", &options.select), ("--ignore", &options.ignore)] {
        if let Some((pattern, hint)) =
            unknown_patterns(patterns.iter().map(String::as_str), &clause_ids).first()
        {
            return Err(Error {
                message: Message::new("error-unknown-pattern-flag")
                    .arg("pattern", *pattern)
                    .arg("flag", flag)
                    .into(),
                help: Some(
                    hint.clone()
                        .unwrap_or_else(|| Message::new("error-unknown-pattern-help"))
                        .into(),
                ),
            });
        }
    }
    findings.extend(unknown_in_config(&config, &clause_ids));
    apply_severity(&config, &mut findings);
    let select = chosen(&options.select, &config.select);
    let ignore = chosen(&options.ignore, &config.ignore);
    filter(&select, &ignore, &mut findings);
    report::sort(&mut findings, &sources);
    if let Some((path, at)) = &config.waivers {
        let mut judged = waivers(&ctx, path, *at, &config, &mut sources, &mut findings);
        apply_severity(&config, &mut judged);
        filter(&select, &ignore, &mut judged);
        findings.extend(judged);
        report::sort(&mut findings, &sources);
    }
    let mut fixed = 0;
    if let Some(path) = &options.write_baseline {
        baseline::write(path, &findings).map_err(Error::new)?;
        let all = findings.iter().map(|f| f.fingerprint.clone()).collect();
        baseline::apply(&all, &mut findings);
    } else if let Some(path) = options
        .baseline
        .clone()
        .or_else(|| config.baseline.as_ref().map(|(p, _)| p.clone()))
    {
        match baseline::read(&path, data_options.budget.limit, &mut sources) {
            Ok(entries) => fixed = baseline::apply(&entries, &mut findings),
            Err(f) => {
                findings.push(*f);
                report::sort(&mut findings, &sources);
            }
        }
    }

    let builtin_files = if builtin {
        load::builtin_rules().len()
    } else {
        0
    };
    let summary = Summary {
        files: data.files + loaded.files.len() - builtin_files,
        records: data.records.len(),
        clauses: loaded.set.clauses.len(),
        as_of: Some(as_of),
        clause_ids: loaded
            .set
            .clauses
            .iter()
            .map(|c| c.id.to_string())
            .collect(),
        fixed,
        not_judged,
        unbound_kinds,
        all_packs: (builtin && packs.is_none()).then(|| builtin_packs().len()),
    };
    // A million records take a while to free, and nothing waits for them: the report can be
    // written meanwhile (a command-line run ends before they are all freed).
    std::thread::spawn(move || drop(data));
    let fail_on = options.fail_on.or(config.fail_on).unwrap_or(FailOn::Error);
    let status = status(&findings, fail_on);
    options.progress.done();
    Ok(Outcome {
        findings,
        sources,
        summary,
        status,
        lang: config.lang,
    })
}

/// How data files are read: zhidu.toml's settings, the flags over them.
pub(crate) fn data_options(
    config: &Config,
    tz: jiff::tz::TimeZone,
    memory_budget: Option<u64>,
    strict: bool,
) -> Options {
    Options {
        tz,
        budget: match (memory_budget, config.memory_budget) {
            (Some(limit), _) => Budget {
                limit,
                source: BudgetSource::Flag,
            },
            (None, Some(limit)) => Budget {
                limit,
                source: BudgetSource::Config,
            },
            (None, None) => Budget::default_for_machine(),
        },
        max_file_size: config.max_file_size,
        strict: strict || config.strict,
        encodings: config.encodings.clone(),
        files: config.files.clone(),
        columns: config.columns.clone(),
        values: config.values.clone(),
    }
}

/// A data set with no data at all: nothing could be checked, which CI must not take for a pass.
fn no_data(paths: &[PathBuf]) -> Finding {
    let looked: Vec<String> = paths.iter().map(|p| read::display(p)).collect();
    Finding::new(
        Check::DataError,
        "data",
        Message::new("check-no-data").arg("paths", Arg::list(&looked)),
    )
    .help(Message::new("check-no-data-help"))
}

/// Reads the waivers file and judges it: the waiver findings, and waived findings marked.
fn waivers(
    ctx: &Context,
    path: &std::path::Path,
    at: Loc,
    config: &Config,
    sources: &mut Sources,
    findings: &mut [Finding],
) -> Vec<Finding> {
    let display = read::display(path);
    match read::read_text(path, read::SETTINGS_MAX, sources) {
        Ok((id, text)) => {
            let (waivers, mut problems) = data::waivers::read(id, &display, &text);
            problems.extend(crate::checks::waivers::apply(
                ctx,
                &waivers,
                config.max_waiver_days.unwrap_or(366),
                findings,
            ));
            problems
        }
        Err(unread) => vec![
            Finding::new(
                Check::DataError,
                display.clone(),
                Message::new("check-waivers-unreadable")
                    .arg("path", display.as_str())
                    .arg("detail", unread.message),
            )
            .at(at)
            .help(Message::new("check-waivers-unreadable-help")),
        ],
    }
}

/// A named file whose extension says neither data nor policy: an error, so that CI cannot go
/// green without having read it.
fn neither_data_nor_policy(file: &read::Found, sources: &mut Sources) -> Finding {
    let id = sources.add(SourceFile::new(file.display.clone(), ""));
    Finding::new(
        Check::SkippedFile,
        file.display.clone(),
        Message::new("check-neither").arg("path", file.display.as_str()),
    )
    .at(crate::source::Loc::new(id, crate::source::Span::empty(0)))
    .severity(crate::diagnostic::Severity::Error)
    .help(Message::new("check-neither-help"))
}

/// 2 if any input could not be read, 1 if anything fails `fail_on`, else 0.
pub(crate) fn status(findings: &[Finding], fail_on: FailOn) -> Status {
    if findings.iter().any(Finding::is_input_error) {
        Status::Input
    } else if findings
        .iter()
        .any(|f| f.suppressed.is_none() && fail_on.fails(f.severity))
    {
        Status::Findings
    } else {
        Status::Clean
    }
}

/// The working-day calendar: the config's file, else mainland China's (bundled).
fn calendar(config: &Config, sources: &mut Sources, findings: &mut Vec<Finding>) -> Calendar {
    let Some((path, loc)) = &config.calendar else {
        return Calendar::china();
    };
    match read::read_text(path, read::SETTINGS_MAX, sources) {
        Ok((id, text)) => match Calendar::parse(id, &text) {
            Ok(c) => c,
            Err(errors) => {
                findings.extend(errors);
                Calendar::china()
            }
        },
        Err(unread) => {
            findings.push(
                Finding::new(
                    Check::DataError,
                    read::display(path),
                    Message::new("check-calendar-unreadable")
                        .arg("path", read::display(path))
                        .arg("detail", unread.message),
                )
                .at(*loc)
                .help(Message::new("check-calendar-unreadable-help")),
            );
            Calendar::china()
        }
    }
}

/// A warning for each judged year the calendar does not know, when some clause counts working
/// days.
fn calendar_gaps(
    calendar: &Calendar,
    set: &PolicySet,
    since: Date,
    as_of: Date,
    at: Option<Loc>,
) -> Vec<Finding> {
    // Every deadline, slot and working-day span is judged with the calendar's rest days
    // (LANGUAGE.md v3): a year it lacks is guessed from weekends, and said so.
    let timed = set.clauses.iter().flat_map(|c| &c.rules).any(|r| {
        matches!(
            r.kind,
            RuleKind::Exists { .. }
                | RuleKind::Every { .. }
                | RuleKind::AtLeast { .. }
                | RuleKind::MaxGap { .. }
                | RuleKind::Deadline { .. }
                | RuleKind::Window { .. }
                | RuleKind::LastDays { .. }
                | RuleKind::Offset { .. }
                | RuleKind::Margin { .. }
        )
    });
    if !timed {
        return Vec::new();
    }
    (since.year()..=as_of.year())
        .filter(|y| !calendar.covers(*y))
        .map(|y| {
            let mut f = Finding::new(
                Check::DataError,
                "calendar",
                Message::new("check-calendar-gap").arg("year", i64::from(y)),
            )
            .severity(Severity::Warning)
            .help(Message::new("check-calendar-gap-help"));
            f.location = at;
            f
        })
        .collect()
}

/// `[severity]` of zhidu.toml; `"off"` drops the findings.
fn apply_severity(config: &Config, findings: &mut Vec<Finding>) {
    if config.severity.is_empty() {
        return;
    }
    findings.retain_mut(|f| {
        if f.check.is_input() {
            return true;
        }
        match config.severity_for(f.check, f.clause.as_deref()) {
            Some(Some(s)) => f.severity = s,
            Some(None) => return false,
            None => {}
        }
        true
    });
}

/// The flags' selection when given, else zhidu.toml's.
fn chosen(flags: &[String], config: &[(String, Loc)]) -> Vec<String> {
    if flags.is_empty() {
        config.iter().map(|(p, _)| p.clone()).collect()
    } else {
        flags.to_vec()
    }
}

/// A check code or clause id in zhidu.toml (`select`, `ignore`, `[severity]`) that names
/// nothing: an error at the entry, so that a typo never passes for a clean run. (`[params]` is
/// checked where parameters are applied.)
fn unknown_in_config(config: &Config, clause_ids: &[&str]) -> Vec<Finding> {
    let named = config
        .select
        .iter()
        .chain(&config.ignore)
        .map(|(p, loc)| (p.as_str(), Some(*loc)))
        .chain(
            config
                .severity
                .iter()
                .map(|o| (o.pattern.as_str(), Some(o.loc))),
        );
    let mut out = Vec::new();
    for (pattern, loc) in named {
        if let Some((_, hint)) = unknown_patterns([pattern], clause_ids).pop() {
            let mut f = Finding::new(
                Check::DataError,
                pattern,
                Message::new("error-unknown-pattern-config").arg("pattern", pattern),
            )
            .help(hint.unwrap_or_else(|| Message::new("error-unknown-pattern-help")));
            f.location = loc;
            out.push(f);
        }
    }
    out
}

/// `select` and `ignore`. Input problems are kept unless named outright: a selection never
/// hides that the input could not be fully read.
fn filter(select: &[String], ignore: &[String], findings: &mut Vec<Finding>) {
    let matches = |patterns: &[String], f: &Finding| {
        patterns.iter().any(|p| {
            glob_matches(p, f.check.code())
                || f.clause.as_deref().is_some_and(|c| glob_matches(p, c))
        })
    };
    findings.retain(|f| {
        if matches(ignore, f) {
            return false;
        }
        select.is_empty() || matches(select, f) || f.check.is_input()
    });
}
