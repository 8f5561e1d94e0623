//! The `zhidu` command line: a thin layer of clap over one function per command.
//!
//! [`run`] takes the arguments and the two output streams, so tests drive every command in
//! process exactly as the binary does.

mod check;
mod explain;
mod fmt;
mod list;
mod validate;

use crate::config::{self, Config, FailOn};
use crate::diagnostic::Finding;
use crate::policy::load::{self, Loaded};
use crate::read;
use crate::report::Format;
use crate::source::Sources;
use clap::{Args, Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

/// Exit statuses of CLI.md.
pub mod exit {
    /// Nothing at or above `--fail-on`.
    pub const OK: u8 = 0;
    /// Findings at or above `--fail-on`; for `fmt --check`, a file that would change.
    pub const FINDINGS: u8 = 1;
    /// The input could not be fully read, or a bad flag.
    pub const INPUT: u8 = 2;
}

#[derive(Parser, Debug)]
#[command(
    name = "zhidu",
    version,
    about = "制度 · checks an organisation's data against its management regulations",
    long_about = "zhidu turns management regulations (管理制度) into policy files and checks an \
                  organisation's people, roles, units, delegations and records against them. Every \
                  finding points at the exact field in the data and cites the article that requires it."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check data against policies and report findings.
    Check(check::CheckArgs),
    /// Parse and check policy files only (for pre-commit hooks).
    Validate(validate::ValidateArgs),
    /// Format policy files in place (`--check`: only report).
    Fmt(fmt::FmtArgs),
    /// Explain a check code or a policy clause.
    Explain(explain::ExplainArgs),
    /// List the loaded clauses.
    List(list::ListArgs),
}

/// Where policies come from: shared by `check`, `list` and `explain`.
#[derive(Args, Debug, Default, Clone)]
struct PolicyArgs {
    /// More policy files or folders (repeatable).
    #[arg(long = "policy", value_name = "PATH")]
    policy: Vec<PathBuf>,
    /// Use the built-in pack in addition to any policy files found.
    #[arg(long, conflicts_with = "no_builtin")]
    builtin: bool,
    /// Never use the built-in pack.
    #[arg(long)]
    no_builtin: bool,
    /// A `zhidu.toml` (default: the nearest one upwards from the current folder).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

/// Runs zhidu with `args` (the first is the program name); returns the exit status.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let text = e.render().to_string();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    let _ = out.write_all(text.as_bytes());
                    exit::OK
                }
                _ => {
                    let _ = err.write_all(text.as_bytes());
                    exit::INPUT
                }
            };
        }
    };
    let result = match cli.command {
        Command::Check(args) => check::run(args, out, err),
        Command::Validate(args) => validate::run(args, out, err),
        Command::Fmt(args) => fmt::run(args, out, err),
        Command::Explain(args) => explain::run(args, out, err),
        Command::List(args) => list::run(args, out, err),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::OK,
        Err(e) => {
            let _ = writeln!(err, "zhidu: {e}");
            exit::INPUT
        }
    }
}

/// The config named by `--config`, or the nearest `zhidu.toml`; with its errors.
fn load_config(explicit: Option<&PathBuf>, sources: &mut Sources) -> (Config, Vec<Finding>) {
    let path = match explicit {
        Some(p) => Some(p.clone()),
        None => std::env::current_dir()
            .ok()
            .and_then(|d| config::discover(&d)),
    };
    match path {
        Some(p) => config::load(&p, sources),
        None => (Config::default(), Vec::new()),
    }
}

/// Policies for `check`, `list` and `explain`: the `*.zhidu` files among `found` (what the
/// command's paths held), under `--policy` and under the config's `policy`; the built-in pack when
/// none is found (or with `--builtin`).
fn load_policies(
    found: &[read::Found],
    args: &PolicyArgs,
    config: &Config,
    sources: &mut Sources,
) -> (Loaded, bool) {
    let roots: Vec<PathBuf> = args
        .policy
        .iter()
        .chain(config.policy.iter())
        .cloned()
        .collect();
    let (extra, walk_errors) = read::walk(&roots, &load::is_policy, sources);
    let mut policies: Vec<read::Found> = found
        .iter()
        .filter(|f| load::is_policy(&f.path))
        .cloned()
        .collect();
    policies.extend(extra.into_iter().filter(|f| load::is_policy(&f.path)));
    policies.sort();
    policies.dedup();
    let builtin = !args.no_builtin && (args.builtin || policies.is_empty());
    let mut loaded = load::load(&policies, builtin, &config.params, sources);
    loaded.findings.extend(walk_errors);
    if policies.is_empty() && args.no_builtin {
        loaded.findings.push(
            Finding::new(
                crate::diagnostic::Check::PolicyError,
                "policies",
                "no policy files found, and --no-builtin forbids the built-in pack",
            )
            .help("give policy files or folders as paths or with --policy"),
        );
    }
    (loaded, builtin)
}

/// Exit status for a report: 2 if any input could not be read, 1 if anything fails `fail_on`.
fn status(findings: &[Finding], fail_on: FailOn) -> u8 {
    if findings.iter().any(Finding::is_input_error) {
        exit::INPUT
    } else if findings.iter().any(|f| fail_on.fails(f.severity)) {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

/// The formats `validate` and `list` accept beside `human`.
fn format_arg(format: Option<Format>) -> Format {
    format.unwrap_or(Format::Human)
}
