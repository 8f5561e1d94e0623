//! Source files and byte spans.
//!
//! Every value zhidu reads keeps the byte range it came from. Byte offsets stay inside; they are
//! turned into a line and a character column only at the edge (reports), because miette wants
//! bytes, people want characters, and SARIF and LSP want UTF-16 code units.

use encoding_rs::Encoding;
use std::sync::Arc;

/// A byte range inside one file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn empty(at: usize) -> Self {
        Span { start: at, end: at }
    }

    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// This span moved right by `by` bytes (used when a piece of a file is parsed alone).
    pub fn shifted(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(span: Span) -> Self {
        miette::SourceSpan::new(span.start.into(), span.len())
    }
}

/// An index into [`Sources`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A place in one of the loaded files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Loc {
    pub file: FileId,
    pub span: Span,
}

impl Loc {
    pub const fn new(file: FileId, span: Span) -> Self {
        Loc { file, span }
    }
}

/// One loaded file: its display name (the path as the user gave it) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    /// Shared without being copied (a `String` into an `Arc<str>` would copy every byte).
    pub text: Arc<String>,
    line_starts: Arc<[usize]>,
    /// For text that is not all ASCII: the characters and UTF-16 units before every
    /// [`CHECKPOINT`]-th byte, so that a column costs at most that many bytes of counting however
    /// long its line (a minified export is one line of many megabytes). Counted the first time a
    /// column is asked for: most data files have no finding.
    checkpoints: std::sync::OnceLock<Option<Checkpoints>>,
    /// For text decoded from another encoding: the way back to the file's bytes.
    origin: Option<Arc<Origin>>,
    /// For a sheet of a workbook: the sheet's name. Its text is the sheet rendered one row per
    /// line, a tab between cells (`data::table::sheet`).
    pub sheet: Option<String>,
    /// A file compiled into zhidu (the built-in pack): no file of the user's, so reports that
    /// link to files (SARIF) name it by a `zhidu:` URI instead.
    pub builtin: bool,
}

/// Where text decoded from another encoding came from (`read::decode`): the way back from a
/// place in the text to a byte of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub encoding: &'static Encoding,
    /// The length of the byte-order mark the decoding skipped.
    bom: usize,
    /// (offset in the text, offset in the original bytes), every [`CHECKPOINT`] or so bytes of
    /// text.
    checkpoints: Vec<(usize, usize)>,
}

impl Origin {
    pub fn new(
        encoding: &'static Encoding,
        bom: usize,
        checkpoints: Vec<(usize, usize)>,
    ) -> Origin {
        Origin {
            encoding,
            bom,
            checkpoints,
        }
    }

    /// The offset in the original bytes of `offset` (a char boundary) in `text`.
    pub fn original_offset(&self, text: &str, offset: usize) -> usize {
        let i = self
            .checkpoints
            .partition_point(|&(decoded, _)| decoded <= offset)
            .saturating_sub(1);
        let (from, original) = self.checkpoints.get(i).copied().unwrap_or((0, self.bom));
        let piece = text.get(from..offset).unwrap_or_default();
        original + encoded_len(self.encoding, piece)
    }
}

/// How many bytes `text` takes in `encoding`.
pub fn encoded_len(encoding: &'static Encoding, text: &str) -> usize {
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        return text.chars().map(|c| c.len_utf16() * 2).sum();
    }
    if text.is_ascii() {
        return text.len();
    }
    let (bytes, _, _) = encoding.encode(text);
    bytes.len()
}

/// Characters and UTF-16 units before each checkpoint.
type Checkpoints = Arc<[(usize, usize)]>;

/// Bytes between two checkpoints of [`SourceFile`] (and of an [`Origin`]).
pub const CHECKPOINT: usize = 4096;

