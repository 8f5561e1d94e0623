//! `whatif`: the data read once, judged at one day as it is and with a change file's changes
//! applied to the organisation in memory; the difference by fingerprint ([`crate::whatif`]).

use super::agenda::{Raw, agenda_from, judge_both};
use super::check::{CheckOptions, status};
use super::prepare::{Prepared, prepare};
use super::{Error, Status};
use crate::config::FailOn;
use crate::diagnostic::Finding;
use crate::i18n::{Lang, Message};
use crate::read;
use crate::source::Sources;
use crate::time::span;
use crate::whatif::{self, Difference, apply, change, waiting};
use jiff::civil::Date;
use std::path::PathBuf;

/// What to simulate.
#[derive(Clone, Debug, Default)]
pub struct WhatifOptions {
    /// Everything `check` takes (`as_of` unset: the latest day of the changes, or today if
    /// later).
    pub check: CheckOptions,
    /// The change file.
    pub change: PathBuf,
}

/// The difference, ready to write.
#[derive(Debug)]
pub struct WhatifOutcome {
    pub difference: Difference,
    /// Each change as a person reads it, in order.
    pub changes: Vec<Message>,
    /// Input problems of the data, the policies or the change file (nothing is simulated when
    /// the change file has any).
    pub errors: Vec<Finding>,
    pub sources: Sources,
    pub as_of: Date,
    pub status: Status,
    pub lang: Option<Lang>,
    /// The changes were applied (not when the change file has errors).
    pub simulated: bool,
}

/// How far ahead the agenda's owners are compared.
const AHEAD_DAYS: i64 = 90;

pub fn whatif(options: &WhatifOptions) -> Result<WhatifOutcome, Error> {
    // The change file is never data, wherever it lies.
    let mut check = options.check.clone();
    check.not_data.push(options.change.clone());
    let options = &WhatifOptions {
        check,
        change: options.change.clone(),
    };
    let (mut prep, mut sources) = prepare(&options.check)?;
    let display = read::display(&options.change);
    let (changes, change_errors) =
        match read::read_text(&options.change, read::SETTINGS_MAX, &mut sources) {
            Ok((id, text)) => change::read(id, &display, &text, &prep.data.org, &prep.data.tz),
            Err(unread) => (
                Vec::new(),
                vec![Finding::new(
                    crate::diagnostic::Check::DataError,
                    display.clone(),
                    Message::new("whatif-unreadable")
                        .arg("path", display.as_str())
                        .arg("detail", unread.message),
                )],
            ),
        };
    // A change file that cannot be read as written is not simulated at all.
    let unusable = change_errors.iter().any(Finding::is_input_error);
    let mut errors = change_errors;
    errors.extend(prep.findings.iter().filter(|f| f.check.is_input()).cloned());
    // The day judged: the latest change's, unless asked (or today is later).
    if options.check.as_of.is_none()
        && let Some(latest) = changes.iter().filter_map(|c| c.on).max()
        && latest > prep.as_of
    {
        prep.as_of = latest;
        if options.check.since.is_none() && prep.config.since.is_none() {
            prep.since = latest.saturating_sub(span::years(1));
        }
    }
    let as_of = prep.as_of;
    let fail = |errors: Vec<Finding>, sources: Sources, prep_lang| WhatifOutcome {
        difference: Difference::default(),
        changes: Vec::new(),
        errors,
        sources,
        as_of,
        status: Status::Input,
        lang: prep_lang,
        simulated: false,
    };
    if unusable {
        return Ok(fail(errors, sources, prep.config.lang));
    }
    let until = as_of.saturating_add(span::days(AHEAD_DAYS));
    let before_raw = judge_both(&prep, &sources, until)?;
    let ctx = prep.context(prep.since, as_of);
    let under_way = prep.pool.install(|| waiting::under_way(&ctx));
    let waiting_before = waiting::next_steps(&ctx, &under_way);
    // After the changes, only the clauses that consult the organisation are judged again; the
    // others' findings cannot change.
    let applied = apply::apply(&prep.data.org, &changes, as_of);
    let original = std::mem::replace(&mut prep.data.org, applied.org);
    let (free, bound): (Vec<_>, Vec<_>) = prep
        .set
        .clauses
        .iter()
        .cloned()
        .partition(|c| crate::engine::org_free::org_free(c));
    let first = changes.iter().map(|c| c.on.unwrap_or(as_of)).min();
    let all = std::mem::take(&mut prep.set.clauses);
    let after_bound = judge_after(&mut prep, &sources, bound, first, until);
    prep.set.clauses = all;
    let after_raw = merge(&before_raw, after_bound?, &free);
    let (agenda_after, after, unjudged_after) =
        agenda_from(&prep, &mut sources, &options.check, after_raw, until, None)?;
    let waiting_after = waiting::next_steps(&prep.context(prep.since, as_of), &under_way);
    prep.data.org = original;
    let (agenda_before, before, unjudged_before) =
        agenda_from(&prep, &mut sources, &options.check, before_raw, until, None)?;
    let mut difference = whatif::compare(
        &before,
        &after,
        (&agenda_before, &agenda_after),
        &applied.causes,
    );
    // A request whose deadline makes it an agenda item is listed there already.
    let mut waiting = waiting::compare(&waiting_before, &waiting_after);
    waiting.retain(|w| {
        !difference
            .agenda
            .iter()
            .any(|m| m.item.clause == w.clause && m.item.subject == w.record)
    });
    difference.waiting = waiting;
    // A clause naming what the changes remove is no longer judged (when no pack is chosen): say
    // so rather than let its duties fall silent.
    difference.unjudged = unjudged_after
        .into_iter()
        .filter(|n| n.whole && !unjudged_before.iter().any(|b| b.clause == n.clause))
        .map(|n| (n.clause, n.reason))
        .collect();
    // A change cannot alter what happened before it: the data does not date which unit a post
    // belongs to, so a merge would otherwise re-judge every earlier record under the new units.
    if let Some(first) = changes.iter().map(|c| c.on.unwrap_or(as_of)).min() {
        // Only the records the difference names are dated: a whole company's would cost more
        // than the difference itself.
        let named: std::collections::HashSet<&str> = difference
            .appear
            .iter()
            .map(|a| a.finding.subject.as_str())
            .chain(difference.disappear.iter().map(|f| f.subject.as_str()))
            .collect();
        let days: std::collections::HashMap<String, Date> = prep
            .data
            .records
            .all
            .iter()
            .filter(|r| named.contains(r.id.value.as_str()))
            .filter_map(|r| crate::engine::records::record_day(r).map(|d| (r.id.value.clone(), d)))
            .collect();
        let earlier = |f: &Finding| days.get(f.subject.as_str()).is_some_and(|d| *d < first);
        difference.appear.retain(|a| !earlier(&a.finding));
        difference.disappear.retain(|f| !earlier(f));
    }
    let fail_on = options
        .check
        .fail_on
        .or(prep.config.fail_on)
        .unwrap_or(FailOn::Error);
    let appeared: Vec<Finding> = difference
        .appear
        .iter()
        .map(|a| a.finding.clone())
        .collect();
    let status = if errors.iter().any(Finding::is_input_error) {
        Status::Input
    } else {
        status(&appeared, fail_on)
    };
    let lang = prep.config.lang;
    std::thread::spawn(move || drop(prep));
    Ok(WhatifOutcome {
        difference,
        changes: applied.causes.into_iter().map(|c| c.says).collect(),
        errors,
        sources,
        as_of,
        status,
        lang,
        simulated: true,
    })
}

