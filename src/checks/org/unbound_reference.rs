declare_check! {
    /// ## What it checks
    /// A clause names a role, unit or body that the data set does not have (no id, title, name or
    /// alias matches it), so the clause can never be met. Reported once per clause and name, at the
    /// name in the policy file; clauses that bind to records are only judged when the data holds
    /// such records or the clause requires them to exist.
    ///
    /// ## Why it matters
    /// The usual cause is a naming difference (`总经理` in the regulation, `General Manager` in the
    /// HR system): every check of the clause then fails for a reason that is not a compliance gap.
    ///
    /// ## Example
    /// A clause `signed by role 业务院长` and no role titled or aliased `业务院长`.
    ///
    /// ## How to fix
    /// Add the name to the entry's `aliases` in the data, or declare an alias in the policy
    /// (`role 业务院长 aka "VP Business"`).
    pub struct UnboundReference { code: "unbound-reference", severity: Warning }
}

use crate::engine::Scope;
use crate::finding::Finding;
use crate::policy::model::Name;
use crate::source::Loc;
use crate::suggest;

/// A name of the clause that binds to nothing in the data.
pub fn check(scope: Scope, name: &Name, loc: Loc) -> Option<Finding> {
    let kind = name.kind.keyword();
    let spellings = scope.ctx.data.org.spellings(name.kind);
    let help = suggest::did_you_mean(&name.text, &spellings).unwrap_or_else(|| {
        format!("add `{}` to the `aliases` of the {kind} the data calls it, or declare an alias in the policy (`{kind} {} aka \"…\"`)", name.text, name.text)
    });
    let mut f = scope.finding(
        crate::checks::Check::UnboundReference,
        &name.text,
        format!("{kind} `{}` matches no {kind} of the data (by id, {}, or alias), so {} can never be met", name.text, if name.kind == crate::policy::ast::NameKind::Role { "title" } else { "name" }, scope.clause.id),
        loc,
    );
    f.severity = crate::checks::Check::UnboundReference.default_severity();
    f.policy_location = Some(scope.clause.loc);
    Some(f.at(loc).label("not in the data").help(help))
}
