declare_check! {
    /// ## What it checks
    /// A record's `amount` exceeds the authority of every signer, according to an authority table
    /// (`limits` clause): nobody who signed may approve that much.
    ///
    /// ## Why it matters
    /// Authority limits (审批权限) are how a company keeps large commitments in senior hands.
    ///
    /// ## Example
    /// ```text
    /// limits purchase-limits { up to 1万: role 部门经理 … }
    /// ```
    /// and a purchase of 80000 signed only by the 部门经理.
    ///
    /// ## How to fix
    /// Obtain the signature of a role whose authority covers the amount.
    pub struct OverLimit { code: "over-limit", severity: Error }
}

use crate::engine::Scope;
use crate::engine::records::Facts;
use crate::finding::Finding;
use crate::policy::model::Money;
use crate::source::Loc;

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
            .on_record(crate::checks::Check::OverLimit, facts, message)
            .at(at)
            .label("beyond the signers' authority")
            .help("obtain the signature of a role whose authority covers the amount"),
    )
}
