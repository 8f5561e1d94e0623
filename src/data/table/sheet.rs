//! Workbooks (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`) into sheets of rows, through calamine.
//!
//! Each sheet is rendered as text, one line per row and a tab between cells, so that a cell has a
//! place (line = row, a span in the line) like a CSV cell does, and a report can show the row.
//! Cells keep their type: numbers (an integral number as `1001`, never `1001.0`), booleans, dates
//! and date-times (as ISO 8601), text. A formula cell is read as the value it last showed; an
//! error cell (`#N/A`) is a finding at the cell and read as empty.
//!
//! Hostile workbooks: the sizes the archive declares are checked against the run's memory before
//! anything is decompressed (a zip bomb); `.xlsx` sheets are streamed cell by cell rather than
//! into calamine's dense grid (one cell at A1 and one at XFD1048576 would be a grid of 17 billion
//! cells); the other formats are bounded by their own limits (`.xls`: 65,536 × 256 cells;
//! `.ods`: calamine's 100 million cells).

use super::{Cell, CellKind, Row};
use crate::i18n::Message;
use crate::source::Span;
use calamine::{Data, DataRef, Reader, Sheets};
use std::io::Cursor;

/// One sheet, read.
#[derive(Debug)]
pub struct Sheet {
    pub name: String,
    /// The rows rendered as text: line N is row N.
    pub text: String,
    /// The rows that hold anything, with their cells' spans in `text`.
    pub rows: Vec<Row>,
    /// Cells that could not be read, with why (an error value).
    pub problems: Vec<(Span, Message)>,
    /// Merged regions as (first row, first column, last row, last column), 0-based; `.xlsx` and
    /// `.xls` only.
    pub merged: Vec<(u32, u32, u32, u32)>,
}

/// The file extensions of workbooks.
pub const EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// What decompressing a workbook may cost at most, per declared byte of its XML, relative to the
/// memory budget: a sheet's XML is far larger than the cells it holds.
pub const COST_PER_XML_BYTE: u64 = 2;

/// Reads every sheet of a workbook. `limit` bounds the bytes its archive may declare once
/// decompressed (from the memory budget). An error is a message for the whole file.
pub fn read(bytes: Vec<u8>, limit: u64) -> Result<Vec<Sheet>, Message> {
    if bytes.starts_with(b"PK") {
        check_archive(&bytes, limit)?;
    }
    super::compound::check(&bytes, limit)?;
    // calamine indexes what a damaged file declares; what the checks above do not foresee costs
    // this file, reported, and never the run.
    crate::contain::contain(move || read_checked(bytes, limit)).unwrap_or_else(|payload| {
        let why = crate::contain::message(&*payload);
        Err(Message::new("sheet-reader-failed").arg("detail", why))
    })
}

/// Reads every sheet of a workbook whose structure has been checked.
fn read_checked(bytes: Vec<u8>, limit: u64) -> Result<Vec<Sheet>, Message> {
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| Message::new("sheet-not-a-workbook").arg("detail", e.to_string()))?;
    let names = workbook.sheet_names();
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let (mut cells, merged) = match &mut workbook {
            Sheets::Xlsx(xlsx) => {
                let merged = xlsx
                    .merge_cells_by_sheet_name(&name)
                    .unwrap_or_default()
                    .iter()
                    .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
                    .collect();
                (stream_xlsx(xlsx, &name)?, merged)
            }
            other => {
                let merged = match other {
                    Sheets::Xls(xls) => xls
                        .merge_cells_by_sheet_name(&name)
                        .unwrap_or_default()
                        .iter()
                        .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
                        .collect(),
                    _ => Vec::new(),
                };
                let range = other
                    .worksheet_range(&name)
                    .map_err(|e| unreadable(&name, &e))?;
                let (top, left) = range.start().unwrap_or((0, 0));
                let cells = range
                    .used_cells()
                    .map(|(r, c, value)| (top + r as u32, left + c as u32, value_of(value)))
                    .collect();
                (cells, merged)
            }
        };
        // Rows are rendered one per line, empty ones too (line N is row N): a cell claiming row
        // four billion would be four gigabytes of empty lines.
        if let Some(&(row, col, _)) = cells
            .iter()
            .find(|&&(row, col, _)| row >= MAX_ROWS || col >= MAX_COLUMNS)
        {
            return Err(Message::new("sheet-cell-beyond")
                .arg("sheet", name.as_str())
                .arg("row", i64::from(row) + 1)
                .arg("column", i64::from(col) + 1));
        }
        let spanned = spanned_cells(&mut cells);
        if spanned.saturating_mul(BYTES_PER_SPANNED_CELL) > limit {
            return Err(Message::new("sheet-too-many-cells")
                .arg("sheet", name.as_str())
                .arg("cells", spanned.to_string()));
        }
        sheets.push(render(name, cells, merged));
    }
    Ok(sheets)
}

