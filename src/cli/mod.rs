//! The `zhidu` command line: a thin layer of clap over one function per command.
//!
//! [`run`] takes the arguments and the two output streams, so tests drive every command in
//! process exactly as the binary does.

mod agenda;
mod check;
mod explain;
mod fmt;
mod init;
mod language;
mod list;
mod packs;
mod test;
mod validate;
mod whatif;

use crate::api::clauses::ClausesOptions;
use crate::api::{Builtin, ConfigChoice, Error};
use crate::i18n::Lang;
use crate::report::Format;
use clap::{Args, Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

/// Exit statuses (docs/cli.md).
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
    /// The language of messages, `zh` or `en` (default: `lang` of zhidu.toml, else LC_ALL,
    /// LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "zh|en", value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text)
        .ok_or_else(|| flag_error(crate::i18n::Message::new("lang-unknown").arg("text", text)))
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check data against policies and report findings.
    Check(check::CheckArgs),
    /// List what falls due, who must act and what could stop them.
    Agenda(agenda::AgendaArgs),
    /// Show which duties a reorganisation would break (a change file, applied in memory).
    Whatif(whatif::WhatifArgs),
    /// Parse and check policy files only (for pre-commit hooks).
    Validate(validate::ValidateArgs),
    /// Run a policy repository's test cases (folders with a `zhidu-test.toml`).
    Test(test::TestArgs),
    /// Format policy files in place (`--check`: only report).
    Fmt(fmt::FmtArgs),
    /// Explain a check code or a policy clause.
    Explain(explain::ExplainArgs),
    /// List the loaded clauses.
    List(list::ListArgs),
    /// List the built-in packs (one per regulation).
    Packs(packs::PacksArgs),
    /// Propose a zhidu.toml for a data folder: the packs its data matches, covers, time zone.
    Init(init::InitArgs),
    /// Run the language server on standard input and output (for editors).
    Lsp,
    /// Print a shell completion script (`zhidu completions bash > /etc/bash_completion.d/zhidu`).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
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
    /// A `zhidu.toml` (default: the nearest one upwards from the first path, else from the
    /// current folder).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The built-in packs to use (repeatable; `all`): implies --builtin (`zhidu packs` lists
    /// them; default: `packs` of zhidu.toml, else all).
    #[arg(long = "pack", value_name = "NAME")]
    packs: Vec<String>,
}

/// Runs zhidu with `args` (the first is the program name); returns the exit status.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // The language of `--help` and of errors about flags, before clap reads them: the flag,
    // else the zhidu.toml of the current folder, else the environment.
    let lang = Lang::from_args(&args).unwrap_or_else(|| {
        Lang::choose(
            None,
            crate::api::policies::config_lang(&ConfigChoice::Discover, &[]),
        )
    });
    FLAG_LANG.set(lang);
    let parsed = language::command(lang)
        .try_get_matches_from(&args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let text = language::error(&e, lang);
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
        Command::Check(args) => check::run(args, cli.lang, out, err),
        Command::Agenda(args) => agenda::run(args, cli.lang, out, err),
        Command::Whatif(args) => whatif::run(args, cli.lang, out, err),
        Command::Validate(args) => validate::run(args, cli.lang, out, err),
        Command::Test(args) => test::run(args, cli.lang, out, err),
        Command::Fmt(args) => fmt::run(args, cli.lang, out, err),
        Command::Explain(args) => explain::run(args, cli.lang, out, err),
        Command::List(args) => list::run(args, cli.lang, out, err),
        Command::Packs(args) => packs::run(args, cli.lang, out),
        Command::Init(args) => init::run(args, cli.lang, out, err),
        Command::Lsp => match crate::lsp::run(cli.lang) {
            Ok(()) => Ok(exit::OK),
            Err(e) => {
                let _ = writeln!(err, "zhidu lsp: {e}");
                Ok(exit::INPUT)
            }
        },
        Command::Completions { shell } => {
            use clap::CommandFactory;
            // Into memory first: the generator panics on a write error (a closed pipe).
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "zhidu", &mut script);
            out.write_all(&script).map(|()| exit::OK)
        }
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

impl PolicyArgs {
    fn builtin(&self) -> Builtin {
        if self.no_builtin {
            Builtin::Never
        } else if self.builtin {
            Builtin::Always
        } else {
            Builtin::Auto
        }
    }

    fn config(&self) -> ConfigChoice {
        self.config
            .clone()
            .map_or(ConfigChoice::Discover, ConfigChoice::File)
    }

    fn clauses(&self, paths: Vec<PathBuf>) -> ClausesOptions {
        ClausesOptions {
            paths,
            policies: self.policy.clone(),
            builtin: self.builtin(),
            config: self.config(),
            packs: self.packs.clone(),
        }
    }
}

thread_local! {
    /// The language of errors about flags, for the parsers clap calls.
    static FLAG_LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// A flag's value that could not be read, said in the language of `--help`.
fn flag_error(message: crate::i18n::Message) -> String {
    crate::i18n::Text::from(message)
        .render(FLAG_LANG.get(), true)
        .into_owned()
}

/// Prints a request that could not be carried out.
fn print_error(error: &Error, lang: Lang, err: &mut dyn Write) -> std::io::Result<u8> {
    writeln!(err, "zhidu: {}", error.message.render(lang, true))?;
    if let Some(help) = &error.help {
        let help = help.render(lang, true).into_owned();
        let line = crate::i18n::t(lang, "report-help", &[("help", help.into())], true);
        writeln!(err, "  {line}")?;
    }
    Ok(exit::INPUT)
}

/// Writes a report to `path` (without colour) when given, else to `out`; returns the exit
/// status `status`, or 2 when the file cannot be created.
fn write_report(
    path: Option<&std::path::Path>,
    mut style: crate::report::Style,
    status: u8,
    out: &mut dyn Write,
    err: &mut dyn Write,
    write: impl FnOnce(crate::report::Style, &mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<u8> {
    let Some(path) = path else {
        write(style, out)?;
        return Ok(status);
    };
    style.color = false;
    let mut file = match std::fs::File::create(path) {
        Ok(f) => std::io::BufWriter::new(f),
        Err(e) => return cannot_write(path, &e, style.lang, err),
    };
    write(style, &mut file)?;
    file.flush()?;
    Ok(status)
}

/// A report file that could not be created.
fn cannot_write(
    path: &std::path::Path,
    error: &std::io::Error,
    lang: Lang,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let args = [
        ("path", path.display().to_string().into()),
        ("detail", error.to_string().into()),
    ];
    let says = crate::i18n::t(lang, "cannot-write", &args, true);
    writeln!(err, "zhidu: {says}")?;
    Ok(exit::INPUT)
}

/// The formats `validate` and `list` accept beside `human`.
fn format_arg(format: Option<Format>) -> Format {
    format.unwrap_or(Format::Human)
}
