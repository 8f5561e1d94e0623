//! AST → validated model: name resolution, parameter substitution, and the semantic checks of
//! `zhidu validate` (duplicate ids, unknown parameters and names, statements in the wrong kind of
//! clause, empty or inverted windows, limit tables with gaps or overlaps, chains that name a role
//! twice while requiring distinct signers, cadences that can never be met).
//!
//! [`lower`] is a pure function of the parsed files and the parameter overrides.

use super::ast::{self, ClauseKind, KindSel, Link, Spanned, Statement};
use super::dates;
use super::fmt;
use super::grammar::{Rule as Grammar, ZhiduParser};
use super::model::*;
use crate::config::{ParamOverride, glob_matches};
use crate::diagnostic::Check;
use crate::diagnostic::{Citation, Finding};
use crate::source::{FileId, Loc, Span};
use crate::suggest;
use crate::time;
use crate::vocab::schema::{self, FieldType};
use crate::vocab::{Collection, Money};
use crate::vocab::{NameKind, PersonField};
use pest::Parser;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// A parsed policy file, ready to lower.
#[derive(Debug, Clone)]
pub struct PolicyFile {
    pub file: FileId,
    /// The path shown to users; its stem names the namespace when `namespace` is missing.
    pub path: String,
    pub ast: ast::File,
    /// The files this one includes (indices into the list given to [`lower`]).
    pub includes: Vec<usize>,
}

/// Lowers every file of a policy set into one model.
pub fn lower(files: &[PolicyFile], overrides: &[ParamOverride]) -> (PolicySet, Vec<Finding>) {
    let mut errors = Vec::new();
    // Report conflicting aliases once, over every file.
    Declarations::collect(files, &(0..files.len()).collect::<Vec<_>>(), &mut errors);
    let mut clauses: Vec<Clause> = Vec::new();
    for (index, file) in files.iter().enumerate() {
        // A file sees the names declared in itself and in the files it includes, transitively.
        let decls = Declarations::collect(files, &visible(files, index), &mut Vec::new());
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
                    format!("clause `{}` is defined twice", clause.id),
                )
                .at(clause.loc)
                .label("defined again here")
                .related("first defined here", *first)
                .help("clause ids must be unique: rename one of the two clauses"),
            );
            continue;
        }
        seen.insert(clause.id.clone(), clause.loc);
        unique.push(Arc::new(clause));
    }
    unique.sort_by(|a, b| a.id.cmp(&b.id));
    (PolicySet { clauses: unique }, errors)
}

// ───────────────────────────── Declarations ─────────────────────────────

/// Names declared with `role 总裁 aka President`, across the whole policy set.
#[derive(Default)]
struct Declarations {
    /// kind → declared name → (aliases, where).
    names: BTreeMap<NameKind, BTreeMap<String, (BTreeSet<String>, Loc)>>,
    /// kind → alias → declared name.
    aliases: HashMap<(NameKind, String), String>,
}

