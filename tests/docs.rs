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
        .map(|c| (c[0].trim_matches('`').to_string(), c[4].clone()))
        .collect();

    let mut generated = String::from(
        "\n| id | binds to | severity | 用语 | 义务 | obligation | citation | parameters | checks |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
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
        let severity = match c["severity_reason"].as_str() {
            Some(why) => format!("{} (because {})", text(&c["severity"]), cell(why)),
            None => text(&c["severity"]),
        };
        generated.push_str(&format!(
            "| `{id}` | {binds} | {severity} | {} | {} | {} | 《{}》{} | {} | {} |\n",
            c["words"].as_str().unwrap_or("—"),
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

/// Every clause of the built-in pack records the regulation's own word for its duty, and its
/// severity follows that word as PACK.md v3 defines it — unless the clause says why not. The
/// words are listed here from PACK.md v3 itself, not from the code under test; the `general`
/// clauses generalise no single article and record none. Whether each word is the one its article
/// uses is judged against the regulations by review, and the inventory below names the article.
#[test]
fn severities_follow_the_words_the_clauses_record() {
    const BINDING: &[&str] = &[
        "必须",
        "应",
        "应当",
        "须",
        "需",
        "不得",
        "严禁",
        "一定要",
        "方可",
        "由",
    ];
    const SOFTENING: &[&str] = &["一般", "原则上", "建议", "可", "可以", "酌情", "尽量"];
    let (code, out, err) = common::zhidu(&["list", "rules", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let clauses: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut wrong = Vec::new();
    for c in clauses.as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        let severity = c["severity"].as_str().unwrap();
        match (c["pack"].as_str(), c["words"].as_str()) {
            (Some("general"), None) => continue,
            (Some("general"), Some(w)) => wrong.push(format!("{id}: a general clause records {w}")),
            (_, None) => wrong.push(format!("{id}: no `words`")),
            (_, Some(word)) => {
                let expected = if BINDING.contains(&word) {
                    "error"
                } else if SOFTENING.contains(&word) {
                    "warning"
                } else {
                    wrong.push(format!("{id}: `{word}` is not a word of PACK.md v3"));
                    continue;
                };
                if severity != expected && c["severity_reason"].is_null() {
                    wrong.push(format!(
                        "{id}: {word} gives {expected}, the clause says {severity} without a reason"
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

const COVERAGE_BEGIN: &str =
    "<!-- BEGIN coverage summary: generated from the inventory below by tests/docs.rs -->";
const COVERAGE_END: &str = "<!-- END coverage summary -->";

/// One duty of the inventory (docs/pack.md): its seed section, document, article, mark (✓ ◐ ✗) and
/// what it names.
struct Duty {
    seed: String,
    document: String,
    article: String,
    mark: String,
    what: String,
}

fn inventory(doc: &str) -> Vec<Duty> {
    let section = &doc[doc.find("## The inventory").expect("the inventory section")..];
    let mut seed = String::new();
    let mut out = Vec::new();
    for line in section.lines() {
        if let Some(heading) = line.strip_prefix("### ") {
            seed = heading.split(" (").next().unwrap_or(heading).to_string();
            continue;
        }
        let row = cells(line);
        if row.len() != 7 || !row[0].chars().all(|c| c.is_ascii_digit()) || row[0].is_empty() {
            continue;
        }
        out.push(Duty {
            seed: seed.clone(),
            document: row[1].clone(),
            article: row[2].clone(),
            mark: row[5].clone(),
            what: row[6].clone(),
        });
    }
    out
}

/// The article a clause cites, as the parts an inventory row may give: `六(一)1-2` is `六(一)1`
/// and `六(一)2`; `1.4.1、1.4.3` is `1.4.1` and `1.4.3`. Compared without spaces and brackets.
fn article_parts(article: &str) -> Vec<String> {
    let norm = |a: &str| {
        a.chars()
            .filter(|c| !c.is_whitespace() && !"、，,；;（）()【】[]".contains(*c))
            .collect::<String>()
    };
    let mut out = Vec::new();
    for part in article.split(['、', '；', ';']) {
        let digits: Vec<(usize, char)> = part.char_indices().collect();
        // `…1-2…`: a range of numbered items.
        if let Some(dash) = part.find('-')
            && let (Some(a), Some(b)) = (
                part[..dash]
                    .rfind(|c: char| !c.is_ascii_digit())
                    .map(|i| i + 1)
                    .or(Some(0)),
                part[dash + 1..]
                    .find(|c: char| !c.is_ascii_digit())
                    .or(Some(part.len() - dash - 1)),
            )
            && let (Ok(from), Ok(to)) = (
                part[a..dash].parse::<u32>(),
                part[dash + 1..dash + 1 + b].parse::<u32>(),
            )
            && from <= to
            && to - from < 20
        {
            for n in from..=to {
                out.push(norm(&format!("{}{n}{}", &part[..a], &part[dash + 1 + b..])));
            }
            continue;
        }
        let _ = digits;
        out.push(norm(part));
    }
    out.retain(|p| !p.is_empty());
    out
}

/// docs/pack.md's inventory lists every duty of every seed document, with the clauses that encode
/// it or why none can. This keeps it consistent with the pack: every clause it names exists;
/// every clause of the pack (but the `general` ones, which cite no article) is named by a row of
/// the document and article it cites; and the summary is counted from the rows
/// (`ZHIDU_UPDATE_DOCS=1 cargo test --test docs`). Whether each duty, word and article is right is
/// judged against the regulations by review, not here.
#[test]
fn the_inventory_names_every_clause_with_its_article_and_counts_the_coverage() {
    let (code, out, err) = common::zhidu(&["list", "rules", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let clauses: serde_json::Value = serde_json::from_str(&out).unwrap();
    let path = Path::new("docs/pack.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let duties = inventory(&doc);
    assert!(duties.len() > 500, "{} duties", duties.len());
    let ids: std::collections::BTreeSet<&str> = clauses
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let mut wrong = Vec::new();
    for d in &duties {
        let named: Vec<&str> = d.what.split('`').skip(1).step_by(2).collect();
        match d.mark.as_str() {
            "✓" | "◐" if named.is_empty() => wrong.push(format!("{}: names no clause", d.what)),
            "✓" | "◐" => {
                for id in named.iter().filter(|id| !ids.contains(*id)) {
                    wrong.push(format!("`{id}` is not a built-in clause"));
                }
            }
            "✗" => {
                let why = d.what.split(" — ").next().unwrap_or_default();
                if !["conduct", "no record", "principle", "language"].contains(&why) {
                    wrong.push(format!("`{}` gives no reason of PACK.md v3", d.what));
                }
            }
            other => wrong.push(format!("`{other}` is not ✓, ◐ or ✗")),
        }
    }
    for c in clauses.as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        if c["pack"] == "general" {
            continue;
        }
        let (document, article) = (
            c["source"]["document"].as_str().unwrap(),
            c["source"]["article"].as_str().unwrap(),
        );
        let parts = article_parts(article);
        let cited = duties.iter().any(|d| {
            d.what.contains(&format!("`{id}`"))
                && d.document == document
                && article_parts(&d.article).iter().any(|a| {
                    parts
                        .iter()
                        .any(|p| a.contains(p.as_str()) || p.contains(a.as_str()))
                })
        });
        if !cited {
            wrong.push(format!("{id}: no duty of 《{document}》{article} names it"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");

    // (seed, whole, in part, none) per seed heading, in order.
    let mut seeds: Vec<(String, usize, usize, usize)> = Vec::new();
    for d in &duties {
        if seeds.last().is_none_or(|s| s.0 != d.seed) {
            seeds.push((d.seed.clone(), 0, 0, 0));
        }
        if let Some(s) = seeds.last_mut() {
            match d.mark.as_str() {
                "✓" => s.1 += 1,
                "◐" => s.2 += 1,
                _ => s.3 += 1,
            }
        }
    }
    let share = |whole: usize, part: usize| format!("{}%", whole * 100 / (whole + part).max(1));
    let mut summary = String::from(
        "\n| seed | duties | a record can show | encoded whole ✓ | in part ◐ | none can ✗ | coverage |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let mut all = (0, 0, 0);
    for (seed, w, p, n) in &seeds {
        summary.push_str(&format!(
            "| {seed} | {} | {} | {w} | {p} | {n} | {} |\n",
            w + p + n,
            w + p,
            share(*w, *p)
        ));
        all = (all.0 + w, all.1 + p, all.2 + n);
    }
    summary.push_str(&format!(
        "| **all** | {} | {} | {} | {} | {} | {} |\n",
        all.0 + all.1 + all.2,
        all.0 + all.1,
        all.0,
        all.1,
        all.2,
        share(all.0, all.1)
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
}

#[test]
fn install_recipes_pin_the_release_tag_of_this_version_and_name_no_public_address() {
    let tag = format!("v{}", env!("CARGO_PKG_VERSION"));
    let mut files = common::sorted_files(Path::new("docs"), "md");
    files.extend(["README.md", ".pre-commit-hooks.yaml", "Dockerfile"].map(Into::into));
    let mut pinned = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            // `--tag vX.Y.Z`, `rev: vX.Y.Z`: the tag docs/install.md's convention gives.
            for word in line.split(|c: char| c.is_whitespace() || c == '`') {
                let is_tag = word.strip_prefix('v').is_some_and(|v| {
                    v.split('.').count() == 3 && v.split('.').all(|p| p.parse::<u32>().is_ok())
                });
                if is_tag {
                    assert_eq!(word, tag, "{}:{}: {line}", file.display(), n + 1);
                    pinned += 1;
                }
            }
            // zhidu is hosted wherever its users keep it: no made-up repository address.
            for host in ["github.com/zhidu", "gitlab.com/zhidu", "gitee.com/zhidu"] {
                assert!(!line.contains(host), "{}:{}: {line}", file.display(), n + 1);
            }
        }
    }
    assert!(pinned >= 4, "the recipes pin {pinned} tags");
}
