//! The page: head (style inline, a content security policy that forbids every request), the
//! sections in order, the filter script. Every word a person reads comes from the catalogues.

use super::Sections;
use super::compliance::{Compliance, Standing};
use super::org::{Mark, RoleNode, UnitNode};
use super::svg::{Part, bar};
use super::words::{check_name, say, say_message, severity_name};
use crate::agenda::{Agenda, Item};
use crate::diagnostic::{Check, Severity};
use crate::i18n::{Lang, Message};
use crate::report::Report;
use crate::report::compare::{Change, Comparison};
use maud::{DOCTYPE, Markup, PreEscaped, html};

const STYLE: &str = include_str!("style.css");
const SCRIPT: &str = include_str!("filter.js");
/// Nothing may be fetched: not a script, a style, a font, an image or a frame.
const POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

pub(super) fn page(report: &Report, sections: Option<&Sections>) -> Markup {
    let lang = report.lang;
    html! {
        (DOCTYPE)
        html lang=(match lang { Lang::Zh => "zh-CN", Lang::En => "en" }) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(POLICY);
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title(report)) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { (title(report)) }
                    (nav(report, sections))
                }
                main {
                    (summary(report, sections))
                    @if let Some(s) = sections { (compliance(lang, &s.compliance, report)) }
                    (super::findings::section(report))
                    @if let Some(c) = &report.summary.compare { (fixed(lang, c)) }
                    @if let Some(s) = sections {
                        (org(lang, &s.org))
                        (agenda(lang, &s.agenda))
                    }
                }
                footer { (say_message(lang, Message::new("html-footer").arg("version", env!("CARGO_PKG_VERSION")))) }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    }
}

fn title(report: &Report) -> String {
    let message = match report.summary.as_of {
        Some(day) => Message::new("html-title-as-of").date("as_of", day),
        None => Message::new("html-title"),
    };
    say_message(report.lang, message)
}

fn nav(report: &Report, sections: Option<&Sections>) -> Markup {
    let lang = report.lang;
    let mut links = vec![("#summary", "html-summary-title")];
    if sections.is_some() {
        links.push(("#compliance", "html-compliance-title"));
    }
    links.push(("#findings", "html-findings-title"));
    if report.summary.compare.is_some() {
        links.push(("#fixed", "html-fixed-title"));
    }
    if sections.is_some() {
        links.extend([("#org", "html-org-title"), ("#agenda", "html-agenda-title")]);
    }
    html! {
        nav { @for (href, id) in links { a href=(href) { (say(lang, id)) } " " } }
    }
}

fn summary(report: &Report, sections: Option<&Sections>) -> Markup {
    let lang = report.lang;
    let s = &report.summary;
    let whole: std::collections::BTreeSet<&str> = s
        .not_judged
        .iter()
        .filter(|n| n.whole)
        .map(|n| n.clause.as_str())
        .collect();
    let unjudged = whole.len();
    // Clauses judged but for a step or a period: the human report's "in whole or in part" is
    // the two counts together.
    let in_part = s
        .not_judged
        .iter()
        .filter(|n| !whole.contains(n.clause.as_str()))
        .map(|n| n.clause.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let severities = [Severity::Error, Severity::Warning, Severity::Info];
    let parts: Vec<Part> = severities
        .iter()
        .map(|&sev| Part {
            count: report.count(sev),
            class: sev.as_str(),
            label: format!("{} {}", severity_name(lang, sev), report.count(sev)),
        })
        .collect();
    let packs: Vec<String> = sections.map_or_else(Vec::new, |x| {
        x.compliance.iter().map(|c| c.pack.clone()).collect()
    });
    html! {
        section #summary {
            h2 { (say(lang, "html-summary-title")) }
            dl.summary {
                @if let Some(day) = s.as_of { dt { (say(lang, "html-summary-as-of")) } dd { (day) } }
                @if !packs.is_empty() { dt { (say(lang, "html-summary-packs")) } dd { (packs.join(", ")) } }
                dt { (say(lang, "html-summary-judged")) } dd #judged { (s.clauses.saturating_sub(unjudged)) }
                dt { (say(lang, "html-summary-not-judged")) } dd #not-judged { (unjudged) }
                dt { (say(lang, "html-summary-in-part")) } dd #judged-in-part { (in_part) }
                dt { (say(lang, "html-summary-files")) } dd { (s.files) }
                dt { (say(lang, "html-summary-records")) } dd { (s.records) }
                @for sev in severities {
                    dt { (severity_name(lang, sev)) } dd id={ "count-" (sev.as_str()) } { (report.count(sev)) }
                }
                dt { (say(lang, "html-summary-baselined")) } dd { (report.baselined()) }
                dt { (say(lang, "html-summary-waived")) } dd { (report.waived()) }
                @if let Some(c) = &s.compare {
                    dt { (say(lang, "html-compare-new")) } dd #count-new { (c.count(Change::New)) }
                    dt { (say(lang, "html-compare-open")) } dd #count-open { (c.count(Change::StillOpen)) }
                    dt { (say(lang, "html-compare-fixed")) } dd #count-fixed { (c.fixed.len()) }
                }
            }
            (bar(&parts, 480))
            p.legend {
                @for part in &parts { span class={ "key " (part.class) } { (part.label) } " " }
            }
        }
    }
}

