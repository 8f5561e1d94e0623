//! A generated company with one injected gap of each kind: every gap is found, and nothing else.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

use std::collections::BTreeSet;
use zhidu::internals::synthetic::{Gaps, Options, generate};
use zhidu::{Check, CheckOptions, ConfigChoice, Status, check};

/// (check, clause, subject) of each finding.
type Set = BTreeSet<(Check, String, String)>;

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
    let outcome = check(&CheckOptions {
        paths: vec![dir.path().to_path_buf()],
        config: ConfigChoice::Ignore,
        as_of: Some(options.as_of),
        ..CheckOptions::default()
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert_ne!(outcome.status, Status::Input, "{:#?}", outcome.findings);
    let found = outcome
        .findings
        .iter()
        .map(|f| {
            (
                f.check,
                f.clause.as_deref().unwrap_or("").to_string(),
                f.subject.clone(),
            )
        })
        .collect();
    let expected = company
        .expected
        .iter()
        .map(|e| (e.check, e.clause.to_string(), e.subject.clone()))
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
