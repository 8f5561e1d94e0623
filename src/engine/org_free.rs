//! Which clauses the organisation cannot change: their findings depend on the records alone (a
//! meeting held every week, a step within its deadline, a ticket answered in time). `whatif`
//! judges only the others again after a change to the organisation.

use crate::policy::ast::ClauseKind;
use crate::policy::model::{Clause, Cond, Field, RuleKind, Value};
use crate::vocab::PersonField;

/// Is nothing the clause judges looked up in the organisation (people, posts, units, bodies,
/// delegations)? Conservative: anything that might consult it says no.
pub fn org_free(clause: &Clause) -> bool {
    if matches!(clause.kind, ClauseKind::Org | ClauseKind::Delegation) {
        return false;
    }
    let conditions_free = clause.condition.as_ref().is_none_or(cond_free)
        && clause.rules.iter().all(|r| r.when.iter().all(cond_free));
    conditions_free && clause.rules.iter().all(|r| rule_free(&r.kind))
}

/// Does every finding of the clause name one record, found by judging that record alone (no
/// slot to fill, no count over records, no tie to other records)? Then a record outside the
/// judged range yields none of its findings, and no other record's either.
pub fn per_record(clause: &Clause) -> bool {
    if matches!(clause.kind, ClauseKind::Org | ClauseKind::Delegation) {
        return false;
    }
    clause.collection().is_some()
        && clause.rules.iter().all(|r| {
            !matches!(
                r.kind,
                RuleKind::Exists { .. }
                    | RuleKind::Every { .. }
                    | RuleKind::AtLeast { .. }
                    | RuleKind::MaxGap { .. }
                    | RuleKind::Count { .. }
                    | RuleKind::MissingAfter { .. }
                    | RuleKind::ByNext { .. }
            )
        })
}

fn rule_free(kind: &RuleKind) -> bool {
    match kind {
        RuleKind::Exists { per, .. } | RuleKind::Every { per, .. } => per.is_none(),
        RuleKind::AtLeast { .. } | RuleKind::MaxGap { .. } | RuleKind::Count { .. } => true,
        RuleKind::MissingAfter { field, .. }
        | RuleKind::ByNext { field, .. }
        | RuleKind::Deadline { field, .. }
        | RuleKind::Window { field, .. }
        | RuleKind::LastDays { field, .. } => !approval(field),
        RuleKind::Offset { field, other, .. }
        | RuleKind::Margin { field, other, .. }
        | RuleKind::Order { field, other, .. } => !approval(field) && !approval(other),
        _ => false,
    }
}

/// `signed` and `reviewed` are when the chain of approvers (looked up in the organisation) was
/// complete.
fn approval(field: &Field) -> bool {
    matches!(field.path.as_str(), "signed" | "reviewed")
}

fn cond_free(cond: &Cond) -> bool {
    match cond {
        Cond::Or(all) | Cond::And(all) => all.iter().all(cond_free),
        Cond::Not(inner) => cond_free(inner),
        Cond::InUnit { .. } => false,
        Cond::Compare { field, value, .. } => {
            !matches!(value, Value::Level(_)) && !of_a_person(field)
        }
        Cond::Present(_) => true,
    }
}

/// `requester.level`, `owner.unit`: a person's attribute, looked up in the organisation.
fn of_a_person(field: &Field) -> bool {
    field.path.split_once('.').is_some_and(|(head, _)| {
        PersonField::from_keyword(head).is_some()
            || PersonField::ALL.iter().any(|f| f.path() == head)
    })
}
