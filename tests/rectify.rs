//! The rectification list (`check --format xlsx`, CLI.md v3), read back with calamine: one row
//! per finding of `--format json`, every row with a unit and a deadline (as-of + 30 days by
//! default), headers in the chosen language, the same bytes on every run.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use calamine::{Data, Reader, Xlsx};
use common::zhidu;

fn workbook(lang: &str) -> (Vec<u8>, Xlsx<std::io::Cursor<Vec<u8>>>) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("整改清单.xlsx");
    let path = file.to_str().unwrap();
    let (code, _, err) = zhidu(&[
        "check",
        "fixtures/example",
        "--output",
        path,
        "--lang",
        lang,
    ]);
    assert_eq!(code, 1, "{err}");
    let bytes = std::fs::read(&file).unwrap();
    let book = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
    (bytes, book)
}

#[test]
fn one_row_per_finding_each_with_a_unit_and_a_deadline() {
    let (_, mut book) = workbook("zh");
    assert_eq!(book.sheet_names(), ["整改清单", "汇总"]);
    let sheet = book.worksheet_range("整改清单").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(
        header,
        [
            "序号",
            "部门",
            "责任人",
            "问题",
            "制度 / 条",
            "对象",
            "位置",
            "严重程度",
            "整改期限",
            "状态",
            "指纹"
        ]
    );
    let (_, json, _) = zhidu(&["check", "fixtures/example", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(rows.len() - 1, findings.len());
    for (row, finding) in rows[1..].iter().zip(findings) {
        assert!(!row[1].to_string().is_empty(), "no unit: {row:?}");
        // fixtures/example/zhidu.toml: as of 2026-11-20; 30 days on is 2026-12-20, Excel's day
        // 46376 (counted from 1899-12-30), stored as a date, not text.
        match &row[8] {
            Data::DateTime(day) => assert_eq!(day.as_f64(), 46376.0, "{row:?}"),
            other => panic!("not a date: {other:?}"),
        }
        assert_eq!(
            row[10].to_string(),
            finding["fingerprint"].as_str().unwrap()
        );
        assert_eq!(row[5].to_string(), finding["subject"].as_str().unwrap());
    }
    // The plan handed in late is the 运营中心's, its owner 孙军 (fixtures/example/records/plans.yaml).
    let late = rows[1..].iter().find(|r| r[5] == "mp-2026-08").unwrap();
    assert!(late[1].to_string().contains("运营中心"), "{late:?}");
    assert!(late[2].to_string().contains("孙军"), "{late:?}");
}

#[test]
fn english_headers_in_english_and_the_same_bytes_every_run() {
    let (first, mut book) = workbook("en");
    assert_eq!(book.sheet_names(), ["Rectification list", "Summary"]);
    let sheet = book.worksheet_range("Rectification list").unwrap();
    assert_eq!(sheet.rows().next().unwrap()[1].to_string(), "Unit");
    let (second, _) = workbook("en");
    assert_eq!(first, second);
}

#[test]
fn a_workbook_is_not_written_to_a_terminal_but_to_a_pipe_it_is() {
    // In process, standard output is a buffer, not a terminal: the bytes are a workbook.
    let (code, out, _) = zhidu(&["check", "fixtures/example", "--format", "xlsx"]);
    assert_eq!(code, 1);
    assert!(out.as_bytes().starts_with(b"PK"), "not a zip");
}

/// `--compare`: a previous list's findings are 未整改, others 新 (CLI.md v3). The previous report
/// is the example's own JSON with one finding left out by hand: that one is new.
#[test]
fn with_compare_the_status_says_new_or_not_yet_rectified() {
    let dir = tempfile::tempdir().unwrap();
    let (_, json, _) = zhidu(&["check", "fixtures/example", "--format", "json"]);
    let mut previous: serde_json::Value = serde_json::from_str(&json).unwrap();
    let left_out = previous["findings"].as_array_mut().unwrap().remove(0);
    let before = dir.path().join("before.json");
    std::fs::write(&before, previous.to_string()).unwrap();
    let file = dir.path().join("整改清单.xlsx");
    let (code, _, err) = zhidu(&[
        "check",
        "fixtures/example",
        "--lang",
        "zh",
        "--compare",
        before.to_str().unwrap(),
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    let mut book: Xlsx<_> = calamine::open_workbook(&file).unwrap();
    let sheet = book.worksheet_range("整改清单").unwrap();
    let statuses: Vec<(String, String)> = sheet
        .rows()
        .skip(1)
        .map(|r| (r[10].to_string(), r[9].to_string()))
        .collect();
    assert!(statuses.len() > 1);
    // The summary sheet counts them: one new, the rest still open, nothing fixed.
    let summary = book.worksheet_range("汇总").unwrap();
    let rows: Vec<(String, String)> = summary
        .rows()
        .map(|r| {
            (
                r[0].to_string(),
                r.get(1).map(|c| c.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    let at = rows
        .iter()
        .position(|(a, _)| a == "与上次报告相比")
        .unwrap();
    assert_eq!(
        rows[at + 1..at + 4],
        [
            ("新".to_string(), "1".to_string()),
            ("未整改".to_string(), (statuses.len() - 1).to_string()),
            ("已整改".to_string(), "0".to_string())
        ]
    );
    for (fingerprint, status) in statuses {
        let expected = if fingerprint == left_out["fingerprint"] {
            "新"
        } else {
            "未整改"
        };
        assert_eq!(status, expected, "{fingerprint}");
    }
}
