//! Org clauses: roles filled, unit heads, headcounts, separation of duties, terms, reporting
//! lines, all judged on `--as-of` (separation of duties over the judged range).

use super::Scope;
use crate::checks::org::{
    body_composition, missing_unit, no_manager, over_headcount, reporting_cycle, sod_conflict,
    term_expired, unit_without_head, vacant_role, wrong_reporting_line,
};
use crate::data::org::{BodyIx, PersonIx, RoleIx, UnitIx};
use crate::diagnostic::Finding;
use crate::policy::model::{Member, RuleKind, TermTarget};

/// Where a person stands in the reporting lines on `--as-of`.
pub struct Place {
    pub active: bool,
    /// Someone is their direct superior (their `manager`, or who holds the role theirs reports to).
    pub has_superior: bool,
    /// At the top of the organisation by design (an executive, or head of a top unit).
    pub at_top: bool,
}

pub fn evaluate(scope: Scope, out: &mut Vec<Finding>) {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let day = ctx.as_of;
    for rule in &scope.clause.rules {
        match &rule.kind {
            RuleKind::Filled { role, min, max } => {
                let roles: Vec<RoleIx> = org.bind(role.spellings());
                if roles.is_empty() {
                    continue;
                }
                let mut holders: Vec<PersonIx> =
                    roles.iter().flat_map(|&r| org.holders(r, day)).collect();
                holders.sort_unstable();
                holders.dedup();
                out.extend(vacant_role::check(scope, rule, &roles, &holders, *min));
                if let Some(max) = max {
                    out.extend(over_headcount::role(scope, rule, &roles, &holders, *max));
                }
            }
            RuleKind::Headcount { unit, max } => {
                for u in org.bind::<UnitIx>(unit.spellings()) {
                    let people = org.people_in(u, day);
                    out.extend(over_headcount::unit(scope, rule, u, &people, *max));
                }
            }
            RuleKind::EveryRoleWithinSeats => {
                for r in org.roles.ids() {
                    let holders = org.holders(r, day);
                    let seats = org.roles[r].seats();
                    out.extend(over_headcount::role(scope, rule, &[r], &holders, seats));
                }
            }
            RuleKind::EveryUnitHasHead => {
                for u in org.units.ids() {
                    let head = org.head_role(u);
                    let filled = head.is_some_and(|role| {
                        !org.holders(role, day).is_empty()
                            || org.delegations.iter().any(|d| {
                                d.role
                                    .as_ref()
                                    .is_some_and(|r| r.value == org.roles[role].id.value)
                                    && d.valid_on(day)
                            })
                    });
                    out.extend(unit_without_head::check(scope, rule, u, head, filled));
                }
            }
            RuleKind::EveryPersonHasManager => {
                for p in org.people.ids() {
                    let active = org.active(p, day);
                    let has_superior = active && !org.superiors(p, day).is_empty();
                    let place = Place {
                        active,
                        has_superior,
                        // Only asked when it matters: it looks at every unit.
                        at_top: active && !has_superior && org.at_top(p, day),
                    };
                    out.extend(no_manager::check(scope, rule, p, &place));
                }
            }
            RuleKind::NoReportingCycles => {
                for group in org.reporting_cycles(day) {
                    out.extend(reporting_cycle::check(scope, rule, &group));
                }
            }
            RuleKind::NotCombined(roles) => {
                let sets: Vec<Vec<RoleIx>> =
                    roles.iter().map(|r| org.bind(r.spellings())).collect();
                if sets.iter().filter(|s| !s.is_empty()).count() >= 2 {
                    for p in org.people.ids() {
                        out.extend(sod_conflict::check(scope, rule, p, &sets));
                    }
                }
            }
            RuleKind::Term { length, target } => {
                let roles: Vec<RoleIx> = match target {
                    TermTarget::Level(level) => org
                        .roles
                        .enumerate()
                        .filter(|(_, role)| role.level.as_ref().is_some_and(|l| l.value == *level))
                        .map(|(r, _)| r)
                        .collect(),
                    TermTarget::Role(name) => org.bind(name.spellings()),
                };
                for p in org.people.ids() {
                    if org.active(p, day) {
                        out.extend(term_expired::check(scope, rule, p, &roles, *length));
                    }
                }
            }
            RuleKind::OrgExists(name) => {
                let exists = org.knows(name.kind, name.spellings());
                out.extend(missing_unit::check(scope, rule, name, exists));
            }
            RuleKind::UnitUnder { unit, parent } => {
                let units: Vec<UnitIx> = org.bind(unit.spellings());
                let parents: Vec<UnitIx> = org.bind(parent.spellings());
                if parents.is_empty() {
                    continue; // an unbound reference, reported as such
                }
                let placed = units
                    .iter()
                    .any(|&u| parents.iter().any(|&p| u != p && org.within(u, p)));
                out.extend(missing_unit::under(
                    scope, rule, unit, parent, &units, placed,
                ));
            }
            RuleKind::UnitPosts { unit, posts } => {
                for u in org.bind::<UnitIx>(unit.spellings()) {
                    for post in posts {
                        let held = org.roles.iter().any(|r| {
                            // A post of the unit or of a unit within it.
                            r.unit
                                .as_ref()
                                .and_then(|x| org.unit(&x.value))
                                .is_some_and(|ru| org.within(ru, u))
                                && (r.title.as_ref().is_some_and(|t| t.value == *post)
                                    || r.aliases.iter().any(|a| a == post))
                        });
                        out.extend(missing_unit::post(scope, rule, u, post, held));
                    }
                }
            }
            RuleKind::ReportsTo {
                head_of,
                subject,
                to,
            } => {
                let expected: Vec<RoleIx> = org.bind(to.spellings());
                if expected.is_empty() {
                    continue; // an unbound reference, reported as such
                }
                let roles: Vec<RoleIx> = if *head_of {
                    org.bind::<UnitIx>(subject.spellings())
                        .into_iter()
                        .filter_map(|u| org.head_role(u))
                        .collect()
                } else {
                    org.bind(subject.spellings())
                };
                for role in roles {
                    out.extend(wrong_reporting_line::check(
                        scope, rule, role, &expected, to,
                    ));
                }
            }
            RuleKind::BodyHas {
                body,
                chair,
                members,
                ..
            } => {
                for b in org.bind::<BodyIx>(body.spellings()) {
                    if let Some(chair) = chair {
                        let roles: Vec<RoleIx> = org.bind(chair.spellings());
                        if !roles.is_empty() {
                            out.extend(body_composition::chair(scope, rule, b, &roles, chair));
                        }
                    }
                    // A member the organisation has no role for is an unbound name (or, with
                    // `where held`, not required).
                    for member in members {
                        let roles: Vec<RoleIx> = match member {
                            Member::Role(role) => org.bind(role.spellings()),
                            Member::HeadOf(unit) => org
                                .bind::<UnitIx>(unit.spellings())
                                .into_iter()
                                .filter_map(|u| org.head_role(u))
                                .collect(),
                        };
                        if !roles.is_empty() {
                            let wanted = member.to_string();
                            out.extend(body_composition::member(scope, rule, b, &roles, &wanted));
                        }
                    }
                }
            }
            _ => {}
        }
    }
}
