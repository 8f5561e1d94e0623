//! YAML into the value tree, from saphyr-parser's event stream.
//!
//! Built by hand from events (not through serde) so that every key and value keeps its span, and
//! so that hostile input is bounded: nesting is capped at [`MAX_DEPTH`], and alias expansion
//! ("billion laughs") at [`ALIAS_BUDGET`] nodes. The tree is built with an explicit stack, never
//! by recursion. Plain scalars are typed by the YAML 1.2 core schema; dates stay strings (they are
//! parsed when their field says they are dates).

use super::json::SyntaxError;
use super::tree::{CharOffsets, Key, MAX_DEPTH, Node, Value};
use crate::i18n::Message;
use crate::source::{FileId, Loc, Span};
use saphyr_parser::{Event, Parser, ScalarStyle};
use std::collections::HashMap;

/// How many nodes aliases may add to a file, all aliases together.
pub const ALIAS_BUDGET: usize = 100_000;

enum Frame {
    Seq {
        items: Vec<Node>,
        start: usize,
        anchor: usize,
    },
    Map {
        entries: Vec<(Key, Node)>,
        key: Option<Key>,
        start: usize,
        anchor: usize,
    },
}

/// Parses every document of a YAML file.
pub fn parse(file: FileId, text: &str) -> Result<Vec<Node>, SyntaxError> {
    let offsets = CharOffsets::new(text);
    let byte = |char_index: usize| offsets.byte(text, char_index);
    let mut parser = Parser::new_from_str(text);
    let mut documents = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, Node> = HashMap::new();
    let mut aliased = 0usize;
    while let Some(event) = parser.next_event() {
        let (event, span) = event.map_err(|e| {
            let at = byte(e.marker().index());
            SyntaxError {
                span: Span::new(
                    at,
                    at + text[at.min(text.len())..]
                        .chars()
                        .next()
                        .map_or(0, char::len_utf8),
                ),
                message: Message::new("detail").arg("detail", e.info().to_string()),
            }
        })?;
        let (start, end) = (byte(span.start.index()), byte(span.end.index()));
        let node = match event {
            Event::Scalar(value, style, anchor, _) => {
                let node = Node::new(
                    scalar(&value, style),
                    file,
                    Span::new(start, end.max(start)),
                );
                if anchor != 0 {
                    anchors.insert(anchor, node.clone());
                }
                node
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(SyntaxError {
                        span: Span::new(start, start + 1),
                        message: Message::new("data-too-deep").arg("max", MAX_DEPTH),
                    });
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        items: Vec::new(),
                        start,
                        anchor,
                    }
                } else {
                    Frame::Map {
                        entries: Vec::new(),
                        key: None,
                        start,
                        anchor,
                    }
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = stack.pop() else {
                    continue;
                };
                let (value, start, anchor, last_end) = match frame {
                    Frame::Seq {
                        items,
                        start,
                        anchor,
                    } => {
                        let last = items.last().map(|n| n.loc.span.end);
                        (Value::Seq(items), start, anchor, last)
                    }
                    Frame::Map {
                        entries,
                        start,
                        anchor,
                        ..
                    } => {
                        let last = entries.last().map(|(_, n)| n.loc.span.end);
                        (Value::Map(entries), start, anchor, last)
                    }
                };
                // Flow collections end at their closing bracket; block ones at their last child
                // (the parser's end marker sits at the next token, lines later).
                let closing = text
                    .get(end.saturating_sub(1)..end)
                    .is_some_and(|c| c == "]" || c == "}");
                let end = if closing {
                    end
                } else {
                    last_end.unwrap_or(end).max(start)
                };
                let node = Node::new(value, file, Span::new(start, end));
                if anchor != 0 {
                    anchors.insert(anchor, node.clone());
                }
                node
            }
            Event::Alias(id) => {
                let Some(target) = anchors.get(&id) else {
                    return Err(SyntaxError {
                        span: Span::new(start, end.max(start + 1)),
                        message: Message::new("yaml-unknown-anchor"),
                    });
                };
                aliased += target.size();
                if aliased > ALIAS_BUDGET {
                    return Err(SyntaxError {
                        span: Span::new(start, end.max(start + 1)),
                        message: Message::new("yaml-alias-bomb").arg("max", ALIAS_BUDGET),
                    });
                }
                let mut copy = target.clone();
                copy.loc = Loc::new(file, Span::new(start, end.max(start)));
                copy
            }
            Event::DocumentEnd => {
                stack.clear();
                continue;
            }
            _ => continue,
        };
        push(&mut stack, &mut documents, node)?;
    }
    Ok(documents)
}