fn compliance(lang: Lang, packs: &[Compliance], report: &Report) -> Markup {
    let reason = |clause: &str| {
        report
            .summary
            .not_judged
            .iter()
            .find(|n| n.clause == clause)
            .map(|n| n.reason.render(lang, true).into_owned())
    };
    html! {
        section #compliance {
            h2 { (say(lang, "html-compliance-title")) }
            table.compliance {
                thead { tr {
                    th { (say(lang, "html-col-pack")) }
                    th { (say(lang, "html-col-regulation")) }
                    th {}
                    th { (say(lang, "html-compliance-met")) }
                    th { (say(lang, "html-compliance-breached")) }
                    th { (say(lang, "html-compliance-not-judged")) }
                } }
                tbody {
                    @for p in packs {
                        tr data-pack=(p.pack) {
                            td { code { (p.pack) } }
                            td {
                                details.clauses {
                                    summary {
                                        span.documents {
                                            @for d in &p.documents { span.document { "《" (d) "》" } }
                                            @if p.documents.is_empty() { (say(lang, "html-compliance-general")) }
                                        }
                                    }
                                    ul {
                                        @for c in &p.clauses {
                                            li class=(standing_class(c.standing)) {
                                                span.standing { (say(lang, standing_id(c.standing))) } " "
                                                code { (c.id) } " " (c.citation.to_string())
                                                @if let Some(t) = &c.title { " — " (title_in(lang, t)) }
                                                @if let Some(why) = reason(&c.id) { br; small { (why) } }
                                            }
                                        }
                                    }
                                }
                            }
                            td { (bar(&standing_parts(lang, p), 240)) }
                            td.met { (p.count(Standing::Met)) }
                            td.breached { (p.count(Standing::Breached)) }
                            td.unjudged { (p.count(Standing::NotJudged)) }
                        }
                    }
                }
            }
        }
    }
}

/// A clause's title in the reader's language: the pack writes `中文 · English`.
fn title_in(lang: Lang, title: &str) -> &str {
    match (lang, title.split_once(" · ")) {
        (Lang::Zh, Some((zh, _))) => zh.trim(),
        (Lang::En, Some((_, en))) => en.trim(),
        _ => title,
    }
}

fn standing_parts(lang: Lang, p: &Compliance) -> Vec<Part<'static>> {
    [Standing::Met, Standing::Breached, Standing::NotJudged]
        .into_iter()
        .map(|s| Part {
            count: p.count(s),
            class: standing_class(s),
            label: format!("{} {}", say(lang, standing_id(s)), p.count(s)),
        })
        .collect()
}

fn standing_class(s: Standing) -> &'static str {
    match s {
        Standing::Met => "met",
        Standing::Breached => "breached",
        Standing::NotJudged => "unjudged",
    }
}

fn standing_id(s: Standing) -> &'static str {
    match s {
        Standing::Met => "html-compliance-met",
        Standing::Breached => "html-compliance-breached",
        Standing::NotJudged => "html-compliance-not-judged",
    }
}

