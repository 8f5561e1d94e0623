declare_check! {
    /// ## What it checks
    /// One person holds, at the same time within the judged range, roles that a clause keeps apart
    /// (`role 出纳 and role 会计 not combined`). The subject is the person.
    ///
    /// ## Why it matters
    /// Segregation of duties (不相容职务分离): the person who keeps the cash must not keep the books.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p060, name: 赵敏, roles: [cashier, accountant]}
    /// ```
    ///
    /// ## How to fix
    /// Give one of the roles to someone else and end the person's holding of it (`until`).
    pub struct SodConflict { code: "sod-conflict", severity: Error }
}
