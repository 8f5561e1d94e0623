#![doc = include_str!("../../../docs/checks/term-expired.md")]

use crate::data::org::{PersonIx, RoleIx};
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties;
use crate::i18n::Message;
use crate::policy::dates;
use crate::policy::model::{Duration, Rule};

/// A holding of one of `roles`, still in force on `--as-of`, older than `length`, and not
/// renewed: a later holding of the same role by the same person (a re-election recorded as a new
/// term) starts a new term, and only that one is judged.
pub fn check(
    scope: Scope,
    rule: &Rule,
    person: PersonIx,
    roles: &[RoleIx],
    length: Duration,
) -> Vec<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let p = &org.people[person];
    p.holdings
        .iter()
        .filter(|h| h.covers(ctx.as_of))
        .filter(|h| {
            let renewed = p.holdings.iter().any(|later| {
                later.role.value == h.role.value
                    && matches!((&later.since, &h.since), (Some(l), Some(e)) if l.value > e.value)
            });
            !renewed
        })
        .filter_map(|h| {
            let role = org.role(&h.role.value).filter(|r| roles.contains(r))?;
            let since = h.since.as_ref()?;
            let ended = dates::add_to_date(since.value, length, 1, ctx.calendar);
            (ctx.as_of > ended).then(|| {
                scope
                    .finding(
                        crate::diagnostic::Check::TermExpired,
                        &p.id.value,
                        Message::new("term-expired")
                            .arg("person", parties::person_name(ctx, person))
                            .arg("role", parties::role_name(ctx, role))
                            .date("since", since.value)
                            .arg("length", length.arg())
                            .date("ended", ended),
                        rule.loc,
                    )
                    .at(since.loc)
                    .label(Message::new("term-expired-label").date("ended", ended))
                    .help(Message::new("term-expired-help"))
            })
        })
        .collect()
}
