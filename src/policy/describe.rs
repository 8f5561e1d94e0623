//! Plain-language descriptions of clauses and rules, and the check codes each rule can raise:
//! what `zhidu explain` prints and `docs/pack.md` tabulates.

use super::ast::{self, Cadence, Relation};
use super::fmt;
use super::model::*;
use crate::diagnostic::Check;

/// What a rule requires, in one English sentence.
pub fn rule(rule: &Rule) -> String {
    let text = match &rule.kind {
        RuleKind::Exists {
            every,
            per,
            due,
            lenient,
        } => {
            let per = per.as_ref().map(per_department).unwrap_or_default();
            match due {
                Some(due) if *lenient => format!(
                    "one record per {}{per} must exist; it is missing once {} has passed (the regulation sets no date, so none is late)",
                    every.keyword(),
                    date(due)
                ),
                Some(due) => format!(
                    "one record per {}{per} must exist by {}",
                    every.keyword(),
                    date(due)
                ),
                None => format!(
                    "one record per {}{per} must exist by the end of it",
                    every.keyword()
                ),
            }
        }
        RuleKind::Every {
            cadence: c,
            per,
            due,
        } => {
            let slot = cadence(c);
            let per = per.as_ref().map(per_department).unwrap_or_default();
            match due {
                Some(due) => format!("one record {slot}{per}, due by {}", date(due)),
                None => format!("one record {slot}{per}"),
            }
        }
        RuleKind::MissingAfter { field, after } => format!(
            "`{field}` must be recorded; it is missing once {} has passed (no date is set, so it is never late)",
            date(after)
        ),
        RuleKind::ByNext {
            field,
            kind,
            collection,
        } => format!(
            "`{field}` must be recorded by the next {kind} {} after the record",
            collection.singular()
        ),
        RuleKind::AtLeast { count, per } => {
            format!("at least {count} records per {}", per.keyword())
        }
        RuleKind::MaxGap { max } => format!("consecutive records at most {max} apart"),
        RuleKind::Deadline { field, due } => format!("`{field}` no later than {}", date(due)),
        RuleKind::Window { field, from, to } => match (from, to) {
            (Some(f), Some(t)) => format!("`{field}` between {} and {}", date(f), date(t)),
            (Some(f), None) => format!("`{field}` not before {}", date(f)),
            (None, Some(t)) => format!("`{field}` no later than {}", date(t)),
            (None, None) => format!("`{field}` at any time"),
        },
        RuleKind::LastDays {
            field,
            first,
            days,
            of,
        } => format!(
            "`{field}` within the {} {days} days of the {}",
            if *first { "first" } else { "last" },
            fmt::period_ref(of)
        ),
        RuleKind::Offset {
            field,
            other,
            within,
            relation,
        } => match relation {
            Relation::After => format!("`{field}` within {within} after `{other}`"),
            Relation::Before => format!("`{field}` within {within} before `{other}`"),
            Relation::Around => format!("`{field}` within {within} of `{other}`, either side"),
        },
        RuleKind::Margin {
            field,
            other,
            margin,
            relation,
        } => format!(
            "`{field}` at least {margin} {} `{other}`",
            if *relation == Relation::Before {
                "before"
            } else {
                "after"
            }
        ),
        RuleKind::Order {
            field,
            other,
            relation,
        } => format!(
            "`{field}` {} `{other}`",
            if *relation == Relation::Before {
                "not after"
            } else {
                "not before"
            }
        ),
        RuleKind::Is { field, party } => format!("`{field}` is {party}"),
        RuleKind::IsAll { field, parties } => format!(
            "`{field}` names {}",
            parties
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" and ")
        ),
        RuleKind::Count {
            field,
            min,
            max,
            unless,
        } => {
            let range = match (min, max) {
                (Some(a), Some(b)) => format!("between {a} and {b}"),
                (Some(a), None) => format!("at least {a}"),
                (None, Some(b)) => format!("at most {b}"),
                (None, None) => "any number".into(),
            };
            match unless {
                Some(u) => format!("`{field}` {range}, unless {}", cond(u)),
                None => format!("`{field}` {range}"),
            }
        }
        RuleKind::Signed { steps, ordered } => format!("signed by {}", chain(steps, *ordered)),
        RuleKind::Reviewed { steps, ordered } => format!("reviewed by {}", chain(steps, *ordered)),
        RuleKind::SignedBefore(t) => format!("every required signature before {}", target(t)),
        RuleKind::ReviewedBefore(t) => format!("every required review before {}", target(t)),
        RuleKind::SignersDistinct => "every step signed by a different person".into(),
        RuleKind::SignersExclude(f) => format!("the {} never signs", f.keyword()),
        RuleKind::Filled { role, min, max } => match (min, max) {
            (1, Some(1)) => format!("role {role} held by exactly 1 active person"),
            (n, Some(m)) if n == m => format!("role {role} held by exactly {n} active people"),
            (0, Some(m)) => format!("role {role} held by at most {m} active people"),
            (1, None) => format!("role {role} held by an active person"),
            (n, None) => format!("role {role} held by at least {n} active people"),
            (n, Some(m)) => format!("role {role} held by {n} to {m} active people"),
        },
        RuleKind::Headcount { unit, max } => format!("unit {unit} has at most {max} active people"),
        RuleKind::OrgExists(name) => format!("{} {name} exists", name.kind.keyword()),
        RuleKind::UnitUnder { unit, parent } => format!("unit {unit} exists under unit {parent}"),
        RuleKind::UnitPosts { unit, posts } => {
            format!("unit {unit} has the posts {}", posts.join(", "))
        }
        RuleKind::ReportsTo {
            head_of,
            subject,
            to,
        } => {
            if *head_of {
                format!("the head of unit {subject} reports to {to}")
            } else {
                format!("role {subject} reports to {to}")
            }
        }
        RuleKind::BodyHas {
            body,
            chair,
            members,
            where_held,
        } => {
            let mut parts = Vec::new();
            if let Some(chair) = chair {
                parts.push(format!("chaired by {chair}"));
            }
            if !members.is_empty() {
                let names: Vec<String> = members.iter().map(ToString::to_string).collect();
                let held = if *where_held {
                    " (those the organisation has)"
                } else {
                    ""
                };
                parts.push(format!("includes {}{held}", names.join(", ")));
            }
            format!("body {body} {}", parts.join(" and "))
        }
        RuleKind::NotCombined(roles) => {
            let names: Vec<String> = roles.iter().map(|r| r.text.clone()).collect();
            format!("nobody holds {} at once", names.join(" and "))
        }
        RuleKind::Term { length, target } => match target {
            TermTarget::Level(l) => format!(
                "holdings of {}-level roles last at most {length}",
                l.keyword()
            ),
            TermTarget::Role(r) => format!("holdings of role {r} last at most {length}"),
        },
        RuleKind::EveryUnitHasHead => "every unit has a head, held by an active person".into(),
        RuleKind::EveryPersonHasManager => {
            "every active person below the top has a direct superior".into()
        }
        RuleKind::EveryRoleWithinSeats => {
            "no role is held by more active people than its seats".into()
        }
        RuleKind::NoReportingCycles => "reporting lines never loop".into(),
        RuleKind::Delegation {
            delegate,
            principal,
            authorizer,
        } => match authorizer {
            Some(a) => {
                format!("only a holder of {delegate} may act for {principal}, authorized by {a}")
            }
            None => format!("only a holder of {delegate} may act for {principal}"),
        },
        RuleKind::Limits { bands } => {
            let rows: Vec<String> = bands
                .iter()
                .map(|b| {
                    let range = match (&b.over, &b.up_to) {
                        (Some(lo), Some(hi)) => format!("over {lo} up to {hi}"),
                        (Some(lo), None) => format!("over {lo}"),
                        (None, Some(hi)) => format!("up to {hi}"),
                        (None, None) => "any amount".into(),
                    };
                    format!("{} may approve {range}", b.party)
                })
                .collect();
            format!("authority: {}", rows.join("; "))
        }
    };
    if rule.when.is_empty() {
        text
    } else {
        let conds: Vec<String> = rule.when.iter().map(cond).collect();
        format!("when {}: {text}", conds.join(" and "))
    }
}

