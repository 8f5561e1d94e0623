//! Plain-language descriptions of clauses and rules, and the check codes each rule can raise:
//! what `zhidu explain` prints and `docs/pack.md` tabulates.

use super::ast::{self, Cadence, Relation};
use super::fmt;
use super::model::*;
use crate::diagnostic::Check;
use crate::i18n::{Arg, Joiner, Message};

/// What a rule requires, in one sentence of the catalogues (`locales/*/describe.ftl`).
pub fn rule(rule: &Rule) -> Message {
    let text = requirement(&rule.kind);
    if rule.when.is_empty() {
        return text;
    }
    let conditions = Arg::join(rule.when.iter().map(cond), Joiner::Also);
    m("rule-when")
        .arg("conditions", conditions)
        .arg("rule", text)
}

fn requirement(kind: &RuleKind) -> Message {
    match kind {
        RuleKind::Exists {
            every,
            per,
            due,
            lenient,
        } => {
            let id = match (due, lenient) {
                (Some(_), true) => "rule-exists-lenient",
                (Some(_), false) => "rule-exists-due",
                (None, _) => "rule-exists",
            };
            let message = m(id)
                .arg("every", word(every.keyword()))
                .arg("per", per_department(per));
            match due {
                Some(due) => message.arg("due", date(due)),
                None => message,
            }
        }
        RuleKind::Every {
            cadence: c,
            per,
            due,
        } => {
            let message = m(if due.is_some() {
                "rule-every-due"
            } else {
                "rule-every"
            })
            .arg("slot", cadence(c))
            .arg("per", per_department(per));
            match due {
                Some(due) => message.arg("due", date(due)),
                None => message,
            }
        }
        RuleKind::MissingAfter { field, after } => m("rule-missing-after")
            .field("field", field)
            .arg("after", date(after)),
        RuleKind::ByNext {
            field,
            kind,
            collection,
        } => m("rule-by-next")
            .field("field", field)
            .arg("kind", kind.as_str())
            .arg("collection", word(collection.singular())),
        RuleKind::AtLeast { count, per } => m("rule-at-least")
            .arg("count", *count)
            .arg("per", word(per.keyword())),
        RuleKind::MaxGap { max } => m("rule-max-gap").arg("max", max.arg()),
        RuleKind::Deadline { field, due } => m("rule-deadline")
            .field("field", field)
            .arg("due", date(due)),
        RuleKind::Window { field, from, to } => match (from, to) {
            (Some(f), Some(t)) => m("rule-window")
                .field("field", field)
                .arg("from", date(f))
                .arg("to", date(t)),
            (Some(f), None) => m("rule-window-from")
                .field("field", field)
                .arg("from", date(f)),
            (None, Some(t)) => m("rule-deadline").field("field", field).arg("due", date(t)),
            (None, None) => m("rule-window-any").field("field", field),
        },
        RuleKind::LastDays {
            field,
            first,
            days,
            of,
        } => m(if *first {
            "rule-first-days"
        } else {
            "rule-last-days"
        })
        .field("field", field)
        .arg("days", *days)
        .arg("of", period_ref(of)),
        RuleKind::Offset {
            field,
            other,
            within,
            relation,
        } => m(match relation {
            Relation::After => "rule-offset-after",
            Relation::Before => "rule-offset-before",
            Relation::Around => "rule-offset-around",
        })
        .field("field", field)
        .arg("within", within.arg())
        .field("other", other),
        RuleKind::Margin {
            field,
            other,
            margin,
            relation,
        } => m(if *relation == Relation::Before {
            "rule-margin-before"
        } else {
            "rule-margin-after"
        })
        .field("field", field)
        .arg("margin", margin.arg())
        .field("other", other),
        RuleKind::Order {
            field,
            other,
            relation,
        } => m(if *relation == Relation::Before {
            "rule-order-before"
        } else {
            "rule-order-after"
        })
        .field("field", field)
        .field("other", other),
        RuleKind::Is { field, party } => m("rule-is")
            .field("field", field)
            .arg("party", party.message()),
        RuleKind::IsAll { field, parties } => m("rule-names").field("field", field).arg(
            "parties",
            Arg::join(parties.iter().map(Party::message), Joiner::And),
        ),
        RuleKind::Count {
            field,
            min,
            max,
            unless,
        } => {
            let range = match (min, max) {
                (Some(a), Some(b)) => m("range-between").arg("min", *a).arg("max", *b),
                (Some(a), None) => m("range-at-least").arg("min", *a),
                (None, Some(b)) => m("range-at-most").arg("max", *b),
                (None, None) => m("range-any"),
            };
            let message = m(if unless.is_some() {
                "rule-count-unless"
            } else {
                "rule-count"
            })
            .field("field", field)
            .arg("range", range);
            match unless {
                Some(u) => message.arg("condition", cond(u)),
                None => message,
            }
        }
        // One step has no order to speak of.
        RuleKind::Signed { steps, ordered } => match *ordered && steps.len() > 1 {
            true => m("rule-signed-in-order").arg("chain", chain(steps, true)),
            false => m("rule-signed").arg("chain", chain(steps, *ordered)),
        },
        RuleKind::Reviewed { steps, ordered } => match *ordered && steps.len() > 1 {
            true => m("rule-reviewed-in-order").arg("chain", chain(steps, true)),
            false => m("rule-reviewed").arg("chain", chain(steps, *ordered)),
        },
        RuleKind::SignedBefore(t) => m("rule-signed-before").arg("target", target(t)),
        RuleKind::ReviewedBefore(t) => m("rule-reviewed-before").arg("target", target(t)),
        RuleKind::SignersDistinct => m("rule-signers-distinct"),
        RuleKind::SignersExclude(f) => m("rule-signers-exclude").arg("person", f.message()),
        RuleKind::Filled { role, min, max } => filled(role, *min, *max),
        RuleKind::Headcount { unit, max } => m("rule-headcount")
            .arg("unit", unit.to_string())
            .arg("max", *max),
        RuleKind::OrgExists(name) => m("rule-org-exists")
            .arg("kind", word(name.kind.keyword()))
            .arg("name", name.to_string()),
        RuleKind::UnitUnder { unit, parent } => m("rule-unit-under")
            .arg("unit", unit.to_string())
            .arg("parent", parent.to_string()),
        RuleKind::UnitPosts { unit, posts } => m("rule-unit-posts")
            .arg("unit", unit.to_string())
            .arg("posts", Arg::list(posts)),
        RuleKind::ReportsTo {
            head_of,
            subject,
            to,
        } => m(if *head_of {
            "rule-reports-head"
        } else {
            "rule-reports-role"
        })
        .arg("subject", subject.to_string())
        .arg("to", to.to_string()),
        RuleKind::BodyHas {
            body,
            chair,
            members,
            where_held,
        } => body_has(body, chair.as_ref(), members, *where_held),
        RuleKind::NotCombined(roles) => m("rule-not-combined").arg(
            "roles",
            Arg::join(roles.iter().map(|r| r.text.as_str()), Joiner::And),
        ),
        RuleKind::Term { length, target } => match target {
            TermTarget::Level(l) => m("rule-term-level")
                .arg("level", word(l.keyword()))
                .arg("length", length.arg()),
            TermTarget::Role(r) => m("rule-term-role")
                .arg("role", r.to_string())
                .arg("length", length.arg()),
        },
        RuleKind::EveryUnitHasHead => m("rule-every-unit-has-head"),
        RuleKind::EveryPersonHasManager => m("rule-every-person-has-manager"),
        RuleKind::EveryRoleWithinSeats => m("rule-every-role-within-seats"),
        RuleKind::NoReportingCycles => m("rule-no-reporting-cycles"),
        RuleKind::Delegation {
            delegate,
            principal,
            authorizer,
        } => {
            let message = m(if authorizer.is_some() {
                "rule-delegation-authorized"
            } else {
                "rule-delegation"
            })
            .arg("delegate", delegate.to_string())
            .arg("principal", principal.to_string());
            match authorizer {
                Some(a) => message.arg("authorizer", a.message()),
                None => message,
            }
        }
        RuleKind::Limits { bands } => {
            m("rule-limits").arg("bands", Arg::join(bands.iter().map(band), Joiner::Rows))
        }
    }
}

