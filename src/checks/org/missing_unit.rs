#![doc = include_str!("../../../docs/checks/missing-unit.md")]

use crate::data::org::UnitIx;
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

/// The unit the clause requires below `parent` is missing, or sits elsewhere.
pub fn under(
    scope: Scope,
    rule: &Rule,
    unit: &Name,
    parent: &Name,
    found: &[UnitIx],
    placed: bool,
) -> Option<Finding> {
    if placed {
        return None;
    }
    let Some(&elsewhere) = found.first() else {
        return check(scope, rule, unit, false);
    };
    let org = &scope.ctx.data.org;
    let actual = org.units[elsewhere]
        .parent
        .as_ref()
        .map_or("the top of the organisation".to_string(), |p| {
            format!("`{}`", p.value)
        });
    Some(
        scope
            .finding(
                Check::MissingUnit,
                &scope.clause.id,
                format!(
                    "the organisation has no unit `{}` under `{}`: `{}` sits under {actual}",
                    unit.text, parent.text, org.units[elsewhere].id.value
                ),
                rule.loc,
            )
            .at(org.units[elsewhere]
                .parent
                .as_ref()
                .map_or(org.units[elsewhere].id.loc, |p| p.loc))
            .label("parent")
            .help(format!(
                "set its `parent` to the unit the regulation places it in ({})",
                parent.text
            )),
    )
}

/// A post the clause requires in `unit` (CLI.md v3: `missing-unit` covers a required role).
pub fn post(scope: Scope, rule: &Rule, unit: UnitIx, post: &str, held: bool) -> Option<Finding> {
    if held {
        return None;
    }
    let org = &scope.ctx.data.org;
    let shown = crate::engine::parties::unit_name(scope.ctx, unit);
    let titles: Vec<&str> = org
        .roles
        .iter()
        .filter(|r| r.unit.as_ref().and_then(|u| org.unit(&u.value)) == Some(unit))
        .filter_map(|r| r.title.as_ref().map(|t| t.value.as_str()))
        .collect();
    let help = crate::suggest::did_you_mean(post, &titles).unwrap_or_else(|| {
        format!("add a role titled {post} with `unit: {}` to `roles`, or add {post} to the `aliases` of the role that holds the post", org.units[unit].id.value)
    });
    Some(
        scope
            .finding(
                Check::MissingUnit,
                &scope.clause.id,
                format!("{shown} has no post `{post}`"),
                rule.loc,
            )
            .at(rule.loc)
            .label("no such post")
            .help(help),
    )
}
