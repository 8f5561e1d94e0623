//! Generates what the crate derives from files of the repository:
//! - `builtin.rs`: the built-in pack (`rules/*.zhidu`) and the compliant example of each built-in
//!   clause (`fixtures/pack/<clause-id>/pass/data.yaml`, shown by `zhidu explain`);
//! - `keywords.rs`: the words each grammar rule can start with, and each rule's `///` comment,
//!   read from `grammar/zhidu.pest`, so that no list of keywords or their meanings is kept by
//!   hand;
//! - `fixtures/<suite>.rs`: one `#[test]` per fixture (`fixtures/checks/<code>/`, each file of
//!   `fixtures/policy-errors/` and `fixtures/fmt/`, each folder of `fixtures/data-errors/`), so
//!   that a failing fixture fails its own test and a new fixture is a new test. (The pack's own
//!   cases, `fixtures/pack/<clause>/<case>/`, are `zhidu test` cases: tests/pack.rs runs them.)

use pest_meta::ast::{Expr, Rule as GrammarRule};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=grammar/zhidu.pest");
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    write(
        &Path::new(&out_dir).join("keywords.rs"),
        &keywords(Path::new(&root)),
    );
    fixture_tests(Path::new(&root), &Path::new(&out_dir).join("fixtures"));
    let mut out = String::new();
    out.push_str("/// The built-in pack: (path in the repository, text).\npub static RULES: &[(&str, &str)] = &[\n");
    for path in sorted(&Path::new(&root).join("rules"), "zhidu") {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "    (\"rules/{name}\", include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n\n/// Compliant examples of built-in clauses: (clause id, YAML).\npub static EXAMPLES: &[(&str, &str)] = &[\n");
    let pack = Path::new(&root).join("fixtures/pack");
    let mut dirs: Vec<_> = std::fs::read_dir(&pack)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        let example = dir.join("pass").join("data.yaml");
        if example.is_file() {
            let id = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let _ = writeln!(
                out,
                "    ({id:?}, include_str!({:?})),",
                example.display().to_string()
            );
        }
    }
    out.push_str("];\n");
    write(&Path::new(&out_dir).join("builtin.rs"), &out);
}

/// One generated test per fixture: `#[test] fn <name>() { <runner>("<path>") }`, the runner
/// being a function of the test file that includes the list.
fn fixture_tests(root: &Path, out: &Path) {
    println!("cargo:rerun-if-changed=fixtures");
    let _ = std::fs::create_dir_all(out);
    let fixtures = root.join("fixtures");
    let entries = |dir: &str, want_dir: bool, ext: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(fixtures.join(dir))
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| {
                        if want_dir {
                            p.is_dir()
                        } else {
                            p.extension().is_some_and(|e| e == ext)
                        }
                    })
                    .filter_map(|p| {
                        let name = if want_dir {
                            p.file_name()
                        } else {
                            p.file_stem()
                        };
                        name.and_then(|n| n.to_str()).map(str::to_string)
                    })
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    };
    let suite = |cases: Vec<(String, String)>, runner: &str| {
        let mut text = String::new();
        for (name, arg) in cases {
            let _ = writeln!(
                text,
                "#[test]\nfn {}() {{\n    {runner}({arg:?});\n}}\n",
                ident(&name)
            );
        }
        text
    };
    let simple = |names: Vec<String>| names.into_iter().map(|n| (n.clone(), n)).collect();
    write(
        &out.join("checks.rs"),
        &suite(simple(entries("checks", true, "")), "check_fixture"),
    );
    write(
        &out.join("policy_errors.rs"),
        &suite(
            simple(entries("policy-errors", false, "zhidu")),
            "policy_error",
        ),
    );
    write(
        &out.join("fmt.rs"),
        &suite(simple(entries("fmt", false, "zhidu")), "fmt_fixture"),
    );
    write(
        &out.join("data_errors.rs"),
        &suite(simple(entries("data-errors", true, "")), "data_error"),
    );
}

