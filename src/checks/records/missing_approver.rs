declare_check! {
    /// ## What it checks
    /// A signer that a clause requires is absent from the record's `signatures`: nobody who could
    /// act in that capacity at the time (by holding the role, or through a delegation valid then
    /// and in scope) signed with `decision: approve`. Records whose `status` is `draft`, `pending`,
    /// `submitted` or `in-review` are still under way and are not judged.
    ///
    /// ## Why it matters
    /// A purchase without the 总经理's signature is exactly what the approval chain exists to stop.
    ///
    /// ## Example
    /// ```yaml
    /// requests:
    ///   - id: PR-2026-0142
    ///     kind: purchase
    ///     signatures: [{by: p010, at: 2026-03-01}]   # only the department head signed
    /// ```
    ///
    /// ## How to fix
    /// Obtain the missing signature, or record it if it exists on paper.
    pub struct MissingApprover { code: "missing-approver", severity: Error }
}