/// "sheet `x` cannot be read (why)".
fn unreadable(name: &str, e: &dyn std::fmt::Display) -> Message {
    Message::new("sheet-unreadable")
        .arg("sheet", name)
        .arg("detail", e.to_string())
}

/// A cell's value as read.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Empty,
    Text(String),
    Number(String),
    Bool(bool),
    DateTime(String),
    Error(String),
    /// A date serial outside what a spreadsheet's dates can be (before 1900, after 9999).
    FarDate(String),
}

/// Refuses an archive whose members declare more than `limit` bytes in all.
fn check_archive(bytes: &[u8], limit: u64) -> Result<(), Message> {
    let archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Message::new("sheet-damaged-archive").arg("detail", e.to_string()))?;
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive
            .by_index_data(i)
            .map_err(|e| Message::new("sheet-damaged-archive").arg("detail", e.to_string()))?;
        declared = declared.saturating_add(entry.size());
    }
    if declared.saturating_mul(COST_PER_XML_BYTE) > limit {
        return Err(Message::new("sheet-too-large")
            .arg("declared", crate::read::budget::show(declared))
            .arg("compressed", crate::read::budget::show(bytes.len() as u64)));
    }
    Ok(())
}

/// The cells of an `.xlsx` sheet, streamed.
fn stream_xlsx<RS: std::io::Read + std::io::Seek>(
    xlsx: &mut calamine::Xlsx<RS>,
    name: &str,
) -> Result<Vec<(u32, u32, Value)>, Message> {
    let mut reader = xlsx
        .worksheet_cells_reader(name)
        .map_err(|e| unreadable(name, &e))?;
    let mut cells = Vec::new();
    loop {
        match reader.next_cell() {
            Ok(Some(cell)) => {
                let (row, col) = cell.get_position();
                let value = value_of_ref(cell.get_value());
                if value != Value::Empty {
                    cells.push((row, col, value));
                }
            }
            Ok(None) => break,
            Err(e) => return Err(unreadable(name, &e)),
        }
    }
    Ok(cells)
}

fn value_of(data: &Data) -> Value {
    match data {
        Data::Empty => Value::Empty,
        Data::String(s) => Value::Text(s.clone()),
        Data::Int(i) => Value::Number(i.to_string()),
        Data::Float(f) => Value::Number(number(*f)),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(dt) => date_time(dt),
        Data::DateTimeIso(s) => Value::DateTime(s.clone()),
        Data::DurationIso(s) => Value::Text(s.clone()),
        Data::Error(e) => Value::Error(e.to_string()),
    }
}

fn value_of_ref(data: &DataRef) -> Value {
    match data {
        DataRef::Empty => Value::Empty,
        DataRef::String(s) => Value::Text(s.clone()),
        DataRef::SharedString(s) => Value::Text((*s).to_string()),
        DataRef::Int(i) => Value::Number(i.to_string()),
        DataRef::Float(f) => Value::Number(number(*f)),
        DataRef::Bool(b) => Value::Bool(*b),
        DataRef::DateTime(dt) => date_time(dt),
        DataRef::DateTimeIso(s) => Value::DateTime(s.clone()),
        DataRef::DurationIso(s) => Value::Text(s.clone()),
        DataRef::Error(e) => Value::Error(e.to_string()),
    }
}

