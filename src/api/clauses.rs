//! Describing the loaded clauses (`zhidu list`) and explaining a check code or a clause
//! (`zhidu explain`).

use super::check::status;
use super::policies::{chosen_packs, load_config, load_policies, or_here};
use super::{Builtin, ConfigChoice, Outcome};
use crate::config::FailOn;
use crate::diagnostic::{Check, Citation, Severity};
use crate::i18n::Text;
use crate::policy::describe;
use crate::policy::load;
use crate::policy::model::{Clause, KindFilter};
use crate::read;
use crate::report::{self, Summary};
use crate::source::Sources;
use crate::suggest;
use serde::Serialize;
use std::path::PathBuf;

/// Where the clauses come from.
#[derive(Clone, Debug, Default)]
pub struct ClausesOptions {
    /// Folders or files holding policies (default: the current folder).
    pub paths: Vec<PathBuf>,
    /// More policy files or folders.
    pub policies: Vec<PathBuf>,
    pub builtin: Builtin,
    pub config: ConfigChoice,
    /// The built-in packs to use (as `check --pack`).
    pub packs: Vec<String>,
}

/// One clause, described.
#[derive(Clone, Debug, Serialize)]
pub struct ClauseInfo {
    pub id: String,
    /// The pack it belongs to (a user's clause: its file's `pack`, else its namespace).
    pub pack: String,
    /// The clause keyword: `plan`, `request`, …, `org`, `delegation`, `limits`.
    pub kind: &'static str,
    /// The severity in effect (after zhidu.toml's `[severity]`).
    pub severity: Severity,
    pub source: Citation,
    /// The regulation's own word for the duty (必须, 应, 一般 …), as the cited article has it.
    pub words: Option<String>,
    /// Why the severity departs from the word, when it does.
    pub severity_reason: Option<String>,
    pub title: Option<String>,
    /// The record collection and kinds a record clause binds to.
    pub binds: Option<Binds>,
    /// Parameters with their value in effect and their default.
    pub params: Vec<ParamInfo>,
    /// The check codes the clause can raise.
    pub checks: Vec<&'static str>,
    /// Who may approve a waiver of its findings (`waivable by`), in words.
    pub waivable_by: Option<String>,
    /// The condition a record must meet for the clause to apply, in words.
    pub applies: Option<Text>,
    /// What each rule of the clause requires, in words.
    pub requires: Vec<Text>,
    /// The clause as written: file, line and text.
    #[serde(skip)]
    pub text: Option<(String, usize, String)>,
    /// Data that meets the clause, for clauses of the built-in pack.
    #[serde(skip)]
    pub example: Option<&'static str>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Binds {
    pub collection: &'static str,
    /// `*` for any kind.
    pub kinds: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ParamInfo {
    pub name: String,
    pub value: String,
    pub default: String,
    pub description: Option<String>,
}

/// The loaded clauses, and what went wrong loading them.
#[derive(Debug)]
pub struct Catalog {
    /// Sorted by id.
    pub clauses: Vec<ClauseInfo>,
    pub problems: Outcome,
}

/// Loads the policies and describes every clause.
pub fn clauses(options: &ClausesOptions) -> Catalog {
    let mut sources = Sources::new();
    let (config, mut findings) = load_config(&options.config, &options.paths, &mut sources);
    let (found, walk_errors) = read::walk(&or_here(&options.paths), &load::is_policy, &mut sources);
    findings.extend(walk_errors);
    let packs = match chosen_packs(&options.packs, &config) {
        Ok(packs) => packs,
        Err(f) => {
            findings.push(*f);
            None
        }
    };
    let (loaded, _) = load_policies(
        &found,
        &options.policies,
        options.builtin,
        packs.as_deref(),
        &config,
        &mut sources,
    );
    findings.extend(loaded.findings);
    let clauses = loaded
        .set
        .clauses
        .iter()
        .map(|c| {
            let severity = config.clause_severity(&c.id).unwrap_or(c.severity);
            info(c, severity, &sources)
        })
        .collect();
    report::sort(&mut findings, &sources);
    let status = status(&findings, FailOn::Never);
    Catalog {
        clauses,
        problems: Outcome {
            findings,
            sources,
            summary: Summary::default(),
            status,
            lang: config.lang,
            sections: None,
        },
    }
}

/// The clauses of one policy text (an editor's buffer, perhaps unsaved), each with the byte span
/// of its whole text: for hovers. Names resolve within the text and what it includes.
pub fn clauses_in_text(
    path: &std::path::Path,
    text: &str,
) -> Vec<(crate::source::Span, ClauseInfo)> {
    let mut sources = Sources::new();
    let found = crate::read::Found {
        display: crate::read::display(path),
        path: path.to_path_buf(),
        named: true,
    };
    let loaded = load::load_with(&[found], Some((path, text)), false, &[], &mut sources);
    let Some(file) = loaded.files.first().map(|f| f.file) else {
        return Vec::new();
    };
    loaded
        .set
        .clauses
        .iter()
        .filter(|c| c.full.file == file)
        .map(|c| (c.full.span, info(c, c.severity, &sources)))
        .collect()
}

/// What an id names.
#[derive(Debug)]
pub enum Explanation {
    Check(Check),
    /// A clause, or the clauses a split clause became (`cs.customer-archive.form`, …).
    Clauses(Vec<ClauseInfo>),
    /// Neither: the nearest known id, if any is close.
    Unknown {
        suggestion: Option<String>,
    },
}

/// Explains a check code or a clause id.
pub fn explain(id: &str, options: &ClausesOptions) -> Explanation {
    if let Some(check) = Check::from_code(id) {
        return Explanation::Check(check);
    }
    let catalog = clauses(options);
    let exact: Vec<ClauseInfo> = catalog
        .clauses
        .iter()
        .filter(|c| c.id == id)
        .cloned()
        .collect();
    let found = if exact.is_empty() {
        let prefix = format!("{id}.");
        catalog
            .clauses
            .iter()
            .filter(|c| c.id.starts_with(&prefix))
            .cloned()
            .collect()
    } else {
        exact
    };
    if !found.is_empty() {
        return Explanation::Clauses(found);
    }
    let mut candidates: Vec<&str> = Check::ALL.iter().map(|c| c.code()).collect();
    candidates.extend(catalog.clauses.iter().map(|c| c.id.as_str()));
    Explanation::Unknown {
        suggestion: suggest::closest(id, candidates),
    }
}

fn info(clause: &Clause, severity: Severity, sources: &Sources) -> ClauseInfo {
    let binds = clause.collection().map(|collection| Binds {
        collection: collection.name(),
        kinds: match &clause.kinds {
            KindFilter::Any => vec!["*".to_string()],
            KindFilter::Only(k) => k.iter().cloned().collect(),
        },
    });
    let text = sources.get(clause.full.file).map(|file| {
        let pos = report::position(sources, clause.full);
        let text = file
            .text
            .get(clause.full.span.start..clause.full.span.end)
            .unwrap_or_default()
            .to_string();
        (pos.file, pos.line, text)
    });
    ClauseInfo {
        id: clause.id.to_string(),
        pack: clause.pack.to_string(),
        waivable_by: clause.waivable_by.as_ref().map(ToString::to_string),
        kind: clause.kind.keyword(),
        severity,
        source: clause.citation.clone(),
        words: clause.words.as_deref().map(str::to_string),
        severity_reason: clause.severity_reason.clone(),
        title: clause.title.clone(),
        binds,
        params: clause
            .params
            .iter()
            .map(|p| ParamInfo {
                name: p.name.clone(),
                value: p.value.to_string(),
                default: p.default.to_string(),
                description: p.description.clone(),
            })
            .collect(),
        checks: describe::clause_checks(clause)
            .iter()
            .map(|k| k.code())
            .collect(),
        applies: clause.condition.as_ref().map(|c| describe::cond(c).into()),
        requires: clause
            .rules
            .iter()
            .map(|r| describe::rule(r).into())
            .collect(),
        text,
        example: load::builtin_example(&clause.id),
    }
}
