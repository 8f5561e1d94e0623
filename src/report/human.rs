//! `--format human`: miette's graphical report, the offending line underlined, the clause behind
//! the finding shown beside it, the citation, and a summary line at the end.

use super::{Report, Style};
use crate::diagnostic::Finding;
use crate::diagnostic::Severity;
use crate::i18n::{Arg, Lang};
use crate::source::{Loc, SourceFile, Sources};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use std::fmt;
use std::io::{self, Write};

/// Lines longer than this are not shown in a snippet (a 2 MB line would flood the terminal); the
/// header still says where the finding is.
const MAX_SNIPPET_LINE: usize = 400;

pub fn write(report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .without_syntax_highlighting();
    // Baselined and waived findings are counted, not shown.
    let counted: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.suppressed.is_none())
        .collect();
    let shown = match style.max_findings {
        0 => counted.len(),
        n => n.min(counted.len()),
    };
    for finding in &counted[..shown] {
        let view = View::new(finding, report.sources, report.lang);
        let mut text = String::new();
        if handler.render_report(&mut text, &view).is_err() {
            text = format!("{}: {}\n", finding.severity, view.message);
        }
        if report.lang == Lang::Zh {
            text = chinese_frame(&text);
        }
        out.write_all(text.as_bytes())?;
        writeln!(out)?;
    }
    let lang = report.lang;
    let say = |id: &str, args: &[(&str, Arg)]| crate::i18n::t(lang, id, args, true);
    if shown < counted.len() {
        write_rest(&counted[shown..], lang, out)?;
    }
    let s = &report.summary;
    let (baselined, waived) = (report.baselined(), report.waived());
    if baselined + waived > 0 {
        let mut parts = Vec::new();
        if baselined > 0 {
            parts.push(say("summary-baselined", &[("n", baselined.into())]));
        }
        if waived > 0 {
            parts.push(say("summary-waived", &[("n", waived.into())]));
        }
        let parts = parts.join(&say("summary-list-separator", &[]));
        writeln!(
            out,
            "{}",
            say("summary-not-counted", &[("parts", parts.into())])
        )?;
    }
    if s.fixed > 0 && !style.quiet {
        writeln!(out, "{}", say("summary-fixed", &[("n", s.fixed.into())]))?;
    }
    if !s.not_judged.is_empty() && !style.quiet {
        let clauses: std::collections::BTreeSet<&str> =
            s.not_judged.iter().map(|n| n.clause.as_str()).collect();
        writeln!(
            out,
            "{}",
            say("summary-not-judged", &[("n", clauses.len().into())])
        )?;
    }
    for u in &s.unbound_kinds {
        let args = [
            ("n", Arg::from(u.records)),
            ("kind", u.kind.as_str().into()),
            ("file", u.file.as_str().into()),
            (
                "suggestion",
                u.did_you_mean.clone().unwrap_or_default().into(),
            ),
        ];
        let id = match &u.did_you_mean {
            Some(_) => "summary-unbound-kind-did-you-mean",
            None => "summary-unbound-kind",
        };
        writeln!(out, "{}", say(id, &args))?;
    }
    if let Some(packs) = s.all_packs.filter(|_| !style.quiet) {
        writeln!(out, "{}", say("summary-all-packs", &[("n", packs.into())]))?;
    }
    let mut summary = say(
        "summary-counts",
        &[
            ("errors", report.count(Severity::Error).into()),
            ("warnings", report.count(Severity::Warning).into()),
            ("infos", report.count(Severity::Info).into()),
        ],
    );
    let mut add = |part: String| summary.push_str(&format!(" · {part}"));
    // Records are only read by `check`, the one command with an `as_of`.
    if s.files > 0 || s.clauses > 0 {
        add(say("summary-files", &[("n", s.files.into())]));
        if s.as_of.is_some() {
            add(say("summary-records", &[("n", s.records.into())]));
        }
        add(say("summary-clauses", &[("n", s.clauses.into())]));
    }
    if let Some(as_of) = s.as_of {
        add(say(
            "summary-as-of",
            &[("date", Arg::Date(as_of.to_string()))],
        ));
    }
    // A run with nothing above info has passed (CLI v3): no ✗.
    let mark = if counted.iter().all(|f| f.severity == Severity::Info) {
        "✓"
    } else {
        "✗"
    };
    writeln!(out, "{mark} {summary}")
}

/// miette's own words around a report, in Chinese: the help line's label (same width, so that
/// its continuation lines stay aligned) and the severity before a related note.
fn chinese_frame(text: &str) -> String {
    text.replace("  help: ", "  建议：")
        .replace("\nAdvice: ", "\n")
}

/// The findings past `--max-findings`: how many, then how many per clause (or check), most first.
fn write_rest(rest: &[&Finding], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let mut per: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for f in rest {
        let key = f
            .clause
            .as_deref()
            .map_or_else(|| f.check.code().to_string(), str::to_string);
        *per.entry(key).or_default() += 1;
    }
    let mut per: Vec<(String, usize)> = per.into_iter().collect();
    per.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let more = crate::i18n::t(lang, "summary-more", &[("n", rest.len().into())], true);
    writeln!(out, "{more}")?;
    for (key, n) in per {
        writeln!(out, "  {n:>6}  {key}")?;
    }
    writeln!(out)
}

/// A finding seen through miette's `Diagnostic` trait.
struct View<'a> {
    source: Option<Named<'a>>,
    related: Vec<View<'a>>,
    help: Option<String>,
    /// The code shown in the header: `check` or `check(clause)`.
    code: String,
    message: String,
    label: Option<String>,
    severity: miette::Severity,
    /// ` (at file:line:col)`, said after the message when no snippet can show it.
    place: Option<String>,
}

