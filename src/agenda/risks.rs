//! What could stop a duty being done on time, looking ahead to its due date (CLI.md v3): the
//! post that must act or a later signer's post vacant then, a delegation or a holding that ends
//! before it, a due date that is not a working day.

use super::owners::{self, Acting};
use super::steps::{Act, Step};
use crate::diagnostic::Duty;
use crate::engine::Context;
use crate::engine::parties;
use crate::i18n::{Arg, Message};
use jiff::civil::Date;

/// One risk: its code (`owner-vacant` …) and what it means for this item.
#[derive(Clone, Debug)]
pub struct Risk {
    pub code: &'static str,
    pub message: Message,
}

/// The risks of a duty whose next steps are `next` and who may act now are `acting`, looking
/// ahead to `ahead` (its due date, or today when that has passed).
pub fn of(ctx: &Context, next: &[Step], acting: &[Acting], duty: &Duty, ahead: Date) -> Vec<Risk> {
    let due = ahead;
    // The day looked at: the due date, or the day asked for when the due date has passed.
    let when = Message::new(if duty.due < ahead {
        "agenda-when-now"
    } else {
        "agenda-when-due"
    })
    .date("date", ahead);
    let mut out = Vec::new();
    if let Some(first) = next.first() {
        out.extend(vacant(ctx, first, due, &when, "owner-vacant"));
    }
    for step in next.iter().skip(1) {
        if matches!(step.act, Act::Sign | Act::Review) {
            out.extend(vacant(ctx, step, due, &when, "signer-vacant"));
        }
    }
    out.extend(acting.iter().filter_map(|a| ends(ctx, a, due, &when)));
    if duty.named {
        out.extend(holiday(ctx, duty.nominal, duty.due));
    }
    // A post that both reviews (as a body's chair) and signs is one risk, not two.
    let mut unique: Vec<Risk> = Vec::with_capacity(out.len());
    for risk in out {
        if !unique
            .iter()
            .any(|u| u.code == risk.code && u.message == risk.message)
        {
            unique.push(risk);
        }
    }
    unique
}

/// The roles a step names, when nobody holds any of them on `due`.
fn vacant(
    ctx: &Context,
    step: &Step,
    due: Date,
    when: &Message,
    code: &'static str,
) -> Option<Risk> {
    let org = &ctx.data.org;
    let roles = owners::roles(org, &step.who);
    if roles.is_empty() || roles.iter().any(|&r| !org.holders(r, due).is_empty()) {
        return None;
    }
    let names: Vec<String> = roles.iter().map(|&r| parties::role_name(ctx, r)).collect();
    Some(Risk {
        code,
        message: Message::new(if code == "owner-vacant" {
            "agenda-risk-owner-vacant"
        } else {
            "agenda-risk-signer-vacant"
        })
        .arg("roles", Arg::list(&names))
        .arg("when", when.clone()),
    })
}

/// Someone who may act now but not on `due`: their delegation ends, their holding ends, or
/// they leave.
fn ends(ctx: &Context, acting: &Acting, due: Date, when: &Message) -> Option<Risk> {
    let org = &ctx.data.org;
    let person = parties::person_name(ctx, acting.person);
    let role = acting
        .role
        .map_or_else(String::new, |r| parties::role_name(ctx, r));
    if let Some(d) = acting.delegation {
        let delegation = &org.delegations[d];
        let until = delegation.until.as_ref()?.value;
        return (until < due).then(|| Risk {
            code: "delegation-ends",
            message: Message::new("agenda-risk-delegation-ends")
                .arg("person", person)
                .arg("role", role)
                .arg("delegation", delegation.id.value.as_str())
                .date("until", until)
                .arg("when", when.clone()),
        });
    }
    let stays = match acting.role {
        Some(r) => org.holds(acting.person, r, due),
        None => org.active(acting.person, due),
    };
    (!stays).then(|| Risk {
        code: "owner-leaves",
        message: Message::new(if acting.role.is_some() {
            "agenda-risk-owner-leaves"
        } else {
            "agenda-risk-person-leaves"
        })
        .arg("person", person)
        .arg("role", role)
        .arg("when", when.clone()),
    })
}

/// The day the regulation names is not a working day: moved to `due`, or (a strict clause) not.
fn holiday(ctx: &Context, nominal: Date, due: Date) -> Option<Risk> {
    let calendar = ctx.calendar;
    if calendar.is_working_day(nominal) {
        return None;
    }
    let why: Arg = match calendar.rest(nominal) {
        Some(rest) => rest.message().into(),
        None => "".into(),
    };
    let id = if due == nominal {
        "agenda-risk-holiday-kept"
    } else {
        "agenda-risk-holiday"
    };
    Some(Risk {
        code: "holiday",
        message: Message::new(id)
            .date("nominal", nominal)
            .date("due", due)
            .arg("why", why),
    })
}
