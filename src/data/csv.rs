//! CSV (RFC 4180) into the value tree: one collection per file, named by the file name's first
//! dot-separated part (`people.2026-11.csv` holds `people`). Row 1 names the fields; dotted
//! headers fill nested fields (`minutes.filed`), list fields are `;`-separated, empty cells are
//! absent fields.
//!
//! Hand-written so that every cell keeps its exact byte span (the `csv` crate gives a row's
//! position only), which is what lets a finding point at the cell itself.

use super::json::SyntaxError;
use super::tree::{Key, Node, Value};
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::source::{FileId, Loc, Span};
use crate::suggest;
use crate::vocab::schema::{self, FieldType};
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub span: Span,
    pub quoted: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub span: Span,
}

/// Splits a CSV text into rows of cells. Quoted cells may hold commas, quotes (doubled) and line
/// breaks.
pub fn rows(text: &str) -> Result<Vec<Row>, SyntaxError> {
    let bytes = text.as_bytes();
    let mut at = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut rows = Vec::new();
    while at < bytes.len() {
        let row_start = at;
        let mut cells = Vec::new();
        loop {
            let cell_start = at;
            if bytes.get(at) == Some(&b'"') {
                at += 1;
                let mut value = String::new();
                loop {
                    let run = at;
                    while at < bytes.len() && bytes[at] != b'"' {
                        at += 1;
                    }
                    value.push_str(&text[run..at]);
                    if at >= bytes.len() {
                        return Err(SyntaxError {
                            span: Span::new(cell_start, cell_start + 1),
                            message: "a quoted cell is never closed".into(),
                        });
                    }
                    if bytes.get(at + 1) == Some(&b'"') {
                        value.push('"');
                        at += 2;
                    } else {
                        at += 1;
                        break;
                    }
                }
                match bytes.get(at) {
                    None | Some(b',' | b'\n') => {}
                    Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') => {}
                    Some(_) => {
                        let len = text[at..].chars().next().map_or(1, char::len_utf8);
                        return Err(SyntaxError {
                            span: Span::new(at, at + len),
                            message:
                                "text after a quoted cell (quotes inside a cell are doubled: \"\")"
                                    .into(),
                        });
                    }
                }
                cells.push(Cell {
                    text: value,
                    span: Span::new(cell_start, at),
                    quoted: true,
                });
            } else {
                while at < bytes.len() && !matches!(bytes[at], b',' | b'\n') {
                    at += 1;
                }
                let end =
                    if at > cell_start && bytes[at - 1] == b'\r' && bytes.get(at) == Some(&b'\n') {
                        at - 1
                    } else {
                        at
                    };
                cells.push(Cell {
                    text: text[cell_start..end].to_string(),
                    span: Span::new(cell_start, end),
                    quoted: false,
                });
            }
            match bytes.get(at) {
                Some(b',') => at += 1,
                Some(b'\r') => {
                    at += 2;
                    break;
                }
                Some(b'\n') => {
                    at += 1;
                    break;
                }
                _ => break,
            }
        }
        let end = text[..at]
            .trim_end_matches(['\n', '\r'])
            .len()
            .max(row_start);
        rows.push(Row {
            cells,
            span: Span::new(row_start, end),
        });
    }
    Ok(rows)
}

/// The collection a CSV file holds, from its name.
pub fn collection_of(file_name: &str) -> &str {
    file_name.split('.').next().unwrap_or(file_name)
}

/// The fields of a CSV collection (`signatures` and `reviews` rows belong to records).
fn fields_of(collection: &str) -> Option<&'static [schema::Field]> {
    match collection {
        "signatures" => Some(schema::SIGNATURE_ROW_FIELDS),
        "reviews" => Some(schema::REVIEW_ROW_FIELDS),
        _ => schema::collection(collection).map(|c| c.fields),
    }
}

/// Builds the tree of a CSV file: `{collection: [entry, …]}`. Problems with the header or with a
/// row's shape are returned as findings; such columns and rows are left out.
pub fn to_tree(
    file: FileId,
    display: &str,
    collection: &str,
    text: &str,
) -> Result<(Node, Vec<Finding>), SyntaxError> {
    let rows = rows(text)?;
    let mut findings = Vec::new();
    let whole = Span::new(0, text.len());
    let Some(fields) = fields_of(collection) else {
        return Ok((Node::new(Value::Map(Vec::new()), file, whole), findings));
    };
    let mut rows = rows.into_iter().filter(|r| {
        !(r.cells.len() == 1 && r.cells[0].text.trim().is_empty() && !r.cells[0].quoted)
    });
    let Some(header) = rows.next() else {
        return Ok((Node::new(Value::Map(Vec::new()), file, whole), findings));
    };
    // Which columns to keep, with their dotted path.
    let mut columns: Vec<Option<Vec<String>>> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::with_capacity(header.cells.len());
    for cell in &header.cells {
        let name = cell.text.trim();
        let path: Vec<String> = name.split('.').map(str::to_string).collect();
        let problem = if name.is_empty() {
            Some(("a column has no name".to_string(), None))
        } else if seen.contains(name) {
            Some((format!("column `{name}` appears twice"), None))
        } else if !header_known(fields, &path) {
            let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
            Some((
                format!("unknown field `{name}` for {collection}"),
                suggest::did_you_mean(&path[0], &names).or_else(|| {
                    Some(format!(
                        "{collection} have {}; extra fields go in `attrs.<name>` columns",
                        names.join(", ")
                    ))
                }),
            ))
        } else {
            None
        };
        seen.insert(name);
        match problem {
            Some((message, help)) => {
                let mut f = Finding::new(
                    Check::DataError,
                    display,
                    format!("{message}; the column is not read"),
                )
                .at(Loc::new(file, cell.span));
                f.help = help;
                findings.push(f);
                columns.push(None);
            }
            None => columns.push(Some(path)),
        }
    }
    let mut entries = Vec::new();
    for row in rows {
        if row.cells.len() != header.cells.len() {
            findings.push(
                Finding::new(
                    Check::DataError,
                    display,
                    format!("row has {} cells, the header has {}; the row is not read", row.cells.len(), header.cells.len()),
                )
                .at(Loc::new(file, row.span))
                .help("check for an unquoted comma or a missing cell; cells holding commas are quoted"),
            );
            continue;
        }
        let mut map: Vec<(Key, Node)> = Vec::new();
        for (cell, column) in row.cells.iter().zip(&columns) {
            let Some(path) = column else {
                continue;
            };
            if cell.text.is_empty() && !cell.quoted {
                continue;
            }
            let ty = field_type(fields, path);
            let value = cell_value(file, cell, ty, path);
            insert(&mut map, path, value, file, cell.span);
        }
        entries.push(Node::new(Value::Map(map), file, row.span));
    }
    let key = Key {
        name: collection.to_string(),
        loc: Loc::new(file, header.span),
    };
    let list = Node::new(Value::Seq(entries), file, whole);
    Ok((
        Node::new(Value::Map(vec![(key, list)]), file, whole),
        findings,
    ))
}

