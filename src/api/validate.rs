//! Validating policy files: syntax and semantic checks, without data.
//!
//! Given folders, every policy file under them is validated. Given files — as pre-commit and
//! editors pass them, one or a few at a time — each is validated within the whole policy set of
//! its repository (the nearest folder above it holding `.git`, else its own folder), so that
//! a role misspelt in one file is caught even when the roles are declared in another; findings
//! are reported for the files given only.

use super::check::status;
use super::policies::or_here;
use super::{Error, Outcome};
use crate::config::FailOn;
use crate::policy::load;
use crate::read::{self, Found};
use crate::report::{self, Summary};
use crate::source::Sources;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What to validate.
#[derive(Clone, Debug, Default)]
pub struct ValidateOptions {
    /// Policy files or folders (default: the current folder).
    pub paths: Vec<PathBuf>,
    /// Validate the built-in pack too.
    pub builtin: bool,
    /// A policy text to validate in place of reading files (`validate -`), named as given
    /// (`--stdin-filename`; its folder decides the repository).
    pub stdin: Option<(PathBuf, String)>,
}

/// Parses and checks the policy files under `options.paths`. Warnings never fail it (it serves
/// pre-commit hooks); errors mean a policy cannot be used (status 2).
pub fn validate(options: &ValidateOptions) -> Result<Outcome, Error> {
    let mut sources = Sources::new();
    let (targets, mut findings) = match &options.stdin {
        Some((name, _)) => (
            vec![Found {
                display: read::display(name),
                path: name.clone(),
                named: true,
            }],
            Vec::new(),
        ),
        None => {
            let (found, problems) =
                read::walk(&or_here(&options.paths), &load::is_policy, &mut sources);
            let found: Vec<Found> = found
                .into_iter()
                .filter(|f| load::is_policy(&f.path))
                .collect();
            (found, problems)
        }
    };
    if targets.is_empty() && !options.builtin && findings.is_empty() {
        return Err(Error::new(crate::i18n::Message::new("error-no-policies")));
    }
    // Files named one by one are validated within their repository's policy set.
    let single = options.stdin.is_some() || options.paths.iter().any(|p| p.is_file());
    let mut all = targets.clone();
    if let Some(root) = targets
        .first()
        .filter(|_| single)
        .map(|t| repository(&t.path))
    {
        let (context, _) = read::walk(&[root], &load::is_policy, &mut Sources::new());
        all.extend(context.into_iter().filter(|f| load::is_policy(&f.path)));
    }
    let given = options
        .stdin
        .as_ref()
        .map(|(path, text)| (path.as_path(), text.as_str()));
    let loaded = load::load_with(&all, given, options.builtin, &[], &mut sources);
    let mut problems = loaded.findings;
    let mut clauses = loaded.set.clauses.len();
    if single {
        // Report on the files given, not on their context.
        let wanted: BTreeSet<&str> = targets.iter().map(|t| t.display.as_str()).collect();
        let given = |file: crate::source::FileId| {
            sources
                .get(file)
                .is_none_or(|f| wanted.contains(f.name.as_str()) || f.builtin)
        };
        problems.retain(|f| f.location.is_none_or(|l| given(l.file)));
        clauses = loaded
            .set
            .clauses
            .iter()
            .filter(|c| given(c.loc.file))
            .count();
    }
    findings.extend(problems);
    report::sort(&mut findings, &sources);
    let summary = Summary {
        files: if single {
            targets.len()
        } else {
            loaded.files.len()
        },
        clauses,
        ..Summary::default()
    };
    let status = status(&findings, FailOn::Never);
    Ok(Outcome {
        findings,
        sources,
        summary,
        status,
        lang: None,
        sections: None,
    })
}

/// The repository a policy file belongs to: the nearest folder above it holding `.git`, else
/// its own folder.
pub(crate) fn repository(file: &Path) -> PathBuf {
    let absolute = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    let mut folders = absolute.ancestors().skip(1);
    let own = folders.clone().next().map(Path::to_path_buf);
    folders
        .find(|dir| dir.join(".git").exists())
        .map(Path::to_path_buf)
        .or(own)
        .unwrap_or_else(|| PathBuf::from("."))
}
