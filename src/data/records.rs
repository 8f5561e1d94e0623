//! Plans, requests, meetings, reports and tickets, indexed by collection and kind.

use super::FastMap;
use super::model::{Collection, Record};

#[derive(Debug, Default, Clone)]
pub struct Records {
    /// Sorted by id. Boxed, so that sorting a million records moves pointers.
    #[allow(clippy::vec_box)]
    pub all: Vec<Box<Record>>,
    /// For each collection (in the order of [`Collection::ALL`]): kind → records, in id order.
    by_kind: Vec<FastMap<String, Vec<usize>>>,
}

impl Records {
    #[allow(clippy::vec_box)]
    pub fn new(all: Vec<Box<Record>>) -> Records {
        let mut by_kind: Vec<FastMap<String, Vec<usize>>> =
            Collection::ALL.iter().map(|_| FastMap::default()).collect();
        for (i, r) in all.iter().enumerate() {
            let Some(kinds) = by_kind.get_mut(r.collection as usize) else {
                continue;
            };
            match kinds.get_mut(r.kind()) {
                Some(records) => records.push(i),
                None => {
                    kinds.insert(r.kind().to_string(), vec![i]);
                }
            }
        }
        Records { all, by_kind }
    }

    pub fn len(&self) -> usize {
        self.all.len()
    }

    /// The records of a collection with one kind, in id order.
    pub fn of_kind(&self, collection: Collection, kind: &str) -> &[usize] {
        self.by_kind
            .get(collection as usize)
            .and_then(|kinds| kinds.get(kind))
            .map_or(&[], Vec::as_slice)
    }
}
