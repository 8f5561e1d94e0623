//! Data as companies export it (DATA.md v2): workbooks and CSV files in other encodings hold the
//! same records as `fixtures/tables/yaml/requests.yaml` and must give the same findings, located
//! at their own cells and bytes; hostile workbooks are located errors; nothing is dropped in
//! silence.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use serde_json::Value;
use std::path::{Path, PathBuf};

const TABLES: &str = "fixtures/tables";

/// Checks the twin's org and policy with `data`; returns the exit status and the findings.
fn check(data: &[&Path], config: Option<&Path>, extra: &[&str]) -> (u8, Vec<Value>) {
    let mut args: Vec<String> = vec![
        "check".into(),
        format!("{TABLES}/policy.zhidu"),
        format!("{TABLES}/org.yaml"),
    ];
    args.extend(data.iter().map(|p| p.display().to_string()));
    args.extend(["--as-of", "2026-06-30", "--format", "json"].map(String::from));
    if let Some(c) = config {
        args.extend(["--config".to_string(), c.display().to_string()]);
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    let (code, out, err) = common::zhidu(&args);
    let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (
        code,
        report["findings"].as_array().cloned().unwrap_or_default(),
    )
}

/// What a finding says, wherever it is.
fn said(findings: &[Value]) -> Vec<String> {
    let mut out: Vec<String> = findings
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {}",
                f["check"], f["clause"], f["subject"], f["message"]
            )
        })
        .collect();
    out.sort();
    out
}

/// Where each finding is: `subject check sheet!cell`.
fn cells(findings: &[Value]) -> Vec<String> {
    let mut out: Vec<String> = findings
        .iter()
        .map(|f| {
            let at = &f["location"];
            format!(
                "{} {} {}!{} (row {}, column {})",
                f["subject"].as_str().unwrap_or_default(),
                f["check"].as_str().unwrap_or_default(),
                at["sheet"].as_str().unwrap_or_default(),
                at["cell"].as_str().unwrap_or_default(),
                at["line"],
                at["column"]
            )
        })
        .collect();
    out.sort();
    out
}

fn yaml_twin() -> Vec<Value> {
    let (code, findings) = check(&[Path::new(&format!("{TABLES}/yaml"))], None, &[]);
    assert_eq!(code, 1);
    assert_eq!(findings.len(), 3, "{findings:#?}");
    findings
}

const EXPECTED_CELLS: [&str; 3] = [
    "P-002 missing-approver 采购!A3 (row 3, column 1)",
    "P-002 over-limit 采购!E3 (row 3, column 5)",
    "P-003 missing-approver 采购!A4 (row 4, column 1)",
];

/// The twin written by zhidu's test writer (rust_xlsxwriter): number cells for ids, date and
/// date-time cells, amounts as exports write them, a reference by name.
fn write_twin(path: &Path) {
    let mut book = Workbook::new();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let moment = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let sheet = book.add_worksheet().set_name("采购").unwrap();
    for (c, header) in ["编号", "类型", "申请人", "申请日期", "金额"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *header).unwrap();
    }
    let rows = [
        ("P-001", 6, None, Some("¥8,000.00")),
        ("P-002", 8, Some(15000.0), None),
        ("P-003", 10, None, Some("2.3万")),
    ];
    for (i, (id, d, number, text)) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, *id).unwrap();
        sheet.write_string(r, 1, "purchase").unwrap();
        sheet.write_number(r, 2, 1003.0).unwrap();
        let date = ExcelDateTime::from_ymd(2026, 5, *d).unwrap();
        sheet.write_datetime_with_format(r, 3, &date, &day).unwrap();
        match (number, text) {
            (Some(n), _) => sheet.write_number(r, 4, *n).unwrap(),
            (_, Some(t)) => sheet.write_string(r, 4, *t).unwrap(),
            _ => unreachable!(),
        };
    }
    let sheet = book.add_worksheet().set_name("签批").unwrap();
    for (c, header) in ["单号", "签批人", "签批时间"].iter().enumerate() {
        sheet.write_string(0, c as u16, *header).unwrap();
    }
    sheet.write_string(1, 0, "P-001").unwrap();
    sheet.write_number(1, 1, 1001.0).unwrap();
    let at = ExcelDateTime::from_ymd(2026, 5, 7)
        .unwrap()
        .and_hms(10, 30, 0)
        .unwrap();
    sheet
        .write_datetime_with_format(1, 2, &at, &moment)
        .unwrap();
    sheet.write_string(2, 0, "P-002").unwrap();
    sheet.write_string(2, 1, "吴芳").unwrap();
    let signed = ExcelDateTime::from_ymd(2026, 5, 9).unwrap();
    sheet
        .write_datetime_with_format(2, 2, &signed, &day)
        .unwrap();
    book.save(path).unwrap();
}

