declare_check! {
    /// ## What it checks
    /// An active person with no direct superior on `--as-of` who is not at the top: no `manager`,
    /// and no holder of their first role's `reports_to` (or no role at all). People holding a
    /// role of level `executive` or `board`, or a role without `reports_to` that heads a top-level
    /// unit, are at the top.
    ///
    /// ## Why it matters
    /// "Signed by the requester's direct superior" (直属领导) cannot be met for them.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p050, name: 陈静, roles: []}
    /// ```
    ///
    /// ## How to fix
    /// Give the person a `manager`, or a role whose `reports_to` is held.
    pub struct NoManager { code: "no-manager", severity: Warning }
}
