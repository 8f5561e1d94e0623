//! `zhidu fmt [--check] [PATH…]`: one canonical layout for policy files. Writes are atomic (a
//! temporary file in the same folder, then a rename), so an interrupted run never leaves half a
//! file; a file that does not parse is reported and left alone.

use super::exit;
use crate::policy::{fmt, load, parse};
use crate::read;
use crate::report;
use crate::source::Sources;
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
}

pub fn run(args: FmtArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let mut sources = Sources::new();
    if args.paths.len() == 1 && args.paths[0] == Path::new("-") {
        return stdin(args.check, out, err);
    }
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths
    };
    let (found, mut errors) = read::walk(&paths, &load::is_policy, &mut sources);
    let mut changed = Vec::new();
    for file in found.iter().filter(|f| load::is_policy(&f.path)) {
        let (id, error) = read::read(file, load::MAX_POLICY_BYTES, &mut sources);
        if let Some(e) = error {
            errors.push(e);
            continue;
        }
        let text = sources.get(id).map(|f| f.text.clone()).unwrap_or_default();
        let parsed = parse::parse(id, &file.display, &text);
        if !parsed.errors.is_empty() {
            errors.extend(parsed.errors);
            continue;
        }
        let formatted = fmt::format(&parsed.file);
        if formatted == *text {
            continue;
        }
        if args.check {
            writeln!(out, "would reformat {}", file.display)?;
        } else {
            write_atomically(&file.path, &formatted)?;
            writeln!(out, "formatted {}", file.display)?;
        }
        changed.push(file.display.clone());
    }
    if !errors.is_empty() {
        report::write_errors(&mut errors, &sources, err)?;
        return Ok(exit::INPUT);
    }
    Ok(if args.check && !changed.is_empty() {
        exit::FINDINGS
    } else {
        exit::OK
    })
}

fn stdin(check: bool, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let mut text = String::new();
    if io::stdin().read_to_string(&mut text).is_err() {
        writeln!(err, "zhidu: standard input is not UTF-8 text")?;
        return Ok(exit::INPUT);
    }
    let mut sources = Sources::new();
    let id = sources.add(crate::source::SourceFile::new("<stdin>", text.clone()));
    let parsed = parse::parse(id, "<stdin>", &text);
    if !parsed.errors.is_empty() {
        let mut errors = parsed.errors;
        report::write_errors(&mut errors, &sources, err)?;
        return Ok(exit::INPUT);
    }
    let formatted = fmt::format(&parsed.file);
    if check {
        return Ok(if formatted == text {
            exit::OK
        } else {
            exit::FINDINGS
        });
    }
    out.write_all(formatted.as_bytes())?;
    Ok(exit::OK)
}

/// Writes `text` to a temporary file beside `path`, keeps the original's permissions, then
/// renames it over `path`.
fn write_atomically(path: &Path, text: &str) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("policy");
    let tmp = dir.join(format!(".{name}.zhidu-fmt.{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        if let Ok(meta) = std::fs::metadata(path) {
            std::fs::set_permissions(&tmp, meta.permissions())?;
        }
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
