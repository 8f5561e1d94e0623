declare_check! {
    /// ## What it checks
    /// One person in two capacities that must be different people: the requester signing their own
    /// request (`signers exclude requester`), or one person filling two steps of a chain that
    /// requires distinct signers (`signers distinct`).
    ///
    /// ## Why it matters
    /// Separation of duties: a second pair of eyes is the point of a second signature.
    ///
    /// ## Example
    /// ```yaml
    /// requests:
    ///   - {id: MQ-3, kind: material-quota, requested_by: p021,
    ///      signatures: [{by: p021, at: 2026-05-02}]}
    /// ```
    ///
    /// ## How to fix
    /// Have the step signed by someone else who holds the capacity, through a delegation if needed.
    pub struct SelfApproval { code: "self-approval", severity: Error }
}
