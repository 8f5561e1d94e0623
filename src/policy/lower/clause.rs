//! One clause: its settings (cite, severity, params, kind, when), then its statements, each
//! checked for the kind of clause it sits in.

use crate::i18n::{Arg, Message};

use super::*;

impl ClauseLowerer<'_> {
    pub(super) fn clause(
        &mut self,
        header: &FileHeader,
        clause: &ast::Clause,
        full: Span,
        overrides: &[ParamOverride],
    ) -> Option<Clause> {
        let errors_before = self.errors.len();
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
        let mut severity: Option<super::lints::SeveritySetting> = None;
        let mut words: Option<&Spanned<String>> = None;
        let mut strict = false;
        let mut kinds: Option<(&KindSel, Span)> = None;
        let mut condition: Option<&Spanned<ast::Cond>> = None;
        let mut waivable: Option<&Spanned<ast::Party>> = None;
        for line in &clause.body {
            let ast::LineKind::Statement(statement) = &line.kind else {
                continue;
            };
            match statement {
                Statement::Cite { article, document } => {
                    if cite.is_some() {
                        self.error(
                            Check::PolicyError,
                            &subject,
                            line.span,
                            Message::new("policy-a-clause-cites-one-article"),
                            Message::new("policy-split-the-clause-or-list-the"),
                        );
                    } else {
                        cite = Some((article, document.as_ref()));
                    }
                }
                Statement::Severity { level, because } => {
                    if severity.is_some() {
                        self.error(
                            Check::PolicyError,
                            &subject,
                            line.span,
                            Message::new("policy-severity-is-set-twice"),
                            Message::new("policy-keep-one"),
                        );
                    }
                    severity = Some((level, because.as_ref(), line.span));
                }
                Statement::Strict => strict = true,
                Statement::Words(w) => {
                    if words.is_some() {
                        self.error(
                            Check::PolicyError,
                            &subject,
                            line.span,
                            Message::new("policy-words-is-set-twice"),
                            Message::new("policy-record-the-one-word-the-cited"),
                        );
                    }
                    words = Some(w);
                }
                Statement::Waivable(p) => {
                    if waivable.is_some() {
                        self.error(
                            Check::PolicyError,
                            &subject,
                            line.span,
                            Message::new("policy-waivable-by-is-set-twice"),
                            Message::new("policy-name-every-party-that-may-waive"),
                        );
                    }
                    waivable = Some(p);
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
                            Message::new("policy-param-twice").arg("name", name.node.as_str()),
                            Message::new("policy-keep-one"),
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
                            Message::new("policy-kind-is-set-twice"),
                            Message::new("policy-list-every-kind-in-one-statement"),
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
                            Message::new("policy-when-is-set-twice"),
                            Message::new("policy-join-the-conditions-with-and"),
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
                    Message::new("policy-no-cite").arg("id", &*id),
                    Message::new("policy-every-clause-says-where-its-duty"),
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
                        Message::new("policy-no-document-to-cite"),
                        Message::new("policy-add-source-document-title-at-the"),
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
                    Message::new("policy-kind-meaningless").arg("kind", scope.kind.keyword()),
                    Message::new("policy-remove-it"),
                );
                KindFilter::Any
            }
            Some((KindSel::Any, _)) => KindFilter::Any,
            Some((KindSel::Kinds(list), _)) => {
                KindFilter::Only(list.iter().map(|k| k.node.clone()).collect())
            }
            Some((KindSel::Param(name), _)) => {
                match self.param_ref(&mut scope, &name.node, name.span) {
                    Some(ParamValue::Kinds(kinds)) => KindFilter::Only(kinds.into_iter().collect()),
                    Some(other) => {
                        self.error(
                            Check::PolicyError,
                            &subject,
                            name.span,
                            Message::new("policy-param-not-kinds")
                                .arg("name", name.node.as_str())
                                .arg("holds", other.kind()),
                            Message::new("policy-give-it-a-list-of-kinds"),
                        );
                        KindFilter::Any
                    }
                    None => KindFilter::Any,
                }
            }
            None => KindFilter::Only(std::iter::once(clause.name.node.clone()).collect()),
        };
        let condition = match condition {
            Some(c) if !is_record => {
                self.error(
                    Check::PolicyError,
                    &subject,
                    c.span,
                    Message::new("policy-when-meaningless").arg("kind", scope.kind.keyword()),
                    Message::new("policy-remove-it"),
                );
                None
            }
            Some(c) => self.cond(&mut scope, &c.node),
            None => None,
        };

        let waivable_by = match waivable.or(header.waivable.as_ref()) {
            Some(party) if on_record(&party.node) => {
                self.error(
                    Check::PolicyError,
                    &subject,
                    party.span,
                    Message::new("policy-a-waiver-is-approved-outside-any"),
                    Message::new("policy-name-a-role-body-unit-or"),
                );
                None
            }
            Some(party) => self.party(&mut scope, party),
            None => None,
        };

        let (severity, words, severity_reason) = self.severity(&subject, severity, words);

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
                    Message::new("policy-param-unused").arg("name", param.name.as_str()),
                    Message::new("policy-use-it-in-a-statement-or"),
                );
            }
        }
        if !stated.duty && !clause.recovered {
            self.warn(
                &subject,
                clause.name.span,
                Message::new("policy-no-duty").arg("id", &*id),
                Message::new("policy-add-statements-that-say-what-the"),
            );
        }

        // A clause that did not parse whole, or whose own text has an error, is reported and
        // never evaluated: what it would judge is not what it says. (A bad override in
        // zhidu.toml is reported there; the clause keeps its default.)
        let failed = clause.unclosed
            || clause.recovered
            || self.errors[errors_before..].iter().any(|f| {
                f.severity == crate::diagnostic::Severity::Error
                    && f.location.is_some_and(|l| l.file == self.file)
            });
        if failed {
            return None;
        }
        Some(Clause {
            id,
            kind: scope.kind,
            title: clause.title.as_ref().map(|t| t.node.clone()),
            citation,
            severity,
            words,
            severity_reason,
            strict,
            kinds,
            condition,
            params: scope.params,
            rules,
            waivable_by,
            pack: header.pack.as_deref().unwrap_or(&header.namespace).into(),
            loc: self.loc(clause.name.span),
            full: self.loc(full),
        })
    }

    /// Lowers the statements of a body; `when` blocks add their condition to `conds`.
    pub(super) fn lines(
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
                            Message::new("policy-when-blocks-meaningless")
                                .arg("kind", scope.kind.keyword()),
                            Message::new("policy-conditions-select-records-org-delegation-clauses"),
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
                            | Statement::Severity { .. }
                            | Statement::Words(_)
                            | Statement::Strict
                            | Statement::Waivable(_)
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
                                Message::new("policy-clause-settings-belong-at-the-top"),
                                Message::new("policy-move-it-out-of-the-when"),
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
    pub(super) fn home(statement: &Statement) -> &'static [ClauseKind] {
        use ClauseKind::*;
        const RECORDS: &[ClauseKind] = &[Plan, Request, Meeting, Report, Ticket];
        match statement {
            Statement::Filled { .. }
            | Statement::OrgExists { .. }
            | Statement::UnitPosts { .. }
            | Statement::ReportsTo { .. }
            | Statement::BodyChair { .. }
            | Statement::BodyMembers { .. }
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

    pub(super) fn statement(
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
                Message::new("policy-statement-misplaced")
                    .arg("statement", first_words(statement))
                    .arg("kind", scope.kind.keyword()),
                Message::new("policy-statement-belongs").arg("kinds", Arg::list(&places)),
            );
            return None;
        }
        Some(match statement {
            Statement::Exists {
                every,
                per,
                due,
                lenient,
            } => RuleKind::Exists {
                every: every.node,
                per: self.per_department(per.as_ref())?,
                due: due.as_ref().and_then(|d| self.date(scope, d)),
                lenient: *lenient,
            },
            Statement::Every { cadence, per, due } => {
                self.check_cadence(&subject, cadence);
                RuleKind::Every {
                    cadence: cadence.node,
                    per: self.per_department(per.as_ref())?,
                    due: due.as_ref().and_then(|d| self.date(scope, d)),
                }
            }
            Statement::AtLeast { count, per } => {
                let n = self.count(count, &subject);
                if n == 0 {
                    self.warn(
                        &subject,
                        count.span,
                        Message::new("policy-at-least-0-is-always-met"),
                        Message::new("policy-remove-the-statement-or-give-the"),
                    );
                }
                RuleKind::AtLeast {
                    count: n,
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
                        Message::new("policy-a-gap-of-at-most-zero"),
                        Message::new("policy-give-the-longest-allowed-gap-such"),
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
                        Message::new("policy-a-role-cannot-act-for-itself"),
                        Message::new("policy-name-the-deputy-role-first-then"),
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
                        Message::new("policy-separation-of-duties-needs-two-different"),
                        Message::new("policy-name-the-roles-one-person-must"),
                    );
                }
                RuleKind::NotCombined(names)
            }
            Statement::Filled { role, count } => {
                let role = self.name(NameKind::Role, role)?;
                let n = count.as_ref().map(|c| {
                    let (ast::HolderCount::Exactly(n)
                    | ast::HolderCount::AtLeast(n)
                    | ast::HolderCount::AtMost(n)) = c.node;
                    self.count(&Spanned::new(n, c.span), &subject)
                });
                let (min, max) = match (count.as_ref().map(|c| c.node), n) {
                    (Some(ast::HolderCount::Exactly(_)), Some(n)) => (n, Some(n)),
                    (Some(ast::HolderCount::AtLeast(_)), Some(n)) => (n, None),
                    (Some(ast::HolderCount::AtMost(_)), Some(n)) => (0, Some(n)),
                    _ => (1, None),
                };
                RuleKind::Filled { role, min, max }
            }
            Statement::OrgExists { kind, name, under } => match under {
                Some(parent) => RuleKind::UnitUnder {
                    unit: self.name(*kind, name)?,
                    parent: self.name(NameKind::Unit, parent)?,
                },
                None => RuleKind::OrgExists(self.name(*kind, name)?),
            },
            Statement::UnitPosts { unit, posts } => RuleKind::UnitPosts {
                unit: self.name(NameKind::Unit, unit)?,
                posts: posts.iter().map(|p| p.node.clone()).collect(),
            },
            Statement::ReportsTo { head_of, name, to } => RuleKind::ReportsTo {
                head_of: *head_of,
                subject: self.name(
                    if *head_of {
                        NameKind::Unit
                    } else {
                        NameKind::Role
                    },
                    name,
                )?,
                to: self.name(NameKind::Role, to)?,
            },
            Statement::BodyChair { body, chair } => RuleKind::BodyHas {
                body: self.name(NameKind::Body, body)?,
                chair: Some(self.name(NameKind::Role, chair)?),
                members: Vec::new(),
                where_held: false,
            },
            Statement::BodyMembers {
                body,
                members,
                where_held,
            } => RuleKind::BodyHas {
                body: self.name(NameKind::Body, body)?,
                chair: None,
                members: members
                    .iter()
                    .filter_map(|m| match m {
                        ast::Member::Role(r) => self.name(NameKind::Role, r).map(Member::Role),
                        ast::Member::HeadOf(u) => self.name(NameKind::Unit, u).map(Member::HeadOf),
                    })
                    .collect(),
                where_held: *where_held,
            },
            Statement::Headcount { unit, max } => RuleKind::Headcount {
                unit: self.name(NameKind::Unit, unit)?,
                max: self.count(max, &subject),
            },
            Statement::Term { length, target } => {
                let length_d = self.duration(scope, length)?;
                if length_d.amount == 0 {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        length.span,
                        Message::new("policy-a-term-of-zero-has-always"),
                        Message::new("policy-give-the-length-of-the-term"),
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
            | Statement::Severity { .. }
            | Statement::Words(_)
            | Statement::Strict
            | Statement::Waivable(_)
            | Statement::Param { .. }
            | Statement::Kind(_)
            | Statement::When(_) => return None,
        })
    }
}

