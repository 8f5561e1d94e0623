//! CSV (RFC 4180) into rows of cells, each cell with its exact byte span.
//!
//! Hand-written so that every cell keeps its exact byte span (the `csv` crate gives a row's
//! position only), which is what lets a finding point at the cell itself.

use super::{Cell, CellKind, Row};
use crate::data::json::SyntaxError;
use crate::i18n::Message;
use crate::source::Span;

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
                            message: Message::new("csv-unclosed-quote"),
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
                            message: Message::new("csv-after-quote"),
                        });
                    }
                }
                cells.push(Cell {
                    text: value,
                    span: Span::new(cell_start, at),
                    kind: CellKind::Quoted,
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
                    kind: CellKind::Plain,
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
}
