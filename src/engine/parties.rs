//! Who a party of a clause is, for one record: `role 总裁` is whoever may act as 总裁 at the time
//! they act; `head of requester.unit` is the head role of the requester's unit when the request
//! was made; `superior of requester` is the requester's direct superior then.

use super::Context;
use crate::data::model::{FieldValue, Record};
use crate::data::org::{BodyIx, Capacity, Named, Org, PersonIx, RoleIx, UnitIx};
use crate::i18n::{Arg, Message};
use crate::policy::model::{Field, Name, Party, UnitRef};
use crate::source::Loc;
use crate::vocab::PersonField;
use jiff::civil::Date;

/// The people a party stands for on one record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    /// Anyone who may act as one of these roles when they act.
    Roles(Vec<RoleIx>),
    /// Exactly these people.
    People(Vec<PersonIx>),
    Bodies(Vec<BodyIx>),
    /// A unit, or anyone working in it.
    Units(Vec<UnitIx>),
    /// The party cannot be worked out for this record, and why.
    Unknown(Message),
    /// The policy's name matches nothing in the data (reported once, as unbound-reference).
    Unbound,
    /// Alternatives, any one of which will do, in the order of the policy's `or`.
    Either(Vec<Who>),
}

/// The person named by a record's person field on `day`: by id or name, or (DATA.md v3, a
/// report `by: 总经理`) by a role that one person holds that day.
pub fn person_of(
    ctx: &Context,
    record: &Record,
    field: PersonField,
    day: Date,
) -> Option<PersonIx> {
    record
        .text(field.path())
        .and_then(|id| ctx.data.org.person_on(id, day))
}

/// The unit of a person field: the record's own `unit` if it has one, else the unit of the
/// person's first role on `day`.
pub fn unit_of(ctx: &Context, record: &Record, field: PersonField, day: Date) -> Option<UnitIx> {
    if let Some(unit) = record.text("unit").and_then(|u| ctx.data.org.unit(u)) {
        return Some(unit);
    }
    person_of(ctx, record, field, day).and_then(|p| ctx.data.org.unit_of(p, day))
}

fn units(
    ctx: &Context,
    record: Option<&Record>,
    unit: &UnitRef,
    day: Date,
) -> Result<Vec<UnitIx>, Who> {
    match (unit, record) {
        (UnitRef::Named(name), _) => {
            let bound = ctx.data.org.bind(name.spellings());
            if bound.is_empty() {
                Err(Who::Unbound)
            } else {
                Ok(bound)
            }
        }
        (UnitRef::Any, _) => Ok(ctx.data.org.units.ids().collect()),
        (UnitRef::Of(field), None) => Err(no_record(*field)),
        (UnitRef::Of(field), Some(record)) => unit_of(ctx, record, *field, day)
            .map(|u| vec![u])
            .ok_or_else(|| {
                let who = field.message();
                Who::Unknown(match record.text(field.path()) {
                    Some(id) => Message::new("who-unit-unknown")
                        .arg("person", who)
                        .arg("id", id),
                    None => Message::new("who-no-person").arg("person", who),
                })
            }),
    }
}

/// The person, unit or body a field of a record names, and whether it stands for a party.
pub struct Entry {
    /// The entry as a message names it.
    pub shown: String,
    pub loc: Loc,
    /// It is the party, or may act for it, on the record's day.
    pub stands: bool,
}

/// What `field` names on the record (for `requester.unit` without a `unit` field: the
/// requester's unit; for a list of recipients, each of them), and whether each stands for `who`
/// on `day`.
pub fn entries(ctx: &Context, record: &Record, field: &Field, who: &Who, day: Date) -> Vec<Entry> {
    let org = &ctx.data.org;
    let entry = |id: &str, loc: Loc, shown: String| Entry {
        stands: stands_for(ctx, who, id, day, record.kind()),
        shown,
        loc,
    };
    let shown = |id: &str| {
        if let Some(p) = org.person(id) {
            person_name(ctx, p)
        } else if let Some(u) = org.unit(id) {
            unit_name(ctx, u)
        } else if let Some(r) = org.role(id) {
            role_name(ctx, r)
        } else {
            id.to_string()
        }
    };
    match field.path.strip_suffix(".unit") {
        Some(person) if !record.fields.contains_key(&field.path) => {
            let Some(pf) = PersonField::from_keyword(person) else {
                return Vec::new();
            };
            let Some(unit) = unit_of(ctx, record, pf, day) else {
                return Vec::new();
            };
            let loc = record.get("unit").map_or_else(
                || record.get(pf.path()).map_or(record.id.loc, |v| v.loc),
                |v| v.loc,
            );
            vec![entry(&org.units[unit].id.value, loc, unit_name(ctx, unit))]
        }
        _ => match record.get(&field.path).map(|v| (&v.value, v.loc)) {
            Some((FieldValue::Ref(id), loc)) => vec![entry(id, loc, shown(id))],
            Some((FieldValue::Refs(ids), _)) => ids
                .iter()
                .map(|id| entry(&id.value, id.loc, shown(&id.value)))
                .collect(),
            _ => Vec::new(),
        },
    }
}

