//! `zhidu test`: a policy repository's own tests. A case is a folder holding a
//! `zhidu-test.toml` — the day, the packs, the settings, and the findings expected — with the
//! data files beside it; its run is `check`'s, and its verdict the difference between what was
//! found and what was expected. This module reads the expectation ([`case`]), compares, sums up
//! which clauses each case passed or failed ([`coverage`]), blesses a failing case
//! ([`update`]) and writes the results ([`human`], [`json`], [`junit`]). Running the cases is the
//! api's (`api::test`).

pub mod case;
pub mod human;
pub mod json;
pub mod junit;
pub mod update;

use crate::diagnostic::Finding;
use crate::source::Sources;
use case::{Spec, Verdict};
use std::collections::{BTreeMap, BTreeSet};

/// One case run.
#[derive(Debug)]
pub struct CaseResult {
    /// The case's folder, as the paths given name it.
    pub case: String,
    pub spec: Spec,
    pub verdict: Verdict,
    /// The run's findings (input problems of the data included) and the files they point into.
    pub findings: Vec<Finding>,
    pub sources: Sources,
    /// Why the case could not be run as written: its file or a policy unreadable, a setting
    /// wrong (exit 2).
    pub errors: Vec<Finding>,
    /// A request the run refused (`since` after `as_of`), in the reader's language.
    pub refused: Option<crate::i18n::Text>,
    /// The clauses the run judged, and those of them with a finding (for `--coverage`).
    pub judged: BTreeSet<String>,
    pub failed: BTreeSet<String>,
    /// `--update` rewrote its `expect`.
    pub updated: bool,
}

impl CaseResult {
    pub fn broken(&self) -> bool {
        self.refused.is_some() || !self.errors.is_empty()
    }

    pub fn passed(&self) -> bool {
        !self.broken() && self.verdict.passed()
    }
}

/// Which cases a clause passed (judged, no finding) and failed (a finding); a case that did not
/// judge it counts for neither.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ClauseCoverage {
    pub clause: String,
    pub passed: Vec<String>,
    pub failed: Vec<String>,
}

impl ClauseCoverage {
    /// Tested both ways: a case where it holds and one where it fires.
    pub fn complete(&self) -> bool {
        !self.passed.is_empty() && !self.failed.is_empty()
    }
}

/// Every clause any case loaded, with the cases it passed and failed, by clause id.
pub fn coverage(cases: &[CaseResult], clauses: &BTreeSet<String>) -> Vec<ClauseCoverage> {
    let mut out: BTreeMap<&str, ClauseCoverage> = clauses
        .iter()
        .map(|c| {
            let empty = ClauseCoverage {
                clause: c.clone(),
                passed: Vec::new(),
                failed: Vec::new(),
            };
            (c.as_str(), empty)
        })
        .collect();
    for case in cases.iter().filter(|c| !c.broken()) {
        for clause in &case.judged {
            let Some(entry) = out.get_mut(clause.as_str()) else {
                continue;
            };
            if case.failed.contains(clause) {
                entry.failed.push(case.case.clone());
            } else {
                entry.passed.push(case.case.clone());
            }
        }
    }
    out.into_values().collect()
}
