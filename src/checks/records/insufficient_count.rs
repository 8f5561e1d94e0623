declare_check! {
    /// ## What it checks
    /// A count outside what a clause requires: too few bidders in a tender, a number of candidates
    /// outside its range, fewer meetings in a year than the regulation demands. For a running
    /// period, a warning is given as soon as the minimum can no longer be reached.
    ///
    /// ## Why it matters
    /// A tender with one bidder is not a competition; a committee that meets twice a year is not
    /// governing.
    ///
    /// ## Example
    /// ```yaml
    /// requests:
    ///   - {id: TD-4, kind: tender, bidders: 2}
    /// ```
    ///
    /// ## How to fix
    /// Invite more bidders, hold the missing meetings, or record the exception the clause allows
    /// (such as `attrs.negotiated` with its own approvals).
    pub struct InsufficientCount { code: "insufficient-count", severity: Error }
}