/// Which kinds of statement a clause body holds, whether or not they lowered cleanly (so that one
/// error does not cause a second, misleading one).
#[derive(Default)]
pub(super) struct Stated {
    pub(super) duty: bool,
    pub(super) signed: bool,
    pub(super) reviewed: bool,
}

impl Stated {
    pub(super) fn of(lines: &[Spanned<ast::Line>]) -> Stated {
        let mut stated = Stated::default();
        stated.visit(lines);
        stated
    }

    pub(super) fn visit(&mut self, lines: &[Spanned<ast::Line>]) {
        for line in lines {
            match &line.kind {
                ast::LineKind::When(block) => {
                    self.duty = true;
                    self.visit(&block.body);
                }
                ast::LineKind::Statement(s) => match s {
                    Statement::Cite { .. }
                    | Statement::Severity { .. }
                    | Statement::Words(_)
                    | Statement::Strict
                    | Statement::Waivable(_)
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

/// The first words of a statement, for messages.
pub(super) fn first_words(statement: &Statement) -> String {
    let text = fmt::statement_text(statement);
    let words: Vec<&str> = text.split_whitespace().take(3).collect();
    words.join(" ")
}

/// Does the party name someone by a record (`head of requester.unit`, `superior of owner`)?
fn on_record(party: &ast::Party) -> bool {
    match party {
        ast::Party::Superior(_)
        | ast::Party::Head(ast::UnitRef::Of(_))
        | ast::Party::Overseer(ast::UnitRef::Of(_)) => true,
        ast::Party::Either(alternatives) => alternatives.iter().any(|a| on_record(&a.node)),
        _ => false,
    }
}
