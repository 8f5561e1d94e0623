//! Typed entries → one [`DataSet`]: ids made unique (duplicates reported with both places and
//! decided by content, never by file name), records sorted by id, `signatures.csv` and
//! `reviews.csv` rows joined to their records, then references resolved.

use super::DataSet;
use super::convert::Entries;
use super::model::*;
use super::org::Org;
use super::records::Records;
use crate::diagnostic::{Check, Finding};
use crate::i18n::Message;
use crate::source::{Loc, Sources};
use crate::suggest;
use crate::vocab::schema::Space;
use jiff::tz::TimeZone;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};

/// Merges typed entries into the model: duplicates, attachments, references.
///
/// Of two entries with one id, the one whose text sorts first is kept and the other reported,
/// so that which is kept (and so every other finding) never depends on what the files are
/// called or the order they were found in. Only entries with the same text are told apart by
/// their place, and those differ in nothing but where they are.
pub(super) fn assemble(
    entries: Entries,
    sources: &Sources,
    tz: TimeZone,
    files: usize,
    findings: &mut Vec<Finding>,
) -> DataSet {
    let text = |loc: Loc| {
        sources
            .get(loc.file)
            .and_then(|f| f.text.get(loc.span.start..loc.span.end))
            .unwrap_or("")
    };
    let Entries {
        mut units,
        mut roles,
        mut people,
        mut bodies,
        mut delegations,
        mut records,
        signatures,
        reviews,
    } = entries;
    // Org entries share one id space across their five collections.
    let mut org: Vec<Claim> = Vec::new();
    org.extend(
        units
            .iter()
            .enumerate()
            .map(|(i, e)| Claim::of(0, i, &e.id, e.loc)),
    );
    org.extend(
        roles
            .iter()
            .enumerate()
            .map(|(i, e)| Claim::of(1, i, &e.id, e.loc)),
    );
    org.extend(
        people
            .iter()
            .enumerate()
            .map(|(i, e)| Claim::of(2, i, &e.id, e.loc)),
    );
    org.extend(
        bodies
            .iter()
            .enumerate()
            .map(|(i, e)| Claim::of(3, i, &e.id, e.loc)),
    );
    org.extend(
        delegations
            .iter()
            .enumerate()
            .map(|(i, e)| Claim::of(4, i, &e.id, e.loc)),
    );
    let mut kept_org: [Vec<bool>; 5] = [
        vec![true; units.len()],
        vec![true; roles.len()],
        vec![true; people.len()],
        vec![true; bodies.len()],
        vec![true; delegations.len()],
    ];
    for (collection, index) in duplicates(&mut org, Space::Org, &text, findings) {
        if let Some(kept) = kept_org.get_mut(collection).and_then(|k| k.get_mut(index)) {
            *kept = false;
        }
    }
    let [u, r, p, b, d] = &kept_org;
    keep_sorted(&mut units, u, |e| &e.id.value);
    keep_sorted(&mut roles, r, |e| &e.id.value);
    keep_sorted(&mut people, p, |e| &e.id.value);
    keep_sorted(&mut bodies, b, |e| &e.id.value);
    keep_sorted(&mut delegations, d, |e| &e.id.value);
    // Records: sorted by id through their claims, which are small to move, then put in that
    // order in place.
    let mut claims: Vec<Claim> = records
        .iter()
        .enumerate()
        .map(|(i, e)| Claim::of(0, i, &e.id, e.loc))
        .collect();
    let dropped = duplicates(&mut claims, Space::Records, &text, findings);
    let order: Vec<usize> = claims.iter().map(|c| c.index).collect();
    drop(claims);
    permute(&mut records, &order);
    if !dropped.is_empty() {
        let mut kept = vec![true; records.len()];
        let position: HashMap<usize, usize> =
            order.iter().enumerate().map(|(at, &i)| (i, at)).collect();
        for (_, index) in &dropped {
            if let Some(&at) = position.get(index) {
                kept[at] = false;
            }
        }
        let mut flags = kept.iter();
        records.retain(|_| flags.next().copied().unwrap_or(true));
    }
    attach(&mut records, signatures, reviews, findings);
    let org = Org::new(units, roles, people, bodies, delegations);
    let records = Records::new(records);
    let data = DataSet {
        tz,
        org,
        records,
        files,
    };
    super::references::check(&data, findings);
    data
}

/// An entry's claim to its id: which collection and position it has, and where it is.
#[derive(Clone, Copy)]
struct Claim<'a> {
    id: &'a str,
    id_loc: Loc,
    loc: Loc,
    collection: usize,
    index: usize,
}

