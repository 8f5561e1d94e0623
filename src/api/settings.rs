//! Settings of zhidu.toml that match nothing: a kind in `covers` that no clause judges and no
//! record has (a typo there makes a finding disappear in silence), a `[files]` or `[encoding]`
//! line whose glob matches no file read, a `[files]` line naming a sheet the workbook lacks or a
//! sheet with nothing in it. Each is a warning at its line, with the nearest name when one is
//! close.

use crate::config::Config;
use crate::data::DataSet;
use crate::diagnostic::{Check, Finding, Severity};
use crate::i18n::Message;
use crate::policy::model::{KindFilter, PolicySet};
use crate::read::Found;
use crate::source::{Loc, Sources};
use crate::vocab::Collection;
use std::collections::BTreeSet;

/// The warnings for every setting that matches nothing.
pub fn unmatched(
    config: &Config,
    set: &PolicySet,
    data: &DataSet,
    found: &[Found],
    sources: &Sources,
) -> Vec<Finding> {
    let mut out = covers(config, set, data);
    out.extend(files(config, found, sources));
    out
}

fn warning(subject: &str, message: Message, at: Option<Loc>) -> Finding {
    let mut f = Finding::new(Check::DataError, subject, message).severity(Severity::Warning);
    f.location = at;
    f
}

/// `covers` kinds (and `kind.step`s) whose kind no clause binds and no record has.
fn covers(config: &Config, set: &PolicySet, data: &DataSet) -> Vec<Finding> {
    let mut known: BTreeSet<&str> = set
        .clauses
        .iter()
        .filter_map(|c| match &c.kinds {
            KindFilter::Only(kinds) => Some(kinds.iter().map(String::as_str)),
            KindFilter::Any => None,
        })
        .flatten()
        .collect();
    for collection in Collection::ALL {
        known.extend(data.records.kinds(collection).map(|(kind, _)| kind));
    }
    config
        .covers
        .iter()
        .zip(
            config
                .covers_at
                .iter()
                .map(Some)
                .chain(std::iter::repeat(None)),
        )
        .filter_map(|(entry, at)| {
            let kind = entry.split('.').next().unwrap_or(entry);
            if kind == "*" || known.contains(kind) {
                return None;
            }
            let mut f = warning(
                entry,
                Message::new("covers-unknown").arg("kind", kind),
                at.copied(),
            );
            f.help = Some(
                crate::suggest::did_you_mean(kind, known.iter().copied())
                    .unwrap_or_else(|| Message::new("covers-unknown-help"))
                    .into(),
            );
            Some(f)
        })
        .collect()
}

/// `[files]` and `[encoding]` lines that match no file read, and `[files]` sheets a matching
/// workbook lacks or leaves empty.
fn files(config: &Config, found: &[Found], sources: &Sources) -> Vec<Finding> {
    let mut out = Vec::new();
    let matching = |glob: &crate::config::PathGlob| -> Vec<&Found> {
        found.iter().filter(|f| glob.matches(&f.path)).collect()
    };
    for rule in &config.files {
        let files = matching(&rule.glob);
        if files.is_empty() {
            out.push(warning(
                "[files]",
                Message::new("files-unmatched").arg("glob", rule.glob.pattern()),
                rule.at,
            ));
            continue;
        }
        let Some(sheet) = &rule.sheet else {
            continue;
        };
        for file in files {
            let read = sources
                .iter()
                .find(|(_, s)| s.name == file.display && s.sheet.as_deref() == Some(sheet));
            let (id, empty) = match read {
                Some((_, s)) => ("files-sheet-empty", s.text.trim().is_empty()),
                None => ("files-no-sheet", true),
            };
            // A workbook that could not be read at all is reported on its own.
            let unread = !sources
                .iter()
                .any(|(_, s)| s.name == file.display && s.sheet.is_some());
            if empty && !unread {
                out.push(warning(
                    "[files]",
                    Message::new(id)
                        .arg("sheet", sheet.as_str())
                        .arg("file", file.display.as_str()),
                    rule.at,
                ));
            }
        }
    }
    for rule in &config.encodings {
        if matching(&rule.glob).is_empty() {
            out.push(warning(
                "[encoding]",
                Message::new("encoding-unmatched").arg("glob", rule.glob.pattern()),
                rule.at,
            ));
        }
    }
    out
}