/// Adds a finished node to the collection being built, or as a document.
fn push(stack: &mut [Frame], documents: &mut Vec<Node>, node: Node) -> Result<(), SyntaxError> {
    match stack.last_mut() {
        None => documents.push(node),
        Some(Frame::Seq { items, .. }) => items.push(node),
        Some(Frame::Map { entries, key, .. }) => match key.take() {
            None => {
                let name = match &node.value {
                    Value::Str { text, .. } | Value::Number(text) => text.clone(),
                    Value::Bool(b) => b.to_string(),
                    Value::Null => String::new(),
                    _ => {
                        return Err(SyntaxError {
                            span: node.loc.span,
                            message: Message::new("yaml-key-not-text"),
                        });
                    }
                };
                *key = Some(Key {
                    name,
                    loc: node.loc,
                });
            }
            Some(k) => entries.push((k, node)),
        },
    }
    Ok(())
}

/// Types a scalar by the YAML 1.2 core schema (plain scalars only; quoted ones are strings).
fn scalar(text: &str, style: ScalarStyle) -> Value {
    if style != ScalarStyle::Plain {
        return Value::Str {
            text: text.to_string(),
            quoted: true,
        };
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        _ if is_number(text) => Value::Number(text.to_string()),
        _ => Value::Str {
            text: text.to_string(),
            quoted: false,
        },
    }
}

/// A decimal integer or float of the core schema (`2027`, `-3`, `48000.50`, `1e3`).
fn is_number(text: &str) -> bool {
    let t = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = (!int.is_empty() || !frac.is_empty())
        && digits(int)
        && digits(frac)
        && (mantissa.contains('.') || !int.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Node {
        parse(FileId(0), text)
            .ok()
            .and_then(|mut d| d.pop())
            .unwrap_or_else(|| Node::new(Value::Null, FileId(0), Span::default()))
    }

    #[test]
    fn scalars_follow_the_core_schema() {
        let node = one("a: 2027\nb: 2026-12-20\nc: yes\nd: ~\ne: '12'\nf: true\ng: 48000.50\n");
        let v = |k: &str| node.get(k).map(|n| n.value.clone());
        assert_eq!(v("a"), Some(Value::Number("2027".into())));
        assert_eq!(
            v("b"),
            Some(Value::Str {
                text: "2026-12-20".into(),
                quoted: false
            })
        );
        assert_eq!(
            v("c"),
            Some(Value::Str {
                text: "yes".into(),
                quoted: false
            })
        );
        assert_eq!(v("d"), Some(Value::Null));
        assert_eq!(
            v("e"),
            Some(Value::Str {
                text: "12".into(),
                quoted: true
            })
        );
        assert_eq!(v("f"), Some(Value::Bool(true)));
        assert_eq!(v("g"), Some(Value::Number("48000.50".into())));
    }

    #[test]
    fn spans_are_bytes_under_chinese_text() {
        let text = "people:\n  - {id: p1, name: 张伟, seats: three}\n";
        let node = one(text);
        let person = match node.get("people").map(|n| &n.value) {
            Some(Value::Seq(items)) => items[0].clone(),
            _ => node.clone(),
        };
        let seats = person
            .get("seats")
            .map(|n| &text[n.loc.span.start..n.loc.span.end]);
        assert_eq!(seats, Some("three"));
        let name = person
            .get("name")
            .map(|n| &text[n.loc.span.start..n.loc.span.end]);
        assert_eq!(name, Some("张伟"));
    }

    #[test]
    fn block_maps_end_at_their_last_value() {
        let text = "people:\n  - id: p1\n    name: 张伟\n\n\nroles: []\n";
        let node = one(text);
        let person = match node.get("people").map(|n| &n.value) {
            Some(Value::Seq(items)) => items[0].clone(),
            _ => node.clone(),
        };
        assert_eq!(
            &text[person.loc.span.start..person.loc.span.end],
            "id: p1\n    name: 张伟"
        );
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut text = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        let mut prev = 'a';
        for name in ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] {
            text.push_str(&format!("{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
            prev = name;
        }
        let e = parse(FileId(0), &text).unwrap_err();
        let message = e.message.to_string();
        assert!(message.contains("alias"), "{message}");
    }

    #[test]
    fn deep_nesting_is_refused() {
        let text = "[".repeat(200_000);
        let e = parse(FileId(0), &text).unwrap_err();
        let message = e.message.to_string();
        assert!(
            message.contains("nesting") || message.contains("recursion"),
            "{message}"
        );
    }

    #[test]
    fn syntax_errors_are_located() {
        let text = "people:\n  - {id: p1, name: 张伟\n";
        let e = parse(FileId(0), text).unwrap_err();
        assert!(e.span.start > 8, "{e:?}");
    }
}
