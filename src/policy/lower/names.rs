//! Names declared with `role 总裁 aka President`, and the names clauses use.

use super::*;
use crate::i18n::Message;

/// Names declared with `role 总裁 aka President`, across the whole policy set.
#[derive(Clone, Default)]
pub(super) struct Declarations {
    /// kind → declared name → (aliases, where).
    names: BTreeMap<NameKind, BTreeMap<String, (BTreeSet<String>, Loc)>>,
    /// kind → alias → declared name.
    aliases: HashMap<(NameKind, String), String>,
}

/// `index` and every file it includes, directly or not.
pub(super) fn visible(files: &[PolicyFile], index: usize) -> Vec<usize> {
    let mut seen = vec![index];
    let mut at = 0;
    while at < seen.len() {
        for &next in files
            .get(seen[at])
            .map(|f| f.includes.as_slice())
            .unwrap_or_default()
        {
            if !seen.contains(&next) {
                seen.push(next);
            }
        }
        at += 1;
    }
    seen
}

impl Declarations {
    /// Declares no name of any kind.
    pub(super) fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub(super) fn collect(
        files: &[PolicyFile],
        which: &[usize],
        errors: &mut Vec<Finding>,
    ) -> Self {
        let mut decls = Declarations::default();
        for file in which.iter().filter_map(|&i| files.get(i)) {
            for item in &file.ast.items {
                let ast::ItemKind::Name(decl) = &item.kind else {
                    continue;
                };
                let loc = Loc::new(file.file, decl.name.span);
                let entry = decls
                    .names
                    .entry(decl.kind)
                    .or_default()
                    .entry(decl.name.node.clone())
                    .or_insert_with(|| (BTreeSet::new(), loc));
                for alias in &decl.aliases {
                    entry.0.insert(alias.node.clone());
                }
                for alias in &decl.aliases {
                    let key = (decl.kind, alias.node.clone());
                    match decls.aliases.get(&key) {
                        Some(other) if *other != decl.name.node => errors.push(
                            Finding::new(
                                Check::PolicyError,
                                alias.node.clone(),
                                Message::new("policy-alias-twice")
                                    .arg("alias", alias.node.as_str())
                                    .arg("kind", Message::new("word").arg("w", decl.kind.keyword()))
                                    .arg("other", other.as_str())
                                    .arg("name", decl.name.node.as_str()),
                            )
                            .at(Loc::new(file.file, alias.span))
                            .help(Message::new("policy-an-alias-must-stand-for-one")),
                        ),
                        _ => {
                            decls.aliases.insert(key, decl.name.node.clone());
                        }
                    }
                }
            }
        }
        decls
    }

    /// Resolves a name used by a clause. `Err` carries the "did you mean" candidates.
    pub(super) fn resolve(
        &self,
        kind: NameKind,
        text: &str,
    ) -> Result<(String, Vec<String>), Vec<String>> {
        let Some(declared) = self.names.get(&kind) else {
            return Ok((text.to_string(), Vec::new()));
        };
        let name = if declared.contains_key(text) {
            text.to_string()
        } else if let Some(name) = self.aliases.get(&(kind, text.to_string())) {
            name.clone()
        } else {
            let mut candidates: Vec<String> = declared.keys().cloned().collect();
            candidates.extend(declared.values().flat_map(|(a, _)| a.iter().cloned()));
            return Err(candidates);
        };
        let aliases = declared
            .get(&name)
            .map(|(a, _)| a.iter().cloned().collect())
            .unwrap_or_default();
        Ok((name, aliases))
    }
}

impl ClauseLowerer<'_> {
    pub(super) fn name(&mut self, kind: NameKind, text: &Spanned<String>) -> Option<Name> {
        let loc = self.loc(text.span);
        match self.decls.resolve(kind, &text.node) {
            Ok((name, aliases)) => Some(Name {
                kind,
                text: name,
                aliases,
                loc,
            }),
            Err(candidates) => {
                let help = suggest::did_you_mean(&text.node, &candidates).unwrap_or_else(|| {
                    let declaration = format!("{} {}", kind.keyword(), fmt::name(&text.node));
                    Message::new("policy-declare-name").arg("declaration", declaration)
                });
                self.errors.push(
                    Finding::new(
                        Check::UnknownReference,
                        text.node.clone(),
                        Message::new("policy-undeclared")
                            .arg("kind", Message::new("word").arg("w", kind.keyword()))
                            .arg("name", text.node.as_str()),
                    )
                    .at(loc)
                    .label(Message::new("policy-not-declared"))
                    .help(help),
                );
                None
            }
        }
    }
}
