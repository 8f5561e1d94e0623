//! `zhidu explain ID`: what a check code or a clause means, its citation, and an example.

use super::{PolicyArgs, exit};
use crate::api::clauses::{ClauseInfo, Explanation, explain};
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
    match explain(&args.id, &args.policy.clauses(args.paths.clone())) {
        Explanation::Check(check) => {
            writeln!(
                out,
                "{} ({} check, default severity {})\n",
                check,
                check.family().as_str(),
                check.default_severity()
            )?;
            writeln!(out, "{}", check.explain().trim())?;
        }
        Explanation::Clauses(clauses) => {
            for (i, clause) in clauses.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                explain_clause(clause, out)?;
            }
        }
        Explanation::Unknown { suggestion } => {
            writeln!(
                err,
                "zhidu: `{}` is neither a check code nor a loaded clause",
                args.id
            )?;
            match suggestion {
                // Inside a policy repository the built-in pack is not loaded by default.
                _ if !args.policy.no_builtin && in_builtin(&args) => writeln!(
                    err,
                    "  help: `{}` is a clause of the built-in pack, which is not loaded here: `zhidu explain {} --builtin`",
                    args.id, args.id
                )?,
                Some(id) => writeln!(err, "  help: did you mean `{id}`?")?,
                None => writeln!(
                    err,
                    "  help: `zhidu list` shows the clauses; docs/checks.md lists the check codes"
                )?,
            }
            return Ok(exit::INPUT);
        }
    }
    Ok(exit::OK)
}

/// Is the id a clause of the built-in pack?
fn in_builtin(args: &ExplainArgs) -> bool {
    let mut options = args.policy.clauses(args.paths.clone());
    options.builtin = crate::api::Builtin::Always;
    matches!(explain(&args.id, &options), Explanation::Clauses(_))
}

fn explain_clause(clause: &ClauseInfo, out: &mut dyn Write) -> io::Result<()> {
    match &clause.title {
        Some(title) => writeln!(out, "{} — {title}", clause.id)?,
        None => writeln!(out, "{}", clause.id)?,
    }
    let binds = match &clause.binds {
        Some(b) if b.kinds == ["*"] => format!(" (every record of {})", b.collection),
        Some(b) => format!(" ({} of kind {})", b.collection, b.kinds.join(", ")),
        None => String::new(),
    };
    writeln!(out, "kind:     {}{binds}", clause.kind)?;
    match &clause.severity_reason {
        Some(why) => writeln!(out, "severity: {} (because {why})", clause.severity)?,
        None => writeln!(out, "severity: {}", clause.severity)?,
    }
    writeln!(out, "source:   {}", clause.source)?;
    if let Some(words) = &clause.words {
        writeln!(
            out,
            "words:    {words} (the regulation's own word for the duty)"
        )?;
    }
    writeln!(out, "checks:   {}", clause.checks.join(", "))?;
    writeln!(out, "pack:     {}", clause.pack)?;
    match &clause.waivable_by {
        Some(party) => writeln!(out, "waivable: by {party} (a waiver needs their approval)")?,
        None => writeln!(out, "waivable: no (the clause names no waiver authority)")?,
    }
    if let Some(condition) = &clause.applies {
        writeln!(out, "applies:  when {condition}")?;
    }
    writeln!(out, "\nWhat it requires:")?;
    for rule in &clause.requires {
        writeln!(out, "  - {rule}")?;
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
    if let Some((file, line, text)) = &clause.text {
        writeln!(out, "\nText ({file}:{line}):")?;
        for line in text.trim_end().lines() {
            writeln!(out, "  {line}")?;
        }
    }
    if let Some(example) = clause.example {
        writeln!(out, "\nExample (data that meets it):")?;
        for line in example.trim_end().lines() {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}
