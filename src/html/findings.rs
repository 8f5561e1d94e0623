//! The findings section: grouped by regulation, then by the unit responsible, every finding in
//! the document. Rows carry their severity, pack, unit, check and comparison as data attributes
//! the filter script reads; without the script, the groups are a plain list.

use super::words::{check_name, say, say_message, severity_name};
use crate::diagnostic::{Finding, Severity};
use crate::i18n::Message;
use crate::report::compare::Change;
use crate::report::{Report, position};
use maud::{Markup, html};
use std::collections::BTreeMap;

/// Above this many findings the groups start closed, so that a large report opens quickly; the
/// filters and "open all" open them.
const OPEN_UP_TO: usize = 300;

/// Findings of one regulation, by unit: indices into the report's findings.
struct Group<'r> {
    /// The document's title; empty for input problems and findings outside any regulation.
    regulation: &'r str,
    units: BTreeMap<&'r str, Vec<usize>>,
}

fn groups<'r>(report: &'r Report) -> Vec<Group<'r>> {
    let mut by: BTreeMap<&str, BTreeMap<&str, Vec<usize>>> = BTreeMap::new();
    for (i, f) in report.findings.iter().enumerate() {
        let regulation = f.source.as_ref().map_or("", |s| s.document.as_str());
        by.entry(regulation)
            .or_default()
            .entry(unit_of(report, i))
            .or_default()
            .push(i);
    }
    // BTreeMap order puts "" (input problems, org hygiene) first: they are read first.
    by.into_iter()
        .map(|(regulation, units)| Group { regulation, units })
        .collect()
}

/// The unit responsible for a finding (the rectification list's 部门), or empty.
pub(super) fn unit_of<'r>(report: &'r Report, i: usize) -> &'r str {
    report
        .summary
        .responsible
        .get(i)
        .map_or("", |r| r.unit.as_str())
}

pub(super) fn section(report: &Report) -> Markup {
    let lang = report.lang;
    let open = report.findings.len() <= OPEN_UP_TO;
    html! {
        section #findings {
            h2 { (say(lang, "html-findings-title")) }
            @if report.findings.is_empty() {
                p.none { (say(lang, "html-findings-none")) }
            } @else {
                (filters(report))
                @for group in groups(report) {
                    (regulation(report, &group, open))
                }
            }
        }
    }
}

fn regulation(report: &Report, group: &Group, open: bool) -> Markup {
    let lang = report.lang;
    let count: usize = group.units.values().map(Vec::len).sum();
    let title = match group.regulation {
        "" => say(lang, "html-group-other"),
        document => format!("《{document}》"),
    };
    html! {
        details.regulation open[open] {
            summary { (title) " " span.count data-total=(count) { (count) } }
            @for (unit, rows) in &group.units {
                details.unit open[open] {
                    summary {
                        @if unit.is_empty() { (say(lang, "html-unit-none")) } @else { (unit) }
                        " " span.count data-total=(rows.len()) { (rows.len()) }
                    }
                    (table(report, rows))
                }
            }
        }
    }
}

fn table(report: &Report, rows: &[usize]) -> Markup {
    let lang = report.lang;
    html! {
        table.findings {
            thead { tr {
                th { (say(lang, "html-col-severity")) }
                th { (say(lang, "html-col-check")) }
                th { (say(lang, "html-col-subject")) }
                th { (say(lang, "html-col-message")) }
                th { (say(lang, "html-col-location")) }
                th { (say(lang, "html-col-source")) }
            } }
            tbody {
                @for &i in rows { (row(report, i)) }
            }
        }
    }
}

