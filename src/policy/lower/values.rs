//! The pieces of statements: chains, parties, fields, durations, dates, amounts, conditions.

use super::*;
use crate::i18n::{Arg, Message};

impl ClauseLowerer<'_> {
    pub(super) fn chain(
        &mut self,
        scope: &mut Scope,
        chain: &ast::Chain,
    ) -> Option<(Vec<Step>, bool)> {
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
                Message::new("policy-a-chain-mixes-then-and-and"),
                Message::new("policy-use-then-for-signers-in-order"),
            );
        }
        let mut steps = Vec::new();
        for (i, step) in chain.steps.iter().enumerate() {
            if step.last && i + 1 != chain.steps.len() {
                self.error(
                    Check::PolicyError,
                    &subject,
                    step.span,
                    Message::new("policy-only-the-final-step-can-be"),
                    Message::new("policy-move-the-step-to-the-end"),
                );
            }
            let party = self.party(scope, &step.party)?;
            steps.push(Step {
                party,
                unless: step.unless,
                last: step.last,
                loc: self.loc(step.span),
            });
        }
        Some((steps, ordered))
    }

    pub(super) fn party(
        &mut self,
        scope: &mut Scope,
        party: &Spanned<ast::Party>,
    ) -> Option<Party> {
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

    pub(super) fn unit_ref(
        &mut self,
        scope: &mut Scope,
        unit: &ast::UnitRef,
        span: Span,
    ) -> Option<UnitRef> {
        Some(match unit {
            ast::UnitRef::Named(n) => UnitRef::Named(self.name(NameKind::Unit, n)?),
            ast::UnitRef::Of(f) => {
                self.person_field(scope, *f, span)?;
                UnitRef::Of(*f)
            }
            ast::UnitRef::Any => UnitRef::Any,
        })
    }

    /// The person fields of each record collection.
    pub(super) fn person_field(
        &mut self,
        scope: &Scope,
        field: PersonField,
        span: Span,
    ) -> Option<()> {
        let Some(collection) = scope.collection() else {
            // Delegation authorizers and limit rows use parties without a record.
            self.error(
                Check::PolicyError,
                scope.id.as_ref(),
                span,
                Message::new("policy-no-record")
                    .arg("field", field.keyword())
                    .arg("kind", scope.kind.keyword()),
                Message::new("policy-name-a-role-instead"),
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
            Message::new("policy-no-person-field")
                .arg("collection", collection.name())
                .arg("field", field.keyword()),
            Message::new("policy-people-fields")
                .arg("collection", collection.name())
                .arg("fields", Arg::list(&names)),
        );
        None
    }

    pub(super) fn field(
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
        // `unit.kind`: the kind of the record's unit (`company`, `branch` …, DATA.md v3).
        if text == "unit.kind" && usage == Use::Condition {
            return Some(Field {
                path: text.to_string(),
                ty: FieldType::Text,
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
                Message::new("policy-fields-are")
                    .arg("collection", collection.name())
                    .arg("names", Arg::list(&candidates))
            });
            self.error(
                Check::UnknownReference,
                &subject,
                path.span,
                Message::new("columns-no-field")
                    .arg("collection", collection.name())
                    .arg("field", text),
                help,
            );
            return None;
        };
        let ok = match usage {
            Use::Time => ty.is_time() || ty == FieldType::Attrs,
            Use::Count => matches!(ty, FieldType::Integer | FieldType::Attrs),
            Use::Party => matches!(
                ty,
                FieldType::Ref(_) | FieldType::RefList(_) | FieldType::Attrs
            ),
            Use::Condition => true,
        };
        if !ok {
            let wanted = match usage {
                Use::Time => "time",
                Use::Count => "count",
                _ => "party",
            };
            let help = match (text, usage) {
                ("signatures" | "reviews", Use::Time) => "policy-field-order-help",
                _ => "policy-field-type-help",
            };
            self.error(
                Check::PolicyError,
                &subject,
                path.span,
                Message::new("policy-field-type")
                    .arg("field", text)
                    .arg("holds", ty.message())
                    .arg("wanted", wanted),
                Message::new(help),
            );
            return None;
        }
        Some(Field {
            path: text.to_string(),
            ty,
        })
    }

    pub(super) fn target(
        &mut self,
        scope: &Scope,
        target: &Spanned<ast::OrderTarget>,
    ) -> Option<Target> {
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

    pub(super) fn param_ref(
        &mut self,
        scope: &mut Scope,
        name: &str,
        span: Span,
    ) -> Option<ParamValue> {
        match scope.params.iter().find(|p| p.name == name) {
            Some(p) => {
                scope.used_params.insert(name.to_string());
                Some(p.value.clone())
            }
            None => {
                let names: Vec<&str> = scope.params.iter().map(|p| p.name.as_str()).collect();
                let help = suggest::did_you_mean(name, &names)
                    .unwrap_or_else(|| Message::new("policy-declare-param").arg("name", name));
                self.error(
                    Check::UnknownReference,
                    scope.id.as_ref(),
                    span,
                    Message::new("policy-unknown-param").arg("name", name),
                    help,
                );
                None
            }
        }
    }

    pub(super) fn duration(
        &mut self,
        scope: &mut Scope,
        d: &Spanned<ast::DurationExpr>,
    ) -> Option<Duration> {
        // A parameter's value was bounded where it was declared (or set in zhidu.toml).
        let duration = match &d.node {
            ast::DurationExpr::Literal(l) => Duration {
                amount: l.amount,
                unit: l.unit,
            },
            ast::DurationExpr::Param(name) => match self.param_ref(scope, name, d.span)? {
                ParamValue::Duration(d) => return Some(d),
                // Not set: the statement is off, silently.
                ParamValue::None => return None,
                other => {
                    self.error(
                        Check::PolicyError,
                        scope.id.as_ref(),
                        d.span,
                        Message::new("policy-param-not-duration")
                            .arg("name", name)
                            .arg("holds", other.kind()),
                        Message::new("policy-give-it-a-duration-such-as"),
                    );
                    return None;
                }
            },
        };
        self.bounded(duration, d.span, scope.id.as_ref())
    }

    /// A duration no longer than a hundred years, or the error that says so.
    pub(super) fn bounded(&mut self, d: Duration, span: Span, subject: &str) -> Option<Duration> {
        if d.in_bounds() {
            return Some(d);
        }
        let max = Duration {
            amount: Duration::max_amount(d.unit),
            unit: d.unit,
        };
        self.error(
            Check::PolicyError,
            subject,
            span,
            Message::new("policy-duration-over-century").arg("duration", d.to_string()),
            Message::new("policy-duration-over-century-help").arg("max", max.to_string()),
        );
        None
    }

    /// A count no larger than [`MAX_COUNT`], or the error that says so.
    pub(super) fn count(&mut self, n: &Spanned<u32>, subject: &str) -> u32 {
        if n.node > MAX_COUNT {
            self.error(
                Check::PolicyError,
                subject,
                n.span,
                Message::new("policy-count-too-large").arg("count", n.node),
                Message::new("policy-count-too-large-help").arg("max", MAX_COUNT),
            );
        }
        n.node.min(MAX_COUNT)
    }

    pub(super) fn date(
        &mut self,
        scope: &mut Scope,
        d: &Spanned<ast::DateExpr>,
    ) -> Option<DateSpec> {
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
                        Message::new("policy-no-such-day").arg("day", u32::from(*day)),
                        Message::new("policy-use-a-day-from-1-to"),
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
                ParamValue::None => return None,
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
                        Message::new("policy-param-not-date")
                            .arg("name", name)
                            .arg("holds", other.kind()),
                        Message::new("policy-give-it-a-month-day-such"),
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
                        Message::new("policy-a-date-moves-by-whole-days"),
                        Message::new("policy-use-days-1-day-or-working"),
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

    pub(super) fn check_month_day(&mut self, subject: &str, md: ast::MonthDay, span: Span) {
        // 2024 is a leap year: 02-29 is accepted (and means the last day of February otherwise).
        if let Err(e) = time::civil_date(2024, md.month as i16, md.day as i16) {
            self.error(
                Check::PolicyError,
                subject,
                span,
                Message::new("policy-not-a-day-of-year")
                    .arg("date", fmt::month_day(md))
                    .arg("error", e),
                Message::new("policy-write-the-month-then-the-day"),
            );
        }
    }

    pub(super) fn civil(
        &mut self,
        subject: &str,
        date: ast::Date,
        span: Span,
    ) -> Option<jiff::civil::Date> {
        match time::civil_date(date.year, date.month as i16, date.day as i16) {
            Ok(d) => Some(d),
            Err(e) => {
                self.error(
                    Check::PolicyError,
                    subject,
                    span,
                    Message::new("policy-not-a-date")
                        .arg("date", fmt::full_date(date))
                        .arg("error", e),
                    Message::new("policy-write-a-real-date"),
                );
                None
            }
        }
    }

    pub(super) fn money(&mut self, amount: &Spanned<ast::Amount>) -> Option<Money> {
        let scale = amount.scale.map_or(1, ast::Scale::factor);
        let currency = amount.currency.as_ref().map(|c| {
            if c == "元" {
                "CNY".to_string()
            } else {
                c.clone()
            }
        });
        let money = Money::parse(&amount.digits, scale, currency);
        if let Some(m) = money
            .as_ref()
            .filter(|m| m.units > MAX_AMOUNT * MONEY_SCALE)
        {
            self.errors.push(
                Finding::new(
                    Check::PolicyError,
                    amount.digits.clone(),
                    Message::new("policy-amount-too-large").arg("amount", fmt::amount(amount)),
                )
                .at(self.loc(amount.span))
                .help(
                    Message::new("policy-amount-max").arg(
                        "max",
                        Money {
                            units: MAX_AMOUNT * MONEY_SCALE,
                            currency: m.currency.clone(),
                        }
                        .to_string(),
                    ),
                ),
            );
            return None;
        }
        if money.is_none() {
            self.errors.push(
                Finding::new(
                    Check::PolicyError,
                    amount.digits.clone(),
                    Message::new("policy-amount-inexact").arg("amount", fmt::amount(amount)),
                )
                .at(self.loc(amount.span))
                .help(Message::new("policy-use-at-most-four-decimals")),
            );
        }
        money
    }

    pub(super) fn param_value(
        &mut self,
        value: &ast::ParamValue,
        span: Span,
        subject: &str,
    ) -> ParamValue {
        match value {
            ast::ParamValue::Duration(d) => {
                let d = Duration {
                    amount: d.amount,
                    unit: d.unit,
                };
                ParamValue::Duration(self.bounded(d, span, subject).unwrap_or(d))
            }
            ast::ParamValue::Date(d) => ParamValue::Date(
                self.civil(subject, *d, span)
                    .unwrap_or(jiff::civil::Date::MIN),
            ),
            ast::ParamValue::MonthDay(md) => {
                self.check_month_day(subject, *md, span);
                ParamValue::MonthDay(*md)
            }
            ast::ParamValue::None => ParamValue::None,
            ast::ParamValue::Kinds(k) => ParamValue::Kinds(k.clone()),
            ast::ParamValue::Amount(a) => {
                ParamValue::Money(self.money(&Spanned::new(a.clone(), span)).unwrap_or(Money {
                    units: 0,
                    currency: None,
                }))
            }
        }
    }

    pub(super) fn cond(&mut self, scope: &mut Scope, c: &ast::Cond) -> Option<Cond> {
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
            ast::Cond::InUnit { field, unit } => Cond::InUnit {
                field: self.field(scope, field, Use::Condition)?,
                unit: self.name(NameKind::Unit, unit)?,
            },
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
                            Message::new("policy-a-month-day-has-no-year"),
                            Message::new("policy-write-a-full-date-2026-12"),
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
                        Message::new("policy-level-is-compared-with-a-level"),
                        Message::new("data-one-of").arg("words", Arg::list(schema::LEVELS)),
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

/// The finest unit a pair of date expressions refers to, for a sample period.
pub(super) fn sample_unit(specs: &[&DateSpec]) -> crate::vocab::PeriodUnit {
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
