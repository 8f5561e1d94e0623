//! Record clauses: the records a clause binds, then each record (in parallel) against each of the
//! clause's rules whose `when` it meets.

use super::approvals::{self, Claim, Matching, StepFacts};
use super::parties::{self, Who};
use super::{Scope, conditions, existence, limits, timing};
use crate::checks::org::invalid_delegation;
use crate::checks::records::{
    approval_order, insufficient_count, missing_approver, missing_review, out_of_sequence,
    self_approval, unauthorized_approver, wrong_party,
};
use crate::data::model::{Decision, FieldValue, Record};
use crate::data::org::{DelegationIx, PersonIx, RoleIx};
use crate::diagnostic::Finding;
use crate::policy::model::{KindFilter, Rule, RuleKind, Target};
use crate::source::Loc;
use crate::time::{Instant, Period};
use jiff::civil::Date;
use rayon::prelude::*;

/// Statuses of records still under way: their approvals are not judged yet.
pub const PENDING: &[&str] = &[
    "draft",
    "pending",
    "submitted",
    "in-review",
    "in_review",
    "under-review",
    "open",
];

/// What one rule sees of one record.
pub struct Facts<'r> {
    pub record: &'r Record,
    /// The record's place among the data set's records.
    pub index: usize,
    /// The record's date: its main time field, else the start of its period.
    pub day: Option<Date>,
    /// The record's period, else its day.
    pub period: Option<Period>,
    /// The rule being evaluated.
    pub rule: Loc,
    /// When the last required signature / review was given, once all are there.
    pub signed_at: Option<(Instant, Loc)>,
    pub reviewed_at: Option<(Instant, Loc)>,
    /// Still under way (`status: pending`…): missing approvals are not yet findings.
    pub pending: bool,
    /// When the records this clause's steps are tied to took place (`by next …`).
    pub events: &'r super::events::Events,
}

/// The records a clause binds: its collection and kinds, meeting its `when`.
pub fn bound(scope: Scope) -> Vec<usize> {
    let data = scope.ctx.data;
    let Some(collection) = scope.clause.kind.collection() else {
        return Vec::new();
    };
    let mut ids: Vec<usize> = match &scope.clause.kinds {
        KindFilter::Any => (0..data.records.all.len())
            .filter(|&i| data.records.all[i].collection == collection)
            .collect(),
        KindFilter::Only(kinds) => kinds
            .iter()
            .flat_map(|k| data.records.of_kind(collection, k).iter().copied())
            .collect(),
    };
    ids.sort_unstable();
    ids.dedup();
    if let Some(cond) = &scope.clause.condition {
        ids.retain(|&i| conditions::holds(cond, &data.records.all[i], &data.org));
    }
    ids
}

/// The day a record belongs to.
pub fn record_day(record: &Record) -> Option<Date> {
    let time = |path: &str| match record.get(path).map(|v| &v.value) {
        Some(FieldValue::Time(t)) => Some(t.date),
        _ => None,
    };
    time(record.collection.time_field())
        .or_else(|| record.period().map(|p| p.start()))
        .or_else(|| {
            ["requested_at", "held", "received", "submitted", "drafted"]
                .iter()
                .find_map(|p| time(p))
        })
}

pub fn evaluate(scope: Scope) -> Vec<Finding> {
    let ids = bound(scope);
    let mut out = Vec::new();
    existence::evaluate(scope, &ids, &mut out);
    let events = super::events::Events::for_clause(scope.ctx, scope.clause);
    let per_record: Vec<Finding> = ids
        .par_iter()
        .flat_map_iter(|&i| one(scope, i, &events))
        .collect();
    out.extend(per_record);
    out
}

/// Does the record carry an act (a signature, a review, a dated field) within `[since, as-of]`?
fn acted_in_range(ctx: &crate::engine::Context, record: &Record) -> bool {
    record
        .signatures
        .iter()
        .map(|s| s.at.value.date)
        .chain(record.reviews.iter().map(|r| r.at.value.date))
        .chain(record.fields.iter().filter_map(|(_, v)| match &v.value {
            FieldValue::Time(t) => Some(t.date),
            _ => None,
        }))
        .any(|d| ctx.judged(d))
}

