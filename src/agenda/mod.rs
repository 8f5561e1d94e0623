//! `zhidu agenda`: what falls due, who must act, and what could stop them.
//!
//! The agenda invents no deadline of its own. `check` judged over the days ahead finds every duty
//! that would be overdue by then; the engine's findings carry when each was due
//! ([`Duty`](crate::diagnostic::Duty)), so the agenda's dates are the clauses' dates, worked out
//! in one place. Items already overdue are `check`'s own findings for the day asked. This module
//! turns those findings into items: the steps done and still needed in order ([`steps`]), who
//! must act ([`owners`]), what could stop them ([`risks`]); and writes them as a person, a
//! program, a calendar or a spreadsheet reads them.

pub mod csv;
pub mod human;
pub mod ics;
pub mod json;
pub mod owners;
pub mod risks;
pub mod steps;

use crate::data::model::Record;
use crate::diagnostic::{Citation, Finding};
use crate::engine::{Context, Scope, existence, parties};
use crate::i18n::{Arg, Message};
use crate::policy::model::{Clause, KindFilter};
use crate::time::Period;
use jiff::civil::Date;
use owners::Owner;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// Where an item stands (CLI.md v3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    NotStarted,
    InProgress,
    Overdue,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Overdue => "overdue",
        }
    }
}

/// A step still needed: what, by whom.
#[derive(Clone, Debug)]
pub struct Next {
    /// The step in the reader's language.
    pub step: Message,
    /// The step as the policy names it (`submitted`, `signed by 总裁`).
    pub key: String,
    /// Who takes it, by name (`总裁 (president)`); `None` when the regulation names nobody.
    pub by: Option<Message>,
}

/// A person who must act.
#[derive(Clone, Debug)]
pub struct Person {
    pub id: String,
    /// `高华 (p-gm)`.
    pub name: String,
    /// The unit they work in then, by name.
    pub unit: Option<String>,
    /// The post they act for under a delegation (代理), when they do not hold it.
    pub acting_for: Option<String>,
}

/// One duty on the agenda.
#[derive(Clone, Debug)]
pub struct Item {
    pub clause: Arc<str>,
    pub pack: Arc<str>,
    /// The record kind (`annual-operations-plan`).
    pub kind: String,
    /// As `check` names it: the record's id, or `clause@period`.
    pub subject: String,
    /// What the duty is, for a title (`annual-operations-plan for 2027`).
    pub what: Message,
    pub due: Date,
    pub nominal: Date,
    /// An exact deadline, RFC 3339.
    pub at: Option<String>,
    pub status: Status,
    pub done: Vec<String>,
    pub next: Vec<Next>,
    pub owners: Vec<Person>,
    pub risks: Vec<risks::Risk>,
    pub source: Option<Citation>,
    pub words: Option<Arc<str>>,
    /// The finding's fingerprint: the same duty keeps it from run to run.
    pub fingerprint: String,
    /// The due year lies beyond the calendar: working days are guessed from weekends.
    pub guessed: bool,
}

/// The agenda of one run.
#[derive(Clone, Debug)]
pub struct Agenda {
    pub as_of: Date,
    pub until: Date,
    pub items: Vec<Item>,
}

/// A finding that stands for a duty, and whether it is already overdue.
pub struct Due<'f> {
    pub finding: &'f Finding,
    pub overdue: bool,
}

/// The items of `dues`, soonest first, for `owner` when given. `ctx` is the day asked for.
pub fn build(ctx: &Context, dues: &[Due], owner: Option<Owner>, until: Date) -> Agenda {
    let clauses: HashMap<&str, &Clause> = ctx
        .policies
        .clauses
        .iter()
        .map(|c| (&*c.id, &**c))
        .collect();
    let mut items: Vec<Item> = dues
        .par_iter()
        .filter_map(|due| {
            let clause = clauses.get(due.finding.clause.as_deref()?)?;
            item(ctx, clause, due, owner)
        })
        .collect();
    items.sort_by(|a, b| {
        (a.due, &a.at, &a.clause, &a.subject, &a.fingerprint).cmp(&(
            b.due,
            &b.at,
            &b.clause,
            &b.subject,
            &b.fingerprint,
        ))
    });
    Agenda {
        as_of: ctx.as_of,
        until,
        items,
    }
}