fn row(report: &Report, i: usize) -> Markup {
    let lang = report.lang;
    let f: &Finding = &report.findings[i];
    let change = report
        .summary
        .compare
        .as_ref()
        .and_then(|c| c.changes.get(i));
    let change_code = match change {
        Some(Change::New) => "new",
        Some(Change::StillOpen) => "open",
        None => "",
    };
    let pack = pack_of(report, f);
    html! {
        tr.finding data-severity=(f.severity.as_str()) data-check=(f.check.code())
            data-pack=(pack) data-unit=(unit_of(report, i)) data-change=(change_code)
            data-fingerprint=(f.fingerprint) {
            td { span class={ "sev " (f.severity.as_str()) } { (severity_name(lang, f.severity)) } }
            td { (check_name(lang, f.check)) @if let Some(c) = &f.clause { br; code { (c) } } }
            td { code { (f.subject) } }
            td {
                (f.message.render(lang, true))
                @if let Some(owners) = owners_of(report, i) {
                    br; small.owners { (say_message(lang, Message::new("agenda-line-owners").arg("owners", owners))) }
                }
                @match change {
                    Some(Change::New) => { " " span.change.new { (say(lang, "html-compare-new")) } }
                    Some(Change::StillOpen) => { " " span.change.open { (say(lang, "html-compare-open")) } }
                    None => {}
                }
                @if f.suppressed.is_some() { " " span.change.aside { (say(lang, "xlsx-status-set-aside")) } }
            }
            td { (place(report, f)) }
            td { (source(lang, f)) }
        }
    }
}

/// Who must put the finding right, when anyone is named (the rectification list's 责任人).
fn owners_of(report: &Report, i: usize) -> Option<String> {
    let owners = &report.summary.responsible.get(i)?.owners;
    (!owners.is_empty()).then(|| owners.join(", "))
}

/// The pack of the finding's clause, or empty.
fn pack_of<'r>(report: &'r Report, f: &Finding) -> &'r str {
    f.clause
        .as_deref()
        .and_then(|c| report.summary.pack_of.get(c))
        .map_or("", String::as_str)
}

/// `file:line`, or `file › sheet!cell` in a workbook.
fn place(report: &Report, f: &Finding) -> String {
    f.location
        .map(|l| position(report.sources, l))
        .map_or_else(String::new, |p| match (&p.sheet, &p.cell) {
            (Some(_), Some(_)) => p.place(),
            _ => format!("{}:{}:{}", p.file, p.line, p.column),
        })
}

fn source(lang: crate::i18n::Lang, f: &Finding) -> Markup {
    html! {
        @if let Some(s) = &f.source { (s.to_string()) }
        @if let Some(words) = &f.words {
            br; span.words { (say_message(lang, Message::new("html-words").arg("words", &**words))) }
        }
    }
}

/// The filter bar: hidden until the script shows it (without the script it would do nothing).
fn filters(report: &Report) -> Markup {
    let lang = report.lang;
    let mut packs: Vec<&str> = Vec::new();
    let mut units: Vec<&str> = Vec::new();
    let mut checks: Vec<crate::diagnostic::Check> = Vec::new();
    for (i, f) in report.findings.iter().enumerate() {
        packs.push(pack_of(report, f));
        units.push(unit_of(report, i));
        checks.push(f.check);
    }
    for list in [&mut packs, &mut units] {
        list.sort_unstable();
        list.dedup();
        list.retain(|s| !s.is_empty());
    }
    checks.sort_unstable_by_key(|c| c.code());
    checks.dedup();
    let all = say(lang, "html-filter-all");
    html! {
        form #filters hidden {
            label { (say(lang, "html-col-severity")) " "
                select name="severity" {
                    option value="" { (all) }
                    @for s in [Severity::Error, Severity::Warning, Severity::Info] {
                        option value=(s.as_str()) { (severity_name(lang, s)) }
                    }
                }
            }
            label { (say(lang, "html-filter-pack")) " "
                select name="pack" {
                    option value="" { (all) }
                    @for p in &packs { option value=(p) { (p) } }
                }
            }
            label { (say(lang, "html-filter-unit")) " "
                select name="unit" {
                    option value="" { (all) }
                    @for u in &units { option value=(u) { (u) } }
                }
            }
            label { (say(lang, "html-col-check")) " "
                select name="check" {
                    option value="" { (all) }
                    @for c in &checks { option value=(c.code()) { (check_name(lang, *c)) } }
                }
            }
            @if report.summary.compare.is_some() {
                label { (say(lang, "html-filter-change")) " "
                    select name="change" {
                        option value="" { (all) }
                        option value="new" { (say(lang, "html-compare-new")) }
                        option value="open" { (say(lang, "html-compare-open")) }
                    }
                }
            }
            label { (say(lang, "html-filter-search")) " " input type="search" name="q"; }
            output #shown {}
        }
    }
}
