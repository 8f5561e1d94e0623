//! Finding and reading input files: gitignore-aware walking, symlink loops reported rather than
//! followed, special files refused, the run's memory [`budget`], and UTF-8 checked with the offset
//! of the first bad byte.

use crate::i18n::Message;

pub mod budget;
pub mod decode;

use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::source::{FileId, Loc, SourceFile, Sources, Span};
use std::path::{Path, PathBuf};

/// A file found under the paths given on the command line.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Found {
    /// The path as shown in reports: relative, as the user wrote it.
    pub display: String,
    pub path: PathBuf,
    /// Named on the command line (not met while walking a folder): a file that cannot be read
    /// as what it was named for is an error, not a note.
    pub named: bool,
}

/// Walks `paths` (files are taken as given, folders are walked honouring `.gitignore`) and
/// returns the files `wanted` accepts, sorted, plus a finding per path that could not be walked.
pub fn walk(
    paths: &[PathBuf],
    wanted: &dyn Fn(&Path) -> bool,
    sources: &mut Sources,
) -> (Vec<Found>, Vec<Finding>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for root in paths {
        let meta = std::fs::metadata(root);
        match meta {
            Err(e) => {
                errors.push(path_error(
                    sources,
                    root,
                    Message::new("read-cannot-path")
                        .arg("path", root.display().to_string())
                        .arg("error", io_message(&e)),
                ));
                continue;
            }
            Ok(m) if m.is_file() && lock_file(root) => {
                errors.push(lock_note(sources, root));
                continue;
            }
            Ok(m) if m.is_file() => {
                found.push(Found {
                    display: display(root),
                    path: root.clone(),
                    named: true,
                });
                continue;
            }
            Ok(m) if !m.is_dir() => {
                errors.push(path_error(sources, root, not_regular(root, &m.file_type())));
                continue;
            }
            Ok(_) => {}
        }
        // Hidden files are skipped, but for LibreOffice's lock files (`.~lock.台账.xlsx#`), which
        // are said to be skipped (DATA.md v3).
        let walker = ignore::WalkBuilder::new(root)
            .follow_links(true)
            .require_git(false)
            .hidden(false)
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                e.depth() == 0 || !name.starts_with('.') || lock_file(e.path())
            })
            .sort_by_file_path(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            match entry {
                Ok(entry) if lock_file(entry.path()) => {
                    if entry.file_type().is_some_and(|t| t.is_file()) {
                        errors.push(lock_note(sources, entry.path()));
                    }
                }
                Ok(entry) => match entry.file_type() {
                    Some(t) if t.is_file() && wanted(entry.path()) => {
                        found.push(Found {
                            display: display(entry.path()),
                            path: entry.path().to_path_buf(),
                            named: false,
                        });
                    }
                    Some(t) if t.is_file() => {}
                    // A FIFO or device named like a data or policy file: reading it could block
                    // forever or never end, so it is refused, and said so.
                    Some(t) if !t.is_dir() && wanted(entry.path()) => {
                        errors.push(path_error(
                            sources,
                            entry.path(),
                            not_regular(entry.path(), &t),
                        ));
                    }
                    _ => {}
                },
                Err(e) => errors.push(walk_error(sources, &e)),
            }
        }
    }
    found.sort();
    // A file both named and walked is named.
    found.dedup_by(|later, kept| {
        let same = later.path == kept.path;
        kept.named |= same && later.named;
        same
    });
    (found, errors)
}

/// The lock file an office suite keeps beside a workbook it has open: Excel's `~$台账.xlsx`,
/// LibreOffice's `.~lock.台账.xlsx#`. Neither is data, and neither can be read as a workbook.
pub fn lock_file(path: &Path) -> bool {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy()) else {
        return false;
    };
    name.starts_with("~$") || (name.starts_with(".~lock.") && name.ends_with('#'))
}

/// The info line of a lock file skipped.
fn lock_note(sources: &mut Sources, path: &Path) -> Finding {
    let workbook = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let workbook = workbook
        .strip_prefix("~$")
        .or_else(|| {
            workbook
                .strip_prefix(".~lock.")
                .and_then(|w| w.strip_suffix('#'))
        })
        .unwrap_or(&workbook)
        .to_string();
    let mut f = path_error(
        sources,
        path,
        Message::new("read-lock-file")
            .arg("path", display(path))
            .arg("workbook", workbook),
    )
    .severity(crate::diagnostic::Severity::Info);
    f.check = Check::SkippedFile;
    f
}

