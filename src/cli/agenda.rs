//! `zhidu agenda [PATH…]`: what falls due, who must act, and what could stop them.

use super::check::{RunArgs, parse_date, show_progress};
use super::{PolicyArgs, print_error};
use crate::api::agenda::{AgendaFormat, AgendaOptions, Within, agenda};
use crate::api::check::CheckOptions;
use crate::i18n::Lang;
use crate::report::Style;
use clap::Args;
use jiff::civil::Date;
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct AgendaArgs {
    /// Data (and policy) files or folders (default: `data` of zhidu.toml, else the current folder).
    paths: Vec<PathBuf>,
    /// The day the agenda is made for (default: today in the data set's time zone).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,
    /// Start of the range whose overdue duties are listed (default: one year before --as-of).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    since: Option<Date>,
    /// How far ahead to look: `30d`, `8w`, `3mo`, `1y` (default: 30d).
    #[arg(long, value_name = "SPAN", value_parser = parse_within)]
    within: Option<Within>,
    /// Only what this person, role or unit must do (id, name or title); a person sees also what
    /// falls to them by delegation.
    #[arg(long, value_name = "WHO")]
    owner: Option<String>,
    /// Output format (without it, --output's extension: .json, .ics, .csv; else human).
    #[arg(long, value_enum)]
    format: Option<AgendaFormat>,
    /// Overdue items make the exit status 1.
    #[arg(long)]
    fail_on_overdue: bool,
    #[command(flatten)]
    run: RunArgs,
    /// Duties whose findings this baseline holds are not listed (default: `baseline` of
    /// zhidu.toml).
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Write the agenda to FILE instead of standard output. Never read back as data.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    policy: PolicyArgs,
}

fn parse_within(text: &str) -> Result<Within, String> {
    Within::parse(text).map_err(super::flag_error)
}

pub fn run(
    args: AgendaArgs,
    lang: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let options = AgendaOptions {
        check: CheckOptions {
            baseline: args.baseline,
            output: args.output.clone(),
            ..args
                .run
                .options(args.paths, &args.policy, args.as_of, args.since)
        },
        within: args.within,
        owner: args.owner,
        fail_on_overdue: args.fail_on_overdue,
    };
    let format = args
        .format
        .or_else(|| {
            args.output
                .as_deref()
                .and_then(AgendaFormat::from_extension)
        })
        .unwrap_or(AgendaFormat::Human);
    let shown = show_progress(
        format == AgendaFormat::Human,
        &options.check.progress,
        Lang::choose(lang, None),
    );
    let result = agenda(&options);
    options.check.progress.done();
    if let Some(display) = shown {
        let _ = display.join();
    }
    let outcome = match result {
        Ok(outcome) => outcome,
        Err(e) => return print_error(&e, Lang::choose(lang, None), err),
    };
    let style = Style {
        lang: Lang::choose(lang, outcome.lang),
        ..Style::detect()
    };
    // A calendar or a spreadsheet has no room for input errors, and a file is not read by the
    // person who ran the command: they are said on standard error.
    let said_elsewhere =
        args.output.is_some() || matches!(format, AgendaFormat::Ics | AgendaFormat::Csv);
    if said_elsewhere
        && outcome
            .errors
            .iter()
            .any(crate::diagnostic::Finding::is_input_error)
    {
        let quiet = Style {
            color: false,
            ..style
        };
        outcome.write_errors(quiet, err)?;
    }
    let status = outcome.status.code();
    super::write_report(
        args.output.as_deref(),
        style,
        status,
        out,
        err,
        |style, to| outcome.write(format, style, to),
    )
}
