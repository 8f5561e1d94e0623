#![doc = include_str!("../../../docs/checks/unbound-reference.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::policy::model::Name;
use crate::source::Loc;
use crate::suggest;

/// A name of the clause that nothing in the data goes by (`known` is false).
pub fn check(scope: Scope, name: &Name, loc: Loc, known: bool) -> Option<Finding> {
    if known {
        return None;
    }
    let kind = name.kind.keyword();
    let spellings = scope.ctx.data.org.spellings(name.kind);
    let help = suggest::did_you_mean(&name.text, &spellings).unwrap_or_else(|| {
        format!("add `{}` to the `aliases` of the {kind} the data calls it, or declare an alias in the policy (`{kind} {} aka \"…\"`)", name.text, name.text)
    });
    let mut f = scope.finding(
        crate::diagnostic::Check::UnboundReference,
        &name.text,
        format!("{kind} `{}` matches no {kind} of the data (by id, {}, or alias), so {} can never be met", name.text, if name.kind == crate::vocab::NameKind::Role { "title" } else { "name" }, scope.clause.id),
        loc,
    );
    f.severity = crate::diagnostic::Check::UnboundReference.default_severity();
    f.policy_location = Some(scope.clause.loc);
    Some(f.at(loc).label("not in the data").help(help))
}
