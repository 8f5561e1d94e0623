declare_check! {
    /// ## What it checks
    /// A body, unit or person that must review (审议) a record has no entry in its `reviews`.
    ///
    /// ## Why it matters
    /// Review by the 总经理办公会 or the 技术委员会 is how collective judgement enters a decision;
    /// skipping it leaves one person deciding alone.
    ///
    /// ## Example
    /// ```yaml
    /// plans:
    ///   - {id: aop-2027, kind: annual-operations-plan, period: 2027, reviews: []}
    /// ```
    ///
    /// ## How to fix
    /// Hold the review and record it: `reviews: [{by: gm-office, at: 2026-12-19}]`.
    pub struct MissingReview { code: "missing-review", severity: Error }
}
