//! A duty left undone, with when it fell (or falls) due as the engine worked it out. The
//! `overdue`, `missing-record` and `cadence` findings carry one, so that `zhidu agenda` lists
//! exactly what `check` judges: one place knows what "by 12-20 of previous year" means.

use jiff::civil::Date;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duty {
    /// The day it is due, after any move off a rest day.
    pub due: Date,
    /// The day the regulation names, before any move.
    pub nominal: Date,
    /// An exact deadline (`within 24 hours`): RFC 3339 in the data set's time zone.
    pub at: Option<String>,
    /// The step not done (`submitted`, `signed`), when the record exists.
    pub step: Option<String>,
    /// The record, by its place among the data set's records, when it exists.
    pub record: Option<usize>,
    /// The period of a slot no record fills yet (`2027`, `2026-12`).
    pub period: Option<String>,
    /// The unit owing a duty per department, by id.
    pub owing: Option<String>,
    /// The regulation names the day (`by 12-20`, `every monday`); a duty "within the week" is
    /// due at the week's end, a day nobody need work on.
    pub named: bool,
}
