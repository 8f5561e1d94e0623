//! The checks engine: every clause over the indexed data, in parallel.
//!
//! Clauses are independent, and so are the records a clause binds, so both are spread over
//! rayon's pool; findings are collected and sorted once, by the report (never here), so the
//! output is the same for any number of threads.
//!
//! # The engine and the checks
//!
//! They are the one pair of modules that know each other (`crate::checks` is what the engine
//! dispatches to; the checks take the engine's facts), and they divide the work one way:
//!
//! - **The engine walks and works out facts.** For each clause it finds what the clause binds
//!   (records of its kinds meeting its conditions, roles, units, delegations), resolves every
//!   party (who `head of requester.unit` is on the record's day), matches signatures and reviews
//!   to steps, and computes the times each step was due and done, the holders of a role, the
//!   people in a unit, the records in a period.
//! - **A check decides and words.** Each check file takes the facts for one possible breach,
//!   decides whether they are one (a deadline passed inside the judged range, a step no signature
//!   fills, more holders than seats) and, if so, words the finding: message, place, help.
//!
//! So the engine never tests for a breach nor builds a finding, and a check never resolves a
//! party, matches a signature or binds a name.

pub mod approvals;
pub mod conditions;
pub mod delegations;
pub mod departments;
pub mod events;
pub mod existence;
pub mod limits;
pub mod org_duties;
pub mod org_free;
pub mod parties;
pub mod records;
pub mod timing;
pub mod unbound;

use crate::data::DataSet;
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::policy::ast::ClauseKind;
use crate::policy::model::{Clause, PolicySet};
use crate::source::Loc;
use crate::time::span;
use crate::time::{Calendar, Instant};
use jiff::Timestamp;
use jiff::civil::Date;
use rayon::prelude::*;

/// Everything a check needs to know besides the clause.
pub struct Context<'a> {
    pub data: &'a DataSet,
    pub policies: &'a PolicySet,
    /// The day the check is made for: what is overdue is judged against its end.
    pub as_of: Date,
    /// The start of the judged range.
    pub since: Date,
    pub calendar: &'a Calendar,
    /// The currency of amounts without one.
    pub currency: String,
    /// zhidu.toml's `covers`: record kinds (`all-hands`) and steps (`all-hands.notice_sent`)
    /// judged even where the data holds none.
    pub covers: &'a [String],
    /// zhidu.toml's `covered_from`: the data is complete from this day.
    pub covered_from: Option<Date>,
}

impl Context<'_> {
    /// Is a deadline on `day` judged: inside `[since, as_of]`? A check is made at the end of
    /// `as_of`, so a step due that day has had all of it.
    pub fn judged(&self, day: Date) -> bool {
        self.since <= day && day <= self.as_of
    }

    /// The first moment after `as_of`.
    pub fn end_of_as_of(&self) -> Timestamp {
        let next = self.as_of.saturating_add(span::days(1));
        Instant::day(next, &self.data.tz).ts
    }

    /// Has an exact deadline passed by the end of `as_of`, and was it on or after `since`?
    pub fn judged_instant(&self, due: &Instant) -> bool {
        due.ts < self.end_of_as_of() && self.since <= due.date
    }

    /// Is a step's field kept for records of this record's kind — carried by at least one of
    /// them, or listed in `covers` as `kind.field`? A step the company does not keep is not
    /// judged missing (PACK.md v3).
    pub fn keeps(&self, record: &crate::data::model::Record, path: &str) -> bool {
        let kind = record.kind();
        self.data.records.keeps(record.collection, kind, path)
            || self.covers.iter().any(|c| covers_step(c, kind, path))
    }

    pub fn show(&self, instant: &Instant) -> String {
        instant.display(&self.data.tz)
    }
}

/// Does a `covers` entry name this step: `kind.field`, the field with or without `attrs.`?
pub fn covers_step(entry: &str, kind: &str, path: &str) -> bool {
    entry
        .strip_prefix(kind)
        .and_then(|r| r.strip_prefix('.'))
        .is_some_and(|field| field == path || path.strip_prefix("attrs.") == Some(field))
}