/// "`x` is a FIFO (named pipe), not a regular file; not read".
fn not_regular(path: &Path, kind: &std::fs::FileType) -> Message {
    Message::new("read-not-regular")
        .arg("path", display(path))
        .arg("kind", special(kind))
}

#[cfg(unix)]
fn special(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "fifo"
    } else if kind.is_socket() {
        "socket"
    } else if kind.is_block_device() || kind.is_char_device() {
        "device"
    } else {
        "special"
    }
}

#[cfg(not(unix))]
fn special(_: &std::fs::FileType) -> &'static str {
    "special"
}

fn walk_error(sources: &mut Sources, error: &ignore::Error) -> Finding {
    match loop_of(error) {
        Some((ancestor, child)) => path_error(
            sources,
            &child,
            Message::new("read-symlink-loop")
                .arg("link", display(&child))
                .arg("target", display(&ancestor)),
        )
        .help(Message::new("read-symlink-loop-help")),
        None => {
            let path = error_path(error).unwrap_or_else(|| PathBuf::from("."));
            path_error(
                sources,
                &path,
                Message::new("read-cannot-path")
                    .arg("path", display(&path))
                    .arg("error", error.to_string()),
            )
        }
    }
}

fn loop_of(error: &ignore::Error) -> Option<(PathBuf, PathBuf)> {
    match error {
        ignore::Error::Loop { ancestor, child } => Some((ancestor.clone(), child.clone())),
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => loop_of(err),
        ignore::Error::Partial(errs) => errs.iter().find_map(loop_of),
        _ => None,
    }
}

fn error_path(error: &ignore::Error) -> Option<PathBuf> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

/// A finding about a whole file, located at its start.
fn path_error(sources: &mut Sources, path: &Path, message: Message) -> Finding {
    let id = sources.add(SourceFile::new(display(path), ""));
    Finding::new(Check::ParseError, display(path), message).at(Loc::new(id, Span::empty(0)))
}

/// A path as a URI reference: every byte but the unreserved characters of RFC 3986 and `/`
/// percent-encoded (UTF-8), so that `采购 100%#1.csv` is `%E9%87%87%E8%B4%AD%20100%25%231.csv`.
pub fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The path as shown to users: relative to the current folder when it is inside it.
pub fn display(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let shown = cwd
        .as_deref()
        .and_then(|cwd| path.strip_prefix(cwd).ok())
        .unwrap_or(path);
    let text = shown.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_string).unwrap_or(text)
}

fn io_message(e: &std::io::Error) -> Message {
    match e.kind() {
        std::io::ErrorKind::NotFound => Message::new("read-not-found"),
        std::io::ErrorKind::PermissionDenied => Message::new("read-permission-denied"),
        _ => Message::new("detail").arg("detail", e.to_string()),
    }
}

/// "cannot read: why".
fn cannot_read(e: &std::io::Error) -> Message {
    Message::new("read-cannot").arg("error", io_message(e))
}

/// "file is larger than the limit of …; not read", with its size when known.
fn too_large(size: Option<u64>, limit: u64) -> Message {
    let message = Message::new("read-too-large").arg("limit", budget::show(limit));
    match size {
        Some(size) => message.arg("size", budget::show(size)),
        None => message.arg("size", "none"),
    }
}