fn m(id: &'static str) -> Message {
    Message::new(id)
}

/// A keyword of the language as a word: `year` / 年.
fn word(keyword: &str) -> Message {
    m("word").arg("w", keyword)
}

fn filled(role: &Name, min: u32, max: Option<u32>) -> Message {
    let id = match (min, max) {
        (1, Some(1)) => "rule-filled-one",
        (n, Some(m)) if n == m => "rule-filled-exactly",
        (0, Some(_)) => "rule-filled-at-most",
        (1, None) => "rule-filled",
        (_, None) => "rule-filled-at-least",
        (_, Some(_)) => "rule-filled-range",
    };
    let message = m(id).arg("role", role.to_string()).arg("min", min);
    match max {
        Some(max) => message.arg("max", max),
        None => message,
    }
}

fn body_has(body: &Name, chair: Option<&Name>, members: &[Member], where_held: bool) -> Message {
    let mut parts = Vec::new();
    if let Some(chair) = chair {
        parts.push(m("rule-body-chair").arg("chair", chair.to_string()));
    }
    if !members.is_empty() {
        let member = |member: &Member| match member {
            Member::Role(n) => m("party-name").arg("name", n.to_string()),
            Member::HeadOf(n) => m("party-head").arg("unit", n.to_string()),
        };
        let names = Arg::join(members.iter().map(member), Joiner::Comma);
        let id = if where_held {
            "rule-body-members-held"
        } else {
            "rule-body-members"
        };
        parts.push(m(id).arg("members", names));
    }
    m("rule-body")
        .arg("body", body.to_string())
        .arg("parts", Arg::join(parts, Joiner::Parts))
}

