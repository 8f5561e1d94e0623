//! The organisation after the changes: the tables copied, each change applied in order on its
//! day, the indexes built again. What each change touched (people, posts, units, delegations, by
//! id and name) is kept to say which change a finding that appears comes from.

use super::change::{Act, Change};
use crate::data::model::{At, Holding};
use crate::data::org::{Ix, Org};
use crate::i18n::Message;
use jiff::civil::Date;

/// The changed organisation, and for each change what it touched and how it reads.
pub struct Applied {
    pub org: Org,
    pub causes: Vec<Cause>,
}

/// One change as a reason: the names a finding it causes would mention, and its description.
pub struct Cause {
    pub names: Vec<String>,
    pub says: Message,
}

/// Applies `changes` in order; a change without a day takes effect on `day`.
pub fn apply(org: &Org, changes: &[Change], day: Date) -> Applied {
    let mut units: Vec<_> = org.units.iter().cloned().collect();
    let mut roles: Vec<_> = org.roles.iter().cloned().collect();
    let mut people: Vec<_> = org.people.iter().cloned().collect();
    let mut bodies: Vec<_> = org.bodies.iter().cloned().collect();
    let mut delegations: Vec<_> = org.delegations.iter().cloned().collect();
    let mut merged = Vec::new();
    let mut causes = Vec::new();
    for change in changes {
        let on = change.on.unwrap_or(day);
        let at = |value: String| At {
            value,
            loc: change.loc,
        };
        let before = on.saturating_sub(jiff::Span::new().days(1));
        let unit_id = |u: crate::data::org::UnitIx| org.units[u].id.value.clone();
        let mut names = Vec::new();
        let says = match &change.act {
            Act::Leave(p) => {
                people[p.index()].left_on = Some(At {
                    value: on,
                    loc: change.loc,
                });
                // The posts they held then lose their holder.
                for r in org.roles_of(*p, before) {
                    names.extend(role_names(&roles, &org.roles[r].id.value));
                }
                names.extend(person_names(org, *p));
                Message::new("whatif-cause-leave")
                    .arg("person", name_of_person(org, *p))
                    .date("on", on)
            }
            Act::Assign(p, r) => {
                people[p.index()].holdings.push(Holding {
                    role: at(r.clone()),
                    since: Some(At {
                        value: on,
                        loc: change.loc,
                    }),
                    until: None,
                    loc: change.loc,
                });
                names.extend(person_names(org, *p));
                names.extend(role_names(&roles, r));
                Message::new("whatif-cause-assign")
                    .arg("person", name_of_person(org, *p))
                    .arg("role", title_of_role(&roles, r))
                    .date("on", on)
            }
            Act::Unassign(p, r) => {
                for h in people[p.index()].holdings.iter_mut() {
                    if h.role.value == *r && h.covers(on) {
                        h.until = Some(At {
                            value: before,
                            loc: change.loc,
                        });
                    }
                }
                names.extend(person_names(org, *p));
                names.extend(role_names(&roles, r));
                Message::new("whatif-cause-unassign")
                    .arg("person", name_of_person(org, *p))
                    .arg("role", title_of_role(&roles, r))
                    .date("on", on)
            }
            Act::AddRole(role) => {
                names.push(role.id.value.clone());
                roles.push((**role).clone());
                Message::new("whatif-cause-add-role").arg("role", role.id.value.as_str())
            }
            Act::RemoveRole(r) => {
                for person in people.iter_mut() {
                    for h in person.holdings.iter_mut() {
                        if h.role.value == *r && h.until.as_ref().is_none_or(|u| u.value >= on) {
                            h.until = Some(At {
                                value: before,
                                loc: change.loc,
                            });
                        }
                    }
                }
                names.extend(role_names(&roles, r));
                Message::new("whatif-cause-remove-role")
                    .arg("role", title_of_role(&roles, r))
                    .date("on", on)
            }
            Act::Seats(r, n) => {
                for role in roles.iter_mut().filter(|x| x.id.value == *r) {
                    role.seats = Some(At {
                        value: *n,
                        loc: change.loc,
                    });
                }
                names.extend(role_names(&roles, r));
                Message::new("whatif-cause-seats")
                    .arg("role", title_of_role(&roles, r))
                    .arg("seats", *n)
            }
            Act::Merge(u, into) => {
                let (from, to) = (unit_id(*u), unit_id(*into));
                for role in roles.iter_mut() {
                    if role.unit.as_ref().is_some_and(|x| x.value == from) {
                        role.unit = Some(at(to.clone()));
                    }
                }
                for unit in units.iter_mut() {
                    if unit.parent.as_ref().is_some_and(|x| x.value == from) {
                        unit.parent = Some(at(to.clone()));
                    }
                }
                for body in bodies.iter_mut() {
                    if body.unit.as_ref().is_some_and(|x| x.value == from) {
                        body.unit = Some(at(to.clone()));
                    }
                }
                merged.push(from);
                names.extend(unit_names(org, *u));
                Message::new("whatif-cause-merge")
                    .arg("unit", name_of_unit(org, *u))
                    .arg("into", name_of_unit(org, *into))
                    .date("on", on)
            }
            Act::Move(u, under) => {
                units[u.index()].parent = Some(at(unit_id(*under)));
                names.extend(unit_names(org, *u));
                Message::new("whatif-cause-move")
                    .arg("unit", name_of_unit(org, *u))
                    .arg("under", name_of_unit(org, *under))
            }
            Act::Grant(d) => {
                names.push(d.id.value.clone());
                names.extend(d.to.iter().map(|t| t.value.clone()));
                delegations.push((**d).clone());
                let text = |v: &Option<At<String>>| {
                    v.as_ref().map_or_else(String::new, |x| x.value.clone())
                };
                Message::new("whatif-cause-grant")
                    .arg("delegation", d.id.value.as_str())
                    .arg("to", text(&d.to))
                    .arg("role", text(&d.role))
            }
            Act::Revoke(d) => {
                let delegation = &mut delegations[d.index()];
                delegation.until = Some(At {
                    value: before,
                    loc: change.loc,
                });
                names.push(delegation.id.value.clone());
                names.extend(delegation.to.iter().map(|t| t.value.clone()));
                Message::new("whatif-cause-revoke")
                    .arg("delegation", delegation.id.value.as_str())
                    .date("on", on)
            }
        };
        names.retain(|n| !n.is_empty());
        causes.push(Cause { names, says });
    }
    units.retain(|u| !merged.contains(&u.id.value));
    // The tables are kept sorted by id (the indexes expect it).
    units.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    roles.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    roles.dedup_by(|a, b| a.id.value == b.id.value);
    delegations.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    delegations.dedup_by(|a, b| a.id.value == b.id.value);
    Applied {
        org: Org::new(units, roles, people, bodies, delegations),
        causes,
    }
}

