//! What each fuzz target does with its input (`fuzz/fuzz_targets/<target>.rs` calls the function
//! of the same name). The stable replay test (`tests/fuzz_corpus.rs`) calls them too, on every
//! committed corpus and crash file, so that CI checks what fuzzing found without a nightly
//! toolchain.
//!
//! A function returns quietly on any input; it panics only when an invariant breaks: a located
//! finding outside its file, a round trip that changes meaning, two readers that disagree. Bytes
//! that are not UTF-8 are read lossily: files reach the parsers as text, the check that they are
//! UTF-8 coming first (and tested elsewhere).

use crate::data::json;
use crate::data::load::{Options, load_texts};
use crate::data::table::csv;
use crate::data::tree::{Node, Value};
use crate::diagnostic::Finding;
use crate::engine::{self, Context};
use crate::policy::lower::{PolicyFile, lower};
use crate::policy::{fmt, parse};
use crate::report::{self, Format, Report, Style, Summary};
use crate::source::{FileId, Sources};
use crate::time::Calendar;

/// What a fuzz target runs on one input.
pub type Target = fn(&[u8]);

/// Every target, by name: the fuzz targets, the corpus folders and the replay test agree on it.
pub const TARGETS: &[(&str, Target)] = &[
    ("policy", policy),
    ("fmt_roundtrip", fmt_roundtrip),
    ("json", json),
    ("yaml", yaml),
    ("toml", toml),
    ("csv", csv),
    ("json_differential", json_differential),
    ("csv_differential", csv_differential),
    ("pipeline", pipeline),
    ("spreadsheet", spreadsheet),
    ("settings", settings),
    ("lsp_framing", lsp_framing),
];

/// Every finding points inside a file it names, on a character boundary.
fn located(findings: &[Finding], sources: &Sources) {
    for f in findings {
        for loc in f.location.iter().chain(f.related.iter().map(|r| &r.loc)) {
            let Some(file) = sources.get(loc.file) else {
                continue; // a built-in file, or none
            };
            assert!(
                loc.span.start <= loc.span.end && loc.span.end <= file.text.len(),
                "{}: span {:?} outside `{}` ({} bytes): {}",
                f.check,
                loc.span,
                file.name,
                file.text.len(),
                f.message
            );
            assert!(
                file.text.is_char_boundary(loc.span.start)
                    && file.text.is_char_boundary(loc.span.end),
                "{}: span {:?} splits a character: {}",
                f.check,
                loc.span,
                f.message
            );
        }
    }
}

/// Parses and validates a policy file.
pub fn policy(bytes: &[u8]) {
    let text: &str = &String::from_utf8_lossy(bytes);
    let mut sources = Sources::new();
    let id = sources.add(crate::source::SourceFile::new("fuzz.zhidu", text));
    let parsed = parse::parse(id, "fuzz.zhidu", text);
    let file = PolicyFile {
        file: id,
        path: "fuzz.zhidu".into(),
        ast: parsed.file,
        includes: Vec::new(),
        builtin: false,
    };
    let (_, mut findings) = lower(&[file], &[]);
    findings.extend(parsed.errors);
    located(&findings, &sources);
}

/// A file that parses formats to text that parses to the same tree, and formatting that text
/// changes nothing.
pub fn fmt_roundtrip(bytes: &[u8]) {
    let text: &str = &String::from_utf8_lossy(bytes);
    let parsed = parse::parse(FileId(0), "fuzz.zhidu", text);
    if !parsed.errors.is_empty() {
        return;
    }
    let once = fmt::format(&parsed.file);
    let again = parse::parse(FileId(0), "fuzz.zhidu", &once);
    assert!(
        again.errors.is_empty(),
        "the formatted text does not parse: {:?}\n{once}",
        again.errors.first().map(|e| &e.message)
    );
    assert_eq!(
        again.file, parsed.file,
        "formatting changed the tree:\n{once}"
    );
    assert_eq!(
        fmt::format(&again.file),
        once,
        "formatting is not idempotent"
    );
}

/// Loads one data file of a format: parse, type, merge, resolve references.
fn load_one(name: &str, bytes: &[u8]) {
    let text: &str = &String::from_utf8_lossy(bytes);
    let mut sources = Sources::new();
    let (_, findings) = load_texts(
        &[(name.into(), text.into())],
        &Options::for_tests(),
        &mut sources,
    );
    located(&findings, &sources);
}

/// Reads the input as every file of settings is read (zhidu.toml, a waivers file, a calendar):
/// no panic, every finding inside the text (issue 22: these readers shared nothing with the data
/// loaders' guards).
pub fn settings(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let mut sources = Sources::new();
    let file = crate::source::SourceFile::new("zhidu.toml".to_string(), text.to_string());
    let id = sources.add(file);
    let (_, mut findings) =
        crate::config::parse(id, "zhidu.toml", &text, std::path::Path::new("."));
    findings.extend(crate::data::waivers::read(id, "waivers.yaml", &text).1);
    if let Err(errors) = crate::time::Calendar::parse(id, &text) {
        findings.extend(errors);
    }
    located(&findings, &sources);
}

