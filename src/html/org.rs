//! The organisation as a tree on the as-of day: every unit under its parent, with its head role
//! and the holders of its roles; seats left empty or over-filled; and the org findings (vacancy,
//! over-headcount, reporting lines, units without a head …) marked on the unit, role or holder
//! they are about.

use crate::data::org::{Ix, Org, PersonIx, RoleIx, UnitIx};
use crate::diagnostic::{Check, Finding, Text};
use crate::engine::Context;
use crate::engine::parties::{person_name, role_name};
use std::collections::HashMap;

/// Units nested deeper than this are listed at this depth: a hostile chain of parents must not
/// make the page (or the code writing it) recurse without bound.
const MAX_DEPTH: usize = 24;

/// An org finding shown on the entry it is about.
#[derive(Clone, Debug)]
pub struct Mark {
    pub check: Check,
    pub message: Text,
}

/// A person holding a role on the as-of day.
#[derive(Clone, Debug)]
pub struct Holder {
    /// `高华 (p-gm)`.
    pub name: String,
    pub marks: Vec<Mark>,
}

/// A role of a unit.
#[derive(Clone, Debug)]
pub struct RoleNode {
    /// `总经理 (gm)`.
    pub name: String,
    /// It leads the unit (部门负责人).
    pub head: bool,
    pub seats: u32,
    pub holders: Vec<Holder>,
    pub marks: Vec<Mark>,
}

/// A unit, its roles and the units below it.
#[derive(Clone, Debug)]
pub struct UnitNode {
    /// `财务部 (finance)`; empty for the roles that belong to no unit.
    pub name: String,
    pub roles: Vec<RoleNode>,
    pub marks: Vec<Mark>,
    pub children: Vec<UnitNode>,
}

/// The top units (those without a known parent, then any caught in a loop of parents), and
/// last the roles of no unit.
pub fn tree(ctx: &Context, findings: &[Finding]) -> Vec<UnitNode> {
    let org = &ctx.data.org;
    let marks = marks_by_subject(findings);
    let build = Builder {
        ctx,
        org,
        marks: &marks,
        roles_of: roles_by_unit(org),
    };
    let mut placed = vec![false; org.units.len()];
    let mut roots = Vec::new();
    let top = org.units.enumerate().filter(|(u, unit)| {
        unit.parent
            .as_ref()
            .and_then(|p| org.unit(&p.value))
            .is_none_or(|parent| parent == *u)
    });
    let top: Vec<UnitIx> = top.map(|(u, _)| u).collect();
    for u in top {
        roots.push(build.node(u, 0, &mut placed));
    }
    // A loop of parents has no top: each unit of it not yet shown starts a tree of its own.
    for (u, _) in org.units.enumerate() {
        if !placed[u.index()] {
            roots.push(build.node(u, 0, &mut placed));
        }
    }
    let loose = build.roles(
        build.roles_of.get(&None).map_or(&[][..], Vec::as_slice),
        None,
    );
    if !loose.is_empty() {
        roots.push(UnitNode {
            name: String::new(),
            roles: loose,
            marks: Vec::new(),
            children: Vec::new(),
        });
    }
    roots
}

/// Org findings that count, by the id they are about.
fn marks_by_subject(findings: &[Finding]) -> HashMap<&str, Vec<Mark>> {
    let mut marks: HashMap<&str, Vec<Mark>> = HashMap::new();
    for f in findings {
        if f.check.family() == crate::diagnostic::Family::Org && f.suppressed.is_none() {
            marks.entry(f.subject.as_str()).or_default().push(Mark {
                check: f.check,
                message: f.message.clone(),
            });
        }
    }
    marks
}

/// The roles of each unit (`None`: of no known unit), in the roles' order.
fn roles_by_unit(org: &Org) -> HashMap<Option<UnitIx>, Vec<RoleIx>> {
    let mut out: HashMap<Option<UnitIx>, Vec<RoleIx>> = HashMap::new();
    for (r, role) in org.roles.enumerate() {
        let unit = role.unit.as_ref().and_then(|u| org.unit(&u.value));
        out.entry(unit).or_default().push(r);
    }
    out
}

struct Builder<'a> {
    ctx: &'a Context<'a>,
    org: &'a Org,
    marks: &'a HashMap<&'a str, Vec<Mark>>,
    roles_of: HashMap<Option<UnitIx>, Vec<RoleIx>>,
}

impl Builder<'_> {
    fn node(&self, u: UnitIx, depth: usize, placed: &mut [bool]) -> UnitNode {
        placed[u.index()] = true;
        let mut children = Vec::new();
        let mut below: Vec<UnitIx> = self.org.children(u).to_vec();
        while let Some(c) = below.pop() {
            if placed[c.index()] {
                continue;
            }
            if depth + 1 < MAX_DEPTH {
                children.push(self.node(c, depth + 1, placed));
            } else {
                // Too deep: the rest of this branch is listed flat at this depth.
                placed[c.index()] = true;
                below.extend(self.org.children(c).iter().rev());
                children.push(self.leaf(c));
            }
        }
        children.reverse();
        UnitNode {
            children,
            ..self.leaf(u)
        }
    }

    /// A unit without the units below it.
    fn leaf(&self, u: UnitIx) -> UnitNode {
        let unit = &self.org.units[u];
        let roles = self.roles_of.get(&Some(u)).map_or(&[][..], Vec::as_slice);
        UnitNode {
            name: match &unit.name {
                Some(n) if n.value != unit.id.value => format!("{} ({})", n.value, unit.id.value),
                _ => unit.id.value.clone(),
            },
            roles: self.roles(roles, self.org.head_role(u)),
            marks: self.marks_of(&unit.id.value),
            children: Vec::new(),
        }
    }

    /// The roles, the head first.
    fn roles(&self, roles: &[RoleIx], head: Option<RoleIx>) -> Vec<RoleNode> {
        let day = self.ctx.as_of;
        let mut out: Vec<RoleNode> = roles
            .iter()
            .map(|&r| RoleNode {
                name: role_name(self.ctx, r),
                head: Some(r) == head,
                seats: self.org.roles[r].seats(),
                holders: self
                    .org
                    .holders(r, day)
                    .into_iter()
                    .map(|p| self.holder(p))
                    .collect(),
                marks: self.marks_of(&self.org.roles[r].id.value),
            })
            .collect();
        out.sort_by_key(|r| !r.head);
        out
    }

    fn holder(&self, p: PersonIx) -> Holder {
        Holder {
            name: person_name(self.ctx, p),
            marks: self.marks_of(&self.org.people[p].id.value),
        }
    }

    fn marks_of(&self, id: &str) -> Vec<Mark> {
        self.marks.get(id).cloned().unwrap_or_default()
    }
}
