declare_check! {
    /// ## What it checks
    /// A signature claims a capacity its signer did not have at that moment: the signer did not
    /// hold the role then (not yet appointed, already left, or never) and had no delegation for it
    /// valid on that day and covering the record's kind.
    ///
    /// ## Why it matters
    /// An approval by someone without authority is void; the record is as good as unsigned.
    ///
    /// ## Example
    /// ```yaml
    /// signatures:
    ///   - {by: p007, as: president, at: 2026-04-01}   # p007 is the deputy, with no delegation
    /// ```
    ///
    /// ## How to fix
    /// Have the record signed by the holder of the role, or record the delegation (with its
    /// authorizer) that allowed the signer to act.
    pub struct UnauthorizedApprover { code: "unauthorized-approver", severity: Error }
}
