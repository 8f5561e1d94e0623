declare_check! {
    /// ## What it checks
    /// The required signatures are all there but not in the order of the chain (`then`), or a
    /// signer marked `last` was followed by another signature.
    ///
    /// ## Why it matters
    /// Each signer in a chain relies on the ones before: the 总经理 signs a purchase knowing the
    /// department head and the 业务院长 already checked it.
    ///
    /// ## Example
    /// ```yaml
    /// signatures:
    ///   - {by: p001, as: general-manager, at: 2026-03-01}
    ///   - {by: p010, as: lab-head, at: 2026-03-02}   # the department head signed after the 总经理
    /// ```
    ///
    /// ## How to fix
    /// Have the chain signed again in order, or correct the recorded times.
    pub struct ApprovalOrder { code: "approval-order", severity: Error }
}