/// ` per department`, ` per department under role X`.
fn per_department(per: &PerDepartment) -> String {
    match &per.under {
        Some(role) => format!(" for each department whose head reports to role {role}"),
        None => " for each department".into(),
    }
}

/// The check codes a rule can raise.
pub fn checks(rule: &RuleKind) -> &'static [Check] {
    use Check::*;
    match rule {
        RuleKind::Exists { lenient: true, .. } => &[MissingRecord],
        RuleKind::Exists { due: Some(_), .. } => &[MissingRecord, Late],
        RuleKind::Exists { .. } => &[MissingRecord],
        RuleKind::Every { due: Some(_), .. } => &[Cadence, Late],
        RuleKind::Every { .. } => &[Cadence],
        RuleKind::AtLeast { .. } => &[InsufficientCount],
        RuleKind::MaxGap { .. } => &[Cadence],
        RuleKind::Deadline { .. } => &[Late, Overdue],
        RuleKind::MissingAfter { .. } | RuleKind::ByNext { .. } => &[Overdue],
        RuleKind::Window { .. } | RuleKind::LastDays { .. } => &[OutOfWindow, Late, Overdue],
        RuleKind::Offset { .. } => &[OutOfWindow, Late, Overdue],
        RuleKind::Margin { .. } => &[Late, Overdue],
        // A step due no later than another that happened, and never taken, is overdue.
        RuleKind::Order {
            relation: Relation::Before,
            ..
        } => &[OutOfSequence, Overdue],
        RuleKind::Order { .. } => &[OutOfSequence],
        RuleKind::Is { .. } | RuleKind::IsAll { .. } => &[WrongParty],
        RuleKind::Count { .. } => &[InsufficientCount],
        RuleKind::Signed { .. } => &[
            MissingApprover,
            ApprovalOrder,
            UnauthorizedApprover,
            InvalidDelegation,
        ],
        RuleKind::Reviewed { .. } => &[MissingReview, OutOfSequence],
        RuleKind::SignedBefore(_) | RuleKind::ReviewedBefore(_) => &[OutOfSequence],
        RuleKind::SignersDistinct | RuleKind::SignersExclude(_) => &[SelfApproval],
        RuleKind::Filled { max: None, .. } => &[VacantRole],
        RuleKind::Filled { .. } => &[VacantRole, OverHeadcount],
        RuleKind::Headcount { .. } => &[OverHeadcount],
        RuleKind::OrgExists(_) | RuleKind::UnitUnder { .. } | RuleKind::UnitPosts { .. } => {
            &[MissingUnit]
        }
        RuleKind::ReportsTo { .. } => &[WrongReportingLine],
        RuleKind::BodyHas { .. } => &[BodyComposition],
        RuleKind::NotCombined(_) => &[SodConflict],
        RuleKind::Term { .. } => &[TermExpired],
        RuleKind::EveryUnitHasHead => &[UnitWithoutHead],
        RuleKind::EveryPersonHasManager => &[NoManager],
        RuleKind::EveryRoleWithinSeats => &[OverHeadcount],
        RuleKind::NoReportingCycles => &[ReportingCycle],
        RuleKind::Delegation { .. } => &[InvalidDelegation],
        RuleKind::Limits { .. } => &[OverLimit],
    }
}

