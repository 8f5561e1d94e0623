//! The documentation's examples are real: every ```zhidu block of docs/*.md validates and is in
//! the layout `zhidu fmt` produces.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use std::path::Path;

/// The ```zhidu blocks of a Markdown file, with the line each starts on.
fn blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (n, line) in markdown.lines().enumerate() {
        match &mut current {
            None if line.trim_end() == "```zhidu" => current = Some((n + 2, String::new())),
            Some(_) if line.trim_end() == "```" => out.extend(current.take()),
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
            None => {}
        }
    }
    out
}

#[test]
fn every_policy_example_in_the_docs_validates_and_is_formatted() {
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for doc in common::sorted_files(Path::new("docs"), "md") {
        let markdown = std::fs::read_to_string(&doc).unwrap();
        for (line, block) in blocks(&markdown) {
            // A block of clauses gets a header, so that each example can show only what it is about.
            let text = if block.contains("namespace ") {
                block
            } else {
                format!("namespace doc\nsource \"文档\"\n\n{block}")
            };
            // Each example alone in its folder: a file validated alone sees the names its
            // repository (here: its folder) declares.
            let folder = dir.path().join(format!("example-{checked}"));
            std::fs::create_dir(&folder).unwrap();
            let file = folder.join("example.zhidu");
            std::fs::write(&file, &text).unwrap();
            let path = file.display().to_string();
            let (code, out, err) = common::zhidu(&["validate", &path]);
            assert_eq!(
                code,
                0,
                "{}:{line}: example does not validate:\n{out}{err}",
                doc.display()
            );
            let (code, out, err) = common::zhidu(&["fmt", "--check", &path]);
            assert_eq!(
                code,
                0,
                "{}:{line}: example is not formatted:\n{out}{err}",
                doc.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} examples found");
}

const BEGIN: &str = "<!-- BEGIN clause table: generated from rules/ by tests/docs.rs; edit only the 义务 column -->";
const END: &str = "<!-- END clause table -->";

/// The cells of a Markdown table row, with `\|` kept inside cells.
fn cells(row: &str) -> Vec<String> {
    let inner = row.trim().trim_start_matches('|').trim_end_matches('|');
    let mut out = vec![String::new()];
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                chars.next();
                out.last_mut().unwrap().push_str("\\|");
            }
            '|' => out.push(String::new()),
            c => out.last_mut().unwrap().push(c),
        }
    }
    out.into_iter().map(|c| c.trim().to_string()).collect()
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// docs/pack.md's clause table is the pack: every clause, its citation, parameters, check codes
/// and requirements as `zhidu list --format json` gives them, plus an obligation in Chinese
/// written by hand. `ZHIDU_UPDATE_DOCS=1 cargo test --test docs` regenerates it, keeping the
/// Chinese column.
#[test]
fn the_pack_table_in_the_docs_matches_the_pack() {
    let (code, out, err) = common::zhidu(&["list", "rules", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let clauses: serde_json::Value = serde_json::from_str(&out).unwrap();
    let path = Path::new("docs/pack.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let (head, rest) = doc
        .split_once(BEGIN)
        .expect("docs/pack.md has the table's BEGIN marker");
    let (table, tail) = rest
        .split_once(END)
        .expect("docs/pack.md has the table's END marker");
    let chinese: std::collections::BTreeMap<String, String> = table
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(cells)
        .filter(|c| c.len() > 3)
        .map(|c| (c[0].trim_matches('`').to_string(), c[3].clone()))
        .collect();

    let mut generated = String::from(
        "\n| id | binds to | severity | 义务 | obligation | citation | parameters | checks |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    let mut untranslated = Vec::new();
    for c in clauses.as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
        let zh = chinese.get(id).cloned().unwrap_or_default();
        if zh.is_empty() || zh == "—" {
            untranslated.push(id.to_string());
        }
        let mut requires: Vec<String> =
            c["requires"].as_array().unwrap().iter().map(text).collect();
        if let Some(applies) = c["applies"].as_str() {
            requires.insert(0, format!("applies when {applies}"));
        }
        let params: Vec<String> = c["params"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| format!("`{} = {}`", text(&p["name"]), text(&p["default"])))
            .collect();
        let checks: Vec<String> = c["checks"].as_array().unwrap().iter().map(text).collect();
        let binds = match c["binds"]["collection"].as_str() {
            Some(collection) => {
                let kinds: Vec<String> = c["binds"]["kinds"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| format!("`{}`", text(k)))
                    .collect();
                format!("{collection} {}", kinds.join(", "))
            }
            None if c["kind"] == "delegation" => "delegations".to_string(),
            None => "the organisation".to_string(),
        };
        generated.push_str(&format!(
            "| `{id}` | {binds} | {} | {} | {} | 《{}》{} | {} | {} |\n",
            text(&c["severity"]),
            if zh.is_empty() { "—".to_string() } else { zh },
            cell(&requires.join("; ")),
            cell(&text(&c["source"]["document"])),
            cell(&text(&c["source"]["article"])),
            if params.is_empty() {
                "—".to_string()
            } else {
                params.join(", ")
            },
            checks.join(", "),
        ));
    }
    generated.push('\n');

    if std::env::var_os("ZHIDU_UPDATE_DOCS").is_some() {
        std::fs::write(path, format!("{head}{BEGIN}{generated}{END}{tail}")).unwrap();
        return;
    }
    assert_eq!(
        table, generated,
        "docs/pack.md's clause table is out of date: run `ZHIDU_UPDATE_DOCS=1 cargo test --test docs`"
    );
    assert!(
        untranslated.is_empty(),
        "no Chinese obligation in docs/pack.md for {untranslated:?}"
    );
}

/// docs/checks.md is every check code's explanation, as `zhidu explain CODE` prints it.
/// `ZHIDU_UPDATE_DOCS=1 cargo test --test docs` regenerates it.
#[test]
fn the_check_reference_in_the_docs_matches_the_code() {
    let mut doc = String::from(
        "# Check codes\n\n\
         Generated from `docs/checks/<code>.md` by `tests/docs.rs`; `zhidu explain CODE`\n\
         prints the same text. Data and policy errors (`parse-error`, `data-error`,\n\
         `unknown-reference`, `duplicate-id`, `policy-error`; `skipped-file` under `--strict`)\n\
         make the run exit 2; the others are findings about the organisation and its records.\n\n",
    );
    for check in zhidu::Check::ALL {
        doc.push_str(&format!("- [`{}`](#{})\n", check.code(), check.code()));
    }
    for check in zhidu::Check::ALL {
        let body = check.explain().replace("## ", "### ");
        doc.push_str(&format!(
            "\n## {}\n\n*{} check, default severity {}*\n\n{}\n",
            check.code(),
            check.family().as_str(),
            check.default_severity(),
            body.trim_end()
        ));
    }
    let path = Path::new("docs/checks.md");
    if std::env::var_os("ZHIDU_UPDATE_DOCS").is_some() {
        std::fs::write(path, &doc).unwrap();
        return;
    }
    let current = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        current == doc,
        "docs/checks.md is out of date: run `ZHIDU_UPDATE_DOCS=1 cargo test --test docs`"
    );
}

/// The pack's severities follow the regulations' words (LANGUAGE.md v2): a duty whose Chinese
/// wording says 一般, 原则上, 建议 or a permissive 可 is a warning; one that says 必须, 须, 应 or 不得
/// and nothing softer is an error. (`方可`, "only then may", is a condition, not a permission.)
#[test]
fn severities_follow_the_words_of_the_regulations() {
    let doc = std::fs::read_to_string("docs/pack.md").unwrap();
    let table = &doc[doc.find(BEGIN).unwrap()..doc.find(END).unwrap()];
    let mut wrong = Vec::new();
    let (mut rows, mut softs) = (0, 0);
    for row in table.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
        let (id, severity, duty) = (cells[0], cells[2], cells[3]);
        rows += 1;
        // 方可 ("only then may"), 可以酌情 ("more at discretion") and 可研 (可行性研究, in a
        // department's name) are not permissions that soften a duty.
        let plain = duty
            .replace("方可", "")
            .replace("可以酌情", "")
            .replace("可研", "");
        let soft =
            ["一般", "原则上", "建议"].iter().any(|w| plain.contains(w)) || plain.contains('可');
        let hard = ["必须", "须", "应", "不得"]
            .iter()
            .any(|w| plain.contains(w));
        softs += usize::from(soft);
        match severity {
            "error" if soft => wrong.push(format!("{id}: error, but the words are soft: {duty}")),
            "warning" if hard && !soft => {
                wrong.push(format!("{id}: warning, but the words bind: {duty}"))
            }
            _ => {}
        }
    }
    assert!(rows > 60, "{rows} rows");
    assert!(softs > 10, "the soft words are found: {softs}");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

const COVERAGE_BEGIN: &str =
    "<!-- BEGIN coverage summary: generated from the tables below by tests/docs.rs -->";
const COVERAGE_END: &str = "<!-- END coverage summary -->";

/// docs/pack.md's coverage section lists, seed by seed, the checkable duties the seeds state: each
/// row names the clauses that encode it, or says `left out: <why>`. This keeps it true — every
/// clause named exists, every built-in clause is named — and generates the summary above the
/// tables from them (`ZHIDU_UPDATE_DOCS=1 cargo test --test docs`). At least nine in ten
/// checkable duties are encoded.
#[test]
fn the_coverage_tables_name_every_clause_and_the_summary_counts_them() {
    let (code, out, err) = common::zhidu(&["list", "rules", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let clauses: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids: std::collections::BTreeSet<String> = clauses
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    let path = Path::new("docs/pack.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let section = &doc[doc.find("## Coverage, seed by seed").unwrap()..];
    let section = section[1..]
        .find("\n## ")
        .map_or(section, |end| &section[..end + 1]);
    // Per seed: (heading, duties encoded, duties left out).
    let mut seeds: Vec<(String, usize, usize)> = Vec::new();
    let mut named = std::collections::BTreeSet::new();
    let mut wrong = Vec::new();
    for line in section.lines() {
        if let Some(heading) = line.strip_prefix("### ") {
            seeds.push((heading.to_string(), 0, 0));
            continue;
        }
        let row = cells(line);
        if !line.starts_with('|')
            || row.len() != 3
            || row[0] == "article"
            || row[0].starts_with("---")
        {
            continue;
        }
        if row[0] == "seed" || row[0].starts_with("document") {
            continue;
        }
        let Some(seed) = seeds.last_mut() else {
            continue;
        };
        let target = &row[2];
        if target.starts_with("left out:") {
            seed.2 += 1;
            continue;
        }
        let mentioned: Vec<&str> = target.split('`').skip(1).step_by(2).collect();
        if mentioned.is_empty() {
            wrong.push(format!("`{line}` names no clause and is not `left out: …`"));
        }
        for id in mentioned {
            if ids.contains(id) {
                named.insert(id.to_string());
            } else {
                wrong.push(format!("`{id}` is not a built-in clause ({line})"));
            }
        }
        seed.1 += 1;
    }
    for id in &ids {
        if !named.contains(id) {
            wrong.push(format!("`{id}` is in no coverage table"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");

    let (encoded, left): (usize, usize) = seeds
        .iter()
        .fold((0, 0), |(e, l), (_, a, b)| (e + a, l + b));
    let share = |e: usize, l: usize| format!("{}%", (e * 100) / (e + l).max(1));
    let mut summary = String::from(
        "\n| seed | checkable duties | encoded | left out | encoded share |\n| --- | ---: | ---: | ---: | ---: |\n",
    );
    for (heading, e, l) in &seeds {
        summary.push_str(&format!(
            "| {} | {} | {e} | {l} | {} |\n",
            heading.split(" (").next().unwrap_or(heading),
            e + l,
            share(*e, *l)
        ));
    }
    summary.push_str(&format!(
        "| **all** | {} | {encoded} | {left} | {} |\n",
        encoded + left,
        share(encoded, left)
    ));
    let (head, rest) = doc
        .split_once(COVERAGE_BEGIN)
        .expect("the summary's BEGIN marker");
    let (current, tail) = rest
        .split_once(COVERAGE_END)
        .expect("the summary's END marker");
    if std::env::var_os("ZHIDU_UPDATE_DOCS").is_some() {
        std::fs::write(
            path,
            format!("{head}{COVERAGE_BEGIN}{summary}{COVERAGE_END}{tail}"),
        )
        .unwrap();
    } else {
        assert_eq!(
            current, summary,
            "docs/pack.md's coverage summary is out of date: run `ZHIDU_UPDATE_DOCS=1 cargo test --test docs`"
        );
    }
    assert!(
        encoded * 10 >= (encoded + left) * 9,
        "only {encoded} of {} checkable duties are encoded",
        encoded + left
    );
}
