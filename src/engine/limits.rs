//! Authority tables: whoever approves a record must have authority for its amount.

use super::Scope;
use super::parties;
use super::records::Facts;
use crate::checks::records::over_limit;
use crate::data::model::{Decision, FieldValue};
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::diagnostic::Severity;
use crate::policy::model::Band;
use crate::vocab::Money;

/// The approving signers' highest authority against the record's amount.
pub fn check(scope: Scope, facts: &Facts, bands: &[Band]) -> Vec<Finding> {
    let ctx = scope.ctx;
    let org = &ctx.data.org;
    let record = facts.record;
    let Some(amount) = record.get("amount") else {
        return Vec::new();
    };
    let FieldValue::Money(value) = &amount.value else {
        return Vec::new();
    };
    let currency = record.text("currency").unwrap_or(&ctx.currency).to_string();
    let table_currency = bands
        .iter()
        .flat_map(|b| [b.over.as_ref(), b.up_to.as_ref()])
        .flatten()
        .find_map(|m| m.currency.clone());
    if let Some(tc) = table_currency.filter(|tc| *tc != currency) {
        let mut f = scope.on_record(
            Check::DataError,
            facts,
            format!("amount in {currency} cannot be compared with the authority table in {tc}"),
        );
        f.location = Some(amount.loc);
        f.severity = Severity::Warning;
        return vec![f.help("record the amount in the table's currency")];
    }
    let signatures: Vec<usize> = (0..record.signatures.len())
        .filter(|&g| record.signatures[g].decision == Decision::Approve)
        .collect();
    if signatures.is_empty()
        || crate::engine::records::PENDING.contains(&record.status().unwrap_or(""))
    {
        return Vec::new();
    }
    // The highest authority among signers: `None` is unlimited.
    let mut best: Option<Option<&Money>> = None;
    let mut best_who = String::new();
    for &g in &signatures {
        let s = &record.signatures[g];
        let Some(person) = org.person(&s.by.value) else {
            continue;
        };
        for band in bands {
            let who = parties::resolve(ctx, record, &band.party, s.at.value.date);
            if parties::can_fill(ctx, &who, person, s.at.value.date, record.kind(), None).is_none()
            {
                continue;
            }
            let better = match (&best, &band.up_to) {
                (None, _) => true,
                (Some(None), _) => false,
                (Some(Some(_)), None) => true,
                (Some(Some(b)), Some(u)) => u.units > b.units,
            };
            if better {
                best = Some(band.up_to.as_ref());
                best_who = format!(
                    "{} as {}",
                    parties::person_name(ctx, person),
                    parties::describe(ctx, &band.party, &who)
                );
            }
        }
    }
    let covered = match best {
        Some(None) => true,
        Some(Some(limit)) => value.units <= limit.units,
        None => false,
    };
    if covered {
        return Vec::new();
    }
    let limit = best.flatten().map(|m| m.to_string());
    over_limit::check(
        scope,
        facts,
        value,
        amount.loc,
        &currency,
        limit.as_deref(),
        &best_who,
    )
    .into_iter()
    .collect()
}
