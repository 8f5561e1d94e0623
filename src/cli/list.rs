//! `zhidu list [--format json]`: the loaded clauses with id, kind, severity and citation.

use super::{PolicyArgs, exit, load_config, load_policies};
use crate::diagnostic::Citation;
use crate::diagnostic::Severity;
use crate::policy::describe;
use crate::policy::load;
use crate::policy::model::{Clause, KindFilter};
use crate::read;
use crate::report;
use crate::source::Sources;
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Folders or files holding policies (default: the current folder; the built-in pack when none
    /// is found).
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: ListFormat,
    #[command(flatten)]
    policy: PolicyArgs,
}

#[derive(Serialize)]
struct Entry<'a> {
    id: &'a str,
    kind: &'static str,
    severity: Severity,
    source: &'a Citation,
    title: Option<&'a str>,
    /// The record collection and kinds a record clause binds to.
    binds: Option<Binds>,
    /// Parameters with their value in effect and their default.
    params: Vec<ParamEntry<'a>>,
    /// The check codes the clause can raise.
    checks: Vec<&'static str>,
    /// The condition a record must meet for the clause to apply, in words.
    applies: Option<String>,
    /// What each rule of the clause requires, in words (as `zhidu explain` says it).
    requires: Vec<String>,
}

#[derive(Serialize)]
struct ParamEntry<'a> {
    name: &'a str,
    value: String,
    default: String,
    description: Option<&'a str>,
}

#[derive(Serialize)]
struct Binds {
    collection: &'static str,
    kinds: Vec<String>,
}

fn binds(clause: &Clause) -> Option<Binds> {
    let collection = clause.collection()?;
    let kinds = match &clause.kinds {
        KindFilter::Any => vec!["*".to_string()],
        KindFilter::Only(k) => k.iter().cloned().collect(),
    };
    Some(Binds {
        collection: collection.name(),
        kinds,
    })
}

pub fn run(args: ListArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let mut sources = Sources::new();
    let (config, mut findings) = load_config(args.policy.config.as_ref(), &mut sources);
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (found, walk_errors) = read::walk(&paths, &load::is_policy, &mut sources);
    findings.extend(walk_errors);
    let (loaded, _) = load_policies(&found, &args.policy, &config, &mut sources);
    findings.extend(loaded.findings);
    let severity = |c: &Clause| config.clause_severity(&c.id).unwrap_or(c.severity);
    match args.format {
        ListFormat::Json => {
            let entries: Vec<Entry> = loaded
                .set
                .clauses
                .iter()
                .map(|c| Entry {
                    id: &c.id,
                    kind: c.kind.keyword(),
                    severity: severity(c),
                    source: &c.citation,
                    title: c.title.as_deref(),
                    binds: binds(c),
                    params: c
                        .params
                        .iter()
                        .map(|p| ParamEntry {
                            name: &p.name,
                            value: p.value.to_string(),
                            default: p.default.to_string(),
                            description: p.description.as_deref(),
                        })
                        .collect(),
                    checks: describe::clause_checks(c)
                        .iter()
                        .map(|k| k.code())
                        .collect(),
                    applies: c.condition.as_ref().map(describe::cond),
                    requires: c.rules.iter().map(describe::rule).collect(),
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &entries).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        ListFormat::Human => {
            let width = loaded
                .set
                .clauses
                .iter()
                .map(|c| c.id.chars().count())
                .max()
                .unwrap_or(0);
            for c in &loaded.set.clauses {
                writeln!(
                    out,
                    "{:width$}  {:10}  {:7}  {}",
                    c.id,
                    c.kind.keyword(),
                    severity(c).as_str(),
                    c.citation,
                    width = width
                )?;
            }
            writeln!(
                out,
                "{}",
                report::plural(loaded.set.clauses.len(), "clause", "clauses")
            )?;
        }
    }
    if findings.iter().any(|f| f.is_input_error()) {
        report::write_errors(&mut findings, &sources, err)?;
        return Ok(exit::INPUT);
    }
    Ok(exit::OK)
}