fn band(b: &Band) -> Message {
    let range = match (&b.over, &b.up_to) {
        (Some(lo), Some(hi)) => m("band-between")
            .arg("over", lo.to_string())
            .arg("up_to", hi.to_string()),
        (Some(lo), None) => m("band-over").arg("over", lo.to_string()),
        (None, Some(hi)) => m("band-up-to").arg("up_to", hi.to_string()),
        (None, None) => m("band-any"),
    };
    m("band")
        .arg("party", b.party.message())
        .arg("range", range)
}

/// ` for each department`, ` for each department whose head reports to role X`.
fn per_department(per: &Option<PerDepartment>) -> Arg {
    match per.as_ref().map(|p| &p.under) {
        None => Arg::Str(String::new()),
        Some(Some(role)) => m("per-department-under")
            .arg("role", role.to_string())
            .into(),
        Some(None) => m("per-department").into(),
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

fn chain(steps: &[Step], ordered: bool) -> Arg {
    let steps = steps.iter().map(|s| {
        let mut text = s.party.message();
        if let Some(field) = s.unless {
            text = m("step-unless")
                .arg("party", text)
                .arg("person", field.message());
        }
        if s.last {
            text = m("step-last").arg("step", text);
        }
        text
    });
    Arg::join(steps, if ordered { Joiner::Then } else { Joiner::And })
}

fn target(t: &Target) -> Message {
    match t {
        Target::Signed => m("target-signed"),
        Target::Reviewed => m("target-reviewed"),
        Target::Field(f) => m("target-field").field("field", f),
    }
}

fn cadence(c: &Cadence) -> Message {
    match c {
        Cadence::Unit(u) => m("cadence-unit").arg("unit", word(u.keyword())),
        Cadence::Weekday(w) => m("cadence-weekday").arg("weekday", weekday(*w)),
        Cadence::NthWeekday(ast::Ordinal::Last, w) => {
            m("cadence-last-weekday").arg("weekday", weekday(*w))
        }
        Cadence::NthWeekday(ast::Ordinal::Nth(n), w) => m("cadence-nth-weekday")
            .arg("nth", u32::from(*n))
            .arg("weekday", weekday(*w)),
        Cadence::LastDayOfMonth => m("cadence-last-day"),
        Cadence::DayOfMonth(d) => m("cadence-day").arg("day", u32::from(*d)),
    }
}

fn weekday(w: ast::Weekday) -> Message {
    m(match w {
        ast::Weekday::Monday => "weekday-1",
        ast::Weekday::Tuesday => "weekday-2",
        ast::Weekday::Wednesday => "weekday-3",
        ast::Weekday::Thursday => "weekday-4",
        ast::Weekday::Friday => "weekday-5",
        ast::Weekday::Saturday => "weekday-6",
        ast::Weekday::Sunday => "weekday-7",
    })
}

/// `previous month`, `month`: the period a `within the last N days of` counts in.
fn period_ref(p: &PeriodRef) -> Message {
    let key = p.unit.map_or("period", crate::vocab::PeriodUnit::keyword);
    match p.shift {
        s if s < 0 => m("period-previous").arg("unit", word(key)).arg("key", key),
        s if s > 0 => m("period-next").arg("unit", word(key)).arg("key", key),
        _ => word(key),
    }
}

/// A date expression in words: `11-20 of the previous year`.
pub fn date(spec: &DateSpec) -> Message {
    let of = |p: &PeriodRef| {
        let key = p.unit.map_or("period", crate::vocab::PeriodUnit::keyword);
        match (p.shift, p.unit) {
            (0, None) => m("of-record"),
            (0, Some(_)) => m("of-this").arg("unit", word(key)),
            (s, _) if s < 0 => m("of-previous").arg("unit", word(key)).arg("key", key),
            _ => m("of-next").arg("unit", word(key)).arg("key", key),
        }
    };
    let text = match &spec.anchor {
        Anchor::Edge { start, of: p } => {
            m(if *start { "date-start" } else { "date-end" }).arg("of", of(p))
        }
        Anchor::Day { day, of: p } => m("date-day").arg("day", u32::from(*day)).arg("of", of(p)),
        Anchor::Weekday { weekday: w, of: p } => m("date-weekday")
            .arg("weekday", weekday(*w))
            .arg("of", of(p)),
        Anchor::MonthDay { date, of: p } => m("date-month-day")
            .date("date", fmt::month_day(*date))
            .arg("of", of(p)),
        Anchor::Date(d) => m("date-fixed").date("date", d),
    };
    match spec.offset {
        Some((sign, d)) => m(if sign < 0 { "date-minus" } else { "date-plus" })
            .arg("date", text)
            .arg("offset", d.arg()),
        None => text,
    }
}

/// A condition in words.
pub fn cond(c: &Cond) -> Message {
    match c {
        Cond::Or(parts) => {
            m("cond-any").arg("conditions", Arg::join(parts.iter().map(cond), Joiner::Or))
        }
        // `and` binds tighter than `or`: an `or` inside an `and` keeps its parentheses.
        Cond::And(parts) => {
            let parts = parts.iter().map(|p| match p {
                Cond::Or(_) => m("cond-parens").arg("condition", cond(p)),
                _ => cond(p),
            });
            m("cond-all").arg("conditions", Arg::join(parts, Joiner::Also))
        }
        Cond::Not(inner) => m("cond-not").arg("condition", cond(inner)),
        Cond::Present(f) => m("cond-present").arg("field", f.to_string()),
        Cond::InUnit { field, unit } => m("cond-in-unit")
            .arg("field", field.to_string())
            .arg("unit", unit.to_string()),
        Cond::Compare { field, op, value } => {
            let v = match value {
                Value::Level(l) => Arg::from(word(l.keyword())),
                Value::Bool(b) => Arg::Str(b.to_string()),
                Value::Date(d) => Arg::Date(d.to_string()),
                Value::Number(m) => Arg::Str(m.to_string()),
                Value::Text(t) => Arg::Str(t.clone()),
            };
            m("cond-compare")
                .arg("field", field.to_string())
                .arg("op", op.symbol())
                .arg("value", v)
        }
    }
}
