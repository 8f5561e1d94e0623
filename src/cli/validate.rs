//! `zhidu validate [PATH…]`: syntax and semantic checks of policy files, for pre-commit hooks.

use super::{exit, format_arg};
use crate::api::validate::{ValidateOptions, validate};
use crate::i18n::Lang;
use crate::report::{Format, Style};
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
    /// With `-`: the name of the file standard input holds (for messages, and to find its
    /// repository's other policy files).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<PathBuf>,
}

pub fn run(
    args: ValidateArgs,
    lang: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let stdin = if args.paths.len() == 1 && args.paths[0] == std::path::Path::new("-") {
        let mut text = String::new();
        if io::Read::read_to_string(&mut io::stdin(), &mut text).is_err() {
            let lang = Lang::choose(lang, None);
            let says = crate::i18n::t(lang, "stdin-not-utf8", &[], true);
            writeln!(err, "zhidu: {says}")?;
            return Ok(exit::INPUT);
        }
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("<stdin>.zhidu"));
        Some((name, text))
    } else {
        None
    };
    let options = ValidateOptions {
        paths: if stdin.is_some() {
            Vec::new()
        } else {
            args.paths
        },
        builtin: args.builtin,
        stdin,
    };
    match validate(&options) {
        Ok(outcome) => {
            let style = Style {
                lang: Lang::choose(lang, outcome.lang),
                ..Style::detect()
            };
            outcome.write(format_arg(args.format), style, out)?;
            Ok(outcome.status.code())
        }
        // Nothing to validate is not a failure of the hook.
        Err(e) => {
            writeln!(err, "zhidu: {e}")?;
            Ok(exit::OK)
        }
    }
}
