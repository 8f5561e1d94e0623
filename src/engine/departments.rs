//! Duties each department owes on its own (`exists every year per department`): which units are
//! departments, and which records are a department's.

use super::Context;
use super::parties;
use crate::data::model::Record;
use crate::data::org::UnitIx;
use crate::policy::model::PerDepartment;
use jiff::civil::Date;

/// The departments a `per department` duty binds: every unit but the top ones and those of kind
/// `company` (PACK.md v3) or `team` (a team is not a department: 各部门 names departments);
/// with `under role X`, only those whose head role reports to X.
pub fn of(ctx: &Context, per: &PerDepartment) -> Vec<UnitIx> {
    let org = &ctx.data.org;
    let under: Vec<_> = per
        .under
        .as_ref()
        .map(|role| org.bind(role.spellings()))
        .unwrap_or_default();
    org.units
        .ids()
        .filter(|&u| {
            let unit = &org.units[u];
            unit.parent.is_some() && !matches!(unit.kind(), Some("company" | "team"))
        })
        .filter(|&u| {
            per.under.is_none()
                || org
                    .head_role(u)
                    .and_then(|h| org.roles[h].reports_to.as_ref())
                    .and_then(|r| org.role(&r.value))
                    .is_some_and(|r| under.contains(&r))
        })
        .collect()
}

/// The department a record belongs to: its `unit`, else the unit of the first person it names
/// (a report's author, a plan's owner, a request's requester) on `day`.
pub fn of_record(ctx: &Context, record: &Record, day: Date) -> Option<UnitIx> {
    if let Some(unit) = record.text("unit").and_then(|u| ctx.data.org.unit(u)) {
        return Some(unit);
    }
    record
        .collection
        .person_fields()
        .iter()
        .find_map(|&field| parties::unit_of(ctx, record, field, day))
}