/// One item, unless `owner` has nothing to do with it.
fn item(ctx: &Context, clause: &Clause, due: &Due, owner: Option<Owner>) -> Option<Item> {
    let f = due.finding;
    let duty = f.duty.as_deref()?;
    let org = &ctx.data.org;
    let record = duty
        .record
        .and_then(|i| ctx.data.records.all.get(i))
        .map(|r| &**r);
    let period = duty.period.as_deref().and_then(|p| Period::parse(p).ok());
    let owing = duty.owing.as_deref();
    let place = steps::Place {
        record,
        period,
        owing,
    };
    let steps = steps::of(ctx, clause, place);
    let kind = record.map_or_else(|| kinds(clause), |r| r.kind().to_string());
    // Who must act next: as of the day asked, or the day the step's window opens if later.
    let first = steps.next.first();
    let day = first
        .and_then(|s| s.opens)
        .map_or(ctx.as_of, |d| d.max(ctx.as_of));
    let acting = first.map_or_else(Vec::new, |s| owners::acting(ctx, &s.who, day, &kind));
    let unit = record
        .and_then(|r| r.text("unit"))
        .or(owing)
        .and_then(|u| org.unit(u));
    if let Some(owner) = owner {
        let roles: Vec<_> = steps
            .next
            .iter()
            .flat_map(|s| owners::roles(org, &s.who))
            .collect();
        let bodies: Vec<_> = steps
            .next
            .iter()
            .flat_map(|s| owners::bodies(&s.who))
            .collect();
        let asks = owners::Asks {
            acting: &acting,
            roles: &roles,
            bodies: &bodies,
            unit,
            day,
        };
        if !owner.concerns(org, &asks) {
            return None;
        }
    }
    // Risks look ahead to the due date; for an item already overdue, from today.
    let ahead = duty.due.max(ctx.as_of);
    let risks = risks::of(ctx, &steps.next, &acting, duty, ahead);
    let status = match (due.overdue, record) {
        (true, _) => Status::Overdue,
        (false, Some(_)) => Status::InProgress,
        (false, None) => Status::NotStarted,
    };
    Some(Item {
        clause: clause.id.clone(),
        pack: clause.pack.clone(),
        kind,
        subject: f.subject.clone(),
        what: what(ctx, clause, record, duty),
        due: duty.due,
        nominal: duty.nominal,
        at: duty.at.clone(),
        status,
        done: steps.done,
        next: steps.next.iter().map(|s| next(ctx, clause, s)).collect(),
        owners: acting.iter().map(|a| person(ctx, a, day)).collect(),
        risks,
        source: f.source.clone(),
        words: f.words.clone(),
        fingerprint: f.fingerprint.clone(),
        guessed: !ctx.calendar.covers(duty.due.year()),
    })
}

/// A person who may act on `day`, as an item names them.
fn person(ctx: &Context, a: &owners::Acting, day: Date) -> Person {
    let org = &ctx.data.org;
    Person {
        id: org.people[a.person].id.value.clone(),
        name: parties::person_name(ctx, a.person),
        unit: org
            .unit_of(a.person, day)
            .map(|u| parties::unit_name(ctx, u)),
        acting_for: a.delegation.and(a.role).map(|r| parties::role_name(ctx, r)),
    }
}

/// The next step of a record still under way under `clause`, and who may take it on the as-of
/// day (or when its window opens). `whatif` asks it of requests awaiting a signature: under a
/// clause that sets no deadline they are no agenda item, yet a change can leave them with
/// nobody to sign.
pub fn waiting_on(ctx: &Context, clause: &Clause, record: &Record) -> Option<(Next, Vec<Person>)> {
    let place = steps::Place {
        record: Some(record),
        period: None,
        owing: None,
    };
    let steps = steps::of(ctx, clause, place);
    let first = steps.next.first()?;
    let day = first.opens.map_or(ctx.as_of, |d| d.max(ctx.as_of));
    let acting = owners::acting(ctx, &first.who, day, record.kind());
    let people = acting.iter().map(|a| person(ctx, a, day)).collect();
    Some((next(ctx, clause, first), people))
}

/// The kinds a clause binds, for a record not made yet.
fn kinds(clause: &Clause) -> String {
    match &clause.kinds {
        KindFilter::Any => clause.kind.keyword().to_string(),
        KindFilter::Only(kinds) => kinds.iter().cloned().collect::<Vec<_>>().join("/"),
    }
}