#[test]
fn workbooks_find_what_their_yaml_twin_finds_at_their_cells() {
    let twin = said(&yaml_twin());
    let config = PathBuf::from(format!("{TABLES}/workbooks/zhidu.toml"));
    let dir = tempfile::tempdir().unwrap();
    let written = dir.path().join("业务台账.xlsx");
    write_twin(&written);
    // The same glob, relative to the temporary folder.
    std::fs::copy(&config, dir.path().join("zhidu.toml")).unwrap();
    let mut books: Vec<(PathBuf, PathBuf)> = vec![(written, dir.path().join("zhidu.toml"))];
    for ext in ["xlsx", "xls", "ods"] {
        books.push((
            PathBuf::from(format!("{TABLES}/workbooks/业务台账.{ext}")),
            config.clone(),
        ));
    }
    for (book, config) in books {
        let (code, findings) = check(&[&book], Some(&config), &[]);
        assert_eq!(code, 1, "{}: {findings:#?}", book.display());
        assert_eq!(said(&findings), twin, "{}", book.display());
        assert_eq!(cells(&findings), EXPECTED_CELLS, "{}", book.display());
        for f in &findings {
            assert_eq!(f["location"]["file"], book.display().to_string());
            assert!(
                f["location"].get("offset").is_none(),
                "a cell has no byte offset"
            );
        }
    }
}

#[test]
fn a_workbook_report_shows_the_sheet_the_cell_and_its_row() {
    let args = [
        "check",
        &format!("{TABLES}/policy.zhidu"),
        &format!("{TABLES}/org.yaml"),
        &format!("{TABLES}/workbooks/业务台账.xlsx"),
        "--config",
        &format!("{TABLES}/workbooks/zhidu.toml"),
        "--as-of",
        "2026-06-30",
    ];
    let (_, human, _) = common::zhidu(&args);
    assert!(human.contains("采购!E3"), "{human}");
    insta::assert_snapshot!("workbook_human", human);
    let (_, json, _) = common::zhidu(&[&args[..], &["--format", "json"]].concat());
    insta::assert_snapshot!("workbook_json", json);
    let (_, sarif, _) = common::zhidu(&[&args[..], &["--format", "sarif"]].concat());
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    let location = &sarif["runs"][0]["results"][0]["locations"][0];
    assert_eq!(
        location["logicalLocations"][0]["fullyQualifiedName"],
        "采购!A3"
    );
    assert_eq!(location["physicalLocation"]["region"]["startLine"], 3);
}

#[test]
fn csv_files_in_other_encodings_find_the_same_at_the_same_places() {
    let twin = said(&yaml_twin());
    let utf8 = format!("{TABLES}/encodings/utf8");
    let (_, base) = check(&[Path::new(&utf8)], None, &[]);
    assert_eq!(said(&base), twin);
    let places = |findings: &[Value]| -> Vec<(String, u64, u64, String)> {
        let mut out: Vec<_> = findings
            .iter()
            .map(|f| {
                let at = &f["location"];
                let file = at["file"].as_str().unwrap();
                let bytes = std::fs::read(file).unwrap();
                let start = at["offset"].as_u64().unwrap() as usize;
                let end = start + at["length"].as_u64().unwrap() as usize;
                // The located bytes, decoded in the file's encoding, are the text meant.
                let encoding = if file.contains("gb18030") {
                    encoding_rs::GB18030
                } else if file.contains("utf16le") {
                    encoding_rs::UTF_16LE
                } else if file.contains("utf16be") {
                    encoding_rs::UTF_16BE
                } else {
                    encoding_rs::UTF_8
                };
                let (located, _) = encoding.decode_without_bom_handling(&bytes[start..end]);
                (
                    f["subject"].as_str().unwrap().to_string(),
                    at["line"].as_u64().unwrap(),
                    at["column"].as_u64().unwrap(),
                    located.into_owned(),
                )
            })
            .collect();
        out.sort();
        out
    };
    let expected = places(&base);
    assert_eq!(expected[0].3, "P-002");
    for folder in ["utf8-bom", "gb18030", "utf16le", "utf16be"] {
        let dir = PathBuf::from(format!("{TABLES}/encodings/{folder}"));
        let config = dir.join("zhidu.toml");
        let config = config.exists().then_some(config);
        let (code, findings) = check(&[&dir], config.as_deref(), &[]);
        assert_eq!(code, 1, "{folder}: {findings:#?}");
        assert_eq!(said(&findings), twin, "{folder}");
        assert_eq!(places(&findings), expected, "{folder}");
    }
}

