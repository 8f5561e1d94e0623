//! Org checks: people, roles, units, bodies and delegations, judged on `--as-of`.

pub mod body_composition;
pub mod invalid_delegation;
pub mod missing_unit;
pub mod no_manager;
pub mod over_headcount;
pub mod reporting_cycle;
pub mod sod_conflict;
pub mod term_expired;
pub mod unbound_reference;
pub mod unit_without_head;
pub mod vacant_role;
pub mod wrong_reporting_line;
