//! `--format xlsx`: the rectification list (整改清单) a compliance officer hands to departments
//! (CLI.md v3), written with rust_xlsxwriter. Its first sheet has one row per finding — number,
//! unit responsible, who must act, the finding, the regulation and article, subject, place,
//! severity, rectification deadline (an Excel date), status, fingerprint — with a frozen
//! header, filters and column widths; the second counts findings by unit and by regulation.
//! Headers and prose are in the reader's language; the workbook's creation date is the as-of day,
//! so the same input gives the same bytes.

use super::compare::Change;
use super::{Report, position};
use crate::diagnostic::Finding;
use crate::i18n::{Lang, Message, Text};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, Worksheet, XlsxError};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The list's columns: catalogue id and width (in characters).
const COLUMNS: [(&str, f64); 11] = [
    ("xlsx-col-number", 6.0),
    ("xlsx-col-unit", 20.0),
    ("xlsx-col-owners", 22.0),
    ("xlsx-col-finding", 48.0),
    ("xlsx-col-regulation", 28.0),
    ("xlsx-col-subject", 22.0),
    ("xlsx-col-place", 30.0),
    ("xlsx-col-severity", 10.0),
    ("xlsx-col-deadline", 12.0),
    ("xlsx-col-status", 10.0),
    ("xlsx-col-fingerprint", 34.0),
];

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let bytes = workbook(report).map_err(|e| io::Error::other(e.to_string()))?;
    out.write_all(&bytes)
}

fn say(lang: Lang, message: Message) -> String {
    Text::from(message).render(lang, true).into_owned()
}

fn workbook(report: &Report) -> Result<Vec<u8>, XlsxError> {
    let lang = report.lang;
    let mut book = Workbook::new();
    if let Some(day) = report.summary.as_of.and_then(excel_date) {
        book.set_properties(&DocProperties::new().set_creation_datetime(&day));
    }
    let header = rust_xlsxwriter::Format::new().set_bold();
    let date = rust_xlsxwriter::Format::new()
        .set_num_format("yyyy-mm-dd")
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    // Long texts wrap within their column, so the list prints legibly one page wide.
    let wrap = rust_xlsxwriter::Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let sheet = book.add_worksheet();
    sheet.set_name(say(lang, Message::new("xlsx-sheet-list")))?;
    for (col, (id, width)) in COLUMNS.iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, say(lang, Message::new(id)), &header)?;
        sheet.set_column_width(col, *width)?;
    }
    let deadline = report.summary.rectify_by.and_then(excel_date);
    let mut by_unit: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_regulation: BTreeMap<String, usize> = BTreeMap::new();
    for (i, f) in report.findings.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let responsible = report.summary.responsible.get(i);
        let unit = responsible.map_or("", |r| r.unit.as_str());
        row_of(sheet, row, report, f, responsible, &wrap)?;
        if let Some(deadline) = &deadline {
            sheet.write_datetime_with_format(row, 8, deadline, &date)?;
        }
        *by_unit.entry(unit.to_string()).or_default() += 1;
        let regulation = f
            .source
            .as_ref()
            .filter(|s| !s.document.is_empty())
            .map_or_else(String::new, |s| format!("《{}》", s.document));
        *by_regulation.entry(regulation).or_default() += 1;
    }
    let last = u32::try_from(report.findings.len()).unwrap_or(u32::MAX);
    sheet.set_freeze_panes(1, 0)?;
    // Printed, the list is one page wide on landscape A4, its header on every page.
    sheet.set_paper_size(9);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    // The fingerprint is for programs: the printed list stops before it.
    sheet.set_print_area(0, 0, last, (COLUMNS.len() - 2) as u16)?;
    sheet.autofilter(0, 0, last, (COLUMNS.len() - 1) as u16)?;
    summary(
        book.add_worksheet(),
        report,
        &by_unit,
        &by_regulation,
        &header,
    )?;
    book.save_to_buffer()
}

