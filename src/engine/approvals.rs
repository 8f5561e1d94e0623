//! Matching a record's signatures (and reviews) to the steps a clause requires.
//!
//! A signature fills a step when its signer could act in that capacity when they signed (holding
//! the role, or through a delegation valid that day and covering the record's kind), when it
//! approves, and when its `as`, if given, names a role of the step. Each signature fills at most
//! one step; among the ways to fill the most steps, earlier signatures go to earlier steps.

use super::Context;
use super::parties::{self, Who};
use crate::data::model::{Decision, Record};
use crate::data::org::{Capacity, PersonIx, RoleIx};
use crate::policy::model::Step;
use jiff::civil::Date;

/// One required step of a chain on one record, as matching left it: what a check needs to
/// decide whether the step is missing or was signed without authority.
pub struct StepFacts<'a> {
    pub step: &'a Step,
    /// Who the step stands for on this record.
    pub who: &'a Who,
    /// The signature (or review) that fills it.
    pub filled_by: Option<usize>,
    /// For an unfilled step: a signature that seems meant for it but could not fill it (see
    /// [`claimant`]), and its signer.
    pub claimant: Option<(usize, PersonIx)>,
}

/// A signature that names its capacity (`as`), and whether its signer had it that day.
pub struct Claim {
    pub signature: usize,
    pub person: PersonIx,
    pub role: RoleIx,
    pub capacity: Option<Capacity>,
}

/// Which signature (or review) fills each step.
#[derive(Debug, Clone)]
pub struct Matching {
    pub who: Vec<Who>,
    pub filled_by: Vec<Option<usize>>,
    /// False for a step this record does not need (`unless requester`, and the requester is
    /// that party): nothing fills it, and nothing is missing.
    pub needed: Vec<bool>,
}

/// Matches approving signatures to steps. `day` is the record's date (for parties like "head of
/// the requester's unit", fixed when the record was made). With `share`, a step no other
/// signature fills may be filled by one that already fills another step: one person holding both
/// capacities signs once, unless the clause wants distinct signers.
pub fn signatures(
    ctx: &Context,
    record: &Record,
    steps: &[Step],
    day: Date,
    share: bool,
) -> Matching {
    let org = &ctx.data.org;
    let who = resolve_steps(ctx, record, steps, day);
    let needed = needed(ctx, record, steps, &who, day);
    // Each approving signature given by the end of as-of (a later one is not yet given, as the
    // day checked saw it), with its signer and the post it claims: looked up once, not once
    // per step.
    let end = ctx.end_of_as_of();
    let given: Vec<(usize, PersonIx, Option<RoleIx>)> = record
        .signatures
        .iter()
        .enumerate()
        .filter(|(_, s)| s.decision == Decision::Approve && s.at.value.ts < end)
        .filter_map(|(i, s)| {
            let person = org.person(&s.by.value)?;
            let claimed = match &s.as_role {
                Some(r) => Some(org.role(&r.value)?),
                None => None,
            };
            Some((i, person, claimed))
        })
        .collect();
    let eligible: Vec<Vec<usize>> = who
        .iter()
        .zip(&needed)
        .map(|(w, &needed)| {
            if !needed {
                return Vec::new();
            }
            given
                .iter()
                .filter(|&&(i, person, claimed)| {
                    let at = record.signatures[i].at.value.date;
                    parties::can_fill(ctx, w, person, at, record.kind(), claimed).is_some()
                })
                .map(|&(i, _, _)| i)
                .collect()
        })
        .collect();
    let mut filled_by = assign(&eligible, record.signatures.len());
    if share {
        for (s, filled) in filled_by.iter_mut().enumerate() {
            if filled.is_none() {
                *filled = eligible[s].first().copied();
            }
        }
    }
    Matching {
        filled_by,
        who,
        needed,
    }
}

