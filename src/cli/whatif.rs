//! `zhidu whatif [PATH…] --change FILE`: what a reorganisation would break.

use super::check::{RunArgs, parse_date};
use super::{PolicyArgs, print_error};
use crate::api::check::CheckOptions;
use crate::api::whatif::{WhatifOptions, whatif};
use crate::config::FailOn;
use crate::i18n::Lang;
use crate::report::{self, Format, Report, Style, Summary};
use clap::Args;
use jiff::civil::Date;
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum WhatifFormat {
    Human,
    Json,
}

#[derive(Args, Debug)]
pub struct WhatifArgs {
    /// Data (and policy) files or folders (default: `data` of zhidu.toml, else the current folder).
    paths: Vec<PathBuf>,
    /// The changes: a YAML, JSON or TOML file with a `changes` list (docs/whatif.md).
    #[arg(long, value_name = "FILE")]
    change: PathBuf,
    /// The day both states are judged for (default: the latest day of the changes, or today if
    /// later).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,
    /// Start of the judged range (default: one year before --as-of).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    since: Option<Date>,
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<WhatifFormat>,
    /// Lowest severity of an appearing finding that makes the exit status 1.
    #[arg(long, value_enum, value_name = "LEVEL")]
    fail_on: Option<FailOn>,
    #[command(flatten)]
    run: RunArgs,
    #[command(flatten)]
    policy: PolicyArgs,
}

pub fn run(
    args: WhatifArgs,
    lang: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let options = WhatifOptions {
        check: CheckOptions {
            fail_on: args.fail_on,
            ..args
                .run
                .options(args.paths, &args.policy, args.as_of, args.since)
        },
        change: args.change,
    };
    let outcome = match whatif(&options) {
        Ok(outcome) => outcome,
        Err(e) => return print_error(&e, Lang::choose(lang, None), err),
    };
    let lang = Lang::choose(lang, outcome.lang);
    let style = Style {
        lang,
        ..Style::detect()
    };
    match args.format.unwrap_or(WhatifFormat::Human) {
        WhatifFormat::Human => {
            if !outcome.errors.is_empty() {
                let errors = Report {
                    findings: &outcome.errors,
                    sources: &outcome.sources,
                    summary: Summary::default(),
                    lang,
                };
                report::write(Format::Human, &errors, style, out)?;
                writeln!(out)?;
            }
            if !outcome.simulated {
                let says = crate::i18n::t(lang, "whatif-not-simulated", &[], true);
                writeln!(out, "{says}")?;
                return Ok(outcome.status.code());
            }
            crate::whatif::human::write(
                &outcome.difference,
                &outcome.changes,
                &outcome.sources,
                outcome.as_of,
                lang,
                out,
            )?
        }
        WhatifFormat::Json => crate::whatif::json::write(
            &outcome.difference,
            &outcome.changes,
            &outcome.errors,
            &outcome.sources,
            outcome.as_of,
            lang,
            out,
        )?,
    }
    Ok(outcome.status.code())
}
