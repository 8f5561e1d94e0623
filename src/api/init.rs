//! `zhidu init`: a first zhidu.toml for a data folder. It looks at what the folder holds — which
//! record kinds, which role, unit and body names — and proposes the built-in packs whose clauses
//! bind those kinds or name those roles, so that a company adopts the regulations it follows on
//! purpose rather than all of them by default.

use super::check::data_options;
use super::policies::{builtin_packs, load_config};
use super::{ConfigChoice, Error};
use crate::data::DataSet;
use crate::policy::load;
use crate::policy::model::{Clause, KindFilter, RuleKind, TermTarget};
use crate::read;
use crate::source::Sources;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// What `init` proposes for a data folder.
#[derive(Clone, Debug)]
pub struct Proposal {
    /// The packs whose clauses match the data, each with why.
    pub packs: Vec<(String, String)>,
    /// The zhidu.toml to write.
    pub text: String,
}

/// Looks at the data under `dir` and proposes a zhidu.toml; `packs`, when given, are used as
/// they are instead of the proposal.
pub fn propose(dir: &Path, packs: &[String]) -> Result<Proposal, Error> {
    if !dir.is_dir() {
        return Err(Error::new(format!("`{}` is not a folder", dir.display())));
    }
    let mut sources = Sources::new();
    let (config, _) = load_config(&ConfigChoice::Discover, &[dir.to_path_buf()], &mut sources);
    let tz_name = config
        .timezone
        .clone()
        .unwrap_or_else(|| "Asia/Shanghai".to_string());
    let tz = crate::time::time_zone(&tz_name).unwrap_or(jiff::tz::TimeZone::UTC);
    let (found, _) = read::walk(
        &[dir.to_path_buf()],
        &crate::data::load::is_data,
        &mut sources,
    );
    let (data, _) = crate::data::load::load(
        &found,
        &data_options(&config, tz, None, false),
        &mut sources,
    );
    if data.records.len() + data.org.people.len() + data.org.roles.len() == 0 {
        return Err(Error {
            message: format!(
                "no data under `{}`: nothing to propose packs from",
                dir.display()
            ),
            help: Some("point `zhidu init` at the folder that holds the organisation and its records (docs/data.md)".into()),
        });
    }
    let kinds: BTreeSet<String> = data
        .records
        .all
        .iter()
        .map(|r| format!("{}/{}", r.collection.name(), r.kind()))
        .collect();
    let mut scratch = Sources::new();
    let builtin = load::load(&[], true, &[], &mut scratch);
    let chosen: Vec<(String, String)> = if packs.is_empty() {
        matching(&builtin.set.clauses, &data)
    } else {
        packs
            .iter()
            .map(|p| (p.clone(), "chosen".to_string()))
            .collect()
    };
    let absent: Vec<String> = builtin
        .set
        .clauses
        .iter()
        .filter(|c| chosen.iter().any(|(p, _)| **p == *c.pack))
        .filter(|c| c.rules.iter().any(|r| r.kind.requires_records()))
        .filter_map(|c| match (&c.kinds, c.collection()) {
            (KindFilter::Only(kinds), Some(collection)) => Some((kinds, collection)),
            _ => None,
        })
        .flat_map(|(kinds, collection)| {
            let records = &data.records;
            kinds
                .iter()
                .filter(move |k| records.of_kind(collection, k).is_empty())
                .cloned()
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut text = render(&chosen, &kinds, &absent, &tz_name);
    if let Ok(old) = std::fs::read_to_string(dir.join(crate::config::FILE_NAME)) {
        text.push_str(&kept(&old));
    }
    Ok(Proposal {
        packs: chosen,
        text,
    })
}

/// The packs with a clause that binds a record kind the data holds, or names a role, unit or
/// body it has (org clauses), with the first reason found.
fn matching(clauses: &[std::sync::Arc<Clause>], data: &DataSet) -> Vec<(String, String)> {
    let mut reasons: BTreeMap<String, String> = BTreeMap::new();
    for clause in clauses {
        if reasons.contains_key(&*clause.pack) {
            continue;
        }
        let by_kind = match (&clause.kinds, clause.collection()) {
            (KindFilter::Only(kinds), Some(collection)) => kinds
                .iter()
                .find(|k| !data.records.of_kind(collection, k).is_empty())
                .map(|k| format!("the data has {} records of kind `{k}`", collection.name())),
            _ => None,
        };
        let by_name = || {
            if clause.collection().is_some() {
                return None;
            }
            let names = clause.names();
            if names.is_empty() {
                return nameless(clause, data);
            }
            let known: Vec<&str> = names
                .iter()
                .filter(|(n, _)| data.org.knows(n.kind, n.spellings()))
                .map(|(n, _)| n.text.as_str())
                .collect();
            (known.len() == names.len())
                .then(|| format!("the organisation has {}", known.join(", ")))
        };
        if let Some(reason) = by_kind.or_else(by_name) {
            reasons.insert(clause.pack.to_string(), reason);
        }
    }
    reasons.into_iter().collect()
}

/// An org clause that names no role: terms by level match when a role has that level; the
/// organisation's own structure (heads, managers, seats) matches any organisation.
fn nameless(clause: &Clause, data: &DataSet) -> Option<String> {
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
            .then(|| format!("the organisation has roles of level {}", level.keyword())),
        None => (data.org.people.len() > 0).then(|| "the data has an organisation".to_string()),
    }
}

/// What a replaced zhidu.toml keeps: its settings other than the ones `init` writes (`currency`,
/// `fail_on`, …) and all its tables (`[files]`, `[encoding]`, `[severity]`, …), as written.
fn kept(old: &str) -> String {
    const WRITTEN: &[&str] = &["packs", "covers", "timezone"];
    let tables = old
        .lines()
        .position(|l| l.trim_start().starts_with('['))
        .unwrap_or(old.lines().count());
    let settings: Vec<&str> = old
        .lines()
        .take(tables)
        .filter(|l| {
            let key = l.split('=').next().unwrap_or("").trim();
            l.contains('=') && !l.trim_start().starts_with('#') && !WRITTEN.contains(&key)
        })
        .collect();
    let rest: Vec<&str> = old.lines().skip(tables).collect();
    if settings.is_empty() && rest.is_empty() {
        return String::new();
    }
    let mut out = String::from("\n# Kept from the zhidu.toml this replaces.\n");
    for line in settings.iter().chain(&rest) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The commented zhidu.toml.
fn render(
    packs: &[(String, String)],
    kinds: &BTreeSet<String>,
    absent: &[String],
    tz: &str,
) -> String {
    let quoted = |items: &mut dyn Iterator<Item = &str>| {
        items
            .map(|i| format!("\"{i}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = String::new();
    out.push_str("# zhidu.toml, written by `zhidu init` (docs/cli.md lists every setting).\n\n");
    out.push_str(
        "# The regulations this organisation follows: built-in packs (`zhidu packs` lists all).\n",
    );
    for (pack, why) in packs {
        let document = builtin_packs()
            .iter()
            .find(|p| p.name == *pack)
            .map_or("", |p| p.document.as_str());
        out.push_str(&format!("#   {pack}: {document} — {why}\n"));
    }
    out.push_str(&format!(
        "packs = [{}]\n\n",
        quoted(&mut packs.iter().map(|(p, _)| p.as_str()))
    ));
    out.push_str(&format!(
        "# Record kinds found: {}.\n",
        kinds.iter().cloned().collect::<Vec<_>>().join(", ")
    ));
    out.push_str("# Plans, meetings and reports are judged as missing only for the kinds the data holds or\n");
    out.push_str("# `covers` lists. These kinds the chosen packs require are not in the data: list those the\n");
    out.push_str("# organisation must keep, so that their absence is reported.\n");
    if absent.is_empty() {
        out.push_str("covers = []\n\n");
    } else {
        out.push_str(&format!(
            "# covers = [{}]\ncovers = []\n\n",
            quoted(&mut absent.iter().map(String::as_str))
        ));
    }
    out.push_str("# The data set's time zone.\n");
    out.push_str(&format!("timezone = \"{tz}\"\n\n"));
    out.push_str(
        "# The day a check is made for: today by default. In CI, pin it so that a run can be\n",
    );
    out.push_str("# repeated — here, or with `zhidu check --as-of \"$(date +%F)\"` in the job.\n");
    out.push_str("# as_of = \"2026-12-31\"\n");
    out
}
