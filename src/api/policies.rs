//! What `check`, `clauses` and `explain` share: the configuration, and the policy set it and
//! the paths make up.

use super::{Builtin, ConfigChoice};
use crate::config::{self, Config};
use crate::diagnostic::{Check, Finding};
use crate::i18n::{Arg, Message};
use crate::policy::load::{self, Loaded};
use crate::read::{self, Found};
use crate::source::Sources;
use std::path::PathBuf;

/// The configuration chosen, with its errors. Discovered from the first of `paths` upwards
/// (a data folder carries its own zhidu.toml), then from the current folder upwards.
pub(crate) fn load_config(
    choice: &ConfigChoice,
    paths: &[PathBuf],
    sources: &mut Sources,
) -> (Config, Vec<Finding>) {
    let path = match choice {
        ConfigChoice::File(p) => Some(p.clone()),
        ConfigChoice::Discover => paths
            .first()
            .and_then(|first| {
                let start = if first.is_dir() {
                    first.as_path()
                } else {
                    first.parent()?
                };
                config::discover(&std::path::absolute(start).ok()?)
            })
            .or_else(|| {
                std::env::current_dir()
                    .ok()
                    .and_then(|d| config::discover(&d))
            }),
        ConfigChoice::Ignore => None,
    };
    match path {
        Some(p) => config::load(&p, sources),
        None => (Config::default(), Vec::new()),
    }
}

/// The language the zhidu.toml a command would read asks for (`lang`), if any.
pub fn config_lang(choice: &ConfigChoice, paths: &[PathBuf]) -> Option<crate::i18n::Lang> {
    load_config(choice, paths, &mut Sources::new()).0.lang
}

/// The policies of a run: the `*.zhidu` files among `found` (what the paths held), under
/// `extra` and under the config's `policy`; the built-in pack when none is found (or always, or
/// never, as `builtin` says), limited to the `packs` chosen (which imply the built-in pack).
/// Returns the set and whether the built-in pack is in it.
pub(crate) fn load_policies(
    found: &[Found],
    extra: &[PathBuf],
    builtin: Builtin,
    packs: Option<&[String]>,
    config: &Config,
    sources: &mut Sources,
) -> (Loaded, bool) {
    let builtin = if packs.is_some() && builtin != Builtin::Never {
        Builtin::Always
    } else {
        builtin
    };
    let roots: Vec<PathBuf> = extra.iter().chain(config.policy.iter()).cloned().collect();
    let (more, walk_errors) = read::walk(&roots, &load::is_policy, sources);
    let mut policies: Vec<Found> = found
        .iter()
        .filter(|f| load::is_policy(&f.path))
        .cloned()
        .collect();
    policies.extend(more.into_iter().filter(|f| load::is_policy(&f.path)));
    policies.sort();
    policies.dedup();
    let with_builtin = match builtin {
        Builtin::Always => true,
        Builtin::Never => false,
        Builtin::Auto => policies.is_empty(),
    };
    let mut loaded = load::load(&policies, with_builtin, &config.params, sources);
    if let Some(packs) = packs {
        loaded.set.clauses.retain(|c| {
            let builtin = sources.get(c.loc.file).is_some_and(|f| f.builtin);
            !builtin || packs.iter().any(|p| **p == *c.pack)
        });
    }
    loaded.findings.extend(walk_errors);
    if policies.is_empty() && builtin == Builtin::Never {
        loaded.findings.push(
            Finding::new(
                Check::PolicyError,
                "policies",
                Message::new("error-no-policies-no-builtin"),
            )
            .help(Message::new("error-no-policies-no-builtin-help")),
        );
    }
    (loaded, with_builtin)
}

/// The clause ids of the built-in pack, whether or not a run uses it (a selection may name a
/// clause of it).
pub(crate) fn builtin_clause_ids() -> &'static [String] {
    static IDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let mut scratch = Sources::new();
        let loaded = load::load(&[], true, &[], &mut scratch);
        loaded
            .set
            .clauses
            .iter()
            .map(|c| c.id.to_string())
            .collect()
    })
}

