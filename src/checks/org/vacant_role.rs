#![doc = include_str!("../../../docs/checks/vacant-role.md")]

use crate::data::org::{PersonIx, RoleIx};
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties;
use crate::i18n::{Arg, Message};
use crate::policy::model::Rule;

/// Fewer active holders than required (none, usually).
pub fn check(
    scope: Scope,
    rule: &Rule,
    roles: &[RoleIx],
    holders: &[PersonIx],
    min: u32,
) -> Option<Finding> {
    if holders.len() as u64 >= u64::from(min) {
        return None;
    }
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let role = *roles.first()?;
    let entry = &org.roles[role];
    let names: Vec<String> = roles.iter().map(|&r| parties::role_name(ctx, r)).collect();
    let message = if holders.is_empty() {
        Message::new("vacant-role-nobody")
    } else {
        Message::new("vacant-role-short")
            .arg("held", holders.len())
            .arg("min", min)
            .arg("empty", min as usize - holders.len())
    }
    .arg("roles", Arg::slashed(&names))
    .date("as_of", ctx.as_of);
    // Who held it last, if anyone did.
    let last = org
        .people
        .iter()
        .flat_map(|p| p.holdings.iter().map(move |h| (p, h)))
        // A holding names its role by id or by title (an export writes 产品生产部副经理).
        .filter(|(_, h)| org.role(&h.role.value).is_some_and(|r| roles.contains(&r)))
        .filter_map(|(p, h)| {
            // The person who held it, by name (the id beside it).
            let who = ctx
                .data
                .org
                .person(&p.id.value)
                .map_or_else(|| p.id.value.clone(), |ix| parties::person_name(ctx, ix));
            let left = |day| {
                Message::new("vacant-role-left")
                    .arg("person", who.as_str())
                    .date("day", day)
            };
            let ended = match (h.until.as_ref(), p.left_on.as_ref()) {
                (Some(u), Some(l)) if l.value <= u.value => left(l.value),
                (Some(u), _) => Message::new("vacant-role-until")
                    .arg("person", who.as_str())
                    .date("day", u.value),
                (None, Some(l)) => left(l.value),
                (None, None) => return None,
            };
            let day = h
                .until
                .as_ref()
                .map(|u| u.value)
                .into_iter()
                .chain(p.left_on.as_ref().map(|l| l.value))
                .min()?;
            (day <= ctx.as_of).then_some((day, ended, p, h))
        })
        .max_by_key(|(day, _, p, _)| (*day, p.id.value.clone()));
    let (last, holding) = match last {
        Some((_, ended, _, holding)) => (
            Arg::from(Message::new("vacant-role-last").arg("ended", ended)),
            Some(holding.loc),
        ),
        None => (Arg::from(""), None),
    };
    let mut f = scope
        .finding(
            crate::diagnostic::Check::VacantRole,
            &entry.id.value,
            message.arg("last", last),
            rule.loc,
        )
        .at(entry.id.loc);
    if let Some(loc) = holding {
        f = f.related(Message::new("vacant-role-last-holding"), loc);
    }
    Some(
        f.label(Message::new("vacant-role-label"))
            .help(Message::new("vacant-role-help")),
    )
}
