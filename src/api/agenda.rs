//! `agenda`: what falls due within a window after the day asked for, and what is overdue on it.
//! The data is prepared once and judged twice — over `check`'s own range (the overdue items are
//! exactly its `overdue`, `missing-record` and `cadence` findings) and over the days ahead —
//! then [`crate::agenda`] turns the findings into items.

use super::check::{CheckOptions, Judged, judge, judge_set, settle};
use super::prepare::{Prepared, prepare};
use super::{Error, Status};
use crate::agenda::owners::Owner;
use crate::agenda::{self, Agenda, Due};
use crate::diagnostic::{Check, Finding};
use crate::i18n::{Lang, Message};
use crate::policy::model::PolicySet;
use crate::report::{self, Format, NotJudged, Report, Style, Summary};
use crate::source::Sources;
use crate::time::span;
use jiff::Span;
use jiff::civil::Date;
use std::io::{self, Write};

/// What to list.
#[derive(Clone, Debug, Default)]
pub struct AgendaOptions {
    /// Everything `check` takes: paths, policies, packs, config, as-of, since, selection,
    /// baseline.
    pub check: CheckOptions,
    /// How far ahead to look (default 30 days).
    pub within: Option<Within>,
    /// Only what this person, role or unit must do (by id, name or title).
    pub owner: Option<String>,
    /// Overdue items fail the run (exit 1).
    pub fail_on_overdue: bool,
}

/// `30d`, `8w`, `3mo`, `1y`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Within {
    pub count: u32,
    pub unit: WithinUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WithinUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl Within {
    /// Reads `30d`, `8w`, `3mo`, `1y` (a count of at most 100 years' worth).
    pub fn parse(text: &str) -> Result<Within, Message> {
        let digits = text.chars().take_while(char::is_ascii_digit).count();
        let (count, unit) = text.split_at(digits);
        let unit = match unit {
            "d" => WithinUnit::Days,
            "w" => WithinUnit::Weeks,
            "mo" => WithinUnit::Months,
            "y" => WithinUnit::Years,
            _ => return Err(Message::new("agenda-within-bad").arg("text", text)),
        };
        let count: u32 = count
            .parse()
            .map_err(|_| Message::new("agenda-within-bad").arg("text", text))?;
        let days = match unit {
            WithinUnit::Days => count,
            WithinUnit::Weeks => count.saturating_mul(7),
            WithinUnit::Months => count.saturating_mul(31),
            WithinUnit::Years => count.saturating_mul(366),
        };
        if count == 0 || days > 36_600 {
            return Err(Message::new("agenda-within-range").arg("text", text));
        }
        Ok(Within { count, unit })
    }

    fn span(self) -> Span {
        let n = i64::from(self.count);
        match self.unit {
            WithinUnit::Days => span::days(n),
            WithinUnit::Weeks => span::days(n * 7),
            WithinUnit::Months => span::months(n),
            WithinUnit::Years => span::years(n),
        }
    }
}

/// The agenda, with the run's input problems.
#[derive(Debug)]
pub struct AgendaOutcome {
    pub agenda: Agenda,
    /// Input findings (unreadable files, bad values): what they hid is not listed.
    pub errors: Vec<Finding>,
    pub sources: Sources,
    pub status: Status,
    /// `lang` of the zhidu.toml the run read.
    pub lang: Option<Lang>,
}

/// Lists what falls due.
pub fn agenda(options: &AgendaOptions) -> Result<AgendaOutcome, Error> {
    let (prep, mut sources) = prepare(&options.check)?;
    let as_of = prep.as_of;
    let within = options.within.unwrap_or(Within {
        count: 30,
        unit: WithinUnit::Days,
    });
    let until = as_of.saturating_add(within.span());
    let owner = match &options.owner {
        Some(text) => match Owner::find(&prep.data.org, text) {
            Ok(owner) => Some(owner),
            Err((message, help)) => {
                return Err(Error {
                    message: message.into(),
                    help: help.map(Into::into),
                });
            }
        },
        None => None,
    };
    options
        .check
        .progress
        .checking(prep.files, prep.data.records.len(), prep.set.clauses.len());
    let (agenda, today, _) = agenda_in(&prep, &mut sources, &options.check, until, owner)?;
    let errors: Vec<Finding> = today.into_iter().filter(|f| f.check.is_input()).collect();
    let status = if errors.iter().any(Finding::is_input_error) {
        Status::Input
    } else if options.fail_on_overdue
        && agenda
            .items
            .iter()
            .any(|i| i.status == agenda::Status::Overdue)
    {
        Status::Findings
    } else {
        Status::Clean
    };
    options.check.progress.done();
    let lang = prep.config.lang;
    std::thread::spawn(move || drop(prep));
    Ok(AgendaOutcome {
        agenda,
        errors,
        sources,
        status,
        lang,
    })
}

/// What judging a state yields before settling: `check`'s own range, and the days ahead.
pub(crate) struct Raw {
    pub today: Judged,
    pub ahead: Vec<Finding>,
}

