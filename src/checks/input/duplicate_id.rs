declare_check! {
    /// ## What it checks
    /// An id defined twice: two org entries (units, roles, people, bodies, delegations share one
    /// id space), two records, or two policy clauses with the same id. The finding shows both
    /// places.
    ///
    /// ## Why it matters
    /// References to the id become ambiguous; zhidu keeps the first definition and reports the
    /// second rather than merging them.
    ///
    /// ## Example
    /// ```yaml
    /// roles:
    ///   - {id: president, title: 总裁}
    /// units:
    ///   - {id: president, name: 总裁办}   # `president` is already a role
    /// ```
    ///
    /// ## How to fix
    /// Rename one of the two entries and update the references to it.
    pub struct DuplicateId { code: "duplicate-id", severity: Error }
}
