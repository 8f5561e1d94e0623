declare_check! {
    /// ## What it checks
    /// A role that a clause needs filled (`role 运营总监 filled`) is held by nobody active on
    /// `--as-of`: no holding covers that day, or every holder has left. The subject is the role.
    ///
    /// ## Why it matters
    /// Every duty the regulation gives that role (approving, chairing, signing off) has no one to
    /// perform it, and every signature it should give will be missing.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p002, name: 李娜, roles: [{role: ops-director, until: 2026-06-30}]}
    /// ```
    ///
    /// ## How to fix
    /// Appoint someone (add the role to a person, with `since`), or record who acts for the role
    /// through a delegation while it is vacant.
    pub struct VacantRole { code: "vacant-role", severity: Error }
}
