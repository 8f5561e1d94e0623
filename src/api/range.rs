//! The judged range, bounded by the memory budget. Every cadence and existence clause owes one
//! record per slot of the range (a week, a month, a Monday), and a slot unmet is a finding: a
//! range of two thousand years (`--since 0001-01-01`) would be millions of them. Before anything
//! is judged, the slots are counted (cheaply, from the range's length) and a range whose findings
//! could not fit in the budget is refused, naming `--since`.

use super::Error;
use crate::diagnostic::{Check, Finding};
use crate::i18n::Message;
use crate::policy::ast::Cadence;
use crate::policy::model::{PolicySet, RuleKind};
use crate::read::budget::{self, Budget};
use crate::vocab::PeriodUnit;
use jiff::civil::Date;

/// What one unmet slot may cost: the finding it makes.
pub const SLOT_COST: u64 = crate::engine::FINDING_COST;

/// The slots the clauses owe over `since..=as_of`, `units` departments each for the duties owed
/// per department: an upper bound, counted without enumerating them.
pub fn slots(set: &PolicySet, since: Date, as_of: Date, units: usize) -> u64 {
    let days = (as_of - since).get_days().max(0) as u64 + 1;
    let per_unit = |unit: PeriodUnit| -> u64 {
        let length = match unit {
            PeriodUnit::Year => 365,
            PeriodUnit::Half => 181,
            PeriodUnit::Quarter => 90,
            PeriodUnit::Month => 28,
            PeriodUnit::Week => 7,
            PeriodUnit::Day => 1,
        };
        days / length + 2
    };
    let units = units.max(1) as u64;
    set.clauses
        .iter()
        .flat_map(|c| &c.rules)
        .map(|rule| {
            let (count, per) = match &rule.kind {
                RuleKind::Every { cadence, per, .. } => (
                    match cadence {
                        Cadence::Unit(unit) => per_unit(*unit),
                        Cadence::Weekday(_) => per_unit(PeriodUnit::Week),
                        _ => per_unit(PeriodUnit::Month),
                    },
                    per.is_some(),
                ),
                RuleKind::Exists { every, per, .. } => (per_unit(*every), per.is_some()),
                RuleKind::AtLeast { per, .. } => (per_unit(*per), false),
                _ => (0, false),
            };
            if per {
                count.saturating_mul(units)
            } else {
                count
            }
        })
        .fold(0u64, u64::saturating_add)
}

/// Refuses a judged range whose slots could take the run over its budget.
pub fn check(slots: u64, since: Date, as_of: Date, budget: &Budget) -> Result<(), Error> {
    let cost = slots.saturating_mul(SLOT_COST);
    if cost <= budget.limit {
        return Ok(());
    }
    Err(Error {
        message: Message::new("range-over-budget")
            .date("since", since)
            .date("as_of", as_of)
            .arg("slots", slots.to_string())
            .arg("cost", budget::show(cost))
            .arg("budget", budget::show(budget.limit))
            .into(),
        help: Some(
            Message::new("range-over-budget-help")
                .arg("raise", budget.how_to_raise())
                .into(),
        ),
    })
}

/// The finding of a run that the memory budget stopped after judging `judged` of `clauses`
/// clauses: an input error (exit 2), since the run is not whole.
pub fn stopped(judged: usize, clauses: usize, findings: usize, budget: &Budget) -> Finding {
    Finding::new(
        Check::DataError,
        "memory_budget",
        Message::new("range-stopped")
            .arg("judged", judged)
            .arg("clauses", clauses)
            .arg("findings", findings)
            .arg("budget", budget::show(budget.limit)),
    )
    .help(Message::new("range-over-budget-help").arg("raise", budget.how_to_raise()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::budget::BudgetSource;

    fn date(s: &str) -> Date {
        crate::time::parse_date(s).unwrap_or(Date::MIN)
    }

    #[test]
    fn two_thousand_years_of_weeks_are_refused_a_year_is_not() {
        // 105,000 weekly slots of one clause, at 2 KiB each: about 205 MiB.
        let budget = Budget {
            limit: 100 << 20,
            source: BudgetSource::Flag,
        };
        let long = 2_000 * 365 / 7;
        assert!(check(long, date("0001-01-01"), date("2026-11-20"), &budget).is_err());
        assert!(check(54, date("2025-11-20"), date("2026-11-20"), &budget).is_ok());
    }
}
