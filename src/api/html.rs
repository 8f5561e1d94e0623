//! `check --format html`: `check`'s own outcome, with the sections only the HTML report shows —
//! compliance per regulation, the organisation on the as-of day and the agenda of the next 30
//! days. The data is prepared once and judged over `check`'s range and the days ahead, as
//! `agenda` does, so the page's findings are exactly `check`'s and its agenda exactly `agenda`'s.

use super::agenda::{agenda_of, judge_both};
use super::check::{CheckOptions, conclude, previous};
use super::prepare::prepare;
use super::{Error, Outcome};
use crate::html::Sections;
use crate::time::span;

/// How far ahead the report's agenda looks.
const AGENDA_DAYS: i64 = 30;

/// Checks as [`check`](super::check::check) does, and builds the report's other sections.
pub fn report(options: &CheckOptions) -> Result<Outcome, Error> {
    let previous = previous(options)?;
    let (prep, sources) = prepare(options)?;
    options
        .progress
        .checking(prep.files, prep.data.records.len(), prep.set.clauses.len());
    let until = prep.as_of.saturating_add(span::days(AGENDA_DAYS));
    let raw = judge_both(&prep, &sources, until)?;
    let mut outcome = conclude(&prep, sources, options, raw.today, previous.as_deref())?;
    let agenda = agenda_of(
        &prep,
        &mut outcome.sources,
        options,
        &outcome.findings,
        raw.ahead,
        until,
        None,
    )?;
    let ctx = prep.context(prep.since, prep.as_of);
    let sections = Sections::build(&ctx, &outcome.findings, &outcome.summary.not_judged, agenda);
    outcome.sections = Some(Box::new(sections));
    std::thread::spawn(move || drop(prep));
    options.progress.done();
    Ok(outcome)
}