/// Every check code a clause can raise, in registry order (plus `unbound-reference` when the
/// clause names anything).
pub fn clause_checks(clause: &Clause) -> Vec<Check> {
    let mut all: Vec<Check> = clause
        .rules
        .iter()
        .flat_map(|r| checks(&r.kind).iter().copied())
        .collect();
    if !clause.names().is_empty() {
        all.push(Check::UnboundReference);
    }
    all.sort();
    all.dedup();
    all
}

fn chain(steps: &[Step], ordered: bool) -> String {
    let parts: Vec<String> = steps
        .iter()
        .map(|s| {
            let mut text = s.party.to_string();
            if let Some(field) = s.unless {
                text.push_str(&format!(" (unless that is the {})", field.keyword()));
            }
            if s.last {
                text.push_str(" (last)");
            }
            text
        })
        .collect();
    parts.join(if ordered { ", then " } else { " and " })
}

fn target(t: &Target) -> String {
    match t {
        Target::Signed => "the signatures".into(),
        Target::Reviewed => "the reviews".into(),
        Target::Field(f) => format!("`{f}`"),
    }
}

fn cadence(c: &Cadence) -> String {
    match c {
        Cadence::Unit(u) => format!("every {}", u.keyword()),
        Cadence::Weekday(w) => format!("every {}", w.keyword()),
        Cadence::NthWeekday(ast::Ordinal::Last, w) => {
            format!("on the last {} of every month", w.keyword())
        }
        Cadence::NthWeekday(ast::Ordinal::Nth(n), w) => {
            format!("on {} {} of every month", ordinal(*n), w.keyword())
        }
        Cadence::LastDayOfMonth => "on the last day of every month".into(),
        Cadence::DayOfMonth(d) => format!("on day {d} of every month"),
    }
}