#[test]
fn a_wrongly_encoded_file_is_a_located_error_naming_its_encoding() {
    let dir = PathBuf::from(format!("{TABLES}/encodings/gb18030"));
    let (code, findings) = check(&[&dir], None, &[]);
    assert_eq!(code, 2);
    let errors: Vec<&Value> = findings
        .iter()
        .filter(|f| f["check"] == "parse-error")
        .collect();
    assert_eq!(errors.len(), 2, "{findings:#?}");
    for e in errors {
        assert!(e["message"].as_str().unwrap().contains("gb18030"), "{e}");
        assert!(e["help"].as_str().unwrap().contains("[encoding]"), "{e}");
        assert_eq!(e["location"]["offset"], 0);
    }
    // A file not valid in the encoding configured for it: the first bad byte of the original.
    let tmp = tempfile::tempdir().unwrap();
    let mut bytes = encoding_rs::GB18030
        .encode("id,name\n1004,张伟\n")
        .0
        .into_owned();
    let bad = bytes.len();
    bytes.extend([0x81, 0x20, b'\n']);
    std::fs::write(tmp.path().join("people.csv"), &bytes).unwrap();
    std::fs::write(
        tmp.path().join("zhidu.toml"),
        "[encoding]\n\"people.csv\" = \"gb18030\"\n",
    )
    .unwrap();
    let (code, findings) = check(&[tmp.path()], Some(&tmp.path().join("zhidu.toml")), &[]);
    assert_eq!(code, 2);
    let error = findings
        .iter()
        .find(|f| f["check"] == "parse-error")
        .unwrap();
    assert_eq!(error["location"]["offset"], bad as u64, "{error}");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("not valid gb18030")
    );
}

#[test]
fn nothing_is_dropped_in_silence() {
    let tmp = tempfile::tempdir().unwrap();
    let twin = std::fs::read_to_string(format!("{TABLES}/encodings/utf8/requests.csv")).unwrap();
    // Copies a download added a number to, and a name in capitals, are their collection.
    std::fs::write(tmp.path().join("requests (1).csv"), &twin).unwrap();
    let (code, findings) = check(&[tmp.path()], None, &[]);
    assert_eq!(code, 1, "{findings:#?}");
    std::fs::remove_file(tmp.path().join("requests (1).csv")).unwrap();
    std::fs::write(tmp.path().join("REQUESTS.CSV"), &twin).unwrap();
    let (code, _) = check(&[tmp.path()], None, &[]);
    assert_eq!(code, 1);
    std::fs::remove_file(tmp.path().join("REQUESTS.CSV")).unwrap();
    // A name that says no collection: a warning met while walking, with the line to add …
    let unnamed = tmp.path().join("采购申请.csv");
    std::fs::write(&unnamed, &twin).unwrap();
    let (code, findings) = check(&[tmp.path()], None, &[]);
    assert_eq!(code, 0, "{findings:#?}");
    let warning = findings
        .iter()
        .find(|f| f["check"] == "skipped-file")
        .unwrap();
    assert_eq!(warning["severity"], "warning");
    assert!(
        warning["help"]
            .as_str()
            .unwrap()
            .contains("\"采购申请.csv\" = \"requests\""),
        "{warning}"
    );
    // … an error when named on the command line, as is any file that is not data.
    let (code, _) = check(&[&unnamed], None, &[]);
    assert_eq!(code, 2);
    let notes = tmp.path().join("notes.txt");
    std::fs::write(&notes, "nothing").unwrap();
    let (code, findings) = check(&[&notes], None, &[]);
    assert_eq!(code, 2, "{findings:#?}");
    // With the line added, it is read.
    std::fs::write(
        tmp.path().join("zhidu.toml"),
        "[files]\n\"采购申请*.csv\" = \"requests\"\n",
    )
    .unwrap();
    let (code, findings) = check(&[&unnamed], Some(&tmp.path().join("zhidu.toml")), &[]);
    assert_eq!(code, 1, "{findings:#?}");
    // Its signatures are in another file: none of the three requests is signed by 总经理.
    assert_eq!(findings.len(), 3, "{findings:#?}");
}

