declare_check! {
    /// ## What it checks
    /// A role that a clause needs filled (`role 运营总监 filled`) is held by nobody active on
    /// `--as-of`: no holding covers that day, or every holder has left. The subject is the role.
    ///
    /// ## Why it matters
    /// Every duty the regulation gives that role (approving, chairing, signing off) has no one to
    /// perform it, and every signature it should give will be missing.
    ///
    /// ## Example
    /// ```yaml
    /// people:
    ///   - {id: p002, name: 李娜, roles: [{role: ops-director, until: 2026-06-30}]}
    /// ```
    ///
    /// ## How to fix
    /// Appoint someone (add the role to a person, with `since`), or record who acts for the role
    /// through a delegation while it is vacant.
    pub struct VacantRole { code: "vacant-role", severity: Error }
}

use crate::engine::Scope;
use crate::engine::parties;
use crate::finding::Finding;
use crate::policy::model::Rule;

/// Fewer active holders than required (none, usually).
pub fn check(
    scope: Scope,
    rule: &Rule,
    roles: &[usize],
    holders: &[usize],
    min: u32,
) -> Option<Finding> {
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
            "{} is held by {} active people on {}, at least {min} required",
            names.join(" / "),
            holders.len(),
            ctx.as_of
        )
    };
    // Who held it last, if anyone did.
    let last = org
        .people
        .iter()
        .flat_map(|p| p.holdings.iter().map(move |h| (p, h)))
        .filter(|(_, h)| roles.iter().any(|&r| org.roles[r].id.value == h.role.value))
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
            crate::checks::Check::VacantRole,
            &entry.id.value,
            String::new(),
            rule.loc,
        )
        .at(entry.id.loc);
    if let Some((_, ended, _, holding)) = last {
        message.push_str(&format!("; last held {ended}"));
        f = f.related("last holding", holding.loc);
    }
    f.message = message;
    Some(f.label("vacant").help("appoint someone (add the role to a person, with `since`), or record a delegation for who acts meanwhile"))
}
