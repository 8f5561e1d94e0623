declare_check! {
    /// ## What it checks
    /// A clause names a role, unit or body that the data set does not have (no id, title, name or
    /// alias matches it), so the clause can never be met. Reported once per clause and name, at the
    /// name in the policy file; clauses that bind to records are only judged when the data holds
    /// such records or the clause requires them to exist.
    ///
    /// ## Why it matters
    /// The usual cause is a naming difference (`总经理` in the regulation, `General Manager` in the
    /// HR system): every check of the clause then fails for a reason that is not a compliance gap.
    ///
    /// ## Example
    /// A clause `signed by role 业务院长` and no role titled or aliased `业务院长`.
    ///
    /// ## How to fix
    /// Add the name to the entry's `aliases` in the data, or declare an alias in the policy
    /// (`role 业务院长 aka "VP Business"`).
    pub struct UnboundReference { code: "unbound-reference", severity: Warning }
}
