//! `zhidu whatif`: a change file applied to the organisation in memory, the difference by
//! fingerprint (CLI.md v3). The company of fixtures/whatif is worked by hand: purchases are
//! signed by the head of the requester's unit, then the 财务总监 (钱伟, p-fd), within 10 days;
//! 孙丽 (p-deputy, 财务副总监) acts for the 财务总监 under delegation d-1 (11-01 to 11-30) and
//! signed r-1 that way on 11-11; r-2 is under way, waiting for the 财务总监. Nothing is wrong as
//! the data stands (a test below says so).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use common::zhidu;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn whatif(change: &str, more: &[&str]) -> (u8, Value) {
    let file = format!("fixtures/whatif-changes/{change}");
    let mut args = vec![
        "whatif",
        "fixtures/whatif",
        "--change",
        &file,
        "--format",
        "json",
    ];
    args.extend_from_slice(more);
    let (code, out, err) = zhidu(&args);
    (
        code,
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}")),
    )
}

/// `whatif` on the example company with the changes given (YAML list items), as JSON.
fn on_the_example(changes: &str, more: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("change.yaml");
    std::fs::write(&file, format!("changes:\n{changes}")).unwrap();
    let mut args = vec![
        "whatif",
        "fixtures/example",
        "--change",
        file.to_str().unwrap(),
        "--format",
        "json",
    ];
    args.extend_from_slice(more);
    let (_, out, err) = zhidu(&args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"))
}

fn checks(list: &Value) -> Vec<(String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_string(),
                f["subject"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_company_as_it_stands_is_clean() {
    let (code, out, _) = zhidu(&["check", "fixtures/whatif"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}");
}

#[test]
fn the_finance_director_leaving_leaves_the_post_vacant_and_the_request_without_him() {
    let (code, report) = whatif("director-leaves.yaml", &[]);
    assert_eq!(code, 1, "an error appears: {report:#}");
    assert_eq!(report["as_of"], "2026-11-28");
    assert_eq!(
        checks(&report["appear"]),
        [("vacant-role".to_string(), "fin-director".to_string())]
    );
    let vacant = &report["appear"][0];
    assert_eq!(vacant["caused_by"][0], "钱伟 leaves on 2026-11-28");
    // r-2 waits for the 财务总监: 钱伟 can no longer sign it; 孙丽 still may, under d-1.
    let r2 = &report["agenda"][0];
    assert_eq!(r2["item"]["subject"], "r-2");
    assert_eq!(r2["owners_before"], serde_json::json!(["p-deputy", "p-fd"]));
    assert_eq!(r2["owners_after"], serde_json::json!(["p-deputy"]));
}

#[test]
fn assigning_a_successor_the_same_day_leaves_nothing_broken() {
    let (code, report) = whatif("director-replaced.yaml", &[]);
    assert_eq!(code, 0, "{report:#}");
    assert!(
        report["appear"].as_array().unwrap().is_empty(),
        "{report:#}"
    );
    assert_eq!(
        report["agenda"][0]["owners_after"],
        serde_json::json!(["p-deputy"])
    );
}

#[test]
fn merging_a_unit_reports_the_duties_naming_it() {
    let (_, report) = whatif("merge-sales.yaml", &[]);
    let appear = checks(&report["appear"]);
    // The regulation requires a 销售部; and r-1's requester now works in 市场部, whose head did
    // not sign it.
    assert!(
        appear.contains(&("missing-unit".into(), "fin.departments".into())),
        "{appear:?}"
    );
    assert!(
        appear.contains(&("missing-approver".into(), "r-1".into())),
        "{appear:?}"
    );
    for f in report["appear"].as_array().unwrap() {
        assert_eq!(f["caused_by"][0], "销售部 merges into 市场部 on 2026-11-01");
    }
}

#[test]
fn a_revoked_delegation_reports_the_approvals_that_relied_on_it() {
    let (_, report) = whatif("revoke.toml", &[]);
    let appear = checks(&report["appear"]);
    assert!(
        appear.contains(&("unauthorized-approver".into(), "r-1".into())),
        "{appear:?}"
    );
    // 孙丽 is no longer an owner of r-2: only 钱伟 may sign it.
    assert_eq!(
        report["agenda"][0]["owners_after"],
        serde_json::json!(["p-fd"])
    );
}

#[test]
fn a_change_naming_nothing_is_an_error_at_its_place_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    for (text, says) in [
        ("changes:\n  - {leave: p-fdd, on: 2026-11-28}\n", "p-fd"),
        (
            "changes:\n  - {merge: 销售部, into: 销售部, on: 2026-11-01}\n",
            "itself",
        ),
        ("changes:\n  - {leav: p-fd}\n", "leave"),
        ("changes:\n  - {leave: p-fd, on: 2026-13-01}\n", "13"),
        ("changes:\n  - {revoke: d-2}\n", "d-1"),
        // A misspelt key would move the change to another day.
        ("changes:\n  - {leave: p-fd, at: 2026-11-28}\n", "`at`"),
        (
            "changes:\n  - {leave: p-deputy, on: 2026-11-20}\n  - {leave: 孙丽, on: 2026-11-25}\n",
            "already left",
        ),
        (
            "changes:\n  - {unassign: p-deputy, role: 财务总监, on: 2026-11-20}\n",
            "does not hold",
        ),
        (
            "changes:\n  - {move: 恒信公司, under: 销售部}\n",
            "sub-units",
        ),
        (
            "changes:\n  - {grant: {id: d-2, from: p-fd, to: p-depty, role: fin-director, since: 2026-11-01}}\n",
            "p-deputy",
        ),
        (
            "changes:\n  - {grant: {id: d-1, from: p-fd, to: p-deputy, role: fin-director, since: 2026-11-01}}\n",
            "taken",
        ),
    ] {
        let file = dir.path().join("change.yaml");
        std::fs::write(&file, text).unwrap();
        let (code, out, _) = zhidu(&[
            "whatif",
            "fixtures/whatif",
            "--change",
            file.to_str().unwrap(),
        ]);
        assert_eq!(code, 2, "{text}: {out}");
        assert!(
            out.contains("change.yaml:2:") || out.contains("change.yaml:3:"),
            "{text}: {out}"
        );
        assert!(out.contains(says), "{text}: {out}");
    }
}

#[test]
fn the_data_files_are_never_touched() {
    let before = files(Path::new("fixtures/whatif"));
    for change in ["director-leaves.yaml", "merge-sales.yaml", "revoke.toml"] {
        whatif(change, &[]);
    }
    assert_eq!(files(Path::new("fixtures/whatif")), before);
}

#[test]
fn chinese_says_what_changes() {
    let (_, out, _) = zhidu(&[
        "whatif",
        "fixtures/whatif",
        "--change",
        "fixtures/whatif-changes/director-leaves.yaml",
        "--lang",
        "zh",
    ]);
    insta::assert_snapshot!("whatif_director_leaves_zh", out);
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect()
}

#[test]
fn on_the_example_a_purchase_signer_leaving_breaks_the_requests_signed_after() {
    let (code, out, _) = zhidu(&[
        "whatif",
        "fixtures/example",
        "--change",
        "fixtures/example-changes/dean-leaves.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&out).unwrap();
    let appear = checks(&report["appear"]);
    // fixtures/example/records/requests.yaml: purchase-5 was signed by 王杰 as 业务院长 on 10-07,
    // after the day he would leave; purchase-4 (09-21) was signed before it and stays valid.
    assert!(
        appear.contains(&("unauthorized-approver".into(), "purchase-5".into())),
        "{appear:?}"
    );
    assert!(!appear.iter().any(|(_, s)| s == "purchase-4"), "{appear:?}");
    let targets = report["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["item"]["subject"] == "proc.performance-targets@research@2027")
        .unwrap_or_else(|| panic!("{:#}", report["agenda"]));
    assert_eq!(
        targets["owners_before"],
        serde_json::json!(["p-business-dean"])
    );
    assert_eq!(targets["owners_after"], serde_json::json!([]));
}

#[test]
fn on_the_example_a_successor_takes_the_duties_over() {
    let report = on_the_example(
        "  - {leave: 王杰, on: 2026-11-20}\n  - {assign: p-analysis-director, role: 业务院长, from: 2026-11-20}\n",
        &[],
    );
    let targets = report["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["item"]["subject"] == "proc.performance-targets@research@2027")
        .unwrap();
    assert_eq!(
        targets["owners_after"],
        serde_json::json!(["p-analysis-director"])
    );
    // The research units' people have a superior again; only 胡娜 has none: her own post (分析总监)
    // reports to the one she now holds herself.
    let no_manager: Vec<String> = checks(&report["appear"])
        .into_iter()
        .filter(|(c, _)| c == "no-manager")
        .map(|(_, s)| s)
        .collect();
    assert_eq!(no_manager, ["p-analysis-director"], "{report:#}");
}

#[test]
fn a_later_change_may_fill_a_post_an_earlier_one_adds() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cfo.yaml");
    std::fs::write(
        &file,
        "changes:\n  - {add_role: {id: cfo, title: 首席财务官, unit: finance}, on: 2026-11-01}\n  - {assign: 钱伟, role: 首席财务官, from: 2026-11-01}\n",
    )
    .unwrap();
    let (code, out, _) = zhidu(&[
        "whatif",
        "fixtures/whatif",
        "--change",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("钱伟 takes the post 首席财务官"), "{out}");
}

/// The example's 总经理 signs purchases (mgmt.signing-chain). With the pack that requires the post
/// filled chosen (management-compilation's leadership clause, otherwise not judged: the example
/// lacks its other posts), 高华 leaving on 11-10 leaves 总经理 vacant on the as-of day, worked by
/// hand from fixtures/example/org; naming a successor the same day fills it again.
#[test]
fn on_the_example_the_general_manager_leaving_leaves_the_post_vacant_until_filled() {
    let run = |changes: &str| {
        let more = ["--pack", "management-compilation", "--as-of", "2026-11-20"];
        checks(&on_the_example(changes, &more)["appear"])
    };
    let leaves = "  - {leave: 高华, on: 2026-11-10}\n";
    assert_eq!(
        run(leaves),
        [("vacant-role".to_string(), "general-manager".to_string())]
    );
    let successor = "  - {assign: p-chair, role: 总经理, from: 2026-11-10}\n";
    assert_eq!(run(&format!("{leaves}{successor}")), []);
}

/// fixtures/example/records/requests-under-way.yaml: purchase-under-way-1 awaits the 业务院长's
/// signature (research.purchase-approval; the clause sets no deadline, so it is no agenda item).
/// 王杰 leaving leaves it with nobody to sign; 胡娜 named to the post signs it instead.
#[test]
fn on_the_example_a_request_under_way_loses_its_next_signer_until_a_successor_is_named() {
    let run = |changes: &str| {
        on_the_example(changes, &[])["waiting"]
            .as_array()
            .unwrap()
            .clone()
    };
    let leaves = "  - {leave: 王杰, on: 2026-11-19}\n";
    let waiting = run(leaves);
    assert_eq!(waiting.len(), 1, "{waiting:#?}");
    assert_eq!(waiting[0]["record"], "purchase-under-way-1");
    assert_eq!(waiting[0]["clause"], "research.purchase-approval");
    assert_eq!(
        waiting[0]["owners_before"],
        serde_json::json!(["p-business-dean"])
    );
    assert_eq!(waiting[0]["owners_after"], serde_json::json!([]));
    let successor = "  - {assign: p-analysis-director, role: 业务院长, from: 2026-11-19}\n";
    let waiting = run(&format!("{leaves}{successor}"));
    assert_eq!(waiting.len(), 1, "{waiting:#?}");
    assert_eq!(
        waiting[0]["owners_after"],
        serde_json::json!(["p-analysis-director"])
    );
}
