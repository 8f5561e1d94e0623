//! Waiver checks: the waivers file judged against the organisation and the run's findings. A
//! valid waiver marks the findings it covers as waived; each way a waiver can be wrong is its own
//! check, in its own file.
//!
//! Order of judgement, per waiver (in id order, so that the first valid waiver covering a
//! finding is the one named): expired, or not yet approved on the day judged → it covers nothing; otherwise each finding it covers is
//! waived when its approver had the clause's authority on the approval day, and left standing
//! (`waiver-unauthorized`) when not; a waiver that covered nothing is unused. Input errors are
//! never waived, nor are the waiver checks' own findings.

pub mod waiver_expired;
pub mod waiver_not_yet;
pub mod waiver_too_long;
pub mod waiver_unauthorized;
pub mod waiver_unused;

use crate::data::waivers::Waiver;
use crate::diagnostic::{Family, Finding, Suppressed};
use crate::engine::Context;
use std::collections::HashMap;

/// Judges the waivers, marks the findings valid ones cover, and returns the waiver findings.
pub fn apply(
    ctx: &Context,
    waivers: &[Waiver],
    max_days: u32,
    findings: &mut [Finding],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut order: Vec<&Waiver> = waivers.iter().collect();
    order.sort_by(|a, b| a.id.cmp(&b.id));
    for waiver in order {
        out.extend(waiver_too_long::check(waiver, max_days));
        if let Some(f) =
            waiver_expired::check(ctx, waiver).or_else(|| waiver_not_yet::check(ctx, waiver))
        {
            out.push(f);
            continue;
        }
        let mut used = false;
        // One verdict per clause the waiver reaches.
        let mut verdicts: HashMap<Option<&str>, bool> = HashMap::new();
        for f in findings.iter_mut() {
            if f.check.is_input() || f.check.family() == Family::Waivers {
                continue;
            }
            if !waiver.covers(f.check.code(), f.clause.as_deref(), &f.subject) {
                continue;
            }
            used = true;
            let clause = f.clause.as_deref();
            let authorized = *verdicts.entry(clause).or_insert_with(|| {
                match waiver_unauthorized::check(ctx, waiver, clause) {
                    Some(finding) => {
                        out.push(finding);
                        false
                    }
                    None => true,
                }
            });
            if authorized && !matches!(f.suppressed, Some(Suppressed::Waived(_))) {
                f.suppressed = Some(Suppressed::Waived(waiver.id.clone()));
            }
        }
        if !used {
            out.push(waiver_unused::check(waiver));
        }
    }
    out
}
