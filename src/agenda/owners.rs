//! Who must act: the people who may take a step on a day — the holders of its roles and those
//! acting for them under a delegation — and `--owner`, what one person, role or unit must do.

use crate::data::org::{BodyIx, DelegationIx, Org, PersonIx, RoleIx, UnitIx};
use crate::engine::Context;
use crate::engine::parties::Who;
use crate::i18n::Message;
use crate::vocab::NameKind;
use jiff::civil::Date;

/// One person who may act, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Acting {
    pub person: PersonIx,
    /// The role they act as, when the step names one.
    pub role: Option<RoleIx>,
    /// The delegation they act under, when they do not hold the role.
    pub delegation: Option<DelegationIx>,
}

/// The people who may act as `who` on `day` for a record of `kind`, each once, in index order.
pub fn acting(ctx: &Context, who: &Who, day: Date, kind: &str) -> Vec<Acting> {
    let org = &ctx.data.org;
    let mut out = Vec::new();
    collect(org, who, day, kind, &mut out);
    out.sort_by_key(|a| (a.person, a.delegation.is_some()));
    out.dedup_by_key(|a| a.person);
    out
}

fn collect(org: &Org, who: &Who, day: Date, kind: &str, out: &mut Vec<Acting>) {
    match who {
        Who::Roles(roles) => roles.iter().for_each(|&r| as_role(org, r, day, kind, out)),
        Who::People(people) => out.extend(people.iter().filter(|&&p| org.active(p, day)).map(
            |&person| Acting {
                person,
                role: None,
                delegation: None,
            },
        )),
        // A body acts through its chair.
        Who::Bodies(bodies) => {
            for &b in bodies {
                let Some(chair) = org.bodies[b].chair.as_ref() else {
                    continue;
                };
                if let Some(role) = org.role(&chair.value) {
                    as_role(org, role, day, kind, out);
                } else if let Some(person) = org.person(&chair.value) {
                    collect(org, &Who::People(vec![person]), day, kind, out);
                }
            }
        }
        // A unit acts through its head.
        Who::Units(units) => {
            for role in units.iter().filter_map(|&u| org.head_role(u)) {
                as_role(org, role, day, kind, out);
            }
        }
        Who::Either(alternatives) => alternatives
            .iter()
            .for_each(|w| collect(org, w, day, kind, out)),
        Who::Unknown(_) | Who::Unbound => {}
    }
}

/// The holders of a role on `day`, and those acting for it under a delegation valid that day
/// for records of `kind`.
fn as_role(org: &Org, role: RoleIx, day: Date, kind: &str, out: &mut Vec<Acting>) {
    out.extend(org.holders(role, day).into_iter().map(|person| Acting {
        person,
        role: Some(role),
        delegation: None,
    }));
    for (d, delegation) in org.delegations.enumerate() {
        let for_role = delegation.role.as_ref().and_then(|r| org.role(&r.value)) == Some(role);
        let to = delegation.to.as_ref().and_then(|p| org.person(&p.value));
        if let (true, Some(person)) = (for_role, to)
            && delegation.valid_on(day)
            && delegation.covers_kind(kind)
            && org.active(person, day)
        {
            out.push(Acting {
                person,
                role: Some(role),
                delegation: Some(d),
            });
        }
    }
}

/// The roles a party stands for directly, as the step names them (a body's chair, a unit's head).
pub fn roles(org: &Org, who: &Who) -> Vec<RoleIx> {
    match who {
        Who::Roles(roles) => roles.clone(),
        Who::Bodies(bodies) => bodies
            .iter()
            .filter_map(|&b| org.bodies[b].chair.as_ref())
            .filter_map(|c| org.role(&c.value))
            .collect(),
        Who::Units(units) => units.iter().filter_map(|&u| org.head_role(u)).collect(),
        Who::Either(alternatives) => alternatives.iter().flat_map(|w| roles(org, w)).collect(),
        Who::People(_) | Who::Unknown(_) | Who::Unbound => Vec::new(),
    }
}

/// `--owner`: a person, a post, a unit or a body of the data set, by id, name or title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    Person(PersonIx),
    Role(RoleIx),
    Unit(UnitIx),
    Body(BodyIx),
}

/// What an item asks of whom: the people who may act now, and the posts, bodies and unit its
/// steps still need.
pub struct Asks<'a> {
    pub acting: &'a [Acting],
    pub roles: &'a [RoleIx],
    pub bodies: &'a [BodyIx],
    pub unit: Option<UnitIx>,
    pub day: Date,
}

impl Owner {
    /// Finds what `text` names: a person first, then a post, a unit, a body. Nothing is the
    /// error, with the nearest spelling as its help.
    pub fn find(org: &Org, text: &str) -> Result<Owner, (Message, Option<Message>)> {
        if let Some(&p) = org.bind::<PersonIx>([text]).first() {
            return Ok(Owner::Person(p));
        }
        if let Some(&r) = org.bind::<RoleIx>([text]).first() {
            return Ok(Owner::Role(r));
        }
        if let Some(&u) = org.bind::<UnitIx>([text]).first() {
            return Ok(Owner::Unit(u));
        }
        if let Some(&b) = org.bind::<BodyIx>([text]).first() {
            return Ok(Owner::Body(b));
        }
        let spellings: Vec<&str> = [
            NameKind::Person,
            NameKind::Role,
            NameKind::Unit,
            NameKind::Body,
        ]
        .into_iter()
        .flat_map(|k| org.spellings(k))
        .collect();
        Err((
            Message::new("agenda-owner-unknown").arg("owner", text),
            crate::suggest::did_you_mean(text, spellings),
        ))
    }

    /// Is the item one for this owner? A person: they may act now (as holder or delegate). A
    /// post: a step still needed is its (vacant or not), or someone who may act holds it. A
    /// unit: the item is its own, or a post a step needs lies in it, or someone who may act works
    /// in it. A body: a step still needed is its.
    pub fn concerns(self, org: &Org, asks: &Asks) -> bool {
        match self {
            Owner::Person(p) => asks.acting.iter().any(|a| a.person == p),
            Owner::Role(r) => {
                asks.roles.contains(&r)
                    || asks.acting.iter().any(|a| org.holds(a.person, r, asks.day))
            }
            Owner::Unit(u) => {
                let within = |x: UnitIx| org.within(x, u);
                asks.unit.is_some_and(within)
                    || asks
                        .roles
                        .iter()
                        .filter_map(|&r| org.roles[r].unit.as_ref())
                        .filter_map(|id| org.unit(&id.value))
                        .any(within)
                    || asks
                        .acting
                        .iter()
                        .filter_map(|a| org.unit_of(a.person, asks.day))
                        .any(within)
            }
            Owner::Body(b) => asks.bodies.contains(&b),
        }
    }
}

/// The bodies a party names.
pub fn bodies(who: &Who) -> Vec<BodyIx> {
    match who {
        Who::Bodies(bodies) => bodies.clone(),
        Who::Either(alternatives) => alternatives.iter().flat_map(bodies).collect(),
        _ => Vec::new(),
    }
}
