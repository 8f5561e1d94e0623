//! TOML into the value tree, through the `toml` crate's spanned document (`DeTable`). Native TOML
//! dates and date-times are kept as written and accepted wherever a date is wanted,
//! timestamp or period.

use super::json::SyntaxError;
use super::tree::{Key, MAX_DEPTH, Node, Value};
use crate::i18n::Message;
use crate::source::{FileId, Loc, Span};
use toml::de::{DeTable, DeValue};

pub fn parse(file: FileId, text: &str) -> Result<Node, SyntaxError> {
    let table = DeTable::parse(text).map_err(|e| {
        let range = e.span().unwrap_or(0..0);
        SyntaxError {
            span: Span::new(range.start, range.end),
            message: Message::new("detail").arg("detail", e.message().trim().to_string()),
        }
    })?;
    let span = Span::new(0, text.len());
    table_node(file, table.get_ref(), span, 0)
}

fn table_node(
    file: FileId,
    table: &DeTable,
    span: Span,
    depth: usize,
) -> Result<Node, SyntaxError> {
    let mut entries = Vec::with_capacity(table.len());
    for (key, value) in table.iter() {
        let key = Key {
            name: key.get_ref().to_string(),
            loc: Loc::new(file, Span::new(key.span().start, key.span().end)),
        };
        let range = value.span();
        entries.push((
            key,
            value_node(
                file,
                value.get_ref(),
                Span::new(range.start, range.end),
                depth + 1,
            )?,
        ));
    }
    Ok(Node::new(Value::Map(entries), file, span))
}

fn value_node(
    file: FileId,
    value: &DeValue,
    span: Span,
    depth: usize,
) -> Result<Node, SyntaxError> {
    if depth > MAX_DEPTH {
        return Err(SyntaxError {
            span: Span::new(span.start, span.start + 1),
            message: Message::new("data-too-deep").arg("max", MAX_DEPTH),
        });
    }
    let v = match value {
        DeValue::String(s) => Value::Str {
            text: s.to_string(),
            quoted: true,
        },
        DeValue::Integer(i) => Value::Number(i.as_str().replace('_', "")),
        DeValue::Float(f) => Value::Number(f.as_str().replace('_', "")),
        DeValue::Boolean(b) => Value::Bool(*b),
        DeValue::Datetime(d) => Value::DateTime(d.to_string()),
        DeValue::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items.iter() {
                let r = item.span();
                out.push(value_node(
                    file,
                    item.get_ref(),
                    Span::new(r.start, r.end),
                    depth + 1,
                )?);
            }
            Value::Seq(out)
        }
        DeValue::Table(t) => return table_node(file, t, span, depth),
    };
    Ok(Node::new(v, file, span))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrays_of_tables_keep_value_spans() {
        let text = "[[people]]\nid = \"p1\"\nname = \"张伟\"\nseats = \"three\"\n";
        let node = parse(FileId(0), text)
            .unwrap_or_else(|_| Node::new(Value::Null, FileId(0), Span::default()));
        let person = match node.get("people").map(|n| &n.value) {
            Some(Value::Seq(items)) => items[0].clone(),
            _ => node.clone(),
        };
        let seats = person
            .get("seats")
            .map(|n| &text[n.loc.span.start..n.loc.span.end]);
        assert_eq!(seats, Some("\"three\""));
    }

    #[test]
    fn native_dates_are_kept_as_written() {
        let node = parse(FileId(0), "d = 2026-12-20\nt = 2026-12-20T17:30:00+08:00\n").ok();
        let v = |k: &str| {
            node.as_ref()
                .and_then(|n| n.get(k))
                .map(|n| n.value.clone())
        };
        assert_eq!(v("d"), Some(Value::DateTime("2026-12-20".into())));
        assert_eq!(
            v("t"),
            Some(Value::DateTime("2026-12-20T17:30:00+08:00".into()))
        );
    }

    #[test]
    fn deep_nesting_is_an_error() {
        let text = format!("a = {}", "[".repeat(200_000));
        assert!(parse(FileId(0), &text).is_err());
    }
}