/// A party that names a person on a record (`head of requester.unit`), asked without one (who
/// may authorize a delegation, who may waive a clause).
fn no_record(field: PersonField) -> Who {
    Who::Unknown(Message::new("who-no-record").arg("field", field.keyword()))
}

/// Resolves a party as of `day`: for a record (its date), or without one (a delegation's
/// authorizer).
pub fn resolve(ctx: &Context, record: Option<&Record>, party: &Party, day: Date) -> Who {
    let org = &ctx.data.org;
    // What the data has by that name; nothing is an unbound reference, reported once per clause.
    fn bound<I: Named>(org: &Org, name: &Name, who: fn(Vec<I>) -> Who) -> Who {
        let found = org.bind(name.spellings());
        if found.is_empty() {
            Who::Unbound
        } else {
            who(found)
        }
    }
    match party {
        Party::Role(name) => bound(org, name, Who::Roles),
        Party::Body(name) => bound(org, name, Who::Bodies),
        Party::Unit(name) => bound(org, name, Who::Units),
        Party::Person(name) => bound(org, name, Who::People),
        Party::Either(alternatives) => {
            let all: Vec<Who> = alternatives
                .iter()
                .map(|a| resolve(ctx, record, a, day))
                .collect();
            if all.iter().all(|w| *w == Who::Unbound) {
                Who::Unbound
            } else if let Some(unknown) = all
                .iter()
                .all(|w| matches!(w, Who::Unknown(_) | Who::Unbound))
                .then(|| all.iter().find(|w| matches!(w, Who::Unknown(_))))
                .flatten()
            {
                unknown.clone()
            } else {
                Who::Either(all)
            }
        }
        Party::Head(unit) | Party::Overseer(unit) => {
            let units = match units(ctx, record, unit, day) {
                Ok(u) => u,
                Err(who) => return who,
            };
            let head = matches!(party, Party::Head(_));
            let roles: Vec<RoleIx> = units
                .iter()
                .filter_map(|&u| {
                    if head {
                        org.head_role(u)
                    } else {
                        org.overseer_role(u)
                    }
                })
                .collect();
            if roles.is_empty() {
                let names: Vec<String> = units.iter().map(|&u| unit_name(ctx, u)).collect();
                let id = if head {
                    "who-no-head"
                } else {
                    "who-no-overseer"
                };
                Who::Unknown(Message::new(id).arg("units", Arg::list(&names)))
            } else {
                Who::Roles(roles)
            }
        }
        Party::Superior(field) => {
            let Some(record) = record else {
                return no_record(*field);
            };
            let Some(person) = person_of(ctx, record, *field, day) else {
                return Who::Unknown(Message::new("who-no-person").arg("person", field.message()));
            };
            let p = &org.people[person];
            if let Some(manager) = p.manager.as_ref().and_then(|m| org.person(&m.value)) {
                return Who::People(vec![manager]);
            }
            match org.reports_to_role(person, day) {
                Some(role) => Who::Roles(vec![role]),
                None => Who::Unknown(
                    Message::new("who-no-superior")
                        .arg("person", person_name(ctx, person))
                        .date("day", day),
                ),
            }
        }
    }
}

/// Can `person` fill the party on `day`, for a record of `kind`, claiming `claimed` if given?
pub fn can_fill(
    ctx: &Context,
    who: &Who,
    person: PersonIx,
    day: Date,
    kind: &str,
    claimed: Option<RoleIx>,
) -> Option<Capacity> {
    let org = &ctx.data.org;
    match who {
        Who::Roles(roles) => match claimed {
            Some(role) if roles.contains(&role) => org.capacity(person, role, day, kind),
            Some(_) => None,
            None => roles
                .iter()
                .find_map(|&r| org.capacity(person, r, day, kind)),
        },
        Who::People(people) => {
            (people.contains(&person) && org.active(person, day)).then_some(Capacity::Holder)
        }
        Who::Bodies(bodies) => bodies
            .iter()
            .any(|&b| {
                let (people, roles) = org.body_members(b);
                let chair = org.bodies[b].chair.as_ref();
                chair.is_some_and(|c| {
                    org.person(&c.value) == Some(person)
                        || org
                            .role(&c.value)
                            .is_some_and(|r| org.holds(person, r, day))
                }) || (people.contains(&person) && roles.is_empty())
            })
            .then_some(Capacity::Holder),
        Who::Units(units) => org
            .roles_of(person, day)
            .iter()
            .filter_map(|&r| org.roles[r].unit.as_ref().and_then(|u| org.unit(&u.value)))
            .any(|u| units.iter().any(|&target| org.within(u, target)))
            .then_some(Capacity::Holder),
        Who::Either(alternatives) => alternatives
            .iter()
            .find_map(|w| can_fill(ctx, w, person, day, kind, claimed)),
        Who::Unknown(_) | Who::Unbound => None,
    }
}

