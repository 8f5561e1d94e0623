//! Tables into entries: a CSV file, or a sheet of a workbook, holds one collection. A header row
//! names the fields (see [`headers`]); each row below it is an entry. Dotted headers fill nested
//! fields (`minutes.filed`), list fields are `;`-separated, empty cells are absent fields.
//!
//! Every cell keeps its span in the file's text (for a workbook, in the text of its sheet that
//! [`sheet`] renders, one line per row), so a finding points at the cell itself.

mod compound;
pub mod csv;
pub mod headers;
pub mod naming;
pub mod sheet;

use super::tree::{Key, Node, Value};
use crate::config::ColumnRule;
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::i18n::{Arg, Message};
use crate::source::{FileId, Loc, Span};
use crate::suggest;
use crate::vocab::schema::{self, Field, FieldType};
use std::collections::HashMap;

/// What a cell holds, as far as the file says: spreadsheets type their cells, CSV does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellKind {
    /// Text whose type is inferred from its field (a CSV cell).
    Plain,
    /// Text that is text (a quoted CSV cell, a spreadsheet's text cell).
    Quoted,
    /// A number cell, as its shortest text (`1001`, not `1001.0`).
    Number,
    Bool,
    /// A date or date-time cell, as ISO 8601 text.
    DateTime,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub span: Span,
    pub kind: CellKind,
}

impl Cell {
    fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.kind == CellKind::Plain
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub span: Span,
}

impl Row {
    fn is_blank(&self) -> bool {
        self.cells.iter().all(Cell::is_empty)
    }
}

/// How a table is read.
#[derive(Clone, Copy, Debug)]
pub struct Layout<'a> {
    pub collection: &'a str,
    /// The `kind` of rows that have none (`[files]`).
    pub kind: Option<&'a str>,
    /// The row (1-based, as the file numbers its lines or the sheet its rows) holding the
    /// headers; else the first row that is not blank.
    pub header_row: Option<u32>,
    pub columns: &'a [ColumnRule],
    /// Rows may end before the header does (a sheet's row ends at its last cell); a CSV row
    /// must have every cell.
    pub ragged: bool,
}

/// A table whose header has been read: the field of each column, and the rows below it.
pub struct Table<'a> {
    file: FileId,
    display: &'a str,
    collection: &'a str,
    fields: &'static [Field],
    kind: Option<&'a str>,
    ragged: bool,
    header: Row,
    /// Each column's dotted path, or `None` for a column not read.
    columns: Vec<Option<Vec<String>>>,
    pub rows: Vec<Row>,
}

