//! What every run over data reads before it judges anything: the configuration, the files, the
//! policies, the data, the calendar, the waivers and the baseline. `check`, `agenda` (and what
//! compares states) prepare once and judge as often as they need.

use super::Error;
use super::baseline;
use super::options::CheckOptions;
use super::policies::{chosen_packs, load_config, load_policies, unknown_patterns};
use super::written::written_by_zhidu;
use crate::config::Config;
use crate::data::waivers::Waiver;
use crate::data::{self, DataSet, load::Options};
use crate::diagnostic::{Check, Finding, Severity};
use crate::engine::Context;
use crate::i18n::Message;
use crate::policy::load;
use crate::policy::model::{PolicySet, RuleKind};
use crate::read;
use crate::read::budget::{Budget, BudgetSource};
use crate::source::{Loc, SourceFile, Sources};
use crate::time::span;
use crate::time::{self, Calendar};
use jiff::civil::Date;
use std::collections::HashSet;
use std::path::PathBuf;

/// Everything read for a run, ready to judge at any dates.
pub(crate) struct Prepared {
    pub config: Config,
    /// What reading found: input errors, settings that match nothing, calendar gaps.
    pub findings: Vec<Finding>,
    pub data: DataSet,
    pub set: PolicySet,
    pub calendar: Calendar,
    pub as_of: Date,
    pub since: Date,
    /// A pack was chosen (`--pack` or `packs`): its clauses must bind.
    pub packs_chosen: bool,
    /// The built-in pack was loaded.
    pub builtin: bool,
    /// Data and policy files read (the built-in pack's excluded).
    pub files: usize,
    pub budget: Budget,
    pub pool: rayon::ThreadPool,
    /// The paths looked in.
    pub paths: Vec<PathBuf>,
    /// The waivers of zhidu.toml's file, read once (its problems are in `findings`).
    pub waivers: Option<Vec<Waiver>>,
    /// The fingerprints of the baseline, when one is read.
    pub baseline: Option<HashSet<String>>,
}

impl Prepared {
    /// The engine's view for judging `[since, as_of]`.
    pub fn context(&self, since: Date, as_of: Date) -> Context<'_> {
        Context {
            data: &self.data,
            policies: &self.set,
            as_of,
            since,
            calendar: &self.calendar,
            currency: self.config.currency.clone().unwrap_or_else(|| "CNY".into()),
            covers: &self.config.covers,
            covered_from: self.config.covered_from,
        }
    }
}

/// Reads everything `options` names. An unreadable file is a finding; a request that cannot be
/// carried out at all (the dates the wrong way round, an unknown pattern on the command line) is
/// the error.
pub(crate) fn prepare(options: &CheckOptions) -> Result<(Prepared, Sources), Error> {
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
        .chain(&options.not_data)
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
    let clause_ids: Vec<&str> = loaded.set.clauses.iter().map(|c| &*c.id).collect();
    unknown_in_flags(options, &clause_ids)?;
    findings.extend(unknown_in_config(&config, &clause_ids));
    let waivers = config
        .waivers
        .as_ref()
        .map(|(path, at)| read_waivers(path, *at, &mut sources, &mut findings));
    let baseline = match &options.write_baseline {
        Some(_) => None,
        None => options
            .baseline
            .clone()
            .or_else(|| config.baseline.as_ref().map(|(p, _)| p.clone()))
            .and_then(|path| {
                match baseline::read(&path, data_options.budget.limit, &mut sources) {
                    Ok(entries) => Some(entries),
                    Err(f) => {
                        findings.push(*f);
                        None
                    }
                }
            }),
    };

    let builtin_files = if builtin {
        load::builtin_rules().len()
    } else {
        0
    };
    let prepared = Prepared {
        findings,
        calendar,
        as_of,
        since,
        packs_chosen: packs.is_some(),
        builtin,
        files: data.files + loaded.files.len() - builtin_files,
        budget: data_options.budget,
        pool,
        paths,
        waivers,
        baseline,
        data,
        set: loaded.set,
        config,
    };
    Ok((prepared, sources))
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

/// A pattern of `--select` or `--ignore` that names no check code and no clause: the request is
/// wrong, so nothing is judged.
fn unknown_in_flags(options: &CheckOptions, clause_ids: &[&str]) -> Result<(), Error> {
    for (flag, patterns) in [("--select", &options.select), ("--ignore", &options.ignore)] {
        if let Some((pattern, hint)) =
            unknown_patterns(patterns.iter().map(String::as_str), clause_ids).first()
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
    Ok(())
}

/// Reads the waivers file: its waivers, its problems into `findings`.
fn read_waivers(
    path: &std::path::Path,
    at: Loc,
    sources: &mut Sources,
    findings: &mut Vec<Finding>,
) -> Vec<Waiver> {
    let display = read::display(path);
    match read::read_text(path, read::SETTINGS_MAX, sources) {
        Ok((id, text)) => {
            let (waivers, problems) = data::waivers::read(id, &display, &text);
            findings.extend(problems);
            waivers
        }
        Err(unread) => {
            findings.push(
                Finding::new(
                    Check::DataError,
                    display.clone(),
                    Message::new("check-waivers-unreadable")
                        .arg("path", display.as_str())
                        .arg("detail", unread.message),
                )
                .at(at)
                .help(Message::new("check-waivers-unreadable-help")),
            );
            Vec::new()
        }
    }
}
