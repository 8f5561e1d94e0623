//! The organisation: units, roles, people, bodies and delegations, indexed for the questions the
//! checks ask. Every question takes the day it is asked for: who holds a role, who may act as it,
//! who is a person's direct superior, who leads or oversees a unit.

use super::FastMap;
use super::model::*;
use crate::vocab::{Level, NameKind};
use jiff::civil::Date;
use std::collections::BTreeSet;

mod table;

pub use table::{BodyIx, DelegationIx, Ix, Named, PersonIx, RoleIx, Table, UnitIx};

#[derive(Debug, Default, Clone)]
pub struct Org {
    pub units: Table<UnitIx, Unit>,
    pub roles: Table<RoleIx, Role>,
    pub people: Table<PersonIx, Person>,
    pub bodies: Table<BodyIx, Body>,
    pub delegations: Table<DelegationIx, Delegation>,
    units_by_id: FastMap<String, UnitIx>,
    roles_by_id: FastMap<String, RoleIx>,
    people_by_id: FastMap<String, PersonIx>,
    bodies_by_id: FastMap<String, BodyIx>,
    /// role → (person, holding index) for every holding of it.
    holdings_of: Vec<Vec<(PersonIx, usize)>>,
    /// (person acting, role) → delegations.
    delegations_to: FastMap<(PersonIx, RoleIx), Vec<DelegationIx>>,
    /// unit → the units whose parent it is.
    children: Vec<Vec<UnitIx>>,
    /// For each kind of name (by [`NameKind`] order): id | title | name | alias → positions in
    /// the table of that kind, ascending.
    names: [FastMap<String, Vec<usize>>; NAME_KINDS],
}

/// How many kinds of names there are: `names` has a map for each.
const NAME_KINDS: usize = 4;
const _: () = assert!(
    (NameKind::Role as usize) < NAME_KINDS
        && (NameKind::Unit as usize) < NAME_KINDS
        && (NameKind::Body as usize) < NAME_KINDS
        && (NameKind::Person as usize) < NAME_KINDS
);

/// In what capacity a person may act as a role on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capacity {
    Holder,
    Delegate(DelegationIx),
}

/// Entries' positions by id (the first of a duplicated id wins; duplicates are reported elsewhere).
fn by_id<I: Ix, T>(entries: &Table<I, T>, id: impl Fn(&T) -> &String) -> FastMap<String, I> {
    let mut index = FastMap::with_capacity_and_hasher(entries.len(), Default::default());
    for (i, entry) in entries.enumerate() {
        index.entry(id(entry).clone()).or_insert(i);
    }
    index
}