fn fixed(lang: Lang, c: &Comparison) -> Markup {
    html! {
        section #fixed {
            h2 { (say(lang, "html-fixed-title")) }
            @if c.fixed.is_empty() {
                p.none { (say(lang, "html-fixed-none")) }
            } @else {
                p { (say(lang, "html-fixed-note")) }
                table.fixed {
                    thead { tr {
                        th { (say(lang, "html-col-check")) }
                        th { (say(lang, "html-col-subject")) }
                        th { (say(lang, "html-col-message")) }
                        th { (say(lang, "html-col-source")) }
                    } }
                    tbody {
                        @for e in &c.fixed {
                            tr data-fingerprint=(e.fingerprint) {
                                td { (Check::from_code(&e.check).map_or_else(|| e.check.clone(), |k| check_name(lang, k))) }
                                td { code { (e.subject) } }
                                td { (e.message) }
                                td { (e.source.as_deref().unwrap_or("")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn org(lang: Lang, units: &[UnitNode]) -> Markup {
    html! {
        section #org {
            h2 { (say(lang, "html-org-title")) }
            @if units.is_empty() {
                p.none { (say(lang, "html-org-none")) }
            } @else {
                ul.tree { @for u in units { (unit(lang, u)) } }
            }
        }
    }
}

fn unit(lang: Lang, u: &UnitNode) -> Markup {
    html! {
        li.unit {
            span.unit-name {
                @if u.name.is_empty() { (say(lang, "html-org-loose")) } @else { (u.name) }
            }
            (marks(lang, &u.marks))
            @if !u.roles.is_empty() {
                ul.roles { @for r in &u.roles { (role(lang, r)) } }
            }
            @if !u.children.is_empty() {
                ul.tree { @for c in &u.children { (unit(lang, c)) } }
            }
        }
    }
}

fn role(lang: Lang, r: &RoleNode) -> Markup {
    let held = r.holders.len();
    let seats = r.seats as usize;
    let class = match held.cmp(&seats) {
        std::cmp::Ordering::Less => "role vacant",
        std::cmp::Ordering::Greater => "role over",
        std::cmp::Ordering::Equal => "role",
    };
    html! {
        li class=(class) {
            @if r.head { span.head { (say(lang, "html-org-head")) } " " }
            span.role-name { (r.name) } " "
            span.seats { (say_message(lang, Message::new("html-org-seats").arg("held", held).arg("seats", seats))) }
            @if held < seats { " " span.flag.vacant { (say(lang, "html-org-vacant")) } }
            @if held > seats { " " span.flag.over { (say(lang, "html-org-over")) } }
            (marks(lang, &r.marks))
            @if !r.holders.is_empty() {
                ul.holders {
                    @for h in &r.holders { li { (h.name) (marks(lang, &h.marks)) } }
                }
            }
        }
    }
}

fn marks(lang: Lang, marks: &[Mark]) -> Markup {
    html! {
        @if !marks.is_empty() {
            ul.marks {
                @for m in marks {
                    li { span.flag { (check_name(lang, m.check)) } " " (m.message.render(lang, true)) }
                }
            }
        }
    }
}

fn agenda(lang: Lang, agenda: &Agenda) -> Markup {
    html! {
        section #agenda {
            h2 { (say(lang, "html-agenda-title")) }
            p { (say_message(lang, Message::new("html-agenda-range").date("as_of", agenda.as_of).date("until", agenda.until))) }
            @if agenda.items.is_empty() {
                p.none { (say(lang, "agenda-human-empty")) }
            } @else {
                table.agenda {
                    thead { tr {
                        th { (say(lang, "html-col-due")) }
                        th { (say(lang, "html-col-status")) }
                        th { (say(lang, "html-col-duty")) }
                        th { (say(lang, "html-col-owners")) }
                        th { (say(lang, "html-col-next")) }
                        th { (say(lang, "html-col-risks")) }
                        th { (say(lang, "html-col-source")) }
                    } }
                    tbody { @for item in &agenda.items { (agenda_row(lang, item)) } }
                }
            }
        }
    }
}

fn agenda_row(lang: Lang, item: &Item) -> Markup {
    html! {
        tr class=(item.status.code()) data-fingerprint=(item.fingerprint) {
            td { (item.due) @if item.due != item.nominal { br; small { (say_message(lang, Message::new("html-agenda-nominal").date("nominal", item.nominal))) } } }
            td { (say(lang, crate::agenda::ics::status_id(item))) }
            td { (say_message(lang, item.what.clone())) br; code { (item.subject) } }
            td { @for o in &item.owners { (say_message(lang, crate::agenda::owner_line(o))) br; } }
            td { ol { @for next in &item.next { li { (say_message(lang, crate::agenda::step_by(next))) } } } }
            td { @for r in &item.risks { span.flag { (say(lang, crate::agenda::ics::risk_id(r.code))) } " " (say_message(lang, r.message.clone())) br; } }
            td {
                @if let Some(s) = &item.source { (s.to_string()) }
                @if let Some(w) = &item.words { br; span.words { (say_message(lang, Message::new("html-words").arg("words", &**w))) } }
            }
        }
    }
}
