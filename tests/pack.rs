//! The built-in pack's own cases, run by `zhidu test` as a policy repository runs its own: every
//! clause against its cases in `fixtures/pack/<clause-id>/<case>/`, each a folder with a
//! `zhidu-test.toml` (the day, the clause selected from the built-in pack, the findings
//! expected) and its data (`data.yaml`, with `fixtures/pack/org.yaml` unless the case brings an
//! organisation of its own). A case named `pass…` expects nothing; `fail-<check>…` expects that
//! check of the clause and nothing else. From the command line:
//! `zhidu test fixtures/pack --coverage`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use std::path::Path;
use std::sync::OnceLock;
use zhidu::{Format, Lang, Outcome, Status, Style, Summary, TestOptions, TestOutcome};

/// One run of every case, shared by the tests below.
fn outcome() -> &'static TestOutcome {
    static OUTCOME: OnceLock<TestOutcome> = OnceLock::new();
    OUTCOME.get_or_init(|| {
        zhidu::test(&TestOptions {
            paths: vec!["fixtures/pack".into()],
            ..TestOptions::default()
        })
        .unwrap()
    })
}

#[test]
fn every_case_of_the_pack_passes() {
    let outcome = outcome();
    assert!(outcome.cases.len() >= 450, "{}", outcome.cases.len());
    let mut report = Vec::new();
    let failed: Vec<&str> = outcome
        .cases
        .iter()
        .filter(|c| !c.passed())
        .map(|c| c.case.as_str())
        .collect();
    if !failed.is_empty() {
        let (_, out, _) = common::zhidu(&["test", "fixtures/pack"]);
        report.extend(
            out.lines()
                .filter(|l| !l.starts_with("PASS"))
                .map(str::to_string),
        );
    }
    assert!(failed.is_empty(), "{}", report.join("\n"));
    assert_eq!(outcome.status, Status::Clean);
}

#[test]
fn every_pack_clause_has_a_passing_and_a_failing_case() {
    let (_, json, _) = common::zhidu(&["list", "--format", "json", "--no-builtin", "rules"]);
    let clauses: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert!(clauses.len() >= 42, "{json}");
    let incomplete: Vec<&str> = clauses
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .filter(|id| {
            !outcome()
                .coverage
                .iter()
                .any(|c| c.clause == *id && c.complete())
        })
        .collect();
    assert!(
        incomplete.is_empty(),
        "clauses without a passing and a failing case: {incomplete:?}"
    );
}

/// Each case's name says what it expects, and its `zhidu-test.toml` says the same: a runner
/// that read the files wrongly could not agree with their names by accident.
#[test]
fn each_case_expects_what_its_name_says() {
    for case in &outcome().cases {
        let name = Path::new(&case.case).file_name().unwrap().to_str().unwrap();
        let clause = Path::new(&case.case)
            .parent()
            .and_then(Path::file_name)
            .unwrap()
            .to_str()
            .unwrap();
        // The calendar's own warning (a case dated beyond its years) is no finding of the clause.
        let expected: Vec<(&str, &str)> = case
            .spec
            .expect
            .iter()
            .filter(|e| e.subject.as_deref() != Some("calendar"))
            .map(|e| (e.check.as_deref().unwrap(), e.clause.as_deref().unwrap()))
            .collect();
        if name.starts_with("pass") {
            assert!(expected.is_empty(), "{}: {expected:?}", case.case);
        } else {
            let rest = name
                .strip_prefix("fail-")
                .unwrap_or_else(|| panic!("{}", case.case));
            let code = common::check_code_prefix(rest).unwrap();
            assert_eq!(expected, [(code, clause)], "{}", case.case);
        }
    }
}

/// What each case's findings say, one line each (place, severity, message): the wording a
/// reviewer reads in a diff.
#[test]
fn the_findings_of_each_case_read_as_snapshotted() {
    for case in &outcome().cases {
        let findings = case
            .findings
            .iter()
            .filter(|f| f.subject != "calendar")
            .cloned()
            .collect();
        let run = Outcome {
            findings,
            sources: case.sources.clone(),
            summary: Summary::default(),
            status: Status::Clean,
            lang: None,
            sections: None,
        };
        let style = Style {
            lang: Lang::En,
            ..Style::detect()
        };
        let mut json = Vec::new();
        run.write(Format::Json, style, &mut json).unwrap();
        let report: serde_json::Value = serde_json::from_slice(&json).unwrap();
        let findings = report["findings"].as_array().unwrap();
        let name = case
            .case
            .trim_start_matches("fixtures/pack/")
            .replace('/', "__");
        insta::assert_snapshot!(name, common::compact(findings));
    }
}
