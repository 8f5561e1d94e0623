//! Exports as they are (DATA.md v3) and the small things of a first run (issue 20): value
//! mappings and their errors, dropped columns, role titles as parties, lock files, merged title
//! rows, header typos, reports never read back, `explain` inside a policy repository.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use rust_xlsxwriter::{Format, Workbook};
use serde_json::Value;
use std::path::Path;

/// `zhidu check DIR --format json` (with the built-in pack off unless the folder has a policy).
fn check(dir: &Path, extra: &[&str]) -> (u8, Value) {
    let mut args = vec![
        "check".to_string(),
        dir.display().to_string(),
        "--as-of".into(),
        "2026-06-30".into(),
        "--format".into(),
        "json".into(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let (code, out, err) = common::zhidu(&args);
    let report = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (code, report)
}

const REPORT_POLICY: &str = r#"namespace t
source "示例制度"
report weekly "周报报总经理" {
  cite "一"
  kind weekly
  to is role 总经理
  by is role 客服部经理
}
"#;

const ORG: &str = "units:
  - {id: co, name: 公司, head: gm}
  - {id: cs, name: 客服部, parent: co, head: cs-head}
roles:
  - {id: gm, title: 总经理, unit: co}
  - {id: cs-head, title: 客服部经理, unit: cs}
people:
  - {id: p1, name: 赵强, roles: [gm]}
  - {id: p2, name: 陈静, roles: [cs-head]}
";

#[test]
fn a_role_title_names_whoever_holds_it_as_a_reports_author_and_recipient() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.zhidu"), REPORT_POLICY).unwrap();
    std::fs::write(dir.path().join("org.yaml"), ORG).unwrap();
    std::fs::write(
        dir.path().join("reports.csv"),
        "id,kind,period,by,to,submitted\n\
         r1,weekly,2026-W20,客服部经理,总经理,2026-05-15\n\
         r2,weekly,2026-W21,总经理,客服部经理,2026-05-22\n",
    )
    .unwrap();
    let (code, report) = check(dir.path(), &[]);
    let found = common::findings(&report);
    // r1 names the posts, and the posts are right: nothing. r2 has them the wrong way round:
    // two wrong parties, and no input error for either.
    assert_eq!(code, 1, "{found:#?}");
    let mut subjects: Vec<(&str, &str)> =
        found.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
    subjects.sort();
    assert_eq!(
        subjects,
        [("wrong-party", "r2"), ("wrong-party", "r2")],
        "{found:#?}"
    );
}

#[test]
fn values_map_an_exports_words_and_a_bad_mapping_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.zhidu"), REPORT_POLICY).unwrap();
    std::fs::write(dir.path().join("org.yaml"), ORG).unwrap();
    std::fs::write(
        dir.path().join("reports.csv"),
        "id,kind,period,by,to,submitted,attrs.reviewed\n\
         r1,客服周报,2026-W20,陈静,赵强,2026-05-15,是\n",
    )
    .unwrap();
    let config = dir.path().join("zhidu.toml");
    std::fs::write(&config, "[values.kind]\n\"客服周报\" = \"weekly\"\n").unwrap();
    let (code, report) = check(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["summary"]["unbound_kinds"], serde_json::json!([]));
    // Without the mapping, the report binds to no clause, and the run says so.
    std::fs::write(&config, "").unwrap();
    let (_, report) = check(dir.path(), &[]);
    assert_eq!(report["summary"]["unbound_kinds"][0]["kind"], "客服周报");
    assert_eq!(report["summary"]["unbound_kinds"][0]["records"], 1);
    // A field no collection has, and a value that is neither a text nor true/false.
    std::fs::write(
        &config,
        "[values.sttus]\n\"在职\" = \"active\"\n[values.kind]\n\"客服周报\" = 3\n",
    )
    .unwrap();
    let (code, report) = check(dir.path(), &[]);
    assert_eq!(code, 2);
    let errors: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["location"]["file"]
                .as_str()
                .unwrap()
                .ends_with("zhidu.toml")
        })
        .collect();
    assert_eq!(errors.len(), 2, "{report}");
    assert_eq!(errors[0]["location"]["line"], 1);
    assert_eq!(errors[0]["help"], "did you mean `status`?");
    assert_eq!(errors[1]["location"]["line"], 4);
}