/// `index` and every file it includes, directly or not.
fn visible(files: &[PolicyFile], index: usize) -> Vec<usize> {
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
    fn collect(files: &[PolicyFile], which: &[usize], errors: &mut Vec<Finding>) -> Self {
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
                                format!(
                                    "alias `{}` names two {}s: `{other}` and `{}`",
                                    alias.node,
                                    decl.kind.keyword(),
                                    decl.name.node
                                ),
                            )
                            .at(Loc::new(file.file, alias.span))
                            .help("an alias must stand for one name only"),
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
    fn resolve(&self, kind: NameKind, text: &str) -> Result<(String, Vec<String>), Vec<String>> {
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

// ───────────────────────────── File header ─────────────────────────────

struct FileHeader {
    namespace: String,
    document: Option<String>,
}

impl FileHeader {
    fn read(file: &PolicyFile, errors: &mut Vec<Finding>) -> FileHeader {
        let mut namespace: Option<&Spanned<String>> = None;
        let mut document: Option<&Spanned<String>> = None;
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
                                "a second `namespace` in one file",
                            )
                            .at(Loc::new(file.file, ns.span))
                            .related("the first", Loc::new(file.file, first.span))
                            .help("one file, one namespace: split the file"),
                        );
                    } else {
                        if let Some(clause) = first_clause {
                            errors.push(
                                Finding::new(
                                    Check::PolicyError,
                                    &file.path,
                                    "`namespace` comes after a clause",
                                )
                                .at(Loc::new(file.file, ns.span))
                                .related("first clause", Loc::new(file.file, clause))
                                .help("move `namespace` to the top of the file"),
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
                                "a second `source` in one file",
                            )
                            .at(Loc::new(file.file, s.span))
                            .help("cite another document with `cite \"…\" in \"…\"`"),
                        );
                    } else {
                        document = Some(s);
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
                    "policy file has no `namespace`",
                )
                .at(Loc::new(file.file, Span::empty(0)))
                .label("the file starts here")
                .help(format!(
                    "add `namespace {stem}` at the top: clause ids are `<namespace>.<clause>`"
                )),
            );
        }
        FileHeader {
            namespace: namespace.map_or(stem, |n| n.node.clone()),
            document: document.map(|d| d.node.clone()),
        }
    }
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
        message: impl Into<String>,
        help: impl Into<String>,
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
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let finding = Finding::new(Check::PolicyError, subject, message)
            .at(self.loc(span))
            .severity(crate::diagnostic::Severity::Warning)
            .help(help);
        self.errors.push(finding);
    }

    fn clause(
        &mut self,
        header: &FileHeader,
        clause: &ast::Clause,
        full: Span,
        overrides: &[ParamOverride],
    ) -> Option<Clause> {
        let id: Arc<str> = format!("{}.{}", header.namespace, clause.name.node).into();
        let mut scope = Scope {
            id: id.clone(),
            kind: clause.kind.node,
            params: Vec::new(),
            used_params: BTreeSet::new(),
        };
        let subject = id.to_string();

        // Settings first, so that parameters may be used before they are declared.
        let mut cite: Option<(&Spanned<String>, Option<&Spanned<String>>)> = None;
        let mut severity: Option<&Spanned<crate::diagnostic::Severity>> = None;
        let mut kinds: Option<(&KindSel, Span)> = None;
        let mut condition: Option<&Spanned<ast::Cond>> = None;
        for line in &clause.body {
            let ast::LineKind::Statement(statement) = &line.kind else {
                continue;
            };
            match statement {
                Statement::Cite { article, document } => {
                    if cite.is_some() {
                        self.error(Check::PolicyError, &subject, line.span, "a clause cites one article", "split the clause, or list the articles in one text: `cite \"第七条、第九条\"`");
                    } else {
                        cite = Some((article, document.as_ref()));
                    }
                }
                Statement::Severity(s) => {
                    if severity.is_some() {
                        self.error(
                            Check::PolicyError,
                            &subject,
                            line.span,
                            "`severity` is set twice",
                            "keep one",
                        );
                    }
                    severity = Some(s);
                }
                Statement::Param {
                    name,
                    value,
                    description,
                } => {
                    if scope.params.iter().any(|p| p.name == name.node) {
                        self.error(
                            Check::DuplicateId,
                            &subject,
                            name.span,
                            format!("parameter `{}` is declared twice", name.node),
                            "keep one",
                        );
                        continue;
                    }
                    let default = self.param_value(&value.node, value.span, &subject);
                    scope.params.push(Param {
                        name: name.node.clone(),
                        value: default.clone(),
                        default,
                        description: description.as_ref().map(|d| d.node.clone()),
                        loc: self.loc(name.span),
                    });
                }
                Statement::Kind(sel) => {
                    if kinds.is_some() {
                        self.error(
                            Check::PolicyError,
                            &subject,
                            line.span,
                            "`kind` is set twice",
                            "list every kind in one statement: `kind a, b`",
                        );
                    }
                    kinds = Some((sel, line.span));
                }
                Statement::When(c) => {
                    if condition.is_some() {
                        self.error(
                            Check::PolicyError,
                            &subject,
                            line.span,
                            "`when` is set twice",
                            "join the conditions with `and`",
                        );
                    }
                    condition = Some(c);
                }
                _ => {}
            }
        }
        self.apply_overrides(&mut scope, overrides);

        let citation = match cite {
            None if clause.recovered => Citation {
                document: header.document.clone().unwrap_or_default(),
                article: String::new(),
            },
            None => {
                self.error(
                    Check::PolicyError,
                    &subject,
                    clause.name.span,
                    format!("clause `{id}` cites no article"),
                    "every clause says where its duty comes from: `cite \"第十二条\"`",
                );
                Citation {
                    document: header.document.clone().unwrap_or_default(),
                    article: String::new(),
                }
            }
            Some((article, document)) => {
                let document = document
                    .map(|d| d.node.clone())
                    .or_else(|| header.document.clone());
                if document.is_none() {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        article.span,
                        "no document to cite",
                        "add `source \"<document title>\"` at the top of the file, or write `cite \"…\" in \"<document title>\"`",
                    );
                }
                Citation {
                    document: document.unwrap_or_default(),
                    article: article.node.clone(),
                }
            }
        };

        let is_record = scope.collection().is_some();
        let kinds = match kinds {
            Some((_, span)) if !is_record => {
                self.error(
                    Check::PolicyError,
                    &subject,
                    span,
                    format!(
                        "`kind` has no meaning in `{}` clauses",
                        scope.kind.keyword()
                    ),
                    "remove it",
                );
                KindFilter::Any
            }
            Some((KindSel::Any, _)) => KindFilter::Any,
            Some((KindSel::Kinds(list), _)) => {
                KindFilter::Only(list.iter().map(|k| k.node.clone()).collect())
            }
            None => KindFilter::Only(std::iter::once(clause.name.node.clone()).collect()),
        };
        let condition = match condition {
            Some(c) if !is_record => {
                self.error(
                    Check::PolicyError,
                    &subject,
                    c.span,
                    format!(
                        "`when` has no meaning in `{}` clauses",
                        scope.kind.keyword()
                    ),
                    "remove it",
                );
                None
            }
            Some(c) => self.cond(&mut scope, &c.node),
            None => None,
        };

        let mut rules = Vec::new();
        self.lines(&mut scope, &clause.body, &mut Vec::new(), &mut rules, true);
        let stated = Stated::of(&clause.body);
        self.check_rules(&scope, &mut rules, clause.name.span, &stated);

        for param in &scope.params {
            if !scope.used_params.contains(&param.name) {
                let span = param.loc.span;
                self.warn(
                    &subject,
                    span,
                    format!("parameter `{}` is never used", param.name),
                    "use it in a statement, or remove it",
                );
            }
        }
        if !stated.duty && !clause.recovered {
            self.warn(
                &subject,
                clause.name.span,
                format!("clause `{id}` states no duty"),
                "add statements that say what the data must show",
            );
        }

        Some(Clause {
            id,
            kind: scope.kind,
            title: clause.title.as_ref().map(|t| t.node.clone()),
            citation,
            severity: severity.map_or(crate::diagnostic::Severity::Error, |s| s.node),
            kinds,
            condition,
            params: scope.params,
            rules,
            loc: self.loc(clause.name.span),
            full: self.loc(full),
        })
    }

    /// Lowers the statements of a body; `when` blocks add their condition to `conds`.
    fn lines(
        &mut self,
        scope: &mut Scope,
        lines: &[Spanned<ast::Line>],
        conds: &mut Vec<Cond>,
        rules: &mut Vec<Rule>,
        top: bool,
    ) {
        for line in lines {
            match &line.kind {
                ast::LineKind::Comment(_) => {}
                ast::LineKind::When(block) => {
                    if scope.collection().is_none() {
                        self.error(
                            Check::PolicyError,
                            &scope.id.clone(),
                            block.condition.span,
                            format!(
                                "`when` blocks have no meaning in `{}` clauses",
                                scope.kind.keyword()
                            ),
                            "conditions select records; org, delegation clauses have none",
                        );
                        continue;
                    }
                    let Some(cond) = self.cond(scope, &block.condition.node) else {
                        continue;
                    };
                    conds.push(cond);
                    self.lines(scope, &block.body, conds, rules, false);
                    conds.pop();
                }
                ast::LineKind::Statement(statement) => {
                    let is_setting = matches!(
                        statement,
                        Statement::Cite { .. }
                            | Statement::Severity(_)
                            | Statement::Param { .. }
                            | Statement::Kind(_)
                            | Statement::When(_)
                    );
                    if is_setting {
                        if !top {
                            self.error(
                                Check::PolicyError,
                                &scope.id.clone(),
                                line.span,
                                "clause settings belong at the top level of the clause",
                                "move it out of the `when` block",
                            );
                        }
                        continue;
                    }
                    if let Some(kind) = self.statement(scope, statement, line.span) {
                        rules.push(Rule {
                            kind,
                            loc: self.loc(line.span),
                            when: conds.clone(),
                        });
                    }
                }
            }
        }
    }

    /// Which clause kinds a statement belongs to, for the error when it is misplaced.
    fn home(statement: &Statement) -> &'static [ClauseKind] {
        use ClauseKind::*;
        const RECORDS: &[ClauseKind] = &[Plan, Request, Meeting, Report, Ticket];
        match statement {
            Statement::Filled { .. }
            | Statement::Headcount { .. }
            | Statement::NotCombined(_)
            | Statement::Term { .. }
            | Statement::EveryUnitHasHead
            | Statement::EveryPersonHasManager
            | Statement::EveryRoleWithinSeats
            | Statement::NoReportingCycles => &[Org],
            Statement::Delegation { .. } => &[Delegation],
            Statement::LimitRow { .. } => &[Limits],
            _ => RECORDS,
        }
    }

    fn statement(
        &mut self,
        scope: &mut Scope,
        statement: &Statement,
        span: Span,
    ) -> Option<RuleKind> {
        let subject = scope.id.to_string();
        let home = Self::home(statement);
        if !home.contains(&scope.kind) {
            let places: Vec<&str> = home.iter().map(|k| k.keyword()).collect();
            self.error(
                Check::PolicyError,
                &subject,
                span,
                format!(
                    "`{}` does not belong in `{}` clauses",
                    first_words(statement),
                    scope.kind.keyword()
                ),
                format!("it belongs in {} clauses", places.join(", ")),
            );
            return None;
        }
        Some(match statement {
            Statement::Exists { every, due } => RuleKind::Exists {
                every: every.node,
                due: due.as_ref().and_then(|d| self.date(scope, d)),
            },
            Statement::Every { cadence, due } => {
                self.check_cadence(&subject, cadence);
                RuleKind::Every {
                    cadence: cadence.node,
                    due: due.as_ref().and_then(|d| self.date(scope, d)),
                }
            }
            Statement::AtLeast { count, per } => {
                if count.node == 0 {
                    self.warn(
                        &subject,
                        count.span,
                        "`at least 0` is always met",
                        "remove the statement, or give the real minimum",
                    );
                }
                RuleKind::AtLeast {
                    count: count.node,
                    per: per.node,
                }
            }
            Statement::Gap { max } => {
                let max_d = self.duration(scope, max)?;
                if max_d.amount == 0 {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        max.span,
                        "a gap of at most zero can never be met",
                        "give the longest allowed gap, such as `3 months`",
                    );
                }
                RuleKind::MaxGap { max: max_d }
            }
            Statement::Signed(chain) => {
                let (steps, ordered) = self.chain(scope, chain)?;
                RuleKind::Signed { steps, ordered }
            }
            Statement::Reviewed(chain) => {
                let (steps, ordered) = self.chain(scope, chain)?;
                RuleKind::Reviewed { steps, ordered }
            }
            Statement::SignedBefore(t) => RuleKind::SignedBefore(self.target(scope, t)?),
            Statement::ReviewedBefore(t) => RuleKind::ReviewedBefore(self.target(scope, t)?),
            Statement::SignersDistinct => RuleKind::SignersDistinct,
            Statement::SignersExclude(field) => {
                self.person_field(scope, field.node, field.span)?;
                RuleKind::SignersExclude(field.node)
            }
            Statement::Delegation {
                delegate,
                principal,
                authorizer,
            } => {
                let delegate = self.name(NameKind::Role, delegate)?;
                let principal = self.name(NameKind::Role, principal)?;
                if delegate.text == principal.text {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        span,
                        "a role cannot act for itself",
                        "name the deputy role first, then the role it acts for",
                    );
                }
                let authorizer = match authorizer {
                    Some(a) => Some(self.party(scope, a)?),
                    None => None,
                };
                RuleKind::Delegation {
                    delegate,
                    principal,
                    authorizer,
                }
            }
            Statement::NotCombined(roles) => {
                let names: Vec<Name> = roles
                    .iter()
                    .filter_map(|r| self.name(NameKind::Role, r))
                    .collect();
                let distinct: BTreeSet<&str> = names.iter().map(|n| n.text.as_str()).collect();
                if names.len() == roles.len() && distinct.len() < 2 {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        span,
                        "separation of duties needs two different roles",
                        "name the roles one person must not hold together",
                    );
                }
                RuleKind::NotCombined(names)
            }
            Statement::Filled { role, count } => {
                let role = self.name(NameKind::Role, role)?;
                let (min, max) = match count.as_ref().map(|c| c.node) {
                    None => (1, None),
                    Some(ast::HolderCount::Exactly(n)) => (n, Some(n)),
                    Some(ast::HolderCount::AtLeast(n)) => (n, None),
                    Some(ast::HolderCount::AtMost(n)) => (0, Some(n)),
                };
                RuleKind::Filled { role, min, max }
            }
            Statement::Headcount { unit, max } => RuleKind::Headcount {
                unit: self.name(NameKind::Unit, unit)?,
                max: max.node,
            },
            Statement::Term { length, target } => {
                let length_d = self.duration(scope, length)?;
                if length_d.amount == 0 {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        length.span,
                        "a term of zero has always expired",
                        "give the length of the term, such as `3 years`",
                    );
                }
                let target = match &target.node {
                    ast::TermTarget::Level(l) => TermTarget::Level(*l),
                    ast::TermTarget::Role(r) => TermTarget::Role(self.name(NameKind::Role, r)?),
                };
                RuleKind::Term {
                    length: length_d,
                    target,
                }
            }
            Statement::EveryUnitHasHead => RuleKind::EveryUnitHasHead,
            Statement::EveryPersonHasManager => RuleKind::EveryPersonHasManager,
            Statement::EveryRoleWithinSeats => RuleKind::EveryRoleWithinSeats,
            Statement::NoReportingCycles => RuleKind::NoReportingCycles,
            Statement::LimitRow { band, party } => {
                let over = band.over.as_ref().and_then(|a| self.money(a));
                let up_to = band.up_to.as_ref().and_then(|a| self.money(a));
                let party = self.party(scope, party)?;
                RuleKind::Limits {
                    bands: vec![Band {
                        over,
                        up_to,
                        party,
                        loc: self.loc(band.span),
                    }],
                }
            }
            Statement::Field { field, rule } => self.field_rule(scope, field, rule)?,
            Statement::Cite { .. }
            | Statement::Severity(_)
            | Statement::Param { .. }
            | Statement::Kind(_)
            | Statement::When(_) => return None,
        })
    }

    fn field_rule(
        &mut self,
        scope: &mut Scope,
        field: &Spanned<ast::FieldPath>,
        rule: &Spanned<ast::FieldRule>,
    ) -> Option<RuleKind> {
        let subject = scope.id.to_string();
        Some(match &rule.node {
            ast::FieldRule::Deadline(due) => RuleKind::Deadline {
                field: self.field(scope, field, Use::Time)?,
                due: self.date(scope, due)?,
            },
            ast::FieldRule::Window { from, to } => {
                let field = self.field(scope, field, Use::Time)?;
                let from_d = self.date(scope, from);
                let to_d = to.as_ref().and_then(|t| self.date(scope, t));
                if let (Some(a), Some(b)) = (&from_d, &to_d) {
                    let period = dates::sample_period(sample_unit(&[a, b]));
                    let calendar = time::Calendar::weekends_only();
                    let (da, db) = (
                        dates::resolve(a, &period, &calendar),
                        dates::resolve(b, &period, &calendar),
                    );
                    if da > db {
                        let finding = Finding::new(
                            Check::PolicyError,
                            &subject,
                            format!("the window closes before it opens (for a record of {period}: from {da} to {db})"),
                        )
                        .at(self.loc(rule.span))
                        .label("inverted window")
                        .help("swap the two dates, or say which year each belongs to (`of previous year`)");
                        self.errors.push(finding);
                    }
                }
                RuleKind::Window {
                    field,
                    from: from_d,
                    to: to_d,
                }
            }
            ast::FieldRule::LastDays { first, days, of } => {
                if days.node == 0 {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        days.span,
                        "a window of 0 days is empty",
                        "give the number of days, such as `in last 7 days of previous month`",
                    );
                }
                let limit = match of.node.unit {
                    Some(crate::vocab::PeriodUnit::Week) => 7,
                    Some(crate::vocab::PeriodUnit::Month) => 28,
                    Some(crate::vocab::PeriodUnit::Day) => 1,
                    _ => 181,
                };
                if days.node > limit {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        days.span,
                        format!(
                            "{} days do not fit in a {}",
                            days.node,
                            fmt::period_ref(&of.node)
                        ),
                        format!("at most {limit} days"),
                    );
                }
                RuleKind::LastDays {
                    field: self.field(scope, field, Use::Time)?,
                    first: *first,
                    days: days.node,
                    of: of.node,
                }
            }
            ast::FieldRule::Offset {
                within,
                relation,
                other,
            } => {
                let within_d = self.duration(scope, within)?;
                if within_d.amount == 0 {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        within.span,
                        "a window of zero length can never be met",
                        "give the allowed span, such as `24h`",
                    );
                }
                RuleKind::Offset {
                    field: self.field(scope, field, Use::Time)?,
                    other: self.field(scope, other, Use::Time)?,
                    within: within_d,
                    relation: *relation,
                }
            }
            ast::FieldRule::Margin {
                margin,
                relation,
                other,
            } => RuleKind::Margin {
                field: self.field(scope, field, Use::Time)?,
                other: self.field(scope, other, Use::Time)?,
                margin: self.duration(scope, margin)?,
                relation: *relation,
            },
            ast::FieldRule::Order {
                negated,
                relation,
                other,
            } => {
                let relation = match (negated, relation) {
                    (false, r) => *r,
                    (true, ast::Relation::Before) => ast::Relation::After,
                    (true, _) => ast::Relation::Before,
                };
                if field.node == other.node {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        rule.span,
                        "a field compared with itself",
                        "name two different fields",
                    );
                }
                RuleKind::Order {
                    field: self.field(scope, field, Use::Time)?,
                    other: self.field(scope, other, Use::Time)?,
                    relation,
                }
            }
            ast::FieldRule::Is(party) => {
                let f = self.field(scope, field, Use::Party)?;
                let p = self.party(scope, party)?;
                self.check_party_fits(&subject, &f, &p, party.span);
                RuleKind::Is { field: f, party: p }
            }
            ast::FieldRule::Count {
                at_least,
                count,
                unless,
            } => {
                let f = self.field(scope, field, Use::Count)?;
                let unless = unless.as_ref().and_then(|u| self.cond(scope, &u.node));
                let (min, max) = if *at_least {
                    (Some(count.node), None)
                } else {
                    (None, Some(count.node))
                };
                RuleKind::Count {
                    field: f,
                    min,
                    max,
                    unless,
                }
            }
            ast::FieldRule::Range { min, max, unless } => {
                if min.node > max.node {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        rule.span,
                        format!("the range {}–{} is empty", min.node, max.node),
                        "the smaller number comes first",
                    );
                }
                let f = self.field(scope, field, Use::Count)?;
                let unless = unless.as_ref().and_then(|u| self.cond(scope, &u.node));
                RuleKind::Count {
                    field: f,
                    min: Some(min.node),
                    max: Some(max.node),
                    unless,
                }
            }
        })
    }

    /// Checks that need every rule of the clause: chains, orders, limit tables.
    fn check_rules(
        &mut self,
        scope: &Scope,
        rules: &mut Vec<Rule>,
        name_span: Span,
        stated: &Stated,
    ) {
        let subject = scope.id.to_string();
        let distinct = rules
            .iter()
            .any(|r| matches!(r.kind, RuleKind::SignersDistinct));
        let (has_signed, has_reviewed) = (stated.signed, stated.reviewed);
        let mut problems: Vec<(Span, String, String, bool)> = Vec::new();
        for rule in rules.iter() {
            match &rule.kind {
                RuleKind::Signed { steps, .. } => {
                    let mut seen: HashMap<String, Loc> = HashMap::new();
                    for step in steps {
                        let key = step.party.to_string();
                        if let Some(first) = seen.get(&key) {
                            let _ = first;
                            problems.push((
                                step.loc.span,
                                format!("the chain names {key} twice"),
                                if distinct {
                                    "signers must be distinct, so one person can never fill both steps: remove one".into()
                                } else {
                                    "one person would sign twice; remove one step".into()
                                },
                                distinct,
                            ));
                        }
                        seen.insert(key, step.loc);
                    }
                }
                RuleKind::SignersDistinct if !has_signed => problems.push((
                    rule.loc.span,
                    "`signers distinct` with no `signed by` chain".into(),
                    "add the chain whose signers must be different people".into(),
                    true,
                )),
                RuleKind::SignedBefore(_) if !has_signed => problems.push((
                    rule.loc.span,
                    "`signed before` with no `signed by` chain".into(),
                    "say who signs with `signed by …`".into(),
                    true,
                )),
                RuleKind::ReviewedBefore(_) if !has_reviewed => problems.push((
                    rule.loc.span,
                    "`reviewed before` with no `reviewed by` chain".into(),
                    "say who reviews with `reviewed by …`".into(),
                    true,
                )),
                _ => {}
            }
        }
        for (span, message, help, error) in problems {
            if error {
                self.error(Check::PolicyError, &subject, span, message, help);
            } else {
                self.warn(&subject, span, message, help);
            }
        }
        // One clause, one authority table: merge the rows, then look for gaps and overlaps.
        let mut bands: Vec<Band> = Vec::new();
        let mut table_loc = None;
        rules.retain(|r| match &r.kind {
            RuleKind::Limits { bands: b } => {
                bands.extend(b.iter().cloned());
                table_loc.get_or_insert(r.loc);
                false
            }
            _ => true,
        });
        if let Some(loc) = table_loc {
            self.check_limits(&subject, &mut bands, name_span);
            rules.push(Rule {
                kind: RuleKind::Limits { bands },
                loc,
                when: Vec::new(),
            });
        }
    }

    fn check_limits(&mut self, subject: &str, bands: &mut [Band], name_span: Span) {
        let currencies: BTreeSet<Option<&str>> = bands
            .iter()
            .flat_map(|b| [b.over.as_ref(), b.up_to.as_ref()])
            .flatten()
            .map(|m| m.currency.as_deref())
            .collect();
        if currencies.len() > 1 {
            self.error(
                Check::PolicyError,
                subject,
                name_span,
                "the authority table mixes currencies",
                "write every amount in one currency",
            );
        }
        for band in bands.iter() {
            if let (Some(lo), Some(hi)) = (&band.over, &band.up_to)
                && lo.units >= hi.units
            {
                self.errors.push(
                    Finding::new(
                        Check::PolicyError,
                        subject,
                        format!("the row covers no amount: over {lo} up to {hi}"),
                    )
                    .at(band.loc)
                    .help("the lower bound comes first"),
                );
            }
        }
        bands.sort_by_key(|b| {
            (
                b.over.as_ref().map_or(0, |m| m.units),
                b.up_to.as_ref().map_or(i128::MAX, |m| m.units),
            )
        });
        let mut covered_to: Option<(i128, Loc)> = Some((0, Loc::new(self.file, name_span)));
        for band in bands.iter() {
            let lo = band.over.as_ref().map_or(0, |m| m.units);
            match covered_to {
                None => {
                    self.errors.push(
                        Finding::new(
                            Check::PolicyError,
                            subject,
                            "the authority table overlaps: a row above has no upper bound",
                        )
                        .at(band.loc)
                        .help("give the open-ended row (`over …`) the highest lower bound"),
                    );
                }
                Some((to, prev)) if lo > to => {
                    self.errors.push(
                        Finding::new(
                            Check::PolicyError,
                            subject,
                            format!("the authority table has a gap: amounts over {} up to {} are covered by no row", money_text(to), money_text(lo)),
                        )
                        .at(band.loc)
                        .related("the row below ends here", prev)
                        .help("make each row start where the previous one ends"),
                    );
                }
                Some((to, prev)) if lo < to => {
                    self.errors.push(
                        Finding::new(
                            Check::PolicyError,
                            subject,
                            format!("the authority table overlaps: amounts over {} up to {} are covered by two rows", money_text(lo), money_text(to)),
                        )
                        .at(band.loc)
                        .related("the other row", prev)
                        .help("make each row start where the previous one ends"),
                    );
                }
                _ => {}
            }
            covered_to = band.up_to.as_ref().map(|hi| {
                (
                    covered_to.map_or(hi.units, |(to, _)| to.max(hi.units)),
                    band.loc,
                )
            });
        }
    }

    fn check_cadence(&mut self, subject: &str, cadence: &Spanned<ast::Cadence>) {
        match cadence.node {
            ast::Cadence::NthWeekday(ast::Ordinal::Nth(5), w) => self.error(
                Check::PolicyError,
                subject,
                cadence.span,
                format!(
                    "not every month has a fifth {}: this cadence can never be met",
                    w.keyword()
                ),
                format!("use `last {} of month`", w.keyword()),
            ),
            ast::Cadence::DayOfMonth(d) if d == 0 || d > 28 => self.error(
                Check::PolicyError,
                subject,
                cadence.span,
                format!("not every month has a day {d}: this cadence can never be met"),
                "use `last day of month`, or a day from 1 to 28",
            ),
            _ => {}
        }
    }

    /// A party inside the party rule must fit the field's type.
    fn check_party_fits(&mut self, subject: &str, field: &Field, party: &Party, span: Span) {
        let FieldType::Ref(collections) = field.ty else {
            return;
        };
        if let Party::Either(alternatives) = party {
            for a in alternatives {
                self.check_party_fits(subject, field, a, span);
            }
            return;
        }
        let ok = match party {
            Party::Either(_) => true,
            Party::Body(_) => collections.contains(&"bodies"),
            Party::Unit(_) => collections.contains(&"units"),
            Party::Role(_)
            | Party::Person(_)
            | Party::Head(_)
            | Party::Overseer(_)
            | Party::Superior(_) => collections.contains(&"people"),
        };
        if !ok {
            self.error(
                Check::PolicyError,
                subject,
                span,
                format!(
                    "`{}` holds {}, so it can never be {party}",
                    field.path,
                    collections.join(" or ")
                ),
                "name a party of the kind the field holds",
            );
        }
    }

    // ── pieces ──

    fn chain(&mut self, scope: &mut Scope, chain: &ast::Chain) -> Option<(Vec<Step>, bool)> {
        let subject = scope.id.to_string();
        let ordered = chain.links.first().is_none_or(|l| l.node == Link::Then);
        if let Some(mixed) = chain
            .links
            .iter()
            .find(|l| (l.node == Link::Then) != ordered)
        {
            self.error(
                Check::PolicyError,
                &subject,
                mixed.span,
                "a chain mixes `then` and `and`",
                "use `then` for signers in order or `and` for signers in any order; split the rest into another statement",
            );
        }
        let mut steps = Vec::new();
        for (i, step) in chain.steps.iter().enumerate() {
            if step.last && i + 1 != chain.steps.len() {
                self.error(
                    Check::PolicyError,
                    &subject,
                    step.span,
                    "only the final step can be `last`",
                    "move the step to the end of the chain",
                );
            }
            let party = self.party(scope, &step.party)?;
            steps.push(Step {
                party,
                last: step.last,
                loc: self.loc(step.span),
            });
        }
        Some((steps, ordered))
    }

    fn party(&mut self, scope: &mut Scope, party: &Spanned<ast::Party>) -> Option<Party> {
        Some(match &party.node {
            ast::Party::Role(n) => Party::Role(self.name(NameKind::Role, n)?),
            ast::Party::Body(n) => Party::Body(self.name(NameKind::Body, n)?),
            ast::Party::Unit(n) => Party::Unit(self.name(NameKind::Unit, n)?),
            ast::Party::Person(n) => Party::Person(Name {
                kind: NameKind::Person,
                text: n.node.clone(),
                aliases: Vec::new(),
                loc: self.loc(n.span),
            }),
            ast::Party::Head(u) => Party::Head(self.unit_ref(scope, u, party.span)?),
            ast::Party::Overseer(u) => Party::Overseer(self.unit_ref(scope, u, party.span)?),
            ast::Party::Superior(f) => {
                self.person_field(scope, *f, party.span)?;
                Party::Superior(*f)
            }
            ast::Party::Either(alternatives) => {
                // Lower every alternative, so that each reports its own mistakes.
                let lowered: Vec<Option<Party>> =
                    alternatives.iter().map(|a| self.party(scope, a)).collect();
                Party::Either(lowered.into_iter().collect::<Option<Vec<_>>>()?)
            }
        })
    }

    fn unit_ref(&mut self, scope: &mut Scope, unit: &ast::UnitRef, span: Span) -> Option<UnitRef> {
        Some(match unit {
            ast::UnitRef::Named(n) => UnitRef::Named(self.name(NameKind::Unit, n)?),
            ast::UnitRef::Of(f) => {
                self.person_field(scope, *f, span)?;
                UnitRef::Of(*f)
            }
        })
    }

    /// The person fields of each record collection.
    fn person_field(&mut self, scope: &Scope, field: PersonField, span: Span) -> Option<()> {
        let Some(collection) = scope.collection() else {
            // Delegation authorizers and limit rows use parties without a record.
            self.error(
                Check::PolicyError,
                scope.id.as_ref(),
                span,
                format!(
                    "`{}` refers to a record, and a `{}` clause has none",
                    field.keyword(),
                    scope.kind.keyword()
                ),
                "name a role instead",
            );
            return None;
        };
        let allowed = collection.person_fields();
        if allowed.contains(&field) {
            return Some(());
        }
        let names: Vec<&str> = allowed.iter().map(|f| f.keyword()).collect();
        self.error(
            Check::PolicyError,
            scope.id.as_ref(),
            span,
            format!("{collection} have no `{}`", field.keyword()),
            format!("{collection} name their people in {}", names.join(", ")),
        );
        None
    }

    fn name(&mut self, kind: NameKind, text: &Spanned<String>) -> Option<Name> {
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
                    format!(
                        "declare it: `{} {}` (or fix the name)",
                        kind.keyword(),
                        fmt::name(&text.node)
                    )
                });
                self.errors.push(
                    Finding::new(
                        Check::UnknownReference,
                        text.node.clone(),
                        format!("undeclared {} `{}`", kind.keyword(), text.node),
                    )
                    .at(loc)
                    .label("not declared")
                    .help(help),
                );
                None
            }
        }
    }

    fn field(
        &mut self,
        scope: &Scope,
        path: &Spanned<ast::FieldPath>,
        usage: Use,
    ) -> Option<Field> {
        let subject = scope.id.to_string();
        let collection = scope.collection()?;
        let text = path.node.as_str();
        // `requester.unit`: the unit of a person on the record.
        if let Some(person) = text.strip_suffix(".unit")
            && let Some(pf) = PersonField::from_keyword(person)
        {
            self.person_field(scope, pf, path.span)?;
            return Some(Field {
                path: text.to_string(),
                ty: FieldType::Ref(&["units"]),
            });
        }
        // `signed` and `reviewed`: when the last required signature or review was given.
        if matches!(text, "signed" | "reviewed") && usage == Use::Time {
            return Some(Field {
                path: text.to_string(),
                ty: FieldType::Timestamp,
            });
        }
        let Some(ty) = schema::record_field_type(collection, text) else {
            let fields = schema::collection(collection.name())
                .map(|c| c.fields)
                .unwrap_or_default();
            let candidates: Vec<&str> = fields.iter().map(|f| f.name).collect();
            let help = suggest::did_you_mean(text, &candidates).unwrap_or_else(|| {
                format!(
                    "{collection} have {}; extra fields go under `attrs.`",
                    candidates.join(", ")
                )
            });
            self.error(
                Check::UnknownReference,
                &subject,
                path.span,
                format!("{collection} have no field `{text}`"),
                help,
            );
            return None;
        };
        let ok = match usage {
            Use::Time => ty.is_time() || ty == FieldType::Attrs,
            Use::Count => matches!(ty, FieldType::Integer | FieldType::Attrs),
            Use::Party => matches!(ty, FieldType::Ref(_) | FieldType::Attrs),
            Use::Condition => true,
        };
        if !ok {
            let wanted = match usage {
                Use::Time => "a date or timestamp",
                Use::Count => "a whole number",
                _ => "a person, unit or body",
            };
            let help = match (text, usage) {
                ("signatures" | "reviews", Use::Time) => {
                    "to order signing and reviewing, write `reviewed before signed` or `signed before reviewed`"
                }
                _ => "name a field of the right type, or an `attrs.` field",
            };
            self.error(
                Check::PolicyError,
                &subject,
                path.span,
                format!("`{text}` holds {}, not {wanted}", ty.describe()),
                help,
            );
            return None;
        }
        Some(Field {
            path: text.to_string(),
            ty,
        })
    }

    fn target(&mut self, scope: &Scope, target: &Spanned<ast::OrderTarget>) -> Option<Target> {
        Some(match &target.node {
            ast::OrderTarget::Signed => Target::Signed,
            ast::OrderTarget::Reviewed => Target::Reviewed,
            ast::OrderTarget::Field(f) => Target::Field(self.field(
                scope,
                &Spanned::new(f.clone(), target.span),
                Use::Time,
            )?),
        })
    }

    fn param_ref(&mut self, scope: &mut Scope, name: &str, span: Span) -> Option<ParamValue> {
        match scope.params.iter().find(|p| p.name == name) {
            Some(p) => {
                scope.used_params.insert(name.to_string());
                Some(p.value.clone())
            }
            None => {
                let names: Vec<&str> = scope.params.iter().map(|p| p.name.as_str()).collect();
                let help = suggest::did_you_mean(name, &names)
                    .unwrap_or_else(|| format!("declare it: `param {name} = …`"));
                self.error(
                    Check::UnknownReference,
                    scope.id.as_ref(),
                    span,
                    format!("unknown parameter `{name}`"),
                    help,
                );
                None
            }
        }
    }

    fn duration(&mut self, scope: &mut Scope, d: &Spanned<ast::DurationExpr>) -> Option<Duration> {
        match &d.node {
            ast::DurationExpr::Literal(l) => Some(Duration {
                amount: l.amount,
                unit: l.unit,
            }),
            ast::DurationExpr::Param(name) => match self.param_ref(scope, name, d.span)? {
                ParamValue::Duration(d) => Some(d),
                other => {
                    self.error(
                        Check::PolicyError,
                        scope.id.as_ref(),
                        d.span,
                        format!("parameter `{name}` holds {}, not a duration", other.kind()),
                        "give it a duration such as `3 days`",
                    );
                    None
                }
            },
        }
    }

    fn date(&mut self, scope: &mut Scope, d: &Spanned<ast::DateExpr>) -> Option<DateSpec> {
        let subject = scope.id.to_string();
        let year = |of: &Option<ast::PeriodRef>| {
            of.unwrap_or(ast::PeriodRef {
                shift: 0,
                unit: Some(crate::vocab::PeriodUnit::Year),
            })
        };
        let anchor = match &d.anchor.node {
            ast::Anchor::Edge { start, of } => Anchor::Edge {
                start: *start,
                of: *of,
            },
            ast::Anchor::Day { day, of } => {
                if *day == 0 || *day > 31 {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        d.anchor.span,
                        format!("no month has a day {day}"),
                        "use a day from 1 to 31, or `end of month`",
                    );
                }
                Anchor::Day {
                    day: *day,
                    of: of.unwrap_or(ast::PeriodRef {
                        shift: 0,
                        unit: Some(crate::vocab::PeriodUnit::Month),
                    }),
                }
            }
            ast::Anchor::Weekday { weekday, of } => Anchor::Weekday {
                weekday: *weekday,
                of: of.unwrap_or(ast::PeriodRef {
                    shift: 0,
                    unit: Some(crate::vocab::PeriodUnit::Week),
                }),
            },
            ast::Anchor::MonthDay { date, of } => {
                self.check_month_day(&subject, *date, d.anchor.span);
                Anchor::MonthDay {
                    date: *date,
                    of: year(of),
                }
            }
            ast::Anchor::Date(date) => Anchor::Date(self.civil(&subject, *date, d.anchor.span)?),
            ast::Anchor::Param { name, of } => match self.param_ref(scope, name, d.anchor.span)? {
                ParamValue::MonthDay(md) => Anchor::MonthDay {
                    date: md,
                    of: year(of),
                },
                ParamValue::Date(date) => Anchor::Date(date),
                other => {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        d.anchor.span,
                        format!("parameter `{name}` holds {}, not a date", other.kind()),
                        "give it a month-day such as `01-31`",
                    );
                    return None;
                }
            },
        };
        let offset = match &d.offset {
            Some((sign, dur)) => {
                let duration = self.duration(scope, dur)?;
                if duration.is_exact() {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        dur.span,
                        "a date moves by whole days, weeks, months or years",
                        "use days (`- 1 day`) or working days",
                    );
                    return None;
                }
                Some((if *sign == ast::Sign::Plus { 1 } else { -1 }, duration))
            }
            None => None,
        };
        Some(DateSpec {
            anchor,
            offset,
            loc: self.loc(d.span),
        })
    }

    fn check_month_day(&mut self, subject: &str, md: ast::MonthDay, span: Span) {
        // 2024 is a leap year: 02-29 is accepted (and means the last day of February otherwise).
        if let Err(e) = time::civil_date(2024, md.month as i16, md.day as i16) {
            self.error(
                Check::PolicyError,
                subject,
                span,
                format!("`{}` is not a day of the year: {e}", fmt::month_day(md)),
                "write the month, then the day: `12-20`",
            );
        }
    }

    fn civil(&mut self, subject: &str, date: ast::Date, span: Span) -> Option<jiff::civil::Date> {
        match time::civil_date(date.year, date.month as i16, date.day as i16) {
            Ok(d) => Some(d),
            Err(e) => {
                self.error(
                    Check::PolicyError,
                    subject,
                    span,
                    format!("`{}` is not a date: {e}", fmt::full_date(date)),
                    "write a real date",
                );
                None
            }
        }
    }

    fn money(&mut self, amount: &Spanned<ast::Amount>) -> Option<Money> {
        let scale = amount.scale.map_or(1, ast::Scale::factor);
        let currency = amount.currency.as_ref().map(|c| {
            if c == "元" {
                "CNY".to_string()
            } else {
                c.clone()
            }
        });
        let money = Money::parse(&amount.digits, scale, currency);
        if money.is_none() {
            self.errors.push(
                Finding::new(
                    Check::PolicyError,
                    amount.digits.clone(),
                    format!(
                        "`{}` is not an amount zhidu can compare exactly",
                        fmt::amount(amount)
                    ),
                )
                .at(self.loc(amount.span))
                .help("use at most four decimals"),
            );
        }
        money
    }

    fn param_value(&mut self, value: &ast::ParamValue, span: Span, subject: &str) -> ParamValue {
        match value {
            ast::ParamValue::Duration(d) => ParamValue::Duration(Duration {
                amount: d.amount,
                unit: d.unit,
            }),
            ast::ParamValue::Date(d) => ParamValue::Date(
                self.civil(subject, *d, span)
                    .unwrap_or(jiff::civil::Date::MIN),
            ),
            ast::ParamValue::MonthDay(md) => {
                self.check_month_day(subject, *md, span);
                ParamValue::MonthDay(*md)
            }
            ast::ParamValue::Amount(a) => {
                ParamValue::Money(self.money(&Spanned::new(a.clone(), span)).unwrap_or(Money {
                    units: 0,
                    currency: None,
                }))
            }
        }
    }

    /// Replaces parameter defaults with the values `zhidu.toml` sets for this clause.
    fn apply_overrides(&mut self, scope: &mut Scope, overrides: &[ParamOverride]) {
        for o in overrides {
            if !glob_matches(&o.clauses, &scope.id) {
                continue;
            }
            let Some(param) = scope.params.iter_mut().find(|p| p.name == o.name) else {
                // Reported once per override in `check_overrides_match` when no clause has it.
                continue;
            };
            match parse_override(&o.value, &param.default) {
                Ok(value) => param.value = value,
                Err(message) => {
                    let mut finding = Finding::new(
                        Check::DataError,
                        scope.id.to_string(),
                        format!(
                            "`{}` is not a valid value for parameter `{}` of `{}`: {message}",
                            o.value, o.name, scope.id
                        ),
                    )
                    .help(format!(
                        "the default is `{}` ({})",
                        param.default,
                        param.default.kind()
                    ));
                    finding.location = o.loc;
                    self.errors.push(finding);
                }
            }
        }
    }

    fn cond(&mut self, scope: &mut Scope, c: &ast::Cond) -> Option<Cond> {
        Some(match c {
            ast::Cond::Or(parts) => {
                Cond::Or(parts.iter().filter_map(|p| self.cond(scope, p)).collect())
            }
            ast::Cond::And(parts) => {
                Cond::And(parts.iter().filter_map(|p| self.cond(scope, p)).collect())
            }
            ast::Cond::Not(inner) => Cond::Not(Box::new(self.cond(scope, inner)?)),
            ast::Cond::Group(inner) => self.cond(scope, inner)?,
            ast::Cond::Present(f) => Cond::Present(self.field(scope, f, Use::Condition)?),
            ast::Cond::Compare { field, op, value } => {
                let f = self.field(scope, field, Use::Condition)?;
                let v = match &value.node {
                    ast::Value::Level(l) => Value::Level(*l),
                    ast::Value::Bool(b) => Value::Bool(*b),
                    ast::Value::Date(d) => {
                        Value::Date(self.civil(scope.id.as_ref(), *d, value.span)?)
                    }
                    ast::Value::MonthDay(_) => {
                        self.error(
                            Check::PolicyError,
                            scope.id.as_ref(),
                            value.span,
                            "a month-day has no year to compare with",
                            "write a full date: `2026-12-20`",
                        );
                        return None;
                    }
                    ast::Value::Amount(a) => {
                        Value::Number(self.money(&Spanned::new(a.clone(), value.span))?)
                    }
                    ast::Value::Text(t) | ast::Value::Word(t) => Value::Text(t.clone()),
                };
                if matches!(f.ty, FieldType::Word(words) if words == schema::LEVELS)
                    && !matches!(v, Value::Level(_))
                {
                    self.error(
                        Check::PolicyError,
                        scope.id.as_ref(),
                        value.span,
                        "`level` is compared with a level",
                        format!("one of {}", schema::LEVELS.join(", ")),
                    );
                    return None;
                }
                Cond::Compare {
                    field: f,
                    op: *op,
                    value: v,
                }
            }
        })
    }
}

