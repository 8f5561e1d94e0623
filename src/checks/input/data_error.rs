declare_check! {
    /// ## What it checks
    /// A well-formed data file whose content breaks DATA.md: a wrong type (`seats: three`), a bad
    /// date or period (`2026-02-30`, `2026-Q5`), an unknown field (`nmae:`), a missing required
    /// field, a CSV row with the wrong number of cells, or a top-level key that is not a collection.
    ///
    /// ## Why it matters
    /// A misspelt field is silently ignored by people and spreadsheets; zhidu refuses to guess.
    /// The broken value is left out, the rest of its entry and every other entry are still loaded
    /// and checked, and the run exits 2.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p001, nmae: 张伟}   # unknown field `nmae`, did you mean `name`?
    /// ```
    ///
    /// ## How to fix
    /// Correct the field at the location shown; the help line names the expected type or the
    /// nearest known field.
    pub struct DataError { code: "data-error", severity: Error }
}
