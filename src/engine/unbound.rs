//! The names a clause uses, and what each binds to in the data set (nothing, for the
//! `unbound-reference` check).

use super::{Scope, records};
use crate::checks::org::unbound_reference;
use crate::diagnostic::Finding;
use crate::policy::ast::ClauseKind;
use crate::policy::model::RuleKind;
use std::collections::BTreeSet;

/// One `unbound-reference` per name the clause uses and the data lacks, for clauses that can
/// matter here: org and delegation clauses always; record clauses when the data has records they
/// bind, or when they require records to exist.
pub fn check(scope: Scope, out: &mut Vec<Finding>) {
    let clause = scope.clause;
    let active = match clause.kind {
        ClauseKind::Org | ClauseKind::Delegation => true,
        _ => {
            clause.rules.iter().any(|r| r.kind.requires_records())
                || !records::bound(scope).is_empty()
        }
    };
    if !active {
        return;
    }
    // A unit or body that must exist and does not is a `missing-unit`, not an unbound name.
    let mut seen: BTreeSet<_> = clause
        .rules
        .iter()
        .flat_map(|r| match &r.kind {
            RuleKind::OrgExists(name) | RuleKind::UnitUnder { unit: name, .. } => {
                vec![(name.kind, name.text.clone())]
            }
            // Members listed `where held` are required only where the organisation has them.
            RuleKind::BodyHas {
                members,
                where_held: true,
                ..
            } => members
                .iter()
                .map(|m| (m.name().kind, m.name().text.clone()))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    for (name, loc) in clause.names() {
        if !seen.insert((name.kind, name.text.clone())) {
            continue;
        }
        let known = scope.ctx.data.org.knows(name.kind, name.spellings());
        out.extend(unbound_reference::check(scope, name, loc, known));
    }
}
