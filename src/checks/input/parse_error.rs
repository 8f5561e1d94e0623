declare_check! {
    /// ## What it checks
    /// A data or policy file that is not well-formed: a YAML, JSON, TOML or CSV syntax error, a
    /// policy line that does not follow the language, bytes that are not UTF-8, a file nested too
    /// deeply or too large to read safely.
    ///
    /// ## Why it matters
    /// Whatever the broken file holds is invisible to every other check, so a clean report would
    /// be a false one. The run exits 2, and every other file is still checked.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p001, name: 张伟        # the flow map is never closed
    /// ```
    ///
    /// ## How to fix
    /// Go to the line and column shown and repair the syntax; the message says what was expected.
    pub struct ParseError { code: "parse-error", severity: Error }
}
