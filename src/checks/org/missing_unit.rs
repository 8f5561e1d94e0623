#![doc = include_str!("../../../docs/checks/missing-unit.md")]

use crate::diagnostic::{Check, Finding};
use crate::engine::Scope;
use crate::policy::model::{Name, Rule};

/// The unit or body the clause requires does not exist.
pub fn check(scope: Scope, rule: &Rule, name: &Name, exists: bool) -> Option<Finding> {
    if exists {
        return None;
    }
    let kind = name.kind.keyword();
    let collection = if kind == "unit" { "units" } else { "bodies" };
    let spellings = scope.ctx.data.org.spellings(name.kind);
    let help = crate::suggest::did_you_mean(&name.text, &spellings).unwrap_or_else(|| {
        format!("add it to `{collection}`, or add `{}` to the `aliases` of the {kind} the data calls it", name.text)
    });
    Some(
        scope
            .finding(
                Check::MissingUnit,
                &scope.clause.id,
                format!("the organisation has no {kind} `{}`", name.text),
                rule.loc,
            )
            .at(rule.loc)
            .label(format!("no such {kind}"))
            .help(help),
    )
}