/// Does the entry `id` (a person, unit or body) stand for the party on `day`: the body itself, a
/// unit within the unit, or a person who may act for it?
pub fn stands_for(ctx: &Context, who: &Who, id: &str, day: Date, kind: &str) -> bool {
    let org = &ctx.data.org;
    match who {
        Who::Either(alternatives) => alternatives
            .iter()
            .any(|w| stands_for(ctx, w, id, day, kind)),
        Who::Bodies(bodies) => bodies.iter().any(|&b| org.bodies[b].id.value == id),
        Who::Units(units)
            if org
                .unit(id)
                .is_some_and(|u| units.iter().any(|&t| org.within(u, t))) =>
        {
            true
        }
        _ => match org.person(id) {
            Some(p) => can_fill(ctx, who, p, day, kind, None).is_some(),
            // A role named as a recipient stands for the party when it is one of the party's
            // roles, or when whoever holds it that day could act as the party.
            None => org.role(id).is_some_and(|role| match who {
                Who::Roles(roles) if roles.contains(&role) => true,
                _ => org
                    .holders(role, day)
                    .into_iter()
                    .any(|p| can_fill(ctx, who, p, day, kind, None).is_some()),
            }),
        },
    }
}

/// The roles a party stands for (to explain who should have signed).
pub fn roles(who: &Who) -> Vec<RoleIx> {
    match who {
        Who::Roles(r) => r.clone(),
        Who::Either(alternatives) => alternatives.iter().flat_map(roles).collect(),
        _ => Vec::new(),
    }
}

pub fn person_name(ctx: &Context, person: PersonIx) -> String {
    let p = &ctx.data.org.people[person];
    match &p.name {
        Some(name) => format!("{} ({})", name.value, p.id.value),
        None => p.id.value.clone(),
    }
}

pub fn role_name(ctx: &Context, role: RoleIx) -> String {
    let r = &ctx.data.org.roles[role];
    match &r.title {
        Some(title) if title.value != r.id.value => format!("{} ({})", title.value, r.id.value),
        _ => r.id.value.clone(),
    }
}

pub fn unit_name(ctx: &Context, unit: UnitIx) -> String {
    let u = &ctx.data.org.units[unit];
    match &u.name {
        Some(name) if name.value != u.id.value => format!("{} ({})", name.value, u.id.value),
        _ => u.id.value.clone(),
    }
}

/// A party as a person reads it, naming the data's entries where they are known.
/// [`describe`] as a message: the names joined by `or` in the reader's language, and a party
/// named by its relation (`head of …`) with the posts it stands for.
pub fn describe_message(ctx: &Context, party: &Party, who: &Who) -> Message {
    use crate::policy::model::either;
    let name = |n: String| Message::new("party-name").arg("name", n);
    let names: Option<Vec<String>> = match who {
        Who::Roles(roles) => Some(roles.iter().map(|&r| role_name(ctx, r)).collect()),
        Who::People(people) => Some(people.iter().map(|&p| person_name(ctx, p)).collect()),
        Who::Units(units) => Some(units.iter().map(|&u| unit_name(ctx, u)).collect()),
        Who::Bodies(_) | Who::Unknown(_) | Who::Unbound | Who::Either(_) => None,
    };
    match (party, names) {
        (Party::Head(_) | Party::Overseer(_) | Party::Superior(_), Some(names)) => {
            Message::new("party-as")
                .arg("party", party.message())
                .arg("names", either(names.into_iter().map(name)))
        }
        (_, Some(names)) => either(names.into_iter().map(name)),
        _ => name(describe(ctx, party, who)),
    }
}

pub fn describe(ctx: &Context, party: &Party, who: &Who) -> String {
    match (party, who) {
        (Party::Head(_) | Party::Overseer(_) | Party::Superior(_), Who::Roles(roles)) => {
            let names: Vec<String> = roles.iter().map(|&r| role_name(ctx, r)).collect();
            format!("{party} ({})", names.join(" or "))
        }
        (_, Who::Roles(roles)) => roles
            .iter()
            .map(|&r| role_name(ctx, r))
            .collect::<Vec<_>>()
            .join(" or "),
        (_, Who::People(people)) => people
            .iter()
            .map(|&p| person_name(ctx, p))
            .collect::<Vec<_>>()
            .join(" or "),
        (_, Who::Bodies(bodies)) => bodies
            .iter()
            .map(|&b| {
                let body = &ctx.data.org.bodies[b];
                body.name.as_ref().map_or(body.id.value.clone(), |n| {
                    format!("{} ({})", n.value, body.id.value)
                })
            })
            .collect::<Vec<_>>()
            .join(" or "),
        (_, Who::Units(units)) => units
            .iter()
            .map(|&u| unit_name(ctx, u))
            .collect::<Vec<_>>()
            .join(" or "),
        (Party::Either(parties), Who::Either(whos)) if parties.len() == whos.len() => parties
            .iter()
            .zip(whos)
            .map(|(p, w)| describe(ctx, p, w))
            .collect::<Vec<_>>()
            .join(" or "),
        _ => party.to_string(),
    }
}
