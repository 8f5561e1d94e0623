//! `zhidu check [PATH…]`: data against policies, reported in the format asked for.

use super::{PolicyArgs, print_error};
use crate::api::Progress;
use crate::api::check::{CheckOptions, check};
use crate::config::FailOn;
use crate::i18n::Lang;
use crate::report::{Format, Style};
use crate::time;
use clap::Args;
use jiff::civil::Date;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

/// How a run over data selects and is carried out: shared by `check` and `agenda`.
#[derive(Args, Debug)]
pub(super) struct RunArgs {
    /// Keep only findings of these check codes or clause ids (globs allowed: `ops.*`).
    #[arg(long, value_delimiter = ',', value_name = "ID,…")]
    pub(super) select: Vec<String>,
    /// Drop findings of these check codes or clause ids (globs allowed).
    #[arg(long, value_delimiter = ',', value_name = "ID,…")]
    pub(super) ignore: Vec<String>,
    /// Worker threads (default: number of cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub(super) jobs: Option<u16>,
    /// A file without any collection is an error rather than a note.
    #[arg(long)]
    pub(super) strict: bool,
    /// The memory the run may use (`512MiB`, `4GiB`, `2GB`; default: `memory_budget` of
    /// zhidu.toml, else half of this machine's memory).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub(super) memory_budget: Option<u64>,
}

impl RunArgs {
    /// The options every run over data shares: the data, the policies, the dates, the
    /// selection and how the run is carried out.
    pub(super) fn options(
        self,
        paths: Vec<PathBuf>,
        policy: &PolicyArgs,
        as_of: Option<Date>,
        since: Option<Date>,
    ) -> CheckOptions {
        CheckOptions {
            paths,
            policies: policy.policy.clone(),
            builtin: policy.builtin(),
            config: policy.config(),
            packs: policy.packs.clone(),
            as_of,
            since,
            select: self.select,
            ignore: self.ignore,
            jobs: self.jobs.map(usize::from),
            strict: self.strict,
            memory_budget: self.memory_budget,
            ..CheckOptions::default()
        }
    }
}

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
    #[command(flatten)]
    run: RunArgs,
    /// Findings whose fingerprints this baseline holds do not fail the run (default:
    /// `baseline` of zhidu.toml).
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Write every finding (but input errors) to FILE as a baseline.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    /// Write the report to FILE instead of standard output; without --format, the format
    /// follows the extension (.json, .sarif, .xml for JUnit, .xlsx for the rectification list,
    /// .html for the report, else human). Never read back as data.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// A previous `--format json` report: findings are marked new or still open, and what
    /// it had that this run has not is listed as fixed (HTML report, rectification list).
    #[arg(long, value_name = "PREVIOUS.json")]
    compare: Option<PathBuf>,
    /// Human output: show at most N findings, then counts per clause (0: all).
    #[arg(long, value_name = "N", default_value_t = 500)]
    max_findings: usize,
    /// Print only the findings and the summary.
    #[arg(long, short)]
    quiet: bool,
    #[command(flatten)]
    policy: PolicyArgs,
}

pub(super) fn parse_date(text: &str) -> Result<Date, String> {
    time::parse_date(text).map_err(super::flag_error)
}

pub(super) fn parse_size(text: &str) -> Result<u64, String> {
    crate::read::budget::parse_size(text).map_err(super::flag_error)
}

pub fn run(
    args: CheckArgs,
    lang: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(Format::from_extension))
        .unwrap_or(Format::Human);
    // A workbook is bytes for a file, not text for a terminal.
    if format == Format::Xlsx && args.output.is_none() && std::io::stdout().is_terminal() {
        let says = crate::i18n::t(Lang::choose(lang, None), "xlsx-to-terminal", &[], true);
        writeln!(err, "zhidu: {says}")?;
        return Ok(super::exit::INPUT);
    }
    if let Some(code) = compare_misused(&args, format, Lang::choose(lang, None), err)? {
        return Ok(code);
    }
    let options = CheckOptions {
        fail_on: args.fail_on,
        baseline: args.baseline,
        write_baseline: args.write_baseline,
        output: args.output.clone(),
        rectification: matches!(format, Format::Xlsx | Format::Html),
        not_data: args.compare.iter().cloned().collect(),
        compare: args.compare,
        ..args
            .run
            .options(args.paths, &args.policy, args.as_of, args.since)
    };
    // The progress line speaks the flag's language or the environment's (zhidu.toml is not
    // read yet).
    let shown = show_progress(
        format == Format::Human && !args.quiet,
        &options.progress,
        Lang::choose(lang, None),
    );
    let result = match format {
        Format::Html => crate::api::html::report(&options),
        _ => check(&options),
    };
    options.progress.done();
    if let Some(display) = shown {
        let _ = display.join();
    }
    match result {
        Ok(outcome) => {
            let style = Style {
                max_findings: args.max_findings,
                quiet: args.quiet,
                lang: Lang::choose(lang, outcome.lang),
                ..Style::detect()
            };
            let status = outcome.status.code();
            // Written to a file, the report says nothing on the terminal: what could not be read
            // is said there too, or a mistyped path would pass unnoticed.
            if args.output.is_some() && outcome.has_input_errors() {
                let plain = Style {
                    color: false,
                    ..style
                };
                outcome.write_input_errors(plain, err)?;
            }
            super::write_report(
                args.output.as_deref(),
                style,
                status,
                out,
                err,
                |style, to| outcome.write(format, style, to),
            )
        }
        Err(e) => print_error(&e, Lang::choose(lang, None), err),
    }
}

/// `--compare` where it cannot do what it says: the report it reads is the one `--output` would
/// overwrite (refused, exit 2), or the format marks nothing (a note on stderr, the run goes on).
fn compare_misused(
    args: &CheckArgs,
    format: Format,
    lang: Lang,
    err: &mut dyn Write,
) -> io::Result<Option<u8>> {
    let Some(previous) = &args.compare else {
        return Ok(None);
    };
    let same = |a: &std::path::Path, b: &std::path::Path| {
        std::fs::canonicalize(a).is_ok_and(|a| std::fs::canonicalize(b).is_ok_and(|b| a == b))
    };
    let say = |id: &str| {
        let path = crate::read::display(previous);
        crate::i18n::t(lang, id, &[("path", path.into())], true)
    };
    let overwrites = args.output.as_deref().is_some_and(|o| same(o, previous));
    let id = match (overwrites, format) {
        (true, _) => "compare-is-output",
        (false, Format::Html | Format::Xlsx) => return Ok(None),
        (false, _) => "compare-unused",
    };
    writeln!(err, "zhidu: {}", say(id))?;
    Ok(overwrites.then_some(super::exit::INPUT))
}

/// On a terminal, a run that takes longer than a second says on stderr how far it has got, and
/// clears the line when it is done. Never when stderr is not a terminal (a CI log, a pipe).
pub(super) fn show_progress(
    wanted: bool,
    progress: &Progress,
    lang: Lang,
) -> Option<std::thread::JoinHandle<()>> {
    use std::io::IsTerminal;
    use std::time::{Duration, Instant};
    if !wanted || !std::io::stderr().is_terminal() {
        return None;
    }
    let progress = progress.clone();
    Some(std::thread::spawn(move || {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(1) {
            if progress.is_done() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let bar = indicatif::ProgressBar::new_spinner();
        bar.enable_steady_tick(Duration::from_millis(120));
        while !progress.is_done() {
            bar.set_message(progress.describe(lang));
            std::thread::sleep(Duration::from_millis(100));
        }
        bar.finish_and_clear();
    }))
}
