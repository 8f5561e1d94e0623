//! Data files on disk → one [`DataSet`]: every file read and typed (in parallel), then merged in
//! path order, duplicate ids reported with both places, `signatures.csv` rows joined to their
//! records, references resolved. A broken file or entry never hides the others.

use super::convert::{Entries, FileKind, Typer};
use super::table::{self, Layout, Row, csv, naming, sheet};
use super::tree::Node;
use super::workspace::{Stamp, Workspace};
use super::{DataSet, json, toml as toml_format, yaml};
use crate::config::{ColumnRule, EncodingRule, FileRule};
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::diagnostic::Severity;
use crate::i18n::{Arg, Message};
use crate::read::budget::{self, Budget};
use crate::read::{self, Found};
use crate::source::{FileId, Loc, Sources};
use jiff::tz::TimeZone;
use rayon::prelude::*;
use std::path::Path;
use std::sync::Arc;

/// How data is read.
#[derive(Clone, Debug)]
pub struct Options {
    pub tz: TimeZone,
    /// What the run may spend reading data.
    pub budget: Budget,
    /// A file-size refusal of old configs (`max_file_size`), when set.
    pub max_file_size: Option<u64>,
    /// A file without collections is an error, not a note.
    pub strict: bool,
    /// `[encoding]`, `[files]` and `[columns]` of zhidu.toml.
    pub encodings: Vec<EncodingRule>,
    pub files: Vec<FileRule>,
    pub columns: Vec<ColumnRule>,
    /// `[values]`: an export's values mapped to the ones zhidu reads.
    pub values: Vec<crate::data::mapping::ValueRule>,
}

impl Options {
    /// The defaults of a run without zhidu.toml, in China's time zone: for tests and fuzz
    /// targets.
    #[cfg(any(test, feature = "internals"))]
    pub fn for_tests() -> Options {
        Options {
            tz: crate::time::time_zone("Asia/Shanghai").unwrap_or(TimeZone::UTC),
            budget: Budget::default_for_machine(),
            max_file_size: None,
            strict: false,
            encodings: Vec::new(),
            files: Vec::new(),
            columns: Vec::new(),
            values: Vec::new(),
        }
    }

    /// The encoding `[encoding]` names for a file (the last line that matches).
    fn encoding_of(&self, path: &Path) -> Option<&'static encoding_rs::Encoding> {
        self.encodings
            .iter()
            .rev()
            .find(|r| r.glob.matches(path))
            .map(|r| r.encoding)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Yaml,
    Json,
    Toml,
    Csv,
    /// A spreadsheet: `.xlsx`, `.xlsm`, `.xlsb`, `.xls` or `.ods`.
    Workbook,
}

impl Format {
    /// What reading a file of the format costs, per byte of the file: its text, the typed
    /// entries with a place for every value, and the indexes. Measured on generated companies
    /// (docs/performance.md: about 7.5 for JSON, 16 for YAML, 22 for CSV) and rounded up a
    /// little. Data made of many tiny values costs more per byte; the default budget, half of
    /// the machine's memory, leaves room for an estimate that is short by half.
    fn cost_per_byte(self) -> u64 {
        match self {
            Format::Json => 9,
            Format::Yaml => 18,
            Format::Toml | Format::Csv => 26,
            // Compressed: a sheet's cells take many times the file's bytes.
            Format::Workbook => 64,
        }
    }

    /// The estimated memory of reading a file of `bytes` bytes.
    fn cost(self, bytes: u64) -> u64 {
        bytes.saturating_mul(self.cost_per_byte())
    }
}

fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?;
    if name == crate::config::FILE_NAME || name == crate::config::TEST_FILE_NAME {
        return None;
    }
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "yaml" | "yml" => Some(Format::Yaml),
        "json" => Some(Format::Json),
        "toml" => Some(Format::Toml),
        "csv" => Some(Format::Csv),
        ext if sheet::EXTENSIONS.contains(&ext) => Some(Format::Workbook),
        _ => None,
    }
}

/// Is this a data file (by its name)?
pub fn is_data(path: &Path) -> bool {
    format_of(path).is_some()
}

/// Reads, types and merges every data file.
pub fn load(found: &[Found], options: &Options, sources: &mut Sources) -> (DataSet, Vec<Finding>) {
    load_in(found, options, &Workspace::default(), sources)
}