/// Writes a workbook with one sheet `requests` from (row, column, what) cells.
fn workbook(path: &Path, build: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("requests").unwrap();
    build(sheet);
    book.save(path).unwrap();
}

#[test]
fn headers_that_cannot_be_told_are_located_errors() {
    let tmp = tempfile::tempdir().unwrap();
    // A title above the headers.
    let titled = tmp.path().join("titled.xlsx");
    workbook(&titled, |s| {
        s.write_string(0, 0, "2026年5月采购台账").unwrap();
        for (c, h) in ["编号", "类型", "申请人", "申请日期"].iter().enumerate() {
            s.write_string(2, c as u16, *h).unwrap();
        }
        for (c, v) in ["P-009", "purchase", "1003", "2026年5月12日"]
            .iter()
            .enumerate()
        {
            s.write_string(3, c as u16, *v).unwrap();
        }
    });
    let (code, findings) = check(&[&titled], None, &[]);
    assert_eq!(code, 2, "{findings:#?}");
    let e = findings
        .iter()
        .find(|f| f["check"] == "data-error")
        .unwrap();
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("row 1 looks like a title"),
        "{e}"
    );
    assert!(
        e["help"].as_str().unwrap().contains("header_row = 3"),
        "{e}"
    );
    assert_eq!(e["location"]["cell"], "A1");
    // With `header_row`, it is read.
    std::fs::write(
        tmp.path().join("zhidu.toml"),
        "[files]\n\"titled.xlsx\" = { collection = \"requests\", header_row = 3 }\n",
    )
    .unwrap();
    let (code, findings) = check(&[&titled], Some(&tmp.path().join("zhidu.toml")), &[]);
    assert_eq!(code, 1, "{findings:#?}");
    assert!(
        findings
            .iter()
            .any(|f| f["subject"] == "P-009" && f["location"]["cell"] == "A4")
    );
    // Merged header cells.
    let merged = tmp.path().join("merged.xlsx");
    workbook(&merged, |s| {
        s.merge_range(0, 0, 0, 1, "编号", &Format::new()).unwrap();
        s.write_string(0, 2, "申请人").unwrap();
        s.write_string(1, 0, "P-010").unwrap();
    });
    let (code, findings) = check(&[&merged], None, &[]);
    assert_eq!(code, 2, "{findings:#?}");
    let e = findings
        .iter()
        .find(|f| f["check"] == "data-error")
        .unwrap();
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("merged cells (A1:B1)"),
        "{e}"
    );
}