/// Which kinds of statement a clause body holds, whether or not they lowered cleanly (so that one
/// error does not cause a second, misleading one).
#[derive(Default)]
struct Stated {
    duty: bool,
    signed: bool,
    reviewed: bool,
}

impl Stated {
    fn of(lines: &[Spanned<ast::Line>]) -> Stated {
        let mut stated = Stated::default();
        stated.visit(lines);
        stated
    }

    fn visit(&mut self, lines: &[Spanned<ast::Line>]) {
        for line in lines {
            match &line.kind {
                ast::LineKind::When(block) => {
                    self.duty = true;
                    self.visit(&block.body);
                }
                ast::LineKind::Statement(s) => match s {
                    Statement::Cite { .. }
                    | Statement::Severity(_)
                    | Statement::Param { .. }
                    | Statement::Kind(_)
                    | Statement::When(_) => {}
                    Statement::Signed(_) => (self.duty, self.signed) = (true, true),
                    Statement::Reviewed(_) => (self.duty, self.reviewed) = (true, true),
                    _ => self.duty = true,
                },
                ast::LineKind::Comment(_) => {}
            }
        }
    }
}

/// The finest unit a pair of date expressions refers to, for a sample period.
fn sample_unit(specs: &[&DateSpec]) -> crate::vocab::PeriodUnit {
    specs
        .iter()
        .filter_map(|s| match &s.anchor {
            Anchor::Edge { of, .. }
            | Anchor::Day { of, .. }
            | Anchor::Weekday { of, .. }
            | Anchor::MonthDay { of, .. } => of.unit,
            Anchor::Date(_) => None,
        })
        .max()
        .unwrap_or(crate::vocab::PeriodUnit::Year)
}

