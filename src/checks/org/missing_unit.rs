#![doc = include_str!("../../../docs/checks/missing-unit.md")]

use crate::data::org::UnitIx;
use crate::diagnostic::{Check, Finding};
use crate::engine::Scope;
use crate::i18n::{Message, Text};
use crate::policy::model::{Name, Rule};

/// The unit or body the clause requires does not exist.
pub fn check(scope: Scope, rule: &Rule, name: &Name, exists: bool) -> Option<Finding> {
    if exists {
        return None;
    }
    let kind = name.kind.keyword();
    let collection = if kind == "unit" { "units" } else { "bodies" };
    let spellings = scope.ctx.data.org.spellings(name.kind);
    let word = || {
        Message::new(if kind == "unit" {
            "name-unit"
        } else {
            "name-body"
        })
    };
    let help = match crate::suggest::did_you_mean(&name.text, &spellings) {
        Some(d) => Text::from(d),
        None => Message::new("missing-unit-help")
            .arg("collection", collection)
            .arg("name", name.text.as_str())
            .arg("kind", word())
            .into(),
    };
    Some(
        scope
            .finding(
                Check::MissingUnit,
                &scope.clause.id,
                Message::new("missing-unit")
                    .arg("kind", word())
                    .arg("name", name.text.as_str()),
                rule.loc,
            )
            .at(rule.loc)
            .label(Message::new("missing-unit-label").arg("kind", word()))
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
        .map_or(Message::new("missing-unit-top"), |p| {
            Message::new("missing-unit-parent").arg("parent", p.value.as_str())
        });
    Some(
        scope
            .finding(
                Check::MissingUnit,
                &scope.clause.id,
                Message::new("missing-unit-under")
                    .arg("unit", unit.text.as_str())
                    .arg("parent", parent.text.as_str())
                    .arg("id", org.units[elsewhere].id.value.as_str())
                    .arg("actual", actual),
                rule.loc,
            )
            .at(org.units[elsewhere]
                .parent
                .as_ref()
                .map_or(org.units[elsewhere].id.loc, |p| p.loc))
            .label(Message::new("missing-unit-parent-label"))
            .help(Message::new("missing-unit-under-help").arg("parent", parent.text.as_str())),
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
    let help = match crate::suggest::did_you_mean(post, &titles) {
        Some(d) => Text::from(d),
        None => Message::new("missing-unit-post-help")
            .arg("post", post)
            .arg("unit", org.units[unit].id.value.as_str())
            .into(),
    };
    Some(
        scope
            .finding(
                Check::MissingUnit,
                &scope.clause.id,
                Message::new("missing-unit-post")
                    .arg("unit", shown)
                    .arg("post", post),
                rule.loc,
            )
            .at(rule.loc)
            .label(Message::new("missing-unit-post-label"))
            .help(help),
    )
}
