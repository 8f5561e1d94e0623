#![doc = include_str!("../../../docs/checks/over-limit.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::limits::Authority;
use crate::engine::records::Facts;
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
        }) => format!(
            "amount {amount} {currency} exceeds the authority of every signer (highest: {who}, up to {limit})"
        ),
        None => format!(
            "amount {amount} {currency}: no signer has authority for it in {}",
            scope.clause.id
        ),
    };
    Some(
        scope
            .on_record(crate::diagnostic::Check::OverLimit, facts, message)
            .at(at)
            .label("beyond the signers' authority")
            .help("obtain the signature of a role whose authority covers the amount"),
    )
}
