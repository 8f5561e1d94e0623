//! Coverage: what a run leaves unjudged rather than reporting noise. A small company that keeps
//! purchases and meetings but no plans should not hear that every plan of five regulations is
//! missing; a clause naming a 研究院 role the company does not have should not fire at all —
//! unless the company chose that pack.
//!
//! - Existence and cadence (`missing-record`, `cadence`, `insufficient-count`) are judged for a
//!   record kind only when the data holds a record of it, or `covers` in zhidu.toml lists it.
//! - When no pack is chosen (neither `--pack` nor `packs`), a clause of the built-in pack that
//!   names a role, unit or body the data does not have is left unjudged instead of raising
//!   `unbound-reference` (or `missing-unit`, for the units and bodies it requires). (A policy of the user's own was written for its organisation: its
//!   names must bind.)
//!
//! Every clause left unjudged is listed with the reason (JSON `summary.not_judged`).

use crate::data::DataSet;
use crate::diagnostic::{Check, Finding};
use crate::engine::{Context, Scope, existence, records};
use crate::i18n::{Arg, Joiner, Message, Text};
use crate::policy::model::RuleKind;
use crate::policy::model::{Clause, KindFilter, PolicySet};
use crate::report::NotJudged;
use crate::source::Sources;
use std::collections::{BTreeMap, BTreeSet};

/// Drops the findings of what is not judged; returns the clauses left unjudged, by id.
pub fn apply(
    ctx: &Context,
    packs_chosen: bool,
    sources: &Sources,
    findings: &mut Vec<Finding>,
) -> Vec<NotJudged> {
    let (set, data, covers) = (ctx.policies, ctx.data, ctx.covers);
    let mut unjudged: BTreeMap<String, Text> = BTreeMap::new();
    if !packs_chosen {
        let builtin: BTreeSet<&str> = set
            .clauses
            .iter()
            .filter(|c| sources.get(c.loc.file).is_some_and(|f| f.builtin))
            .map(|c| &*c.id)
            .collect();
        let mut missing: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for f in findings.iter() {
            let name = match f.check {
                Check::UnboundReference => f.subject.clone(),
                // A unit or body the clause requires: its name is the message's quoted part.
                Check::MissingUnit => {
                    missing_name(&f.message.english()).unwrap_or_else(|| f.subject.clone())
                }
                _ => continue,
            };
            if let Some(clause) = f.clause.as_deref().filter(|c| builtin.contains(c)) {
                missing.entry(clause).or_default().insert(name);
            }
        }
        for (clause, names) in missing {
            let names: Vec<String> = names.into_iter().collect();
            unjudged.insert(
                clause.to_string(),
                Message::new("coverage-no-names")
                    .arg("names", Arg::list(&names))
                    .into(),
            );
        }
    }
    let mut existence_unjudged: BTreeSet<&str> = BTreeSet::new();
    for clause in set
        .clauses
        .iter()
        .filter(|c| c.rules.iter().any(|r| r.kind.requires_records()))
    {
        if unjudged.contains_key(&*clause.id) {
            continue;
        }
        if let Some(kinds) = absent_kinds(clause, data, covers) {
            existence_unjudged.insert(&clause.id);
            unjudged.insert(
                clause.id.to_string(),
                Message::new("coverage-no-kind")
                    .arg("kinds", Arg::join(kinds, Joiner::Or))
                    .into(),
            );
        }
    }
    findings.retain(|f| match f.clause.as_deref() {
        Some(clause) if existence_unjudged.contains(clause) => !matches!(
            f.check,
            Check::MissingRecord | Check::Cadence | Check::InsufficientCount
        ),
        Some(clause) => !unjudged.contains_key(clause),
        None => true,
    });
    let mut out: Vec<NotJudged> = unjudged
        .into_iter()
        .map(|(clause, reason)| NotJudged {
            clause,
            reason,
            whole: true,
        })
        .collect();
    out.extend(steps_not_kept(set, data, covers));
    out.extend(partial_periods(ctx));
    out.sort_by(|a, b| {
        a.clause
            .cmp(&b.clause)
            .then_with(|| a.reason.english().cmp(&b.reason.english()))
    });
    out
}

