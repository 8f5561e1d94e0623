declare_check! {
    /// ## What it checks
    /// A reference to an id that no entry defines: a person's role, a signature's `by`, a unit's
    /// `head`, a meeting's `body`. In policies: a name used by a clause but not declared, when the
    /// policy set declares names of that kind, or a parameter that does not exist.
    ///
    /// ## Why it matters
    /// A dangling reference usually is a typo, and everything that depends on it (who may sign,
    /// who leads a unit) silently stops working.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p002, name: 李娜, roles: [ops-directr]}   # did you mean `ops-director`?
    /// ```
    ///
    /// ## How to fix
    /// Use the id of an existing entry (the help line suggests the nearest one), or add the
    /// missing entry.
    pub struct UnknownReference { code: "unknown-reference", severity: Error }
}
