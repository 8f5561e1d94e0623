//! `zhidu explain ID`: what a check code or a clause means, its citation, and an example.

use super::{PolicyArgs, exit};
use crate::api::clauses::{ClauseInfo, Explanation, explain};
use crate::api::policies::config_lang;
use crate::i18n::{Arg, Lang};
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

pub fn run(
    args: ExplainArgs,
    lang: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let options = args.policy.clauses(args.paths.clone());
    let lang = Lang::choose(lang, config_lang(&options.config, &options.paths));
    let say = |id: &str, a: &[(&str, Arg)]| crate::i18n::t(lang, id, a, true);
    match explain(&args.id, &options) {
        Explanation::Check(check) => {
            let family = say(&format!("explain-family-{}", check.family().as_str()), &[]);
            let severity = severity(lang, check.default_severity());
            let doc = check.explain_in(lang);
            // The code, with its title where the explanation's first line gives one
            // (`late · 逾期办理`).
            let heading = doc
                .strip_prefix("# ")
                .and_then(|d| d.lines().next())
                .unwrap_or(check.code());
            writeln!(
                out,
                "{}\n",
                say(
                    "explain-check-header",
                    &[
                        ("code", heading.into()),
                        ("family", family.into()),
                        ("severity", severity.into()),
                    ]
                )
            )?;
            writeln!(out, "{}", body(doc).trim())?;
        }
        Explanation::Clauses(clauses) => {
            for (i, clause) in clauses.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                explain_clause(clause, lang, out)?;
            }
        }
        Explanation::Unknown { suggestion } => {
            let id = args.id.as_str();
            writeln!(err, "{}", say("explain-unknown", &[("id", id.into())]))?;
            let help = match suggestion {
                // Inside a policy repository the built-in pack is not loaded by default.
                _ if !args.policy.no_builtin && in_builtin(&args) => {
                    say("explain-unknown-builtin", &[("id", id.into())])
                }
                Some(s) => say("explain-unknown-did-you-mean", &[("id", s.into())]),
                None => say("explain-unknown-help", &[]),
            };
            writeln!(err, "{help}")?;
            return Ok(exit::INPUT);
        }
    }
    Ok(exit::OK)
}

/// A check's explanation without its title line, which the header already says.
fn body(doc: &str) -> &str {
    match doc.strip_prefix("# ") {
        Some(rest) => rest.split_once('\n').map_or("", |(_, body)| body),
        None => doc,
    }
}

fn severity(lang: Lang, severity: crate::diagnostic::Severity) -> String {
    crate::i18n::t(lang, &format!("severity-{severity}"), &[], true)
}

/// Is the id a clause of the built-in pack?
fn in_builtin(args: &ExplainArgs) -> bool {
    let mut options = args.policy.clauses(args.paths.clone());
    options.builtin = crate::api::Builtin::Always;
    matches!(explain(&args.id, &options), Explanation::Clauses(_))
}

fn explain_clause(clause: &ClauseInfo, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let say = |id: &str, a: &[(&str, Arg)]| crate::i18n::t(lang, id, a, true);
    match &clause.title {
        // A title in both languages (`年度运营计划 · annual operations plan`): a Chinese reader
        // reads the Chinese half.
        Some(title) if lang == Lang::Zh => {
            let chinese = title.split(" · ").next().unwrap_or(title);
            writeln!(out, "{} — {chinese}", clause.id)?
        }
        Some(title) => writeln!(out, "{} — {title}", clause.id)?,
        None => writeln!(out, "{}", clause.id)?,
    }
    let binds = match &clause.binds {
        Some(b) if b.kinds == ["*"] => say(
            "explain-binds-any",
            &[("collection", Arg::from(b.collection))],
        ),
        Some(b) => say(
            "explain-binds",
            &[
                ("collection", Arg::from(b.collection)),
                ("kinds", b.kinds.join(", ").into()),
            ],
        ),
        None => String::new(),
    };
    writeln!(
        out,
        "{}",
        say(
            "explain-kind",
            &[("kind", clause.kind.into()), ("binds", binds.into())]
        )
    )?;
    let level = severity(lang, clause.severity);
    match &clause.severity_reason {
        Some(why) => writeln!(
            out,
            "{}",
            say(
                "explain-severity-because",
                &[("severity", level.into()), ("why", why.as_str().into())]
            )
        )?,
        None => writeln!(
            out,
            "{}",
            say("explain-severity", &[("severity", level.into())])
        )?,
    }
    writeln!(
        out,
        "{}",
        say(
            "explain-source",
            &[("source", clause.source.to_string().into())]
        )
    )?;
    if let Some(words) = &clause.words {
        writeln!(
            out,
            "{}",
            say("explain-words", &[("words", words.as_str().into())])
        )?;
    }
    let checks: Vec<String> = clause
        .checks
        .iter()
        .map(|c| match (lang, crate::diagnostic::Check::from_code(c)) {
            (Lang::Zh, Some(check)) => format!("{c}（{}）", check.title_zh()),
            _ => c.to_string(),
        })
        .collect();
    writeln!(
        out,
        "{}",
        say("explain-checks", &[("checks", Arg::list(&checks))])
    )?;
    writeln!(
        out,
        "{}",
        say("explain-pack", &[("pack", clause.pack.as_str().into())])
    )?;
    match &clause.waivable_by {
        Some(party) => writeln!(
            out,
            "{}",
            say("explain-waivable", &[("party", party.to_string().into())])
        )?,
        None => writeln!(out, "{}", say("explain-not-waivable", &[]))?,
    }
    if let Some(condition) = &clause.applies {
        writeln!(
            out,
            "{}",
            say(
                "explain-applies",
                &[(
                    "condition",
                    condition.render(lang, true).into_owned().into()
                )]
            )
        )?;
    }
    writeln!(out, "\n{}", say("explain-requires", &[]))?;
    for rule in &clause.requires {
        writeln!(out, "  - {}", rule.render(lang, true))?;
    }
    if !clause.params.is_empty() {
        writeln!(
            out,
            "\n{}",
            say("explain-params", &[("clause", clause.id.as_str().into())])
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
                let line = say(
                    "explain-param-default",
                    &[
                        ("name", p.name.as_str().into()),
                        ("value", p.value.to_string().into()),
                        ("default", p.default.to_string().into()),
                        ("description", description.into()),
                    ],
                );
                writeln!(out, "  {line}")?;
            }
        }
    }
    if let Some((file, line, text)) = &clause.text {
        let header = say(
            "explain-text",
            &[
                ("file", file.as_str().into()),
                ("line", line.to_string().into()),
            ],
        );
        writeln!(out, "\n{header}")?;
        for line in text.trim_end().lines() {
            writeln!(out, "  {line}")?;
        }
    }
    if let Some(example) = clause.example {
        writeln!(out, "\n{}", say("explain-example", &[]))?;
        for line in example.trim_end().lines() {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}