impl Org {
    /// Builds the indexes. Entries must already be deduplicated and sorted by id.
    pub fn new(
        units: Vec<Unit>,
        roles: Vec<Role>,
        people: Vec<Person>,
        bodies: Vec<Body>,
        delegations: Vec<Delegation>,
    ) -> Org {
        let mut org = Org {
            units: Table::new(units),
            roles: Table::new(roles),
            people: Table::new(people),
            bodies: Table::new(bodies),
            delegations: Table::new(delegations),
            ..Org::default()
        };
        org.units_by_id = by_id(&org.units, |u| &u.id.value);
        org.roles_by_id = by_id(&org.roles, |r| &r.id.value);
        org.people_by_id = by_id(&org.people, |p| &p.id.value);
        org.bodies_by_id = by_id(&org.bodies, |b| &b.id.value);
        let mut names: [FastMap<String, Vec<usize>>; NAME_KINDS] = Default::default();
        // Positions are added in ascending order, so each list stays sorted.
        let mut add = |kind: NameKind, text: &str, i: usize| {
            let positions = &mut names[kind as usize];
            match positions.get_mut(text) {
                Some(list) if list.last() == Some(&i) => {}
                Some(list) => list.push(i),
                None => {
                    positions.insert(text.to_string(), vec![i]);
                }
            }
        };
        for (i, u) in org.units.iter().enumerate() {
            add(NameKind::Unit, &u.id.value, i);
            if let Some(n) = &u.name {
                add(NameKind::Unit, &n.value, i);
            }
            u.aliases.iter().for_each(|a| add(NameKind::Unit, a, i));
        }
        for (i, r) in org.roles.iter().enumerate() {
            add(NameKind::Role, &r.id.value, i);
            if let Some(t) = &r.title {
                add(NameKind::Role, &t.value, i);
            }
            r.aliases.iter().for_each(|a| add(NameKind::Role, a, i));
        }
        for (i, b) in org.bodies.iter().enumerate() {
            add(NameKind::Body, &b.id.value, i);
            if let Some(n) = &b.name {
                add(NameKind::Body, &n.value, i);
            }
            b.aliases.iter().for_each(|a| add(NameKind::Body, a, i));
        }
        for (i, p) in org.people.iter().enumerate() {
            add(NameKind::Person, &p.id.value, i);
            if let Some(n) = &p.name {
                add(NameKind::Person, &n.value, i);
            }
        }
        org.names = names;
        org.holdings_of = vec![Vec::new(); org.roles.len()];
        for (p, person) in org.people.enumerate() {
            for (h, holding) in person.holdings.iter().enumerate() {
                if let Some(r) = org.role(&holding.role.value) {
                    org.holdings_of[r.index()].push((p, h));
                }
            }
        }
        for (d, delegation) in org.delegations.enumerate() {
            let to = delegation.to.as_ref().and_then(|t| org.person(&t.value));
            let role = delegation.role.as_ref().and_then(|r| org.role(&r.value));
            if let (Some(to), Some(role)) = (to, role) {
                org.delegations_to.entry((to, role)).or_default().push(d);
            }
        }
        org.children = vec![Vec::new(); org.units.len()];
        for (u, unit) in org.units.enumerate() {
            if let Some(parent) = unit.parent.as_ref().and_then(|p| org.unit(&p.value))
                && parent != u
            {
                org.children[parent.index()].push(u);
            }
        }
        org
    }

    /// The unit a reference names: by its id, or by a name or alias no other unit has (as OA
    /// exports write references: `部门 = 财务部`).
    pub fn unit(&self, reference: &str) -> Option<UnitIx> {
        self.units_by_id
            .get(reference)
            .copied()
            .or_else(|| self.uniquely_named(reference))
    }

    /// The role a reference names: by its id, or by a title or alias no other role has.
    pub fn role(&self, reference: &str) -> Option<RoleIx> {
        self.roles_by_id
            .get(reference)
            .copied()
            .or_else(|| self.uniquely_named(reference))
    }

    /// The person a reference names: by their id, or by a name no one else has (`申请人 = 张伟`).
    pub fn person(&self, reference: &str) -> Option<PersonIx> {
        self.people_by_id
            .get(reference)
            .copied()
            .or_else(|| self.uniquely_named(reference))
    }

    /// The person a reference names on `day`: a person, or a role (by id or title) exactly one
    /// person holds that day — an export writes `总经理` where it means whoever holds the post.
    pub fn person_on(&self, reference: &str, day: Date) -> Option<PersonIx> {
        self.person(reference).or_else(|| {
            let role = self.role(reference)?;
            match self.holders(role, day).as_slice() {
                [only] => Some(*only),
                _ => None,
            }
        })
    }

    /// Is `text` the id of an entry of the kind?
    pub fn is_id(&self, kind: NameKind, text: &str) -> bool {
        match kind {
            NameKind::Unit => self.units_by_id.contains_key(text),
            NameKind::Role => self.roles_by_id.contains_key(text),
            NameKind::Person => self.people_by_id.contains_key(text),
            NameKind::Body => self.bodies_by_id.contains_key(text),
        }
    }