/// The changed state's judgement of `bound`, the clauses that consult the organisation. Those
/// whose findings each name one record are judged only from the first change on: a change
/// cannot alter what happened before it, and the difference leaves out findings on earlier
/// records anyway — so the year's records need not all be judged twice.
fn judge_after(
    prep: &mut Prepared,
    sources: &Sources,
    bound: Vec<std::sync::Arc<crate::policy::model::Clause>>,
    first: Option<Date>,
    until: Date,
) -> Result<Raw, Error> {
    let (recent, whole): (Vec<_>, Vec<_>) = bound
        .into_iter()
        .partition(|c| crate::engine::org_free::per_record(c));
    prep.set.clauses = whole;
    let mut raw = judge_both(prep, sources, until)?;
    prep.set.clauses = recent;
    let since = prep.since;
    if let Some(first) = first {
        prep.since = since.max(first.min(prep.as_of));
    }
    let recent = judge_both(prep, sources, until);
    prep.since = since;
    let recent = recent?;
    raw.today.findings.extend(recent.today.findings);
    raw.today.not_judged.extend(recent.today.not_judged);
    raw.ahead.extend(recent.ahead);
    Ok(raw)
}

/// The after state: the clauses the organisation cannot change as they were judged before, the
/// others as judged again.
fn merge(before: &Raw, after: Raw, free: &[std::sync::Arc<crate::policy::model::Clause>]) -> Raw {
    let ids: std::collections::HashSet<&str> = free.iter().map(|c| &*c.id).collect();
    let kept = |f: &&Finding| f.clause.as_deref().is_some_and(|c| ids.contains(c));
    let mut today = after.today;
    today
        .findings
        .extend(before.today.findings.iter().filter(kept).cloned());
    today.not_judged.extend(
        before
            .today
            .not_judged
            .iter()
            .filter(|n| ids.contains(n.clause.as_str()))
            .cloned(),
    );
    let mut ahead = after.ahead;
    ahead.extend(before.ahead.iter().filter(kept).cloned());
    Raw { today, ahead }
}
