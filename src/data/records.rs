//! Plans, requests, meetings, reports and tickets, indexed by collection and kind.

use super::FastMap;
use super::model::{Collection, FieldName, Record};

#[derive(Debug, Default, Clone)]
pub struct Records {
    /// Sorted by id. Boxed, so that sorting a million records moves pointers.
    #[allow(clippy::vec_box)]
    pub all: Vec<Box<Record>>,
    /// For each collection (in the order of [`Collection::ALL`]): kind → records, in id order.
    by_kind: Vec<FastMap<String, Vec<usize>>>,
    /// For each collection: kind → the fields any record of that kind carries. A step whose field
    /// no record of its kind carries is one the company does not keep (PACK.md v3), not one it
    /// missed.
    kept: Vec<FastMap<String, std::collections::BTreeSet<FieldName>>>,
}

impl Records {
    #[allow(clippy::vec_box)]
    pub fn new(all: Vec<Box<Record>>) -> Records {
        let mut by_kind: Vec<FastMap<String, Vec<usize>>> =
            Collection::ALL.iter().map(|_| FastMap::default()).collect();
        let mut kept: Vec<FastMap<String, std::collections::BTreeSet<FieldName>>> =
            Collection::ALL.iter().map(|_| FastMap::default()).collect();
        for r in &all {
            let Some(kinds) = kept.get_mut(r.collection as usize) else {
                continue;
            };
            let fields = match kinds.get_mut(r.kind()) {
                Some(fields) => fields,
                None => kinds.entry(r.kind().to_string()).or_default(),
            };
            // Field names are shared: inserting one already there costs a comparison, no copy.
            for name in r.fields.names() {
                if !fields.contains(&**name) {
                    fields.insert(name.clone());
                }
            }
        }
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
        Records { all, by_kind, kept }
    }

    /// Does any record of this collection and kind carry the field?
    pub fn keeps(&self, collection: Collection, kind: &str, path: &str) -> bool {
        self.kept
            .get(collection as usize)
            .and_then(|kinds| kinds.get(kind))
            .is_some_and(|fields| fields.contains(path))
    }

    pub fn len(&self) -> usize {
        self.all.len()
    }

    /// The records of a collection with one kind, in id order.
    /// The kinds of a collection's records, each with its records (in no particular order of
    /// kinds: callers sort what they show).
    pub fn kinds(&self, collection: Collection) -> impl Iterator<Item = (&str, &[usize])> {
        self.by_kind
            .get(collection as usize)
            .into_iter()
            .flat_map(|kinds| kinds.iter().map(|(k, v)| (k.as_str(), v.as_slice())))
    }

    pub fn of_kind(&self, collection: Collection, kind: &str) -> &[usize] {
        self.by_kind
            .get(collection as usize)
            .and_then(|kinds| kinds.get(kind))
            .map_or(&[], Vec::as_slice)
    }
}