/// Reads, types and merges every data file, with what an editor's `workspace` holds: unsaved
/// texts read instead of the disk, and files unchanged since an earlier run not read again.
pub fn load_in(
    found: &[Found],
    options: &Options,
    workspace: &Workspace,
    sources: &mut Sources,
) -> (DataSet, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut inputs = Vec::new();
    // The estimated memory of the files read so far, charged before each is read.
    let mut spent = 0;
    for file in found.iter() {
        let Some(format) = format_of(&file.path) else {
            continue;
        };
        let unsaved = workspace.unsaved(&file.path);
        let metadata = std::fs::metadata(&file.path).ok();
        let bytes = match &unsaved {
            Some(text) => text.len() as u64,
            None => metadata.as_ref().map_or(0, std::fs::Metadata::len),
        };
        let cost = format.cost(bytes);
        if !options.budget.fits(spent, cost) {
            findings.push(over_budget(
                file,
                bytes,
                cost,
                spent,
                &options.budget,
                sources,
            ));
            continue;
        }
        spent = spent.saturating_add(cost);
        // Read no more than was charged for, in case the file grew since.
        let cap = options
            .max_file_size
            .unwrap_or(u64::MAX)
            .min(bytes.max(1).saturating_mul(2));
        if format == Format::Workbook {
            let room = options.budget.limit.saturating_sub(spent);
            read_workbook(file, cap, room, sources, &mut inputs, &mut findings);
            continue;
        }
        let stamp = Workspace::stamp(unsaved.as_deref().map(String::as_str), metadata.as_ref());
        if let Some(kept) = workspace.reuse(&file.path, stamp, sources.next_id()) {
            sources.add(kept.source);
            inputs.push(Input::Kept(file.clone(), kept.typed));
            continue;
        }
        if let Some(text) = unsaved {
            let id = sources.add(crate::source::SourceFile::new(
                file.display.clone(),
                text.as_str(),
            ));
            inputs.push(Input::File(id, file.clone(), stamp));
            continue;
        }
        let (id, error) = read::read(file, cap, options.encoding_of(&file.path), sources);
        match error {
            Some(e) => findings.push(e),
            None => inputs.push(Input::File(id, file.clone(), stamp)),
        }
    }
    let (data, typing) = type_all(&inputs, options, workspace, sources);
    findings.extend(typing);
    (data, findings)
}

/// Types and merges data files given as (name, text): what an editor holds, or a fuzzer makes.
/// The name's extension says the format, as a file's would.
#[cfg(feature = "internals")]
pub fn load_texts(
    files: &[(String, String)],
    options: &Options,
    sources: &mut Sources,
) -> (DataSet, Vec<Finding>) {
    let inputs: Vec<Input> = files
        .iter()
        .filter(|(name, _)| is_data(Path::new(name)))
        .map(|(name, text)| {
            let id = sources.add(crate::source::SourceFile::new(name.clone(), text.as_str()));
            let found = Found {
                display: name.clone(),
                path: name.into(),
                named: false,
            };
            Input::File(id, found, Workspace::stamp(Some(text), None))
        })
        .collect();
    type_all(&inputs, options, &Workspace::default(), sources)
}

/// Reads a workbook given as bytes, every sheet typed: what `check` does with a workbook file,
/// in memory, for the fuzz target.
#[cfg(feature = "internals")]
pub fn load_workbook(
    name: &str,
    bytes: Vec<u8>,
    options: &Options,
    sources: &mut Sources,
) -> (DataSet, Vec<Finding>) {
    let found = Found {
        display: name.to_string(),
        path: name.into(),
        named: false,
    };
    let mut inputs = Vec::new();
    let mut findings = Vec::new();
    let sheets = sheet::read(bytes, options.budget.limit);
    add_sheets(&found, sheets, sources, &mut inputs, &mut findings);
    let (data, typed) = type_all(&inputs, options, &Workspace::default(), sources);
    findings.extend(typed);
    (data, findings)
}

/// What is typed: a file's text, or one sheet of a workbook (its rows, read already).
enum Input {
    File(FileId, Found, Stamp),
    /// A file unchanged since an editor's earlier run: its entries as typed then.
    Kept(Found, Arc<(Entries, Vec<Finding>)>),
    Sheet {
        id: FileId,
        file: Found,
        sheet: sheet::Sheet,
    },
}

