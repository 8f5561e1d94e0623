//! `zhidu test [PATH…]`: a policy repository's test cases, each a folder with a
//! `zhidu-test.toml`.

use super::print_error;
use crate::api::test::{TestOptions, test};
use crate::i18n::Lang;
use crate::report::{self, Format, Report, Style, Summary};
use clap::Args;
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TestFormat {
    Human,
    Json,
    Junit,
}

#[derive(Args, Debug)]
pub struct TestArgs {
    /// Folders to search for test cases (folders with a `zhidu-test.toml`; default: the current
    /// folder).
    paths: Vec<PathBuf>,
    /// Rewrite a failing case's `expect` with what its run found (review the diff).
    #[arg(long)]
    update: bool,
    /// Also list, per clause, the cases where it passed and failed, and the clauses not tested
    /// both ways.
    #[arg(long)]
    coverage: bool,
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<TestFormat>,
    /// Worker threads (default: number of cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
}

pub fn run(
    args: TestArgs,
    lang: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let options = TestOptions {
        paths: args.paths,
        update: args.update,
        jobs: args.jobs.map(usize::from),
    };
    let lang = Lang::choose(lang, None);
    let outcome = match test(&options) {
        Ok(outcome) => outcome,
        Err(e) => return print_error(&e, lang, err),
    };
    if !outcome.problems.is_empty() {
        let problems = Report {
            findings: &outcome.problems,
            sources: &outcome.sources,
            summary: Summary::default(),
            lang,
        };
        let style = Style {
            lang,
            ..Style::detect()
        };
        report::write(Format::Human, &problems, style, err)?;
    }
    let coverage = args.coverage.then_some(outcome.coverage.as_slice());
    match args.format.unwrap_or(TestFormat::Human) {
        TestFormat::Human => crate::testing::human::write(&outcome.cases, coverage, lang, out)?,
        TestFormat::Json => {
            crate::testing::json::write(&outcome.cases, coverage.unwrap_or_default(), lang, out)?
        }
        TestFormat::Junit => crate::testing::junit::write(&outcome.cases, lang, out)?,
    }
    Ok(outcome.status.code())
}
