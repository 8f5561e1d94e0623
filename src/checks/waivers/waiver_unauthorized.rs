#![doc = include_str!("../../../docs/checks/waiver-unauthorized.md")]

use crate::data::waivers::Waiver;
use crate::diagnostic::{Check, Finding};
use crate::engine::Context;
use crate::engine::parties;
use crate::i18n::Message;

/// The record kind a delegation's scope names to cover waivers.
const WAIVER_KIND: &str = "waiver";

/// `None` when the waiver's approver could act for `clause`'s waiver authority on the approval
/// day; otherwise the finding that says why not.
pub fn check(ctx: &Context, waiver: &Waiver, clause: Option<&str>) -> Option<Finding> {
    let (approver, approver_at) = &waiver.approved_by;
    let (day, _) = waiver.approved;
    let model = clause.and_then(|id| ctx.policies.clauses.iter().find(|c| &*c.id == id));
    let why = match model.and_then(|c| c.waivable_by.as_ref()) {
        None => match clause {
            Some(id) => Message::new("waiver-no-authority").arg("clause", id),
            None => Message::new("waiver-outside-clauses"),
        },
        Some(party) => {
            let who = parties::resolve(ctx, None, party, day);
            let person = ctx.data.org.person(approver);
            match person {
                Some(p) if parties::can_fill(ctx, &who, p, day, WAIVER_KIND, None).is_some() => {
                    return None;
                }
                Some(p) => Message::new("waiver-approver-cannot-act")
                    .arg("person", parties::person_name(ctx, p))
                    .arg("party", parties::describe_message(ctx, party, &who))
                    .date("day", day),
                None => Message::new("waiver-approver-unknown").arg("approver", approver.as_str()),
            }
        }
    };
    let mut f = Finding::new(
        Check::WaiverUnauthorized,
        waiver.id.clone(),
        Message::new("waiver-unauthorized")
            .arg("waiver", waiver.id.as_str())
            .arg("why", why),
    )
    .at(*approver_at)
    .label(Message::new("waiver-unauthorized-label"))
    .help(Message::new("waiver-unauthorized-help"));
    f.clause = clause.map(Into::into);
    if let Some(c) = model {
        f.source = Some(c.citation.clone());
        f.policy_location = Some(c.loc);
    }
    Some(f)
}