/// Matches reviews to review steps: a body by its id, a unit by its id or anyone in it, a role
/// by anyone who may act as it on the day of the review.
pub fn reviews(ctx: &Context, record: &Record, steps: &[Step], day: Date) -> Matching {
    let end = ctx.end_of_as_of();
    let who = resolve_steps(ctx, record, steps, day);
    let needed = needed(ctx, record, steps, &who, day);
    let eligible: Vec<Vec<usize>> = who
        .iter()
        .zip(&needed)
        .map(|(w, &needed)| {
            if !needed {
                return Vec::new();
            }
            record
                .reviews
                .iter()
                .enumerate()
                .filter(|(_, r)| r.decision == Decision::Approve)
                .filter(|(_, r)| r.at.value.ts < end)
                .filter(|(_, r)| {
                    parties::stands_for(ctx, w, &r.by.value, r.at.value.date, record.kind())
                })
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    Matching {
        filled_by: assign(&eligible, record.reviews.len()),
        who,
        needed,
    }
}

/// Whether the record needs each step: a step `unless requester` is not needed when the
/// requester is the party it asks for on the record's day (a director raising his own purchase
/// has approved it as director by raising it).
fn needed(ctx: &Context, record: &Record, steps: &[Step], who: &[Who], day: Date) -> Vec<bool> {
    steps
        .iter()
        .zip(who)
        .map(|(step, who)| {
            let Some(field) = step.unless else {
                return true;
            };
            !record
                .text(field.path())
                .is_some_and(|id| parties::stands_for(ctx, who, id, day, record.kind()))
        })
        .collect()
}

/// Who each step stands for, on the record's day.
fn resolve_steps(ctx: &Context, record: &Record, steps: &[Step], day: Date) -> Vec<Who> {
    steps
        .iter()
        .map(|s| parties::resolve(ctx, Some(record), &s.party, day))
        .collect()
}

/// Maximum matching of steps to candidates (Kuhn's augmenting paths), trying candidates in the
/// order given so that earlier signatures fill earlier steps when they can.
fn assign(eligible: &[Vec<usize>], candidates: usize) -> Vec<Option<usize>> {
    let mut owner: Vec<Option<usize>> = vec![None; candidates];
    for step in 0..eligible.len() {
        let mut visited = vec![false; candidates];
        augment(step, eligible, &mut owner, &mut visited);
    }
    let mut filled_by = vec![None; eligible.len()];
    for (candidate, step) in owner.iter().enumerate() {
        if let Some(step) = step {
            filled_by[*step] = Some(candidate);
        }
    }
    filled_by
}

fn augment(
    step: usize,
    eligible: &[Vec<usize>],
    owner: &mut [Option<usize>],
    visited: &mut [bool],
) -> bool {
    // A free signature first, so that earlier signatures stay with earlier steps when nothing
    // forces a swap; only then try to move another step's signature along an augmenting path.
    if let Some(&c) = eligible[step].iter().find(|&&c| owner[c].is_none()) {
        owner[c] = Some(step);
        return true;
    }
    for &c in &eligible[step] {
        if visited[c] {
            continue;
        }
        visited[c] = true;
        if owner[c].is_some_and(|other| augment(other, eligible, owner, visited)) {
            owner[c] = Some(step);
            return true;
        }
    }
    false
}

/// A signature that seems meant for a step it could not fill: it claims the step's role with
/// `as`, or its signer held that role at another time, or has a delegation for it that did not
/// cover the day or the kind. Returns the signature and the signer.
pub fn claimant(
    ctx: &Context,
    record: &Record,
    who: &Who,
    taken: &[bool],
) -> Option<(usize, PersonIx)> {
    let org = &ctx.data.org;
    let roles = parties::roles(who);
    let end = ctx.end_of_as_of();
    record.signatures.iter().enumerate().find_map(|(i, s)| {
        if taken[i] || s.decision != Decision::Approve || s.at.value.ts >= end {
            return None;
        }
        let person = org.person(&s.by.value)?;
        let claims = s
            .as_role
            .as_ref()
            .and_then(|r| org.role(&r.value))
            .is_some_and(|r| roles.contains(&r));
        let related = roles.iter().any(|&r| {
            org.ever_held(person, r)
                || !org
                    .lapsed_delegations(person, r, s.at.value.date, record.kind())
                    .is_empty()
        });
        let without_as = s.as_role.is_none();
        (claims || (without_as && related)).then_some((i, person))
    })
}

#[cfg(test)]
mod tests {
    use super::assign;

    #[test]
    fn augmenting_paths_fill_the_most_steps() {
        // Signature 0 could fill either step; signature 1 only step 0.
        let eligible = vec![vec![0, 1], vec![0]];
        assert_eq!(assign(&eligible, 2), vec![Some(1), Some(0)]);
        // Earlier signatures go to earlier steps when nothing forces otherwise.
        let eligible = vec![vec![0, 1], vec![0, 1]];
        assert_eq!(assign(&eligible, 2), vec![Some(0), Some(1)]);
        assert_eq!(assign(&[vec![], vec![0]], 1), vec![None, Some(0)]);
    }
}
