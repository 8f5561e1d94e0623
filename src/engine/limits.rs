//! Authority tables: the highest authority among a record's approving signers, for the
//! `over-limit` check to compare with the record's amount.

use super::Scope;
use super::parties;
use super::records::Facts;
use crate::checks::input::data_error;
use crate::checks::records::over_limit;
use crate::data::model::{Decision, FieldValue};
use crate::diagnostic::Finding;
use crate::policy::model::Band;
use crate::vocab::Money;

/// What the signers of a record may approve: the highest row of the table any of them can act
/// for, and who that is.
pub struct Authority {
    /// The row's upper bound; `None` is unlimited.
    pub up_to: Option<Money>,
    /// The signer and the capacity, in words.
    pub who: String,
}

pub fn evaluate(scope: Scope, facts: &Facts, bands: &[Band]) -> Vec<Finding> {
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
        .find_map(|m| m.currency.as_deref());
    if let Some(f) = data_error::currency_mismatch(scope, facts, amount, &currency, table_currency)
    {
        return vec![f];
    }
    let signatures: Vec<usize> = (0..record.signatures.len())
        .filter(|&g| record.signatures[g].decision == Decision::Approve)
        .collect();
    if signatures.is_empty() || facts.pending {
        return Vec::new();
    }
    let mut best: Option<Authority> = None;
    for &g in &signatures {
        let s = &record.signatures[g];
        let Some(person) = org.person(&s.by.value) else {
            continue;
        };
        for band in bands {
            let who = parties::resolve(ctx, Some(record), &band.party, s.at.value.date);
            if parties::can_fill(ctx, &who, person, s.at.value.date, record.kind(), None).is_none()
            {
                continue;
            }
            let better = match (&best, &band.up_to) {
                (None, _) => true,
                (Some(Authority { up_to: None, .. }), _) => false,
                (Some(_), None) => true,
                (Some(Authority { up_to: Some(b), .. }), Some(u)) => u.units > b.units,
            };
            if better {
                best = Some(Authority {
                    up_to: band.up_to.clone(),
                    who: format!(
                        "{} as {}",
                        parties::person_name(ctx, person),
                        parties::describe(ctx, &band.party, &who)
                    ),
                });
            }
        }
    }
    over_limit::check(scope, facts, value, amount.loc, &currency, best.as_ref())
        .into_iter()
        .collect()
}
