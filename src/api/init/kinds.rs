//! The kinds of records the data holds, as the regulations call them: a kind no built-in clause
//! binds but a word or a clause's title suggests (服务请求 → `service-request`, 客服周报 →
//! `cs-weekly`) is proposed for `[values.kind]`; the rest are listed for the user to map.

use crate::api::unbound_kinds::{bound_kinds, suggestion};
use crate::config::Config;
use crate::data::DataSet;
use crate::policy::model::Clause;
use crate::vocab::Collection;
use std::collections::BTreeSet;

#[derive(Clone, Debug, Default)]
pub struct Kinds {
    /// (collection, kind as judged) of every record, once the proposed mappings apply.
    pub present: BTreeSet<(Collection, String)>,
    /// Proposed `[values.kind]` lines: (as exported, as the clauses call it).
    pub mapped: Vec<(String, String)>,
    /// Kinds no clause binds and nothing suggests: (kind, collection, records).
    pub unbound: Vec<(String, Collection, usize)>,
}

pub fn read(data: &DataSet, clauses: &[&Clause], config: &Config) -> Kinds {
    let mut out = Kinds::default();
    for collection in Collection::ALL {
        let bound = bound_kinds(clauses.iter().copied(), collection);
        let mut kinds: Vec<(&str, usize)> = data
            .records
            .kinds(collection)
            .map(|(k, ids)| (k, ids.len()))
            .collect();
        kinds.sort_unstable();
        for (kind, records) in kinds {
            let judged = match &bound {
                None => Some(kind.to_string()),
                Some(b) if b.contains_key(kind) => Some(kind.to_string()),
                // A mapping zhidu.toml already has was applied when the data was read.
                Some(_)
                    if config
                        .values
                        .iter()
                        .any(|v| v.field == "kind" && v.from == kind) =>
                {
                    None
                }
                Some(b) => suggestion(kind, b).inspect(|to| {
                    out.mapped.push((kind.to_string(), to.clone()));
                }),
            };
            match judged {
                Some(k) => {
                    out.present.insert((collection, k));
                }
                None => out.unbound.push((kind.to_string(), collection, records)),
            }
        }
    }
    out.mapped.sort();
    out.mapped.dedup();
    out
}
