//! zhidu speaks Chinese (CLI v3 "Language of messages"): the choice of language by flag, file and
//! environment, the example company's report and `explain` in both languages, and machine fields
//! that never change with the language.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use serde_json::Value;
use std::process::Command;

const EXAMPLE: &str = "fixtures/example";

fn check(lang: &str, format: &str) -> String {
    let (_, out, err) = common::zhidu(&[
        "check",
        EXAMPLE,
        "--as-of",
        "2026-11-20",
        "--format",
        format,
        "--lang",
        lang,
    ]);
    assert!(err.is_empty(), "{err}");
    out
}

#[test]
fn the_example_report_in_chinese() {
    insta::assert_snapshot!("example_human_zh", check("zh", "human"));
}

#[test]
fn explain_in_chinese() {
    for id in ["late", "ops.monthly-plan"] {
        let (code, out, _) = common::zhidu(&["explain", id, "--lang", "zh", "--builtin"]);
        assert_eq!(code, 0);
        insta::assert_snapshot!(format!("explain_{id}_zh"), out);
    }
}

#[test]
fn json_differs_between_languages_only_in_prose() {
    let parse = |lang| serde_json::from_str::<Value>(&check(lang, "json")).unwrap();
    let (en, zh) = (parse("en"), parse("zh"));
    assert_eq!(en["lang"], "en");
    assert_eq!(zh["lang"], "zh");
    // The summary's counts are the same; the reasons a clause is not judged are prose
    // (CLI.md v3), in each language, about the same clauses.
    let (mut en_summary, mut zh_summary) = (en["summary"].clone(), zh["summary"].clone());
    let clauses = |n: &mut Value| -> Vec<Value> {
        let list = n["not_judged"].take();
        list.as_array()
            .unwrap()
            .iter()
            .map(|n| n["clause"].clone())
            .collect()
    };
    assert_eq!(clauses(&mut en_summary), clauses(&mut zh_summary));
    assert_eq!(en_summary, zh_summary);
    let reasons = |v: &Value| {
        v["summary"]["not_judged"][0]["reason"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(reasons(&en).is_ascii() && !reasons(&zh).is_ascii());
    let (en, zh) = (
        en["findings"].as_array().unwrap(),
        zh["findings"].as_array().unwrap(),
    );
    assert_eq!(en.len(), zh.len());
    let mut differ = 0;
    for (e, z) in en.iter().zip(zh) {
        // Everything but the prose is the same, fingerprints included.
        let strip = |f: &Value| {
            let mut f = f.clone();
            for key in ["message", "help"] {
                f[key] = Value::Null;
            }
            for r in f["related"].as_array_mut().into_iter().flatten() {
                r["message"] = Value::Null;
            }
            f
        };
        assert_eq!(strip(e), strip(z));
        if e["message"] != z["message"] {
            differ += 1;
        }
        // Machine formats keep ISO dates in either language.
        assert!(
            !z["message"].as_str().unwrap().contains("年11月20日"),
            "{z}"
        );
    }
    assert_eq!(
        differ,
        en.len(),
        "every finding of the example speaks Chinese"
    );
}

#[test]
fn the_language_comes_from_the_flag_then_zhidu_toml_then_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    copy(std::path::Path::new(EXAMPLE), dir.path());
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_zhidu"));
        cmd.args(["check", ".", "--as-of", "2026-11-20", "--quiet"])
            .args(args)
            .current_dir(dir.path())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let chinese = |out: &str| out.lines().last().unwrap_or("").contains("截至");
    assert!(chinese(&run(&[], &[("LANG", "zh_CN.UTF-8")])));
    assert!(!chinese(&run(&[], &[("LANG", "C")])));
    // LC_ALL beats LANG.
    assert!(!chinese(&run(
        &[],
        &[("LANG", "zh_CN.UTF-8"), ("LC_ALL", "en_US.UTF-8")]
    )));
    // The flag beats the environment.
    assert!(!chinese(&run(
        &["--lang", "en"],
        &[("LANG", "zh_CN.UTF-8")]
    )));
    // zhidu.toml beats the environment; the flag beats zhidu.toml.
    let config = dir.path().join("zhidu.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("lang = \"zh\"\n{text}")).unwrap();
    assert!(chinese(&run(&[], &[("LANG", "C")])));
    assert!(!chinese(&run(&["--lang=en"], &[])));
}