/// One clause's view while it is evaluated: fills in what every finding of the clause shares.
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    pub ctx: &'a Context<'a>,
    pub clause: &'a Clause,
}

impl Scope<'_> {
    /// A finding of this clause: its id, severity and citation, with `rule` as the policy place.
    pub fn finding(
        &self,
        check: Check,
        subject: &str,
        message: impl Into<crate::i18n::Text>,
        rule: Loc,
    ) -> Finding {
        let mut f = Finding::new(check, subject, message);
        f.clause = Some(self.clause.id.clone());
        f.severity = self.clause.severity;
        // The general clauses cite no single document: no source to show.
        let c = &self.clause.citation;
        f.source = (!(c.document.is_empty() && c.article.is_empty())).then(|| c.clone());
        f.words = self.clause.words.clone();
        f.policy_location = Some(rule);
        f
    }
}

impl Scope<'_> {
    /// A finding about a record under the rule being evaluated, located at the record's id until
    /// something more specific is known.
    pub fn on_record(
        &self,
        check: Check,
        facts: &records::Facts,
        message: impl Into<crate::i18n::Text>,
    ) -> Finding {
        self.finding(check, &facts.record.id.value, message, facts.rule)
            .at(facts.record.id.loc)
    }
}

/// Under the `fault-injection` feature (tests only), a clause with this id panics when evaluated: the
/// fault that shows one failing clause cannot take the others with it.
#[cfg(feature = "fault-injection")]
pub const INJECTED_PANIC: &str = "zhidu-test.panics";

/// What one finding may cost, with its message's arguments and its place in every report.
pub const FINDING_COST: u64 = 2 * 1024;

/// Clauses evaluated together between two looks at the budget: enough to keep every core busy.
const CHUNK: usize = 32;

/// Evaluates every clause against the data. A panic in one clause (a bug) is caught at the
/// clause and reported as its `internal-error`; the other clauses' findings stand.
///
/// The clauses are evaluated in order, a chunk at a time on all cores, while their findings fit in
/// `budget` bytes. Returns the findings and, when the budget stopped the run, how many clauses
/// were judged. The chunks, not the threads, decide where a run stops: the same input stops at
/// the same clause however many threads run it.
pub fn run_within(ctx: &Context, budget: u64) -> (Vec<Finding>, Option<usize>) {
    let mut findings = Vec::new();
    let clauses = &ctx.policies.clauses;
    for (i, chunk) in clauses.chunks(CHUNK).enumerate() {
        let cost = (findings.len() as u64).saturating_mul(FINDING_COST);
        if cost > budget {
            return (findings, Some(i * CHUNK));
        }
        findings.par_extend(chunk.par_iter().flat_map_iter(|clause| judge(ctx, clause)));
    }
    (findings, None)
}

/// One clause's findings, or its `internal-error`.
fn judge(ctx: &Context, clause: &Clause) -> Vec<Finding> {
    let scope = Scope { ctx, clause };
    crate::contain::contain(|| evaluate(scope)).unwrap_or_else(|payload| {
        let mut f = Finding::internal_error(
            clause.id.to_string(),
            crate::i18n::Message::new("internal-evaluating").arg("clause", &*clause.id),
            &*payload,
            Some(clause.loc),
        );
        f.clause = Some(clause.id.clone());
        vec![f]
    })
}

fn evaluate(scope: Scope) -> Vec<Finding> {
    #[cfg(feature = "fault-injection")]
    if scope.clause.id.as_ref() == INJECTED_PANIC {
        panic!("a fault injected by a test");
    }
    let mut out = Vec::new();
    unbound::check(scope, &mut out);
    match scope.clause.kind {
        ClauseKind::Org => org_duties::evaluate(scope, &mut out),
        ClauseKind::Delegation => delegations::evaluate(scope, &mut out),
        _ => out.extend(records::evaluate(scope)),
    }
    out
}
