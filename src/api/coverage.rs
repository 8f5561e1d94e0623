//! Coverage: what a run leaves unjudged rather than reporting noise. A small company that keeps
//! purchases and meetings but no plans should not hear that every plan of five regulations is
//! missing; a clause naming a 研究院 role the company does not have should not fire at all —
//! unless the company chose that pack.
//!
//! - Existence and cadence (`missing-record`, `cadence`, `insufficient-count`) are judged for a
//!   record kind only when the data holds a record of it, or `covers` in zhidu.toml lists it.
//! - When no pack is chosen (neither `--pack` nor `packs`), a clause of the built-in pack that
//!   names a role, unit or body the data does not have is left unjudged instead of raising
//!   `unbound-reference` (or `missing-unit`, for the units and bodies it requires). (A policy of the user's own was written for its organisation: its
//!   names must bind.)
//!
//! Every clause left unjudged is listed with the reason (JSON `summary.not_judged`).

use crate::data::DataSet;
use crate::diagnostic::{Check, Finding};
use crate::policy::model::{Clause, KindFilter, PolicySet};
use crate::report::NotJudged;
use crate::source::Sources;
use std::collections::{BTreeMap, BTreeSet};

/// Drops the findings of what is not judged; returns the clauses left unjudged, by id.
pub fn apply(
    set: &PolicySet,
    data: &DataSet,
    covers: &[String],
    packs_chosen: bool,
    sources: &Sources,
    findings: &mut Vec<Finding>,
) -> Vec<NotJudged> {
    let mut unjudged: BTreeMap<String, String> = BTreeMap::new();
    if !packs_chosen {
        let builtin: BTreeSet<&str> = set
            .clauses
            .iter()
            .filter(|c| sources.get(c.loc.file).is_some_and(|f| f.builtin))
            .map(|c| &*c.id)
            .collect();
        let mut missing: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for f in findings.iter() {
            let name = match f.check {
                Check::UnboundReference => f.subject.as_str(),
                // A unit or body the clause requires: its name is the message's quoted part.
                Check::MissingUnit => f.message.split('`').nth(1).unwrap_or(&f.subject),
                _ => continue,
            };
            if let Some(clause) = f.clause.as_deref().filter(|c| builtin.contains(c)) {
                missing.entry(clause).or_default().insert(name);
            }
        }
        for (clause, names) in missing {
            let names: Vec<&str> = names.into_iter().collect();
            unjudged.insert(
                clause.to_string(),
                format!(
                    "the data has no {} (choose the clause's pack to judge it anyway)",
                    names.join(", ")
                ),
            );
        }
    }
    let mut existence_unjudged: BTreeSet<&str> = BTreeSet::new();
    for clause in set
        .clauses
        .iter()
        .filter(|c| c.rules.iter().any(|r| r.kind.requires_records()))
    {
        if unjudged.contains_key(&*clause.id) {
            continue;
        }
        if let Some(kinds) = absent_kinds(clause, data, covers) {
            existence_unjudged.insert(&clause.id);
            unjudged.insert(
                clause.id.to_string(),
                format!(
                    "no {} record in the data (list the kind in `covers` to judge whether one is missing)",
                    kinds.join(" or ")
                ),
            );
        }
    }
    findings.retain(|f| match f.clause.as_deref() {
        Some(clause) if existence_unjudged.contains(clause) => !matches!(
            f.check,
            Check::MissingRecord | Check::Cadence | Check::InsufficientCount
        ),
        Some(clause) => !unjudged.contains_key(clause),
        None => true,
    });
    unjudged
        .into_iter()
        .map(|(clause, reason)| NotJudged { clause, reason })
        .collect()
}

/// The kinds the clause binds to, when the data has no record of any of them and `covers`
/// lists none of them; `None` when it is to be judged.
fn absent_kinds(clause: &Clause, data: &DataSet, covers: &[String]) -> Option<Vec<String>> {
    let collection = clause.collection()?;
    match &clause.kinds {
        KindFilter::Any => {
            let any = data.records.all.iter().any(|r| r.collection == collection);
            (!any && !covers.iter().any(|c| c == "*")).then(|| vec![collection.name().to_string()])
        }
        KindFilter::Only(kinds) => {
            let present = kinds.iter().any(|k| {
                !data.records.of_kind(collection, k).is_empty() || covers.iter().any(|c| c == k)
            });
            (!present).then(|| kinds.iter().cloned().collect())
        }
    }
}