/// Reads a workbook: one source per sheet (its text rendered a row per line), each to be typed
/// like a CSV file. `room` is what the run's memory budget has left.
fn read_workbook(
    file: &Found,
    cap: u64,
    room: u64,
    sources: &mut Sources,
    inputs: &mut Vec<Input>,
    findings: &mut Vec<Finding>,
) {
    let sheets = read::read_bytes(file, cap).and_then(|bytes| sheet::read(bytes, room));
    add_sheets(file, sheets, sources, inputs, findings);
}

/// Adds each sheet of a workbook as a source to type, or the error that kept it from being read.
fn add_sheets(
    file: &Found,
    sheets: Result<Vec<sheet::Sheet>, Message>,
    sources: &mut Sources,
    inputs: &mut Vec<Input>,
    findings: &mut Vec<Finding>,
) {
    match sheets {
        Ok(sheets) => {
            for sheet in sheets {
                let id = sources.add(crate::source::SourceFile::sheet(
                    file.display.clone(),
                    sheet.name.clone(),
                    sheet.text.clone(),
                ));
                inputs.push(Input::Sheet {
                    id,
                    file: file.clone(),
                    sheet,
                });
            }
        }
        Err(message) => {
            let id = sources.add(crate::source::SourceFile::new(file.display.clone(), ""));
            findings.push(
                Finding::new(Check::ParseError, file.display.clone(), message)
                    .at(Loc::new(id, crate::source::Span::empty(0)))
                    .help(Message::new("load-workbook-help")),
            );
        }
    }
}

/// Types every file (in parallel) and merges them into the model.
fn type_all(
    inputs: &[Input],
    options: &Options,
    workspace: &Workspace,
    sources: &Sources,
) -> (DataSet, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut files: Vec<&Path> = inputs
        .iter()
        .map(|i| match i {
            Input::File(_, f, _) | Input::Kept(f, _) | Input::Sheet { file: f, .. } => {
                f.path.as_path()
            }
        })
        .collect();
    files.dedup();
    let read = files.len();
    if workspace.keeps() {
        workspace.retain(&files);
    }
    let typed: Vec<(Entries, Vec<Finding>)> = inputs
        .par_iter()
        .map(|input| {
            let (id, file) = match input {
                Input::Kept(_, typed) => return typed.as_ref().clone(),
                Input::File(id, file, _) | Input::Sheet { id, file, .. } => (*id, file),
            };
            let text = sources.get(id).map_or("", |f| &*f.text);
            // A bug while reading one file costs that file, reported, and never the run.
            let typed = crate::contain::contain(|| match input {
                Input::Sheet { sheet, .. } => type_sheet(id, file, sheet, text, options),
                _ => type_file(id, file, text, options),
            })
            .unwrap_or_else(|payload| {
                let what = Message::new("internal-reading").arg("file", file.display.as_str());
                let at = Loc::new(id, crate::source::Span::empty(0));
                let f = Finding::internal_error(file.display.clone(), what, &*payload, Some(at));
                (Entries::default(), vec![f])
            });
            if let (Input::File(_, _, stamp), Some(source)) = (input, sources.get(id))
                && workspace.keeps()
            {
                workspace.keep(&file.path, *stamp, source, id, typed.clone());
            }
            typed
        })
        .collect();
    let mut parts = Vec::with_capacity(typed.len());
    for (file_entries, file_findings) in typed {
        parts.push(file_entries);
        findings.extend(file_findings);
    }
    let data = super::merge::assemble(
        Entries::join(parts),
        sources,
        options.tz.clone(),
        read,
        &mut findings,
    );
    (data, findings)
}

/// A file that would take the run over its memory budget: refused, located, with the way out.
fn over_budget(
    file: &Found,
    bytes: u64,
    cost: u64,
    spent: u64,
    budget: &Budget,
    sources: &mut Sources,
) -> Finding {
    let id = sources.add(crate::source::SourceFile::new(file.display.clone(), ""));
    let already = if spent > 0 {
        Message::new("load-already")
            .arg("spent", budget::show(spent))
            .into()
    } else {
        Arg::Str(String::new())
    };
    Finding::new(
        Check::ParseError,
        file.display.clone(),
        Message::new("load-over-budget")
            .arg("file", file.display.as_str())
            .arg("bytes", budget::show(bytes))
            .arg("cost", budget::show(cost))
            .arg("already", already)
            .arg("budget", budget::show(budget.limit))
            .arg("reserve", budget::show(budget::BASE)),
    )
    .at(Loc::new(id, crate::source::Span::empty(0)))
    .help(Message::new("load-over-budget-help").arg("raise", budget.how_to_raise()))
}

