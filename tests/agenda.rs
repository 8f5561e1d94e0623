//! `zhidu agenda`: what falls due, who must act, what could stop them (CLI.md v3). Expected
//! values come from the regulation (运营中心工作规范 第十三条: the annual operations plan is handed
//! in by 12-20 of the year before, drafted by the 运营总监, reviewed by the 总经理办公会, approved by
//! the 总裁), the calendar (2026-12-20 is a Sunday; 2026-10-01..07 is the National Day holiday)
//! and the fixtures' own org data; and from `check` itself for what is overdue (the contract says
//! the two agree).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use common::{copy_dir, zhidu};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn agenda_json(args: &[&str]) -> Value {
    let mut all = vec!["agenda", "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = zhidu(&all);
    assert_eq!(code, 0, "{err}\n{out}");
    serde_json::from_str(&out).unwrap()
}

fn item<'a>(agenda: &'a Value, subject: &str) -> &'a Value {
    agenda["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["subject"] == subject)
        .unwrap_or_else(|| panic!("no item {subject} in {agenda:#}"))
}

fn risk_codes(item: &Value) -> Vec<&str> {
    item["risks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect()
}

#[test]
fn the_annual_operations_plan_falls_due_on_the_monday_after_the_20th() {
    let agenda = agenda_json(&[
        "fixtures/example",
        "--as-of",
        "2026-12-01",
        "--within",
        "30d",
    ]);
    assert_eq!(agenda["as_of"], "2026-12-01");
    assert_eq!(agenda["until"], "2026-12-31");
    let plan = item(&agenda, "ops.annual-operations-plan@2027");
    assert_eq!(plan["clause"], "ops.annual-operations-plan");
    assert_eq!(plan["due"], "2026-12-21");
    assert_eq!(plan["due_nominal"], "2026-12-20");
    assert_eq!(plan["status"], "not-started");
    assert_eq!(plan["words"], "应");
    assert_eq!(plan["source"]["article"], "第十三条");
    // fixtures/example/org/people.csv: p-ops-director holds ops-director (运营总监).
    assert_eq!(plan["owners"], serde_json::json!(["p-ops-director"]));
    let next: Vec<&str> = plan["next"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["by"].as_str().unwrap())
        .collect();
    assert!(next[0].contains("运营总监"), "{next:?}");
    assert!(next.last().unwrap().contains("总裁"), "{next:?}");
    let review = next
        .iter()
        .position(|b| b.contains("总经理办公会"))
        .unwrap();
    assert!(
        review < next.len() - 1,
        "the office meeting reviews before the 总裁 signs"
    );
    assert_eq!(risk_codes(plan), ["holiday"]);
}

#[test]
fn a_vacant_signer_post_is_a_risk() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new("fixtures/example"), dir.path());
    // 徐勇 (p-president) no longer holds 总裁: the post is vacant.
    let people = dir.path().join("org/people.csv");
    let text = std::fs::read_to_string(&people).unwrap();
    let text = text.replace("p-president,徐勇,president,,", "p-president,徐勇,,,");
    std::fs::write(&people, text).unwrap();
    let path = dir.path().to_str().unwrap();
    let (_, out, err) = zhidu(&["agenda", path, "--as-of", "2026-12-01", "--format", "json"]);
    let agenda: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
    let plan = item(&agenda, "ops.annual-operations-plan@2027");
    let codes = risk_codes(plan);
    assert!(codes.contains(&"signer-vacant"), "{plan:#}");
    let message = plan["risks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "signer-vacant")
        .unwrap()["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(message.contains("总裁"), "{message}");
}

#[test]
fn a_delegation_ending_before_the_due_date_is_a_risk() {
    let agenda = agenda_json(&["fixtures/agenda/delegation-ends"]);
    let plan = item(&agenda, "ops.annual-operations-plan@2027");
    // Nobody holds 运营总监 after 孙军 left on 2026-11-15; 李明 acts for the post until 12-10.
    assert_eq!(plan["owners"], serde_json::json!(["p-deputy"]));
    let codes = risk_codes(plan);
    assert!(codes.contains(&"delegation-ends"), "{plan:#}");
    assert!(codes.contains(&"owner-vacant"), "{plan:#}");
    assert!(codes.contains(&"holiday"), "{plan:#}");
}

#[test]
fn a_deadline_on_a_public_holiday_moves_past_it_and_says_why() {
    let agenda = agenda_json(&["fixtures/agenda/holiday", "--lang", "zh"]);
    let plan = item(&agenda, "demo.year-plan@2027");
    assert_eq!(plan["due_nominal"], "2026-10-01");
    // 国庆节 2026: October 1 to 7 off; the 8th is the first working day.
    assert_eq!(plan["due"], "2026-10-08");
    let holiday = &plan["risks"][0];
    assert_eq!(holiday["code"], "holiday");
    assert!(
        holiday["message"].as_str().unwrap().contains("国庆节"),
        "{holiday}"
    );
    assert_eq!(plan["owners"], serde_json::json!(["p-planner"]));
    assert_eq!(agenda["lang"], "zh");
}

#[test]
fn owner_filters_what_one_person_role_or_unit_must_do() {
    let all = agenda_json(&["fixtures/example", "--as-of", "2026-12-01"]);
    let mine = agenda_json(&[
        "fixtures/example",
        "--as-of",
        "2026-12-01",
        "--owner",
        "p-ops-director",
    ]);
    let owned_by = |agenda: &Value, who: &str| -> BTreeSet<String> {
        agenda["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["owners"].as_array().unwrap().iter().any(|o| o == who))
            .map(|i| i["fingerprint"].as_str().unwrap().to_string())
            .collect()
    };
    let subjects = |agenda: &Value| -> BTreeSet<String> {
        agenda["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["fingerprint"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!subjects(&mine).is_empty());
    assert_eq!(subjects(&mine), owned_by(&all, "p-ops-director"));
    // The post by its title: the same items, the director holding it.
    let by_role = agenda_json(&[
        "fixtures/example",
        "--as-of",
        "2026-12-01",
        "--owner",
        "运营总监",
    ]);
    assert_eq!(subjects(&by_role), subjects(&mine));
    // The unit: its own items and those of the people working in it, the director's among them.
    let unit = agenda_json(&[
        "fixtures/example",
        "--as-of",
        "2026-12-01",
        "--owner",
        "运营中心",
    ]);
    assert!(subjects(&mine).is_subset(&subjects(&unit)));
    item(&unit, "ops.annual-operations-plan@2027");
    // A deputy acting under the summer delegation sees the director's items then.
    let deputy = agenda_json(&[
        "fixtures/example",
        "--as-of",
        "2026-07-05",
        "--within",
        "2w",
        "--owner",
        "p-ops-deputy",
    ]);
    assert!(!deputy["items"].as_array().unwrap().is_empty());
    for item in deputy["items"].as_array().unwrap() {
        assert!(
            item["owners"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o == "p-ops-deputy"),
            "{item:#}"
        );
    }
}

#[test]
fn an_unknown_owner_is_an_input_error_with_a_suggestion() {
    let (code, _, err) = zhidu(&[
        "agenda",
        "fixtures/example",
        "--as-of",
        "2026-12-01",
        "--owner",
        "p-ops-directr",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("p-ops-director"), "{err}");
}

#[test]
fn within_takes_days_weeks_months_and_years() {
    for (within, until) in [
        ("30d", "2026-12-31"),
        ("8w", "2027-01-26"),
        ("3mo", "2027-03-01"),
        ("1y", "2027-12-01"),
    ] {
        let agenda = agenda_json(&[
            "fixtures/example",
            "--as-of",
            "2026-12-01",
            "--within",
            within,
        ]);
        assert_eq!(agenda["until"], until, "{within}");
    }
    for bad in ["30", "d", "0d", "3months", "-1d", "999999y"] {
        let flag = format!("--within={bad}");
        let (code, _, err) = zhidu(&["agenda", "fixtures/example", &flag]);
        assert_eq!(code, 2, "{bad}: {err}");
        assert!(err.contains("--within"), "{bad}: {err}");
    }
}

/// (clause, subject) of `check`'s findings of duties left undone, neither baselined nor waived.
fn undone_by_check(path: &str, as_of: &str) -> BTreeSet<(String, String)> {
    let (_, out, err) = zhidu(&["check", path, "--as-of", as_of, "--format", "json"]);
    let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            ["overdue", "missing-record", "cadence"].contains(&f["check"].as_str().unwrap())
        })
        .filter(|f| f.get("baselined").is_none() && f.get("waived").is_none())
        .map(|f| {
            (
                f["clause"].as_str().unwrap().to_string(),
                f["subject"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn overdue_on_agenda(path: &str, as_of: &str) -> BTreeSet<(String, String)> {
    let agenda = agenda_json(&[path, "--as-of", as_of]);
    agenda["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["status"] == "overdue")
        .map(|i| {
            (
                i["clause"].as_str().unwrap().to_string(),
                i["subject"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn agenda_and_check_agree_on_what_is_overdue() {
    for as_of in ["2026-11-20", "2026-12-01", "2026-07-15"] {
        let check = undone_by_check("fixtures/example", as_of);
        assert!(!check.is_empty(), "{as_of}");
        assert_eq!(
            overdue_on_agenda("fixtures/example", as_of),
            check,
            "{as_of}"
        );
    }
}

#[test]
fn agenda_and_check_agree_on_a_generated_company() {
    use zhidu::internals::synthetic::{Gaps, Options, generate};
    let options = Options {
        people: 300,
        gaps: Gaps::All,
        seed: 5,
        ..Options::default()
    };
    let company = generate(&options);
    let dir = tempfile::tempdir().unwrap();
    company.write_to(dir.path()).unwrap();
    let path = dir.path().to_str().unwrap();
    let as_of = options.as_of.to_string();
    let check = undone_by_check(path, &as_of);
    assert!(!check.is_empty());
    assert_eq!(overdue_on_agenda(path, &as_of), check);
}

#[test]
fn an_item_falls_due_in_the_window_it_is_listed_for_and_no_item_is_done() {
    let agenda = agenda_json(&[
        "fixtures/example",
        "--as-of",
        "2026-12-01",
        "--within",
        "8w",
    ]);
    for item in agenda["items"].as_array().unwrap() {
        let due = &item["due"].as_str().unwrap()[..10];
        match item["status"].as_str().unwrap() {
            "overdue" => assert!(due <= "2026-12-01", "{item:#}"),
            _ => assert!(("2026-12-02"..="2027-01-26").contains(&due), "{item:#}"),
        }
        assert!(!item["next"].as_array().unwrap().is_empty(), "{item:#}");
    }
}

#[test]
fn the_calendar_and_spreadsheet_outputs_are_the_same_bytes_every_run() {
    for format in ["ics", "csv", "json", "human"] {
        let args = [
            "agenda",
            "fixtures/example",
            "--as-of",
            "2026-12-01",
            "--format",
            format,
            "--lang",
            "zh",
        ];
        let (code, first, _) = zhidu(&args);
        assert_eq!(code, 0);
        let (_, second, _) = zhidu(&[&args[..], &["--jobs", "1"]].concat());
        assert_eq!(first, second, "{format}");
    }
}

#[test]
fn the_csv_starts_with_a_byte_order_mark_and_the_contract_s_columns() {
    let (_, out, _) = zhidu(&[
        "agenda",
        "fixtures/example",
        "--as-of",
        "2026-12-01",
        "--format",
        "csv",
    ]);
    assert!(out.starts_with('\u{feff}'));
    let header = out.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert!(
        header.starts_with("due,clause,subject,status,owners,next"),
        "{header}"
    );
}

#[test]
fn the_human_agenda_reads_in_both_languages() {
    for lang in ["en", "zh"] {
        let (code, out, err) =
            zhidu(&["agenda", "fixtures/agenda/delegation-ends", "--lang", lang]);
        assert_eq!(code, 0, "{err}");
        insta::assert_snapshot!(format!("agenda_delegation_ends_{lang}"), out);
    }
}

#[test]
fn overdue_items_fail_the_run_only_when_asked() {
    let args = ["agenda", "fixtures/example", "--as-of", "2026-12-01"];
    assert_eq!(zhidu(&args).0, 0);
    assert_eq!(zhidu(&[&args[..], &["--fail-on-overdue"]].concat()).0, 1);
}

#[test]
fn unreadable_input_is_reported_and_the_rest_is_still_listed() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new("fixtures/agenda/delegation-ends"), dir.path());
    std::fs::write(dir.path().join("records/broken.yaml"), "plans: [ {id: x").unwrap();
    let path = dir.path().to_str().unwrap();
    let (code, out, _) = zhidu(&["agenda", path, "--format", "json"]);
    assert_eq!(code, 2);
    let agenda: Value = serde_json::from_str(&out).unwrap();
    assert!(!agenda["errors"].as_array().unwrap().is_empty());
    item(&agenda, "ops.annual-operations-plan@2027");
}

#[test]
fn a_post_a_unit_and_a_body_see_the_steps_they_must_take_even_when_vacant() {
    // 总裁 signs the plan last; the 总经理办公会 reviews it; 运营中心 owes it though its
    // director's post is vacant (fixtures/agenda/delegation-ends).
    for owner in ["总裁", "总经理办公会", "运营中心", "p-deputy"] {
        let agenda = agenda_json(&["fixtures/agenda/delegation-ends", "--owner", owner]);
        item(&agenda, "ops.annual-operations-plan@2027");
    }
    let (code, _, err) = zhidu(&[
        "agenda",
        "fixtures/agenda/delegation-ends",
        "--owner",
        "总栽",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("总裁"), "{err}");
}

#[test]
fn a_calendar_written_from_broken_input_says_why_on_standard_error() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new("fixtures/agenda/delegation-ends"), dir.path());
    std::fs::write(dir.path().join("records/broken.yaml"), "plans: [ {id: x").unwrap();
    let path = dir.path().to_str().unwrap();
    for format in ["ics", "csv"] {
        let (code, out, err) = zhidu(&["agenda", path, "--format", format]);
        assert_eq!(code, 2);
        assert!(err.contains("broken.yaml"), "{format}: {err}");
        assert!(!out.is_empty());
    }
    let (_, out, _) = zhidu(&["agenda", path]);
    assert!(out.contains("could not be read"), "{out}");
}
