#![doc = include_str!("../../../docs/checks/invalid-delegation.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::policy::model::{Name, Party, Rule};

fn describe(scope: Scope, d: usize) -> String {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let delegation = &org.delegations[d];
    let to = delegation
        .to
        .as_ref()
        .and_then(|t| org.person(&t.value))
        .map_or_else(|| "someone".into(), |p| parties::person_name(ctx, p));
    let role = delegation
        .role
        .as_ref()
        .and_then(|r| org.role(&r.value))
        .map_or_else(|| "a role".into(), |r| parties::role_name(ctx, r));
    format!("{} ({to} acting as {role})", delegation.id.value)
}

/// The delegation goes to someone who does not hold the deputy role when it starts.
pub fn deputy(
    scope: Scope,
    rule: &Rule,
    d: usize,
    deputies: &[usize],
    name: &Name,
) -> Option<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let delegation = &org.delegations[d];
    if deputies.is_empty() {
        return None;
    }
    let to = delegation.to.as_ref()?;
    let person = org.person(&to.value)?;
    let day = delegation.since.as_ref()?.value;
    if deputies.iter().any(|&r| org.holds(person, r, day)) {
        return None;
    }
    Some(
        scope
            .finding(
                crate::diagnostic::Check::InvalidDelegation,
                &delegation.id.value,
                format!(
                    "{}: {} does not hold {name} on {day}, and only a {name} may act for this role",
                    describe(scope, d),
                    parties::person_name(ctx, person)
                ),
                rule.loc,
            )
            .at(to.loc)
            .label(format!("not a {name}"))
            .help(format!(
                "delegate to a holder of {name}, or record their appointment first"
            )),
    )
}

/// The delegation is not authorized by whom the clause requires.
pub fn authorizer(scope: Scope, rule: &Rule, d: usize, party: &Party) -> Option<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let delegation = &org.delegations[d];
    let day = delegation
        .authorized_at
        .as_ref()
        .map(|a| a.value.date)
        .or(delegation.since.as_ref().map(|s| s.value))?;
    let record_less = crate::data::model::Record {
        id: delegation.id.clone(),
        collection: crate::vocab::Collection::Requests,
        kind: None,
        fields: Default::default(),
        signatures: Vec::new(),
        reviews: Vec::new(),
        signatures_loc: None,
        reviews_loc: None,
        loc: delegation.loc,
    };
    let who = parties::resolve(ctx, &record_less, party, day);
    if matches!(who, Who::Unbound | Who::Unknown(_)) {
        return None;
    }
    let wanted = parties::describe(ctx, party, &who);
    let (message, at) = match &delegation.authorized_by {
        None => (
            format!(
                "{} is not authorized: it names no `authorized_by`, and {wanted} must authorize it",
                describe(scope, d)
            ),
            delegation.id.loc,
        ),
        Some(by) => {
            let ok = org
                .person(&by.value)
                .is_some_and(|p| parties::can_fill(ctx, &who, p, day, "", None).is_some());
            if ok {
                return None;
            }
            let shown = org
                .person(&by.value)
                .map_or(by.value.clone(), |p| parties::person_name(ctx, p));
            (
                format!(
                    "{} is authorized by {shown}, who is not {wanted} on {day}",
                    describe(scope, d)
                ),
                by.loc,
            )
        }
    };
    Some(
        scope
            .finding(
                crate::diagnostic::Check::InvalidDelegation,
                &delegation.id.value,
                message,
                rule.loc,
            )
            .at(at)
            .label("not authorized as required")
            .help(format!(
                "record the authorization by {party} (`authorized_by`, `authorized_at`)"
            )),
    )
}

/// A signature given under a delegation that did not cover that day or that kind of record.
pub fn lapsed(scope: Scope, facts: &Facts, d: usize, g: usize) -> Option<Finding> {
    let ctx = scope.ctx;
    let delegation = &ctx.data.org.delegations[d];
    let signature = &facts.record.signatures[g];
    let day = signature.at.value.date;
    let (why, at) = if delegation.since.as_ref().is_some_and(|s| day < s.value) {
        let s = delegation.since.as_ref().map(|s| (s.value, s.loc));
        (
            format!("only starts on {}", s.map_or(day, |s| s.0)),
            s.map_or(delegation.loc, |s| s.1),
        )
    } else if let Some(until) = delegation.until.as_ref().filter(|u| day > u.value) {
        (format!("expired on {}", until.value), until.loc)
    } else if !delegation.covers_kind(facts.record.kind()) {
        (
            format!("does not cover `{}` records", facts.record.kind()),
            delegation.scope.as_ref().map_or(delegation.loc, |s| s.loc),
        )
    } else {
        return None;
    };
    let mut f = scope.finding(
        crate::diagnostic::Check::InvalidDelegation,
        &delegation.id.value,
        format!(
            "{} {why}, but {} was signed under it on {}",
            describe(scope, d),
            facts.record.id.value,
            ctx.show(&signature.at.value)
        ),
        facts.rule,
    );
    f = f.at(at).label(why.clone()).related(
        format!("signature on {}", facts.record.id.value),
        signature.at.loc,
    );
    Some(f.help(
        "extend or renew the delegation (with its authorizer), or have the role's holder sign",
    ))
}
