//! Cadences, dates, durations, amounts, conditions and the atoms they are made of.

use super::*;
use crate::i18n::Message;

impl<'t> FileParser<'t> {
    pub(super) fn parse_cadence(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Cadence>> {
        let span = span_of(&pair);
        let Some(c) = pair.into_inner().next() else {
            return Err(Bug("cadence: empty".into()));
        };
        let node = match c.as_rule() {
            Rule::nth_weekday => {
                let mut inner = Inner::of(c);
                let ordinal = inner.expect(Rule::ordinal, "nth_weekday")?;
                let ordinal = match first_inner_rule(&ordinal) {
                    Some(Rule::kw_first) => Ordinal::Nth(1),
                    Some(Rule::kw_second) => Ordinal::Nth(2),
                    Some(Rule::kw_third) => Ordinal::Nth(3),
                    Some(Rule::kw_fourth) => Ordinal::Nth(4),
                    Some(Rule::kw_fifth) => Ordinal::Nth(5),
                    _ => Ordinal::Last,
                };
                let weekday = parse_weekday(&inner.expect(Rule::weekday, "nth_weekday")?)?;
                Cadence::NthWeekday(ordinal, weekday)
            }
            Rule::last_day => Cadence::LastDayOfMonth,
            Rule::month_day_cadence => {
                let mut inner = Inner::of(c);
                inner.eat(Rule::kw_day);
                let day = self.parse_u32(inner.expect(Rule::integer, "day of month")?)?;
                Cadence::DayOfMonth(u8::try_from(day.node).unwrap_or(u8::MAX))
            }
            Rule::weekday => Cadence::Weekday(parse_weekday(&c)?),
            Rule::period_unit => Cadence::Unit(parse_period_unit(&c)?),
            _ => return bug("cadence", &c),
        };
        Ok(Spanned::new(node, span))
    }

    pub(super) fn parse_date_expr(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<DateExpr>> {
        let span = span_of(&pair);
        let mut inner = Inner::of(pair);
        let anchor_pair = inner.expect(Rule::date_anchor, "date_expr")?;
        let anchor = self.parse_date_anchor(anchor_pair)?;
        let offset = match inner.take(Rule::offset_sign) {
            Some(sign) => {
                let sign = if sign.as_str() == "+" {
                    Sign::Plus
                } else {
                    Sign::Minus
                };
                Some((
                    sign,
                    self.parse_duration(inner.expect(Rule::duration, "offset")?)?,
                ))
            }
            None => None,
        };
        Ok(Spanned::new(DateExpr { anchor, offset }, span))
    }

    pub(super) fn parse_date_anchor(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Anchor>> {
        let span = span_of(&pair);
        let Some(a) = pair.into_inner().next() else {
            return Err(Bug("date_anchor: empty".into()));
        };
        let rule = a.as_rule();
        let mut inner = Inner::of(a.clone());
        let of = |inner: &mut Inner| -> R<Option<PeriodRef>> {
            inner.eat(Rule::kw_of);
            match inner.take(Rule::period_ref) {
                Some(p) => Ok(Some(parse_period_ref(&p)?)),
                None => Ok(None),
            }
        };
        let node = match rule {
            Rule::edge_anchor => {
                let start = inner.eat(Rule::kw_start);
                inner.eat(Rule::kw_end);
                let of = of(&mut inner)?.ok_or_else(|| Bug("edge: no period".into()))?;
                Anchor::Edge { start, of }
            }
            Rule::day_anchor => {
                inner.eat(Rule::kw_day);
                let day = self.parse_u32(inner.expect(Rule::integer, "day")?)?;
                Anchor::Day {
                    day: u8::try_from(day.node).unwrap_or(u8::MAX),
                    of: of(&mut inner)?,
                }
            }
            Rule::weekday_anchor => {
                let weekday = parse_weekday(&inner.expect(Rule::weekday, "weekday_anchor")?)?;
                Anchor::Weekday {
                    weekday,
                    of: of(&mut inner)?,
                }
            }
            Rule::md_anchor => {
                let md = inner.expect(Rule::month_day, "md_anchor")?;
                Anchor::MonthDay {
                    date: parse_month_day(md.as_str()),
                    of: of(&mut inner)?,
                }
            }
            Rule::full_date => Anchor::Date(parse_full_date(a.as_str())),
            Rule::param_anchor => {
                let name = inner.expect(Rule::ident, "param_anchor")?;
                Anchor::Param {
                    name: name.as_str().to_string(),
                    of: of(&mut inner)?,
                }
            }
            _ => return bug("date_anchor", &a),
        };
        Ok(Spanned::new(node, span))
    }

    pub(super) fn parse_duration(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<DurationExpr>> {
        let span = span_of(&pair);
        let Some(d) = pair.into_inner().next() else {
            return Err(Bug("duration: empty".into()));
        };
        let node = match d.as_rule() {
            Rule::duration_literal => DurationExpr::Literal(self.parse_duration_literal(d)?),
            Rule::duration_param => DurationExpr::Param(d.as_str().trim().to_string()),
            _ => return bug("duration", &d),
        };
        Ok(Spanned::new(node, span))
    }

    pub(super) fn parse_duration_literal(&mut self, pair: Pair<'t, Rule>) -> R<Duration> {
        let mut inner = Inner::of(pair);
        let amount = self
            .parse_u32(inner.expect(Rule::integer, "duration")?)?
            .node;
        let unit_pair = inner.expect(Rule::duration_unit, "duration")?;
        let Some(unit) = unit_pair.into_inner().next() else {
            return Err(Bug("duration_unit: empty".into()));
        };
        let chinese = !unit.as_str().is_ascii();
        let unit = match unit.as_rule() {
            Rule::unit_working_days => DurationUnit::WorkingDays,
            Rule::unit_minutes => DurationUnit::Minutes,
            Rule::unit_hours => DurationUnit::Hours,
            Rule::unit_days => DurationUnit::Days,
            Rule::unit_weeks => DurationUnit::Weeks,
            Rule::unit_months => DurationUnit::Months,
            Rule::unit_years => DurationUnit::Years,
            _ => return bug("duration_unit", &unit),
        };
        Ok(Duration {
            amount,
            unit,
            chinese,
        })
    }

    pub(super) fn parse_param_value(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<ParamValue>> {
        let span = span_of(&pair);
        let Some(v) = pair.into_inner().next() else {
            return Err(Bug("param_value: empty".into()));
        };
        let node = match v.as_rule() {
            Rule::duration_literal => ParamValue::Duration(self.parse_duration_literal(v)?),
            Rule::full_date => ParamValue::Date(parse_full_date(v.as_str())),
            Rule::month_day => ParamValue::MonthDay(parse_month_day(v.as_str())),
            Rule::amount => ParamValue::Amount(self.parse_amount(v)?.node),
            Rule::kw_none => ParamValue::None,
            Rule::kind_list => {
                let mut kinds = Vec::new();
                for kind in v.into_inner() {
                    let name = Inner::of(kind).expect(Rule::name, "kind list")?;
                    kinds.push(self.parse_name(name)?.node);
                }
                ParamValue::Kinds(kinds)
            }
            _ => return bug("param_value", &v),
        };
        Ok(Spanned::new(node, span))
    }

    pub(super) fn parse_amount(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Amount>> {
        let span = span_of(&pair);
        let mut inner = Inner::of(pair);
        let digits = inner.expect(Rule::decimal, "amount")?.as_str().to_string();
        let scale = inner.take(Rule::amount_scale).map(|s| match s.as_str() {
            "千" => Scale::Thousand,
            "亿" => Scale::HundredMillion,
            _ => Scale::TenThousand,
        });
        let currency = inner.take(Rule::currency).map(|c| c.as_str().to_string());
        Ok(Spanned::new(
            Amount {
                digits,
                scale,
                currency,
            },
            span,
        ))
    }

    pub(super) fn parse_u32(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<u32>> {
        let span = span_of(&pair);
        let value = match pair.as_str().parse::<u32>() {
            Ok(v) => v,
            Err(_) => {
                self.error(
                    span,
                    Check::PolicyError,
                    Message::new("policy-number-too-large"),
                    Message::new("policy-number-too-large-label"),
                    Some(
                        Message::new("policy-number-too-large-help")
                            .arg("max", i64::from(u32::MAX))
                            .into(),
                    ),
                );
                u32::MAX
            }
        };
        Ok(Spanned::new(value, span))
    }

    // ── conditions ──

    pub(super) fn parse_condition(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Cond>> {
        let span = span_of(&pair);
        let disjunction = Inner::of(pair).expect(Rule::disjunction, "condition")?;
        Ok(Spanned::new(self.parse_disjunction(disjunction)?, span))
    }

    pub(super) fn parse_disjunction(&mut self, pair: Pair<'t, Rule>) -> R<Cond> {
        let mut parts = Vec::new();
        for p in pair.into_inner() {
            if p.as_rule() == Rule::conjunction {
                parts.push(self.parse_conjunction(p)?);
            }
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Cond::Or(parts)
        })
    }

    pub(super) fn parse_conjunction(&mut self, pair: Pair<'t, Rule>) -> R<Cond> {
        let mut parts = Vec::new();
        for p in pair.into_inner() {
            if p.as_rule() == Rule::negation {
                parts.push(self.parse_negation(p)?);
            }
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Cond::And(parts)
        })
    }

    pub(super) fn parse_negation(&mut self, pair: Pair<'t, Rule>) -> R<Cond> {
        let mut nots = 0;
        let mut atom = None;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::kw_not => nots += 1,
                Rule::cond_atom => atom = Some(self.parse_cond_atom(p)?),
                _ => return bug("negation", &p),
            }
        }
        let mut cond = atom.ok_or_else(|| Bug("negation: no atom".into()))?;
        for _ in 0..nots {
            cond = Cond::Not(Box::new(cond));
        }
        Ok(cond)
    }

    pub(super) fn parse_cond_atom(&mut self, pair: Pair<'t, Rule>) -> R<Cond> {
        let Some(p) = pair.into_inner().next() else {
            return Err(Bug("cond_atom: empty".into()));
        };
        match p.as_rule() {
            Rule::condition => Ok(Cond::Group(Box::new(self.parse_condition(p)?.node))),
            Rule::comparison => {
                let mut inner = Inner::of(p);
                let field = inner.expect(Rule::field_path, "comparison")?;
                let op = inner.expect(Rule::cmp_op, "comparison")?;
                let op = match op.as_str() {
                    ">=" => CmpOp::Ge,
                    "<=" => CmpOp::Le,
                    "!=" => CmpOp::Ne,
                    ">" => CmpOp::Gt,
                    "<" => CmpOp::Lt,
                    _ => CmpOp::Eq,
                };
                let value = self.parse_value(inner.expect(Rule::value, "comparison")?)?;
                Ok(Cond::Compare {
                    field: spanned(FieldPath(field.as_str().to_string()), &field),
                    op,
                    value,
                })
            }
            Rule::within_unit => {
                let mut inner = Inner::of(p);
                let field = inner.expect(Rule::field_path, "within_unit")?;
                inner.expect(Rule::kw_in, "within_unit")?;
                inner.expect(Rule::kw_unit, "within_unit")?;
                let unit = self.parse_name(inner.expect(Rule::name, "within_unit")?)?;
                Ok(Cond::InUnit {
                    field: spanned(FieldPath(field.as_str().to_string()), &field),
                    unit,
                })
            }
            Rule::presence => {
                let field = Inner::of(p).expect(Rule::field_path, "presence")?;
                Ok(Cond::Present(spanned(
                    FieldPath(field.as_str().to_string()),
                    &field,
                )))
            }
            _ => bug("cond_atom", &p),
        }
    }

    pub(super) fn parse_value(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Value>> {
        let span = span_of(&pair);
        let Some(v) = pair.into_inner().next() else {
            return Err(Bug("value: empty".into()));
        };
        let node = match v.as_rule() {
            Rule::level => Value::Level(parse_level(&v)?),
            Rule::boolean => Value::Bool(first_inner_rule(&v) == Some(Rule::kw_true)),
            Rule::full_date => Value::Date(parse_full_date(v.as_str())),
            Rule::month_day => Value::MonthDay(parse_month_day(v.as_str())),
            Rule::amount => Value::Amount(self.parse_amount(v)?.node),
            Rule::string => Value::Text(self.parse_string(v)?.node),
            Rule::bare_value => Value::Word(v.as_str().to_string()),
            _ => return bug("value", &v),
        };
        Ok(Spanned::new(node, span))
    }

    // ── atoms ──

    pub(super) fn parse_name(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<String>> {
        let span = span_of(&pair);
        let Some(n) = pair.into_inner().next() else {
            return Err(Bug("name: empty".into()));
        };
        match n.as_rule() {
            Rule::string => Ok(Spanned::new(self.parse_string(n)?.node, span)),
            Rule::bare_name => Ok(Spanned::new(n.as_str().to_string(), span)),
            _ => bug("name", &n),
        }
    }

    pub(super) fn parse_string(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<String>> {
        let span = span_of(&pair);
        let raw = Inner::of(pair)
            .expect(Rule::string_inner, "string")?
            .as_str();
        let mut out = String::with_capacity(raw.len());
        let mut chars = raw.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        Ok(Spanned::new(out, span))
    }
}

pub(super) fn first_inner_rule(pair: &Pair<Rule>) -> Option<Rule> {
    pair.clone().into_inner().next().map(|p| p.as_rule())
}

pub(super) fn parse_clause_kind(pair: &Pair<Rule>) -> R<ClauseKind> {
    Ok(match first_inner_rule(pair) {
        Some(Rule::kw_plan) => ClauseKind::Plan,
        Some(Rule::kw_request) => ClauseKind::Request,
        Some(Rule::kw_meeting) => ClauseKind::Meeting,
        Some(Rule::kw_report) => ClauseKind::Report,
        Some(Rule::kw_ticket) => ClauseKind::Ticket,
        Some(Rule::kw_org) => ClauseKind::Org,
        Some(Rule::kw_delegation) => ClauseKind::Delegation,
        Some(Rule::kw_limits) => ClauseKind::Limits,
        _ => return bug("clause_kind", pair),
    })
}

pub(super) fn parse_name_kind(pair: &Pair<Rule>) -> R<NameKind> {
    Ok(match first_inner_rule(pair) {
        Some(Rule::kw_role) => NameKind::Role,
        Some(Rule::kw_unit) => NameKind::Unit,
        Some(Rule::kw_body) => NameKind::Body,
        _ => return bug("name_kind", pair),
    })
}

pub(super) fn parse_period_unit(pair: &Pair<Rule>) -> R<PeriodUnit> {
    Ok(match first_inner_rule(pair) {
        Some(Rule::kw_year) => PeriodUnit::Year,
        Some(Rule::kw_half) => PeriodUnit::Half,
        Some(Rule::kw_quarter) => PeriodUnit::Quarter,
        Some(Rule::kw_month) => PeriodUnit::Month,
        Some(Rule::kw_week) => PeriodUnit::Week,
        Some(Rule::kw_day) => PeriodUnit::Day,
        _ => return bug("period_unit", pair),
    })
}

pub(super) fn parse_period_ref(pair: &Pair<Rule>) -> R<PeriodRef> {
    let mut shift = 0;
    let mut unit = None;
    for p in pair.clone().into_inner() {
        match p.as_rule() {
            Rule::kw_previous => shift = -1,
            Rule::kw_next => shift = 1,
            Rule::kw_period => unit = None,
            Rule::period_unit => unit = Some(parse_period_unit(&p)?),
            _ => return bug("period_ref", &p),
        }
    }
    Ok(PeriodRef { shift, unit })
}

pub(super) fn parse_weekday(pair: &Pair<Rule>) -> R<Weekday> {
    let name = pair.as_str().trim();
    Weekday::ALL
        .into_iter()
        .find(|w| w.keyword() == name)
        .ok_or_else(|| Bug(format!("weekday: {name}")))
}

pub(super) fn parse_level(pair: &Pair<Rule>) -> R<Level> {
    Level::parse(pair.as_str().trim()).ok_or_else(|| Bug(format!("level: {}", pair.as_str())))
}

pub(super) fn parse_person_field(text: &str) -> R<PersonField> {
    PersonField::from_keyword(text).ok_or_else(|| Bug(format!("person field: {text}")))
}

pub(super) fn parse_relation(pair: Option<&Pair<Rule>>) -> R<Relation> {
    match pair.map(|p| p.as_rule()) {
        Some(Rule::kw_before) => Ok(Relation::Before),
        Some(Rule::kw_after) => Ok(Relation::After),
        Some(Rule::kw_of) => Ok(Relation::Around),
        other => Err(Bug(format!("relation: {other:?}"))),
    }
}

/// `12-20` (the grammar guarantees two digits, a dash, two digits; ranges are validated later).
pub(super) fn parse_month_day(text: &str) -> MonthDay {
    let (m, d) = text.split_once('-').unwrap_or(("0", "0"));
    MonthDay {
        month: m.parse().unwrap_or(0),
        day: d.parse().unwrap_or(0),
    }
}

pub(super) fn parse_full_date(text: &str) -> Date {
    let mut parts = text.splitn(3, '-');
    let mut next = || {
        parts
            .next()
            .and_then(|p| p.parse::<i32>().ok())
            .unwrap_or(0)
    };
    Date {
        year: next() as i16,
        month: next() as u8,
        day: next() as u8,
    }
}
