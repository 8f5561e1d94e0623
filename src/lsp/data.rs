//! Data files in the editor: their data errors as they are typed and the findings of `check`
//! when saved (both from one check of the workspace as the editor has it), hover on an id (the
//! entry and what refers to it), go to definition from a reference to its entry.
//!
//! Every check goes through the server's [`Workspace`](crate::api::check::Workspace): unsaved
//! buffers are read instead of the disk, and a file unchanged since the last check is neither
//! read nor typed again.

use super::{Server, text, uri_of};
use crate::api::check::{CheckOptions, check};
use crate::data::DataSet;
use crate::diagnostic::Finding;
use crate::i18n::{Arg, t};
use crate::source::{Loc, Sources};
use crate::vocab::NameKind;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// At most this many referring entries are listed on a hover (the rest are counted).
const MOST_REFERRERS: usize = 20;

impl Server<'_> {
    /// The folder checked for a data file: the workspace, else the file's folder.
    pub(super) fn data_root(&self, path: &Path) -> PathBuf {
        self.root
            .clone()
            .or_else(|| path.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// Checks the workspace with the document at `path` as the editor has it, and publishes the
    /// findings: as it is typed, the data errors that land in it; when opened or saved, every
    /// finding in it and in the other open data files (a reference fixed here may mend them).
    pub(super) fn diagnose_data(&self, uri: &str, path: &Path, text: &str, saved: bool) {
        self.workspace
            .set_unsaved(path, (!saved).then(|| text.to_string()));
        let options = CheckOptions {
            paths: vec![self.data_root(path)],
            workspace: Some(self.workspace.clone()),
            ..CheckOptions::default()
        };
        let Ok(outcome) = check(&options) else {
            return;
        };
        if !saved {
            let input: Vec<Finding> = outcome
                .findings
                .into_iter()
                .filter(|f| f.check.is_input())
                .collect();
            let diagnostics = self.diagnostics(path, &input, &outcome.sources);
            self.publish(uri, diagnostics);
            return;
        }
        for open in self.documents.keys() {
            let Some(open_path) = text::path_of(open) else {
                continue;
            };
            if open == uri || crate::data::load::is_data(&open_path) {
                let diagnostics = self.diagnostics(&open_path, &outcome.findings, &outcome.sources);
                self.publish(open, diagnostics);
            }
        }
    }

    /// The workspace's data as the editor has it, files unchanged since the last check kept.
    fn workspace_data(&self, path: &Path) -> (DataSet, Sources) {
        let root = self.data_root(path);
        let mut sources = Sources::new();
        let (config, _) = crate::api::policies::load_config(
            &crate::api::ConfigChoice::Discover,
            std::slice::from_ref(&root),
            &mut sources,
        );
        let tz = config
            .timezone
            .as_deref()
            .and_then(|t| crate::time::time_zone(t).ok())
            .unwrap_or(jiff::tz::TimeZone::UTC);
        let (found, _) = crate::read::walk(&[root], &crate::data::load::is_data, &mut sources);
        let options = crate::api::prepare::data_options(&config, tz, None, false);
        let (data, _) = crate::data::load::load_in(&found, &options, &self.workspace, &mut sources);
        (data, sources)
    }

    /// The entry an id (or a name only one entry has) names, with its kind for org entries.
    fn entry(data: &DataSet, word: &str) -> Option<(Loc, Loc, Option<NameKind>)> {
        let org = &data.org;
        org.person(word)
            .map(|p| {
                (
                    org.people[p].id.loc,
                    org.people[p].loc,
                    Some(NameKind::Person),
                )
            })
            .or_else(|| {
                org.role(word)
                    .map(|r| (org.roles[r].id.loc, org.roles[r].loc, Some(NameKind::Role)))
            })
            .or_else(|| {
                org.unit(word)
                    .map(|u| (org.units[u].id.loc, org.units[u].loc, Some(NameKind::Unit)))
            })
            .or_else(|| {
                org.bind::<crate::data::org::BodyIx>([word])
                    .first()
                    .map(|&b| {
                        (
                            org.bodies[b].id.loc,
                            org.bodies[b].loc,
                            Some(NameKind::Body),
                        )
                    })
            })
            .or_else(|| {
                org.delegations
                    .iter()
                    .find(|d| d.id.value == word)
                    .map(|d| (d.id.loc, d.loc, None))
            })
            .or_else(|| {
                let records = &data.records.all;
                records
                    .binary_search_by(|r| r.id.value.as_str().cmp(word))
                    .ok()
                    .map(|i| (records[i].id.loc, records[i].loc, None))
            })
    }

    /// From an id (or a unique name) to the entry it names, anywhere in the workspace's data.
    pub(super) fn data_definition(&self, path: &Path, word: &str) -> Value {
        let (data, sources) = self.workspace_data(path);
        let Some((loc, _, _)) = Self::entry(&data, word) else {
            return Value::Null;
        };
        self.location(&sources, loc).unwrap_or(Value::Null)
    }

    /// On an id (or a unique name): the entry as written, where it is, and what refers to it.
    pub(super) fn data_hover(&self, path: &Path, word: &str, range: Value) -> Value {
        let (data, sources) = self.workspace_data(path);
        let Some((id_loc, entry_loc, kind)) = Self::entry(&data, word) else {
            return Value::Null;
        };
        let Some(file) = sources.get(entry_loc.file) else {
            return Value::Null;
        };
        let written = file
            .text
            .get(entry_loc.span.start..entry_loc.span.end)
            .unwrap_or_default();
        let shown: Vec<&str> = written.lines().take(12).collect();
        let more = if written.lines().count() > shown.len() {
            "\n…"
        } else {
            ""
        };
        let here = place(&sources, id_loc);
        let mut body = format!("```\n{}{more}\n```\n\n{here}", shown.join("\n"));
        if let Some(kind) = kind {
            let referrers =
                crate::data::references::referrers(&data, kind, &data_id(&data, kind, word));
            let say = |id, args: &[(&str, Arg)]| t(self.lang, id, args, true);
            if referrers.is_empty() {
                body.push_str(&format!("\n\n{}", say("lsp-unreferred", &[])));
            } else {
                let count = [("count", referrers.len().into())];
                body.push_str(&format!("\n\n{}", say("lsp-referred-to-by", &count)));
                for (subject, field, loc) in referrers.iter().take(MOST_REFERRERS) {
                    let referrer = [
                        ("subject", subject.to_string().into()),
                        ("field", Arg::Field(field.to_string())),
                        ("place", place(&sources, *loc).into()),
                    ];
                    body.push_str(&format!("\n{}", say("lsp-referrer", &referrer)));
                }
                if referrers.len() > MOST_REFERRERS {
                    let more = [("count", (referrers.len() - MOST_REFERRERS).into())];
                    body.push_str(&format!("\n{}", say("lsp-more", &more)));
                }
            }
        }
        json!({"contents": {"kind": "markdown", "value": body}, "range": range})
    }

    /// A place in a data file as an LSP location (cells of a workbook have none).
    fn location(&self, sources: &Sources, loc: Loc) -> Option<Value> {
        let file = sources.get(loc.file).filter(|f| f.sheet.is_none())?;
        let uri = uri_of(Path::new(&file.name))?;
        Some(json!({
            "uri": uri,
            "range": text::range_in(file, loc.span, self.encoding),
        }))
    }
}

/// The id of the org entry of `kind` that `word` names (its id, or a name only it has).
fn data_id(data: &DataSet, kind: NameKind, word: &str) -> String {
    let org = &data.org;
    if org.is_id(kind, word) {
        return word.to_string();
    }
    org.ids_named(kind, word)
        .first()
        .map_or_else(|| word.to_string(), |id| (*id).to_string())
}

/// `people.yaml:12:7`, or `台账.xlsx › 采购!B7` for a cell.
fn place(sources: &Sources, loc: Loc) -> String {
    let at = crate::report::position(sources, loc);
    match at.cell {
        Some(_) => at.place(),
        None => format!("{}:{}:{}", at.file, at.line, at.column),
    }
}