/// Reads the input as a client's stream to the language server: every message is found or
/// answered with a Parse error, and the reading ends (each frame consumes input).
pub fn lsp_framing(bytes: &[u8]) {
    crate::lsp::read_all(bytes);
}

/// Loads the input as a JSON data file; the split reading of large files agrees with the whole
/// document's parse.
pub fn json(bytes: &[u8]) {
    load_one("data.json", bytes);
    json::split_agrees(&String::from_utf8_lossy(bytes));
}

pub fn yaml(bytes: &[u8]) {
    load_one("data.yaml", bytes);
}

pub fn toml(bytes: &[u8]) {
    load_one("data.toml", bytes);
}

pub fn csv(bytes: &[u8]) {
    // The first byte picks the collection, so that every schema is reached.
    let Some((&pick, rest)) = bytes.split_first() else {
        return;
    };
    const NAMES: &[&str] = &[
        "people.csv",
        "roles.csv",
        "units.csv",
        "requests.csv",
        "meetings.csv",
        "signatures.csv",
        "plans.csv",
        "tickets.csv",
    ];
    load_one(NAMES[pick as usize % NAMES.len()], rest);
}

/// The JSON reader accepts what serde_json accepts, rejects what it rejects, and decodes every
/// string (keys and values, in order) the same. Outside the common ground: nesting deeper than
/// zhidu's limit, numbers beyond what serde_json holds, and a leading byte-order mark (zhidu
/// skips it; JSON forbids it).
pub fn json_differential(bytes: &[u8]) {
    let text: &str = &String::from_utf8_lossy(bytes);
    if text.starts_with('\u{feff}') {
        return;
    }
    let ours = json::parse(FileId(0), text);
    let theirs = serde_json::from_str::<Strings>(text);
    match (&ours, &theirs) {
        (Ok(node), Ok(Strings(strings))) => {
            let mut mine = Vec::new();
            strings_of(node, &mut mine);
            assert_eq!(&mine, strings, "decoded strings differ");
        }
        (Err(_), Err(_)) => {}
        (Ok(_), Err(e)) => {
            let message = e.to_string();
            assert!(
                message.contains("number out of range") || message.contains("recursion limit"),
                "zhidu accepts what serde_json rejects: {message}"
            );
        }
        (Err(e), Ok(_)) => {
            let message = e.message.to_string();
            assert!(
                message.contains("nesting deeper"),
                "zhidu rejects what serde_json accepts: {message} at {:?}",
                e.span
            );
        }
    }
}

fn strings_of(node: &Node, out: &mut Vec<String>) {
    match &node.value {
        Value::Str { text, .. } => out.push(text.clone()),
        Value::Seq(items) => items.iter().for_each(|n| strings_of(n, out)),
        Value::Map(entries) => {
            for (key, value) in entries {
                out.push(key.name.clone());
                strings_of(value, out);
            }
        }
        _ => {}
    }
}

/// Every string of a JSON document, keys included, in document order (serde_json's `Value`
/// would sort keys and merge duplicates).
struct Strings(Vec<String>);

impl<'de> serde::Deserialize<'de> for Strings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut out = Vec::new();
        d.deserialize_any(Collect(&mut out))?;
        Ok(Strings(out))
    }
}

struct Collect<'a>(&'a mut Vec<String>);

impl<'de> serde::de::DeserializeSeed<'de> for Collect<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Collect<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.0.push(v.to_string());
        Ok(())
    }
    fn visit_string<E>(self, v: String) -> Result<(), E> {
        self.0.push(v);
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Collect(self.0))?.is_some() {}
        Ok(())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            self.0.push(key);
            map.next_value_seed(Collect(self.0))?;
        }
        Ok(())
    }
}

/// The CSV reader splits rows and cells as the `csv` crate does, on the RFC 4180 ground they
/// share: zhidu refuses text after a closing quote and an unclosed quote (the crate repairs
/// both), skips a byte-order mark, and takes a lone `\r` as text (the crate ends a row there).
pub fn csv_differential(bytes: &[u8]) {
    let text: &str = &String::from_utf8_lossy(bytes);
    let lone_cr = text
        .char_indices()
        .any(|(i, c)| c == '\r' && text.as_bytes().get(i + 1) != Some(&b'\n'));
    if lone_cr || text.starts_with('\u{feff}') {
        return;
    }
    let Ok(rows) = csv::rows(text) else {
        return;
    };
    let ours: Vec<Vec<String>> = rows
        .into_iter()
        // An empty line is no row to the crate.
        .filter(|r| {
            !(r.cells.len() == 1
                && r.cells[0].text.is_empty()
                && r.cells[0].kind == crate::data::table::CellKind::Plain)
        })
        .map(|r| r.cells.into_iter().map(|c| c.text).collect())
        .collect();
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let theirs: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.map(|r| r.iter().map(str::to_string).collect()))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("the csv crate fails where zhidu reads: {e}"));
    assert_eq!(ours, theirs, "rows differ");
}