/// Reads the header of a table: which field each column holds. Problems with the header (an
/// unknown column, a field given twice) are findings at the header cell, and those columns are
/// not read. `line_of` gives the line (row) a span starts on. `None` when the table has no header
/// (it is empty) or is not a table of a collection.
pub fn prepare<'a>(
    file: FileId,
    display: &'a str,
    layout: Layout<'a>,
    rows: Vec<Row>,
    line_of: &dyn Fn(Span) -> usize,
    findings: &mut Vec<Finding>,
) -> Option<Table<'a>> {
    let collection = layout.collection;
    let fields = schema::row_fields(collection)?;
    let mut rows = rows.into_iter();
    let header = match layout.header_row {
        Some(at) => {
            let at = at as usize;
            let found = rows.by_ref().find(|r| line_of(r.span) >= at);
            match found {
                Some(row) if line_of(row.span) == at && !row.is_blank() => row,
                _ => {
                    findings.push(
                        Finding::new(
                            Check::DataError,
                            display,
                            Message::new("table-header-row-empty").arg("row", at),
                        )
                        .at(Loc::new(file, Span::empty(0)))
                        .help(Message::new("table-header-row-empty-help")),
                    );
                    return None;
                }
            }
        }
        None => rows.by_ref().find(|r| !r.is_blank())?,
    };
    let mut columns: Vec<Option<Vec<String>>> = Vec::with_capacity(header.cells.len());
    let mut seen_headers: HashMap<&str, Span> = HashMap::with_capacity(header.cells.len());
    let mut seen_fields: HashMap<String, (&str, Span)> = HashMap::with_capacity(header.cells.len());
    let mut dropped: Vec<&str> = Vec::new();
    for cell in &header.cells {
        let name = cell.text.trim();
        if !name.is_empty() && headers::dropped(collection, name, layout.columns) {
            dropped.push(name);
            columns.push(None);
            continue;
        }
        let problem = if name.is_empty() {
            if cell_is_trailing(&header, cell) {
                // Spreadsheets often carry empty header cells after the last column.
                columns.push(None);
                continue;
            }
            Some((Message::new("table-unnamed-column"), None))
        } else if seen_headers.contains_key(name) {
            Some((Message::new("table-column-twice").arg("name", name), None))
        } else {
            match headers::field_for(collection, fields, name, layout.columns) {
                Some(field) => match seen_fields.get(&field) {
                    Some((first, _)) => Some((
                        Message::new("table-columns-same-field")
                            .arg("first", *first)
                            .arg("name", name)
                            .arg("field", field.as_str()),
                        Some(Message::new("table-columns-same-field-help")),
                    )),
                    None => {
                        seen_fields.insert(field.clone(), (name, cell.span));
                        None
                    }
                },
                None => {
                    let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
                    let first = name.split('.').next().unwrap_or(name);
                    Some((
                        Message::new("table-unknown-field")
                            .arg("name", name)
                            .arg("collection", collection),
                        headers::did_you_mean(collection, fields, name)
                            .or_else(|| suggest::did_you_mean(first, &names))
                            .or_else(|| {
                                Some(
                                    Message::new("table-unknown-field-help")
                                        .arg("collection", collection)
                                        .arg("names", Arg::list(&names)),
                                )
                            }),
                    ))
                }
            }
        };
        seen_headers.entry(name).or_insert(cell.span);
        match problem {
            Some((message, help)) => {
                let mut f = Finding::new(
                    Check::DataError,
                    display,
                    Message::new("table-column-not-read").arg("problem", message),
                )
                .at(Loc::new(file, cell.span));
                f.help = help.map(Into::into);
                findings.push(f);
                columns.push(None);
            }
            None => {
                let field = headers::field_for(collection, fields, name, layout.columns)
                    .unwrap_or_default();
                columns.push(Some(field.split('.').map(str::to_string).collect()));
            }
        }
    }
    if !dropped.is_empty() {
        findings.push(dropped_columns(file, display, &header, &dropped));
    }
    Some(Table {
        file,
        display,
        collection,
        fields,
        kind: layout.kind,
        ragged: layout.ragged,
        header,
        columns,
        rows: rows.filter(|r| !r.is_blank()).collect(),
    })
}

/// The one warning of a table whose columns `[columns]` drops: they are read and ignored, and
/// said once so that a column dropped by mistake is seen.
fn dropped_columns(file: FileId, display: &str, header: &Row, dropped: &[&str]) -> Finding {
    let names: Vec<String> = dropped.iter().map(|d| format!("`{d}`")).collect();
    Finding::new(
        Check::DataError,
        display,
        Message::new("table-columns-dropped")
            .arg("count", dropped.len())
            .arg("names", Arg::list(&names)),
    )
    .at(Loc::new(file, header.span))
    .severity(crate::diagnostic::Severity::Warning)
}

/// Is the cell an empty one after every named header cell?
fn cell_is_trailing(header: &Row, cell: &Cell) -> bool {
    header
        .cells
        .iter()
        .skip_while(|c| c.span != cell.span)
        .all(|c| c.text.trim().is_empty())
}

impl Table<'_> {
    /// The collection the table holds.
    pub fn collection(&self) -> &str {
        self.collection
    }

    /// One row as an entry of the value tree; a row whose cells do not line up with the header
    /// is a finding instead.
    pub fn entry(&self, row: &Row) -> Result<Node, Box<Finding>> {
        let file = self.file;
        let named = self
            .columns
            .iter()
            .rposition(Option::is_some)
            .map_or(0, |i| i + 1);
        let extra = row
            .cells
            .iter()
            .skip(self.columns.len())
            .any(|c| !c.is_empty());
        let short = row.cells.len() < named;
        if extra || (short && !self.ragged && row.cells.len() != self.header.cells.len()) {
            return Err(Box::new(
                Finding::new(
                    Check::DataError,
                    self.display,
                    Message::new("table-row-cells")
                        .arg("cells", row.cells.len())
                        .arg("header", self.header.cells.len()),
                )
                .at(Loc::new(file, row.span))
                .help(Message::new("table-row-cells-help")),
            ));
        }
        let mut map: Vec<(Key, Node)> = Vec::new();
        for (cell, column) in row.cells.iter().zip(&self.columns) {
            let Some(path) = column else {
                continue;
            };
            if cell.is_empty() {
                continue;
            }
            let ty = field_type(self.fields, path);
            let value = cell_value(file, cell, ty, path);
            insert(&mut map, path, value, file, cell.span);
        }
        if let Some(kind) = self.kind
            && !map.iter().any(|(k, _)| k.name == "kind")
        {
            let at = Loc::new(file, Span::empty(row.span.start));
            map.push((
                Key {
                    name: "kind".into(),
                    loc: at,
                },
                Node {
                    value: Value::Str {
                        text: kind.to_string(),
                        quoted: true,
                    },
                    loc: at,
                },
            ));
        }
        Ok(Node::new(Value::Map(map), file, row.span))
    }
}

