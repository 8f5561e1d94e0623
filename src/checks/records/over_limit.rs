#![doc = include_str!("../../../docs/checks/over-limit.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::source::Loc;
use crate::vocab::Money;

/// `amount` beyond the highest authority among the signers (`limit`, held by `who`), or beyond
/// any when no signer appears in the table.
pub fn check(
    scope: Scope,
    facts: &Facts,
    amount: &Money,
    at: Loc,
    currency: &str,
    limit: Option<&str>,
    who: &str,
) -> Option<Finding> {
    let message = match limit {
        Some(limit) => format!(
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
