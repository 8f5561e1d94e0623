declare_check! {
    /// ## What it checks
    /// More active people than allowed: a role held by more people than its `seats` (编制) or than
    /// a clause allows (`filled by exactly 1`), or a unit with more active people than its
    /// clause's headcount. The subject is the role or the unit.
    ///
    /// ## Why it matters
    /// Two people holding a single-seat position means nobody knows whose signature counts; a unit
    /// over its headcount is a budget and approval problem.
    ///
    /// ## Example
    /// ```yaml
    /// roles:
    ///   - {id: prod-manager, title: 产品生产部经理, seats: 1}
    /// people:
    ///   - {id: p040, name: 王强, roles: [prod-manager]}
    ///   - {id: p041, name: 刘洋, roles: [prod-manager]}
    /// ```
    ///
    /// ## How to fix
    /// End the surplus holdings (`until`), or raise `seats` if the headcount was approved.
    pub struct OverHeadcount { code: "over-headcount", severity: Error }
}
