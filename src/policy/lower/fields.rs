//! Statements about one field of a record (`submitted by 12-20`, `notice_sent at least 2 days
//! before held`, `to is role 运营总监 and role 技术总监`), and the parties a duty is owed by
//! (`per department`), each checked for the clause it sits in.

use crate::i18n::Message;

use super::*;

impl ClauseLowerer<'_> {
    /// `per department [under role X]`, its role bound to a declared name.
    pub(super) fn per_department(
        &mut self,
        per: Option<&Spanned<ast::PerParty>>,
    ) -> Option<Option<PerDepartment>> {
        let Some(per) = per else {
            return Some(None);
        };
        let under = match &per.node.under {
            Some(role) => Some(self.name(crate::vocab::NameKind::Role, role)?),
            None => None,
        };
        Some(Some(PerDepartment { under }))
    }

    pub(super) fn field_rule(
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
            ast::FieldRule::MissingAfter(after) => RuleKind::MissingAfter {
                field: self.field(scope, field, Use::Time)?,
                after: self.date(scope, after)?,
            },
            ast::FieldRule::ByNext { kind, collection } => {
                let Some(collection) = collection.collection() else {
                    self.error(
                        Check::PolicyError,
                        &subject,
                        kind.span,
                        Message::new("policy-by-next-no-kind")
                            .arg("collection", collection.keyword()),
                        Message::new("policy-name-a-record-collection-by-next"),
                    );
                    return None;
                };
                RuleKind::ByNext {
                    field: self.field(scope, field, Use::Time)?,
                    kind: kind.node.clone(),
                    collection,
                }
            }
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
                            Message::new("policy-window-inverted")
                                .period("period", period)
                                .date("from", da)
                                .date("to", db),
                        )
                        .at(self.loc(rule.span))
                        .label(Message::new("policy-inverted-window"))
                        .help(Message::new("policy-swap-the-two-dates-or-say"));
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
                        Message::new("policy-a-window-of-0-days-is"),
                        Message::new("policy-give-the-number-of-days-such"),
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
                        Message::new("policy-days-do-not-fit")
                            .arg("days", days.node)
                            .arg("period", fmt::period_ref(&of.node)),
                        Message::new("policy-days-at-most").arg("max", limit),
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
                        Message::new("policy-a-window-of-zero-length-can"),
                        Message::new("policy-give-the-allowed-span-such-as"),
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
                        Message::new("policy-a-field-compared-with-itself"),
                        Message::new("policy-name-two-different-fields"),
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
            ast::FieldRule::IsAll(parties) => {
                let f = self.field(scope, field, Use::Party)?;
                let mut all = Vec::new();
                for party in parties {
                    let p = self.party(scope, party)?;
                    self.check_party_fits(&subject, &f, &p, party.span);
                    all.push(p);
                }
                RuleKind::IsAll {
                    field: f,
                    parties: all,
                }
            }
            ast::FieldRule::Count {
                at_least,
                count,
                unless,
            } => {
                let f = self.field(scope, field, Use::Count)?;
                let unless = unless.as_ref().and_then(|u| self.cond(scope, &u.node));
                let n = self.count(count, &subject);
                let (min, max) = if *at_least {
                    (Some(n), None)
                } else {
                    (None, Some(n))
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
                        Message::new("policy-empty-range")
                            .arg("min", min.node)
                            .arg("max", max.node),
                        Message::new("policy-the-smaller-number-comes-first"),
                    );
                }
                let f = self.field(scope, field, Use::Count)?;
                let unless = unless.as_ref().and_then(|u| self.cond(scope, &u.node));
                RuleKind::Count {
                    field: f,
                    min: Some(self.count(min, &subject)),
                    max: Some(self.count(max, &subject)),
                    unless,
                }
            }
        })
    }
}
