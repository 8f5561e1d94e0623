//! The checks: one file per check code, each opening with the documentation that
//! `zhidu explain CODE` prints (`docs/checks/<code>.md`).
//!
//! Input checks report files that could not be fully read; record checks compare records with
//! the clauses that bind them; org checks look at people, roles, units and delegations.

pub mod input;
pub mod org;
pub mod records;
pub mod waivers;
