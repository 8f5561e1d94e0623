//! Delegation clauses: every delegation of the principal role must go to a holder of the deputy
//! role and be authorized by whom the clause names.

use super::Scope;
use crate::checks::org::invalid_delegation;
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
        let principals = org.bind(principal.kind, principal.spellings());
        let deputies = org.bind(delegate.kind, delegate.spellings());
        for (d, delegation) in org.delegations.iter().enumerate() {
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
            out.extend(invalid_delegation::deputy(
                scope, rule, d, &deputies, delegate,
            ));
            if let Some(authorizer) = authorizer {
                out.extend(invalid_delegation::authorizer(scope, rule, d, authorizer));
            }
        }
    }
}
