#![doc = include_str!("../../../docs/checks/vacant-role.md")]

use crate::data::org::{PersonIx, RoleIx};
use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::engine::parties;
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
    let mut message = if holders.is_empty() {
        format!(
            "{} is held by nobody active on {}",
            names.join(" / "),
            ctx.as_of
        )
    } else {
        format!(
            "{} is held by {} on {}, at least {min} required: {} empty",
            names.join(" / "),
            match holders.len() {
                1 => "1 active person".to_string(),
                n => format!("{n} active people"),
            },
            ctx.as_of,
            match min as usize - holders.len() {
                1 => "1 seat".to_string(),
                n => format!("{n} seats"),
            }
        )
    };
    // Who held it last, if anyone did.
    let last = org
        .people
        .iter()
        .flat_map(|p| p.holdings.iter().map(move |h| (p, h)))
        // A holding names its role by id or by title (an export writes 产品生产部副经理).
        .filter(|(_, h)| org.role(&h.role.value).is_some_and(|r| roles.contains(&r)))
        .filter_map(|(p, h)| {
            let ended = match (h.until.as_ref(), p.left_on.as_ref()) {
                (Some(u), Some(l)) if l.value <= u.value => {
                    format!("by {}, who left on {}", p.id.value, l.value)
                }
                (Some(u), _) => format!("by {} until {}", p.id.value, u.value),
                (None, Some(l)) => format!("by {}, who left on {}", p.id.value, l.value),
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
    let mut f = scope
        .finding(
            crate::diagnostic::Check::VacantRole,
            &entry.id.value,
            String::new(),
            rule.loc,
        )
        .at(entry.id.loc);
    if let Some((_, ended, _, holding)) = last {
        message.push_str(&format!("; last held {ended}"));
        f = f.related("last holding", holding.loc);
    }
    f.message = message.into();
    Some(f.label("vacant").help("appoint someone (add the role to a person, with `since`), or record a delegation for who acts meanwhile"))
}