/// What the duty is: the clause's records (in the reader's language) with the record's id or
/// the slot's period, and the step for a record that exists.
fn what(
    ctx: &Context,
    clause: &Clause,
    record: Option<&crate::data::model::Record>,
    duty: &crate::diagnostic::Duty,
) -> Message {
    let what = existence::what_arg(Scope { ctx, clause });
    match (record, &duty.step) {
        (Some(record), Some(step)) => Message::new("agenda-what-step")
            .arg("what", what)
            .arg("id", record.id.value.as_str())
            .field("step", step),
        _ => {
            let period = duty.period.as_deref().unwrap_or("");
            match duty.owing.as_deref().and_then(|u| ctx.data.org.unit(u)) {
                Some(u) => Message::new("agenda-what-slot-of")
                    .arg("what", what)
                    .arg("party", parties::unit_name(ctx, u))
                    .period("period", period),
                None => Message::new("agenda-what-slot")
                    .arg("what", what)
                    .period("period", period),
            }
        }
    }
}

/// A step as the reader and the machine read it.
fn next(ctx: &Context, clause: &Clause, step: &steps::Step) -> Next {
    let what = existence::what_arg(Scope { ctx, clause });
    let message = match &step.act {
        steps::Act::Field(field) => Message::new("agenda-step-field").field("field", field),
        steps::Act::Review => Message::new("agenda-step-review"),
        steps::Act::Sign => Message::new("agenda-step-sign"),
        steps::Act::Record if clause.kind == crate::policy::ast::ClauseKind::Meeting => {
            Message::new("agenda-step-hold").arg("what", what)
        }
        steps::Act::Record => Message::new("agenda-step-record").arg("what", what),
    };
    let by = match (&step.party, &step.who) {
        (_, parties::Who::Unbound) => None,
        (Some(party), who) => Some(parties::describe_message(ctx, party, who)),
        (None, who) => names(ctx, who),
    };
    Next {
        step: message,
        key: step.key.clone(),
        by,
    }
}

/// Who, without a party of the policy to name them by (the record's own person, the head of
/// the unit owing it).
fn names(ctx: &Context, who: &parties::Who) -> Option<Message> {
    let names: Vec<String> = match who {
        parties::Who::People(people) => people
            .iter()
            .map(|&p| parties::person_name(ctx, p))
            .collect(),
        parties::Who::Roles(roles) => roles.iter().map(|&r| parties::role_name(ctx, r)).collect(),
        _ => return None,
    };
    Some(crate::policy::model::either(
        names
            .into_iter()
            .map(|n| Message::new("party-name").arg("name", n)),
    ))
}

/// `2. sign — 总裁 (president)`.
pub(crate) fn next_line(n: usize, next: &Next) -> Message {
    match &next.by {
        None => Message::new("agenda-line-next-bare")
            .arg("n", n + 1)
            .arg("step", next.step.clone()),
        Some(by) => Message::new("agenda-line-next")
            .arg("n", n + 1)
            .arg("step", next.step.clone())
            .arg("by", by.clone()),
    }
}

/// `高华 (p-gm) (acting for 总经理) · 行政部`: a person who must act, how and where.
pub(crate) fn owner_line(o: &Person) -> Message {
    let person = match &o.acting_for {
        Some(post) => Message::new("agenda-owner-acting")
            .arg("person", o.name.as_str())
            .arg("post", post.as_str())
            .into(),
        None => Arg::from(o.name.as_str()),
    };
    match &o.unit {
        Some(unit) => Message::new("agenda-owner-in")
            .arg("person", person)
            .arg("unit", unit.as_str()),
        None => Message::new("agenda-line-owners-list").arg("owners", person),
    }
}

/// `sign (总裁 (president))`: a step still needed, without its number.
pub(crate) fn step_by(next: &Next) -> Message {
    match &next.by {
        None => next.step.clone(),
        Some(by) => Message::new("agenda-csv-next")
            .arg("step", next.step.clone())
            .arg("by", by.clone()),
    }
}

/// `Required by 《运营中心工作规范》第十三条 ("应")`.
pub(crate) fn source_line(item: &Item) -> Option<Message> {
    let source = item.source.as_ref()?.to_string();
    Some(match item.words.as_deref() {
        Some(words) => Message::new("agenda-line-source-words")
            .arg("source", source)
            .arg("words", words),
        None => Message::new("agenda-line-source").arg("source", source),
    })
}

/// `Owners: …`, or why there are none: the regulation names nobody, or nobody can act now.
pub(crate) fn owners_line(item: &Item, owners: &[String]) -> Message {
    let named = item.next.first().is_some_and(|n| n.by.is_some());
    if !owners.is_empty() {
        Message::new("agenda-line-owners").arg("owners", Arg::list(owners))
    } else if named {
        Message::new("agenda-line-no-owner")
    } else {
        Message::new("agenda-line-unnamed")
    }
}
