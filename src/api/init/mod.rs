//! `zhidu init`: a first zhidu.toml for a data folder. It reads the folder as an OA export comes
//! ([`tables`]: which collection each Chinese-named sheet holds, its encoding, the headers zhidu
//! does not know), maps the kinds of records the regulations judge under other words (`[values]`),
//! and proposes the built-in packs that fit: a pack whose record kinds the data holds, or whose
//! own posts and units it has — never on names every company has (总经理, 财务部), so that a
//! company adopts the regulations it follows on purpose.

mod kinds;
mod packs;
mod render;
mod tables;

use super::policies::load_config;
use super::prepare::data_options;
use super::{ConfigChoice, Error};
use crate::i18n::{Lang, Message};
use crate::policy::load;
use crate::policy::model::{Clause, KindFilter};
use crate::read;
use crate::source::Sources;
use std::collections::BTreeSet;
use std::path::Path;

/// What `init` proposes for a data folder.
#[derive(Clone, Debug)]
pub struct Proposal {
    /// The packs whose clauses match the data, each with why.
    pub packs: Vec<(String, Message)>,
    /// The zhidu.toml to write.
    pub text: String,
}

/// Looks at the data under `dir` and proposes a zhidu.toml; `packs`, when given, are used as
/// they are instead of the proposal.
/// Its comments are in `lang`.
pub fn propose(dir: &Path, packs: &[String], lang: Lang) -> Result<Proposal, Error> {
    if !dir.is_dir() {
        let path = dir.display().to_string();
        return Err(Error::new(
            Message::new("error-not-a-folder").arg("path", path),
        ));
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
    let options = data_options(&config, tz.clone(), None, false);
    let survey = tables::survey(dir, &found, &config, options.budget.limit);
    let read_with = survey.apply(&config, dir);
    let (data, _) = crate::data::load::load(
        &found,
        &data_options(&read_with, tz, None, false),
        &mut sources,
    );
    if data.records.len() + data.org.people.len() + data.org.roles.len() == 0 {
        return Err(Error {
            message: Message::new("init-no-data")
                .arg("path", dir.display().to_string())
                .into(),
            help: Some(Message::new("init-no-data-help").into()),
        });
    }
    let mut scratch = Sources::new();
    let builtin = load::load(&[], true, &[], &mut scratch);
    let clauses: Vec<&Clause> = builtin.set.clauses.iter().map(|c| &**c).collect();
    let kinds = kinds::read(&data, &clauses, &config);
    let chosen: Vec<(String, Message)> = if packs.is_empty() {
        packs::matching(&clauses, &kinds.present, &data)
    } else {
        packs
            .iter()
            .map(|p| (p.clone(), Message::new("init-why-chosen")))
            .collect()
    };
    let absent: Vec<String> = clauses
        .iter()
        .filter(|c| chosen.iter().any(|(p, _)| **p == *c.pack))
        .filter(|c| c.rules.iter().any(|r| r.kind.requires_records()))
        .filter_map(|c| match (&c.kinds, c.collection()) {
            (KindFilter::Only(kinds), Some(collection)) => Some((kinds, collection)),
            _ => None,
        })
        .flat_map(|(wanted, collection)| {
            let present = &kinds.present;
            wanted
                .iter()
                .filter(move |k| !present.contains(&(collection, k.to_string())))
                .cloned()
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let found_kinds: BTreeSet<String> = data
        .records
        .all
        .iter()
        .map(|r| format!("{}/{}", r.collection.name(), r.kind()))
        .collect();
    let old = std::fs::read_to_string(dir.join(crate::config::FILE_NAME)).ok();
    let mut text = render::head(lang, &chosen, &found_kinds, &absent, &tz_name);
    text.push_str(&render::tables(lang, &survey, &kinds, old.as_deref()));
    if let Some(old) = &old {
        text.push_str(&kept(old, lang));
    }
    Ok(Proposal {
        packs: chosen,
        text,
    })
}

/// What a replaced zhidu.toml keeps: its settings other than the ones `init` writes (`currency`,
/// `fail_on`, …) and all its tables (`[files]`, `[encoding]`, `[severity]`, …), as written.
fn kept(old: &str, lang: Lang) -> String {
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
    let mut out = format!("\n# {}\n", crate::i18n::t(lang, "init-kept", &[], true));
    for line in settings.iter().chain(&rest) {
        out.push_str(line);
        out.push('\n');
    }
    out
}
