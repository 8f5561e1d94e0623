declare_check! {
    /// ## What it checks
    /// Two steps of a record happened in the wrong order: paid before accepted, a leave started
    /// before it was approved, a budget signed before finance reviewed it, a project started
    /// before the technical committee's review.
    ///
    /// ## Why it matters
    /// An approval given after the fact is not a control; it is a record of a decision already
    /// taken by someone else.
    ///
    /// ## Example
    /// ```yaml
    /// requests:
    ///   - id: PR-7
    ///     kind: purchase
    ///     attrs: {accepted: 2026-03-10, paid: 2026-03-02}
    /// ```
    ///
    /// ## How to fix
    /// Correct the dates if they were entered wrongly; otherwise the process was bypassed and the
    /// finding is the evidence.
    pub struct OutOfSequence { code: "out-of-sequence", severity: Error }
}