fn money_text(units: i128) -> String {
    Money {
        units,
        currency: None,
    }
    .to_string()
}

/// Parses a `zhidu.toml` parameter value as the same type as the default.
fn parse_override(text: &str, default: &ParamValue) -> Result<ParamValue, String> {
    let whole = |rule: Grammar| -> Result<(), String> {
        match ZhiduParser::parse(rule, text).map(|mut p| p.next().map(|p| p.as_str().len())) {
            Ok(Some(len)) if len == text.len() => Ok(()),
            _ => Err(format!("expected {}", default.kind())),
        }
    };
    match default {
        ParamValue::MonthDay(_) => {
            whole(Grammar::month_day)?;
            let (m, d) = text.split_once('-').unwrap_or(("0", "0"));
            let md = ast::MonthDay {
                month: m.parse().unwrap_or(0),
                day: d.parse().unwrap_or(0),
            };
            time::civil_date(2024, md.month as i16, md.day as i16).map(|_| ParamValue::MonthDay(md))
        }
        ParamValue::Date(_) => time::parse_date(text).map(ParamValue::Date),
        ParamValue::Duration(_) => {
            whole(Grammar::duration_literal)?;
            let parsed = super::parse::parse(
                FileId(0),
                "",
                &format!("namespace x\nplan x {{\n  gap at most {text}\n}}\n"),
            );
            parsed
                .file
                .items
                .iter()
                .find_map(|item| match &item.kind {
                    ast::ItemKind::Clause(c) => c.body.iter().find_map(|l| match &l.kind {
                        ast::LineKind::Statement(Statement::Gap { max }) => match &max.node {
                            ast::DurationExpr::Literal(d) => Some(ParamValue::Duration(Duration {
                                amount: d.amount,
                                unit: d.unit,
                            })),
                            ast::DurationExpr::Param(_) => None,
                        },
                        _ => None,
                    }),
                    _ => None,
                })
                .ok_or_else(|| format!("expected {}", default.kind()))
        }
        ParamValue::Money(_) => {
            whole(Grammar::amount)?;
            let (digits, rest) = text.split_at(
                text.find(|c: char| !(c.is_ascii_digit() || c == '.'))
                    .unwrap_or(text.len()),
            );
            let rest = rest.trim();
            let (scale, currency) = match rest.chars().next() {
                Some('万') => (10_000, &rest['万'.len_utf8()..]),
                Some('亿') => (100_000_000, &rest['亿'.len_utf8()..]),
                Some('千') => (1_000, &rest['千'.len_utf8()..]),
                _ => (1, rest),
            };
            let currency = match currency.trim() {
                "" => None,
                "元" => Some("CNY".to_string()),
                c => Some(c.to_string()),
            };
            Money::parse(digits, scale, currency)
                .map(ParamValue::Money)
                .ok_or_else(|| "use at most four decimals".into())
        }
    }
}

