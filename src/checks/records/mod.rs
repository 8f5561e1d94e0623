//! Record checks: plans, requests, meetings, reports and tickets against the clauses that bind
//! them.

pub mod approval_order;
pub mod cadence;
pub mod insufficient_count;
pub mod late;
pub mod missing_approver;
pub mod missing_record;
pub mod missing_review;
pub mod out_of_sequence;
pub mod out_of_window;
pub mod over_limit;
pub mod overdue;
pub mod self_approval;
pub mod unauthorized_approver;
pub mod wrong_party;
