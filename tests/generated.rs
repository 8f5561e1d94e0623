//! A generated company with one injected gap of each kind: every gap is found, and nothing else.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

use std::collections::BTreeSet;
use zhidu::internals::synthetic::{Gaps, Layout, Options, generate};
use zhidu::{Check, CheckOptions, ConfigChoice, Status, check};

/// (check, clause, subject) of each finding.
type Set = BTreeSet<(Check, String, String)>;

fn findings(gaps: Gaps, people: usize) -> (Set, Set) {
    findings_in(Options {
        people,
        gaps,
        seed: 11,
        ..Options::default()
    })
}

fn findings_in(options: Options) -> (Set, Set) {
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

/// The same company exported as OA systems do — one file per collection, JSON on one line,
/// Chinese record ids — raises the same findings, and only those.
#[test]
fn every_export_layout_gives_the_injected_gaps_and_nothing_else() {
    for layout in [Layout::Json { minified: true }, Layout::Yaml, Layout::Csv] {
        let (found, expected) = findings_in(Options {
            people: 120,
            gaps: Gaps::All,
            seed: 11,
            layout,
            cjk: true,
            ..Options::default()
        });
        assert!(
            expected.iter().any(|(_, _, s)| s.starts_with("采购-")),
            "{expected:#?}"
        );
        let missed: Vec<_> = expected.difference(&found).collect();
        let extra: Vec<_> = found.difference(&expected).collect();
        assert!(
            missed.is_empty() && extra.is_empty(),
            "{layout:?}: missed: {missed:#?}\nextra: {extra:#?}"
        );
    }
}
