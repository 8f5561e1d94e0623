//! The policy language through the command line: every clause of the pack contract, validate's
//! diagnostics, fmt, explain and list, and hostile policy input. (Grammar rules and the
//! formatter's round trip are unit tests in `src/policy/tests.rs`.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use std::path::Path;

/// The clause ids the pack's contract fixes (PACK.md v1), with their articles as PACK.md v3 has
/// them cited: as the document numbers them, without the seed file's number ("004 …") or the
/// document's title repeated inside the article (会前准备 is 第三章 of 办公室管理制度与工作流程图,
/// its meetings part 一; the 研究院 articles as its sections number them).
const PACK: &[(&str, &str)] = &[
    ("ops.annual-business-plan", "第十二条"),
    ("ops.annual-operations-plan", "第十三条"),
    ("ops.plan-adjustment", "第十五条"),
    ("ops.monthly-plan", "第十六条"),
    ("ops.weekly-meeting", "第六条"),
    ("ops.deputy-acting", "第十条"),
    ("ops.director-filled", "第七条、第九条"),
    ("ops.leave-approval", "1.2"),
    ("proc.annual-budget", "六(一)1-2"),
    ("proc.budget-adjustment", "六(一)4"),
    ("proc.performance-targets", "五(二)1"),
    ("proc.annual-training-plan", "五(三)2"),
    ("proc.pay-after-acceptance", "四(二)4"),
    ("prod.manager-office-meeting", "第八条2"),
    ("prod.routine-meeting", "第八条3"),
    ("prod.annual-production-plan", "第九条1"),
    ("prod.monthly-plan-meeting", "第九条2"),
    ("prod.process-design", "第十一条2"),
    ("prod.quality-docs", "第十二条1"),
    ("prod.material-quota", "第十三条1"),
    ("prod.leadership", "第七条5"),
    ("prod.annual-quality-report", "第十二条4"),
    ("office.meeting-notice", "第三章 第二条"),
    ("office.weekly-admin-meeting", "一、1(1)"),
    ("office.monthly-summary-meeting", "一、1(2)"),
    ("office.all-hands", "一、1(3)"),
    ("office.notice-publication", "4 系统的运行与维护控制"),
    ("research.purchase-approval", "四、采购 A、B"),
    ("research.external-testing", "五 1) A"),
    ("research.venue-borrowing", "五 2) A"),
    ("research.project-start", "一 2.2)"),
    ("research.stage-bonus", "一 2.5)、6)、9)"),
    ("research.sample-submission", "三 3.2)-4)"),
    ("hr.hiring-authority", "职员招聘规定 2"),
    ("cs.weekly-report", "数据统计流程"),
    ("cs.monthly-satisfaction-report", "数据统计流程"),
    ("cs.customer-archive", "1.4.1、1.4.3"),
    ("cs.headcount", "一、4.5"),
    ("svc.response-24h", "三、4"),
    ("proc.tender-bidders", "一、(二)2、3"),
    ("proc.design-unit-selection", "第二章一"),
    ("soe.board-term", "2.1.1"),
];

#[test]
fn the_built_in_pack_holds_every_pack_md_clause_with_its_citation() {
    let (code, json, err) = common::zhidu(&["list", "--format", "json", "--no-builtin", "rules"]);
    assert_eq!(code, 0, "{err}");
    let list: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap_or_default();
    for (id, article) in PACK {
        let entry = list
            .iter()
            .find(|c| c["id"] == *id)
            .unwrap_or_else(|| panic!("{id} is missing from the pack"));
        assert_eq!(entry["source"]["article"], *article, "{id}");
        assert!(
            !entry["source"]["document"]
                .as_str()
                .unwrap_or_default()
                .is_empty(),
            "{id} names no document"
        );
        for key in ["kind", "severity"] {
            assert!(entry[key].is_string(), "{id}: {key}");
        }
    }
    // The binary's embedded copy is the same pack.
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (_, builtin, _) = common::zhidu(&[
        "list",
        "--format",
        "json",
        &tmp.path().display().to_string(),
    ]);
    assert_eq!(builtin.replace("rules/", ""), json.replace("rules/", ""));
}