fn ordinal(n: u8) -> &'static str {
    match n {
        1 => "the first",
        2 => "the second",
        3 => "the third",
        4 => "the fourth",
        _ => "the fifth",
    }
}

/// A date expression in words: `11-20 of the previous year`.
pub fn date(spec: &DateSpec) -> String {
    let of = |p: &PeriodRef| match (p.shift, p.unit) {
        (0, None) => "the record's period".to_string(),
        (0, Some(u)) => format!("the {}", u.keyword()),
        (s, u) => format!(
            "the {} {}",
            if s < 0 { "previous" } else { "next" },
            u.map_or("period", crate::vocab::PeriodUnit::keyword)
        ),
    };
    let mut text = match &spec.anchor {
        Anchor::Edge { start, of: p } => {
            format!("the {} of {}", if *start { "start" } else { "end" }, of(p))
        }
        Anchor::Day { day, of: p } => format!("day {day} of {}", of(p)),
        Anchor::Weekday { weekday, of: p } => format!("{} of {}", weekday.keyword(), of(p)),
        Anchor::MonthDay { date, of: p } => format!("{} of {}", fmt::month_day(*date), of(p)),
        Anchor::Date(d) => d.to_string(),
    };
    if let Some((sign, d)) = spec.offset {
        text.push_str(&format!(" {} {d}", if sign < 0 { "minus" } else { "plus" }));
    }
    text
}

/// A condition in words.
pub fn cond(c: &Cond) -> String {
    match c {
        Cond::Or(parts) => parts.iter().map(cond).collect::<Vec<_>>().join(" or "),
        // `and` binds tighter than `or`: an `or` inside an `and` keeps its parentheses.
        Cond::And(parts) => parts
            .iter()
            .map(|p| match p {
                Cond::Or(_) => format!("({})", cond(p)),
                _ => cond(p),
            })
            .collect::<Vec<_>>()
            .join(" and "),
        Cond::Not(inner) => format!("not ({})", cond(inner)),
        Cond::Present(f) => format!("`{f}` is set"),
        Cond::InUnit { field, unit } => format!("`{field}` is in {unit}"),
        Cond::Compare { field, op, value } => {
            let v = match value {
                Value::Level(l) => l.keyword().to_string(),
                Value::Bool(b) => b.to_string(),
                Value::Date(d) => d.to_string(),
                Value::Number(m) => m.to_string(),
                Value::Text(t) => t.clone(),
            };
            format!("`{field}` {} {v}", op.symbol())
        }
    }
}