impl<'a> Claim<'a> {
    fn of(collection: usize, index: usize, id: &'a At<String>, loc: Loc) -> Claim<'a> {
        Claim {
            id: &id.value,
            id_loc: id.loc,
            loc,
            collection,
            index,
        }
    }
}

/// Sorts the claims by id (then by the entry's text, then by place) and reports every claim
/// after the first to an id; returns those entries, to drop, as (collection, index).
fn duplicates<'s>(
    claims: &mut [Claim],
    space: Space,
    text: &(dyn Fn(Loc) -> &'s str + Sync),
    findings: &mut Vec<Finding>,
) -> Vec<(usize, usize)> {
    claims.par_sort_unstable_by(|a, b| {
        a.id.cmp(b.id)
            .then_with(|| text(a.loc).cmp(text(b.loc)))
            .then_with(|| (a.loc.file, a.loc.span.start).cmp(&(b.loc.file, b.loc.span.start)))
    });
    let what = if space == Space::Org {
        Message::new("data-org-entries")
    } else {
        Message::new("data-records")
    };
    let mut dropped = Vec::new();
    let mut first = 0;
    for i in 1..claims.len() {
        if claims[i].id != claims[first].id {
            first = i;
            continue;
        }
        // The first of a run of equal ids is the one kept.
        let (kept, second) = (&claims[first], &claims[i]);
        findings.push(
            Finding::new(
                Check::DuplicateId,
                second.id,
                Message::new("data-duplicate-id")
                    .arg("id", second.id)
                    .arg("what", what.clone()),
            )
            .at(second.id_loc)
            .label(Message::new("data-duplicate-id-label"))
            .related(Message::new("data-duplicate-id-first"), kept.id_loc)
            .help(Message::new("data-duplicate-id-help")),
        );
        dropped.push((second.collection, second.index));
    }
    dropped
}

/// Keeps the entries flagged to be kept, sorted by id (ids are unique by then).
fn keep_sorted<T>(entries: &mut Vec<T>, kept: &[bool], id: impl Fn(&T) -> &String) {
    let mut flags = kept.iter();
    entries.retain(|_| flags.next().copied().unwrap_or(true));
    entries.sort_unstable_by(|a, b| id(a).cmp(id(b)));
}

/// Puts `items` in the order `order` gives (`order[k]` is the index of the item to put k-th),
/// in place: each item moves once along its cycle.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        if done[start] {
            continue;
        }
        // Follow the cycle through `start`: position k takes the item at order[k].
        let mut k = start;
        loop {
            done[k] = true;
            let next = order[k];
            if next == start || next >= items.len() {
                break;
            }
            items.swap(k, next);
            k = next;
        }
    }
}

/// Joins `signatures.csv` / `reviews.csv` rows to their records, in `seq` order after any the
/// record lists itself.
fn attach(
    records: &mut [Box<Record>],
    signatures: Vec<Attached<Signature>>,
    reviews: Vec<Attached<Review>>,
    findings: &mut Vec<Finding>,
) {
    if signatures.is_empty() && reviews.is_empty() {
        return;
    }
    // Records are sorted by id.
    let position = |records: &[Box<Record>], id: &str| {
        records
            .binary_search_by(|r| r.id.value.as_str().cmp(id))
            .ok()
    };
    let mut unknown: Vec<At<String>> = Vec::new();
    let mut by_record: BTreeMap<usize, Vec<Attached<Signature>>> = BTreeMap::new();
    for s in signatures {
        match position(records, &s.record.value) {
            Some(i) => by_record.entry(i).or_default().push(s),
            None => unknown.push(s.record),
        }
    }
    for (i, mut rows) in by_record {
        rows.sort_by_key(|s| {
            (
                s.seq.unwrap_or(i64::MAX),
                s.item.loc.file,
                s.item.loc.span.start,
            )
        });
        records[i]
            .signatures
            .extend(rows.into_iter().map(|s| s.item));
    }
    let mut by_record: BTreeMap<usize, Vec<Attached<Review>>> = BTreeMap::new();
    for r in reviews {
        match position(records, &r.record.value) {
            Some(i) => by_record.entry(i).or_default().push(r),
            None => unknown.push(r.record),
        }
    }
    for (i, mut rows) in by_record {
        rows.sort_by_key(|r| {
            (
                r.seq.unwrap_or(i64::MAX),
                r.item.loc.file,
                r.item.loc.span.start,
            )
        });
        records[i].reviews.extend(rows.into_iter().map(|r| r.item));
    }
    if unknown.is_empty() {
        return;
    }
    let ids: Vec<&str> = records.iter().map(|r| r.id.value.as_str()).collect();
    let suggested: BTreeMap<&str, Option<Message>> =
        suggest::did_you_mean_all(unknown.iter().map(|r| r.value.as_str()), &ids)
            .into_iter()
            .collect();
    for record in &unknown {
        let help = suggested
            .get(record.value.as_str())
            .cloned()
            .flatten()
            .unwrap_or_else(|| Message::new("data-no-record-help"));
        findings.push(
            Finding::new(
                Check::UnknownReference,
                record.value.clone(),
                Message::new("data-no-record").arg("id", record.value.as_str()),
            )
            .at(record.loc)
            .help(help),
        );
    }
}
