declare_check! {
    /// ## What it checks
    /// A record names a person, unit or body other than the one a clause requires: a plan owned by
    /// someone who is not the 运营总监, submitted to a unit instead of the 总经理办公会, a meeting
    /// chaired by someone who is not the 办公室主任, a process design drafted outside 中试技术部.
    /// Absent fields are not judged.
    ///
    /// ## Why it matters
    /// Responsibility that sits with the wrong person is responsibility nobody answers for.
    ///
    /// ## Example
    /// ```yaml
    /// meetings:
    ///   - {id: M-12, kind: admin-weekly, held: 2026-11-16T09:00, chair: p031}  # p031 is not 办公室主任
    /// ```
    ///
    /// ## How to fix
    /// Correct the field if it was entered wrongly, or have the right person take the step.
    pub struct WrongParty { code: "wrong-party", severity: Error }
}