/// A workbook. The first byte picks how the rest is read: as an `.xlsx`, `.xls` or `.ods` file
/// whole (mutations of real workbooks: truncated, corrupt, bombs), or as the XML of the one sheet
/// of an `.xlsx` archive built around it (what calamine and zhidu make of any sheet XML, past
/// the zip layer random bytes rarely cross). Reading never panics, and every finding lies inside
/// the sheet it names.
pub fn spreadsheet(bytes: &[u8]) {
    let Some((&pick, rest)) = bytes.split_first() else {
        return;
    };
    let (name, workbook) = match pick % 4 {
        0 => ("book.xlsx", rest.to_vec()),
        1 => ("book.xls", rest.to_vec()),
        2 => ("book.ods", rest.to_vec()),
        _ => match xlsx_around(rest) {
            Some(built) => ("book.xlsx", built),
            None => return,
        },
    };
    let mut sources = Sources::new();
    let mut options = Options::for_tests();
    // Small enough that a declared bomb is refused, large enough for any 8 KiB input's sheets.
    options.budget.limit = 256 << 20;
    let (_, findings) = crate::data::load::load_workbook(name, workbook, &options, &mut sources);
    located(&findings, &sources);
}

/// An `.xlsx` archive whose one sheet, `requests`, is `sheet_xml`; its shared strings are the
/// first three cells' worth of a request's headers.
fn xlsx_around(sheet_xml: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    const PARTS: &[(&str, &str)] = &[
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="requests" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
        ),
        (
            "xl/sharedStrings.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4"><si><t>id</t></si><si><t>kind</t></si><si><t>申请人</t></si><si><t>金额</t></si></sst>"#,
        ),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in PARTS {
        zip.start_file(*name, stored).ok()?;
        zip.write_all(text.as_bytes()).ok()?;
    }
    zip.start_file("xl/worksheets/sheet1.xml", stored).ok()?;
    zip.write_all(sheet_xml).ok()?;
    zip.finish().ok().map(std::io::Cursor::into_inner)
}

/// A policy and a data file (YAML), split at the first NUL byte: parsed, loaded, evaluated and
/// reported, the whole pipeline of `check` in memory.
pub fn pipeline(bytes: &[u8]) {
    let Some(split) = bytes.iter().position(|&b| b == 0) else {
        return;
    };
    let policy_text: &str = &String::from_utf8_lossy(&bytes[..split]);
    let data_text: &str = &String::from_utf8_lossy(&bytes[split + 1..]);
    let mut sources = Sources::new();
    let id = sources.add(crate::source::SourceFile::new("fuzz.zhidu", policy_text));
    let parsed = parse::parse(id, "fuzz.zhidu", policy_text);
    let file = PolicyFile {
        file: id,
        path: "fuzz.zhidu".into(),
        ast: parsed.file,
        includes: Vec::new(),
        builtin: false,
    };
    let (set, mut findings) = lower(&[file], &[]);
    findings.extend(parsed.errors);
    let (data, data_findings) = load_texts(
        &[("data.yaml".into(), data_text.into())],
        &Options::for_tests(),
        &mut sources,
    );
    findings.extend(data_findings);
    let calendar = Calendar::china();
    let Some(as_of) = jiff::civil::Date::new(2026, 6, 30).ok() else {
        return;
    };
    let ctx = Context {
        data: &data,
        policies: &set,
        as_of,
        since: as_of.saturating_sub(crate::time::span::years(1)),
        calendar: &calendar,
        currency: "CNY".into(),
        covers: &[],
        covered_from: None,
    };
    findings.extend(engine::run_within(&ctx, u64::MAX).0);
    report::sort(&mut findings, &sources);
    located(&findings, &sources);
    assert!(
        !findings
            .iter()
            .any(|f| f.check == crate::diagnostic::Check::InternalError),
        "an internal error: {:?}",
        findings
            .iter()
            .find(|f| f.check == crate::diagnostic::Check::InternalError)
    );
    // Both languages: a message's arguments must format in each.
    for lang in crate::i18n::Lang::ALL {
        let report = Report {
            findings: &findings,
            sources: &sources,
            summary: Summary::default(),
            lang,
        };
        let style = Style {
            color: false,
            width: 100,
            max_findings: 50,
            quiet: false,
            lang,
        };
        for format in [Format::Json, Format::Sarif, Format::Human] {
            let mut out = Vec::new();
            let _ = report::write(format, &report, style, &mut out);
        }
    }
}
