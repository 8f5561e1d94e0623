//! `zhidu check [PATH…]`: data against policies, reported in the format asked for.

use super::{PolicyArgs, exit, load_config, load_policies, status};
use crate::config::glob_matches;
use crate::config::{self, Config, FailOn};
use crate::data::{self, load::Options};
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::diagnostic::Severity;
use crate::engine::{self, Context};
use crate::policy::ast::DurationUnit;
use crate::policy::model::{PolicySet, RuleKind};
use crate::read;
use crate::report::{self, Format, Report, Style, Summary};
use crate::source::{Loc, SourceFile, Sources};
use crate::time::{self, Calendar};
use clap::Args;
use jiff::ToSpan;
use jiff::civil::Date;
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Data (and policy) files or folders (default: `data` of zhidu.toml, else the current folder).
    paths: Vec<PathBuf>,
    /// The day the check is made for (default: today in the data set's time zone).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,
    /// Start of the judged range (default: one year before --as-of).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    since: Option<Date>,
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Lowest severity that makes the exit status 1.
    #[arg(long, value_enum, value_name = "LEVEL")]
    fail_on: Option<FailOn>,
    /// Keep only findings of these check codes or clause ids (globs allowed: `ops.*`).
    #[arg(long, value_delimiter = ',', value_name = "ID,…")]
    select: Vec<String>,
    /// Drop findings of these check codes or clause ids (globs allowed).
    #[arg(long, value_delimiter = ',', value_name = "ID,…")]
    ignore: Vec<String>,
    /// Worker threads (default: number of cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// A file without any collection is an error rather than a note.
    #[arg(long)]
    strict: bool,
    #[command(flatten)]
    policy: PolicyArgs,
}

fn parse_date(text: &str) -> Result<Date, String> {
    time::parse_date(text)
}

pub fn run(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let mut sources = Sources::new();
    let (config, mut findings) = load_config(args.policy.config.as_ref(), &mut sources);
    let tz = config
        .timezone
        .as_deref()
        .and_then(|t| time::time_zone(t).ok())
        .or_else(|| time::time_zone("Asia/Shanghai").ok())
        .unwrap_or(jiff::tz::TimeZone::UTC);
    let as_of = args
        .as_of
        .or(config.as_of)
        .unwrap_or_else(|| jiff::Timestamp::now().to_zoned(tz.clone()).date());
    let since = args
        .since
        .or(config.since)
        .unwrap_or_else(|| as_of.saturating_sub(1.year()));
    if since > as_of {
        writeln!(err, "zhidu: --since ({since}) is after --as-of ({as_of})")?;
        return Ok(exit::INPUT);
    }

    let paths = if !args.paths.is_empty() {
        args.paths.clone()
    } else if !config.data.is_empty() {
        config.data.clone()
    } else {
        vec![PathBuf::from(".")]
    };
    let wanted = |p: &std::path::Path| crate::policy::load::is_policy(p) || data::load::is_data(p);
    let (found, walk_errors) = read::walk(&paths, &wanted, &mut sources);
    findings.extend(walk_errors);

    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, usize::from))
        .build()
    {
        Ok(pool) => pool,
        Err(e) => {
            writeln!(err, "zhidu: cannot start worker threads: {e}")?;
            return Ok(exit::INPUT);
        }
    };
    let (loaded, builtin) = load_policies(&found, &args.policy, &config, &mut sources);
    findings.extend(loaded.findings);
    let options = Options {
        tz: tz.clone(),
        max_file_size: config
            .max_file_size
            .unwrap_or(config::DEFAULT_MAX_FILE_SIZE),
        strict: args.strict || config.strict,
    };
    let (data, data_findings) = pool.install(|| data::load::load(&found, &options, &mut sources));
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
    filter(&args.select, &args.ignore, &mut findings);
    report::sort(&mut findings, &sources);
    let summary = Summary {
        files: data.files + loaded.files.len()
            - if builtin {
                crate::policy::load::builtin_rules().len()
            } else {
                0
            },
        records: data.records.len(),
        clauses: loaded.set.clauses.len(),
        as_of: Some(as_of),
    };
    let report = Report {
        findings: &findings,
        sources: &sources,
        summary,
    };
    report::write(
        args.format.unwrap_or(Format::Human),
        &report,
        Style::detect(),
        out,
    )?;
    Ok(status(
        &findings,
        args.fail_on.or(config.fail_on).unwrap_or(FailOn::Error),
    ))
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

/// `--select` and `--ignore`. Input problems are kept unless named outright: a selection never
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