fn field_type(fields: &'static [Field], path: &[String]) -> Option<FieldType> {
    let first = schema::field(fields, &path[0])?;
    match (first.ty, path.get(1)) {
        (ty, None) => Some(ty),
        (FieldType::Map(inner), Some(name)) => schema::field(inner, name).map(|f| f.ty),
        (FieldType::Attrs, Some(_)) => Some(FieldType::Attrs),
        _ => None,
    }
}

/// A cell as a tree value: lists split on `;`; typed cells as their type; `attrs` in plain cells
/// typed like YAML plain scalars; everything else a string that the typing pass converts.
fn cell_value(file: FileId, cell: &Cell, ty: Option<FieldType>, path: &[String]) -> Node {
    let list = matches!(
        ty,
        Some(FieldType::TextList | FieldType::RefList(_) | FieldType::Holdings)
    );
    if list {
        let mut items = Vec::new();
        let mut offset = 0;
        let quoted = cell.kind == CellKind::Quoted;
        let base = cell.span.start + usize::from(quoted);
        for part in cell.text.split(';') {
            let trimmed = part.trim();
            let lead = part.len() - part.trim_start().len();
            if !trimmed.is_empty() {
                let start = base + offset + lead;
                // Quoted cells may hold doubled quotes, which shift offsets; fall back to the cell.
                let span = if cell.text.contains('"') || cell.span.len() < cell.text.len() {
                    cell.span
                } else {
                    Span::new(start, start + trimmed.len())
                };
                items.push(Node::new(
                    Value::Str {
                        text: trimmed.to_string(),
                        quoted: false,
                    },
                    file,
                    span,
                ));
            }
            offset += part.len() + 1;
        }
        return Node::new(Value::Seq(items), file, cell.span);
    }
    let attrs = path.first().is_some_and(|p| p == "attrs");
    let text = cell.text.trim();
    let value = match cell.kind {
        CellKind::Number => Value::Number(text.to_string()),
        CellKind::Bool => Value::Bool(text == "true"),
        CellKind::DateTime => Value::DateTime(text.to_string()),
        CellKind::Quoted => Value::Str {
            text: cell.text.clone(),
            quoted: true,
        },
        CellKind::Plain if attrs => match text {
            "true" | "TRUE" | "True" => Value::Bool(true),
            "false" | "FALSE" | "False" => Value::Bool(false),
            t if !t.is_empty()
                && t.parse::<f64>().is_ok()
                && t.bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-') =>
            {
                Value::Number(t.to_string())
            }
            t => Value::Str {
                text: t.to_string(),
                quoted: false,
            },
        },
        CellKind::Plain => Value::Str {
            text: text.to_string(),
            quoted: false,
        },
    };
    Node::new(value, file, cell.span)
}

/// Puts a value at a dotted path inside a map, creating nested maps as needed.
fn insert(map: &mut Vec<(Key, Node)>, path: &[String], value: Node, file: FileId, span: Span) {
    let key = Key {
        name: path[0].clone(),
        loc: Loc::new(file, span),
    };
    if path.len() == 1 {
        map.push((key, value));
        return;
    }
    let position = map.iter().position(|(k, _)| k.name == path[0]);
    let index = match position {
        Some(i) => i,
        None => {
            map.push((key, Node::new(Value::Map(Vec::new()), file, span)));
            map.len() - 1
        }
    };
    if let Value::Map(inner) = &mut map[index].1.value {
        insert(inner, &path[1..], value, file, span);
    }
}

#[cfg(test)]
mod tests;
