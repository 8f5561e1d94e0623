declare_check! {
    /// ## What it checks
    /// A required step of a record has not been done and its deadline has passed by `--as-of`:
    /// a plan not yet submitted after its due date, a ticket not answered 24 hours after it was
    /// received, an all-hands meeting held without a notice.
    ///
    /// ## Why it matters
    /// Unlike `late`, the step is still missing: someone can still act on it today.
    ///
    /// ## Example
    /// ```yaml
    /// tickets:
    ///   - {id: T-88, kind: service-request, received: 2026-11-18T09:00}   # no `responded`
    /// ```
    ///
    /// ## How to fix
    /// Do the step and record its time in the field named by the finding.
    pub struct Overdue { code: "overdue", severity: Error }
}
