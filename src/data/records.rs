//! Plans, requests, meetings, reports and tickets, indexed by kind and period.

use super::model::{Collection, Record};
use crate::time::Period;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Default, Clone)]
pub struct Records {
    /// Sorted by id.
    pub all: Vec<Record>,
    by_id: HashMap<String, usize>,
    by_kind: HashMap<(Collection, String), Vec<usize>>,
    by_period: HashMap<(Collection, String), BTreeMap<Period, Vec<usize>>>,
}

impl Records {
    pub fn new(all: Vec<Record>) -> Records {
        let mut records = Records {
            all,
            ..Records::default()
        };
        for (i, r) in records.all.iter().enumerate() {
            records.by_id.insert(r.id.value.clone(), i);
            let key = (r.collection, r.kind().to_string());
            if let Some(period) = r.period() {
                records
                    .by_period
                    .entry(key.clone())
                    .or_default()
                    .entry(period)
                    .or_default()
                    .push(i);
            }
            records.by_kind.entry(key).or_default().push(i);
        }
        records
    }

    pub fn get(&self, id: &str) -> Option<&Record> {
        self.by_id.get(id).map(|&i| &self.all[i])
    }

    pub fn len(&self) -> usize {
        self.all.len()
    }

    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }

    /// The records of a collection with one kind, in id order.
    pub fn of_kind(&self, collection: Collection, kind: &str) -> &[usize] {
        self.by_kind
            .get(&(collection, kind.to_string()))
            .map_or(&[], Vec::as_slice)
    }

    /// Every kind present in a collection.
    pub fn kinds(&self, collection: Collection) -> Vec<&str> {
        let mut kinds: Vec<&str> = self
            .by_kind
            .keys()
            .filter(|(c, _)| *c == collection)
            .map(|(_, k)| k.as_str())
            .collect();
        kinds.sort_unstable();
        kinds
    }

    /// The records of a kind whose `period` is `period`.
    pub fn in_period(&self, collection: Collection, kind: &str, period: &Period) -> &[usize] {
        self.by_period
            .get(&(collection, kind.to_string()))
            .and_then(|m| m.get(period))
            .map_or(&[], Vec::as_slice)
    }
}
