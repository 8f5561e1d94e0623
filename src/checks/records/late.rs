declare_check! {
    /// ## What it checks
    /// A step was done, but after its deadline. A deadline on a date is met through the end of
    /// that day in the data set's time zone; a deadline in hours (`within 24h`) is exact.
    ///
    /// ## Why it matters
    /// A plan submitted after the meeting that should review it, or a notice sent one day before
    /// the meeting, defeats the purpose of the rule even though the record exists.
    ///
    /// ## Example
    /// ```yaml
    /// plans:
    ///   - {id: aop-2027, kind: annual-operations-plan, period: 2027, submitted: 2026-12-22}
    ///     # due 2026-12-20
    /// ```
    ///
    /// ## How to fix
    /// The record cannot be made on time after the fact; correct the date if it was entered
    /// wrongly, otherwise keep the finding as evidence and address the cause.
    pub struct Late { code: "late", severity: Error }
}
