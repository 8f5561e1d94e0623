//! The value tree every data format is read into before it is typed: maps, lists and scalars,
//! each with the exact bytes it came from. One tree for YAML, JSON, TOML and CSV means one typing
//! pass, so the same mistake gets the same message in every format, at its own line and column.

use crate::source::{FileId, Loc, Span};

/// How deeply maps and lists may nest. Real data needs a handful of levels; the limit stops a
/// file of 200,000 brackets long before it could exhaust the stack.
pub const MAX_DEPTH: usize = 64;

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Value,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number as written (`48000.50`, `2027`), so nothing is lost to floating point.
    Number(String),
    /// A string. `quoted` is false for YAML plain scalars and CSV cells, whose type is inferred.
    Str {
        text: String,
        quoted: bool,
    },
    /// A TOML date or date-time, as TOML writes it.
    DateTime(String),
    Seq(Vec<Node>),
    Map(Vec<(Key, Node)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    pub name: String,
    pub loc: Loc,
}

impl Node {
    pub fn new(value: Value, file: FileId, span: Span) -> Node {
        Node {
            value,
            loc: Loc::new(file, span),
        }
    }

    /// What kind of value this is, for "expected …, found …".
    pub fn describe(&self) -> crate::i18n::Message {
        let shape = match &self.value {
            Value::Null => "nothing",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::Str { .. } => "string",
            Value::DateTime(_) => "date",
            Value::Seq(_) => "list",
            Value::Map(_) => "map",
        };
        crate::i18n::Message::new("shape").arg("shape", shape)
    }

    /// The text of a scalar (string, number, boolean, date), or `None` for null, lists and maps.
    pub fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Value::Str { text, .. } | Value::Number(text) | Value::DateTime(text) => {
                Some(text.clone())
            }
            Value::Bool(b) => Some(b.to_string()),
            Value::Null | Value::Seq(_) | Value::Map(_) => None,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|(k, _)| k.name == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Number of nodes in this subtree (for alias budgets).
    pub fn size(&self) -> usize {
        1 + match &self.value {
            Value::Seq(items) => items.iter().map(Node::size).sum(),
            Value::Map(entries) => entries.iter().map(|(_, v)| v.size()).sum(),
            _ => 0,
        }
    }
}

/// The byte offset of `char_index` in `text`, for parsers that count characters.
pub struct CharOffsets {
    /// Byte offset of every 32nd character, then a short walk. The parser asks for the offset of
    /// every node, so the walk must stay short: it dominated the load time at a step of 1024.
    checkpoints: Vec<usize>,
    /// ASCII text: characters are bytes.
    ascii: bool,
}

impl CharOffsets {
    const STEP: usize = 32;

    pub fn new(text: &str) -> CharOffsets {
        let ascii = text.is_ascii();
        let checkpoints = if ascii {
            Vec::new()
        } else {
            text.char_indices()
                .step_by(Self::STEP)
                .map(|(i, _)| i)
                .collect()
        };
        CharOffsets { checkpoints, ascii }
    }

    pub fn byte(&self, text: &str, char_index: usize) -> usize {
        if self.ascii {
            return char_index.min(text.len());
        }
        let block = char_index / Self::STEP;
        let Some(&start) = self.checkpoints.get(block) else {
            return text.len();
        };
        let rest = char_index - block * Self::STEP;
        text[start..]
            .char_indices()
            .nth(rest)
            .map_or(text.len(), |(i, _)| start + i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_map_characters_to_bytes() {
        let text = "名字: 运营总监\nid: x";
        let offsets = CharOffsets::new(text);
        assert_eq!(offsets.byte(text, 0), 0);
        assert_eq!(offsets.byte(text, 2), 6);
        assert_eq!(offsets.byte(text, 4), 8);
        assert_eq!(offsets.byte(text, 1000), text.len());
        let long: String = "运".repeat(3000);
        let offsets = CharOffsets::new(&long);
        assert_eq!(offsets.byte(&long, 2500), 7500);
    }
}
