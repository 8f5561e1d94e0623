//! `zhidu fmt [--check] [PATH…]`: one canonical layout for policy files; a file that does not
//! parse is reported and left alone.

use super::exit;
use crate::api::format::{format_files, format_text};
use crate::i18n::{Lang, t};
use crate::report::{Format, Style};
use clap::Args;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct FmtArgs {
    /// Change nothing; exit 1 if a file would change.
    #[arg(long)]
    check: bool,
    /// Policy files or folders (default: the current folder); `-` reads standard input and
    /// writes the result to standard output.
    paths: Vec<PathBuf>,
    /// With `-`: the name of the file standard input holds, for messages.
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<PathBuf>,
}

pub fn run(
    args: FmtArgs,
    lang: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let lang = Lang::choose(lang, None);
    let style = Style {
        lang,
        ..Style::detect()
    };
    if args.paths.len() == 1 && args.paths[0] == Path::new("-") {
        let name = args
            .stdin_filename
            .as_deref()
            .map_or_else(|| "<stdin>".to_string(), crate::read::display);
        return stdin(&name, args.check, style, out, err);
    }
    let formatted = format_files(&args.paths, args.check)?;
    for name in &formatted.changed {
        let id = if args.check { "fmt-would" } else { "fmt-done" };
        writeln!(
            out,
            "{}",
            t(lang, id, &[("file", name.as_str().into())], true)
        )?;
    }
    if !formatted.errors.findings.is_empty() {
        formatted.errors.write(Format::Human, style, err)?;
        return Ok(exit::INPUT);
    }
    Ok(if args.check && !formatted.changed.is_empty() {
        exit::FINDINGS
    } else {
        exit::OK
    })
}

fn stdin(
    name: &str,
    check: bool,
    style: Style,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let mut text = String::new();
    if io::stdin().read_to_string(&mut text).is_err() {
        writeln!(err, "zhidu: {}", t(style.lang, "stdin-not-utf8", &[], true))?;
        return Ok(exit::INPUT);
    }
    match format_text(name, &text) {
        Err(errors) => {
            errors.write(Format::Human, style, err)?;
            Ok(exit::INPUT)
        }
        Ok(formatted) if check => Ok(if formatted == text {
            exit::OK
        } else {
            exit::FINDINGS
        }),
        Ok(formatted) => {
            out.write_all(formatted.as_bytes())?;
            Ok(exit::OK)
        }
    }
}