/// A number as its shortest text: an integral one without a decimal point.
fn number(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// A date cell as `2026-11-03`, a date-time cell as `2026-11-03T14:05:00`.
fn date_time(dt: &calamine::ExcelDateTime) -> Value {
    if dt.is_duration() {
        return Value::Number(number(dt.as_f64()));
    }
    // Excel's dates run from serial 0 (1900-01-00) to 2958465 (9999-12-31); a serial beyond
    // would be clamped to one end by the conversion, a wrong date read as a right one.
    let serial = dt.as_f64();
    if !(0.0..2_958_466.0).contains(&serial) {
        return Value::FarDate(number(serial));
    }
    let (y, m, d, h, min, s, milli) = dt.to_ymd_hms_milli();
    if (h, min, s, milli) == (0, 0, 0, 0) {
        Value::DateTime(format!("{y:04}-{m:02}-{d:02}"))
    } else {
        Value::DateTime(format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}"))
    }
}

/// The sheet as text and rows: line N holds row N, cells after tabs, up to the row's last cell
/// (a row is as wide as it is, however wide another row is).
/// The rows and columns of the largest sheet Excel and LibreOffice write.
const MAX_ROWS: u32 = 1 << 20;
const MAX_COLUMNS: u32 = 1 << 14;

/// What a cell costs once rendered, empty or not: the cell, its tab, its share of the row.
const BYTES_PER_SPANNED_CELL: u64 = 64;

/// The cells rendering makes: every row is as wide as its last cell (a cell at `XFD7` alone
/// makes 16,384, the empty ones included). Sorts the cells into rendering order.
fn spanned_cells(cells: &mut [(u32, u32, Value)]) -> u64 {
    cells.sort_by_key(|&(r, c, _)| (r, c));
    cells
        .chunk_by(|a, b| a.0 == b.0)
        .map(|row| row.last().map_or(0, |c| u64::from(c.1) + 1))
        .sum()
}

fn render(
    name: String,
    mut cells: Vec<(u32, u32, Value)>,
    merged: Vec<(u32, u32, u32, u32)>,
) -> Sheet {
    // `cells` come sorted by row and column (`spanned_cells`).
    let mut text = String::new();
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut line = 0u32;
    let mut i = 0;
    while i < cells.len() {
        let row = cells[i].0;
        let end = i + cells[i..].iter().take_while(|c| c.0 == row).count();
        let in_row = &mut cells[i..end];
        i = end;
        // Empty rows keep their lines, so that line N is row N.
        while line < row {
            text.push('\n');
            line += 1;
        }
        let row_start = text.len();
        let width = in_row.last().map_or(0, |c| c.1 + 1);
        let mut out = Vec::with_capacity(in_row.len());
        let mut next = 0;
        for col in 0..width {
            if col > 0 {
                text.push('\t');
            }
            let start = text.len();
            let value = match in_row.get_mut(next) {
                Some(cell) if cell.1 == col => {
                    next += 1;
                    std::mem::replace(&mut cell.2, Value::Empty)
                }
                _ => Value::Empty,
            };
            let (shown, cell_text, kind) = match value {
                Value::Empty => (String::new(), String::new(), CellKind::Plain),
                Value::Text(s) => (s.clone(), s, CellKind::Quoted),
                Value::Number(n) => (n.clone(), n, CellKind::Number),
                Value::Bool(b) => (b.to_string(), b.to_string(), CellKind::Bool),
                Value::DateTime(d) => (d.clone(), d, CellKind::DateTime),
                Value::Error(e) => {
                    problems.push((
                        Span::new(start, start + e.len()),
                        Message::new("sheet-error-cell").arg("error", e.as_str()),
                    ));
                    (e, String::new(), CellKind::Plain)
                }
                Value::FarDate(serial) => {
                    problems.push((
                        Span::new(start, start + serial.len()),
                        Message::new("sheet-far-date").arg("serial", serial.as_str()),
                    ));
                    (serial, String::new(), CellKind::Plain)
                }
            };
            // Tabs and line breaks inside a cell would break the lines into rows.
            let shown: String = shown
                .chars()
                .map(|c| {
                    if matches!(c, '\t' | '\n' | '\r') {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            text.push_str(&shown);
            out.push(Cell {
                text: cell_text,
                span: Span::new(start, text.len()),
                kind,
            });
        }
        rows.push(Row {
            cells: out,
            span: Span::new(row_start, text.len()),
        });
        text.push('\n');
        line += 1;
    }
    Sheet {
        name,
        text,
        rows,
        problems,
        merged,
    }
}

/// `B7` for the 0-based row 6 and column 1.
pub fn cell_name(row: usize, column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(row + 1).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(6, 1), "B7");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(1_048_575, 16_383), "XFD1048576");
    }

    #[test]
    fn rows_render_on_their_lines() {
        let cells = vec![
            (0, 0, Value::Text("编号".into())),
            (0, 1, Value::Text("金额".into())),
            (2, 0, Value::Number("1001".into())),
            (2, 1, Value::Error("#N/A".into())),
        ];
        let sheet = render("采购".into(), cells, Vec::new());
        assert_eq!(sheet.text, "编号\t金额\n\n1001\t#N/A\n");
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[1].cells[0].text, "1001");
        assert_eq!(sheet.rows[1].cells[1].text, "");
        assert_eq!(sheet.problems.len(), 1);
        assert_eq!(
            &sheet.text[sheet.problems[0].0.start..sheet.problems[0].0.end],
            "#N/A"
        );
    }

    #[test]
    fn numbers_and_dates_read_as_written() {
        assert_eq!(number(1001.0), "1001");
        assert_eq!(number(8000.5), "8000.5");
        let day =
            calamine::ExcelDateTime::new(46_329.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(date_time(&day), Value::DateTime("2026-11-03".into()));
        let moment =
            calamine::ExcelDateTime::new(46_329.5, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(
            date_time(&moment),
            Value::DateTime("2026-11-03T12:00:00".into())
        );
    }
}