/// Under the `fault-injection` feature (tests only), a data file starting with this line panics while
/// it is read: the fault that shows one failing file cannot take the others with it.
#[cfg(feature = "fault-injection")]
pub const INJECTED_PANIC: &str = "# zhidu-test: panic";

/// Parses and types one file.
fn type_file(id: FileId, file: &Found, text: &str, options: &Options) -> (Entries, Vec<Finding>) {
    #[cfg(feature = "fault-injection")]
    if text.starts_with(INJECTED_PANIC) {
        panic!("a fault injected by a test");
    }
    let Some(format) = format_of(&file.path) else {
        return (Entries::default(), Vec::new());
    };
    let typed = match format {
        Format::Json => type_split_json(id, file, text, options),
        Format::Csv => {
            return match csv::rows(text) {
                Ok(rows) => type_table(id, file, None, rows, text, options),
                Err(e) => (Entries::default(), vec![*syntax(id, file, format, e)]),
            };
        }
        _ => None,
    };
    let (any_data, entries, mut findings) =
        match typed.map_or_else(|| type_tree(id, file, format, text, options), Ok) {
            Ok(typed) => typed,
            Err(finding) => return (Entries::default(), vec![*finding]),
        };
    if !any_data {
        let empty = text.trim_start_matches('\u{feff}').trim().is_empty();
        let message =
            Message::new("load-no-collection").arg("empty", if empty { "yes" } else { "no" });
        // A YAML, JSON or TOML file without collections is a note, even when named (it may be
        // any configuration file); `strict` makes it an error.
        let (check, severity) = if options.strict {
            (Check::DataError, Severity::Error)
        } else {
            (Check::SkippedFile, Severity::Info)
        };
        findings.push(
            Finding::new(check, file.display.clone(), message)
                .at(Loc::new(id, crate::source::Span::empty(0)))
                .severity(severity)
                .help(Message::new("load-no-collection-help")),
        );
    }
    (entries, findings)
}

/// A syntax error of a file, located.
fn syntax(id: FileId, file: &Found, format: Format, e: json::SyntaxError) -> Box<Finding> {
    Box::new(
        Finding::new(
            Check::ParseError,
            file.display.clone(),
            Message::new("load-syntax")
                .arg("format", name(format))
                .arg("detail", e.message),
        )
        .at(Loc::new(id, e.span)),
    )
}

/// A sheet of a workbook, typed like a CSV file; its error cells and a header it cannot use are
/// findings at their cells.
fn type_sheet(
    id: FileId,
    file: &Found,
    sheet: &sheet::Sheet,
    text: &str,
    options: &Options,
) -> (Entries, Vec<Finding>) {
    let mut problems: Vec<Finding> = sheet
        .problems
        .iter()
        .map(|(span, message)| {
            Finding::new(Check::DataError, file.display.clone(), message.clone())
                .at(Loc::new(id, *span))
                .help(Message::new("load-cell-help"))
        })
        .collect();
    if sheet.rows.is_empty() {
        return (Entries::default(), problems);
    }
    let (entries, findings) = type_table(id, file, Some(sheet), sheet.rows.clone(), text, options);
    problems.extend(findings);
    (entries, problems)
}

