#![doc = include_str!("../../../docs/checks/self-approval.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::Matching;
use crate::engine::parties;
use crate::engine::records::Facts;
use crate::policy::model::{Rule, RuleKind};
use crate::vocab::PersonField;
use std::collections::BTreeMap;

/// One person filling two steps of the chains that must have distinct signers.
pub fn distinct(scope: Scope, facts: &Facts, signing: &[(&Rule, Matching, bool)]) -> Vec<Finding> {
    let ctx = scope.ctx;
    let record = facts.record;
    // person id → (signature, step party) in signing order.
    let mut by_person: BTreeMap<&str, Vec<(usize, String)>> = BTreeMap::new();
    for (rule, matching, _) in signing {
        let RuleKind::Signed { steps, .. } = &rule.kind else {
            continue;
        };
        for (s, filled) in matching.filled_by.iter().enumerate() {
            if let Some(g) = filled {
                let party = parties::describe(ctx, &steps[s].party, &matching.who[s]);
                by_person
                    .entry(record.signatures[*g].by.value.as_str())
                    .or_default()
                    .push((*g, party));
            }
        }
    }
    let mut out = Vec::new();
    for (person, mut steps) in by_person {
        if steps.len() < 2 {
            continue;
        }
        steps.sort_by_key(|(g, _)| (record.signatures[*g].at.value.ts, *g));
        let capacities: Vec<&str> = steps.iter().map(|(_, p)| p.as_str()).collect();
        let name = ctx
            .data
            .org
            .person(person)
            .map_or(person.to_string(), |p| parties::person_name(ctx, p));
        let (g, _) = steps[steps.len() - 1];
        let (first, _) = steps[0];
        out.push(
            scope
                .on_record(crate::diagnostic::Check::SelfApproval, facts, format!("{name} signed as both {}", capacities.join(" and ")))
                .at(record.signatures[g].by.loc)
                .label("same signer again")
                .related("first signature", record.signatures[first].by.loc)
                .help("each step needs a different person; have someone else who holds the role, or a deputy with a delegation, sign"),
        );
    }
    out
}

/// The person in `field` (the requester, the owner…) signing the record themselves.
pub fn own(scope: Scope, facts: &Facts, field: PersonField) -> Vec<Finding> {
    let ctx = scope.ctx;
    let record = facts.record;
    let Some(person) = record.text(field.path()) else {
        return Vec::new();
    };
    record
        .signatures
        .iter()
        .filter(|s| s.by.value == person && s.decision == crate::data::model::Decision::Approve)
        .map(|s| {
            let name = ctx
                .data
                .org
                .person(person)
                .map_or(person.to_string(), |p| parties::person_name(ctx, p));
            scope
                .on_record(
                    crate::diagnostic::Check::SelfApproval,
                    facts,
                    format!(
                        "the {} {name} signed their own {}",
                        field.keyword(),
                        record.collection.name().trim_end_matches('s')
                    ),
                )
                .at(s.by.loc)
                .label("signs their own")
                .help(format!(
                    "the {} never approves their own record; the step needs another signer",
                    field.keyword()
                ))
        })
        .collect()
}
