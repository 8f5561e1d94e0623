//! Strict JSON (RFC 8259) into the value tree, with a byte span on every value and key.
//!
//! Hand-written because the common JSON crates keep no spans, and because a hostile file (200,000
//! nested brackets) must get a located error instead of a stack overflow: nesting is capped at
//! [`MAX_DEPTH`].

use super::tree::{Key, MAX_DEPTH, Node, Value};
use crate::source::{FileId, Span};

/// A syntax error at a byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
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
        return Err(p.error("unexpected text after the JSON value"));
    }
    Ok(node)
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

    fn error(&self, message: &str) -> SyntaxError {
        let len = self.text[self.at..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        SyntaxError {
            span: Span::new(self.at, self.at + len),
            message: message.to_string(),
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
            None => Err(self.error("expected a value, found the end of the file")),
            Some(b'{') | Some(b'[') if depth >= MAX_DEPTH => {
                Err(self.error(&format!("nesting deeper than {MAX_DEPTH} levels")))
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
            Some(_) => Err(self
                .error("expected a value (a string, number, object, array, true, false or null)")),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Node, SyntaxError> {
        let start = self.at;
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(self.node(value, start))
        } else {
            Err(self
                .error("expected a value (a string, number, object, array, true, false or null)"))
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
                return Err(self.error("expected a key in double quotes"));
            }
            let key_start = self.at;
            let name = self.string()?;
            let key = Key {
                name,
                loc: crate::source::Loc::new(self.file, Span::new(key_start, self.at)),
            };
            self.ws();
            if self.bytes.get(self.at) != Some(&b':') {
                return Err(self.error("expected `:` after the key"));
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
                _ => return Err(self.error("expected `,` or `}`")),
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
                _ => return Err(self.error("expected `,` or `]`")),
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
                None => return Err(self.error("a string is never closed")),
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
                        _ => return Err(self.error("invalid escape in a string")),
                    };
                    out.push(escaped);
                    self.at += 1;
                }
                Some(_) => {
                    return Err(
                        self.error("control character inside a string (write it as an escape)")
                    );
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
            .ok_or_else(|| self.error("expected four hex digits"))?;
        let value =
            u32::from_str_radix(digits, 16).map_err(|_| self.error("expected four hex digits"))?;
        self.at += 4;
        Ok(value)
    }

    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            // A surrogate pair: `\uD83D\uDE00`.
            if !self.text[self.at..].starts_with("\\u") {
                return Err(self.error("unpaired surrogate in a \\u escape"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("unpaired surrogate in a \\u escape"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))
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
                return Err(self.error("a number cannot have leading zeros"));
            }
        } else if !digits(self) {
            return Err(self.error("expected a digit"));
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("expected a digit after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("expected a digit in the exponent"));
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
        assert!(e.message.contains("nesting"));
        assert_eq!(e.span.start, MAX_DEPTH);
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
