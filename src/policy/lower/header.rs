//! The file header: `namespace`, `source`, and what is missing from it.

use crate::i18n::Message;

use super::*;

pub(super) struct FileHeader {
    pub(super) namespace: String,
    pub(super) document: Option<String>,
    /// `pack`: the pack of the file's clauses (else the namespace).
    pub(super) pack: Option<String>,
    /// `waivable by`: the waiver authority of clauses that name none.
    pub(super) waivable: Option<Spanned<ast::Party>>,
}

impl FileHeader {
    pub(super) fn read(file: &PolicyFile, errors: &mut Vec<Finding>) -> FileHeader {
        let mut namespace: Option<&Spanned<String>> = None;
        let mut document: Option<&Spanned<String>> = None;
        let mut waivable: Option<&Spanned<ast::Party>> = None;
        let mut pack: Option<&Spanned<String>> = None;
        let mut first_clause: Option<Span> = None;
        let stem = std::path::Path::new(&file.path)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("policy")
            .to_string();
        for item in &file.ast.items {
            match &item.kind {
                ast::ItemKind::Namespace(ns) => {
                    if let Some(first) = namespace {
                        errors.push(
                            Finding::new(
                                Check::PolicyError,
                                &file.path,
                                Message::new("policy-a-second-namespace-in-one-file"),
                            )
                            .at(Loc::new(file.file, ns.span))
                            .related(
                                Message::new("policy-the-first"),
                                Loc::new(file.file, first.span),
                            )
                            .help(Message::new("policy-one-file-one-namespace-split-the")),
                        );
                    } else {
                        if let Some(clause) = first_clause {
                            errors.push(
                                Finding::new(
                                    Check::PolicyError,
                                    &file.path,
                                    Message::new("policy-namespace-comes-after-a-clause"),
                                )
                                .at(Loc::new(file.file, ns.span))
                                .related(
                                    Message::new("policy-first-clause"),
                                    Loc::new(file.file, clause),
                                )
                                .help(Message::new("policy-move-namespace-to-the-top-of")),
                            );
                        }
                        namespace = Some(ns);
                    }
                }
                ast::ItemKind::Source(s) => {
                    if document.is_some() {
                        errors.push(
                            Finding::new(
                                Check::PolicyError,
                                &file.path,
                                Message::new("policy-a-second-source-in-one-file"),
                            )
                            .at(Loc::new(file.file, s.span))
                            .help(Message::new("policy-cite-another-document-with-cite-in")),
                        );
                    } else {
                        document = Some(s);
                    }
                }
                ast::ItemKind::Pack { name, .. } => {
                    if pack.is_some() {
                        errors.push(
                            Finding::new(
                                Check::PolicyError,
                                &file.path,
                                Message::new("policy-a-second-pack-in-one-file"),
                            )
                            .at(Loc::new(file.file, name.span))
                            .help(Message::new("policy-a-files-clauses-belong-to-one")),
                        );
                    } else {
                        pack = Some(name);
                    }
                }
                ast::ItemKind::Waivable(p) => {
                    if waivable.is_some() {
                        errors.push(
                            Finding::new(
                                Check::PolicyError,
                                &file.path,
                                Message::new("policy-a-second-waivable-by-in-one"),
                            )
                            .at(Loc::new(file.file, p.span))
                            .help(Message::new("policy-one-default-per-file-a-clause")),
                        );
                    } else {
                        waivable = Some(p);
                    }
                }
                ast::ItemKind::Clause(_) if first_clause.is_none() => {
                    first_clause = Some(item.span)
                }
                _ => {}
            }
        }
        let has_clauses = first_clause.is_some();
        if namespace.is_none() && has_clauses {
            errors.push(
                Finding::new(
                    Check::PolicyError,
                    &file.path,
                    Message::new("policy-policy-file-has-no-namespace"),
                )
                .at(Loc::new(file.file, Span::empty(0)))
                .label(Message::new("policy-the-file-starts-here"))
                .help(Message::new("policy-add-namespace").arg("stem", stem.as_str())),
            );
        }
        FileHeader {
            namespace: namespace.map_or(stem, |n| n.node.clone()),
            document: document.map(|d| d.node.clone()),
            pack: pack.map(|p| p.node.clone()),
            waivable: waivable.cloned(),
        }
    }
}
