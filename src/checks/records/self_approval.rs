#![doc = include_str!("../../../docs/checks/self-approval.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::approvals::Matching;
use crate::engine::parties;
use crate::engine::records::Facts;
use crate::i18n::Message;
use crate::policy::model::{Rule, RuleKind};
use crate::vocab::PersonField;
use std::collections::BTreeMap;

/// One person filling two steps of the chains that must have distinct signers.
pub fn distinct(scope: Scope, facts: &Facts, signing: &[(&Rule, Matching, bool)]) -> Vec<Finding> {
    let ctx = scope.ctx;
    let record = facts.record;
    // person id → (signature, step party) in signing order.
    let mut by_person: BTreeMap<&str, Vec<(usize, Message)>> = BTreeMap::new();
    for (rule, matching, _) in signing {
        let RuleKind::Signed { steps, .. } = &rule.kind else {
            continue;
        };
        for (s, filled) in matching.filled_by.iter().enumerate() {
            if let Some(g) = filled {
                let party = parties::describe_message(ctx, &steps[s].party, &matching.who[s]);
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
        let mut capacities = steps.iter().map(|(_, p)| p.clone());
        let first_capacity = capacities
            .next()
            .unwrap_or_else(|| Message::new("party-name").arg("name", ""));
        let capacities = capacities.fold(first_capacity, |acc, next| {
            Message::new("party-and").arg("a", acc).arg("b", next)
        });
        let name = ctx
            .data
            .org
            .person(person)
            .map_or(person.to_string(), |p| parties::person_name(ctx, p));
        let (g, _) = steps[steps.len() - 1];
        let (first, _) = steps[0];
        out.push(
            scope
                .on_record(
                    crate::diagnostic::Check::SelfApproval,
                    facts,
                    Message::new("self-approval-both")
                        .arg("name", name)
                        .arg("capacities", capacities),
                )
                .at(record.signatures[g].by.loc)
                .label(Message::new("self-approval-both-label"))
                .related(
                    Message::new("self-approval-first"),
                    record.signatures[first].by.loc,
                )
                .help(Message::new("self-approval-both-help")),
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
                    Message::new("self-approval-own")
                        .arg("person", field.message())
                        .arg("name", name)
                        .arg("record", Message::new(collection_word(record.collection))),
                )
                .at(s.by.loc)
                .label(Message::new("self-approval-own-label"))
                .help(Message::new("self-approval-own-help").arg("person", field.message()))
        })
        .collect()
}

/// A record of a collection, as a message names one (`request` / `申请`).
fn collection_word(collection: crate::vocab::Collection) -> &'static str {
    match collection {
        crate::vocab::Collection::Plans => "record-plan",
        crate::vocab::Collection::Requests => "record-request",
        crate::vocab::Collection::Meetings => "record-meeting",
        crate::vocab::Collection::Reports => "record-report",
        crate::vocab::Collection::Tickets => "record-ticket",
    }
}
