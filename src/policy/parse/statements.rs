//! Statements, field rules, parties and chains.

use super::*;

impl<'t> FileParser<'t> {
    pub(super) fn parse_statement(&mut self, pair: Pair<'t, Rule>) -> R<Statement> {
        let mut outer = Inner::of(pair);
        let Some(mut pair) = outer.next() else {
            return Err(Bug("statement: empty".into()));
        };
        if pair.as_rule() == Rule::keyword_statement {
            pair = Inner::of(pair)
                .next()
                .ok_or_else(|| Bug("keyword_statement: empty".into()))?;
        }
        let rule = pair.as_rule();
        let mut inner = Inner::of(pair.clone());
        Ok(match rule {
            Rule::cite_stmt => {
                inner.eat(Rule::kw_cite);
                let article = self.parse_string(inner.expect(Rule::string, "cite")?)?;
                inner.eat(Rule::kw_in);
                let document = match inner.take(Rule::string) {
                    Some(s) => Some(self.parse_string(s)?),
                    None => None,
                };
                Statement::Cite { article, document }
            }
            Rule::severity_stmt => {
                inner.eat(Rule::kw_severity);
                let level = inner.expect(Rule::severity_level, "severity")?;
                let severity = match first_inner_rule(&level) {
                    Some(Rule::kw_error) => Severity::Error,
                    Some(Rule::kw_warning) => Severity::Warning,
                    _ => Severity::Info,
                };
                inner.eat(Rule::kw_because);
                let because = match inner.take(Rule::string) {
                    Some(s) => Some(self.parse_string(s)?),
                    None => None,
                };
                Statement::Severity {
                    level: spanned(severity, &level),
                    because,
                }
            }
            Rule::strict_stmt => Statement::Strict,
            Rule::words_stmt => {
                inner.eat(Rule::kw_words);
                Statement::Words(self.parse_string(inner.expect(Rule::string, "words")?)?)
            }
            Rule::waivable_stmt => {
                inner.eat(Rule::kw_waivable);
                inner.eat(Rule::kw_by);
                Statement::Waivable(self.parse_party(inner.expect(Rule::party, "waivable")?)?)
            }
            Rule::param_stmt => {
                inner.eat(Rule::kw_param);
                let name = inner.expect(Rule::ident, "param")?;
                let value = inner.expect(Rule::param_value, "param")?;
                let description = match inner.take(Rule::string) {
                    Some(s) => Some(self.parse_string(s)?),
                    None => None,
                };
                Statement::Param {
                    name: spanned(name.as_str().to_string(), &name),
                    value: self.parse_param_value(value)?,
                    description,
                }
            }
            Rule::kind_stmt => {
                inner.eat(Rule::kw_kind);
                if inner.eat(Rule::kw_any) {
                    Statement::Kind(KindSel::Any)
                } else if inner.eat(Rule::kw_param) {
                    let name = inner.expect(Rule::ident, "kind param")?;
                    Statement::Kind(KindSel::Param(spanned(name.as_str().to_string(), &name)))
                } else {
                    let mut kinds = Vec::new();
                    while let Some(kind) = inner.take(Rule::kind_name) {
                        let name = Inner::of(kind).expect(Rule::name, "kind")?;
                        kinds.push(self.parse_name(name)?);
                    }
                    Statement::Kind(KindSel::Kinds(kinds))
                }
            }
            Rule::when_stmt => {
                inner.eat(Rule::kw_when);
                Statement::When(self.parse_condition(inner.expect(Rule::condition, "when")?)?)
            }
            Rule::exists_stmt => {
                inner.eat(Rule::kw_exists);
                inner.eat(Rule::kw_every);
                let unit = inner.expect(Rule::period_unit, "exists")?;
                let every = spanned(parse_period_unit(&unit)?, &unit);
                let per = match inner.take(Rule::per_party) {
                    Some(p) => Some(self.parse_per_party(p)?),
                    None => None,
                };
                inner.eat(Rule::kw_by);
                let (due, lenient) =
                    match (inner.take(Rule::date_expr), inner.take(Rule::missing_after)) {
                        (Some(d), _) => (Some(self.parse_date_expr(d)?), false),
                        (None, Some(m)) => (Some(self.parse_missing_after(m)?), true),
                        (None, None) => (None, false),
                    };
                Statement::Exists {
                    every,
                    per,
                    due,
                    lenient,
                }
            }
            Rule::every_stmt => {
                inner.eat(Rule::kw_every);
                let cadence = self.parse_cadence(inner.expect(Rule::cadence, "every")?)?;
                let per = match inner.take(Rule::per_party) {
                    Some(p) => Some(self.parse_per_party(p)?),
                    None => None,
                };
                inner.eat(Rule::kw_by);
                let due = match inner.take(Rule::date_expr) {
                    Some(d) => Some(self.parse_date_expr(d)?),
                    None => None,
                };
                Statement::Every { cadence, per, due }
            }
            Rule::every_org_stmt => {
                inner.eat(Rule::kw_every);
                let which = inner.next().ok_or_else(|| Bug("every_org: empty".into()))?;
                match which.as_rule() {
                    Rule::unit_has_head => Statement::EveryUnitHasHead,
                    Rule::person_has_manager => Statement::EveryPersonHasManager,
                    Rule::role_within_seats => Statement::EveryRoleWithinSeats,
                    _ => return bug("every_org", &which),
                }
            }
            Rule::at_least_stmt => {
                inner.eat(Rule::kw_at);
                inner.eat(Rule::kw_least);
                let count = self.parse_u32(inner.expect(Rule::integer, "at least")?)?;
                inner.eat(Rule::kw_per);
                let unit = inner.expect(Rule::period_unit, "at least")?;
                Statement::AtLeast {
                    count,
                    per: spanned(parse_period_unit(&unit)?, &unit),
                }
            }
            Rule::gap_stmt => {
                inner.eat(Rule::kw_gap);
                inner.eat(Rule::kw_at);
                inner.eat(Rule::kw_most);
                Statement::Gap {
                    max: self.parse_duration(inner.expect(Rule::duration, "gap")?)?,
                }
            }
            Rule::signed_stmt => {
                inner.eat(Rule::kw_signed);
                inner.eat(Rule::kw_by);
                Statement::Signed(self.parse_chain(inner.expect(Rule::chain, "signed")?)?)
            }
            Rule::reviewed_stmt => {
                inner.eat(Rule::kw_reviewed);
                inner.eat(Rule::kw_by);
                Statement::Reviewed(self.parse_chain(inner.expect(Rule::chain, "reviewed")?)?)
            }
            Rule::signed_order_stmt | Rule::reviewed_order_stmt => {
                inner.next();
                inner.eat(Rule::kw_before);
                let target = inner.next().ok_or_else(|| Bug("order: empty".into()))?;
                let node = match target.as_rule() {
                    Rule::kw_reviewed => OrderTarget::Reviewed,
                    Rule::kw_signed => OrderTarget::Signed,
                    Rule::field_path => OrderTarget::Field(FieldPath(target.as_str().to_string())),
                    _ => return bug("order", &target),
                };
                let node = spanned(node, &target);
                if rule == Rule::signed_order_stmt {
                    Statement::SignedBefore(node)
                } else {
                    Statement::ReviewedBefore(node)
                }
            }
            Rule::signers_stmt => {
                inner.eat(Rule::kw_signers);
                if inner.eat(Rule::kw_distinct) {
                    Statement::SignersDistinct
                } else {
                    inner.eat(Rule::kw_exclude);
                    let field = inner.expect(Rule::person_field, "signers")?;
                    Statement::SignersExclude(spanned(parse_person_field(field.as_str())?, &field))
                }
            }
            Rule::delegation_stmt => {
                let delegate =
                    self.parse_role_party(inner.expect(Rule::role_party, "delegation")?)?;
                inner.eat(Rule::kw_may);
                inner.eat(Rule::kw_act);
                inner.eat(Rule::kw_for);
                let principal =
                    self.parse_role_party(inner.expect(Rule::role_party, "delegation")?)?;
                inner.eat(Rule::kw_when);
                inner.eat(Rule::kw_authorized);
                inner.eat(Rule::kw_by);
                let authorizer = match inner.take(Rule::party) {
                    Some(p) => Some(self.parse_party(p)?),
                    None => None,
                };
                Statement::Delegation {
                    delegate,
                    principal,
                    authorizer,
                }
            }
            Rule::combined_stmt => {
                let mut roles = Vec::new();
                while let Some(role) = inner.take(Rule::role_party) {
                    roles.push(self.parse_role_party(role)?);
                    inner.eat(Rule::kw_and);
                }
                Statement::NotCombined(roles)
            }
            Rule::org_exists_stmt => {
                let kind = if inner.eat(Rule::kw_unit) {
                    NameKind::Unit
                } else {
                    inner.eat(Rule::kw_body);
                    NameKind::Body
                };
                let name = self.parse_name(inner.expect(Rule::name, "exists")?)?;
                inner.eat(Rule::kw_exists);
                let under = if inner.eat(Rule::kw_under) {
                    inner.eat(Rule::kw_unit);
                    Some(self.parse_name(inner.expect(Rule::name, "exists under")?)?)
                } else {
                    None
                };
                Statement::OrgExists { kind, name, under }
            }
            Rule::unit_posts_stmt => {
                inner.eat(Rule::kw_unit);
                let unit = self.parse_name(inner.expect(Rule::name, "has posts")?)?;
                inner.eat(Rule::kw_has);
                inner.eat(Rule::kw_posts);
                let mut posts = Vec::new();
                while let Some(s) = inner.take(Rule::string) {
                    posts.push(self.parse_string(s)?);
                }
                Statement::UnitPosts { unit, posts }
            }
            Rule::reports_to_stmt => {
                let head_of = inner.eat(Rule::kw_head);
                inner.eat(Rule::kw_of);
                inner.eat(Rule::kw_unit);
                inner.eat(Rule::kw_role);
                let name = self.parse_name(inner.expect(Rule::name, "reports to")?)?;
                inner.eat(Rule::kw_reports);
                inner.eat(Rule::kw_to);
                inner.eat(Rule::kw_role);
                let to = self.parse_name(inner.expect(Rule::name, "reports to")?)?;
                Statement::ReportsTo { head_of, name, to }
            }
            Rule::body_chair_stmt => {
                inner.eat(Rule::kw_body);
                let body = self.parse_name(inner.expect(Rule::name, "chaired by")?)?;
                inner.eat(Rule::kw_chaired);
                inner.eat(Rule::kw_by);
                inner.eat(Rule::kw_role);
                let chair = self.parse_name(inner.expect(Rule::name, "chaired by")?)?;
                Statement::BodyChair { body, chair }
            }
            Rule::body_members_stmt => {
                inner.eat(Rule::kw_body);
                let body = self.parse_name(inner.expect(Rule::name, "includes")?)?;
                inner.eat(Rule::kw_includes);
                let mut members = Vec::new();
                while let Some(member) = inner.take(Rule::body_member) {
                    let mut m = Inner::of(member);
                    let head = m.eat(Rule::kw_head);
                    m.eat(Rule::kw_of);
                    m.eat(Rule::kw_unit);
                    m.eat(Rule::kw_role);
                    let name = self.parse_name(m.expect(Rule::name, "includes")?)?;
                    members.push(if head {
                        Member::HeadOf(name)
                    } else {
                        Member::Role(name)
                    });
                }
                let where_held = inner.eat(Rule::kw_where);
                Statement::BodyMembers {
                    body,
                    members,
                    where_held,
                }
            }
            Rule::filled_stmt => {
                inner.eat(Rule::kw_role);
                let role = self.parse_name(inner.expect(Rule::name, "filled")?)?;
                inner.eat(Rule::kw_filled);
                inner.eat(Rule::kw_by);
                let count = match inner.take(Rule::holder_count) {
                    Some(c) => Some(self.parse_holder_count(c)?),
                    None => None,
                };
                Statement::Filled { role, count }
            }
            Rule::headcount_stmt => {
                inner.eat(Rule::kw_unit);
                let unit = self.parse_name(inner.expect(Rule::name, "headcount")?)?;
                let max = self.parse_u32(
                    inner
                        .pairs
                        .iter()
                        .rev()
                        .find(|p| p.as_rule() == Rule::integer)
                        .cloned()
                        .ok_or_else(|| Bug("headcount: no number".into()))?,
                )?;
                Statement::Headcount { unit, max }
            }
            Rule::term_stmt => {
                inner.eat(Rule::kw_term);
                let length = self.parse_duration(inner.expect(Rule::duration, "term")?)?;
                inner.eat(Rule::kw_for);
                let target = if let Some(kw) = inner.take(Rule::kw_level) {
                    let level = inner.expect(Rule::level, "term")?;
                    Spanned::new(
                        TermTarget::Level(parse_level(&level)?),
                        span_of(&kw).to(span_of(&level)),
                    )
                } else {
                    let role = inner.expect(Rule::role_party, "term")?;
                    let span = span_of(&role);
                    Spanned::new(TermTarget::Role(self.parse_role_party(role)?), span)
                };
                Statement::Term { length, target }
            }
            Rule::no_cycles_stmt => Statement::NoReportingCycles,
            Rule::limit_row => {
                let band = self.parse_band(inner.expect(Rule::limit_band, "limit_row")?)?;
                let party = self.parse_party(inner.expect(Rule::party, "limit_row")?)?;
                Statement::LimitRow { band, party }
            }
            Rule::field_stmt => {
                let field = inner.expect(Rule::field_path, "field")?;
                let rule = self.parse_field_rule(inner.expect(Rule::field_rule, "field")?)?;
                Statement::Field {
                    field: spanned(FieldPath(field.as_str().to_string()), &field),
                    rule,
                }
            }
            _ => return bug("statement", &pair),
        })
    }