/// A fixture's name as a Rust identifier: `ops.weekly-meeting__fail-cadence` →
/// `ops_weekly_meeting__fail_cadence`.
fn ident(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if out.chars().next().is_none_or(|c| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

fn write(dest: &Path, text: &str) {
    if let Err(e) = std::fs::write(dest, text) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}

/// `first_words(rule)`: the words a rule can start with, for "did you mean" after a syntax
/// error.
fn keywords(root: &Path) -> String {
    let text = std::fs::read_to_string(root.join("grammar/zhidu.pest")).unwrap_or_default();
    let rules: Vec<GrammarRule> =
        match pest_meta::parser::parse(pest_meta::parser::Rule::grammar_rules, &text) {
            Ok(pairs) => pest_meta::parser::consume_rules(pairs).unwrap_or_default(),
            Err(e) => {
                println!("cargo:warning=grammar/zhidu.pest does not parse: {e}");
                Vec::new()
            }
        };
    let bodies: BTreeMap<&str, &Expr> = rules.iter().map(|r| (r.name.as_str(), &r.expr)).collect();
    let mut out = String::from(
        "/// The words a grammar rule can start with, in grammar order (one-letter abbreviations left\n\
         /// out).\n\
         pub fn first_words(rule: Rule) -> &'static [&'static str] {\n    match rule {\n",
    );
    for rule in &rules {
        let words: Vec<String> = first(&rule.expr, &bodies, &mut Vec::new())
            .0
            .into_iter()
            .filter(|w| w.chars().count() > 1 || !w.is_ascii())
            .collect();
        if !words.is_empty() {
            let _ = writeln!(out, "        Rule::{} => &{words:?},", rule.name);
        }
    }
    out.push_str("        _ => &[],\n    }\n}\n\n");
    out.push_str(&rule_docs(&text));
    out
}

/// `rule_doc(rule)`: the `///` comment above a rule in the grammar (what an editor shows on a
/// keyword of it), empty where there is none.
fn rule_docs(grammar: &str) -> String {
    let mut out = String::from(
        "/// The grammar's `///` comment of a rule, as one line of text.\n\
         pub fn rule_doc(rule: Rule) -> &'static str {\n    match rule {\n",
    );
    let mut doc: Vec<&str> = Vec::new();
    for line in grammar.lines() {
        let line = line.trim_start();
        if let Some(text) = line.strip_prefix("///") {
            doc.push(text.trim());
            continue;
        }
        let name: String = line
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let body = line[name.len()..].trim_start();
        // A silent rule (`_{ … }`) has no `Rule` of its own.
        let defines =
            !name.is_empty() && body.starts_with('=') && !body[1..].trim_start().starts_with('_');
        if defines && !doc.is_empty() {
            let _ = writeln!(out, "        Rule::{name} => {:?},", doc.join(" "));
        }
        doc.clear();
    }
    out.push_str("        _ => \"\",\n    }\n}\n");
    out
}

/// The words an expression can start with, in grammar order, and whether it can match nothing.
/// Only literals that are words count (`"{"` does not); lookaheads consume nothing.
fn first<'g>(
    expr: &'g Expr,
    rules: &BTreeMap<&str, &'g Expr>,
    visiting: &mut Vec<&'g str>,
) -> (Vec<String>, bool) {
    let join = |mut a: Vec<String>, b: Vec<String>| {
        for w in b {
            if !a.contains(&w) {
                a.push(w);
            }
        }
        a
    };
    match expr {
        Expr::Str(s) | Expr::Insens(s) => {
            let word = s.chars().next().is_some_and(char::is_alphabetic);
            (
                if word { vec![s.clone()] } else { Vec::new() },
                s.is_empty(),
            )
        }
        Expr::Ident(name) => match rules.get(name.as_str()) {
            Some(body) if !visiting.contains(&name.as_str()) => {
                visiting.push(name);
                let result = first(body, rules, visiting);
                visiting.pop();
                result
            }
            // A built-in class (LETTER, ASCII_DIGIT, …) or a rule already being looked at.
            _ => (Vec::new(), false),
        },
        Expr::Seq(a, b) => {
            let (words, nullable) = first(a, rules, visiting);
            if !nullable {
                return (words, false);
            }
            let (more, rest) = first(b, rules, visiting);
            (join(words, more), rest)
        }
        Expr::Choice(a, b) => {
            let (words, x) = first(a, rules, visiting);
            let (more, y) = first(b, rules, visiting);
            (join(words, more), x || y)
        }
        Expr::Opt(e) | Expr::Rep(e) | Expr::RepMax(e, _) => (first(e, rules, visiting).0, true),
        Expr::RepOnce(e) | Expr::RepExact(e, _) | Expr::RepMin(e, _) | Expr::RepMinMax(e, _, _) => {
            first(e, rules, visiting)
        }
        Expr::Push(e) => first(e, rules, visiting),
        Expr::PosPred(_) | Expr::NegPred(_) => (Vec::new(), true),
        _ => (Vec::new(), false),
    }
}

fn sorted(dir: &Path, ext: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