/// A table — a CSV file's rows, or a sheet's — typed: its collection told by `[files]` or its
/// name, its header read, its rows typed in parallel chunks.
fn type_table(
    id: FileId,
    file: &Found,
    sheet: Option<&sheet::Sheet>,
    rows: Vec<Row>,
    text: &str,
    options: &Options,
) -> (Entries, Vec<Finding>) {
    let mut findings = Vec::new();
    let line_of = |span: crate::source::Span| line_number(text, span.start);
    let sheet_name = sheet.map(|s| s.name.as_str());
    let Some(naming) = naming::naming(&file.path, sheet_name, &options.files) else {
        findings.push(unnamed_table(id, file, sheet_name, &rows));
        return (Entries::default(), findings);
    };
    if let Some(sheet) = sheet
        && let Some(problem) = header_problem(id, file, sheet, naming.header_row, &line_of)
    {
        findings.push(problem);
        return (Entries::default(), findings);
    }
    let layout = Layout {
        collection: naming.collection,
        kind: naming.kind.as_deref(),
        header_row: naming.header_row,
        columns: &options.columns,
        ragged: sheet.is_some(),
    };
    let Some(table) = table::prepare(id, &file.display, layout, rows, &line_of, &mut findings)
    else {
        return (Entries::default(), findings);
    };
    let collection = table.collection();
    let typed: Vec<(Entries, Vec<Finding>)> = table
        .rows
        .par_chunks(CHUNK)
        .map(|chunk| {
            let mut entries = Entries::default();
            let mut findings = Vec::new();
            let mut typer = Typer::new(&file.display, &options.tz, &options.values, &mut findings);
            let mut shape = Vec::new();
            for row in chunk {
                match table.entry(row) {
                    Ok(node) => {
                        if let Some(entry) = typer.entry(collection, &node) {
                            entries.push(entry);
                        }
                    }
                    Err(f) => shape.push(*f),
                }
            }
            findings.extend(shape);
            (entries, findings)
        })
        .collect();
    let mut parts = Vec::with_capacity(typed.len());
    for (entries, chunk_findings) in typed {
        parts.push(entries);
        findings.extend(chunk_findings);
    }
    (Entries::join(parts), findings)
}

