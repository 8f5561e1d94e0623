declare_check! {
    /// ## What it checks
    /// A policy file that parses but cannot mean anything sensible: a statement in the wrong kind
    /// of clause, an empty or inverted window, an authority table with a gap or an overlap, a
    /// chain naming the same role twice while requiring distinct signers, a cadence that can never
    /// be met, an impossible date such as `02-30`, a missing `namespace`.
    ///
    /// ## Why it matters
    /// Such a clause would either never fire or always fire; both hide real gaps.
    ///
    /// ## Example
    /// ```text
    /// plan budget {
    ///   submitted from 12-20 to 12-01   // the window closes before it opens
    /// }
    /// ```
    ///
    /// ## How to fix
    /// Follow the help line; `docs/language.md` describes every statement.
    pub struct PolicyError { code: "policy-error", severity: Error }
}
