//! Where findings about a built-in clause point (CLI v3): in the user's repository, never only in
//! `rules/`, which is compiled into zhidu and lies in no repository of hers. A finding about
//! something missing from a built-in clause is placed at the start of the data file (or sheet)
//! that holds records of the clause's kind, else at the `packs` line of zhidu.toml that chose the
//! pack, else at the first data file; `policy_location` keeps the clause.

use crate::config::Config;
use crate::data::DataSet;
use crate::diagnostic::Finding;
use crate::policy::model::{Clause, KindFilter, PolicySet};
use crate::source::{FileId, Loc, Sources, Span};
use std::collections::HashMap;

pub fn relocate(
    findings: &mut [Finding],
    set: &PolicySet,
    data: &DataSet,
    config: &Config,
    sources: &Sources,
) {
    let builtin = |loc: Loc| sources.get(loc.file).is_some_and(|f| f.builtin);
    if !findings.iter().any(|f| f.location.is_some_and(builtin)) {
        return;
    }
    let clauses: HashMap<&str, &Clause> = set.clauses.iter().map(|c| (&*c.id, &**c)).collect();
    let first_data = first_data_file(data, sources);
    let mut places: HashMap<&str, Option<Loc>> = HashMap::new();
    for f in findings.iter_mut() {
        let Some(loc) = f.location.filter(|&l| builtin(l)) else {
            continue;
        };
        let clause = f.clause.as_deref().and_then(|id| clauses.get(id).copied());
        let place = match clause {
            Some(c) => *places
                .entry(&*c.id)
                .or_insert_with(|| place_of(c, data, config).or(first_data)),
            None => first_data,
        };
        if let Some(place) = place {
            f.policy_location.get_or_insert(loc);
            f.location = Some(place);
        }
    }
}

/// The start of the file holding what the clause is about, or the `packs` line choosing it.
fn place_of(clause: &Clause, data: &DataSet, config: &Config) -> Option<Loc> {
    let start = |file: FileId| Loc::new(file, Span::empty(0));
    let records = &data.records;
    let of_kind = match (clause.collection(), &clause.kinds) {
        (Some(collection), KindFilter::Only(kinds)) => kinds
            .iter()
            .filter_map(|k| records.of_kind(collection, k).first().copied())
            .min(),
        (Some(collection), KindFilter::Any) => {
            records.all.iter().position(|r| r.collection == collection)
        }
        (None, _) => None,
    };
    if let Some(i) = of_kind {
        return Some(start(records.all[i].loc.file));
    }
    config
        .packs
        .iter()
        .find(|(name, _)| *name == *clause.pack || name == "all")
        .map(|(_, loc)| *loc)
}

/// The first file holding data, by name (not by the order files were read in, which threads
/// decide).
fn first_data_file(data: &DataSet, sources: &Sources) -> Option<Loc> {
    let org = &data.org;
    org.units
        .iter()
        .map(|u| u.loc)
        .chain(org.roles.iter().map(|r| r.loc))
        .chain(org.people.iter().map(|p| p.loc))
        .chain(data.records.all.iter().map(|r| r.loc))
        .map(|l| l.file)
        .min_by(|a, b| sources.name(*a).cmp(sources.name(*b)).then(a.cmp(b)))
        .map(|file| Loc::new(file, Span::empty(0)))
}