/// Judges the prepared data over `check`'s range and over the days up to `until`.
pub(crate) fn judge_both(prep: &Prepared, sources: &Sources, until: Date) -> Result<Raw, Error> {
    let (since, as_of) = (prep.since, prep.as_of);
    let today = judge(prep, sources, since, as_of)?;
    // The days ahead: what would be overdue by `until` if nothing more were done — asked only
    // of the clauses that set deadlines or cadences (none other makes an item).
    let tomorrow = as_of.saturating_add(span::days(1));
    let ahead = if until > as_of {
        let timed = PolicySet {
            clauses: prep
                .set
                .clauses
                .iter()
                .filter(|c| crate::engine::timing::sets_due_times(c))
                .cloned()
                .collect(),
        };
        judge_set(prep, &timed, sources, tomorrow, until)?.findings
    } else {
        Vec::new()
    };
    Ok(Raw { today, ahead })
}

/// The agenda of prepared data up to `until`, with `check`'s own findings for the day asked
/// (settled: severities, selection, waivers, baseline), and the clauses it left unjudged.
pub(crate) fn agenda_in(
    prep: &Prepared,
    sources: &mut Sources,
    options: &CheckOptions,
    until: Date,
    owner: Option<Owner>,
) -> Result<(Agenda, Vec<Finding>, Vec<NotJudged>), Error> {
    let raw = judge_both(prep, sources, until)?;
    agenda_from(prep, sources, options, raw, until, owner)
}

/// The agenda of a judged state.
pub(crate) fn agenda_from(
    prep: &Prepared,
    sources: &mut Sources,
    options: &CheckOptions,
    raw: Raw,
    until: Date,
    owner: Option<Owner>,
) -> Result<(Agenda, Vec<Finding>, Vec<NotJudged>), Error> {
    // Today, as `check` sees it: its findings of undone duties are the overdue items.
    let mut today = prep.findings.clone();
    today.extend(raw.today.findings);
    let ctx = prep.context(prep.since, prep.as_of);
    settle(prep, &ctx, options, sources, &mut today)?;
    let agenda = agenda_of(prep, sources, options, &today, raw.ahead, until, owner)?;
    Ok((agenda, today, raw.today.not_judged))
}

/// The agenda from `check`'s settled findings for the day asked and the findings of the days
/// ahead (settled here).
pub(crate) fn agenda_of(
    prep: &Prepared,
    sources: &mut Sources,
    options: &CheckOptions,
    today: &[Finding],
    mut ahead: Vec<Finding>,
    until: Date,
    owner: Option<Owner>,
) -> Result<Agenda, Error> {
    let as_of = prep.as_of;
    let ahead_ctx = prep.context(as_of.saturating_add(span::days(1)), until);
    settle(prep, &ahead_ctx, options, sources, &mut ahead)?;
    let dues: Vec<Due> = today
        .iter()
        .map(|f| (f, true))
        .chain(ahead.iter().map(|f| (f, false)))
        .filter(|(f, _)| is_duty(f))
        .map(|(finding, overdue)| Due { finding, overdue })
        .collect();
    let ctx = prep.context(prep.since, as_of);
    Ok(prep
        .pool
        .install(|| agenda::build(&ctx, &dues, owner, until)))
}

/// A finding of a duty left undone that counts: `overdue`, `missing-record`, `cadence`, neither
/// baselined nor waived.
fn is_duty(f: &Finding) -> bool {
    matches!(
        f.check,
        Check::Overdue | Check::MissingRecord | Check::Cadence
    ) && f.suppressed.is_none()
        && f.duty.is_some()
}

/// The formats of `agenda`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AgendaFormat {
    Human,
    Json,
    Ics,
    Csv,
}

impl AgendaFormat {
    /// The format a file's extension names.
    pub fn from_extension(path: &std::path::Path) -> Option<AgendaFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "json" => Some(AgendaFormat::Json),
            "ics" => Some(AgendaFormat::Ics),
            "csv" => Some(AgendaFormat::Csv),
            _ => None,
        }
    }
}

impl AgendaOutcome {
    /// Writes the agenda in `format`; the human and JSON formats include the input problems.
    pub fn write(&self, format: AgendaFormat, style: Style, out: &mut dyn Write) -> io::Result<()> {
        let lang = style.lang;
        match format {
            AgendaFormat::Human => {
                if !self.errors.is_empty() {
                    report::write(Format::Human, &self.errors_report(lang), style, out)?;
                    writeln!(out)?;
                }
                let incomplete = self.errors.iter().any(Finding::is_input_error);
                agenda::human::write(&self.agenda, incomplete, lang, out)
            }
            AgendaFormat::Json => {
                let mut buffer = Vec::new();
                report::write(Format::Json, &self.errors_report(lang), style, &mut buffer)?;
                let errors = serde_json::from_slice::<serde_json::Value>(&buffer)
                    .map(|mut v| v["findings"].take())
                    .unwrap_or_default();
                agenda::json::write(&self.agenda, errors, lang, out)
            }
            AgendaFormat::Ics => agenda::ics::write(&self.agenda, lang, out),
            AgendaFormat::Csv => agenda::csv::write(&self.agenda, lang, out),
        }
    }

    /// The input problems as `check` words them, for a person (on standard error when the
    /// agenda itself goes to a calendar, a spreadsheet or a file).
    pub fn write_errors(&self, style: Style, out: &mut dyn Write) -> io::Result<()> {
        report::write(Format::Human, &self.errors_report(style.lang), style, out)
    }

    fn errors_report(&self, lang: Lang) -> Report<'_> {
        Report {
            findings: &self.errors,
            sources: &self.sources,
            summary: Summary::default(),
            lang,
        }
    }
}