#[test]
fn the_pack_validates_and_is_formatted() {
    let (code, out, _) = common::zhidu(&["validate", "rules"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}");
    let (code, out, err) = common::zhidu(&["fmt", "--check", "rules"]);
    assert_eq!(code, 0, "{out}{err}");
}

/// Validate's rendered diagnostics for one broken file of fixtures/policy-errors: code, exact
/// span, help. A file with a `.toml` beside it is about the parameter overrides that config
/// makes: it is listed with that config, and what goes wrong is reported on stderr.
fn policy_error(name: &str) {
    let file = format!("fixtures/policy-errors/{name}.zhidu");
    let config = format!("fixtures/policy-errors/{name}.toml");
    let out = if Path::new(&config).is_file() {
        let (code, out, err) = common::zhidu(&["list", "--no-builtin", "--config", &config, &file]);
        assert_eq!(
            code, 2,
            "{file}: a bad override is an input error: {out}{err}"
        );
        format!("{out}{err}")
    } else {
        // Each fixture is a repository of its own: a file validated alone sees the names the
        // other policy files of its repository declare, and these fixtures are no one policy set.
        let alone = tempfile::tempdir().unwrap();
        let copy = alone.path().join(format!("{name}.zhidu"));
        std::fs::copy(&file, &copy).unwrap();
        let copy = copy.display().to_string();
        let (_, json, _) = common::zhidu(&["validate", "--format", "json", &copy]);
        let report: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(
            report["findings"].as_array().is_some_and(|f| !f.is_empty()),
            "{file} should raise a diagnostic"
        );
        let (_, out, err) = common::zhidu(&["validate", &copy]);
        assert!(err.is_empty(), "{err}");
        let folder = alone.path().display().to_string();
        out.replace(&copy, &file)
            .replace(&folder, "fixtures/policy-errors")
    };
    insta::assert_snapshot!(
        format!("validate_reports_every_error_of_a_file@{name}.zhidu"),
        out
    );
}

// One test per file of fixtures/policy-errors (generated by build.rs).
include!(concat!(env!("OUT_DIR"), "/fixtures/policy_errors.rs"));

#[test]
fn fmt_check_reports_and_fmt_rewrites_atomically() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let messy = dir.path().join("messy.zhidu");
    let broken = dir.path().join("broken.zhidu");
    let original = std::fs::read_to_string("fixtures/fmt/messy-spacing.zhidu").unwrap();
    std::fs::write(&messy, &original).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&broken, "namespace x\nplan a {\n  signd by role 总裁\n}\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let d = dir.path().display().to_string();

    let (code, out, _) = common::zhidu(&["fmt", "--check", &d]);
    assert_eq!(code, 2, "a broken file is an input error: {out}");
    assert!(out.contains("would reformat"), "{out}");
    assert_eq!(
        std::fs::read_to_string(&messy).unwrap_or_default(),
        original,
        "--check changes nothing"
    );

    std::fs::remove_file(&broken).unwrap_or_else(|e| panic!("{e}"));
    let (code, _, _) = common::zhidu(&["fmt", "--check", &d]);
    assert_eq!(code, 1, "a file would change");
    let (code, out, _) = common::zhidu(&["fmt", &d]);
    assert_eq!(code, 0, "{out}");
    let (code, _, _) = common::zhidu(&["fmt", "--check", &d]);
    assert_eq!(code, 0, "formatted now");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files are left behind");
}

/// Hostile files: each gets a located diagnostic and exit status 2, never a panic or a hang.
#[test]
fn hostile_policy_input_is_diagnosed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty.zhidu", Vec::new()),
        (
            "garbage.zhidu",
            b"%%% this is not a policy @@@\n!!!\n".to_vec(),
        ),
        ("braces.zhidu", "{".repeat(100_000).into_bytes()),
        (
            "parens.zhidu",
            format!(
                "namespace x\nplan a {{\n  when {}x{}\n}}\n",
                "(".repeat(100_000),
                ")".repeat(100_000)
            )
            .into_bytes(),
        ),
        (
            "long-line.zhidu",
            format!("namespace x\n{}\n", "a".repeat(2_000_000)).into_bytes(),
        ),
        (
            "nul.zhidu",
            b"namespace x\n\0\0\0\nplan a {\n  cite \"1\"\n}\n".to_vec(),
        ),
        (
            "not-utf8.zhidu",
            b"namespace x\nsource \"\xff\xfe\"\n".to_vec(),
        ),
        ("binary.zhidu", (0..=255u8).cycle().take(4096).collect()),
    ];
    for (name, bytes) in cases.drain(..) {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        let (code, out, _) =
            common::zhidu(&["validate", "--format", "json", &path.display().to_string()]);
        assert_eq!(code, 2, "{name}: {out}");
        let report: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{name}: {e}"));
        let first = &report["findings"][0];
        assert!(
            first["location"]["line"].as_u64().is_some(),
            "{name}: the diagnostic is located: {first}"
        );
        assert!(
            first["message"].as_str().is_some_and(|m| m.len() < 300),
            "{name}: a short message: {first}"
        );
    }
}

#[test]
fn explain_prints_checks_and_clauses() {
    let (code, out, _) = common::zhidu(&["explain", "missing-approver"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("## What it checks") && out.contains("## How to fix"),
        "{out}"
    );

    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let empty = tmp.path().display().to_string();
    let (code, out, _) = common::zhidu(&["explain", "research.purchase-approval", "--in", &empty]);
    assert_eq!(code, 0, "{out}");
    for needed in [
        "四、采购 A、B",
        "研究院职能部门工作制度和流程",
        "signed by",
        "Example",
        "missing-approver",
    ] {
        assert!(out.contains(needed), "explain lacks {needed}: {out}");
    }
    let (code, out, _) = common::zhidu(&["explain", "proc.annual-training-plan", "--in", &empty]);
    assert_eq!(code, 0);
    assert!(
        out.contains("deadline = 12-31"),
        "parameters are shown: {out}"
    );
    // A limit the regulation does not set shows as `none`, and the clause says so.
    let (code, out, _) = common::zhidu(&["explain", "proc.annual-budget", "--in", &empty]);
    assert_eq!(code, 0);
    assert!(out.contains("deadline = none"), "{out}");
    assert!(out.contains("words:    由"), "{out}");

    let (code, _, err) = common::zhidu(&["explain", "ops.anual-business-plan", "--in", &empty]);
    assert_eq!(code, 2);
    assert!(
        err.contains("did you mean `ops.annual-business-plan`?"),
        "{err}"
    );
}

#[test]
fn list_prints_a_table_and_json() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (code, out, _) = common::zhidu(&["list", &tmp.path().display().to_string()]);
    assert_eq!(code, 0);
    assert!(
        out.contains("ops.annual-business-plan") && out.contains("clauses"),
        "{out}"
    );
}
