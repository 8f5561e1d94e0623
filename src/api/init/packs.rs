//! Which built-in packs fit a data set: a pack whose own record kinds the data holds, or whose own
//! posts, units and bodies it has — names no other pack uses (a 董事会 with 执行董事 for `soe`, 客服部经理
//! and 销售支持 for `customer-service`). Names and kinds many regulations share (总经理, 财务部,
//! `purchase`) fit every company and choose nothing (issue 20: they proposed the state-owned
//! enterprise's and the research institute's packs to a private firm).

use crate::data::DataSet;
use crate::i18n::{Arg, Message};
use crate::policy::model::{Clause, KindFilter, RuleKind, TermTarget};
use crate::vocab::Collection;
use std::collections::{BTreeMap, BTreeSet};

/// The packs that fit, each with why, by pack name.
pub fn matching(
    clauses: &[&Clause],
    present: &BTreeSet<(Collection, String)>,
    data: &DataSet,
) -> Vec<(String, Message)> {
    let mut kind_packs: BTreeMap<(Collection, &str), BTreeSet<&str>> = BTreeMap::new();
    let mut name_packs: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for c in clauses {
        if let (Some(collection), KindFilter::Only(kinds)) = (c.collection(), &c.kinds) {
            for k in kinds {
                kind_packs
                    .entry((collection, k))
                    .or_default()
                    .insert(&c.pack);
            }
        }
        for (name, _) in c.names() {
            name_packs.entry(&name.text).or_default().insert(&c.pack);
        }
    }
    let mut reasons: BTreeMap<String, Message> = BTreeMap::new();
    let packs: BTreeSet<&str> = clauses.iter().map(|c| &*c.pack).collect();
    for pack in packs {
        let own_kind = kind_packs
            .iter()
            .filter(|(_, p)| p.len() == 1 && p.contains(pack))
            .map(|(k, _)| k)
            .find(|(collection, kind)| present.contains(&(*collection, kind.to_string())));
        if let Some((collection, kind)) = own_kind {
            reasons.insert(
                pack.to_string(),
                Message::new("init-why-kind")
                    .arg("collection", collection.name())
                    .arg("kind", kind.to_string()),
            );
            continue;
        }
        if let Some(reason) = by_names(pack, clauses, &name_packs, data) {
            reasons.insert(pack.to_string(), reason);
            continue;
        }
        if let Some(reason) = clauses
            .iter()
            .filter(|c| *c.pack == *pack && c.collection().is_none() && c.names().is_empty())
            .find_map(|c| nameless(c, data))
        {
            reasons.insert(pack.to_string(), reason);
        }
    }
    reasons.into_iter().collect()
}

/// The pack's own names the organisation has, two at least: one alone (a 生产部, which only one
/// pack happens to name) is any manufacturer's.
fn by_names(
    pack: &str,
    clauses: &[&Clause],
    name_packs: &BTreeMap<&str, BTreeSet<&str>>,
    data: &DataSet,
) -> Option<Message> {
    let mut own: BTreeMap<&str, bool> = BTreeMap::new();
    for c in clauses.iter().filter(|c| *c.pack == *pack) {
        for (name, _) in c.names() {
            if name_packs
                .get(name.text.as_str())
                .is_some_and(|p| p.len() == 1)
            {
                let known = data.org.knows(name.kind, name.spellings());
                *own.entry(&name.text).or_default() |= known;
            }
        }
    }
    let known: Vec<&str> = own.iter().filter(|(_, k)| **k).map(|(n, _)| *n).collect();
    (known.len() >= 2).then(|| Message::new("init-why-names").arg("names", Arg::list(&known)))
}

/// An org clause that names nothing: terms by level fit when a role has that level; the
/// organisation's own structure (heads, managers, seats) fits any organisation.
fn nameless(clause: &Clause, data: &DataSet) -> Option<Message> {
    let mut levels = clause.rules.iter().filter_map(|r| match &r.kind {
        RuleKind::Term {
            target: TermTarget::Level(level),
            ..
        } => Some(*level),
        _ => None,
    });
    match levels.next() {
        Some(level) => data
            .org
            .roles
            .iter()
            .any(|r| r.level.as_ref().is_some_and(|l| l.value == level))
            .then(|| {
                Message::new("init-why-level")
                    .arg("level", Message::new("word").arg("w", level.keyword()))
            }),
        None => (data.org.people.len() > 0).then(|| Message::new("init-why-org")),
    }
}