fn person_names(org: &Org, p: crate::data::org::PersonIx) -> Vec<String> {
    let person = &org.people[p];
    std::iter::once(person.id.value.clone())
        .chain(person.name.iter().map(|n| n.value.clone()))
        .collect()
}

/// A post's id, title and aliases (the data's, or one a change adds).
fn role_names(roles: &[crate::data::model::Role], id: &str) -> Vec<String> {
    roles
        .iter()
        .filter(|r| r.id.value == id)
        .flat_map(|r| {
            std::iter::once(r.id.value.clone())
                .chain(r.title.iter().map(|t| t.value.clone()))
                .chain(r.aliases.iter().cloned())
        })
        .collect()
}

fn unit_names(org: &Org, u: crate::data::org::UnitIx) -> Vec<String> {
    let unit = &org.units[u];
    std::iter::once(unit.id.value.clone())
        .chain(unit.name.iter().map(|n| n.value.clone()))
        .chain(unit.aliases.iter().cloned())
        .collect()
}

fn name_of_person(org: &Org, p: crate::data::org::PersonIx) -> String {
    let person = &org.people[p];
    person.name.as_ref().unwrap_or(&person.id).value.clone()
}

fn title_of_role(roles: &[crate::data::model::Role], id: &str) -> String {
    roles
        .iter()
        .find(|r| r.id.value == id)
        .and_then(|r| r.title.as_ref())
        .map_or_else(|| id.to_string(), |t| t.value.clone())
}

fn name_of_unit(org: &Org, u: crate::data::org::UnitIx) -> String {
    let unit = &org.units[u];
    unit.name.as_ref().unwrap_or(&unit.id).value.clone()
}
