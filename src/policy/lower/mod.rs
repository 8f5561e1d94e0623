//! AST → validated model: name resolution, parameter substitution, and the semantic checks of
//! `zhidu validate` (duplicate ids, unknown parameters and names, statements in the wrong kind of
//! clause, empty or inverted windows, limit tables with gaps or overlaps, chains that name a role
//! twice while requiring distinct signers, cadences that can never be met).
//!
//! [`lower`] is a pure function of the parsed files and the parameter overrides.

use crate::i18n::Message;

use super::ast::{self, ClauseKind, KindSel, Link, Spanned, Statement};
use super::dates;
use super::fmt;
use super::grammar::{Rule as Grammar, ZhiduParser};
use super::model::*;
use crate::config::{ParamOverride, glob_matches};
use crate::diagnostic::Check;
use crate::diagnostic::{Citation, Finding, Severity};
use crate::source::{FileId, Loc, Span};
use crate::suggest;
use crate::time;
use crate::vocab::schema::{self, FieldType};
use crate::vocab::{Collection, MONEY_SCALE, Money};
use crate::vocab::{NameKind, PersonField};
use pest::Parser;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

mod clause;
mod fields;
mod header;
mod lints;
mod names;
mod overrides;
mod values;

use clause::Stated;
use header::FileHeader;
use names::{Declarations, visible};
use overrides::check_overrides_match;
use values::sample_unit;

/// A parsed policy file, ready to lower.
#[derive(Debug, Clone)]
pub struct PolicyFile {
    pub file: FileId,
    /// The path shown to users; its stem names the namespace when `namespace` is missing.
    pub path: String,
    pub ast: ast::File,
    /// The files this one includes (indices into the list given to [`lower`]).
    pub includes: Vec<usize>,
    /// Part of the built-in pack, not of the user's repository.
    pub builtin: bool,
}

/// Lowers every file of a policy set into one model.
pub fn lower(files: &[PolicyFile], overrides: &[ParamOverride]) -> (PolicySet, Vec<Finding>) {
    let mut errors = Vec::new();
    // Report conflicting aliases once, over every file.
    Declarations::collect(files, &(0..files.len()).collect::<Vec<_>>(), &mut errors);
    let mut clauses: Vec<Clause> = Vec::new();
    // What a file that declares and includes no names sees: every name the user's files declare
    // (so that a misspelt role is caught whichever file declares the roles).
    let own: Vec<usize> = (0..files.len()).filter(|&i| !files[i].builtin).collect();
    let repository = Declarations::collect(files, &own, &mut Vec::new());
    for (index, file) in files.iter().enumerate() {
        // A file sees the names declared in itself and in the files it includes, transitively.
        let mut decls = Declarations::collect(files, &visible(files, index), &mut Vec::new());
        if decls.is_empty() && !file.builtin {
            decls = repository.clone();
        }
        let decls = &decls;
        let header = FileHeader::read(file, &mut errors);
        for item in &file.ast.items {
            if let ast::ItemKind::Clause(clause) = &item.kind {
                let mut lowerer = ClauseLowerer {
                    file: file.file,
                    decls,
                    errors: &mut errors,
                };
                if let Some(c) = lowerer.clause(&header, clause, item.span, overrides) {
                    clauses.push(c);
                }
            }
        }
    }
    check_overrides_match(&clauses, overrides, &mut errors);
    // Duplicate ids: keep the first (in file order), report the others with both places.
    let mut seen: HashMap<Arc<str>, Loc> = HashMap::new();
    let mut unique = Vec::with_capacity(clauses.len());
    for clause in clauses {
        if let Some(first) = seen.get(&clause.id) {
            errors.push(
                Finding::new(
                    Check::DuplicateId,
                    clause.id.to_string(),
                    Message::new("policy-clause-twice").arg("id", &*clause.id),
                )
                .at(clause.loc)
                .label(Message::new("policy-defined-again-here"))
                .related(Message::new("policy-first-defined-here"), *first)
                .help(Message::new("policy-clause-ids-must-be-unique-rename")),
            );
            continue;
        }
        seen.insert(clause.id.clone(), clause.loc);
        unique.push(Arc::new(clause));
    }
    unique.sort_by(|a, b| a.id.cmp(&b.id));
    (PolicySet { clauses: unique }, errors)
}

// ───────────────────────────── Clauses ─────────────────────────────

struct ClauseLowerer<'a> {
    file: FileId,
    decls: &'a Declarations,
    errors: &'a mut Vec<Finding>,
}

/// Per-clause state while its statements are lowered.
struct Scope {
    id: Arc<str>,
    kind: ClauseKind,
    params: Vec<Param>,
    used_params: BTreeSet<String>,
}

impl Scope {
    fn collection(&self) -> Option<Collection> {
        self.kind.collection()
    }
}

/// How a rule uses a field: decides which types are allowed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    Time,
    Count,
    Party,
    Condition,
}

impl<'a> ClauseLowerer<'a> {
    fn loc(&self, span: Span) -> Loc {
        Loc::new(self.file, span)
    }

    fn error(
        &mut self,
        check: Check,
        subject: &str,
        span: Span,
        message: impl Into<crate::diagnostic::Text>,
        help: impl Into<crate::diagnostic::Text>,
    ) {
        let finding = Finding::new(check, subject, message)
            .at(self.loc(span))
            .help(help);
        self.errors.push(finding);
    }

    fn warn(
        &mut self,
        subject: &str,
        span: Span,
        message: impl Into<crate::diagnostic::Text>,
        help: impl Into<crate::diagnostic::Text>,
    ) {
        let finding = Finding::new(Check::PolicyError, subject, message)
            .at(self.loc(span))
            .severity(crate::diagnostic::Severity::Warning)
            .help(help);
        self.errors.push(finding);
    }
}
