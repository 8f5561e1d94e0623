//! The policy language: grammar rules, every PACK.md clause, validate's diagnostics, the formatter,
//! explain and list, and hostile policy input.

mod common;

use pest::Parser;
use std::path::Path;
use zhidu::policy::grammar::{Rule, ZhiduParser};
use zhidu::policy::{fmt, parse};
use zhidu::source::FileId;

/// The ids and articles PACK.md fixes.
const PACK: &[(&str, &str)] = &[
    ("ops.annual-business-plan", "第十二条"),
    ("ops.annual-operations-plan", "第十三条"),
    ("ops.plan-adjustment", "第十五条"),
    ("ops.monthly-plan", "第十六条"),
    ("ops.weekly-meeting", "第六条"),
    ("ops.deputy-acting", "第十条"),
    ("ops.director-filled", "第七条、第九条"),
    ("ops.leave-approval", "企业日常运营规范 1.2"),
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
    ("office.meeting-notice", "会前准备 第二条"),
    ("office.weekly-admin-meeting", "会议管理制度 1(1)"),
    ("office.monthly-summary-meeting", "会议管理制度 1(2)"),
    ("office.all-hands", "会议管理制度 1(3)"),
    ("office.notice-publication", "OA办公系统管理办法"),
    ("research.purchase-approval", "四、采购 A、B"),
    ("research.external-testing", "五 1) A"),
    ("research.venue-borrowing", "五 2) A"),
    ("research.project-start", "一 2.2)"),
    ("research.stage-bonus", "一 2.5)、6)、9)"),
    (
        "research.sample-submission",
        "三、3.分析部门检样工作流程 2)-4)",
    ),
    ("hr.hiring-authority", "004 职员招聘规定 2"),
    ("cs.weekly-report", "004 客服 数据统计流程"),
    ("cs.monthly-satisfaction-report", "004 客服 数据统计流程"),
    ("cs.customer-archive", "004 客服管理制度 1.4.1、1.4.3"),
    ("cs.headcount", "004 客服部管理制度与流程 4.5"),
    ("svc.response-24h", "004 售后服务 三、4"),
    ("proc.tender-bidders", "004 流程制度汇编 (二)2、3"),
    (
        "proc.design-unit-selection",
        "004 项目工程管理制度 第二章一",
    ),
    ("soe.board-term", "003 国有企业运营管理手册 2.1.1"),
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

/// (rule, text that must parse as exactly that rule).
const ACCEPTS: &[(Rule, &str)] = &[
    (Rule::namespace_decl, "namespace ops"),
    (Rule::source_decl, "source \"运营中心工作规范\""),
    (Rule::include_decl, "include \"names.zhidu\""),
    (
        Rule::name_decl,
        "role 总裁 aka President, \"Chief Executive\"",
    ),
    (Rule::clause_header, "plan annual-plan \"年度计划\" {\n"),
    (Rule::clause_name, "customer-archive.form"),
    (Rule::cite_stmt, "cite \"1.2\" in \"企业日常运营规范\""),
    (Rule::severity_stmt, "severity warning"),
    (Rule::param_stmt, "param deadline = 01-31 \"年初\""),
    (Rule::param_stmt, "param tolerance = 30 minutes"),
    (Rule::param_stmt, "param limit = 5万"),
    (Rule::kind_stmt, "kind all-hands, production-routine"),
    (Rule::kind_stmt, "kind any"),
    (Rule::when_stmt, "when notice_sent or kind = all-hands"),
    (
        Rule::exists_stmt,
        "exists every year by 11-20 of previous year",
    ),
    (Rule::every_stmt, "every week by saturday of week"),
    (Rule::every_stmt, "every first monday of month"),
    (Rule::every_stmt, "every fourth wednesday of month"),
    (Rule::every_stmt, "every last day of month"),
    (Rule::every_stmt, "every day 25 of month"),
    (Rule::at_least_stmt, "at least 6 per year"),
    (Rule::gap_stmt, "gap at most 3 months"),
    (
        Rule::signed_stmt,
        "signed by head of requester.unit then role 业务院长 then role 总经理 last",
    ),
    (
        Rule::signed_stmt,
        "signed by overseer of unit 产品生产部 and superior of requester",
    ),
    (
        Rule::reviewed_stmt,
        "reviewed by body 总经理办公会 and unit 财务部",
    ),
    (Rule::party_one, "head of requester.unit"),
    (Rule::party_one, "person p001"),
    (Rule::party, "role 产品生产部经理 or role 产品生产部副经理"),
    (Rule::party, "role 总经理 or person p9 or body 采购委员会"),
    (Rule::signed_order_stmt, "signed before attrs.start"),
    (Rule::reviewed_order_stmt, "reviewed before signed"),
    (Rule::signers_stmt, "signers distinct"),
    (Rule::signers_stmt, "signers exclude requester"),
    (
        Rule::delegation_stmt,
        "role 运营副总监 may act for role 运营总监 when authorized by role 总裁",
    ),
    (Rule::combined_stmt, "role 出纳 and role 会计 not combined"),
    (Rule::filled_stmt, "role 产品生产部经理 filled by exactly 1"),
    (Rule::headcount_stmt, "unit 客服部 headcount at most 3"),
    (Rule::term_stmt, "term 3 years for level board"),
    (Rule::term_stmt, "term 5年 for role 董事"),
    (Rule::every_org_stmt, "every unit has head"),
    (Rule::every_org_stmt, "every person has manager"),
    (Rule::every_org_stmt, "every role within seats"),
    (Rule::no_cycles_stmt, "no reporting cycles"),
    (Rule::limit_row, "over 1万 up to 5万: role 业务院长"),
    (Rule::field_stmt, "submitted by 12-20 of previous year"),
    (
        Rule::field_stmt,
        "drafted from 10-08 of previous year to 11-20 of previous year",
    ),
    (
        Rule::field_stmt,
        "submitted in last 7 days of previous month",
    ),
    (Rule::field_stmt, "responded within 24h after received"),
    (
        Rule::field_stmt,
        "responded within 3个工作日 after received",
    ),
    (Rule::field_stmt, "notice_sent at least 2 days before held"),
    (Rule::field_stmt, "attrs.paid not before attrs.accepted"),
    (Rule::field_stmt, "owner is role 运营总监"),
    (
        Rule::field_stmt,
        "bidders at least 3 unless attrs.negotiated",
    ),
    (Rule::field_stmt, "attrs.candidates between 2 and 3"),
    (
        Rule::field_stmt,
        "submitted by end of previous month - 6 days",
    ),
    (
        Rule::condition,
        "level >= manager and (amount > 50000 CNY or not attrs.internal)",
    ),
    (Rule::duration, "3 working days"),
    (Rule::duration, "24小时"),
    (Rule::amount, "1.5亿元"),
    (Rule::date_expr, "saturday of week"),
    (Rule::date_expr, "day 25 of month"),
    (Rule::date_expr, "start of next quarter + 10 days"),
];

/// (rule, text that must not parse as that rule).
const REJECTS: &[(Rule, &str)] = &[
    (Rule::namespace_decl, "namespace"),
    (Rule::month_day, "1-20"),
    (Rule::duration, "24 lightyears"),
    (Rule::signed_stmt, "signed by 总裁"),
    (Rule::party, "role 总经理 or"),
    (Rule::every_stmt, "every fortnight"),
    (Rule::field_stmt, "submitted by"),
    (Rule::condition, "amount >> 5"),
    (Rule::string, "\"unterminated"),
];

#[test]
fn each_grammar_rule_accepts_its_forms() {
    for (rule, text) in ACCEPTS {
        let parsed =
            ZhiduParser::parse(*rule, text).map(|mut p| p.next().map(|p| p.as_str().len()));
        assert_eq!(
            parsed.as_ref().ok().copied().flatten(),
            Some(text.len()),
            "{rule:?} should take all of {text:?}: {parsed:?}"
        );
    }
    for (rule, text) in REJECTS {
        let whole = ZhiduParser::parse(*rule, text)
            .map(|mut p| p.next().map(|p| p.as_str().len() == text.len()));
        assert!(
            !matches!(whole, Ok(Some(true))),
            "{rule:?} should reject {text:?}"
        );
    }
}

#[test]
fn a_file_parses_to_a_typed_tree() {
    let text = std::fs::read_to_string("fixtures/fmt/when-blocks.zhidu").unwrap_or_default();
    let parsed = parse::parse(FileId(0), "when-blocks.zhidu", &text);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    insta::assert_debug_snapshot!(parsed.file);
}

/// Validate's rendered diagnostics for each broken file: code, exact span, help.
#[test]
fn validate_reports_every_error_of_a_file() {
    insta::glob!("../fixtures/policy-errors", "*.zhidu", |path| {
        let shown = path
            .strip_prefix(std::env::current_dir().unwrap_or_default())
            .unwrap_or(path)
            .display()
            .to_string();
        let (code, out, err) = common::zhidu(&["validate", &shown]);
        assert_ne!(code, 0, "{shown} should not validate");
        assert!(err.is_empty(), "{err}");
        insta::assert_snapshot!(out);
    });
}

/// The formatter over a folder of inputs: the output, idempotence, and the round trip.
#[test]
fn fmt_formats_each_input() {
    insta::glob!("../fixtures/fmt", "*.zhidu", |path| {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let parsed = parse::parse(FileId(0), "x.zhidu", &text);
        assert!(
            parsed.errors.is_empty(),
            "{}: {:?}",
            path.display(),
            parsed.errors
        );
        let once = fmt::format(&parsed.file);
        let again = parse::parse(FileId(0), "x.zhidu", &once);
        assert!(
            again.errors.is_empty(),
            "{}: formatted text does not parse",
            path.display()
        );
        assert_eq!(
            again.file,
            parsed.file,
            "{}: formatting changed the meaning",
            path.display()
        );
        assert_eq!(
            fmt::format(&again.file),
            once,
            "{}: formatting is not idempotent",
            path.display()
        );
        insta::assert_snapshot!(once);
    });
}

/// parse → format → parse gives the same tree, for every policy file in the repository.
#[test]
fn formatting_never_changes_meaning() {
    let mut files = Vec::new();
    for root in ["rules", "fixtures"] {
        collect(Path::new(root), &mut files);
    }
    assert!(files.len() > 20);
    let mut checked = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let parsed = parse::parse(FileId(0), "x.zhidu", &text);
        if !parsed.errors.is_empty() {
            continue;
        }
        let once = fmt::format(&parsed.file);
        let again = parse::parse(FileId(0), "x.zhidu", &once);
        assert_eq!(again.file, parsed.file, "{}", path.display());
        assert_eq!(fmt::format(&again.file), once, "{}", path.display());
        checked += 1;
    }
    assert!(checked > 15, "only {checked} files round-tripped");
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "zhidu") {
            out.push(path);
        }
    }
}

#[test]
fn fmt_check_reports_and_fmt_rewrites_atomically() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let messy = dir.path().join("messy.zhidu");
    let broken = dir.path().join("broken.zhidu");
    let original = std::fs::read_to_string("fixtures/fmt/messy-spacing.zhidu").unwrap_or_default();
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
        "研究院工作制度",
        "signed by",
        "Example",
        "missing-approver",
    ] {
        assert!(out.contains(needed), "explain lacks {needed}: {out}");
    }
    let (code, out, _) = common::zhidu(&["explain", "proc.annual-budget", "--in", &empty]);
    assert_eq!(code, 0);
    assert!(
        out.contains("deadline = 12-31"),
        "parameters are shown: {out}"
    );

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