#[test]
fn a_dropped_column_is_read_and_ignored_and_said_once_per_table() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.zhidu"), REPORT_POLICY).unwrap();
    std::fs::write(
        dir.path().join("people.csv"),
        "编号,姓名,状态,手机号,入职日期\np1,赵强,在职,13800000001,2015-03-01\np2,陈静,离职,13800000002,2017-09-01\n",
    )
    .unwrap();
    // Without a mapping: two unknown columns, each a located error.
    let (code, report) = check(dir.path(), &[]);
    assert_eq!(code, 2);
    let unknown: Vec<String> = common::findings(&report).into_iter().map(|f| f.2).collect();
    assert!(
        unknown.iter().any(|m| m.contains("unknown field `手机号`"))
            && unknown
                .iter()
                .any(|m| m.contains("unknown field `入职日期`")),
        "{unknown:#?}"
    );
    // `"手机号" = false` for every table, `入职日期` for people: one warning, nothing else but
    // the person who left without a day (在职 and 离职 are read as active and left).
    std::fs::write(
        dir.path().join("zhidu.toml"),
        "[columns]\n\"手机号\" = false\n[columns.people]\n\"入职日期\" = false\n",
    )
    .unwrap();
    let (code, report) = check(dir.path(), &[]);
    let found = common::findings(&report);
    assert_eq!(code, 0, "{found:#?}");
    let messages: Vec<&str> = found.iter().map(|f| f.2.as_str()).collect();
    assert_eq!(
        messages,
        [
            "columns `手机号`, `入职日期` are dropped by `[columns]` of zhidu.toml; not read",
            "`p2` has left but has no `left_on`; treated as gone on every day",
        ],
        "{found:#?}"
    );
    // `true` is not a way to keep a column.
    std::fs::write(
        dir.path().join("zhidu.toml"),
        "[columns]\n\"手机号\" = true\n",
    )
    .unwrap();
    let (code, report) = check(dir.path(), &[]);
    assert_eq!(code, 2, "{report}");
}

#[test]
fn lock_files_of_excel_and_libreoffice_are_skipped_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.zhidu"), REPORT_POLICY).unwrap();
    std::fs::write(dir.path().join("org.yaml"), ORG).unwrap();
    std::fs::write(dir.path().join("~$台账.xlsx"), b"\x05admin").unwrap();
    std::fs::write(dir.path().join(".~lock.台账.xlsx#"), "陈静,host,1,2026").unwrap();
    let (code, report) = check(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
    let notes: Vec<(String, String, String)> = common::findings(&report);
    assert_eq!(notes.len(), 2, "{notes:#?}");
    for (check, _, message) in &notes {
        assert_eq!(check, "skipped-file");
        assert!(
            message.contains("is the lock file of `台账.xlsx`"),
            "{message}"
        );
    }
    assert_eq!(report["summary"]["info"], 2);
    // A run whose only findings are notes passes, and says so.
    let path = dir.path().display().to_string();
    let (_, human, _) = common::zhidu(&["check", &path, "--as-of", "2026-06-30"]);
    assert!(
        human
            .lines()
            .last()
            .unwrap()
            .starts_with("✓ 0 errors, 0 warnings, 2 info"),
        "{human}"
    );
}

#[test]
fn a_header_typo_hears_of_the_chinese_header_it_resembles() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("requests.csv"),
        "编号,类型,申清人,申请日期\nP-1,purchase,p1,2026-05-06\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("policy.zhidu"), REPORT_POLICY).unwrap();
    let (_, report) = check(dir.path(), &[]);
    let typo = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains("申清人"))
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(typo["help"], "did you mean `申请人`?");
    // 编号,类型, before it: column 7.
    assert_eq!(typo["location"]["column"], 7);
}