/// One built-in pack: a regulation, as `zhidu packs` lists it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct PackInfo {
    pub name: String,
    /// The documents it encodes.
    pub document: String,
    /// How many clauses it holds.
    pub clauses: usize,
}

/// The built-in packs, by name.
pub fn builtin_packs() -> &'static [PackInfo] {
    static PACKS: std::sync::OnceLock<Vec<PackInfo>> = std::sync::OnceLock::new();
    PACKS.get_or_init(|| {
        let mut scratch = Sources::new();
        let loaded = load::load(&[], true, &[], &mut scratch);
        let mut packs: std::collections::BTreeMap<String, PackInfo> = Default::default();
        for file in &loaded.files {
            for item in &file.ast.items {
                if let crate::policy::ast::ItemKind::Pack { name, documents } = &item.kind {
                    packs.entry(name.node.clone()).or_insert_with(|| PackInfo {
                        name: name.node.clone(),
                        document: documents
                            .as_ref()
                            .map(|d| d.node.clone())
                            .unwrap_or_default(),
                        clauses: 0,
                    });
                }
            }
        }
        for clause in &loaded.set.clauses {
            if let Some(pack) = packs.get_mut(&*clause.pack) {
                pack.clauses += 1;
            }
        }
        packs.into_values().collect()
    })
}

/// The built-in packs a run uses: `--pack` (repeatable), else `packs` of zhidu.toml; `None`
/// when neither chooses (all packs, and clauses naming what the data lacks are left unjudged).
/// `all` stands for every pack. An unknown name is an error, with a "did you mean".
pub(crate) fn chosen_packs(
    flags: &[String],
    config: &Config,
) -> Result<Option<Vec<String>>, Box<Finding>> {
    let named: Vec<(String, Option<crate::source::Loc>)> = if flags.is_empty() {
        config
            .packs
            .iter()
            .map(|(p, l)| (p.clone(), Some(*l)))
            .collect()
    } else {
        flags.iter().map(|p| (p.clone(), None)).collect()
    };
    if named.is_empty() {
        return Ok(None);
    }
    let known: Vec<&str> = builtin_packs().iter().map(|p| p.name.as_str()).collect();
    let mut chosen = Vec::new();
    for (name, loc) in named {
        if name == "all" {
            chosen.extend(known.iter().map(|k| k.to_string()));
        } else if known.contains(&name.as_str()) {
            chosen.push(name);
        } else {
            let mut f = Finding::new(
                Check::DataError,
                name.clone(),
                Message::new("error-not-a-pack").arg("name", name.as_str()),
            )
            .help(
                crate::suggest::did_you_mean(&name, known.iter().copied()).unwrap_or_else(|| {
                    Message::new("error-packs-are").arg("packs", Arg::list(&known))
                }),
            );
            f.location = loc;
            return Err(Box::new(f));
        }
    }
    chosen.sort();
    chosen.dedup();
    Ok(Some(chosen))
}

/// Each pattern of a selection (`--select`, `ignore`, `[severity]`…) that matches no check
/// code, no built-in clause and no clause of `loaded`, with a "did you mean".
pub(crate) fn unknown_patterns<'p>(
    patterns: impl IntoIterator<Item = &'p str>,
    loaded: &[&str],
) -> Vec<(&'p str, Option<Message>)> {
    let codes = crate::diagnostic::Check::ALL.iter().map(|c| c.code());
    let known: Vec<&str> = codes
        .chain(builtin_clause_ids().iter().map(String::as_str))
        .chain(loaded.iter().copied())
        .collect();
    patterns
        .into_iter()
        .filter(|p| !known.iter().any(|k| config::glob_matches(p, k)))
        .map(|p| (p, crate::suggest::did_you_mean(p, known.iter().copied())))
        .collect()
}

/// `paths`, else the current folder.
pub(crate) fn or_here(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    }
}