    pub(super) fn parse_field_rule(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<FieldRule>> {
        let span = span_of(&pair);
        let Some(rule) = pair.into_inner().next() else {
            return Err(Bug("field_rule: empty".into()));
        };
        let kind = rule.as_rule();
        let mut inner = Inner::of(rule.clone());
        let node = match kind {
            Rule::deadline_rule => {
                inner.eat(Rule::kw_by);
                FieldRule::Deadline(self.parse_date_expr(inner.expect(Rule::date_expr, "by")?)?)
            }
            Rule::window_rule => {
                inner.eat(Rule::kw_from);
                let from = self.parse_date_expr(inner.expect(Rule::date_expr, "from")?)?;
                inner.eat(Rule::kw_to);
                let to = match inner.take(Rule::date_expr) {
                    Some(d) => Some(self.parse_date_expr(d)?),
                    None => None,
                };
                FieldRule::Window { from, to }
            }
            Rule::last_days_rule => {
                inner.eat(Rule::kw_in);
                let first = inner.eat(Rule::kw_first);
                inner.eat(Rule::kw_last);
                let days = self.parse_u32(inner.expect(Rule::integer, "in last")?)?;
                inner.eat(Rule::kw_days);
                inner.eat(Rule::kw_of);
                let of = inner.expect(Rule::period_ref, "in last")?;
                FieldRule::LastDays {
                    first,
                    days,
                    of: spanned(parse_period_ref(&of)?, &of),
                }
            }
            Rule::offset_rule => {
                inner.eat(Rule::kw_within);
                let within = self.parse_duration(inner.expect(Rule::duration, "within")?)?;
                let relation = parse_relation(inner.next().as_ref())?;
                let other = inner.expect(Rule::field_path, "within")?;
                FieldRule::Offset {
                    within,
                    relation,
                    other: spanned(FieldPath(other.as_str().to_string()), &other),
                }
            }
            Rule::margin_rule => {
                inner.eat(Rule::kw_at);
                inner.eat(Rule::kw_least);
                let margin = self.parse_duration(inner.expect(Rule::duration, "at least")?)?;
                let relation = parse_relation(inner.next().as_ref())?;
                let other = inner.expect(Rule::field_path, "at least")?;
                FieldRule::Margin {
                    margin,
                    relation,
                    other: spanned(FieldPath(other.as_str().to_string()), &other),
                }
            }
            Rule::order_rule => {
                let negated = inner.eat(Rule::kw_not);
                let relation = parse_relation(inner.next().as_ref())?;
                let other = inner.expect(Rule::field_path, "order")?;
                FieldRule::Order {
                    negated,
                    relation,
                    other: spanned(FieldPath(other.as_str().to_string()), &other),
                }
            }
            Rule::missing_after => FieldRule::MissingAfter(self.parse_missing_after(rule.clone())?),
            Rule::next_event_rule => {
                inner.eat(Rule::kw_by);
                inner.eat(Rule::kw_next);
                let kind = Inner::of(inner.expect(Rule::kind_name, "by next")?)
                    .expect(Rule::name, "by next")?;
                let collection = parse_clause_kind(&inner.expect(Rule::clause_kind, "by next")?)?;
                FieldRule::ByNext {
                    kind: self.parse_name(kind)?,
                    collection,
                }
            }
            Rule::party_rule => {
                inner.eat(Rule::kw_is);
                let mut parties = vec![self.parse_party(inner.expect(Rule::party, "is")?)?];
                while inner.eat(Rule::kw_and) {
                    parties.push(self.parse_party(inner.expect(Rule::party, "is")?)?);
                }
                match parties.len() {
                    1 => FieldRule::Is(parties.remove(0)),
                    _ => FieldRule::IsAll(parties),
                }
            }
            Rule::count_rule => {
                inner.eat(Rule::kw_at);
                let at_least = inner.eat(Rule::kw_least);
                inner.eat(Rule::kw_most);
                let count = self.parse_u32(inner.expect(Rule::integer, "count")?)?;
                inner.eat(Rule::kw_unless);
                let unless = match inner.take(Rule::condition) {
                    Some(c) => Some(self.parse_condition(c)?),
                    None => None,
                };
                FieldRule::Count {
                    at_least,
                    count,
                    unless,
                }
            }
            Rule::range_rule => {
                inner.eat(Rule::kw_between);
                let min = self.parse_u32(inner.expect(Rule::integer, "between")?)?;
                inner.eat(Rule::kw_and);
                let max = self.parse_u32(inner.expect(Rule::integer, "between")?)?;
                inner.eat(Rule::kw_unless);
                let unless = match inner.take(Rule::condition) {
                    Some(c) => Some(self.parse_condition(c)?),
                    None => None,
                };
                FieldRule::Range { min, max, unless }
            }
            _ => return bug("field_rule", &rule),
        };
        Ok(Spanned::new(node, span))
    }

    // ── parties and chains ──

    pub(super) fn parse_chain(&mut self, pair: Pair<'t, Rule>) -> R<Chain> {
        let mut steps = Vec::new();
        let mut links = Vec::new();
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::chain_step => {
                    let span = span_of(&part);
                    let mut inner = Inner::of(part);
                    let party = self.parse_party(inner.expect(Rule::party, "chain_step")?)?;
                    let unless = match inner.eat(Rule::kw_unless) {
                        true => {
                            let field = inner.expect(Rule::person_field, "chain_step")?;
                            Some(parse_person_field(field.as_str())?)
                        }
                        false => None,
                    };
                    let last = inner.eat(Rule::kw_last);
                    steps.push(Spanned::new(
                        Step {
                            party,
                            unless,
                            last,
                        },
                        span,
                    ));
                }
                Rule::chain_link => {
                    let link = match first_inner_rule(&part) {
                        Some(Rule::kw_then) => Link::Then,
                        _ => Link::And,
                    };
                    links.push(spanned(link, &part));
                }
                _ => return bug("chain", &part),
            }
        }
        Ok(Chain { steps, links })
    }

    pub(super) fn parse_party(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Party>> {
        let span = span_of(&pair);
        let mut alternatives = Vec::new();
        for one in pair.into_inner() {
            match one.as_rule() {
                Rule::party_one => alternatives.push(self.parse_party_one(one)?),
                Rule::kw_or => {}
                _ => return bug("party", &one),
            }
        }
        match alternatives.len() {
            0 => Err(Bug("party: empty".into())),
            1 => Ok(alternatives.remove(0)),
            _ => Ok(Spanned::new(Party::Either(alternatives), span)),
        }
    }

    pub(super) fn parse_party_one(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Party>> {
        let span = span_of(&pair);
        let Some(party) = pair.into_inner().next() else {
            return Err(Bug("party: empty".into()));
        };
        let rule = party.as_rule();
        let mut inner = Inner::of(party.clone());
        let node = match rule {
            Rule::head_party | Rule::overseer_party => {
                inner.next();
                inner.eat(Rule::kw_of);
                let unit = match inner.take(Rule::any_unit) {
                    Some(any) => self.parse_unit_ref(any)?,
                    None => self.parse_unit_ref(inner.expect(Rule::unit_ref, "party")?)?,
                };
                if rule == Rule::head_party {
                    Party::Head(unit)
                } else {
                    Party::Overseer(unit)
                }
            }
            Rule::superior_party => {
                inner.eat(Rule::kw_superior);
                inner.eat(Rule::kw_of);
                let field = inner.expect(Rule::person_field, "superior")?;
                Party::Superior(parse_person_field(field.as_str())?)
            }
            Rule::role_party => Party::Role(self.parse_role_party(party)?),
            Rule::body_party | Rule::unit_party | Rule::person_party => {
                inner.next();
                let name = self.parse_name(inner.expect(Rule::name, "party")?)?;
                match rule {
                    Rule::body_party => Party::Body(name),
                    Rule::unit_party => Party::Unit(name),
                    _ => Party::Person(name),
                }
            }
            _ => return bug("party", &party),
        };
        Ok(Spanned::new(node, span))
    }

    pub(super) fn parse_role_party(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<String>> {
        let mut inner = Inner::of(pair);
        inner.eat(Rule::kw_role);
        self.parse_name(inner.expect(Rule::name, "role")?)
    }

    pub(super) fn parse_unit_ref(&mut self, pair: Pair<'t, Rule>) -> R<UnitRef> {
        if pair.as_rule() == Rule::any_unit {
            return Ok(UnitRef::Any);
        }
        let mut inner = Inner::of(pair);
        if let Some(person_unit) = inner.take(Rule::person_unit) {
            let field = Inner::of(person_unit).expect(Rule::person_field, "person_unit")?;
            return Ok(UnitRef::Of(parse_person_field(field.as_str())?));
        }
        inner.eat(Rule::kw_unit);
        Ok(UnitRef::Named(
            self.parse_name(inner.expect(Rule::name, "unit_ref")?)?,
        ))
    }

    pub(super) fn parse_holder_count(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<HolderCount>> {
        let span = span_of(&pair);
        let mut inner = Inner::of(pair);
        let exactly = inner.eat(Rule::kw_exactly);
        inner.eat(Rule::kw_at);
        let least = inner.eat(Rule::kw_least);
        inner.eat(Rule::kw_most);
        let n = self
            .parse_u32(inner.expect(Rule::integer, "holder_count")?)?
            .node;
        let node = if exactly {
            HolderCount::Exactly(n)
        } else if least {
            HolderCount::AtLeast(n)
        } else {
            HolderCount::AtMost(n)
        };
        Ok(Spanned::new(node, span))
    }

    pub(super) fn parse_band(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Band>> {
        let span = span_of(&pair);
        let mut inner = Inner::of(pair);
        let mut band = Band {
            over: None,
            up_to: None,
        };
        if inner.eat(Rule::kw_over) {
            band.over = Some(self.parse_amount(inner.expect(Rule::amount, "over")?)?);
        }
        if inner.eat(Rule::kw_up) {
            inner.eat(Rule::kw_to);
            band.up_to = Some(self.parse_amount(inner.expect(Rule::amount, "up to")?)?);
        }
        Ok(Spanned::new(band, span))
    }

    /// `per department [under role X]`.
    fn parse_per_party(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<PerParty>> {
        let span = pair.as_span();
        let mut inner = Inner::of(pair.clone());
        inner.eat(Rule::kw_per);
        inner.eat(Rule::kw_department);
        let under = if inner.eat(Rule::kw_under) {
            inner.eat(Rule::kw_role);
            Some(self.parse_name(inner.expect(Rule::name, "per department under")?)?)
        } else {
            None
        };
        Ok(Spanned {
            node: PerParty { under },
            span: Span::new(span.start(), span.end()),
        })
    }

    /// `missing after <date>`: the date.
    fn parse_missing_after(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<DateExpr>> {
        let mut inner = Inner::of(pair);
        inner.eat(Rule::kw_missing);
        inner.eat(Rule::kw_after);
        self.parse_date_expr(inner.expect(Rule::date_expr, "missing after")?)
    }
}
