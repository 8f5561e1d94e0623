#![doc = include_str!("../../../docs/checks/insufficient-count.md")]

use crate::data::model::FieldValue;
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::records::Facts;
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
        (Some(a), Some(b)) => format!("between {a} and {b}"),
        (Some(a), None) => format!("at least {a}"),
        (None, Some(b)) => format!("at most {b}"),
        (None, None) => return None,
    };
    let name = field.path.strip_prefix("attrs.").unwrap_or(&field.path);
    let Some(value) = record.get(&field.path) else {
        return Some(
            scope
                .on_record(
                    crate::diagnostic::Check::InsufficientCount,
                    facts,
                    format!("{name} not recorded; {wanted} required"),
                )
                .label(format!("no `{}`", field.path))
                .help(format!("record `{}`", field.path)),
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
                format!("{n} {name}, {wanted} required"),
            )
            .at(value.loc)
            .label(wanted.to_string())
            .help(if low {
                "add the missing ones, or record the exception the clause allows"
            } else {
                "narrow the list to the number the regulation allows"
            })
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
    let what = crate::engine::existence::what(scope);
    let mut f = match left {
        None => scope.finding(
            crate::diagnostic::Check::InsufficientCount,
            &subject,
            format!("{held} {what} records in {period}, at least {count} required"),
            scope.clause.loc,
        ),
        Some(left) => {
            let mut f = scope.finding(
                crate::diagnostic::Check::InsufficientCount,
                &subject,
                format!("{what}: {held} so far in {period} and {left} days left, so the {count} required can no longer be reached"),
                scope.clause.loc,
            );
            f.severity = crate::diagnostic::Severity::Warning;
            f
        }
    };
    f = f
        .at(rule.loc)
        .label(format!("at least {count} per {}", period.unit().keyword()));
    f.help = Some(format!("hold and record the missing {}", count.saturating_sub(held)).into());
    Some(f)
}