/// A line and column, both 1-based; the column counts characters (Unicode scalar values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = Arc::new(text.into());
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect::<Vec<_>>()
            .into();
        SourceFile {
            name: name.into(),
            text,
            line_starts,
            checkpoints: std::sync::OnceLock::new(),
            origin: None,
            sheet: None,
            builtin: false,
        }
    }

    /// A sheet of a workbook, rendered as text (`name` is the workbook's).
    pub fn sheet(name: impl Into<String>, sheet: impl Into<String>, text: String) -> Self {
        let mut file = SourceFile::new(name, text);
        file.sheet = Some(sheet.into());
        file
    }

    /// For a sheet: the 0-based row and column of the cell at `offset`.
    pub fn cell_at(&self, offset: usize) -> Option<(usize, usize)> {
        self.sheet.as_ref()?;
        let row = self.line_index(offset.min(self.text.len()));
        let start = self.line_starts.get(row).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |before| before.matches('\t').count());
        Some((row, column))
    }

    /// A file's text as read from disk, decoded from its encoding if it was not UTF-8.
    pub fn decoded(name: impl Into<String>, text: String, origin: Option<Origin>) -> Self {
        let mut file = SourceFile::new(name, text);
        file.origin = origin.map(Arc::new);
        file
    }

    /// The offset in the file on disk of `offset` in the text: the same, unless the file was
    /// decoded from another encoding.
    pub fn original_offset(&self, offset: usize) -> usize {
        match &self.origin {
            Some(origin) => origin.original_offset(&self.text, offset),
            None => offset,
        }
    }

    fn checkpoints(&self) -> Option<&[(usize, usize)]> {
        let text = &self.text;
        self.checkpoints
            .get_or_init(|| {
                (!text.is_ascii()).then(|| {
                    let mut out = Vec::with_capacity(text.len() / CHECKPOINT + 1);
                    let (mut chars, mut units, mut from) = (0, 0, 0);
                    for i in (0..text.len()).step_by(CHECKPOINT) {
                        let at = floor_char_boundary(text, i);
                        let piece = &text[from..at];
                        chars += piece.chars().count();
                        units += piece.encode_utf16().count();
                        out.push((chars, units));
                        from = at;
                    }
                    out.into()
                })
            })
            .as_deref()
    }

    /// Characters and UTF-16 units before byte `offset` (a char boundary) in the whole text.
    fn counts_before(&self, offset: usize) -> (usize, usize) {
        let Some(checkpoints) = self.checkpoints() else {
            return (offset, offset);
        };
        let i = offset / CHECKPOINT;
        let (chars, units) = checkpoints.get(i).copied().unwrap_or_default();
        let from = floor_char_boundary(&self.text, i * CHECKPOINT);
        let piece = self.text.get(from..offset).unwrap_or_default();
        (
            chars + piece.chars().count(),
            units + piece.encode_utf16().count(),
        )
    }

    /// The number of lines.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte range of 0-based line `line`, without its line break.
    pub fn line_range(&self, line: usize) -> Span {
        let start = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        let mut end = self
            .line_starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next - 1);
        if end > start && self.text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Span::new(start, end.max(start))
    }

    /// The 0-based line holding byte `offset`.
    pub fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Line and character column of a byte offset (clamped to the text, and to a char boundary).
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let line = self.line_index(offset);
        let start = self.line_starts[line];
        let column = self.counts_before(offset).0 - self.counts_before(start).0 + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// Column of a byte offset in UTF-16 code units, 1-based (for SARIF and LSP).
    pub fn utf16_column(&self, offset: usize) -> usize {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let start = self.line_starts[self.line_index(offset)];
        self.counts_before(offset).1 - self.counts_before(start).1 + 1
    }

    /// The text of the line holding `offset`, without its newline.
    pub fn line_text(&self, offset: usize) -> &str {
        let line = self.line_index(offset.min(self.text.len()));
        let start = self.line_starts[line];
        let end = self
            .line_starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next - 1);
        self.text[start..end].trim_end_matches('\r')
    }
}

/// The largest char boundary at or before `offset`.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Every file a run has read, policy and data alike. Findings refer to files by [`FileId`].
#[derive(Debug, Default, Clone)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, file: SourceFile) -> FileId {
        let id = FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX));
        self.files.push(file);
        id
    }

    /// The id the next file added will have.
    pub fn next_id(&self) -> FileId {
        FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX))
    }

    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    pub fn name(&self, id: FileId) -> &str {
        self.get(id).map_or("<unknown>", |f| f.name.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let f = SourceFile::new("a", "名字: 运营总监\nx: 1\n");
        // `运` starts after "名字: " = 2 chars * 3 bytes + 2 bytes.
        let at = "名字: ".len();
        assert_eq!(f.line_col(at), LineCol { line: 1, column: 5 });
        assert_eq!(
            f.line_col(f.text.find('x').unwrap_or(0)),
            LineCol { line: 2, column: 1 }
        );
        assert_eq!(f.line_text(at), "名字: 运营总监");
    }

    #[test]
    fn offsets_inside_a_character_are_clamped() {
        let f = SourceFile::new("a", "运营");
        assert_eq!(f.line_col(1), LineCol { line: 1, column: 1 });
        assert_eq!(f.line_col(99), LineCol { line: 1, column: 3 });
    }

    #[test]
    fn columns_on_long_lines_count_from_checkpoints() {
        let line = "运营".repeat(5_000) + "x𝒳y";
        let f = SourceFile::new("a", format!("名\n{line}\nz"));
        let x = f.text.find('x').unwrap_or(0);
        assert_eq!(
            f.line_col(x),
            LineCol {
                line: 2,
                column: 10_001
            }
        );
        assert_eq!(f.utf16_column(x + 5), 10_004, "𝒳 is two UTF-16 units");
        let z = f.text.find('z').unwrap_or(0);
        assert_eq!(f.line_col(z), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn utf16_columns_count_surrogate_pairs() {
        let f = SourceFile::new("a", "𝒳a");
        assert_eq!(f.utf16_column("𝒳".len()), 3);
    }
}