#[test]
fn a_merged_title_row_hears_of_header_row() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.zhidu"), REPORT_POLICY).unwrap();
    let path = dir.path().join("requests.xlsx");
    let mut book = Workbook::new();
    let s = book.add_worksheet().set_name("requests").unwrap();
    s.merge_range(0, 0, 0, 3, "2026年采购台账", &Format::new())
        .unwrap();
    for (c, h) in ["编号", "类型", "申请人", "申请日期"].iter().enumerate() {
        s.write_string(1, c as u16, *h).unwrap();
    }
    book.save(&path).unwrap();
    let (code, report) = check(dir.path(), &[]);
    assert_eq!(code, 2);
    let e = &report["findings"][0];
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("merged cells (A1:D1)"),
        "{e}"
    );
    let help = e["help"].as_str().unwrap();
    assert!(
        help.contains("a title above the headers in row 2") && help.contains("header_row = 2"),
        "{help}"
    );
    // With `header_row` naming the merged row itself, the help says so.
    std::fs::write(
        dir.path().join("zhidu.toml"),
        "[files]\n\"requests.xlsx\" = { collection = \"requests\", header_row = 1 }\n",
    )
    .unwrap();
    let (_, report) = check(dir.path(), &[]);
    let help = report["findings"][0]["help"].as_str().unwrap().to_string();
    assert!(
        help.starts_with("`header_row = 1` names a row with merged cells"),
        "{help}"
    );
}

#[test]
fn reports_written_into_the_data_folder_are_never_read_back() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.zhidu"), REPORT_POLICY).unwrap();
    std::fs::write(dir.path().join("org.yaml"), ORG).unwrap();
    std::fs::write(
        dir.path().join("reports.csv"),
        "id,kind,period,by,to,submitted\nr2,weekly,2026-W21,总经理,客服部经理,2026-05-22\n",
    )
    .unwrap();
    let path = dir.path().display().to_string();
    let out = dir.path().join("zhidu-report.json");
    let (code, _, err) = common::zhidu(&[
        "check",
        &path,
        "--as-of",
        "2026-06-30",
        "--output",
        &out.display().to_string(),
    ]);
    assert_eq!(code, 1, "{err}");
    // The format follows the extension.
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(written["summary"]["error"], 2);
    for (name, format) in [
        ("gl-code-quality-report.json", "gitlab"),
        ("zhidu-baseline.json", "json"),
    ] {
        let (_, text, _) =
            common::zhidu(&["check", &path, "--as-of", "2026-06-30", "--format", format]);
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    // The next run, with all three reports beside the data, reads the same four files.
    let (code, out, _) = common::zhidu(&[
        "check",
        &path,
        "--as-of",
        "2026-06-30",
        "--format",
        "json",
        "--output",
        &out.display().to_string(),
    ]);
    assert_eq!((code, out.as_str()), (1, ""));
    let again: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("zhidu-report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(again["summary"], written["summary"]);
    assert_eq!(again["summary"]["files"], 3);
}

#[test]
fn explain_of_a_built_in_clause_inside_a_policy_repository_suggests_builtin() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.zhidu"), REPORT_POLICY).unwrap();
    let path = dir.path().display().to_string();
    let (code, _, err) = common::zhidu(&["explain", "ops.weekly-meeting", "--in", &path]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`ops.weekly-meeting` is a clause of the built-in pack, which is not loaded here: `zhidu explain ops.weekly-meeting --builtin`"),
        "{err}"
    );
    let (code, out, _) =
        common::zhidu(&["explain", "ops.weekly-meeting", "--in", &path, "--builtin"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("ops.weekly-meeting — "), "{out}");
}