/// Steps a company does not keep: a clause's step whose field no record of a bound kind carries
/// (the engine does not judge them missing, PACK.md v3), unless `covers` names `kind.field`.
fn steps_not_kept(set: &PolicySet, data: &DataSet, covers: &[String]) -> Vec<NotJudged> {
    let mut out = Vec::new();
    for clause in &set.clauses {
        let (Some(collection), KindFilter::Only(kinds)) = (clause.collection(), &clause.kinds)
        else {
            continue;
        };
        let steps: BTreeSet<&str> = clause
            .rules
            .iter()
            .filter_map(|r| r.kind.due_step())
            .map(|f| f.path.as_str())
            .collect();
        for kind in kinds
            .iter()
            .filter(|k| !data.records.of_kind(collection, k).is_empty())
        {
            for step in &steps {
                let kept = data.records.keeps(collection, kind, step)
                    || covers
                        .iter()
                        .any(|c| crate::engine::covers_step(c, kind, step));
                if !kept {
                    let short = step.strip_prefix("attrs.").unwrap_or(step);
                    out.push(NotJudged {
                        whole: false,
                        clause: clause.id.to_string(),
                        reason: Message::new("coverage-step-not-kept")
                            .arg("kind", kind)
                            .arg("step", *step)
                            .arg("short", short)
                            .into(),
                    });
                }
            }
        }
    }
    out
}

/// The kinds the clause binds to, when the data has no record of any of them and `covers`
/// lists none of them; `None` when it is to be judged.
fn absent_kinds(clause: &Clause, data: &DataSet, covers: &[String]) -> Option<Vec<String>> {
    let collection = clause.collection()?;
    match &clause.kinds {
        KindFilter::Any => {
            let any = data.records.all.iter().any(|r| r.collection == collection);
            (!any && !covers.iter().any(|c| c == "*")).then(|| vec![collection.name().to_string()])
        }
        KindFilter::Only(kinds) => {
            let present = kinds.iter().any(|k| {
                !data.records.of_kind(collection, k).is_empty() || covers.iter().any(|c| c == k)
            });
            (!present).then(|| kinds.iter().cloned().collect())
        }
    }
}

/// Periods of a count (`at least 6 per year`) the data covers only in part: neither a finding nor
/// dropped in silence (LANGUAGE.md v3).
fn partial_periods(ctx: &Context) -> Vec<NotJudged> {
    let mut out = Vec::new();
    for clause in &ctx.policies.clauses {
        let pers: BTreeSet<_> = clause
            .rules
            .iter()
            .filter_map(|r| match r.kind {
                RuleKind::AtLeast { per, .. } => Some(per),
                _ => None,
            })
            .collect();
        if pers.is_empty() {
            continue;
        }
        let ids = records::bound(Scope { ctx, clause });
        if ids.is_empty() {
            continue;
        }
        let first = ids
            .iter()
            .filter_map(|&i| records::record_day(&ctx.data.records.all[i]))
            .min();
        for per in pers {
            for (period, _) in existence::count_periods(ctx, per, first)
                .into_iter()
                .filter(|(_, whole)| !whole)
            {
                let since: Arg = match first {
                    Some(d) => Message::new("coverage-first-dated").date("day", d).into(),
                    None => Arg::Str(String::new()),
                };
                out.push(NotJudged {
                    whole: false,
                    clause: clause.id.to_string(),
                    reason: Message::new("coverage-partial-period")
                        .period("period", period)
                        .arg("since", since)
                        .into(),
                });
            }
        }
    }
    out
}

/// The name a `missing-unit` finding's message quotes (`` `OA项目管理小组` ``).
fn missing_name(message: &str) -> Option<String> {
    message.split('`').nth(1).map(str::to_string)
}
