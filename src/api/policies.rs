//! What `check`, `clauses` and `explain` share: the configuration, and the policy set it and
//! the paths make up.

use super::{Builtin, ConfigChoice};
use crate::config::{self, Config};
use crate::diagnostic::{Check, Finding};
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

/// The policies of a run: the `*.zhidu` files among `found` (what the paths held), under
/// `extra` and under the config's `policy`; the built-in pack when none is found (or always, or
/// never, as `builtin` says). Returns the set and whether the built-in pack is in it.
pub(crate) fn load_policies(
    found: &[Found],
    extra: &[PathBuf],
    builtin: Builtin,
    config: &Config,
    sources: &mut Sources,
) -> (Loaded, bool) {
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
    loaded.findings.extend(walk_errors);
    if policies.is_empty() && builtin == Builtin::Never {
        loaded.findings.push(
            Finding::new(
                Check::PolicyError,
                "policies",
                "no policy files found, and --no-builtin forbids the built-in pack",
            )
            .help("give policy files or folders as paths or with --policy"),
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

/// Each pattern of a selection (`--select`, `ignore`, `[severity]`…) that matches no check
/// code, no built-in clause and no clause of `loaded`, with a "did you mean".
pub(crate) fn unknown_patterns<'p>(
    patterns: impl IntoIterator<Item = &'p str>,
    loaded: &[&str],
) -> Vec<(&'p str, Option<String>)> {
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
