declare_check! {
    /// ## What it checks
    /// A unit with no `head` role, or whose head role is held by nobody active on `--as-of`. The
    /// subject is the unit.
    ///
    /// ## Why it matters
    /// Every "head of the requester's unit" (部门负责人) signature for that unit becomes impossible.
    ///
    /// ## Example
    /// ```yaml
    /// units:
    ///   - {id: it, name: IT部}   # no head
    /// ```
    ///
    /// ## How to fix
    /// Name the unit's `head` role and make sure someone holds it.
    pub struct UnitWithoutHead { code: "unit-without-head", severity: Warning }
}
