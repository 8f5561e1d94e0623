//! Open documents and positions. The client and the server agree on how a position's character
//! is counted (`positionEncoding`): UTF-8 bytes when the client offers it, else UTF-16 code
//! units, which LSP requires every client to understand. zhidu's spans are bytes; these
//! functions convert both ways.

use lsp_types::{Position, Range};

/// How characters of a line are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
        }
    }
}

/// The position of byte `offset` (clamped to the text, rounded down to a character boundary).
pub fn position(text: &str, offset: usize, encoding: Encoding) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..line_start].matches('\n').count();
    let before = &text[line_start..offset];
    let character = match encoding {
        Encoding::Utf8 => before.len(),
        Encoding::Utf16 => before.encode_utf16().count(),
    };
    Position::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(character).unwrap_or(u32::MAX),
    )
}

pub fn range(text: &str, start: usize, end: usize, encoding: Encoding) -> Range {
    Range::new(
        position(text, start, encoding),
        position(text, end, encoding),
    )
}

/// The range of `span` in a file a run has read, from its line index: no counting from the
/// start of a line (a minified export is one line of many megabytes).
pub fn range_in(
    file: &crate::source::SourceFile,
    span: crate::source::Span,
    encoding: Encoding,
) -> Range {
    let position = |offset: usize| {
        let offset = crate::source::floor_char_boundary(&file.text, offset.min(file.text.len()));
        let line = file.line_index(offset);
        let character = match encoding {
            Encoding::Utf8 => offset - file.line_range(line).start,
            Encoding::Utf16 => file.utf16_column(offset) - 1,
        };
        Position::new(
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(character).unwrap_or(u32::MAX),
        )
    };
    Range::new(position(span.start), position(span.end))
}

/// The byte offset of a position; a position past its line's end is its line's end, past the
/// last line the text's end (as LSP asks).
pub fn offset(text: &str, position: Position, encoding: Encoding) -> usize {
    let mut line_start = 0;
    for _ in 0..position.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let line = &text[line_start..line_end];
    let wanted = position.character as usize;
    let mut counted = 0;
    for (i, c) in line.char_indices() {
        if counted >= wanted {
            return line_start + i;
        }
        counted += match encoding {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        };
    }
    line_end
}

/// Applies an edit of the range (or the whole text when there is none).
pub fn apply(text: &mut String, range: Option<Range>, new: &str, encoding: Encoding) {
    match range {
        None => *text = new.to_string(),
        Some(range) => {
            let start = offset(text, range.start, encoding);
            let end = offset(text, range.end, encoding).max(start);
            text.replace_range(start..end, new);
        }
    }
}

/// A `file://` URI's path, percent-decoded.
pub fn path_of(uri: &str) -> Option<std::path::PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let mut bytes = Vec::with_capacity(rest.len());
    let raw = rest.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%' && i + 2 < raw.len() {
            let hex = std::str::from_utf8(&raw[i + 1..i + 3]).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            bytes.push(raw[i]);
            i += 1;
        }
    }
    String::from_utf8(bytes).ok().map(std::path::PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_bytes_or_utf16_units() {
        let text = "第一行\n采购 x\n";
        let x = text.find('x').unwrap();
        assert_eq!(position(text, x, Encoding::Utf8), Position::new(1, 7));
        assert_eq!(position(text, x, Encoding::Utf16), Position::new(1, 3));
        assert_eq!(offset(text, Position::new(1, 7), Encoding::Utf8), x);
        assert_eq!(offset(text, Position::new(1, 3), Encoding::Utf16), x);
        // Past the line's end: the line's end; past the last line: the end.
        assert_eq!(offset(text, Position::new(0, 99), Encoding::Utf16), 9);
        assert_eq!(
            offset(text, Position::new(9, 0), Encoding::Utf16),
            text.len()
        );
        // An emoji is two UTF-16 units.
        let emoji = "😀a";
        assert_eq!(position(emoji, 4, Encoding::Utf16), Position::new(0, 2));
    }

    #[test]
    fn ranges_from_a_files_index_agree_with_counting() {
        let text = "甲乙\nab 丙𝒳丁\n\nxyz";
        let file = crate::source::SourceFile::new("f", text);
        for start in 0..=text.len() {
            if !text.is_char_boundary(start) {
                continue;
            }
            let span = crate::source::Span::new(start, text.len());
            for encoding in [Encoding::Utf8, Encoding::Utf16] {
                assert_eq!(
                    range_in(&file, span, encoding),
                    range(text, start, text.len(), encoding),
                    "{start} {encoding:?}"
                );
            }
        }
    }

    #[test]
    fn incremental_edits() {
        let mut text = "role 总径理\n".to_string();
        apply(
            &mut text,
            Some(Range::new(Position::new(0, 6), Position::new(0, 7))),
            "经",
            Encoding::Utf16,
        );
        assert_eq!(text, "role 总经理\n");
        apply(&mut text, None, "new", Encoding::Utf16);
        assert_eq!(text, "new");
    }

    #[test]
    fn uris_to_paths() {
        assert_eq!(
            path_of("file:///tmp/%E9%87%87%E8%B4%AD%20a.zhidu").unwrap(),
            std::path::PathBuf::from("/tmp/采购 a.zhidu")
        );
        assert!(path_of("untitled:1").is_none());
    }
}
