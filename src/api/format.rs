//! Formatting policy files into their one canonical layout.

use super::policies::or_here;
use super::{Outcome, Status};
use crate::diagnostic::Finding;
use crate::policy::{fmt, load, parse};
use crate::read;
use crate::report::{self, Summary};
use crate::source::{SourceFile, Sources};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The canonical layout of one policy text, or the outcome that says why it has none (it does
/// not parse).
pub fn format_text(name: &str, text: &str) -> Result<String, Box<Outcome>> {
    let mut sources = Sources::new();
    let id = sources.add(SourceFile::new(name, text));
    let parsed = parse::parse(id, name, text);
    if parsed.errors.is_empty() {
        Ok(fmt::format(&parsed.file))
    } else {
        Err(Box::new(errors(parsed.errors, sources)))
    }
}

/// What formatting files did.
#[derive(Debug)]
pub struct Formatted {
    /// The files that were (or, when only checking, would be) rewritten, as shown to users.
    pub changed: Vec<String>,
    /// Files that could not be read or parsed, and were left alone.
    pub errors: Outcome,
}

/// Formats every policy file under `paths` (default: the current folder). With `check`, writes
/// nothing. Writes are atomic (a temporary file in the same folder, then a rename), so an
/// interrupted run never leaves half a file.
pub fn format_files(paths: &[PathBuf], check: bool) -> io::Result<Formatted> {
    let mut sources = Sources::new();
    let (found, mut problems) = read::walk(&or_here(paths), &load::is_policy, &mut sources);
    let mut changed = Vec::new();
    for file in found.iter().filter(|f| load::is_policy(&f.path)) {
        let (id, error) = read::read(file, load::MAX_POLICY_BYTES, None, &mut sources);
        if let Some(e) = error {
            problems.push(e);
            continue;
        }
        let text = sources.get(id).map(|f| f.text.clone()).unwrap_or_default();
        let parsed = parse::parse(id, &file.display, &text);
        if !parsed.errors.is_empty() {
            problems.extend(parsed.errors);
            continue;
        }
        let formatted = fmt::format(&parsed.file);
        if formatted == *text {
            continue;
        }
        if !check {
            write_atomically(&file.path, &formatted)?;
        }
        changed.push(file.display.clone());
    }
    Ok(Formatted {
        changed,
        errors: errors(problems, sources),
    })
}

fn errors(mut findings: Vec<Finding>, sources: Sources) -> Outcome {
    report::sort(&mut findings, &sources);
    let status = if findings.is_empty() {
        Status::Clean
    } else {
        Status::Input
    };
    Outcome {
        findings,
        sources,
        summary: Summary::default(),
        status,
        lang: None,
        sections: None,
    }
}

/// Writes `text` to a temporary file beside `path`, keeps the original's permissions, then
/// renames it over `path`.
pub(crate) fn write_atomically(path: &Path, text: &str) -> io::Result<()> {
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
