//! `zhidu whatif`: before a reorganisation, what it would break. The data is read once and
//! judged twice at the same day — as it is, and with the changes of a change file applied to the
//! organisation in memory (never to the files) — and the difference is reported by fingerprint:
//! findings that appear, findings that disappear, each appearing one with the change it comes
//! from; and the agenda's items whose owners change or are left with nobody. This module reads
//! the change file ([`change`]), applies it ([`apply`]), compares ([`compare`]) and writes the
//! result ([`human`], [`json`]); running the two judgements is the api's (`api::whatif`).

pub mod apply;
pub mod change;
pub mod human;
pub mod json;
pub mod waiting;

use crate::agenda::{Agenda, Item};
use crate::diagnostic::Finding;
use crate::i18n::Message;
use apply::Cause;
use std::collections::{BTreeMap, BTreeSet};

/// A finding that appears, with the changes it comes from.
#[derive(Clone, Debug)]
pub struct Appearing {
    pub finding: Finding,
    /// What the changes that touch what the finding names say (all of them, when none does).
    pub causes: Vec<Message>,
}

/// An agenda item whose owners change, or who is left with nobody.
#[derive(Clone, Debug)]
pub struct Moved {
    pub item: Item,
    /// The people who must act, by id, before and after the changes.
    pub owners_before: Vec<String>,
    pub owners_after: Vec<String>,
    /// The same, by name (`钱伟 (p-fd)`).
    pub names_before: Vec<String>,
    pub names_after: Vec<String>,
}

/// The difference the changes make.
#[derive(Debug, Default)]
pub struct Difference {
    pub appear: Vec<Appearing>,
    pub disappear: Vec<Finding>,
    pub agenda: Vec<Moved>,
    /// Clauses the changes leave unjudged (a unit or post they name is gone), with why.
    pub unjudged: Vec<(String, crate::i18n::Text)>,
    /// Records under way whose next step changes hands (or is left with nobody).
    pub waiting: Vec<waiting::Waiting>,
}

/// Compares the two states' findings by fingerprint and their agendas item by item.
pub fn compare(
    before: &[Finding],
    after: &[Finding],
    agendas: (&Agenda, &Agenda),
    causes: &[Cause],
) -> Difference {
    let counted = |f: &&Finding| f.suppressed.is_none() && !f.check.is_input();
    let prints = |list: &[Finding]| -> BTreeSet<String> {
        list.iter()
            .filter(counted)
            .map(|f| f.fingerprint.clone())
            .collect()
    };
    let (was, is) = (prints(before), prints(after));
    let appear = after
        .iter()
        .filter(counted)
        .filter(|f| !was.contains(&f.fingerprint))
        .map(|f| Appearing {
            finding: f.clone(),
            causes: blame(f, causes),
        })
        .collect();
    let disappear = before
        .iter()
        .filter(counted)
        .filter(|f| !is.contains(&f.fingerprint))
        .cloned()
        .collect();
    Difference {
        appear,
        disappear,
        agenda: moved(agendas.0, agendas.1),
        unjudged: Vec::new(),
        waiting: Vec::new(),
    }
}

/// The changes whose people, posts, units or delegations the finding names; all of them when
/// it names none (the changes together made it).
fn blame(f: &Finding, causes: &[Cause]) -> Vec<Message> {
    let text = format!(
        "{} {} {}",
        f.subject,
        f.message.english(),
        f.related
            .iter()
            .map(|r| r.message.english().into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    );
    let named: Vec<Message> = causes
        .iter()
        .filter(|c| c.names.iter().any(|n| mentions(&text, n)))
        .map(|c| c.says.clone())
        .collect();
    if named.is_empty() {
        causes.iter().map(|c| c.says.clone()).collect()
    } else {
        named
    }
}

/// Does the text name `name` as a whole word (an id `p-1` is not in `p-10`)?
fn mentions(text: &str, name: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    text.match_indices(name).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + name.len()..].chars().next();
        // A Chinese name stands among Chinese text: only ASCII ids need word edges.
        !name.is_ascii() || (before.is_none_or(|c| !word(c)) && after.is_none_or(|c| !word(c)))
    })
}

/// Items of the after agenda whose owners differ from before, or are left with nobody.
fn moved(before: &Agenda, after: &Agenda) -> Vec<Moved> {
    let owners = |i: &Item| -> Vec<(String, String)> {
        i.owners
            .iter()
            .map(|o| (o.id.clone(), o.name.clone()))
            .collect()
    };
    let was: BTreeMap<&str, Vec<(String, String)>> = before
        .items
        .iter()
        .map(|i| (i.fingerprint.as_str(), owners(i)))
        .collect();
    let ids = |list: &[(String, String)]| list.iter().map(|(id, _)| id.clone()).collect();
    let names = |list: &[(String, String)]| list.iter().map(|(_, n)| n.clone()).collect();
    after
        .items
        .iter()
        .filter_map(|i| {
            let now = owners(i);
            let then = was.get(i.fingerprint.as_str()).cloned().unwrap_or_default();
            (now != then).then(|| Moved {
                item: i.clone(),
                owners_before: ids(&then),
                owners_after: ids(&now),
                names_before: names(&then),
                names_after: names(&now),
            })
        })
        .collect()
}
