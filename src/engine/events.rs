//! When the records a step is tied to took place (`minutes.filed by next
//! production-manager-office meeting`): per kind, their times in order, gathered once per clause
//! so that finding the next one after a record is a binary search, not a scan.

use super::Context;
use crate::data::model::{FieldValue, Record};
use crate::policy::model::{Clause, RuleKind};
use crate::time::Instant;
use crate::vocab::Collection;

/// The times of the records of each kind a clause's `by next …` rules name.
#[derive(Default)]
pub struct Events {
    lists: Vec<(Collection, String, Vec<Instant>)>,
}

impl Events {
    pub fn for_clause(ctx: &Context, clause: &Clause) -> Events {
        let mut lists = Vec::new();
        for rule in &clause.rules {
            let RuleKind::ByNext {
                kind, collection, ..
            } = &rule.kind
            else {
                continue;
            };
            if lists.iter().any(|(c, k, _)| c == collection && k == kind) {
                continue;
            }
            let all = &ctx.data.records.all;
            let mut times: Vec<Instant> = ctx
                .data
                .records
                .of_kind(*collection, kind)
                .iter()
                .filter_map(|&i| when(&all[i]))
                .collect();
            times.sort_by_key(|t| t.ts);
            lists.push((*collection, kind.clone(), times));
        }
        Events { lists }
    }

    /// The first record of that kind strictly after `after`.
    pub fn next_after(
        &self,
        collection: Collection,
        kind: &str,
        after: &Instant,
    ) -> Option<Instant> {
        let (_, _, times) = self
            .lists
            .iter()
            .find(|(c, k, _)| *c == collection && k == kind)?;
        let at = times.partition_point(|t| t.ts <= after.ts);
        times.get(at).copied()
    }
}

/// When a record took place: its collection's time field (a meeting's `held`).
pub fn when(record: &Record) -> Option<Instant> {
    match record.get(record.collection.time_field()).map(|v| &v.value) {
        Some(FieldValue::Time(t)) => Some(*t),
        _ => None,
    }
}