fn copy(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// English prose written into a check's findings rather than taken from the catalogues: a string
/// literal of two words or more, outside comments and tests.
fn prose_literals(text: &str) -> usize {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//") && !l.trim_start().starts_with("#!["))
        .flat_map(|l| l.split('"').skip(1).step_by(2).collect::<Vec<_>>())
        .filter(|s| {
            s.split_whitespace().count() >= 2
                && s.chars().any(|c| c.is_ascii_lowercase())
                && !s.starts_with("{}")
        })
        .count()
}

/// Files whose English literals are not prose for a person, each with why: the policy language's
/// own keywords, the syntax of output formats, internal invariants a user never sees, the test
/// generators. Everything else a person reads is in the catalogues; a file may only lose
/// literals.
const NOT_PROSE: &[(&str, usize, &str)] = &[
    (
        "agenda/steps.rs",
        1,
        "a step's key in machine output, in the policy language's words (`signed by 总裁`)",
    ),
    ("api/init/mod.rs", 1, "a TOML comment line"),
    (
        "html/page.rs",
        4,
        "the page's content security policy and viewport, and CSS class lists",
    ),
    (
        "api/init/render.rs",
        12,
        "TOML lines of the zhidu.toml written",
    ),
    (
        "checks/waivers/waiver_unused.rs",
        1,
        "the waiver's own keys as its file writes them",
    ),
    ("cli/check.rs", 2, "`zhidu: ` before a catalogue message"),
    ("cli/explain.rs", 2, "layout of parameter lines"),
    ("cli/fmt.rs", 1, "`zhidu: ` before a catalogue message"),
    ("cli/init.rs", 1, "`zhidu: ` before a catalogue message"),
    ("cli/language.rs", 1, "layout of clap's help"),
    ("cli/list.rs", 1, "table layout"),
    (
        "cli/mod.rs",
        6,
        "clap's about (locales/*/cli.ftl holds both languages) and `zhidu: ` prefixes",
    ),
    ("cli/packs.rs", 1, "table layout"),
    ("cli/validate.rs", 2, "`zhidu: ` before a catalogue message"),
    (
        "data/convert/approvals.rs",
        2,
        "the fields of a signature and a review, as written",
    ),
    (
        "data/json.rs",
        5,
        "internal invariants of the split parse, and byte tests",
    ),
    (
        "data/load.rs",
        4,
        "the fault-injection marker and a `[files]` TOML line",
    ),
    (
        "data/table/compound.rs",
        10,
        "the .xls format's own vocabulary, inside a catalogue message",
    ),
    ("data/table/mod.rs", 1, "a byte test"),
    (
        "data/table/naming.rs",
        2,
        "file names of copies, as systems write them",
    ),
    (
        "engine/existence.rs",
        1,
        "record kinds and a collection's noun",
    ),
    ("engine/mod.rs", 1, "the fault-injection panic"),
    ("engine/parties.rs", 1, "a name and its id"),
    ("internals/fuzz.rs", 32, "fuzz targets"),
    ("internals/synthetic/files.rs", 8, "the generated company"),
    ("lsp/mod.rs", 3, "JSON-RPC errors and a thread's name"),
    ("lsp/policy.rs", 2, "markdown layout"),
    ("lsp/transport.rs", 4, "JSON-RPC Parse errors"),
    ("policy/fmt.rs", 97, "the policy language, formatted"),
    ("policy/lower/lints.rs", 1, "the `words` statement"),
    (
        "policy/lower/overrides.rs",
        1,
        "a policy parsed to read a parameter",
    ),
    (
        "policy/model.rs",
        6,
        "parties in the policy language's English, for docs and debugging",
    ),
    (
        "policy/parse/expressions.rs",
        16,
        "internal parser invariants",
    ),
    (
        "policy/parse/mod.rs",
        5,
        "internal parser invariants and byte tests",
    ),
    ("policy/parse/recovery.rs", 1, "a fallback no input reaches"),
    (
        "policy/parse/statements.rs",
        27,
        "internal parser invariants and keywords",
    ),
    ("read/budget.rs", 4, "sizes (GiB, MiB)"),
    ("report/gcc.rs", 1, "the gcc line format"),
    ("report/github.rs", 2, "GitHub workflow commands"),
    ("report/human.rs", 3, "layout"),
    ("report/junit.rs", 11, "JUnit XML"),
    ("report/mod.rs", 1, "a cell's place"),
    ("report/sarif.rs", 2, "SARIF's logical names and base URI"),
    ("time/mod.rs", 2, "strftime patterns"),
];

#[test]
fn people_read_zhidu_through_the_catalogues() {
    let mut files = Vec::new();
    collect(std::path::Path::new("src"), &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let name = file.strip_prefix("src/").unwrap().display().to_string();
        if name.contains("test") {
            continue;
        }
        let found = prose_literals(&std::fs::read_to_string(&file).unwrap());
        let allowed = NOT_PROSE
            .iter()
            .find(|(f, _, _)| *f == name)
            .map_or(0, |(_, n, _)| *n);
        if found > allowed {
            wrong.push(format!(
                "{name}: {found} English literals (at most {allowed})"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "write what people read in locales/*/*.ftl: {wrong:#?}"
    );
}

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for dir in common::sorted_dirs(dir) {
        collect(&dir, out);
    }
    out.extend(common::sorted_files(dir, "rs"));
}

#[test]
fn check_help_and_a_bad_flag_in_both_languages() {
    for lang in ["en", "zh"] {
        let (code, out, _) = common::zhidu(&["check", "--help", "--lang", lang]);
        assert_eq!(code, 0);
        insta::assert_snapshot!(format!("check_help_{lang}"), out);
    }
    let (code, _, err) = common::zhidu(&["check", "--frmat", "json", "--lang", "zh"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("错误：无法识别的参数 `--frmat`") && err.contains("是否指 `--format`？"),
        "{err}"
    );
    let (code, _, err) = common::zhidu(&["check", "--format", "yaml", "--lang", "zh"]);
    assert_eq!(code, 2);
    assert!(err.contains("的值 `yaml` 无效"), "{err}");
}

/// What a Chinese user hits first: mistakes in her export, her zhidu.toml and her policy file,
/// each located and said in Chinese (fixtures/i18n).
#[test]
fn mistakes_in_the_users_files_in_chinese() {
    let (code, out, _) = common::zhidu(&[
        "check",
        "fixtures/i18n/data-errors",
        "--no-builtin",
        "--policy",
        "fixtures/i18n/policy-errors",
        "--lang",
        "zh",
    ]);
    assert_eq!(code, 2);
    insta::assert_snapshot!("input_errors_zh", out);
    let (code, out, _) =
        common::zhidu(&["validate", "fixtures/i18n/policy-errors", "--lang", "zh"]);
    assert_eq!(code, 2);
    assert!(out.contains("未声明的岗位 `总径理`"), "{out}");
    assert!(out.contains("建议：是否指 `总经理`？"), "{out}");
}
