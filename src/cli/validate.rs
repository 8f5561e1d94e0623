//! `zhidu validate [PATH…]`: syntax and semantic checks of policy files, for pre-commit hooks.

use super::{exit, format_arg, status};
use crate::config::FailOn;
use crate::policy::load;
use crate::read;
use crate::report::{self, Format, Report, Style, Summary};
use crate::source::Sources;
use clap::Args;
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// Policy files or folders (default: the current folder).
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Validate the built-in pack too.
    #[arg(long)]
    builtin: bool,
}

pub fn run(args: ValidateArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let mut sources = Sources::new();
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths
    };
    let (found, mut findings) = read::walk(&paths, &load::is_policy, &mut sources);
    let found: Vec<_> = found
        .into_iter()
        .filter(|f| load::is_policy(&f.path))
        .collect();
    if found.is_empty() && !args.builtin && findings.is_empty() {
        writeln!(err, "zhidu: no policy files (*.zhidu) found")?;
        return Ok(exit::OK);
    }
    let loaded = load::load(&found, args.builtin, &[], &mut sources);
    findings.extend(loaded.findings);
    report::sort(&mut findings, &sources);
    let summary = Summary {
        files: loaded.files.len(),
        clauses: loaded.set.clauses.len(),
        ..Summary::default()
    };
    let report = Report {
        findings: &findings,
        sources: &sources,
        summary,
    };
    report::write(format_arg(args.format), &report, Style::detect(), out)?;
    // Warnings never fail a pre-commit hook; errors mean the policy cannot be used.
    Ok(status(&findings, FailOn::Never))
}
