declare_check! {
    /// ## What it checks
    /// People whose reporting lines loop: following each person's direct superior (their
    /// `manager`, else the holder of their first role's `reports_to`) comes back to them. One
    /// finding per person in the loop.
    ///
    /// ## Why it matters
    /// In a loop nobody is at the top: escalations never end and "direct superior" approvals can
    /// be given by a subordinate.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p1, name: A, manager: p2}
    ///   - {id: p2, name: B, manager: p1}
    /// ```
    ///
    /// ## How to fix
    /// Correct `manager` or `reports_to` so that the line ends at the top of the organisation.
    pub struct ReportingCycle { code: "reporting-cycle", severity: Error }
}
