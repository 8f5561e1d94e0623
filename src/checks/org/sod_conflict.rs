#![doc = include_str!("../../../docs/checks/sod-conflict.md")]

use crate::data::org::{PersonIx, RoleIx};
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties;
use crate::i18n::Message;
use crate::policy::model::Rule;
use jiff::civil::Date;

/// A person holding roles of two different sets at the same time within the judged range.
pub fn check(scope: Scope, rule: &Rule, person: PersonIx, sets: &[Vec<RoleIx>]) -> Option<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let p = &org.people[person];
    let last_day = p.left_on.as_ref().map_or(ctx.as_of, |l| {
        l.value.yesterday().unwrap_or(Date::MIN).min(ctx.as_of)
    });
    // (set, role, since, until, holding) for each holding in some set.
    let spans: Vec<(usize, RoleIx, Date, Date, &crate::data::model::Holding)> = p
        .holdings
        .iter()
        .filter_map(|h| {
            let role = org.role(&h.role.value)?;
            let set = sets.iter().position(|s| s.contains(&role))?;
            let from = h
                .since
                .as_ref()
                .map_or(ctx.since, |s| s.value.max(ctx.since));
            let to = h.until.as_ref().map_or(last_day, |u| u.value.min(last_day));
            (from <= to).then_some((set, role, from, to, h))
        })
        .collect();
    for (i, a) in spans.iter().enumerate() {
        for b in &spans[i + 1..] {
            if a.0 != b.0 && a.2.max(b.2) <= a.3.min(b.3) {
                let from = a.2.max(b.2);
                return Some(
                    scope
                        .finding(
                            crate::diagnostic::Check::SodConflict,
                            &p.id.value,
                            Message::new("sod-conflict")
                                .arg("person", parties::person_name(ctx, person))
                                .arg("a", parties::role_name(ctx, a.1))
                                .arg("b", parties::role_name(ctx, b.1))
                                .date("from", from),
                            rule.loc,
                        )
                        .at(b.4.loc)
                        .label(Message::new("sod-conflict-label"))
                        .related(Message::new("sod-conflict-other"), a.4.loc)
                        .help(Message::new("sod-conflict-help")),
                );
            }
        }
    }
    None
}
