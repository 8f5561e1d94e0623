//! A generated company with one injected gap of each kind: every gap is found, and nothing else.

mod common;

use std::collections::BTreeSet;
use zhidu::synthetic::{Gaps, Options, generate};

/// (check, clause, subject) of each finding.
type Set = BTreeSet<(String, String, String)>;

fn findings(gaps: Gaps, people: usize) -> (Set, Set) {
    let options = Options {
        people,
        gaps,
        seed: 11,
        ..Options::default()
    };
    let company = generate(&options);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    company
        .write_to(dir.path())
        .unwrap_or_else(|e| panic!("{e}"));
    let (code, out, err) = common::zhidu(&[
        "check",
        &dir.path().display().to_string(),
        "--as-of",
        &options.as_of.to_string(),
        "--format",
        "json",
    ]);
    assert!(code <= 1, "{err}{out}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
    let found = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["check"].as_str().unwrap_or("").to_string(),
                f["clause"].as_str().unwrap_or("").to_string(),
                f["subject"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let expected = company
        .expected
        .iter()
        .map(|e| (e.check.to_string(), e.clause.to_string(), e.subject.clone()))
        .collect();
    (found, expected)
}

#[test]
fn a_compliant_company_raises_nothing() {
    let (found, expected) = findings(Gaps::None, 120);
    assert!(expected.is_empty());
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn every_injected_gap_is_found_and_nothing_else() {
    let (found, expected) = findings(Gaps::All, 120);
    assert!(expected.len() >= 20, "{expected:#?}");
    let missed: Vec<_> = expected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(
        missed.is_empty() && extra.is_empty(),
        "missed: {missed:#?}\nextra: {extra:#?}"
    );
}
