//! `zhidu validate [PATH…]`: syntax and semantic checks of policy files, for pre-commit hooks.

use super::{exit, format_arg};
use crate::api::validate::{ValidateOptions, validate};
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
}

pub fn run(args: ValidateArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let options = ValidateOptions {
        paths: args.paths,
        builtin: args.builtin,
    };
    match validate(&options) {
        Ok(outcome) => {
            outcome.write(format_arg(args.format), Style::detect(), out)?;
            Ok(outcome.status.code())
        }
        // Nothing to validate is not a failure of the hook.
        Err(e) => {
            writeln!(err, "zhidu: {e}")?;
            Ok(exit::OK)
        }
    }
}
