#![doc = include_str!("../../../docs/checks/insufficient-count.md")]

use crate::data::model::FieldValue;
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::i18n::Message;
use crate::policy::model::Field;
use crate::vocab::MONEY_SCALE;

/// A count field outside `[min, max]`, or not recorded.
pub fn check(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    min: Option<u32>,
    max: Option<u32>,
) -> Option<Finding> {
    let record = facts.record;
    let wanted = match (min, max) {
        (Some(a), Some(b)) => Message::new("count-between").arg("min", a).arg("max", b),
        (Some(a), None) => Message::new("count-at-least").arg("min", a),
        (None, Some(b)) => Message::new("count-at-most").arg("max", b),
        (None, None) => return None,
    };
    let name = field.path.strip_prefix("attrs.").unwrap_or(&field.path);
    let Some(value) = record.get(&field.path) else {
        return Some(
            scope
                .on_record(
                    crate::diagnostic::Check::InsufficientCount,
                    facts,
                    Message::new("insufficient-count-missing")
                        .arg("name", name)
                        .arg("wanted", wanted),
                )
                .label(Message::new("overdue-label").field("field", field))
                .help(Message::new("insufficient-count-record").arg("path", field.path.as_str())),
        );
    };
    let n: i128 = match &value.value {
        FieldValue::Int(n) => *n as i128,
        FieldValue::Money(m) if m.units % MONEY_SCALE == 0 => m.units / MONEY_SCALE,
        FieldValue::Text(t) => t.trim().parse().ok()?,
        _ => return None,
    };
    let low = min.is_some_and(|m| n < m as i128);
    let high = max.is_some_and(|m| n > m as i128);
    (low || high).then(|| {
        scope
            .on_record(
                crate::diagnostic::Check::InsufficientCount,
                facts,
                Message::new("insufficient-count")
                    .arg("n", n.to_string())
                    .arg("name", name)
                    .arg("wanted", wanted.clone()),
            )
            .at(value.loc)
            .label(wanted)
            .help(Message::new(if low {
                "insufficient-count-low-help"
            } else {
                "insufficient-count-high-help"
            }))
    })
}

use crate::policy::model::Rule;
use crate::time::Period;

/// Fewer than `count` records in `period`: once the period is over (within the judged range),
/// or, while it runs, as a warning once the days left can no longer make up the difference.
pub fn per_period(
    scope: Scope,
    rule: &Rule,
    period: &Period,
    held: u32,
    count: u32,
) -> Option<Finding> {
    let ctx = scope.ctx;
    if held >= count {
        return None;
    }
    let left = if ctx.judged(period.end()) {
        None
    } else if period.end() > ctx.as_of {
        // At most one record a day.
        let left = (period.end() - ctx.as_of).get_days().max(0) as u32;
        if held + left >= count {
            return None;
        }
        Some(left)
    } else {
        return None;
    };
    let subject = format!("{}@{period}", scope.clause.id);
    let what = crate::engine::existence::what_arg(scope);
    let mut f = match left {
        None => scope.finding(
            crate::diagnostic::Check::InsufficientCount,
            &subject,
            Message::new("insufficient-count-period")
                .arg("held", held)
                .arg("what", what)
                .period("period", period)
                .arg("count", count),
            scope.clause.loc,
        ),
        Some(left) => {
            let mut f = scope.finding(
                crate::diagnostic::Check::InsufficientCount,
                &subject,
                Message::new("insufficient-count-unreachable")
                    .arg("what", what)
                    .arg("held", held)
                    .period("period", period)
                    .arg("left", left)
                    .arg("count", count),
                scope.clause.loc,
            );
            f.severity = crate::diagnostic::Severity::Warning;
            f
        }
    };
    f = f.at(rule.loc).label(
        Message::new("insufficient-count-per")
            .arg("count", count)
            .arg("unit", Message::new(unit_word(period.unit()))),
    );
    f.help = Some(
        Message::new("insufficient-count-help")
            .arg("n", count.saturating_sub(held))
            .into(),
    );
    Some(f)
}

/// A calendar unit as a message names it (`per year` / `每年`).
fn unit_word(unit: crate::vocab::PeriodUnit) -> &'static str {
    use crate::vocab::PeriodUnit::*;
    match unit {
        Day => "per-day",
        Week => "per-week",
        Month => "per-month",
        Quarter => "per-quarter",
        Half => "per-half",
        Year => "per-year",
    }
}
