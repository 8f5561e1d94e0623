declare_check! {
    /// ## What it checks
    /// A holding that has lasted longer than its term (`term 3 years for level board`): the person
    /// still holds the role on `--as-of`, and more than the term has passed since the holding's
    /// `since`. The subject is the person.
    ///
    /// ## Why it matters
    /// An expired mandate must be renewed by whoever appoints it; acts of an expired board member
    /// can be challenged.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p070, name: 孙磊, roles: [{role: director-1, since: 2022-05-01}]}
    /// ```
    ///
    /// ## How to fix
    /// Record the renewal as a new holding starting on the renewal date, or end the holding.
    pub struct TermExpired { code: "term-expired", severity: Error }
}