/// One finding's row (all but the deadline).
fn row_of(
    sheet: &mut Worksheet,
    row: u32,
    report: &Report,
    f: &Finding,
    responsible: Option<&super::Responsible>,
    wrap: &rust_xlsxwriter::Format,
) -> Result<(), XlsxError> {
    let lang = report.lang;
    let place =
        f.location
            .map(|l| position(report.sources, l))
            .map_or_else(String::new, |p| match (&p.sheet, &p.cell) {
                (Some(_), Some(_)) => p.place(),
                _ => format!("{}:{}", p.file, p.line),
            });
    let severity = say(lang, f.severity.message());
    let owners = responsible.map_or_else(String::new, |r| r.owners.join(", "));
    let change = report
        .summary
        .compare
        .as_ref()
        .and_then(|c| c.changes.get((row as usize).saturating_sub(1)));
    let status = match (f.suppressed.as_ref(), change) {
        (Some(_), _) => say(lang, Message::new("xlsx-status-set-aside")),
        (None, Some(Change::New)) => say(lang, Message::new("xlsx-status-new")),
        (None, Some(Change::StillOpen)) => say(lang, Message::new("xlsx-status-open")),
        (None, None) => String::new(),
    };
    let regulation = f
        .source
        .as_ref()
        .map_or_else(String::new, |s| s.to_string());
    sheet.write_number_with_format(row, 0, f64::from(row), wrap)?;
    let unit = responsible.map_or("", |r| r.unit.as_str());
    let texts = [
        (1, unit.to_string()),
        (2, owners),
        (3, f.message.render(lang, true).into_owned()),
        (4, regulation),
        (5, f.subject.clone()),
        (6, place),
    ];
    let mut lines = 1;
    for (col, text) in texts {
        lines = lines.max(lines_of(&text, COLUMNS[usize::from(col)].1));
        sheet.write_string_with_format(row, col, text, wrap)?;
    }
    // Not every spreadsheet program grows a row to its wrapped text: the height is set.
    sheet.set_row_height(row, 15.0 * lines as f64)?;
    sheet.write_string_with_format(row, 7, severity, wrap)?;
    sheet.write_string_with_format(row, 9, status, wrap)?;
    sheet.write_string(row, 10, &f.fingerprint)?;
    Ok(())
}

/// How many lines `text` wraps to in a column `width` characters wide (a Han character is two
/// wide, as spreadsheets measure them).
fn lines_of(text: &str, width: f64) -> usize {
    let wide: usize = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    // Proportional fonts fit a little less than the nominal width.
    let per_line = ((width * 0.85) as usize).max(1);
    wide.div_ceil(per_line).clamp(1, 20)
}

/// The second sheet: counts by unit, then by regulation, then (with `--compare`) how many are
/// new, still open and fixed since the previous report.
fn summary(
    sheet: &mut Worksheet,
    report: &Report,
    by_unit: &BTreeMap<String, usize>,
    by_regulation: &BTreeMap<String, usize>,
    header: &rust_xlsxwriter::Format,
) -> Result<(), XlsxError> {
    let lang = report.lang;
    sheet.set_name(say(lang, Message::new("xlsx-sheet-summary")))?;
    sheet.set_column_width(0, 40)?;
    sheet.set_column_width(1, 10)?;
    let listed = |counts: &BTreeMap<String, usize>| -> Vec<(String, usize)> {
        counts.iter().map(|(k, v)| (k.clone(), *v)).collect()
    };
    let mut blocks = vec![
        ("xlsx-col-unit", listed(by_unit)),
        ("xlsx-col-regulation", listed(by_regulation)),
    ];
    if let Some(c) = &report.summary.compare {
        let status = |id| say(lang, Message::new(id));
        blocks.push((
            "xlsx-col-compare",
            vec![
                (status("xlsx-status-new"), c.count(Change::New)),
                (status("xlsx-status-open"), c.count(Change::StillOpen)),
                (status("xlsx-status-fixed"), c.fixed.len()),
            ],
        ));
    }
    let mut row = 0;
    for (title, counts) in blocks {
        sheet.write_string_with_format(row, 0, say(lang, Message::new(title)), header)?;
        let count = say(lang, Message::new("xlsx-col-count"));
        sheet.write_string_with_format(row, 1, count, header)?;
        row += 1;
        for (name, count) in counts {
            sheet.write_string(row, 0, name)?;
            sheet.write_number(row, 1, count as f64)?;
            row += 1;
        }
        row += 1;
    }
    Ok(())
}

fn excel_date(d: jiff::civil::Date) -> Option<ExcelDateTime> {
    ExcelDateTime::from_ymd(
        u16::try_from(d.year()).ok()?,
        d.month().unsigned_abs(),
        d.day().unsigned_abs(),
    )
    .ok()
}
