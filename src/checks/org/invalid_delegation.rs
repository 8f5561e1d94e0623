#![doc = include_str!("../../../docs/checks/invalid-delegation.md")]

use crate::data::org::{Capacity, DelegationIx};
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties::{self, Who};
use crate::engine::records::Facts;
use crate::i18n::{Arg, Message};
use crate::policy::model::{Name, Party, Rule};

/// `d-ops-summer (林超 (p-ops-deputy) acting as 运营总监 (ops-director))`.
fn describe(scope: Scope, d: DelegationIx) -> Message {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let delegation = &org.delegations[d];
    let to = delegation
        .to
        .as_ref()
        .and_then(|t| org.person(&t.value))
        .map_or_else(
            || Arg::from(Message::new("delegation-someone")),
            |p| Arg::from(parties::person_name(ctx, p)),
        );
    let role = delegation
        .role
        .as_ref()
        .and_then(|r| org.role(&r.value))
        .map_or_else(
            || Arg::from(Message::new("delegation-a-role")),
            |r| Arg::from(parties::role_name(ctx, r)),
        );
    Message::new("delegation")
        .arg("id", delegation.id.value.as_str())
        .arg("to", to)
        .arg("role", role)
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
                Message::new("delegation-not-deputy")
                    .arg("delegation", describe(scope, d))
                    .arg("person", parties::person_name(ctx, person))
                    .arg("role", name.to_string())
                    .date("day", day),
                rule.loc,
            )
            .at(to.loc)
            .label(Message::new("delegation-not-deputy-label").arg("role", name.to_string()))
            .help(Message::new("delegation-not-deputy-help").arg("role", name.to_string())),
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
    let wanted = parties::describe_message(ctx, party, who);
    let (message, at) = match &delegation.authorized_by {
        None => (
            Message::new("delegation-unauthorized")
                .arg("delegation", describe(scope, d))
                .arg("party", wanted),
            delegation.id.loc,
        ),
        Some(by) => {
            let shown = org
                .person(&by.value)
                .map_or(by.value.clone(), |p| parties::person_name(ctx, p));
            (
                Message::new("delegation-wrong-authorizer")
                    .arg("delegation", describe(scope, d))
                    .arg("by", shown)
                    .arg("party", wanted)
                    .date("day", day),
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
            .label(Message::new("delegation-unauthorized-label"))
            .help(Message::new("delegation-unauthorized-help").arg("party", party.message())),
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
            Message::new("delegation-starts").date("day", s.map_or(day, |s| s.0)),
            s.map_or(delegation.loc, |s| s.1),
        )
    } else if let Some(until) = delegation.until.as_ref().filter(|u| day > u.value) {
        (
            Message::new("delegation-expired").date("day", until.value),
            until.loc,
        )
    } else if !delegation.covers_kind(facts.record.kind()) {
        (
            Message::new("delegation-out-of-scope").arg("kind", facts.record.kind()),
            delegation.scope.as_ref().map_or(delegation.loc, |s| s.loc),
        )
    } else {
        return None;
    };
    let mut f = scope.finding(
        crate::diagnostic::Check::InvalidDelegation,
        &delegation.id.value,
        Message::new("delegation-lapsed")
            .arg("delegation", describe(scope, d))
            .arg("why", why.clone())
            .arg("record", facts.record.id.value.as_str())
            .date("at", ctx.show(&signature.at.value)),
        facts.rule,
    );
    f = f.at(at).label(why).related(
        Message::new("delegation-signature-on").arg("record", facts.record.id.value.as_str()),
        signature.at.loc,
    );
    Some(f.help(Message::new("delegation-lapsed-help")))
}
