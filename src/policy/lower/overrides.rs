//! Parameter values from `zhidu.toml`: applied to the clauses their globs match, parsed as the
//! type of the default, and reported when they match nothing.

use super::*;
use crate::i18n::{Arg, Message};

impl ClauseLowerer<'_> {
    /// Replaces parameter defaults with the values `zhidu.toml` sets for this clause.
    pub(super) fn apply_overrides(&mut self, scope: &mut Scope, overrides: &[ParamOverride]) {
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
                        Message::new("params-bad-value")
                            .arg("value", o.value.as_str())
                            .arg("name", o.name.as_str())
                            .arg("clause", scope.id.to_string())
                            .arg("error", message),
                    )
                    .help(
                        Message::new("params-default")
                            .arg("default", param.default.to_string())
                            .arg("kind", param.default.kind()),
                    );
                    finding.location = o.loc;
                    self.errors.push(finding);
                }
            }
        }
    }
}

/// Parses a `zhidu.toml` parameter value as the same type as the default.
pub(super) fn parse_override(text: &str, default: &ParamValue) -> Result<ParamValue, Message> {
    let whole = |rule: Grammar| -> Result<(), Message> {
        match ZhiduParser::parse(rule, text).map(|mut p| p.next().map(|p| p.as_str().len())) {
            Ok(Some(len)) if len == text.len() => Ok(()),
            _ => Err(Message::new("params-expected").arg("kind", default.kind())),
        }
    };
    let value = match default {
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
            let parsed = super::super::parse::parse(
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
                .ok_or_else(|| Message::new("params-expected").arg("kind", default.kind()))
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
                .ok_or_else(|| Message::new("params-decimals"))
        }
        // A kind list: `"purchase, expense"` (a TOML array arrives joined the same way).
        ParamValue::Kinds(_) => {
            let kinds: Vec<String> = text
                .split([',', '，'])
                .map(|k| k.trim().to_string())
                .filter(|k| !k.is_empty())
                .collect();
            if kinds.is_empty() {
                Err(Message::new("params-expected")
                    .arg("kind", ParamValue::Kinds(Vec::new()).kind()))
            } else {
                Ok(ParamValue::Kinds(kinds))
            }
        }
        // A limit the regulation leaves unset: a month-day, a date or a duration, or `none`.
        ParamValue::None if text.trim() == "none" => Ok(ParamValue::None),
        ParamValue::None => [
            ParamValue::MonthDay(ast::MonthDay { month: 1, day: 1 }),
            ParamValue::Date(jiff::civil::Date::MIN),
            ParamValue::Duration(Duration {
                amount: 1,
                unit: ast::DurationUnit::Days,
            }),
        ]
        .iter()
        .find_map(|typed| parse_override(text, typed).ok())
        .ok_or_else(|| Message::new("params-expected-limit")),
    }?;
    // The same bounds as a policy's own values.
    match &value {
        ParamValue::Duration(d) if !d.in_bounds() => {
            let most = Duration {
                amount: Duration::max_amount(d.unit),
                unit: d.unit,
            };
            Err(Message::new("policy-duration-too-long")
                .arg("duration", d.to_string())
                .arg("most", most.to_string()))
        }
        ParamValue::Money(m) if m.units > MAX_AMOUNT * MONEY_SCALE => {
            Err(Message::new("policy-amount-too-large").arg("amount", m.to_string()))
        }
        _ => Ok(value),
    }
}

/// Overrides whose glob matches no clause, or whose parameter no matching clause has.
pub(super) fn check_overrides_match(
    clauses: &[Clause],
    overrides: &[ParamOverride],
    errors: &mut Vec<Finding>,
) {
    for o in overrides {
        let matching: Vec<&Clause> = clauses
            .iter()
            .filter(|c| glob_matches(&o.clauses, &c.id))
            .collect();
        let error = |message: Message, help: Message| {
            let mut finding = Finding::new(Check::DataError, o.clauses.clone(), message).help(help);
            finding.location = o.loc;
            finding
        };
        if matching.is_empty() {
            let ids: Vec<&str> = clauses.iter().map(|c| c.id.as_ref()).collect();
            let help = suggest::did_you_mean(&o.clauses, &ids)
                .unwrap_or_else(|| Message::new("params-no-clause-help"));
            let message = Message::new("params-no-clause").arg("pattern", o.clauses.as_str());
            errors.push(error(message, help));
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
                    Message::new("params-none")
                } else {
                    Message::new("params-are").arg("names", Arg::list(&names))
                }
            });
            let message = Message::new("params-no-param")
                .arg("pattern", o.clauses.as_str())
                .arg("name", o.name.as_str());
            errors.push(error(message, help));
        }
    }
}
