#![doc = include_str!("../../../docs/checks/data-error.md")]

use crate::data::model::{At, FieldValue};
use crate::diagnostic::{Check, Finding, Severity};
use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::i18n::Message;
use crate::policy::model::Field;

/// A field a clause reads as a time holds something else. (Most type errors are found while
/// loading; `attrs` are free-form, so theirs show only when a clause reads them.)
pub fn not_a_time(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    value: &At<FieldValue>,
) -> Option<Finding> {
    let message = match &value.value {
        FieldValue::Time(_) => return None,
        FieldValue::Text(t) | FieldValue::Ref(t) => {
            Message::new("data-error-not-a-time-text").arg("value", t.as_str())
        }
        v => Message::new("data-error-not-a-time").arg("value", v.describe()),
    };
    let mut f = scope.finding(
        Check::DataError,
        &facts.record.id.value,
        message
            .arg("path", field.path.as_str())
            .arg("clause", &*scope.clause.id),
        facts.rule,
    );
    f.severity = Severity::Error;
    f.location = Some(value.loc);
    Some(f.help(Message::new("data-error-not-a-time-help")))
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
        Message::new("data-error-currency")
            .arg("currency", currency)
            .arg("table", table),
    );
    f.location = Some(amount.loc);
    f.severity = Severity::Warning;
    Some(f.help(Message::new("data-error-currency-help")))
}
