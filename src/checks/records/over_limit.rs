#![doc = include_str!("../../../docs/checks/over-limit.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::limits::Authority;
use crate::engine::records::Facts;
use crate::i18n::Message;
use crate::source::Loc;
use crate::vocab::Money;

/// `amount` beyond the highest authority among the signers, or beyond any when no signer appears
/// in the table.
pub fn check(
    scope: Scope,
    facts: &Facts,
    amount: &Money,
    at: Loc,
    currency: &str,
    best: Option<&Authority>,
) -> Option<Finding> {
    let message = match best {
        Some(Authority { up_to: None, .. }) => return None,
        Some(Authority {
            up_to: Some(limit), ..
        }) if amount.units <= limit.units => return None,
        Some(Authority {
            up_to: Some(limit),
            who,
        }) => Message::new("over-limit")
            .arg("amount", amount.to_string())
            .arg("currency", currency)
            .arg("who", who.as_str())
            .arg("limit", limit.to_string()),
        None => Message::new("over-limit-nobody")
            .arg("amount", amount.to_string())
            .arg("currency", currency)
            .arg("clause", &*scope.clause.id),
    };
    Some(
        scope
            .on_record(crate::diagnostic::Check::OverLimit, facts, message)
            .at(at)
            .label(Message::new("over-limit-label"))
            .help(Message::new("over-limit-help")),
    )
}