impl<'a> View<'a> {
    fn new(finding: &'a Finding, sources: &'a Sources, lang: Lang) -> View<'a> {
        let say = |id: &str, args: &[(&str, Arg)]| crate::i18n::t(lang, id, args, true);
        let mut related = Vec::new();
        if let Some(loc) = finding.policy_location {
            let the_clause = say("report-the-clause", &[]);
            let clause = finding.clause.as_deref().unwrap_or(&the_clause);
            related.push(View::note(
                sources,
                loc,
                say("report-required-by", &[("clause", clause.into())]),
                &the_clause,
                lang,
            ));
        }
        for r in &finding.related {
            let message = r.message.render(lang, true).into_owned();
            related.push(View::note(sources, r.loc, message.clone(), &message, lang));
        }
        let mut help = finding
            .help
            .as_ref()
            .map(|h| h.render(lang, true).into_owned());
        if let Some(source) = &finding.source {
            let source = source.to_string();
            let cite = match &finding.words {
                Some(words) => say(
                    "report-source-words",
                    &[("source", source.into()), ("words", words.as_ref().into())],
                ),
                None => say("report-source", &[("source", source.into())]),
            };
            help = Some(match help {
                Some(h) => format!("{h}\n{cite}"),
                None => cite,
            });
        }
        let mut code = match &finding.clause {
            Some(clause) => format!("{}({clause})", finding.check),
            None => finding.check.code().to_string(),
        };
        // The code stays as it is; Chinese shows the check's title beside it (GLOSSARY.md).
        if lang == Lang::Zh {
            code.push_str(&format!(" · {}", finding.check.title_zh()));
        }
        let source = finding.location.and_then(|l| Named::of(sources, l));
        View {
            place: place_without_snippet(sources, finding.location, source.is_some())
                .map(|p| say("report-place", &[("place", p.into())])),
            source,
            related,
            help,
            code,
            message: finding.message.render(lang, true).into_owned(),
            label: finding
                .label
                .as_ref()
                .map(|l| l.render(lang, true).into_owned()),
            severity: severity(finding.severity),
        }
    }

    fn note(sources: &'a Sources, loc: Loc, message: String, label: &str, lang: Lang) -> View<'a> {
        let source = Named::of(sources, loc);
        View {
            place: place_without_snippet(sources, Some(loc), source.is_some())
                .map(|p| crate::i18n::t(lang, "report-place", &[("place", p.into())], true)),
            source,
            related: Vec::new(),
            help: None,
            code: String::new(),
            message,
            label: Some(label.to_string()),
            severity: miette::Severity::Advice,
        }
    }

    fn primary(&self) -> Option<Loc> {
        self.source.as_ref().map(|s| s.loc)
    }
}

/// Where a finding is, when the snippet does not say it: always for a workbook's cell
/// (`requests.xlsx › 采购!B7`), whose row the snippet shows but not its name.
fn place_without_snippet(sources: &Sources, loc: Option<Loc>, has_snippet: bool) -> Option<String> {
    let p = super::position(sources, loc?);
    if p.cell.is_some() {
        return Some(p.place());
    }
    (!has_snippet).then(|| format!("{}:{}:{}", p.file, p.line, p.column))
}

fn severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

impl fmt::Debug for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(place) = &self.place {
            write!(f, "{place}")?;
        }
        Ok(())
    }
}

impl std::error::Error for View<'_> {}

impl Diagnostic for View<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        (!self.code.is_empty()).then(|| Box::new(&self.code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let loc = self.primary()?;
        let span = SourceSpan::new(loc.span.start.into(), loc.span.len());
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(self.label.clone(), span),
        )))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }
}

/// One file as miette source code. Line and column come from our own line index: columns count
/// characters (miette's own count bytes, which puts carets wrong under Chinese text), and only the
/// lines around the span are handed over.
struct Named<'a> {
    file: &'a SourceFile,
    loc: Loc,
}

impl<'a> Named<'a> {
    fn of(sources: &'a Sources, loc: Loc) -> Option<Named<'a>> {
        let file = sources.get(loc.file)?;
        let line = file.line_range(file.line_index(loc.span.start));
        if line.len() > MAX_SNIPPET_LINE || loc.span.end > file.text.len() {
            return None;
        }
        Some(Named { file, loc })
    }
}

impl SourceCode for Named<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let file = self.file;
        let start = span.offset();
        let end = start + span.len();
        if end > file.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let first = file.line_index(start).saturating_sub(context_lines_before);
        let last_line = file.line_index(end.saturating_sub(1).max(start));
        let last = (last_line + context_lines_after).min(file.line_count().saturating_sub(1));
        let from = file.line_range(first).start;
        let to = file.line_range(last).end;
        // For a sheet, the header says the cell's row and column, as every other format does.
        let column = match (context_lines_before, file.cell_at(start)) {
            (0, Some((_, column))) => column,
            (0, None) => file.line_col(start).column - 1,
            _ => 0,
        };
        let name = match &file.sheet {
            Some(sheet) => format!("{} › {sheet}", file.name),
            None => file.name.clone(),
        };
        Ok(Box::new(MietteSpanContents::new_named(
            name,
            &file.text.as_bytes()[from..to],
            SourceSpan::new(from.into(), to - from),
            first,
            column,
            last - first + 1,
        )))
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, t};

    #[test]
    fn one_fixed_finding_is_said_in_the_singular() {
        let fixed = |n: usize| t(Lang::En, "summary-fixed", &[("n", n.into())], true);
        assert!(fixed(1).starts_with("1 finding of the baseline no longer occurs:"));
        assert!(fixed(2).starts_with("2 findings of the baseline no longer occur:"));
    }
}
