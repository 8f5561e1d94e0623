//! Loading a policy set: the `*.zhidu` files found on disk (and what they `include`), or the
//! built-in pack compiled into the binary.

use crate::i18n::Message;

use super::ast;
use super::lower::{self, PolicyFile};
use super::model::PolicySet;
use super::parse;
use crate::config::ParamOverride;
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::read::{self, Found};
use crate::source::{Loc, SourceFile, Sources};
use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

/// Policy files larger than this are not read.
pub const MAX_POLICY_BYTES: u64 = 8 * 1024 * 1024;

/// The built-in pack: (path in the repository, text).
pub fn builtin_rules() -> &'static [(&'static str, &'static str)] {
    builtin::RULES
}

/// The compliant example of a built-in clause, if the repository has one.
pub fn builtin_example(clause: &str) -> Option<&'static str> {
    builtin::EXAMPLES
        .iter()
        .find(|(id, _)| *id == clause)
        .map(|(_, text)| *text)
}

/// A loaded policy set and what went wrong while loading it.
#[derive(Debug, Default)]
pub struct Loaded {
    pub set: PolicySet,
    pub files: Vec<PolicyFile>,
    pub findings: Vec<Finding>,
}

/// Is this a policy file?
pub fn is_policy(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "zhidu")
}

/// Parses, follows includes, and lowers the given files (and the built-in pack if asked).
pub fn load(
    found: &[Found],
    with_builtin: bool,
    overrides: &[ParamOverride],
    sources: &mut Sources,
) -> Loaded {
    load_with(found, None, with_builtin, overrides, sources)
}

/// [`load`], with the text of one file given rather than read (`validate -`: what an editor or
/// hook has, which may differ from the disk, or not be on it).
pub fn load_with(
    found: &[Found],
    given: Option<(&Path, &str)>,
    with_builtin: bool,
    overrides: &[ParamOverride],
    sources: &mut Sources,
) -> Loaded {
    let given = given.map(|(path, text)| (canonical(path), text));
    let mut loaded = Loaded::default();
    let mut seen: BTreeMap<PathBuf, usize> = BTreeMap::new();
    // (including file index, included path) pairs, resolved to indices once all are loaded.
    let mut edges: Vec<(usize, PathBuf)> = Vec::new();
    let mut queue: VecDeque<Found> = found.iter().cloned().collect();
    while let Some(next) = queue.pop_front() {
        let key = canonical(&next.path);
        if seen.contains_key(&key) {
            continue;
        }
        let is_given = given.as_ref().is_some_and(|(path, _)| *path == key);
        seen.insert(key, loaded.files.len());
        let (id, error) = match &given {
            Some((_, text)) if is_given => (
                sources.add(SourceFile::new(next.display.clone(), *text)),
                None,
            ),
            _ => read::read(&next, MAX_POLICY_BYTES, None, sources),
        };
        if let Some(error) = error {
            loaded.findings.push(error);
            loaded.files.push(PolicyFile {
                file: id,
                path: next.display.clone(),
                ast: ast::File::default(),
                includes: Vec::new(),
                builtin: false,
            });
            continue;
        }
        let text = sources.get(id).map(|f| f.text.clone()).unwrap_or_default();
        let parsed = parse::parse(id, &next.display, &text);
        loaded.findings.extend(parsed.errors);
        for (include, span) in includes(&parsed.file) {
            match resolve_include(&next.path, &include) {
                Ok(path) => {
                    edges.push((loaded.files.len(), path.clone()));
                    queue.push_back(Found {
                        display: read::display(&path),
                        path,
                        named: false,
                    });
                }
                Err(message) => loaded.findings.push(
                    Finding::new(Check::PolicyError, next.display.clone(), message)
                        .at(Loc::new(id, span))
                        .help(Message::new("policy-an-include-names-a-zhidu-file")),
                ),
            }
        }
        loaded.files.push(PolicyFile {
            file: id,
            path: next.display.clone(),
            ast: parsed.file,
            includes: Vec::new(),
            builtin: false,
        });
    }
    for (from, path) in edges {
        if let (Some(&to), Some(file)) = (seen.get(&canonical(&path)), loaded.files.get_mut(from)) {
            file.includes.push(to);
        }
    }
    if with_builtin {
        let first = loaded.files.len();
        for (name, text) in builtin_rules() {
            let mut file = SourceFile::new(*name, *text);
            file.builtin = true;
            let id = sources.add(file);
            let parsed = parse::parse(id, name, text);
            loaded.findings.extend(parsed.errors);
            loaded.files.push(PolicyFile {
                file: id,
                path: (*name).to_string(),
                ast: parsed.file,
                includes: Vec::new(),
                builtin: true,
            });
        }
        // Built-in includes name other built-in files.
        for index in first..loaded.files.len() {
            let targets: Vec<usize> = includes(&loaded.files[index].ast)
                .into_iter()
                .filter_map(|(include, _)| {
                    let wanted = format!("rules/{include}");
                    loaded.files[first..]
                        .iter()
                        .position(|f| f.path == wanted)
                        .map(|i| first + i)
                })
                .collect();
            loaded.files[index].includes = targets;
        }
    }
    let (set, errors) = lower::lower(&loaded.files, overrides);
    loaded.set = set;
    loaded.findings.extend(errors);
    loaded
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

fn includes(file: &ast::File) -> Vec<(String, crate::source::Span)> {
    file.items
        .iter()
        .filter_map(|item| match &item.kind {
            ast::ItemKind::Include(s) => Some((s.node.clone(), s.span)),
            _ => None,
        })
        .collect()
}

/// The file an `include` names. Includes stay inside the repository of the including file (the
/// nearest folder upwards holding `.git` or `zhidu.toml`, else the file's own folder), so a
/// policy can never read a file elsewhere on the machine.
fn resolve_include(from: &Path, include: &str) -> Result<PathBuf, Message> {
    let relative = Path::new(include);
    if relative.is_absolute() {
        return Err(Message::new("include-absolute").arg("include", include));
    }
    if !is_policy(relative) {
        return Err(Message::new("include-not-policy").arg("include", include));
    }
    let dir = from.parent().unwrap_or(Path::new("."));
    let target = dir.join(relative);
    let canonical = target.canonicalize().map_err(|_| {
        Message::new("include-missing")
            .arg("include", include)
            .arg("path", read::display(&target))
    })?;
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let root = dir
        .ancestors()
        .find(|a| a.join(".git").exists() || a.join("zhidu.toml").exists())
        .unwrap_or(&dir)
        .to_path_buf();
    if !canonical.starts_with(&root) {
        return Err(Message::new("include-outside")
            .arg("include", include)
            .arg("root", read::display(&root)));
    }
    Ok(canonical)
}