/// Overrides whose glob matches no clause, or whose parameter no matching clause has.
fn check_overrides_match(
    clauses: &[Clause],
    overrides: &[ParamOverride],
    errors: &mut Vec<Finding>,
) {
    for o in overrides {
        let matching: Vec<&Clause> = clauses
            .iter()
            .filter(|c| glob_matches(&o.clauses, &c.id))
            .collect();
        let message = if matching.is_empty() {
            let ids: Vec<&str> = clauses.iter().map(|c| c.id.as_ref()).collect();
            let help = suggest::did_you_mean(&o.clauses, &ids)
                .unwrap_or_else(|| "check the clause id with `zhidu list`".into());
            Some((format!("`{}` matches no clause", o.clauses), help))
        } else if !matching
            .iter()
            .any(|c| c.params.iter().any(|p| p.name == o.name))
        {
            let names: Vec<&str> = matching
                .iter()
                .flat_map(|c| c.params.iter().map(|p| p.name.as_str()))
                .collect();
            let help = suggest::did_you_mean(&o.name, &names).unwrap_or_else(|| {
                if names.is_empty() {
                    "these clauses take no parameters".into()
                } else {
                    format!("their parameters: {}", names.join(", "))
                }
            });
            Some((
                format!(
                    "no clause matching `{}` has a parameter `{}`",
                    o.clauses, o.name
                ),
                help,
            ))
        } else {
            None
        };
        if let Some((message, help)) = message {
            let mut finding = Finding::new(Check::DataError, o.clauses.clone(), message).help(help);
            finding.location = o.loc;
            errors.push(finding);
        }
    }
}

/// The first words of a statement, for messages.
fn first_words(statement: &Statement) -> String {
    let text = fmt::statement_text(statement);
    let words: Vec<&str> = text.split_whitespace().take(3).collect();
    words.join(" ")
}
