//! Validating policy files: syntax and semantic checks, without data.

use super::check::status;
use super::policies::or_here;
use super::{Error, Outcome};
use crate::config::FailOn;
use crate::policy::load;
use crate::read;
use crate::report::{self, Summary};
use crate::source::Sources;
use std::path::PathBuf;

/// What to validate.
#[derive(Clone, Debug, Default)]
pub struct ValidateOptions {
    /// Policy files or folders (default: the current folder).
    pub paths: Vec<PathBuf>,
    /// Validate the built-in pack too.
    pub builtin: bool,
}

/// Parses and checks the policy files under `options.paths`. Warnings never fail it (it serves
/// pre-commit hooks); errors mean a policy cannot be used (status 2).
pub fn validate(options: &ValidateOptions) -> Result<Outcome, Error> {
    let mut sources = Sources::new();
    let (found, mut findings) =
        read::walk(&or_here(&options.paths), &load::is_policy, &mut sources);
    let found: Vec<_> = found
        .into_iter()
        .filter(|f| load::is_policy(&f.path))
        .collect();
    if found.is_empty() && !options.builtin && findings.is_empty() {
        return Err(Error::new("no policy files (*.zhidu) found"));
    }
    let loaded = load::load(&found, options.builtin, &[], &mut sources);
    findings.extend(loaded.findings);
    report::sort(&mut findings, &sources);
    let summary = Summary {
        files: loaded.files.len(),
        clauses: loaded.set.clauses.len(),
        ..Summary::default()
    };
    let status = status(&findings, FailOn::Never);
    Ok(Outcome {
        findings,
        sources,
        summary,
        status,
    })
}