/// The 1-based line `offset` is on.
fn line_number(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// What to do about merged cells where the headers were looked for: name the row below them
/// with `header_row` when they are a title, else unmerge them.
fn merged_help(
    header_row: Option<u32>,
    below: Option<usize>,
    add: &dyn Fn(usize) -> Message,
) -> Message {
    match (header_row, below) {
        (None, Some(row)) => Message::new("load-merged-title")
            .arg("row", row)
            .arg("add", add(row)),
        (Some(row), _) => Message::new("load-merged-header-row").arg("row", row),
        (None, None) => Message::new("load-merged-unmerge"),
    }
}

/// A sheet whose header zhidu cannot tell: merged header cells, headers below row 1 with no
/// `header_row`, or a title row above them.
fn header_problem(
    id: FileId,
    file: &Found,
    sheet: &sheet::Sheet,
    header_row: Option<u32>,
    line_of: &dyn Fn(crate::source::Span) -> usize,
) -> Option<Finding> {
    let filled = |row: &Row| {
        row.cells
            .iter()
            .filter(|c| !c.text.trim().is_empty())
            .count()
    };
    let first = sheet.rows.iter().find(|r| filled(r) > 0)?;
    let header_line = header_row.map_or_else(|| line_of(first.span), |r| r as usize);
    let at = |span| Loc::new(id, span);
    let line_to_add = |row: usize| {
        let name = file
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Message::new("load-name-header-row").arg(
            "line",
            format!(
                "\"{name}#{}\" = {{ collection = \"…\", header_row = {row} }}",
                sheet.name
            ),
        )
    };
    if let Some(&(r0, c0, r1, c1)) = sheet
        .merged
        .iter()
        .find(|&&(r0, _, r1, _)| (r0 as usize + 1..=r1 as usize + 1).contains(&header_line))
    {
        let row = sheet
            .rows
            .iter()
            .find(|r| line_of(r.span) == r0 as usize + 1);
        let span = row
            .and_then(|r| r.cells.get(c0 as usize))
            .map_or(first.span, |c| c.span);
        // The first row under the merged cells that names two columns or more: the headers, when
        // the merged cells are a title above them.
        let below = sheet
            .rows
            .iter()
            .filter(|r| line_of(r.span) > r1 as usize + 1)
            .find(|r| filled(r) >= 2)
            .map(|r| line_of(r.span));
        return Some(
            Finding::new(
                Check::DataError,
                file.display.clone(),
                Message::new("load-merged")
                    .arg("from", sheet::cell_name(r0 as usize, c0 as usize))
                    .arg("to", sheet::cell_name(r1 as usize, c1 as usize)),
            )
            .at(at(span))
            .help(merged_help(header_row, below, &line_to_add)),
        );
    }
    if header_row.is_some() {
        return None;
    }
    // A title above the headers: one cell in row 1, a wider row further down.
    let line = line_of(first.span);
    if filled(first) == 1
        && let Some(wider) = sheet.rows.iter().find(|r| filled(r) >= 2)
    {
        let row = line_of(wider.span);
        return Some(
            Finding::new(
                Check::DataError,
                file.display.clone(),
                Message::new("load-title-row")
                    .arg("line", line)
                    .arg("row", row),
            )
            .at(at(first.span))
            .help(line_to_add(row)),
        );
    }
    (line != 1).then(|| {
        Finding::new(
            Check::DataError,
            file.display.clone(),
            Message::new("load-headers-below").arg("line", line),
        )
        .at(at(first.span))
        .help(line_to_add(line))
    })
}

/// A table whose collection neither `[files]` nor its name tells: a warning that prints the
/// `[files]` line to add; an error when the file was named on the command line.
fn unnamed_table(id: FileId, file: &Found, sheet: Option<&str>, rows: &[Row]) -> Finding {
    let header: Vec<&str> = rows
        .iter()
        .find(|r| r.cells.iter().any(|c| !c.text.trim().is_empty()))
        .map(|r| r.cells.iter().map(|c| c.text.as_str()).collect())
        .unwrap_or_default();
    let what = match sheet {
        Some(sheet) => Message::new("load-sheet-of")
            .arg("sheet", sheet)
            .arg("file", file.display.as_str()),
        None => Message::new("load-file").arg("file", file.display.as_str()),
    };
    let severity = if file.named {
        Severity::Error
    } else {
        Severity::Warning
    };
    Finding::new(
        Check::SkippedFile,
        file.display.clone(),
        Message::new("load-unnamed")
            .arg("what", what)
            .arg("collections", Arg::list(crate::vocab::schema::TABULAR)),
    )
    .at(Loc::new(id, crate::source::Span::empty(0)))
    .severity(severity)
    .help(
        Message::new("load-add-files-line")
            .arg("line", naming::files_line(&file.path, sheet, &header)),
    )
}

/// What typing a file gave: whether it held collections, its entries, its findings.
type Typed = (bool, Entries, Vec<Finding>);

/// Entries typed together on one core, when a file's entries are typed on all of them.
const CHUNK: usize = 512;

/// A JSON file typed entry by entry, in parallel, never holding the whole file's tree (see
/// [`json::split`]). `None` when the file does not split, or an entry does not parse: the whole
/// tree's parse then reports the error, in the same words as ever.
fn type_split_json(id: FileId, file: &Found, text: &str, options: &Options) -> Option<Typed> {
    let split = json::split(id, text)?;
    let mut findings = Vec::new();
    let mut typer = Typer::new(&file.display, &options.tz, &options.values, &mut findings);
    let Some(collections) = typer.collections(&split.root) else {
        return Some((false, Entries::default(), findings));
    };
    let chunks: Vec<(&str, &[crate::source::Span])> = collections
        .iter()
        .filter_map(|&(i, name)| Some((name, split.items.get(i)?.as_deref()?)))
        .flat_map(|(name, spans)| spans.chunks(CHUNK).map(move |c| (name, c)))
        .collect();
    let typed: Vec<(Entries, Vec<Finding>)> = chunks
        .par_iter()
        .map(|&(name, spans)| {
            let mut entries = Entries::default();
            let mut findings = Vec::new();
            let mut typer = Typer::new(&file.display, &options.tz, &options.values, &mut findings);
            for &span in spans {
                let node = json::parse_item(id, text, span).ok()?;
                if let Some(entry) = typer.entry(name, &node) {
                    entries.push(entry);
                }
            }
            Some((entries, findings))
        })
        .collect::<Option<_>>()?;
    let mut parts = Vec::with_capacity(typed.len());
    for (chunk_entries, chunk_findings) in typed {
        parts.push(chunk_entries);
        findings.extend(chunk_findings);
    }
    Some((true, Entries::join(parts), findings))
}

/// A file parsed into one tree, then typed.
fn type_tree(
    id: FileId,
    file: &Found,
    format: Format,
    text: &str,
    options: &Options,
) -> Result<Typed, Box<Finding>> {
    let mut findings = Vec::new();
    let mut entries = Entries::default();
    let syntax = |e: json::SyntaxError| {
        Box::new(
            Finding::new(
                Check::ParseError,
                file.display.clone(),
                Message::new("load-syntax")
                    .arg("format", name(format))
                    .arg("detail", e.message),
            )
            .at(Loc::new(id, e.span)),
        )
    };
    let roots: Vec<Node> = match format {
        Format::Yaml => yaml::parse(id, text).map_err(syntax)?,
        Format::Json => vec![json::parse(id, text).map_err(syntax)?],
        Format::Toml => vec![toml_format::parse(id, text).map_err(syntax)?],
        // Tables have their own path (`type_table`).
        Format::Csv | Format::Workbook => Vec::new(),
    };
    let mut any_data = false;
    let mut typer = Typer::new(&file.display, &options.tz, &options.values, &mut findings);
    for root in &roots {
        if let FileKind::Data = typer.file(root, &mut entries) {
            any_data = true;
        }
    }
    Ok((any_data, entries, findings))
}

fn name(format: Format) -> &'static str {
    match format {
        Format::Yaml => "YAML",
        Format::Json => "JSON",
        Format::Toml => "TOML",
        Format::Csv => "CSV",
        Format::Workbook => "workbook",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(name: &str, text: &str) -> (DataSet, Vec<Finding>, Sources) {
        let dir = tempfile::tempdir().unwrap_or_else(|_| std::process::exit(1));
        let path = dir.path().join(name);
        let _ = std::fs::write(&path, text);
        let mut sources = Sources::new();
        let found = vec![Found {
            display: name.to_string(),
            path,
            named: false,
        }];
        let (data, findings) = load(&found, &Options::for_tests(), &mut sources);
        (data, findings, sources)
    }

    const EXAMPLE: &str = r#"units:
  - {id: ops-center, name: 运营中心, head: ops-director, overseen_by: president}
roles:
  - {id: president, title: 总裁, level: executive}
  - {id: ops-director, title: 运营总监, unit: ops-center, reports_to: president, level: director}
people:
  - {id: p001, name: 张伟, roles: [president]}
  - {id: p002, name: 李娜, roles: [{role: ops-director, since: 2024-03-01}]}
bodies:
  - {id: gm-office, name: 总经理办公会, chair: president, members: [president, ops-director]}
plans:
  - id: aop-2027
    kind: annual-operations-plan
    period: 2027
    owner: p002
    submitted: 2026-12-18
    submitted_to: gm-office
    reviews: [{by: gm-office, at: 2026-12-19}]
    signatures: [{by: p001, as: president, at: 2026-12-22}]
"#;

    #[test]
    fn the_data_md_example_loads_cleanly() {
        let (data, findings, _) = load_text("org.yaml", EXAMPLE);
        assert!(findings.is_empty(), "{findings:#?}");
        assert_eq!(data.org.units.len(), 1);
        assert_eq!(data.org.people.len(), 2);
        let plan = data.records.all.iter().find(|r| r.id.value == "aop-2027");
        assert_eq!(plan.map(|p| p.signatures.len()), Some(1));
        assert_eq!(
            plan.and_then(|p| p.period())
                .map(|p| p.to_string())
                .as_deref(),
            Some("2027")
        );
        let day = crate::time::parse_date("2026-12-01").unwrap_or(jiff::civil::Date::MIN);
        let director = data.org.role("ops-director").unwrap();
        assert_eq!(
            data.org.holders(director, day),
            vec![data.org.person("p002").unwrap()]
        );
        let li = data.org.person("p002").unwrap();
        assert_eq!(
            data.org.superiors(li, day),
            vec![data.org.person("p001").unwrap()]
        );
    }

    #[test]
    fn mistakes_are_located_and_neighbours_kept() {
        let text = "roles:\n  - {id: r1, title: A, seats: three}\n  - {id: r2, titel: B}\n  - {id: r3, title: C, reports_to: r9}\n  - {id: r1, title: Z}\n";
        let (data, findings, sources) = load_text("org.yaml", text);
        let codes: Vec<&str> = findings.iter().map(|f| f.check.code()).collect();
        assert_eq!(data.org.roles.len(), 3, "every role is kept");
        assert!(codes.contains(&"data-error"));
        assert!(codes.contains(&"unknown-reference"));
        assert!(codes.contains(&"duplicate-id"));
        let seats = findings
            .iter()
            .find(|f| f.message.english().contains("seats"))
            .and_then(|f| f.location);
        let shown = seats.and_then(|l| {
            sources
                .get(l.file)
                .map(|f| f.text[l.span.start..l.span.end].to_string())
        });
        assert_eq!(shown.as_deref(), Some("three"));
        let typo = findings
            .iter()
            .find(|f| f.message.english().contains("titel"));
        assert_eq!(
            typo.and_then(|f| f.help.as_ref().map(|h| h.english().into_owned()))
                .as_deref(),
            Some("did you mean `title`?")
        );
    }
}