    fn uniquely_named<I: Named>(&self, name: &str) -> Option<I> {
        match self.names[I::KIND as usize].get(name)?.as_slice() {
            [only] => Some(I::from_index(*only)),
            _ => None,
        }
    }

    /// The ids of the entries of a kind that go by `name` (a name shared by several is no
    /// reference to any of them).
    pub fn ids_named(&self, kind: NameKind, name: &str) -> Vec<&str> {
        let positions = self.names[kind as usize]
            .get(name)
            .map_or(&[][..], Vec::as_slice);
        positions
            .iter()
            .filter_map(|&i| {
                let id = match kind {
                    NameKind::Unit => &self.units.get(UnitIx::from_index(i))?.id,
                    NameKind::Role => &self.roles.get(RoleIx::from_index(i))?.id,
                    NameKind::Person => &self.people.get(PersonIx::from_index(i))?.id,
                    NameKind::Body => &self.bodies.get(BodyIx::from_index(i))?.id,
                };
                Some(id.value.as_str())
            })
            .collect()
    }

    /// The entries of a table that any of the spellings names: by id, title or name, or alias.
    /// Usually one; several when titles are shared.
    pub fn bind<'a, I: Named>(&self, spellings: impl IntoIterator<Item = &'a str>) -> Vec<I> {
        let mut out = BTreeSet::new();
        for spelling in spellings {
            if let Some(found) = self.names[I::KIND as usize].get(spelling) {
                out.extend(found.iter().copied());
            }
        }
        out.into_iter().map(I::from_index).collect()
    }

    /// Does any entry of the kind go by one of the spellings?
    pub fn knows<'a>(&self, kind: NameKind, spellings: impl IntoIterator<Item = &'a str>) -> bool {
        spellings
            .into_iter()
            .any(|s| self.names[kind as usize].contains_key(s))
    }

    /// Every id, title, name and alias of a kind (for "did you mean").
    pub fn spellings(&self, kind: NameKind) -> Vec<&str> {
        let mut all: Vec<&str> = self.names[kind as usize]
            .keys()
            .map(String::as_str)
            .collect();
        all.sort_unstable();
        all
    }

    /// Is the person still with the organisation on `day`?
    pub fn active(&self, person: PersonIx, day: Date) -> bool {
        let Some(p) = self.people.get(person) else {
            return false;
        };
        match (&p.left_on, p.status.as_ref().map(|s| s.value)) {
            (Some(left), _) => day < left.value,
            (None, Some(Status::Left)) => false,
            (None, _) => true,
        }
    }

    /// Does the person hold the role on `day`?
    pub fn holds(&self, person: PersonIx, role: RoleIx, day: Date) -> bool {
        self.active(person, day)
            && self.holdings_of.get(role.index()).is_some_and(|hs| {
                hs.iter()
                    .any(|&(p, h)| p == person && self.people[p].holdings[h].covers(day))
            })
    }

    /// The active people holding the role on `day`, each once, by index.
    pub fn holders(&self, role: RoleIx, day: Date) -> Vec<PersonIx> {
        let mut out: Vec<PersonIx> = self
            .holdings_of
            .get(role.index())
            .map(|hs| {
                hs.iter()
                    .filter(|&&(p, h)| {
                        self.active(p, day) && self.people[p].holdings[h].covers(day)
                    })
                    .map(|&(p, _)| p)
                    .collect()
            })
            .unwrap_or_default();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Everyone who ever held the role (for "did the signer hold it at another time?").
    pub fn ever_held(&self, person: PersonIx, role: RoleIx) -> bool {
        self.holdings_of
            .get(role.index())
            .is_some_and(|hs| hs.iter().any(|&(p, _)| p == person))
    }

    /// The roles the person holds on `day`, in the order of their `roles` list.
    pub fn roles_of(&self, person: PersonIx, day: Date) -> Vec<RoleIx> {
        if !self.active(person, day) {
            return Vec::new();
        }
        let Some(p) = self.people.get(person) else {
            return Vec::new();
        };
        p.holdings
            .iter()
            .filter(|h| h.covers(day))
            .filter_map(|h| self.role(&h.role.value))
            .collect()
    }

    /// May the person act as the role on `day` for a record of `kind`: by holding it, or through
    /// a delegation valid that day and in scope.
    pub fn capacity(
        &self,
        person: PersonIx,
        role: RoleIx,
        day: Date,
        kind: &str,
    ) -> Option<Capacity> {
        if self.holds(person, role, day) {
            return Some(Capacity::Holder);
        }
        if !self.active(person, day) {
            return None;
        }
        self.delegations_to
            .get(&(person, role))?
            .iter()
            .copied()
            .find(|&d| self.delegations[d].valid_on(day) && self.delegations[d].covers_kind(kind))
            .map(Capacity::Delegate)
    }

    /// Delegations to the person for the role that do not cover `day` or `kind` (to explain why a
    /// signature was not authorized).
    pub fn lapsed_delegations(
        &self,
        person: PersonIx,
        role: RoleIx,
        day: Date,
        kind: &str,
    ) -> Vec<DelegationIx> {
        self.delegations_to
            .get(&(person, role))
            .map(|ds| {
                ds.iter()
                    .copied()
                    .filter(|&d| {
                        !(self.delegations[d].valid_on(day)
                            && self.delegations[d].covers_kind(kind))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The unit a person works in on `day`: the unit of their first role then.
    pub fn unit_of(&self, person: PersonIx, day: Date) -> Option<UnitIx> {
        self.roles_of(person, day).into_iter().find_map(|r| {
            self.roles[r]
                .unit
                .as_ref()
                .and_then(|u| self.unit(&u.value))
        })
    }

    /// 直属领导: the person's direct superiors on `day`. Their `manager` if set, else the holders of
    /// their first role's `reports_to` (never themselves).
    pub fn superiors(&self, person: PersonIx, day: Date) -> Vec<PersonIx> {
        let Some(p) = self.people.get(person) else {
            return Vec::new();
        };
        if let Some(manager) = p.manager.as_ref().and_then(|m| self.person(&m.value)) {
            return if manager != person {
                vec![manager]
            } else {
                Vec::new()
            };
        }
        self.reports_to_role(person, day)
            .map(|r| {
                self.holders(r, day)
                    .into_iter()
                    .filter(|&h| h != person)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The role a person reports to on `day` (their first role's `reports_to`), when their
    /// superior is not named outright.
    pub fn reports_to_role(&self, person: PersonIx, day: Date) -> Option<RoleIx> {
        let first = *self.roles_of(person, day).first()?;
        self.roles[first]
            .reports_to
            .as_ref()
            .and_then(|r| self.role(&r.value))
    }

    /// The units whose parent `unit` is, by index.
    pub fn children(&self, unit: UnitIx) -> &[UnitIx] {
        self.children.get(unit.index()).map_or(&[], Vec::as_slice)
    }

    /// 部门负责人: the role that leads the unit.
    pub fn head_role(&self, unit: UnitIx) -> Option<RoleIx> {
        self.units
            .get(unit)?
            .head
            .as_ref()
            .and_then(|h| self.role(&h.value))
    }

    /// 分管领导: the executive role overseeing the unit, inherited from the nearest parent that
    /// names one.
    pub fn overseer_role(&self, unit: UnitIx) -> Option<RoleIx> {
        let mut at = Some(unit);
        let mut steps = 0;
        while let Some(u) = at {
            if let Some(r) = self.units[u]
                .overseen_by
                .as_ref()
                .and_then(|o| self.role(&o.value))
            {
                return Some(r);
            }
            at = self.units[u]
                .parent
                .as_ref()
                .and_then(|p| self.unit(&p.value));
            steps += 1;
            if steps > self.units.len() {
                return None;
            }
        }
        None
    }

    /// The unit and every unit below it.
    pub fn subtree(&self, unit: UnitIx) -> Vec<UnitIx> {
        let mut out = vec![unit];
        let mut at = 0;
        while at < out.len() {
            for &child in self
                .children
                .get(out[at].index())
                .map(Vec::as_slice)
                .unwrap_or_default()
            {
                if !out.contains(&child) {
                    out.push(child);
                }
            }
            at += 1;
        }
        out
    }

    /// Is `unit` the same as, or below, `ancestor`?
    pub fn within(&self, unit: UnitIx, ancestor: UnitIx) -> bool {
        let mut at = Some(unit);
        let mut steps = 0;
        while let Some(u) = at {
            if u == ancestor {
                return true;
            }
            at = self.units[u]
                .parent
                .as_ref()
                .and_then(|p| self.unit(&p.value));
            steps += 1;
            if steps > self.units.len() {
                return false;
            }
        }
        false
    }

    /// The active people holding a role in the unit or below it on `day`.
    pub fn people_in(&self, unit: UnitIx, day: Date) -> Vec<PersonIx> {
        let units: BTreeSet<UnitIx> = self.subtree(unit).into_iter().collect();
        let mut out: BTreeSet<PersonIx> = BTreeSet::new();
        for (r, role) in self.roles.enumerate() {
            if role
                .unit
                .as_ref()
                .and_then(|u| self.unit(&u.value))
                .is_some_and(|u| units.contains(&u))
            {
                out.extend(self.holders(r, day));
            }
        }
        out.into_iter().collect()
    }

    /// The people and roles of a body.
    pub fn body_members(&self, body: BodyIx) -> (Vec<PersonIx>, Vec<RoleIx>) {
        let mut people = Vec::new();
        let mut roles = Vec::new();
        let Some(b) = self.bodies.get(body) else {
            return (people, roles);
        };
        for m in b.members.iter().chain(b.chair.iter()) {
            if let Some(r) = self.role(&m.value) {
                roles.push(r);
            } else if let Some(p) = self.person(&m.value) {
                people.push(p);
            }
        }
        (people, roles)
    }

    /// Is the person at the top of the organisation on `day` (nobody above them by design)?
    pub fn at_top(&self, person: PersonIx, day: Date) -> bool {
        self.roles_of(person, day).into_iter().any(|r| {
            let role = &self.roles[r];
            let senior = role
                .level
                .as_ref()
                .is_some_and(|l| l.value >= Level::Executive);
            let heads_root = role.reports_to.is_none()
                && self
                    .units
                    .enumerate()
                    .any(|(u, unit)| unit.parent.is_none() && self.head_role(u) == Some(r));
            senior || heads_root
        })
    }

    /// Groups of people whose reporting lines loop on `day` (each group sorted, groups sorted).
    pub fn reporting_cycles(&self, day: Date) -> Vec<Vec<PersonIx>> {
        let edges: Vec<Vec<usize>> = self
            .people
            .ids()
            .map(|p| {
                if self.active(p, day) {
                    self.superiors(p, day).iter().map(|s| s.index()).collect()
                } else {
                    Vec::new()
                }
            })
            .collect();
        let mut groups: Vec<Vec<PersonIx>> = strongly_connected(&edges)
            .into_iter()
            .filter(|g| g.len() > 1)
            .map(|g| g.into_iter().map(PersonIx::from_index).collect())
            .collect();
        for g in &mut groups {
            g.sort_unstable();
        }
        groups.sort();
        groups
    }
}

/// Tarjan's algorithm, iterative (a long reporting chain must not overflow the stack).
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut groups = Vec::new();
    let mut next = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        // (node, next edge to look at)
        let mut work = vec![(root, 0usize)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut i)) = work.last_mut() {
            if let Some(&w) = edges[v].get(*i) {
                *i += 1;
                if index[w] == usize::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut group = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        group.push(w);
                        if w == v {
                            break;
                        }
                    }
                    groups.push(group);
                }
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests;
