//! `zhidu list [--format json]`: the loaded clauses with id, kind, severity and citation.

use super::{PolicyArgs, exit};
use crate::api::clauses::clauses;
use crate::i18n::{Lang, t};
use crate::report::{Format, Style};
use clap::{Args, ValueEnum};
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Folders or files holding policies (default: the current folder; the built-in pack when none
    /// is found).
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: ListFormat,
    #[command(flatten)]
    policy: PolicyArgs,
}

pub fn run(
    args: ListArgs,
    lang: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let catalog = clauses(&args.policy.clauses(args.paths.clone()));
    let lang = Lang::choose(lang, catalog.problems.lang);
    match args.format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &catalog.clauses).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        ListFormat::Human => {
            let width = catalog
                .clauses
                .iter()
                .map(|c| c.id.chars().count())
                .max()
                .unwrap_or(0);
            for c in &catalog.clauses {
                writeln!(
                    out,
                    "{:width$}  {:10}  {:7}  {}",
                    c.id,
                    c.kind,
                    t(lang, &format!("severity-{}", c.severity), &[], true),
                    c.source,
                    width = width
                )?;
            }
            writeln!(
                out,
                "{}",
                t(
                    lang,
                    "list-summary",
                    &[("count", catalog.clauses.len().into())],
                    true
                )
            )?;
        }
    }
    if catalog.problems.has_input_errors() {
        catalog.problems.write(
            Format::Human,
            Style {
                lang,
                ..Style::detect()
            },
            err,
        )?;
        return Ok(exit::INPUT);
    }
    Ok(exit::OK)
}
