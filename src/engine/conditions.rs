//! `when` conditions on a record.

use crate::data::model::{FieldValue, Record};
use crate::data::org::{BodyIx, Org, UnitIx};
use crate::policy::ast::CmpOp;
use crate::policy::model::{Cond, Value};
use crate::vocab::Money;
use std::cmp::Ordering;

/// Does the record meet the condition? A missing field meets no comparison. `org` places the
/// entries a field names (`body in unit 办公室`).
pub fn holds(cond: &Cond, record: &Record, org: &Org) -> bool {
    match cond {
        Cond::Or(parts) => parts.iter().any(|c| holds(c, record, org)),
        Cond::And(parts) => parts.iter().all(|c| holds(c, record, org)),
        Cond::Not(inner) => !holds(inner, record, org),
        Cond::InUnit { field, unit } => {
            let units: Vec<UnitIx> = org.bind(unit.spellings());
            record
                .text(&field.path)
                .is_some_and(|text| in_unit(org, text, &units))
        }
        Cond::Present(field) => match field.path.as_str() {
            "kind" => record.kind.is_some(),
            path => record
                .get(path)
                .is_some_and(|v| !matches!(v.value, FieldValue::Bool(false))),
        },
        Cond::Compare { field, op, value } if field.path == "unit.kind" => {
            let kind = record
                .text("unit")
                .and_then(|u| org.unit(u))
                .and_then(|u| org.units[u].kind());
            match (kind, value) {
                (Some(k), Value::Text(t)) => op_holds(*op, k.cmp(t.as_str())),
                // A unit of no kind is of none: only `!=` holds.
                _ => *op == CmpOp::Ne,
            }
        }
        Cond::Compare { field, op, value } => {
            let ordering = if field.path == "kind" {
                record.kind.as_ref().and_then(|k| match value {
                    Value::Text(t) => Some(k.value.as_str().cmp(t.as_str())),
                    _ => None,
                })
            } else {
                record
                    .get(&field.path)
                    .and_then(|v| compare(&v.value, value))
            };
            match ordering {
                Some(o) => op_holds(*op, o),
                None => *op == CmpOp::Ne && record.get(&field.path).is_some(),
            }
        }
    }
}

/// Does `text` name one of `units`, a body of one (its `unit`), or a person holding a role in one?
fn in_unit(org: &Org, text: &str, units: &[UnitIx]) -> bool {
    let of = |unit: Option<&crate::data::model::At<String>>| {
        unit.and_then(|u| org.unit(&u.value))
            .is_some_and(|u| units.contains(&u))
    };
    if org.unit(text).is_some_and(|u| units.contains(&u)) {
        return true;
    }
    if let Some(&body) = org.bind::<BodyIx>([text]).first() {
        return of(org.bodies[body].unit.as_ref());
    }
    org.person(text).is_some_and(|p| {
        org.people[p].holdings.iter().any(|h| {
            org.role(&h.role.value)
                .is_some_and(|r| of(org.roles[r].unit.as_ref()))
        })
    })
}

fn op_holds(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

/// Compares a record value with a policy value of a matching type.
fn compare(field: &FieldValue, value: &Value) -> Option<Ordering> {
    match (field, value) {
        (FieldValue::Level(a), Value::Level(b)) => Some(a.cmp(b)),
        (FieldValue::Money(a), Value::Number(b)) => Some(a.units.cmp(&b.units)),
        (FieldValue::Int(a), Value::Number(b)) => {
            Some((*a as i128 * crate::vocab::MONEY_SCALE).cmp(&b.units))
        }
        (FieldValue::Bool(a), Value::Bool(b)) => Some(a.cmp(b)),
        (FieldValue::Text(a) | FieldValue::Ref(a), Value::Text(b)) => {
            Some(a.as_str().cmp(b.as_str()))
        }
        (FieldValue::Text(a), Value::Bool(b)) => match a.as_str() {
            "true" | "yes" => Some(true.cmp(b)),
            "false" | "no" => Some(false.cmp(b)),
            _ => None,
        },
        (FieldValue::Text(a), Value::Number(b)) => {
            Money::parse(a, 1, None).map(|m| m.units.cmp(&b.units))
        }
        (FieldValue::Time(t), Value::Date(d)) => Some(t.date.cmp(d)),
        (FieldValue::Period(p), Value::Date(d)) => Some(p.start().cmp(d)),
        _ => None,
    }
}
