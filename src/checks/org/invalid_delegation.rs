#![doc = include_str!("../../../docs/checks/invalid-delegation.md")]

use crate::data::org::{Capacity, DelegationIx};
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::policy::model::{Name, Party, Rule};

fn describe(scope: Scope, d: DelegationIx) -> String {
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

/// The delegation goes to someone who did not hold the deputy role when it started
/// (`deputy_held`; unknown when the data names no deputy role or no delegate).
pub fn deputy(
    scope: Scope,
    rule: &Rule,
    d: DelegationIx,
    name: &Name,
    deputy_held: Option<bool>,
) -> Option<Finding> {
    if deputy_held != Some(false) {
        return None;
    }
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let delegation = &org.delegations[d];
    let to = delegation.to.as_ref()?;
    let person = org.person(&to.value)?;
    let day = delegation.since.as_ref()?.value;
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

/// Who authorized a delegation, against whom the clause requires.
pub struct Authorization<'a> {
    /// The party the clause requires.
    pub party: &'a Party,
    /// Who that party is on `day`.
    pub who: &'a Who,
    /// The day of the authorization (else the delegation's first day).
    pub day: jiff::civil::Date,
    /// The capacity in which `authorized_by` could act as the party that day, if any.
    pub capacity: Option<Capacity>,
}

/// The delegation is not authorized by whom the clause requires: nobody is named, or whoever is
/// named could not act as the party that day.
pub fn authorizer(
    scope: Scope,
    rule: &Rule,
    d: DelegationIx,
    authorization: &Authorization,
) -> Option<Finding> {
    let Authorization {
        party,
        who,
        day,
        capacity,
    } = authorization;
    if matches!(who, Who::Unbound | Who::Unknown(_)) || capacity.is_some() {
        return None;
    }
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let delegation = &org.delegations[d];
    let wanted = parties::describe(ctx, party, who);
    let (message, at) = match &delegation.authorized_by {
        None => (
            format!(
                "{} is not authorized: it names no `authorized_by`, and {wanted} must authorize it",
                describe(scope, d)
            ),
            delegation.id.loc,
        ),
        Some(by) => {
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
pub fn lapsed(scope: Scope, facts: &Facts, d: DelegationIx, g: usize) -> Option<Finding> {
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
