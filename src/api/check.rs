//! Checking data against policies: prepare (read the configuration, the policies and the data),
//! judge every clause over the range, then settle (severities, selection, order, waivers,
//! baseline).

use super::baseline;
pub use super::options::CheckOptions;
use super::policies::builtin_packs;
use super::prepare::{Prepared, prepare};
use super::{Error, Outcome, Status};
use crate::config::{Config, FailOn, glob_matches};
pub use crate::data::workspace::Workspace;
use crate::diagnostic::{Check, Finding};
use crate::engine::{self, Context};
use crate::i18n::{Arg, Message};
use crate::policy::model::PolicySet;
use crate::read;
use crate::report::compare::{self, Earlier};
use crate::report::{self, NotJudged, Summary, UnboundKind};
use crate::source::{Loc, Sources};
use jiff::civil::Date;
use std::path::PathBuf;

/// Checks the data under `options.paths` against the policies.
pub fn check(options: &CheckOptions) -> Result<Outcome, Error> {
    let previous = previous(options)?;
    let (prep, sources) = prepare(options)?;
    options
        .progress
        .checking(prep.files, prep.data.records.len(), prep.set.clauses.len());
    let judged = judge(&prep, &sources, prep.since, prep.as_of)?;
    let outcome = conclude(&prep, sources, options, judged, previous.as_deref())?;
    // A million records take a while to free, and nothing waits for them: the report can be
    // written meanwhile (a command-line run ends before they are all freed).
    std::thread::spawn(move || drop(prep));
    options.progress.done();
    Ok(outcome)
}

/// The previous report `--compare` names, read before the run so that a wrong path fails fast.
pub(crate) fn previous(options: &CheckOptions) -> Result<Option<Vec<Earlier>>, Error> {
    options
        .compare
        .as_deref()
        .map(compare::read)
        .transpose()
        .map_err(Error::new)
}

/// The outcome of a judged range: the input findings added, settled, compared with the previous
/// report, each finding's responsible unit worked out when asked, counted and given a status.
pub(crate) fn conclude(
    prep: &Prepared,
    mut sources: Sources,
    options: &CheckOptions,
    judged: Judged,
    previous: Option<&[Earlier]>,
) -> Result<Outcome, Error> {
    let mut findings = prep.findings.clone();
    findings.extend(judged.findings);
    // No data at all is an error of its own, unless a file that could not be read says why.
    let org = &prep.data.org;
    let nothing =
        org.people.len() + org.roles.len() + org.units.len() + prep.data.records.len() == 0;
    if nothing && !findings.iter().any(|f| f.check.is_input()) {
        findings.push(no_data(&prep.paths));
    }
    let ctx = prep.context(prep.since, prep.as_of);
    let fixed = settle(prep, &ctx, options, &mut sources, &mut findings)?;
    let responsible = if options.rectification {
        prep.pool
            .install(|| crate::rectify::responsible(&ctx, &findings))
    } else {
        Vec::new()
    };
    let days = i64::from(prep.config.rectify_days.unwrap_or(30));
    let rectify_by = prep.as_of.saturating_add(crate::time::span::days(days));
    let clauses = &prep.set.clauses;
    let summary = Summary {
        files: prep.files,
        records: prep.data.records.len(),
        clauses: clauses.len(),
        as_of: Some(prep.as_of),
        clause_ids: clauses.iter().map(|c| c.id.to_string()).collect(),
        pack_of: clauses
            .iter()
            .map(|c| (c.id.to_string(), c.pack.to_string()))
            .collect(),
        compare: previous.map(|p| compare::compare(p, &findings)),
        fixed,
        not_judged: judged.not_judged,
        unbound_kinds: judged.unbound_kinds,
        all_packs: (prep.builtin && !prep.packs_chosen).then(|| builtin_packs().len()),
        vacuous: judged.vacuous,
        responsible,
        rectify_by: Some(rectify_by),
    };
    let fail_on = options
        .fail_on
        .or(prep.config.fail_on)
        .unwrap_or(FailOn::Error);
    Ok(Outcome {
        status: status(&findings, fail_on),
        findings,
        sources,
        summary,
        lang: prep.config.lang,
        sections: None,
    })
}

/// What judging a range yields, before severities, selection, waivers and baselines.
pub(crate) struct Judged {
    pub findings: Vec<Finding>,
    pub not_judged: Vec<NotJudged>,
    pub unbound_kinds: Vec<UnboundKind>,
    /// Record clauses whose kinds the data holds no record of.
    pub vacuous: Vec<String>,
}

/// Every clause judged over `[since, as_of]`: the findings, what coverage leaves unjudged, each
/// finding about a built-in clause placed in the user's files.
pub(crate) fn judge(
    prep: &Prepared,
    sources: &Sources,
    since: Date,
    as_of: Date,
) -> Result<Judged, Error> {
    judge_set(prep, &prep.set, sources, since, as_of)
}

