declare_check! {
    /// ## What it checks
    /// A recurring meeting or report is missing for one of its slots (a week, a month, every
    /// Monday, the last day of the month), or two consecutive ones are further apart than allowed
    /// (`gap at most 3 months`). Only slots whose deadline lies in `[--since, --as-of]` are judged.
    /// The subject is the clause and the slot: `prod.routine-meeting@2026-07`,
    /// `ops.weekly-meeting@2026-W14`, `office.weekly-admin-meeting@2026-11-16`.
    ///
    /// ## Why it matters
    /// Standing meetings and periodic reports are how problems surface before they grow; a missing
    /// one is a month in which nobody looked.
    ///
    /// ## Example
    /// An `ops-weekly` meeting for every ISO week except 2026-W14.
    ///
    /// ## How to fix
    /// Record the meeting or report if it took place; otherwise hold it, and keep the finding as
    /// the record of the gap.
    pub struct Cadence { code: "cadence", severity: Error }
}