#[test]
fn formula_and_error_cells_and_hostile_workbooks() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = PathBuf::from(format!("{TABLES}/yaml"));
    // A formula cell reads as the value it shows; an error cell is a finding at the cell.
    let cells = tmp.path().join("cells.xlsx");
    workbook(&cells, |s| {
        for (c, h) in ["id", "kind", "requested_by", "requested_at", "amount"]
            .iter()
            .enumerate()
        {
            s.write_string(0, c as u16, *h).unwrap();
        }
        s.write_string(1, 0, "F-1").unwrap();
        s.write_string(1, 1, "purchase").unwrap();
        s.write_number(1, 2, 1003.0).unwrap();
        s.write_string(1, 3, "2026/5/20").unwrap();
        s.write_formula(1, 4, Formula::new("=6000*2").set_result("12000"))
            .unwrap();
        s.write_string(2, 0, "F-2").unwrap();
        s.write_string(2, 1, "purchase").unwrap();
        s.write_string(2, 3, "2026.5.21").unwrap();
        s.write_formula(2, 2, Formula::new("=NA()").set_result("#N/A"))
            .unwrap();
    });
    let (code, findings) = check(&[&cells, &yaml], None, &[]);
    assert_eq!(code, 2, "{findings:#?}");
    let error = findings
        .iter()
        .find(|f| f["check"] == "data-error" && f["message"].as_str().unwrap().contains("#N/A"))
        .unwrap();
    assert_eq!(error["location"]["cell"], "C3", "{error}");
    assert!(
        findings
            .iter()
            .any(|f| f["subject"] == "F-1" && f["check"] == "missing-approver"),
        "the formula's row is read: {findings:#?}"
    );
    // The YAML twin is still checked whatever the workbooks do.
    let twin_still_checked = |findings: &[Value]| {
        findings
            .iter()
            .filter(|f| f["subject"] == "P-002" || f["subject"] == "P-003")
            .count()
            == 3
    };
    assert!(twin_still_checked(&findings));
    // Truncated and corrupt workbooks.
    let good = std::fs::read(format!("{TABLES}/workbooks/业务台账.xlsx")).unwrap();
    let truncated = tmp.path().join("requests-truncated.xlsx");
    std::fs::write(&truncated, &good[..good.len() / 2]).unwrap();
    let corrupt = tmp.path().join("requests-corrupt.xls");
    std::fs::write(&corrupt, b"\xd0\xcf\x11\xe0 this is not a workbook at all").unwrap();
    for bad in [&truncated, &corrupt] {
        let (code, findings) = check(&[bad.as_path(), &yaml], None, &[]);
        assert_eq!(code, 2, "{}", bad.display());
        let e = findings
            .iter()
            .find(|f| f["check"] == "parse-error")
            .unwrap();
        assert_eq!(e["location"]["file"], bad.display().to_string());
        assert!(twin_still_checked(&findings));
    }
    // A zip bomb: parts that declare far more than the memory budget are not decompressed.
    let bomb = tmp.path().join("requests-bomb.xlsx");
    zip_bomb(&bomb, 600 << 20);
    let (code, findings) = check(&[&bomb, &yaml], None, &["--memory-budget", "512MiB"]);
    assert_eq!(code, 2, "{findings:#?}");
    let e = findings
        .iter()
        .find(|f| f["check"] == "parse-error")
        .unwrap();
    assert!(
        e["message"].as_str().unwrap().contains("decompressed"),
        "{e}"
    );
    assert!(twin_still_checked(&findings));
    // A million empty rows below a short table: read quickly, the rows ignored.
    let tall = tmp.path().join("requests-tall.xlsx");
    tall_workbook(&tall, 1_048_576);
    let (code, findings) = check(&[&tall, &yaml], None, &[]);
    assert_eq!(code, 1, "{findings:#?}");
    assert!(findings.iter().any(|f| f["subject"] == "T-1"));
}

/// An `.xlsx` whose sheet declares `size` bytes of (compressible) XML.
fn zip_bomb(path: &Path, size: usize) {
    use std::io::Write;
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    minimal_parts(&mut zip);
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(b"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
        .unwrap();
    let blank = vec![b' '; 1 << 20];
    for _ in 0..size >> 20 {
        zip.write_all(&blank).unwrap();
    }
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap();
}

/// An `.xlsx` with one request in row 2 and `rows` rows in all, the others empty (as a sheet
/// formatted down to its last row is).
fn tall_workbook(path: &Path, rows: usize) {
    use std::io::Write;
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    minimal_parts(&mut zip);
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    let mut xml = String::from(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:XFD1048576\"/><sheetData>",
    );
    let row = |r: u32, cells: [&str; 4]| {
        let mut out = format!("<row r=\"{r}\">");
        for (c, text) in ["A", "B", "C", "D"].iter().zip(cells) {
            out.push_str(&format!(
                "<c r=\"{c}{r}\" t=\"inlineStr\"><is><t>{text}</t></is></c>"
            ));
        }
        out + "</row>"
    };
    xml.push_str(&row(1, ["id", "kind", "requested_by", "requested_at"]));
    xml.push_str(&row(2, ["T-1", "purchase", "1003", "2026-05-30"]));
    zip.write_all(xml.as_bytes()).unwrap();
    for r in 3..=rows {
        write!(zip, "<row r=\"{r}\" s=\"1\" customFormat=\"1\"/>").unwrap();
    }
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap();
}

/// The parts every `.xlsx` has besides its sheet: one sheet named `requests`.
fn minimal_parts<W: std::io::Write + std::io::Seek>(zip: &mut zip::ZipWriter<W>) {
    use std::io::Write;
    let options = zip::write::SimpleFileOptions::default();
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
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
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
    ];
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
}
