declare_check! {
    /// ## What it checks
    /// A step was done before the window in which the regulation allows it opened: drafting
    /// started before the planning season, a plan submitted earlier than the last week of the
    /// month, a delivery earlier than its tolerance around the reservation.
    ///
    /// ## Why it matters
    /// Work done outside its window usually misses the inputs the window exists for (the company
    /// plan, the month's figures).
    ///
    /// ## Example
    /// ```yaml
    /// plans:
    ///   - {id: abp-2027, kind: annual-business-plan, period: 2027, drafted: 2026-09-20}
    ///     # drafting opens on 2026-10-08
    /// ```
    ///
    /// ## How to fix
    /// Check the recorded date; if it is right, redo the step inside the window.
    pub struct OutOfWindow { code: "out-of-window", severity: Error }
}
