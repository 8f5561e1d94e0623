//! Plans, requests, meetings, reports and tickets, indexed by collection and kind.

use super::model::{Collection, Record};
use std::collections::HashMap;

#[derive(Debug, Default, Clone)]
pub struct Records {
    /// Sorted by id.
    pub all: Vec<Record>,
    by_kind: HashMap<(Collection, String), Vec<usize>>,
}

impl Records {
    pub fn new(all: Vec<Record>) -> Records {
        let mut by_kind: HashMap<(Collection, String), Vec<usize>> = HashMap::new();
        for (i, r) in all.iter().enumerate() {
            by_kind
                .entry((r.collection, r.kind().to_string()))
                .or_default()
                .push(i);
        }
        Records { all, by_kind }
    }

    pub fn len(&self) -> usize {
        self.all.len()
    }

    /// The records of a collection with one kind, in id order.
    pub fn of_kind(&self, collection: Collection, kind: &str) -> &[usize] {
        self.by_kind
            .get(&(collection, kind.to_string()))
            .map_or(&[], Vec::as_slice)
    }
}
