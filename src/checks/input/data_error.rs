#![doc = include_str!("../../../docs/checks/data-error.md")]

use crate::data::model::{At, FieldValue};
use crate::diagnostic::{Check, Finding, Severity};
use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::policy::model::Field;

/// A field a clause reads as a time holds something else. (Most type errors are found while
/// loading; `attrs` are free-form, so theirs show only when a clause reads them.)
pub fn not_a_time(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    value: &At<FieldValue>,
) -> Option<Finding> {
    let shown = match &value.value {
        FieldValue::Time(_) => return None,
        FieldValue::Text(t) | FieldValue::Ref(t) => format!("`{t}`"),
        v => v.describe().to_string(),
    };
    let mut f = scope.finding(
        Check::DataError,
        &facts.record.id.value,
        format!(
            "`{}` is {shown}, but {} needs a time here",
            field.path, scope.clause.id
        ),
        facts.rule,
    );
    f.severity = Severity::Error;
    f.location = Some(value.loc);
    Some(f.help("write a timestamp like 2026-12-20T17:30:00+08:00 or a date like 2026-12-20"))
}

/// An amount in another currency than the authority table's: it cannot be judged.
pub fn currency_mismatch(
    scope: Scope,
    facts: &Facts,
    amount: &At<FieldValue>,
    currency: &str,
    table: Option<&str>,
) -> Option<Finding> {
    let table = table.filter(|t| *t != currency)?;
    let mut f = scope.on_record(
        Check::DataError,
        facts,
        format!("amount in {currency} cannot be compared with the authority table in {table}"),
    );
    f.location = Some(amount.loc);
    f.severity = Severity::Warning;
    Some(f.help("record the amount in the table's currency"))
}
