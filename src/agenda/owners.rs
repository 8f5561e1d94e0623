//! Who must act: the people who may take a step on a day — the holders of its roles and those
//! acting for them under a delegation — and `--owner`, what one person, role or unit must do.

use crate::data::org::{DelegationIx, Org, PersonIx, RoleIx, UnitIx};
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

/// `--owner`: a person, a role or a unit of the data set, by id, name or title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    Person(PersonIx),
    Role(RoleIx),
    Unit(UnitIx),
}

impl Owner {
    /// Finds what `text` names: a person first, then a role, then a unit. Nothing is the error,
    /// with the nearest spelling.
    pub fn find(org: &Org, text: &str) -> Result<Owner, Message> {
        if let Some(&p) = org.bind::<PersonIx>([text]).first() {
            return Ok(Owner::Person(p));
        }
        if let Some(&r) = org.bind::<RoleIx>([text]).first() {
            return Ok(Owner::Role(r));
        }
        if let Some(&u) = org.bind::<UnitIx>([text]).first() {
            return Ok(Owner::Unit(u));
        }
        let spellings: Vec<&str> = [NameKind::Person, NameKind::Role, NameKind::Unit]
            .into_iter()
            .flat_map(|k| org.spellings(k))
            .collect();
        let hint = crate::suggest::did_you_mean(text, spellings)
            .map_or_else(|| "".into(), crate::i18n::Arg::from);
        Err(Message::new("agenda-owner-unknown")
            .arg("owner", text)
            .arg("hint", hint))
    }

    /// Is an item with these people acting (on `day`), the roles its next step names and the
    /// unit it belongs to, one for this owner?
    pub fn concerns(
        self,
        org: &Org,
        acting: &[Acting],
        roles: &[RoleIx],
        unit: Option<UnitIx>,
        day: Date,
    ) -> bool {
        match self {
            Owner::Person(p) => acting.iter().any(|a| a.person == p),
            Owner::Role(r) => {
                roles.contains(&r) || acting.iter().any(|a| org.holds(a.person, r, day))
            }
            Owner::Unit(u) => {
                unit.is_some_and(|x| org.within(x, u))
                    || acting
                        .iter()
                        .filter_map(|a| org.unit_of(a.person, day))
                        .any(|x| org.within(x, u))
            }
        }
    }
}
