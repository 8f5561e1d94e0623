//! Compliance per regulation: of each pack's clauses, which the data meets, which it breaches
//! (a finding that counts: neither baselined nor waived) and which the run could not judge.

use crate::diagnostic::{Citation, Finding};
use crate::policy::model::PolicySet;
use crate::report::NotJudged;
use std::collections::{BTreeMap, HashSet};

/// Where a clause stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Met,
    Breached,
    NotJudged,
}

/// One clause of a pack.
#[derive(Clone, Debug)]
pub struct ClauseRow {
    pub id: String,
    pub title: Option<String>,
    pub citation: Citation,
    pub standing: Standing,
}

/// One pack: its documents and its clauses, in the policies' order.
#[derive(Clone, Debug)]
pub struct Compliance {
    pub pack: String,
    /// The regulations its clauses cite, each once.
    pub documents: Vec<String>,
    pub clauses: Vec<ClauseRow>,
}

impl Compliance {
    pub fn count(&self, standing: Standing) -> usize {
        self.clauses
            .iter()
            .filter(|c| c.standing == standing)
            .count()
    }
}

/// Every pack of the policies, by name.
pub fn per_pack(
    policies: &PolicySet,
    findings: &[Finding],
    not_judged: &[NotJudged],
) -> Vec<Compliance> {
    let breached: HashSet<&str> = findings
        .iter()
        .filter(|f| f.suppressed.is_none() && !f.check.is_input())
        .filter_map(|f| f.clause.as_deref())
        .collect();
    // A clause judged in part (a step, a period) still counts as judged.
    let unjudged: HashSet<&str> = not_judged
        .iter()
        .filter(|n| n.whole)
        .map(|n| n.clause.as_str())
        .collect();
    let mut packs: BTreeMap<&str, Compliance> = BTreeMap::new();
    for clause in &policies.clauses {
        let pack = packs.entry(&clause.pack).or_insert_with(|| Compliance {
            pack: clause.pack.to_string(),
            documents: Vec::new(),
            clauses: Vec::new(),
        });
        let document = &clause.citation.document;
        if !document.is_empty() && !pack.documents.contains(document) {
            pack.documents.push(document.clone());
        }
        let standing = if unjudged.contains(&*clause.id) {
            Standing::NotJudged
        } else if breached.contains(&*clause.id) {
            Standing::Breached
        } else {
            Standing::Met
        };
        pack.clauses.push(ClauseRow {
            id: clause.id.to_string(),
            title: clause.title.clone(),
            citation: clause.citation.clone(),
            standing,
        });
    }
    packs.into_values().collect()
}
