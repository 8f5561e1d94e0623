//! Checking data against policies: read the configuration, the policies and the data, evaluate
//! every clause, then adjust severities, select and sort.

use super::policies::{load_config, load_policies};
use super::{Builtin, ConfigChoice, Error, Outcome, Status};
use crate::config::{Config, FailOn, glob_matches};
use crate::data::{self, load::Options};
use crate::diagnostic::{Check, Finding, Severity};
use crate::engine::{self, Context};
use crate::policy::ast::DurationUnit;
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
        return Err(Error::new(format!(
            "--since ({since}) is after --as-of ({as_of})"
        )));
    }

    let paths = if !options.paths.is_empty() {
        options.paths.clone()
    } else if !config.data.is_empty() {
        config.data.clone()
    } else {
        vec![PathBuf::from(".")]
    };
    let wanted = |p: &std::path::Path| load::is_policy(p) || data::load::is_data(p);
    let (found, walk_errors) = read::walk(&paths, &wanted, &mut sources);
    findings.extend(walk_errors);
    // A file named on the command line is read as what its name says, or said to be unreadable.
    for file in found.iter().filter(|f| f.named && !wanted(&f.path)) {
        let is_config =
            file.path.file_name() == Some(std::ffi::OsStr::new(crate::config::FILE_NAME));
        if !is_config {
            findings.push(neither_data_nor_policy(file, &mut sources));
        }
    }

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Error::new(format!("cannot start worker threads: {e}")))?;
    let (loaded, builtin) = load_policies(
        &found,
        &options.policies,
        options.builtin,
        &config,
        &mut sources,
    );
    findings.extend(loaded.findings);
    let data_options = Options {
        tz: tz.clone(),
        budget: match (options.memory_budget, config.memory_budget) {
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
        strict: options.strict || config.strict,
        encodings: config.encodings.clone(),
        files: config.files.clone(),
        columns: config.columns.clone(),
    };
    let (data, data_findings) =
        pool.install(|| data::load::load(&found, &data_options, &mut sources));
    findings.extend(data_findings);
    let calendar = calendar(&config, &mut sources, &mut findings);
    findings.extend(calendar_gaps(
        &calendar,
        &loaded.set,
        since,
        as_of,
        config.calendar.as_ref().map(|(_, l)| *l),
    ));

    let ctx = Context {
        data: &data,
        policies: &loaded.set,
        as_of,
        since,
        calendar: &calendar,
        currency: config.currency.clone().unwrap_or_else(|| "CNY".into()),
    };
    findings.extend(pool.install(|| engine::run(&ctx)));

    apply_severity(&config, &mut findings);
    filter(&options.select, &options.ignore, &mut findings);
    report::sort(&mut findings, &sources);
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
    };
    // A million records take a while to free, and nothing waits for them: the report can be
    // written meanwhile (a command-line run ends before they are all freed).
    std::thread::spawn(move || drop(data));
    let fail_on = options.fail_on.or(config.fail_on).unwrap_or(FailOn::Error);
    let status = status(&findings, fail_on);
    Ok(Outcome {
        findings,
        sources,
        summary,
        status,
    })
}

/// A named file whose extension says neither data nor policy: an error, so that CI cannot go
/// green without having read it.
fn neither_data_nor_policy(file: &read::Found, sources: &mut Sources) -> Finding {
    let id = sources.add(SourceFile::new(file.display.clone(), ""));
    Finding::new(
        Check::SkippedFile,
        file.display.clone(),
        format!(
            "`{}` is neither data nor a policy by its extension; not read",
            file.display
        ),
    )
    .at(crate::source::Loc::new(id, crate::source::Span::empty(0)))
    .severity(crate::diagnostic::Severity::Error)
    .help("data files end in .yaml, .yml, .json, .toml, .csv, .xlsx, .xlsm, .xlsb, .xls or .ods; policies in .zhidu")
}

/// 2 if any input could not be read, 1 if anything fails `fail_on`, else 0.
pub(crate) fn status(findings: &[Finding], fail_on: FailOn) -> Status {
    if findings.iter().any(Finding::is_input_error) {
        Status::Input
    } else if findings.iter().any(|f| fail_on.fails(f.severity)) {
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
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let id = sources.add(SourceFile::new(read::display(path), text.clone()));
            match Calendar::parse(id, &text) {
                Ok(c) => c,
                Err(errors) => {
                    findings.extend(errors);
                    Calendar::china()
                }
            }
        }
        Err(e) => {
            findings.push(
                Finding::new(
                    Check::DataError,
                    read::display(path),
                    format!("cannot read the calendar `{}`: {e}", read::display(path)),
                )
                .at(*loc)
                .help("`calendar` in zhidu.toml names a calendar file, relative to zhidu.toml"),
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
    let working_days = set
        .clauses
        .iter()
        .flat_map(|c| &c.rules)
        .any(|r| match &r.kind {
            RuleKind::Offset { within: d, .. }
            | RuleKind::Margin { margin: d, .. }
            | RuleKind::MaxGap { max: d } => d.unit == DurationUnit::WorkingDays,
            _ => false,
        });
    if !working_days {
        return Vec::new();
    }
    (since.year()..=as_of.year())
        .filter(|y| !calendar.covers(*y))
        .map(|y| {
            let mut f = Finding::new(
                Check::DataError,
                "calendar",
                format!("the holiday calendar has no {y}: working days in {y} count weekends only, without public holidays or make-up days"),
            )
            .severity(Severity::Warning)
            .help("add the year's public holidays and make-up working days to a calendar file and name it in zhidu.toml (`calendar = \"…\"`)");
            f.location = at;
            f
        })
        .collect()
}

/// `[severity]` of zhidu.toml.
fn apply_severity(config: &Config, findings: &mut [Finding]) {
    if config.severity.is_empty() {
        return;
    }
    for f in findings.iter_mut() {
        if f.check.is_input() {
            continue;
        }
        if let Some(s) = config.severity_for(f.check, f.clause.as_deref()) {
            f.severity = s;
        }
    }
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
