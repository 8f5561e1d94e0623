//! `zhidu explain ID`: what a check code or a clause means, its citation, and an example.

use super::{PolicyArgs, exit, load_config, load_policies};
use crate::diagnostic::Check;
use crate::policy::describe;
use crate::policy::load;
use crate::policy::model::{Clause, KindFilter};
use crate::read;
use crate::report;
use crate::source::Sources;
use crate::suggest;
use clap::Args;
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// A check code (`missing-approver`) or a clause id (`ops.annual-business-plan`).
    id: String,
    /// Folders or files holding policies (default: the current folder; the built-in pack when none
    /// is found).
    #[arg(long = "in", value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    policy: PolicyArgs,
}

pub fn run(args: ExplainArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    if let Some(check) = Check::from_code(&args.id) {
        writeln!(
            out,
            "{} ({} check, default severity {})\n",
            check,
            check.family().as_str(),
            check.default_severity()
        )?;
        writeln!(out, "{}", check.explain())?;
        return Ok(exit::OK);
    }
    let mut sources = Sources::new();
    let (config, _) = load_config(args.policy.config.as_ref(), &mut sources);
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (found, _) = read::walk(&paths, &load::is_policy, &mut sources);
    let (loaded, _) = load_policies(&found, &args.policy, &config, &mut sources);
    let clauses: Vec<&Clause> = match loaded.set.get(&args.id) {
        Some(c) => vec![c.as_ref()],
        // A clause split into several (`cs.customer-archive.form`) is explained by its prefix.
        None => loaded
            .set
            .clauses
            .iter()
            .filter(|c| c.id.starts_with(&format!("{}.", args.id)))
            .map(|c| c.as_ref())
            .collect(),
    };
    if clauses.is_empty() {
        let mut candidates: Vec<&str> = Check::ALL.iter().map(|c| c.code()).collect();
        candidates.extend(loaded.set.clauses.iter().map(|c| c.id.as_ref()));
        writeln!(
            err,
            "zhidu: `{}` is neither a check code nor a loaded clause",
            args.id
        )?;
        if let Some(hint) = suggest::did_you_mean(&args.id, candidates) {
            writeln!(err, "  help: {hint}")?;
        } else {
            writeln!(
                err,
                "  help: `zhidu list` shows the clauses; docs/checks.md lists the check codes"
            )?;
        }
        return Ok(exit::INPUT);
    }
    for (i, clause) in clauses.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        explain_clause(clause, &sources, out)?;
    }
    Ok(exit::OK)
}

fn explain_clause(clause: &Clause, sources: &Sources, out: &mut dyn Write) -> io::Result<()> {
    match &clause.title {
        Some(title) => writeln!(out, "{} — {title}", clause.id)?,
        None => writeln!(out, "{}", clause.id)?,
    }
    let binds = match (clause.collection(), &clause.kinds) {
        (Some(collection), KindFilter::Any) => format!(" (every record of {collection})"),
        (Some(collection), KindFilter::Only(kinds)) => {
            let kinds: Vec<&str> = kinds.iter().map(String::as_str).collect();
            format!(" ({collection} of kind {})", kinds.join(", "))
        }
        (None, _) => String::new(),
    };
    writeln!(out, "kind:     {}{binds}", clause.kind.keyword())?;
    writeln!(out, "severity: {}", clause.severity)?;
    writeln!(out, "source:   {}", clause.citation)?;
    let checks: Vec<&str> = describe::clause_checks(clause)
        .iter()
        .map(|c| c.code())
        .collect();
    writeln!(out, "checks:   {}", checks.join(", "))?;
    if let Some(condition) = &clause.condition {
        writeln!(out, "applies:  when {}", describe::cond(condition))?;
    }
    writeln!(out, "\nWhat it requires:")?;
    for rule in &clause.rules {
        writeln!(out, "  - {}", describe::rule(rule))?;
    }
    if !clause.params.is_empty() {
        writeln!(
            out,
            "\nParameters (override in zhidu.toml under [params.\"{}\"]):",
            clause.id
        )?;
        for p in &clause.params {
            let description = p
                .description
                .as_deref()
                .map(|d| format!(" — {d}"))
                .unwrap_or_default();
            if p.value == p.default {
                writeln!(out, "  {} = {}{description}", p.name, p.value)?;
            } else {
                writeln!(
                    out,
                    "  {} = {} (default {}){description}",
                    p.name, p.value, p.default
                )?;
            }
        }
    }
    if let Some(file) = sources.get(clause.full.file) {
        let pos = report::position(sources, clause.full);
        writeln!(out, "\nText ({}:{}):", pos.file, pos.line)?;
        let text = file
            .text
            .get(clause.full.span.start..clause.full.span.end)
            .unwrap_or_default();
        for line in text.trim_end().lines() {
            writeln!(out, "  {line}")?;
        }
    }
    if let Some(example) = load::builtin_example(&clause.id) {
        writeln!(out, "\nExample (data that meets it):")?;
        for line in example.trim_end().lines() {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}
