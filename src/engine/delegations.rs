//! Delegation clauses: every delegation of the principal role, with whether its delegate held the
//! deputy role when it started and whether its authorizer could act as the party the clause
//! names, for the `invalid-delegation` check to judge.

use super::Scope;
use super::parties;
use crate::checks::org::invalid_delegation::{self, Authorization};
use crate::data::org::RoleIx;
use crate::diagnostic::Finding;
use crate::policy::model::RuleKind;

pub fn evaluate(scope: Scope, out: &mut Vec<Finding>) {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    for rule in &scope.clause.rules {
        let RuleKind::Delegation {
            delegate,
            principal,
            authorizer,
        } = &rule.kind
        else {
            continue;
        };
        let principals: Vec<RoleIx> = org.bind(principal.spellings());
        let deputies: Vec<RoleIx> = org.bind(delegate.spellings());
        for (d, delegation) in org.delegations.enumerate() {
            let Some(role) = delegation.role.as_ref().and_then(|r| org.role(&r.value)) else {
                continue;
            };
            if !principals.contains(&role) {
                continue;
            }
            // Judged when it was in force at some time in the range.
            let starts = delegation.since.as_ref().map(|s| s.value);
            let in_range = starts.is_some_and(|s| s <= ctx.as_of)
                && delegation
                    .until
                    .as_ref()
                    .is_none_or(|u| u.value >= ctx.since);
            if !in_range {
                continue;
            }
            // Did the delegate hold the deputy role when the delegation started? (Unknown when the
            // data names no deputy role or no delegate.)
            let deputy_held = match (
                delegation.to.as_ref().and_then(|t| org.person(&t.value)),
                starts,
            ) {
                (Some(person), Some(day)) if !deputies.is_empty() => {
                    Some(deputies.iter().any(|&r| org.holds(person, r, day)))
                }
                _ => None,
            };
            out.extend(invalid_delegation::deputy(
                scope,
                rule,
                d,
                delegate,
                deputy_held,
            ));
            let Some(party) = authorizer else {
                continue;
            };
            let Some(day) = delegation
                .authorized_at
                .as_ref()
                .map(|a| a.value.date)
                .or(starts)
            else {
                continue;
            };
            let who = parties::resolve(ctx, None, party, day);
            let capacity = delegation
                .authorized_by
                .as_ref()
                .and_then(|b| org.person(&b.value))
                .and_then(|p| parties::can_fill(ctx, &who, p, day, "", None));
            out.extend(invalid_delegation::authorizer(
                scope,
                rule,
                d,
                &Authorization {
                    party,
                    who: &who,
                    day,
                    capacity,
                },
            ));
        }
    }
}