/// Still under way (`status: pending`, 审批中 …): missing approvals are not yet findings.
pub fn is_pending(record: &Record) -> bool {
    record
        .status()
        .is_some_and(|s| PENDING.contains(&s.to_ascii_lowercase().as_str()))
}

/// Every rule of the clause on one record.
fn one(scope: Scope, index: usize, events: &super::events::Events) -> Vec<Finding> {
    let ctx = scope.ctx;
    let record = &*ctx.data.records.all[index];
    let mut out = Vec::new();
    let rules: Vec<&Rule> = scope
        .clause
        .rules
        .iter()
        .filter(|r| {
            r.when
                .iter()
                .all(|c| conditions::holds(c, record, &ctx.data.org))
        })
        .collect();
    let day = record_day(record);
    let mut facts = Facts {
        record,
        index,
        day,
        period: record.period().or(day.map(Period::Day)),
        rule: scope.clause.loc,
        signed_at: None,
        reviewed_at: None,
        pending: is_pending(record),
        events,
    };
    // A record is judged on its day, or on any act dated in the judged range: a 2027 plan signed
    // in November 2026 is judged on a check made in November 2026.
    let judged = day.is_none_or(|d| ctx.judged(d)) || acted_in_range(ctx, record);
    // A record outside the judged range can only owe a timed step whose deadline falls in it;
    // without such a step there is nothing to work out (its signatures need not be matched).
    if !judged && !rules.iter().any(|r| r.kind.times_a_step()) {
        return out;
    }
    let anchor = day.unwrap_or(ctx.as_of);

    // Signatures and reviews first: their times feed `signed` / `reviewed` and the orders.
    let share = !scope
        .clause
        .rules
        .iter()
        .any(|r| matches!(r.kind, RuleKind::SignersDistinct));
    let signing: Vec<(&Rule, Matching, bool)> = rules
        .iter()
        .filter_map(|r| match &r.kind {
            RuleKind::Signed { steps, ordered } => Some((
                *r,
                approvals::signatures(ctx, record, steps, anchor, share),
                *ordered,
            )),
            _ => None,
        })
        .collect();
    let reviewing: Vec<(&Rule, Matching, bool)> = rules
        .iter()
        .filter_map(|r| match &r.kind {
            RuleKind::Reviewed { steps, ordered } => {
                Some((*r, approvals::reviews(ctx, record, steps, anchor), *ordered))
            }
            _ => None,
        })
        .collect();
    facts.signed_at = completed(&signing, |i| {
        (record.signatures[i].at.value, record.signatures[i].at.loc)
    })
    .or_else(|| {
        // With no chain to complete, `signed` is the last approving signature.
        (signing.is_empty())
            .then(|| {
                record
                    .signatures
                    .iter()
                    .filter(|s| s.decision == Decision::Approve)
                    .map(|s| (s.at.value, s.at.loc))
                    .max_by_key(|(t, _)| t.ts)
            })
            .flatten()
    });
    facts.reviewed_at = completed(&reviewing, |i| {
        (record.reviews[i].at.value, record.reviews[i].at.loc)
    });

    let mut taken = vec![false; record.signatures.len()];
    for (_, matching, _) in &signing {
        for &g in matching.filled_by.iter().flatten() {
            taken[g] = true;
        }
    }
    // A signature is blamed for one unfilled step at most.
    let mut claimed = vec![false; record.signatures.len()];
    if judged {
        for (rule, matching, ordered) in &signing {
            facts.rule = rule.loc;
            let RuleKind::Signed { steps, .. } = &rule.kind else {
                continue;
            };
            for (s, step) in steps.iter().enumerate() {
                if !matching.needed[s] {
                    continue;
                }
                let who = &matching.who[s];
                let filled_by = matching.filled_by[s];
                let claimant = (filled_by.is_none() && *who != Who::Unbound)
                    .then(|| approvals::claimant(ctx, record, who, &taken))
                    .flatten()
                    .filter(|(g, _)| !claimed[*g]);
                let lapsed = match claimant {
                    Some((g, person)) => {
                        claimed[g] = true;
                        lapsed(ctx, record, person, &parties::roles(who), g)
                    }
                    None => Vec::new(),
                };
                let step = StepFacts {
                    step,
                    who,
                    filled_by,
                    claimant,
                };
                out.extend(unauthorized_approver::check(scope, &facts, &step));
                out.extend(missing_approver::check(scope, &facts, &step));
                for (d, g) in lapsed {
                    out.extend(invalid_delegation::lapsed(scope, &facts, d, g));
                }
            }
            if *ordered {
                out.extend(approval_order::check(scope, &facts, steps, matching));
            }
            out.extend(approval_order::last(scope, &facts, steps, matching));
        }
        // A capacity claimed with `as`, on any signature not blamed already.
        if !signing.is_empty() {
            let org = &ctx.data.org;
            for (g, s) in record.signatures.iter().enumerate() {
                if claimed[g] || s.decision != Decision::Approve {
                    continue;
                }
                let (Some(person), Some(role)) = (
                    org.person(&s.by.value),
                    s.as_role.as_ref().and_then(|r| org.role(&r.value)),
                ) else {
                    continue;
                };
                let capacity = org.capacity(person, role, s.at.value.date, record.kind());
                if capacity.is_none() {
                    claimed[g] = true;
                }
                let claim = Claim {
                    signature: g,
                    person,
                    role,
                    capacity,
                };
                out.extend(unauthorized_approver::claimed(scope, &facts, &claim));
                if capacity.is_none() {
                    for (d, g) in lapsed(ctx, record, person, &[role], g) {
                        out.extend(invalid_delegation::lapsed(scope, &facts, d, g));
                    }
                }
            }
        }
        for (rule, matching, ordered) in &reviewing {
            facts.rule = rule.loc;
            let RuleKind::Reviewed { steps, .. } = &rule.kind else {
                continue;
            };
            for (s, step) in steps.iter().enumerate() {
                if !matching.needed[s] {
                    continue;
                }
                let step = StepFacts {
                    step,
                    who: &matching.who[s],
                    filled_by: matching.filled_by[s],
                    claimant: None,
                };
                out.extend(missing_review::check(scope, &facts, &step));
            }
            if *ordered {
                out.extend(out_of_sequence::reviews(scope, &facts, steps, matching));
            }
        }
    }

    for rule in &rules {
        facts.rule = rule.loc;
        match &rule.kind {
            kind if kind.times_a_step() => timing::evaluate(scope, &facts, kind, &mut out),
            _ if !judged => {}
            RuleKind::Is { field, party } => {
                let day = facts.day.unwrap_or(ctx.as_of);
                let who = parties::resolve(ctx, Some(record), party, day);
                let entries = parties::entries(ctx, record, field, &who, day);
                out.extend(wrong_party::check(
                    scope, &facts, field, party, &who, &entries,
                ));
            }
            // Each party must be among the entries (a report to both directors).
            RuleKind::IsAll { field, parties } => {
                let day = facts.day.unwrap_or(ctx.as_of);
                for party in parties {
                    let who = parties::resolve(ctx, Some(record), party, day);
                    let entries = parties::entries(ctx, record, field, &who, day);
                    out.extend(wrong_party::check(
                        scope, &facts, field, party, &who, &entries,
                    ));
                }
            }
            RuleKind::Count {
                field,
                min,
                max,
                unless,
            } if unless
                .as_ref()
                .is_none_or(|u| !conditions::holds(u, record, &ctx.data.org)) =>
            {
                out.extend(insufficient_count::check(scope, &facts, field, *min, *max));
            }
            RuleKind::SignersDistinct => {
                out.extend(self_approval::distinct(scope, &facts, &signing))
            }
            RuleKind::SignersExclude(field) => {
                out.extend(self_approval::own(scope, &facts, *field))
            }
            RuleKind::SignedBefore(target) => {
                out.extend(before(scope, &facts, &signing, &reviewing, target, true))
            }
            RuleKind::ReviewedBefore(target) => {
                out.extend(before(scope, &facts, &reviewing, &signing, target, false))
            }
            RuleKind::Limits { bands } => out.extend(limits::evaluate(scope, &facts, bands)),
            _ => {}
        }
    }
    out
}

