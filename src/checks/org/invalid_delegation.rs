declare_check! {
    /// ## What it checks
    /// A delegation (代理, 授权) that is not valid: it was relied on for a signature outside its
    /// `since`–`until` days (expired or not yet valid), it ends before it starts, or it breaks a
    /// delegation clause: given to someone who does not hold the deputy role, or not authorized by
    /// a holder of the role the clause requires (`when authorized by role 总裁`). The subject is
    /// the delegation.
    ///
    /// ## Why it matters
    /// A deputy acting for the director without the 总裁's authorization is acting without
    /// authority, however sensible the decision.
    ///
    /// ## Example
    /// ```yaml
    /// delegations:
    ///   - {id: d1, from: p002, to: p003, role: ops-director, since: 2026-07-01}  # no authorized_by
    /// ```
    ///
    /// ## How to fix
    /// Record who authorized the delegation (`authorized_by`, `authorized_at`), correct its dates,
    /// or give it to the person the regulation names.
    pub struct InvalidDelegation { code: "invalid-delegation", severity: Error }
}