/// Reads a file into `sources`. On any problem (too large, unreadable, not UTF-8) the file is
/// still registered (so the finding has a place to point at) and the finding is returned.
pub fn read(
    found: &Found,
    max_bytes: u64,
    encoding: Option<&'static encoding_rs::Encoding>,
    sources: &mut Sources,
) -> (FileId, Option<Finding>) {
    // A file not read at all: the finding points at its start.
    let unread = |sources: &mut Sources, message: Message| {
        let id = sources.add(SourceFile::new(found.display.clone(), ""));
        let finding = Finding::new(Check::ParseError, found.display.clone(), message)
            .at(Loc::new(id, Span::empty(0)));
        (id, Some(finding))
    };
    match std::fs::metadata(&found.path) {
        // Checked before opening: opening a FIFO blocks until someone writes to it.
        Ok(meta) if !meta.is_file() => {
            return unread(sources, not_regular(&found.path, &meta.file_type()));
        }
        Ok(meta) if meta.len() > max_bytes => {
            return unread(sources, too_large(Some(meta.len()), max_bytes));
        }
        Err(e) => return unread(sources, cannot_read(&e)),
        Ok(_) => {}
    }
    // Read at most one byte past the limit, in case the file grew after `metadata`.
    let bytes = match read_limited(&found.path, max_bytes) {
        Ok(b) => b,
        Err(e) => return unread(sources, cannot_read(&e)),
    };
    if bytes.len() as u64 > max_bytes {
        return unread(sources, too_large(None, max_bytes));
    }
    match decode::decode(bytes, encoding) {
        Ok(decoded) => (
            sources.add(SourceFile::decoded(
                found.display.clone(),
                decoded.text,
                decoded.origin,
            )),
            None,
        ),
        Err(bad) => {
            let name = decode::label(bad.encoding);
            let original = bad.original_at;
            let at = bad.at;
            let head = bad.decoded.text.as_bytes();
            let binary =
                bad.encoding == encoding_rs::UTF_8 && head[..head.len().min(8192)].contains(&0);
            let (message, help) = if binary {
                (
                    Message::new("read-binary").arg("offset", original),
                    Message::new("read-binary-help"),
                )
            } else if bad.encoding == encoding_rs::UTF_8 {
                let likely = decode::label(bad.likely);
                let file = found
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (
                    Message::new("read-not-utf8")
                        .arg("offset", original)
                        .arg("likely", likely.to_string()),
                    Message::new("read-not-utf8-help")
                        .arg("file", file)
                        .arg("likely", likely.to_string()),
                )
            } else {
                let likely = decode::label(bad.likely);
                (
                    Message::new("read-not-encoding")
                        .arg("encoding", name)
                        .arg("offset", original),
                    Message::new("read-not-encoding-help").arg("likely", likely),
                )
            };
            let len = bad
                .decoded
                .text
                .get(at..)
                .and_then(|t| t.chars().next())
                .map_or(0, char::len_utf8);
            let id = sources.add(SourceFile::decoded(
                found.display.clone(),
                bad.decoded.text,
                bad.decoded.origin,
            ));
            let finding = Finding::new(Check::ParseError, found.display.clone(), message)
                .at(Loc::new(id, Span::new(at, at + len)))
                .help(help);
            (id, Some(finding))
        }
    }
}

/// The most a file of settings (zhidu.toml, a calendar, a waivers file) may hold: far more than
/// any needs, and little enough that a runaway file is refused before it is read.
pub const SETTINGS_MAX: u64 = 16 << 20;

/// Reads a file zhidu is pointed at besides data and policies (zhidu.toml, a baseline, a waivers
/// file, a calendar) by the rules data files are read by: regular files only (a FIFO or a device
/// is refused before it is opened, so nothing blocks or reads for ever), at most `max_bytes`,
/// UTF-8. Its source and text, or the located finding that says why not.
pub fn read_text(
    path: &Path,
    max_bytes: u64,
    sources: &mut Sources,
) -> Result<(FileId, std::sync::Arc<String>), Box<Finding>> {
    let found = Found {
        display: display(path),
        path: path.to_path_buf(),
        named: true,
    };
    match read(&found, max_bytes, None, sources) {
        (_, Some(finding)) => Err(Box::new(finding)),
        (id, None) => Ok((
            id,
            sources.get(id).map(|f| f.text.clone()).unwrap_or_default(),
        )),
    }
}

/// Reads a binary file (a workbook) of at most `max_bytes`: its bytes, or why not, as a message.
pub fn read_bytes(found: &Found, max_bytes: u64) -> Result<Vec<u8>, Message> {
    match std::fs::metadata(&found.path) {
        Ok(meta) if !meta.is_file() => return Err(not_regular(&found.path, &meta.file_type())),
        Err(e) => return Err(cannot_read(&e)),
        Ok(_) => {}
    }
    let bytes = read_limited(&found.path, max_bytes).map_err(|e| cannot_read(&e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(None, max_bytes));
    }
    Ok(bytes)
}

fn read_limited(path: &Path, max_bytes: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    // Room for the whole file at once: `take` hides the file's size from `read_to_end`, which
    // would otherwise grow the buffer by doubling, copying a large file over and over.
    let expected = file.metadata().map_or(0, |m| m.len()).min(max_bytes);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0).saturating_add(1));
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}
