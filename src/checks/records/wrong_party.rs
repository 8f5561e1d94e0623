#![doc = include_str!("../../../docs/checks/wrong-party.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties::{self, Entry, Who};
use crate::engine::records::Facts;
use crate::i18n::{Arg, Message};
use crate::policy::model::{Field, Party};

/// None of the people, units or bodies in `field` (`entries`: one, or a list of recipients) is
/// `party` (`who` on `day`).
pub fn check(
    scope: Scope,
    facts: &Facts,
    field: &Field,
    party: &Party,
    who: &Who,
    entries: &[Entry],
) -> Option<Finding> {
    let entry = entries.first()?;
    if entries.iter().any(|e| e.stands) || matches!(who, Who::Unbound | Who::Unknown(_)) {
        return None;
    }
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let day = facts.day.unwrap_or(ctx.as_of);
    let wanted = parties::describe_message(ctx, party, who);
    let roles = parties::roles(who);
    let holders: Vec<String> = roles
        .iter()
        .flat_map(|&r| org.holders(r, day))
        .map(|p| parties::person_name(ctx, p))
        .collect();
    let shown: Vec<&str> = entries.iter().map(|e| e.shown.as_str()).collect();
    let id = match (roles.is_empty(), holders.is_empty()) {
        (true, _) => "wrong-party",
        (false, true) => "wrong-party-on",
        (false, false) => "wrong-party-held",
    };
    let message = Message::new(id)
        .field("field", field)
        .arg("shown", Arg::list(&shown))
        .arg("party", wanted)
        .date("day", day)
        .arg("holders", Arg::list(&holders));
    Some(
        scope
            .on_record(crate::diagnostic::Check::WrongParty, facts, message)
            .at(entry.loc)
            .label(Message::new("wrong-party-label").arg("party", party.message()))
            .help(Message::new("wrong-party-help").arg("party", party.message())),
    )
}
