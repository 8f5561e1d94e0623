//! The HTML report (CLI.md v3): read back with a real HTML parser (html5ever, through scraper)
//! and compared with what other outputs of the same run say — `--format json` for the findings
//! and counts, `zhidu agenda --format json` for the agenda — and with cases worked by hand (a
//! fix and a break of the example for `--compare`, names that are markup).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use scraper::{Html, Selector};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

const EXAMPLE: &str = "fixtures/example";
const AS_OF: &str = "2026-11-20";

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

fn html_of(args: &[&str]) -> (String, Html) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.html");
    let mut argv: Vec<&str> = args.to_vec();
    argv.extend(["--output", out.to_str().unwrap()]);
    let (code, _, err) = common::zhidu(&argv);
    assert!(code <= 1, "{err}");
    let text = std::fs::read_to_string(&out).unwrap();
    let doc = Html::parse_document(&text);
    (text, doc)
}

fn json_of(args: &[&str]) -> Value {
    let mut argv: Vec<&str> = args.to_vec();
    argv.extend(["--format", "json"]);
    let (code, out, err) = common::zhidu(&argv);
    assert!(code <= 1, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn texts(doc: &Html, css: &str) -> Vec<String> {
    doc.select(&sel(css))
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

fn attrs(doc: &Html, css: &str, attr: &str) -> BTreeSet<String> {
    doc.select(&sel(css))
        .filter_map(|e| e.value().attr(attr).map(str::to_string))
        .collect()
}

#[test]
fn the_examples_report_in_chinese_has_every_section_and_every_finding() {
    let args = ["check", EXAMPLE, "--as-of", AS_OF, "--lang", "zh"];
    let (_, doc) = html_of(&[&args[..], &["--format", "html"]].concat());
    let json = json_of(&args);
    assert_eq!(
        doc.select(&sel("html"))
            .next()
            .unwrap()
            .value()
            .attr("lang"),
        Some("zh-CN")
    );
    let headings = texts(&doc, "section > h2");
    assert_eq!(
        headings,
        ["概况", "各制度合规情况", "问题清单", "组织架构", "待办"]
    );
    // Every finding of the JSON report, once, and nothing else.
    let findings = json["findings"].as_array().unwrap();
    let rows = doc.select(&sel("tr.finding")).count();
    assert_eq!(rows, findings.len());
    let from_json: BTreeSet<String> = findings
        .iter()
        .map(|f| f["fingerprint"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(attrs(&doc, "tr.finding", "data-fingerprint"), from_json);
    // The counts agree with the JSON summary.
    for severity in ["error", "warning", "info"] {
        assert_eq!(
            texts(&doc, &format!("#count-{severity}")),
            [json["summary"][severity].to_string()]
        );
    }
    // Compliance: every clause once per pack; breached ones are the clauses findings name.
    let number = |css: &str| -> usize {
        texts(&doc, css)
            .iter()
            .map(|t| t.parse::<usize>().unwrap())
            .sum()
    };
    let clauses = json["summary"]["clauses"].as_u64().unwrap() as usize;
    let all = number("td.met") + number("td.breached") + number("td.unjudged");
    assert_eq!(all, clauses);
    let breached: BTreeSet<&str> = findings
        .iter()
        .filter_map(|f| f["clause"].as_str())
        .collect();
    assert_eq!(number("td.breached"), breached.len());
    // Not judged in whole plus in part: the JSON's clauses, each once.
    let unjudged: BTreeSet<&str> = json["summary"]["not_judged"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["clause"].as_str().unwrap())
        .collect();
    assert_eq!(
        number("#not-judged") + number("#judged-in-part"),
        unjudged.len()
    );
    // Messages are Chinese.
    assert!(
        texts(&doc, "tr.finding td:nth-child(4)")
            .iter()
            .all(|m| m.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)))
    );
}

#[test]
fn the_organisation_marks_the_vacant_post_the_json_reports() {
    let (_, doc) = html_of(&["check", EXAMPLE, "--as-of", AS_OF, "--format", "html"]);
    // 产品生产部副经理 (prod-deputy) is held by nobody on the day (vacant-role in the findings).
    let vacant = texts(&doc, "li.role.vacant > .role-name");
    assert!(
        vacant.iter().any(|v| v.contains("(prod-deputy)")),
        "{vacant:?}"
    );
    let marked = texts(&doc, "li.role.vacant ul.marks");
    assert!(
        marked.iter().any(|m| m.contains("vacant-role")),
        "{marked:?}"
    );
    // Every unit of the data is in the tree.
    let shown = texts(&doc, "#org .unit-name");
    let file = std::fs::read_to_string(format!("{EXAMPLE}/org/units.toml")).unwrap();
    let data: toml::Table = file.parse().unwrap();
    let units = data["units"].as_array().unwrap();
    assert_eq!(shown.len(), units.len());
    for unit in units {
        let id = unit["id"].as_str().unwrap();
        assert!(
            shown.iter().any(|u| u.ends_with(&format!("({id})"))),
            "{id} not in {shown:?}"
        );
    }
}

#[test]
fn the_agenda_section_is_what_zhidu_agenda_lists_for_30_days() {
    let (_, doc) = html_of(&["check", EXAMPLE, "--as-of", AS_OF, "--format", "html"]);
    let (code, out, err) = common::zhidu(&[
        "agenda", EXAMPLE, "--as-of", AS_OF, "--within", "30d", "--format", "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let agenda: Value = serde_json::from_str(&out).unwrap();
    let items = agenda["items"].as_array().unwrap();
    assert!(!items.is_empty());
    let rows = doc.select(&sel("table.agenda tbody tr")).count();
    assert_eq!(rows, items.len());
    let dues: Vec<String> = texts(&doc, "table.agenda tbody td:first-child")
        .iter()
        .map(|t| t.chars().take(10).collect())
        .collect();
    let expected: Vec<String> = items
        .iter()
        .map(|i| i["due"].as_str().unwrap().chars().take(10).collect())
        .collect();
    assert_eq!(dues, expected);
}

/// The example with purchase-18 fixed (the 总经理 signs it) and purchase-19 broken (the
/// 总经理's signature taken away): worked by hand, each is named by two clauses
/// (mgmt.signing-chain and research.purchase-approval).
#[test]
fn compare_marks_new_still_open_and_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let before = dir.path().join("before.json");
    let (_, out, _) = common::zhidu(&["check", EXAMPLE, "--as-of", AS_OF, "--format", "json"]);
    std::fs::write(&before, &out).unwrap();
    let previous: Value = serde_json::from_str(&out).unwrap();
    let data = dir.path().join("example");
    common::copy_dir(Path::new(EXAMPLE), &data);
    let requests = data.join("records/requests.yaml");
    let text = std::fs::read_to_string(&requests).unwrap();
    let fixed = text.replace(
        "{by: p-business-dean, at: 2026-02-20}]",
        "{by: p-business-dean, at: 2026-02-20}, {by: p-gm, at: 2026-02-21}]",
    );
    let broken = fixed.replace(
        "{by: p-business-dean, at: 2026-11-05}, {by: p-gm, at: 2026-11-06}], attrs: {accepted: 2026-11-13, paid: 2026-11-14}}\n  - {id: sample-20",
        "{by: p-business-dean, at: 2026-11-05}], attrs: {accepted: 2026-11-13, paid: 2026-11-14}}\n  - {id: sample-20",
    );
    assert!(fixed != text && broken != fixed, "the example changed");
    std::fs::write(&requests, broken).unwrap();
    let data = data.to_str().unwrap();
    let before_arg = before.to_str().unwrap();
    let args = ["check", data, "--as-of", AS_OF, "--compare", before_arg];
    let (_, doc) = html_of(&[&args[..], &["--format", "html"]].concat());
    let subjects = |change: &str| -> Vec<String> {
        doc.select(&sel(&format!(
            "tr.finding[data-change={change}] td:nth-child(3)"
        )))
        .map(|e| e.text().collect::<String>())
        .collect()
    };
    assert_eq!(subjects("new"), ["purchase-19", "purchase-19"]);
    assert_eq!(subjects("open").len(), 7);
    assert!(!subjects("open").iter().any(|s| s.starts_with("purchase-")));
    let gone: Vec<&str> = previous["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["subject"] == "purchase-18")
        .map(|f| f["fingerprint"].as_str().unwrap())
        .collect();
    assert_eq!(gone.len(), 2);
    let listed = attrs(&doc, "#fixed tr[data-fingerprint]", "data-fingerprint");
    assert_eq!(listed, gone.iter().map(|s| s.to_string()).collect());
    assert_eq!(texts(&doc, "#count-new"), ["2"]);
    assert_eq!(texts(&doc, "#count-open"), ["7"]);
    assert_eq!(texts(&doc, "#count-fixed"), ["2"]);
}

#[test]
fn a_compare_file_that_is_not_a_report_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("previous.json");
    std::fs::write(&bad, "{\"findings\": [").unwrap();
    let (code, _, err) = common::zhidu(&[
        "check",
        EXAMPLE,
        "--as-of",
        AS_OF,
        "--format",
        "html",
        "--compare",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("previous.json") && err.contains("line 1"),
        "{err}"
    );
}

#[test]
fn names_that_are_markup_show_as_text() {
    let (text, doc) = html_of(&["check", "fixtures/html/escaping", "--format", "html"]);
    // One script: the report's own.
    assert_eq!(doc.select(&sel("script")).count(), 1);
    assert_eq!(doc.select(&sel("img, b, i")).count(), 0);
    assert!(!text.contains("<script>alert"));
    // The finding names the 总经理's holder, whose name is a script.
    let messages = texts(&doc, "tr.finding td:nth-child(4)");
    assert_eq!(messages.len(), 1);
    assert!(
        messages[0].contains("<script>alert(\"x\")&</script> (p-gm)"),
        "{messages:?}"
    );
    let page: String = doc.root_element().text().collect();
    for shown in [
        "A & B \"销售部\" <script>alert('unit')</script>",
        "<img src=x onerror=alert(1)>",
        "销售部经理 <i>&amp;</i>",
        "示例公司 <b>总部</b>",
    ] {
        assert!(page.contains(shown), "{shown} is not shown as text");
    }
}

#[test]
fn the_page_asks_for_nothing_from_the_network() {
    let (text, doc) = html_of(&["check", EXAMPLE, "--as-of", AS_OF, "--format", "html"]);
    for css in ["link", "img", "iframe", "script[src]", "object", "embed"] {
        assert_eq!(doc.select(&sel(css)).count(), 0, "{css}");
    }
    let policy = attrs(&doc, "meta[http-equiv=Content-Security-Policy]", "content");
    assert!(policy.iter().all(|p| p.starts_with("default-src 'none'")));
    assert!(!text.contains("http://") && !text.contains("https://"));
    assert!(!text.contains("@import") && !text.contains("url("));
}

#[test]
fn the_same_input_gives_the_same_page() {
    let args = ["check", EXAMPLE, "--as-of", AS_OF, "--format", "html"];
    let (one, _) = html_of(&args);
    let (two, _) = html_of(&[&args[..], &["--jobs", "1"]].concat());
    assert_eq!(one, two);
}

#[test]
fn the_output_extension_chooses_html() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let (code, stdout, err) = common::zhidu(&[
        "check",
        EXAMPLE,
        "--as-of",
        AS_OF,
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(stdout.is_empty());
    let text = std::fs::read_to_string(out).unwrap();
    assert!(text.starts_with("<!DOCTYPE html>"));
}

/// A mistyped data folder with the report going to a file: the terminal still says what could
/// not be read (a new user's trial found it silent).
#[test]
fn written_to_a_file_the_input_errors_still_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.html");
    let (code, stdout, err) = common::zhidu(&[
        "check",
        "fixtures/exmaple",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(err.contains("fixtures/exmaple"), "{err}");
}

#[test]
fn compare_refuses_to_overwrite_the_report_it_reads_and_says_where_it_does_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let previous = dir.path().join("m1.json");
    let (_, json, _) = common::zhidu(&["check", EXAMPLE, "--as-of", AS_OF, "--format", "json"]);
    std::fs::write(&previous, &json).unwrap();
    let path = previous.to_str().unwrap();
    let (code, _, err) = common::zhidu(&[
        "check",
        EXAMPLE,
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--compare",
        path,
        "-o",
        path,
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--compare"), "{err}");
    assert_eq!(std::fs::read_to_string(&previous).unwrap(), json);
    let (code, out, err) = common::zhidu(&[
        "check",
        EXAMPLE,
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--compare",
        path,
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("--format html or xlsx"), "{err}");
    assert_eq!(out, json);
}

/// Reports an earlier run wrote into the data folder, under any name, are not data on the next
/// run (CLI.md v3): the findings and the files read are those of the folder without them.
#[test]
fn last_months_reports_in_the_data_folder_are_not_read_as_data() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("example");
    common::copy_dir(Path::new(EXAMPLE), &data);
    let folder = data.to_str().unwrap();
    let args = ["check", folder, "--as-of", AS_OF, "--format", "json"];
    let (_, before, _) = common::zhidu(&args);
    for (flags, name) in [
        (&["--format", "json"][..], "上月报告.json"),
        (&["--format", "sarif"][..], "scan.sarif"),
        (
            &["--format", "xlsx", "--lang", "zh"][..],
            "整改清单-11月.xlsx",
        ),
        (&["--format", "xlsx", "--lang", "en"][..], "list.xlsx"),
    ] {
        let out = data.join("records").join(name);
        let mut argv = vec![
            "check",
            folder,
            "--as-of",
            AS_OF,
            "-o",
            out.to_str().unwrap(),
        ];
        argv.extend(flags);
        let (code, _, err) = common::zhidu(&argv);
        assert_eq!(code, 1, "{err}");
    }
    let (code, out, _) = common::zhidu(&["agenda", folder, "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 0);
    std::fs::write(data.join("agenda.json"), out).unwrap();
    let (_, after, _) = common::zhidu(&args);
    assert_eq!(after, before);
}

/// Hostile org data: a chain of 200 units each under the last, and two units each other's
/// parent. The tree shows every unit once, nests no deeper than it must to stay readable, and
/// the loop does not hang the page's writing.
#[test]
fn a_deep_chain_and_a_loop_of_parents_show_every_unit_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut yaml = String::from("units:\n  - {id: u0, name: 总部}\n");
    for i in 1..200 {
        yaml.push_str(&format!(
            "  - {{id: u{i}, name: 部门{i}, parent: u{}}}\n",
            i - 1
        ));
    }
    yaml.push_str("  - {id: a, name: 甲, parent: b}\n  - {id: b, name: 乙, parent: a}\n");
    yaml.push_str("roles:\n  - {id: boss, title: 总经理, unit: u0}\npeople:\n  - {id: p1, name: 张三, roles: [boss]}\n");
    std::fs::write(dir.path().join("org.yaml"), yaml).unwrap();
    let (_, doc) = html_of(&[
        "check",
        dir.path().to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--format",
        "html",
    ]);
    let mut shown = texts(&doc, "#org .unit-name");
    assert_eq!(shown.len(), 202);
    shown.sort();
    shown.dedup();
    assert_eq!(shown.len(), 202);
    let depth = doc
        .select(&sel("#org li.unit"))
        .map(|li| {
            li.ancestors()
                .filter(|a| a.value().as_element().is_some_and(|e| e.name() == "ul"))
                .count()
        })
        .max()
        .unwrap();
    assert!(depth <= 2 * 24 + 1, "nested {depth} lists deep");
}