fn header_known(fields: &'static [schema::Field], path: &[String]) -> bool {
    let Some(first) = schema::field(fields, &path[0]) else {
        return false;
    };
    match (first.ty, path.len()) {
        // Signatures and reviews have their own files (`signatures.csv`, `reviews.csv`).
        (FieldType::Signatures | FieldType::Reviews, _) => false,
        (_, 1) => true,
        (FieldType::Attrs, 2) => true,
        (FieldType::Map(inner), 2) => schema::field(inner, &path[1]).is_some(),
        _ => false,
    }
}

fn field_type(fields: &'static [schema::Field], path: &[String]) -> Option<FieldType> {
    let first = schema::field(fields, &path[0])?;
    match (first.ty, path.get(1)) {
        (ty, None) => Some(ty),
        (FieldType::Map(inner), Some(name)) => schema::field(inner, name).map(|f| f.ty),
        (FieldType::Attrs, Some(_)) => Some(FieldType::Attrs),
        _ => None,
    }
}

/// A cell as a tree value: lists split on `;`, `attrs` typed like YAML plain scalars, everything
/// else a string that the typing pass converts.
fn cell_value(file: FileId, cell: &Cell, ty: Option<FieldType>, path: &[String]) -> Node {
    let list = matches!(
        ty,
        Some(FieldType::TextList | FieldType::RefList(_) | FieldType::Holdings)
    );
    if list {
        let mut items = Vec::new();
        let mut offset = 0;
        let base = cell.span.start + usize::from(cell.quoted);
        for part in cell.text.split(';') {
            let trimmed = part.trim();
            let lead = part.len() - part.trim_start().len();
            if !trimmed.is_empty() {
                let start = base + offset + lead;
                // Quoted cells may hold doubled quotes, which shift offsets; fall back to the cell.
                let span = if cell.text.contains('"') {
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
    let value = if attrs && !cell.quoted {
        match cell.text.trim() {
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
        }
    } else {
        Value::Str {
            text: if cell.quoted {
                cell.text.clone()
            } else {
                cell.text.trim().to_string()
            },
            quoted: cell.quoted,
        }
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
mod tests {
    use super::*;

    #[test]
    fn quoted_cells_commas_and_line_breaks() {
        let text = "id,name\r\np1,\"张, 伟\"\np2,\"a\"\"b\nc\"\n";
        let rows = rows(text).unwrap_or_default();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1].cells[1].text, "张, 伟");
        assert_eq!(
            &text[rows[1].cells[1].span.start..rows[1].cells[1].span.end],
            "\"张, 伟\""
        );
        assert_eq!(rows[2].cells[1].text, "a\"b\nc");
        assert_eq!(rows[0].cells[1].text, "name");
    }

    #[test]
    fn unclosed_quotes_are_located() {
        let e = rows("id,name\np1,\"open\n").unwrap_err();
        assert_eq!(e.span.start, 11);
    }

    #[test]
    fn rows_become_entries_with_nested_and_list_fields() {
        let text = "id,name,roles,status\np1,张伟,president; ops-director,\n";
        let (node, findings) = to_tree(FileId(0), "people.csv", "people", text)
            .unwrap_or((Node::new(Value::Null, FileId(0), Span::default()), vec![]));
        assert!(findings.is_empty(), "{findings:?}");
        let people = node.get("people").cloned();
        let first = match people.map(|p| p.value) {
            Some(Value::Seq(items)) => items[0].clone(),
            _ => Node::new(Value::Null, FileId(0), Span::default()),
        };
        assert!(first.get("status").is_none(), "empty cells are absent");
        let roles = first.get("roles").cloned();
        match roles.map(|r| r.value) {
            Some(Value::Seq(items)) => {
                assert_eq!(items.len(), 2);
                assert_eq!(
                    &text[items[1].loc.span.start..items[1].loc.span.end],
                    "ops-director"
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bad_headers_and_short_rows_are_reported() {
        let text = "id,nmae,parent\nr1,x\nr2,y,z\n";
        let (_, findings) = to_tree(FileId(0), "units.csv", "units", text)
            .unwrap_or((Node::new(Value::Null, FileId(0), Span::default()), vec![]));
        assert_eq!(findings.len(), 2, "{findings:?}");
        assert_eq!(findings[0].help.as_deref(), Some("did you mean `name`?"));
        assert!(findings[1].message.contains("row has 2 cells"));
    }
}