/// [`judge`] with only the clauses of `set` (a part of the prepared policies).
pub(crate) fn judge_set(
    prep: &Prepared,
    set: &PolicySet,
    sources: &Sources,
    since: Date,
    as_of: Date,
) -> Result<Judged, Error> {
    let slots = super::range::slots(set, since, as_of, prep.data.org.units.len());
    super::range::check(slots, since, as_of, &prep.budget)?;
    let ctx = Context {
        policies: set,
        ..prep.context(since, as_of)
    };
    // Findings are charged as they are made (engine::FINDING_COST each): a run whose findings
    // would fill its budget stops after the chunk of clauses that filled it, and says so.
    let room = prep.budget.limit.saturating_sub(read::budget::BASE);
    let (mut findings, stopped) = prep.pool.install(|| engine::run_within(&ctx, room));
    if let Some(clauses) = stopped {
        findings.push(super::range::stopped(
            clauses,
            set.clauses.len(),
            findings.len(),
            &prep.budget,
        ));
    }
    let not_judged = super::coverage::apply(&ctx, prep.packs_chosen, sources, &mut findings);
    let unbound_kinds = super::unbound_kinds::unbound_kinds(&ctx, sources);
    super::locate::relocate(&mut findings, set, &prep.data, &prep.config, sources);
    Ok(Judged {
        findings,
        not_judged,
        unbound_kinds,
        vacuous: vacuous(prep),
    })
}

/// The record clauses that bind no record: the data holds none of their kinds.
fn vacuous(prep: &Prepared) -> Vec<String> {
    use crate::policy::model::KindFilter;
    let records = &prep.data.records;
    prep.set
        .clauses
        .iter()
        .filter(|c| match (c.collection(), &c.kinds) {
            (Some(collection), KindFilter::Only(kinds)) => kinds
                .iter()
                .all(|k| records.of_kind(collection, k).is_empty()),
            (Some(collection), KindFilter::Any) => {
                !records.all.iter().any(|r| r.collection == collection)
            }
            (None, _) => false,
        })
        .map(|c| c.id.to_string())
        .collect()
}

/// Severities of zhidu.toml, the selection, report order and fingerprints, then the waivers
/// (their own findings added) and the baseline (or a baseline written). Returns how many
/// baselined findings are fixed.
pub(crate) fn settle(
    prep: &Prepared,
    ctx: &Context,
    options: &CheckOptions,
    sources: &mut Sources,
    findings: &mut Vec<Finding>,
) -> Result<usize, Error> {
    let config = &prep.config;
    apply_severity(config, findings);
    let select = chosen(&options.select, &config.select);
    let ignore = chosen(&options.ignore, &config.ignore);
    filter(&select, &ignore, findings);
    report::sort(findings, sources);
    if let Some(waivers) = &prep.waivers {
        let max_days = config.max_waiver_days.unwrap_or(366);
        let mut judged = crate::checks::waivers::apply(ctx, waivers, max_days, findings);
        apply_severity(config, &mut judged);
        filter(&select, &ignore, &mut judged);
        findings.extend(judged);
        report::sort(findings, sources);
    }
    if let Some(path) = &options.write_baseline {
        baseline::write(path, findings).map_err(Error::new)?;
        let all = findings.iter().map(|f| f.fingerprint.clone()).collect();
        baseline::apply(&all, findings);
        return Ok(0);
    }
    Ok(prep
        .baseline
        .as_ref()
        .map_or(0, |entries| baseline::apply(entries, findings)))
}

/// A data set with no data at all: nothing could be checked, which CI must not take for a pass.
fn no_data(paths: &[PathBuf]) -> Finding {
    let looked: Vec<String> = paths.iter().map(|p| read::display(p)).collect();
    Finding::new(
        Check::DataError,
        "data",
        Message::new("check-no-data").arg("paths", Arg::list(&looked)),
    )
    .help(Message::new("check-no-data-help"))
}

/// 2 if any input could not be read, 1 if anything fails `fail_on`, else 0.
pub(crate) fn status(findings: &[Finding], fail_on: FailOn) -> Status {
    if findings.iter().any(Finding::is_input_error) {
        Status::Input
    } else if findings
        .iter()
        .any(|f| f.suppressed.is_none() && fail_on.fails(f.severity))
    {
        Status::Findings
    } else {
        Status::Clean
    }
}

/// `[severity]` of zhidu.toml; `"off"` drops the findings.
fn apply_severity(config: &Config, findings: &mut Vec<Finding>) {
    if config.severity.is_empty() {
        return;
    }
    findings.retain_mut(|f| {
        if f.check.is_input() {
            return true;
        }
        match config.severity_for(f.check, f.clause.as_deref()) {
            Some(Some(s)) => f.severity = s,
            Some(None) => return false,
            None => {}
        }
        true
    });
}

/// The flags' selection when given, else zhidu.toml's.
fn chosen(flags: &[String], config: &[(String, Loc)]) -> Vec<String> {
    if flags.is_empty() {
        config.iter().map(|(p, _)| p.clone()).collect()
    } else {
        flags.to_vec()
    }
}

/// `select` and `ignore`. Input problems are kept unless named outright: a selection never
/// hides that the input could not be fully read.
fn filter(select: &[String], ignore: &[String], findings: &mut Vec<Finding>) {
    let matches = |patterns: &[String], f: &Finding| {
        patterns.iter().any(|p| {
            glob_matches(p, f.check.code())
                || f.clause.as_deref().is_some_and(|c| glob_matches(p, c))
        })
    };
    findings.retain(|f| {
        if matches(ignore, f) {
            return false;
        }
        select.is_empty() || matches(select, f) || f.check.is_input()
    });
}
