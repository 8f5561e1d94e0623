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
