//! Strict JSON (RFC 8259) into the value tree, with a byte span on every value and key.
//!
//! Hand-written because the common JSON crates keep no spans, and because a hostile file (200,000
//! nested brackets) must get a located error instead of a stack overflow: nesting is capped at
//! [`MAX_DEPTH`].

use super::tree::{Key, MAX_DEPTH, Node, Value};
use crate::i18n::Message;
use crate::source::{FileId, Span};

/// A syntax error at a byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: Message,
}

/// Parses a whole JSON document. Duplicate keys are kept in the tree (the typing pass reports
/// them where it matters).
pub fn parse(file: FileId, text: &str) -> Result<Node, SyntaxError> {
    let mut p = Parser {
        file,
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    p.skip_bom();
    p.ws();
    let node = p.value(0)?;
    p.ws();
    if p.at < p.bytes.len() {
        return Err(p.error(Message::new("json-trailing")));
    }
    Ok(node)
}

/// A JSON data file with its collections left unparsed: the root map, each array in it replaced
/// by an empty list at the array's place, and where each item of each array lies, so that the
/// entries can be parsed and typed one at a time, on every core, without the whole file's tree
/// in memory (a single-line export of a million records is one such array).
pub struct Split {
    pub root: Node,
    /// For each entry of the root map, by index: the spans of its array's items, when its value
    /// is an array.
    pub items: Vec<Option<Vec<Span>>>,
}

/// Splits a document whose root is an object. A quick scan finds where each item of the root's
/// arrays ends; [`parse_item`] parses one. `None` when the text is anything else or the scan
/// finds something amiss: [`parse`] then reports the error.
///
/// Parsing every item of a split document gives the tree [`parse`] gives: each item must parse
/// to exactly its span, and the scan checks the `,` and `]` between them.
pub fn split(file: FileId, text: &str) -> Option<Split> {
    let mut p = Parser {
        file,
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    p.skip_bom();
    p.ws();
    if p.bytes.get(p.at) != Some(&b'{') {
        return None;
    }
    let start = p.at;
    p.at += 1;
    let mut entries = Vec::new();
    let mut items = Vec::new();
    p.ws();
    if p.bytes.get(p.at) == Some(&b'}') {
        p.at += 1;
    } else {
        loop {
            p.ws();
            if p.bytes.get(p.at) != Some(&b'"') {
                return None;
            }
            let key_start = p.at;
            let name = p.string().ok()?;
            let key = Key {
                name,
                loc: crate::source::Loc::new(file, Span::new(key_start, p.at)),
            };
            p.ws();
            if p.bytes.get(p.at) != Some(&b':') {
                return None;
            }
            p.at += 1;
            p.ws();
            if p.bytes.get(p.at) == Some(&b'[') {
                let array = p.at;
                let spans = p.item_spans()?;
                entries.push((key, p.node(Value::Seq(Vec::new()), array)));
                items.push(Some(spans));
            } else {
                entries.push((key, p.value(1).ok()?));
                items.push(None);
            }
            p.ws();
            match p.bytes.get(p.at) {
                Some(b',') => p.at += 1,
                Some(b'}') => {
                    p.at += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    let root = p.node(Value::Map(entries), start);
    p.ws();
    (p.at == p.bytes.len()).then_some(Split { root, items })
}

/// Parses one item found by [`split`], as [`parse`] would have (at the depth of an entry).
pub fn parse_item(file: FileId, text: &str, span: Span) -> Result<Node, SyntaxError> {
    let mut p = Parser {
        file,
        text,
        bytes: text.as_bytes(),
        at: span.start,
    };
    let node = p.value(2)?;
    if p.at != span.end {
        return Err(p.error(Message::new("json-comma-or-bracket")));
    }
    Ok(node)
}

/// Parsing a split document item by item gives the whole document's tree, and a document whose
/// whole parse gives an object always splits, every item parsing.
#[cfg(any(test, feature = "internals"))]
pub fn split_agrees(text: &str) {
    let whole = parse(FileId(0), text);
    let Some(split) = split(FileId(0), text) else {
        assert!(
            !matches!(
                &whole,
                Ok(Node {
                    value: Value::Map(_),
                    ..
                })
            ),
            "a document with an object at its root did not split"
        );
        return;
    };
    let mut root = split.root.clone();
    let Value::Map(entries) = &mut root.value else {
        panic!("a split root that is not a map");
    };
    for (i, spans) in split.items.iter().enumerate() {
        let Some(spans) = spans else { continue };
        let items: Result<Vec<Node>, _> = spans
            .iter()
            .map(|&span| parse_item(FileId(0), text, span))
            .collect();
        match (items, entries.get_mut(i)) {
            (Ok(items), Some((_, array))) => array.value = Value::Seq(items),
            _ => {
                assert!(
                    whole.is_err(),
                    "an item fails alone in a document that parses"
                );
                return;
            }
        }
    }
    assert_eq!(
        Ok(root),
        whole,
        "the split tree differs from the whole parse"
    );
}

struct Parser<'t> {
    file: FileId,
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
}

impl Parser<'_> {
    fn skip_bom(&mut self) {
        if self.text.starts_with('\u{feff}') {
            self.at = 3;
        }
    }

    fn error(&self, message: Message) -> SyntaxError {
        let len = self.text[self.at..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        SyntaxError {
            span: Span::new(self.at, self.at + len),
            message,
        }
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn node(&self, value: Value, start: usize) -> Node {
        Node::new(value, self.file, Span::new(start, self.at))
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        let start = self.at;
        match self.bytes.get(self.at) {
            None => Err(self.error(Message::new("json-eof"))),
            Some(b'{') | Some(b'[') if depth >= MAX_DEPTH => {
                Err(self.error(Message::new("data-too-deep").arg("max", MAX_DEPTH)))
            }
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => {
                let text = self.string()?;
                Ok(self.node(Value::Str { text, quoted: true }, start))
            }
            Some(b'-' | b'0'..=b'9') => {
                let text = self.number()?;
                Ok(self.node(Value::Number(text), start))
            }
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(_) => Err(self.error(Message::new("json-value"))),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Node, SyntaxError> {
        let start = self.at;
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(self.node(value, start))
        } else {
            Err(self.error(Message::new("json-value")))
        }
    }

    fn object(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        let start = self.at;
        self.at += 1;
        let mut entries = Vec::new();
        self.ws();
        if self.bytes.get(self.at) == Some(&b'}') {
            self.at += 1;
            return Ok(self.node(Value::Map(entries), start));
        }
        loop {
            self.ws();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.error(Message::new("json-key")));
            }
            let key_start = self.at;
            let name = self.string()?;
            let key = Key {
                name,
                loc: crate::source::Loc::new(self.file, Span::new(key_start, self.at)),
            };
            self.ws();
            if self.bytes.get(self.at) != Some(&b':') {
                return Err(self.error(Message::new("json-colon")));
            }
            self.at += 1;
            self.ws();
            let value = self.value(depth + 1)?;
            entries.push((key, value));
            self.ws();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(self.node(Value::Map(entries), start));
                }
                _ => return Err(self.error(Message::new("json-comma-or-brace"))),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        let start = self.at;
        self.at += 1;
        let mut items = Vec::new();
        self.ws();
        if self.bytes.get(self.at) == Some(&b']') {
            self.at += 1;
            return Ok(self.node(Value::Seq(items), start));
        }
        loop {
            self.ws();
            items.push(self.value(depth + 1)?);
            self.ws();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(self.node(Value::Seq(items), start));
                }
                _ => return Err(self.error(Message::new("json-comma-or-bracket"))),
            }
        }
    }

    /// The spans of an array's items, the array's `[` at `self.at`; checks the `,` and `]`
    /// between the items, not the items themselves.
    fn item_spans(&mut self) -> Option<Vec<Span>> {
        self.at += 1;
        let mut spans = Vec::new();
        self.ws();
        if self.bytes.get(self.at) == Some(&b']') {
            self.at += 1;
            return Some(spans);
        }
        loop {
            self.ws();
            let start = self.at;
            self.skip_value()?;
            spans.push(Span::new(start, self.at));
            self.ws();
            match self.bytes.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Some(spans);
                }
                _ => return None,
            }
        }
    }

    /// Moves past one value by its brackets and quotes alone: a string, a bracketed value up to
    /// its closing bracket, or a scalar up to the next delimiter.
    fn skip_value(&mut self) -> Option<()> {
        let start = self.at;
        let mut depth = 0usize;
        loop {
            match *self.bytes.get(self.at)? {
                b'"' => {
                    self.skip_string()?;
                    if depth == 0 {
                        return Some(());
                    }
                    continue;
                }
                b'{' | b'[' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return None;
                    }
                }
                b'}' | b']' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        self.at += 1;
                        return Some(());
                    }
                }
                b'}' | b']' | b',' | b' ' | b'\t' | b'\n' | b'\r' if depth == 0 => {
                    return (self.at > start).then_some(());
                }
                _ => {}
            }
            self.at += 1;
        }
    }

    /// Moves past a string, its opening quote at `self.at`, minding escaped quotes.
    fn skip_string(&mut self) -> Option<()> {
        self.at += 1;
        loop {
            match *self.bytes.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(());
                }
                b'\\' => self.at += 2,
                _ => self.at += 1,
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let run_start = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(&self.text[run_start..self.at]);
            match self.bytes.get(self.at) {
                None => return Err(self.error(Message::new("json-unclosed-string"))),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.bytes.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        _ => return Err(self.error(Message::new("json-bad-escape"))),
                    };
                    out.push(escaped);
                    self.at += 1;
                }
                Some(_) => {
                    return Err(self.error(Message::new("json-control")));
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        // Exactly four hex digits: `from_str_radix` alone would also take a sign (`\u+041`).
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error(Message::new("json-hex")))?;
        let value =
            u32::from_str_radix(digits, 16).map_err(|_| self.error(Message::new("json-hex")))?;
        self.at += 4;
        Ok(value)
    }

    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            // A surrogate pair: `\uD83D\uDE00`.
            if !self.text[self.at..].starts_with("\\u") {
                return Err(self.error(Message::new("json-surrogate")));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error(Message::new("json-surrogate")));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error(Message::new("json-bad-unicode")))
    }

    fn number(&mut self) -> Result<String, SyntaxError> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let s = p.at;
            while let Some(b'0'..=b'9') = p.bytes.get(p.at) {
                p.at += 1;
            }
            p.at > s
        };
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        if self.bytes.get(self.at) == Some(&b'0') {
            self.at += 1;
            if let Some(b'0'..=b'9') = self.bytes.get(self.at) {
                return Err(self.error(Message::new("json-leading-zero")));
            }
        } else if !digits(self) {
            return Err(self.error(Message::new("json-digit")));
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error(Message::new("json-digit-fraction")));
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error(Message::new("json-digit-exponent")));
            }
        }
        Ok(self.text[start..self.at].to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Result<Node, SyntaxError> {
        parse(FileId(0), s)
    }

    #[test]
    fn values_keep_their_spans() {
        let text = r#"{"people": [{"id": "p1", "name": "张伟", "seats": 2}]}"#;
        let node =
            parse_str(text).unwrap_or_else(|_| Node::new(Value::Null, FileId(0), Span::default()));
        let person = match &node.get("people").map(|n| &n.value) {
            Some(Value::Seq(items)) => items[0].clone(),
            _ => node.clone(),
        };
        let name = person
            .get("name")
            .map(|n| &text[n.loc.span.start..n.loc.span.end]);
        assert_eq!(name, Some("\"张伟\""));
        assert_eq!(
            person.get("seats").map(|n| n.value.clone()),
            Some(Value::Number("2".into()))
        );
    }

    #[test]
    fn unicode_escapes_take_exactly_four_hex_digits() {
        let text = |n: &Node| match &n.value {
            Value::Str { text, .. } => text.clone(),
            _ => String::new(),
        };
        assert_eq!(
            parse_str(r#""\u0041\u4e2d""#).map(|n| text(&n)),
            Ok("A中".into())
        );
        assert_eq!(
            parse_str(r#""\uD83D\uDE00""#).map(|n| text(&n)),
            Ok("😀".into())
        );
        // A sign is not a hex digit: `\u+041` is not `A` in disguise.
        for bad in [
            r#""\u+041""#,
            r#""\u-041""#,
            r#""\u 041""#,
            r#""\u04""#,
            r#""\uDC00""#,
        ] {
            assert!(parse_str(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn errors_are_located() {
        let e = parse_str("{\"a\": [1, 2,]}").unwrap_err();
        assert_eq!(e.span.start, 12);
        assert!(parse_str("{\"a\": 01}").is_err());
        assert!(parse_str("{\"a\": \"x}").is_err());
        assert!(parse_str("{'a': 1}").is_err());
        assert!(parse_str("{\"a\": 1} x").is_err());
        assert!(parse_str("").is_err());
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let text = "[".repeat(200_000);
        let e = parse_str(&text).unwrap_err();
        assert!(e.message.to_string().contains("nesting"));
        assert_eq!(e.span.start, MAX_DEPTH);
    }

    #[test]
    fn split_documents_parse_item_by_item_to_the_same_tree() {
        let agree = split_agrees;
        for text in [
            r#"{"people": [{"id": "p1", "name": "张伟"}, {"id": "p2", "roles": ["a", {"role": "b"}]}]}"#,
            r#"{"requests":[{"id":"r\"]1","attrs":{"事由":"[括号}与\\引号\""}},{"id":"r2"}],"note":{"a":[1,2]}}"#,
            "\u{feff} { \"a\" : [ 1 , -2.5e3 , true , null , \"x\" , [ ] , { } ] , \"b\" : [ ] } ",
            r#"{"a": [1, 2,]}"#,
            r#"{"a": [1 2]}"#,
            r#"{"a": [{"b": 1]]}"#,
            r#"{"a": [01]}"#,
            r#"{"a": ["x]}"#,
            r#"{"a": [1], "a": [2]}"#,
            r#"{"a": [1]} trailing"#,
            r#"[{"a": 1}]"#,
            r#"{"a": [tru, "e"]}"#,
            r#"{"a": [tru"e"]}"#,
        ] {
            agree(text);
        }
        let deep = format!(
            "{{\"a\": [{}{}]}}",
            "[".repeat(MAX_DEPTH),
            "]".repeat(MAX_DEPTH)
        );
        agree(&deep);
        let split = split(FileId(0), r#"{"a": [1, {"b": [2]}], "c": 3}"#);
        let spans = split.map(|s| s.items);
        assert_eq!(
            spans,
            Some(vec![Some(vec![Span::new(7, 8), Span::new(10, 20)]), None])
        );
    }

    #[test]
    fn escapes_and_surrogates() {
        let n = parse_str(r#""a\u00e9\ud83d\ude00\n""#).map(|n| n.value);
        assert_eq!(
            n,
            Ok(Value::Str {
                text: "aé😀\n".into(),
                quoted: true
            })
        );
    }
}