/// The delegations for `roles` that the signer of signature `g` held but that did not cover its
/// day or the record's kind.
fn lapsed(
    ctx: &super::Context,
    record: &Record,
    person: PersonIx,
    roles: &[RoleIx],
    g: usize,
) -> Vec<(DelegationIx, usize)> {
    let day = record.signatures[g].at.value.date;
    roles
        .iter()
        .flat_map(|&r| {
            ctx.data
                .org
                .lapsed_delegations(person, r, day, record.kind())
        })
        .map(|d| (d, g))
        .collect()
}

/// The time of the last step once every step of every chain is filled.
fn completed(
    chains: &[(&Rule, Matching, bool)],
    time: impl Fn(usize) -> (Instant, Loc),
) -> Option<(Instant, Loc)> {
    if chains.is_empty() {
        return None;
    }
    let mut last: Option<(Instant, Loc)> = None;
    for (_, matching, _) in chains {
        let needed = matching.filled_by.iter().zip(&matching.needed);
        for (filled, _) in needed.filter(|(_, needed)| **needed) {
            let t = time((*filled)?);
            if last.is_none_or(|(l, _)| t.0.ts > l.ts) {
                last = Some(t);
            }
        }
    }
    last
}

/// `signed before X` / `reviewed before X`: every matched signature (or review) no later than X.
fn before(
    scope: Scope,
    facts: &Facts,
    mine: &[(&Rule, Matching, bool)],
    theirs: &[(&Rule, Matching, bool)],
    target: &Target,
    signatures: bool,
) -> Vec<Finding> {
    let record = facts.record;
    let time_of = |is_signature: bool, i: usize| {
        if is_signature {
            (record.signatures[i].at.value, record.signatures[i].at.loc)
        } else {
            (record.reviews[i].at.value, record.reviews[i].at.loc)
        }
    };
    let mine: Vec<(Instant, Loc)> = mine
        .iter()
        .flat_map(|(_, m, _)| {
            m.filled_by
                .iter()
                .flatten()
                .map(|&i| time_of(signatures, i))
        })
        .collect();
    let mut out = Vec::new();
    match target {
        Target::Field(field) => {
            let mut scratch = Vec::new();
            let Some((limit, _)) = timing::time(scope, facts, field, &mut scratch) else {
                return scratch;
            };
            for (t, at) in mine {
                out.extend(out_of_sequence::before_field(
                    scope, facts, signatures, &t, at, field, &limit,
                ));
            }
        }
        Target::Signed | Target::Reviewed => {
            // The other side's required steps; when the clause requires none, every approving
            // review (or signature) the record has.
            let mut other: Vec<(Instant, Loc)> = theirs
                .iter()
                .flat_map(|(_, m, _)| {
                    m.filled_by
                        .iter()
                        .flatten()
                        .map(|&i| time_of(!signatures, i))
                })
                .collect();
            if theirs.is_empty() {
                let count = if signatures {
                    record.reviews.len()
                } else {
                    record.signatures.len()
                };
                let approves = |i: usize| {
                    if signatures {
                        record.reviews[i].decision == Decision::Approve
                    } else {
                        record.signatures[i].decision == Decision::Approve
                    }
                };
                other = (0..count)
                    .filter(|&i| approves(i))
                    .map(|i| time_of(!signatures, i))
                    .collect();
            }
            let others: Vec<Instant> = other.into_iter().map(|(o, _)| o).collect();
            for (t, at) in &mine {
                out.extend(out_of_sequence::steps(
                    scope, facts, signatures, t, *at, &others,
                ));
            }
        }
    }
    out
}
