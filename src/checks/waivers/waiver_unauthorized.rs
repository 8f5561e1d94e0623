#![doc = include_str!("../../../docs/checks/waiver-unauthorized.md")]

use crate::data::waivers::Waiver;
use crate::diagnostic::{Check, Finding};
use crate::engine::Context;
use crate::engine::parties;

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
            Some(id) => format!(
                "clause `{id}` names no waiver authority (`waivable by`): it cannot be waived"
            ),
            None => "findings outside any clause cannot be waived".to_string(),
        },
        Some(party) => {
            let who = parties::resolve(ctx, None, party, day);
            let person = ctx.data.org.person(approver);
            match person {
                Some(p) if parties::can_fill(ctx, &who, p, day, WAIVER_KIND, None).is_some() => {
                    return None;
                }
                Some(p) => format!(
                    "{} could not act for {} on {day}, when the waiver was approved",
                    parties::person_name(ctx, p),
                    parties::describe(ctx, party, &who)
                ),
                None => format!("the approver `{approver}` is no person of the organisation"),
            }
        }
    };
    let mut f = Finding::new(
        Check::WaiverUnauthorized,
        waiver.id.clone(),
        format!("waiver `{}` has no effect: {why}", waiver.id),
    )
    .at(*approver_at)
    .label("not the waiver authority")
    .help("have the waiver approved by the clause's waiver authority (`zhidu explain <clause>` names it), or by a deputy whose delegation covers `waiver`");
    f.clause = clause.map(Into::into);
    if let Some(c) = model {
        f.source = Some(c.citation.clone());
        f.policy_location = Some(c.loc);
    }
    Some(f)
}
