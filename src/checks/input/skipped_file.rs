declare_check! {
    /// ## What it checks
    /// A YAML, JSON or TOML file under the data paths that holds none of the collection keys of
    /// DATA.md (`units`, `people`, `plans`, …). It is not treated as data and is skipped. Under
    /// `--strict` this is an error.
    ///
    /// ## Why it matters
    /// A data file whose collection key is misspelt at the top would otherwise vanish without a
    /// word.
    ///
    /// ## Example
    /// ```yaml
    /// # settings.yaml: not a data file
    /// theme: dark
    /// ```
    ///
    /// ## How to fix
    /// Nothing, if the file is not data. Otherwise name its collection (`people:`), or move it out
    /// of the data paths, or list it in `.gitignore`.
    pub struct SkippedFile { code: "skipped-file", severity: Info }
}
