//! The command line contract (docs/cli.md): output formats, exit statuses, flags, configuration, and
//! byte-identical output whatever the thread count or file order.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

const EXAMPLE: &str = "fixtures/example";
const AS_OF: &str = "2026-11-20";

fn check(extra: &[&str]) -> (u8, String, String) {
    let mut args = vec!["check", EXAMPLE, "--as-of", AS_OF];
    args.extend_from_slice(extra);
    common::zhidu(&args)
}

#[test]
fn json_has_exactly_the_shape_of_cli_md() {
    let (_, out, _) = check(&["--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
    let keys = |v: &serde_json::Value| {
        v.as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default()
    };
    assert_eq!(
        keys(&report),
        ["version", "lang", "as_of", "summary", "findings"]
    );
    assert_eq!(report["version"], 1);
    assert_eq!(report["as_of"], AS_OF);
    assert_eq!(
        keys(&report["summary"]),
        [
            "error",
            "warning",
            "info",
            "files",
            "records",
            "clauses",
            "baselined",
            "waived",
            "fixed",
            "not_judged",
            "unbound_kinds"
        ]
    );
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    assert!(!findings.is_empty());
    for f in &findings {
        assert_eq!(
            keys(f),
            [
                "check",
                "clause",
                "severity",
                "subject",
                "message",
                "source",
                "words",
                "location",
                "policy_location",
                "related",
                "help",
                "fingerprint"
            ]
        );
        assert_eq!(keys(&f["source"]), ["document", "article"]);
        // A place in a text file has its bytes; a workbook's cell its sheet and cell.
        let location = keys(&f["location"]);
        assert!(
            location == ["file", "line", "column", "offset", "length"]
                || location == ["file", "line", "column", "sheet", "cell"],
            "{location:?}"
        );
        assert_eq!(keys(&f["policy_location"]), ["file", "line", "column"]);
    }
    // A missing slot of a built-in clause points at the data file holding meetings of its kind
    // (CLI v3), its policy location at the clause; subject `clause@period`.
    let slot = findings
        .iter()
        .find(|f| f["check"] == "cadence")
        .unwrap_or_else(|| panic!("no cadence finding"));
    assert!(
        slot["subject"]
            .as_str()
            .is_some_and(|s| s.starts_with("ops.weekly-meeting@2026-W")),
        "{slot}"
    );
    assert_eq!(
        slot["location"]["file"], "fixtures/example/records/meetings.json",
        "{slot}"
    );
    assert_eq!(
        (&slot["location"]["line"], &slot["location"]["column"]),
        (&serde_json::json!(1), &serde_json::json!(1))
    );
    assert!(
        slot["policy_location"]["file"]
            .as_str()
            .is_some_and(|f| f.ends_with("ops.zhidu")),
        "{slot}"
    );
}

#[test]
fn findings_are_sorted_by_place_then_check_then_subject() {
    let (_, out, _) = check(&["--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
    let keys: Vec<(String, u64, u64, String, String)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["location"]["file"].as_str().unwrap_or("").to_string(),
                f["location"]["line"].as_u64().unwrap_or(0),
                f["location"]["column"].as_u64().unwrap_or(0),
                f["check"].as_str().unwrap_or("").to_string(),
                f["subject"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn the_same_bytes_for_any_thread_count_and_any_file_order() {
    let (_, one, _) = check(&["--format", "json", "--jobs", "1"]);
    let (_, four, _) = check(&["--format", "json", "--jobs", "4"]);
    assert_eq!(one, four);
    // The same files, named in another order on the command line.
    let mut files: Vec<String> = Vec::new();
    for dir in ["fixtures/example/org", "fixtures/example/records"] {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            files.push(entry.path().display().to_string());
        }
    }
    files.sort();
    let mut args: Vec<String> = vec!["check".into()];
    args.extend(files.iter().rev().cloned());
    args.extend(["--as-of", AS_OF, "--format", "json", "--jobs", "3"].map(String::from));
    let (_, reversed, _) = common::zhidu(&args);
    let mut args: Vec<String> = vec!["check".into()];
    args.extend(files.iter().cloned());
    args.extend(["--as-of", AS_OF, "--format", "json", "--jobs", "2"].map(String::from));
    let (_, forward, _) = common::zhidu(&args);
    assert_eq!(reversed, forward);
    // And the human report too.
    let (_, a, _) = check(&["--jobs", "1"]);
    let (_, b, _) = check(&["--jobs", "4"]);
    assert_eq!(a, b);
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let (_, out, _) = check(&["--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
    let schema_text = std::fs::read_to_string("tests/schemas/sarif-schema-2.1.0.json").unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(&schema_text).unwrap_or_else(|e| panic!("{e}"));
    let validator = jsonschema::draft4::new(&schema).unwrap_or_else(|e| panic!("{e}"));
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(sarif["runs"][0]["columnKind"], "unicodeCodePoints");
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        rules.iter().all(|r| r["help"]["text"]
            .as_str()
            .is_some_and(|h| h.contains("## Source"))),
        "every rule's help cites its article"
    );
}

#[test]
fn gcc_github_and_junit_formats() {
    let (_, gcc, _) = check(&["--format", "gcc"]);
    for line in gcc.lines() {
        let parts: Vec<&str> = line.splitn(4, ':').collect();
        assert_eq!(parts.len(), 4, "{line}");
        assert!(
            parts[1].parse::<u32>().is_ok() && parts[2].parse::<u32>().is_ok(),
            "{line}"
        );
        assert!(line.ends_with(']'), "{line}");
    }
    let (_, github, _) = check(&["--format", "github"]);
    assert!(
        github.lines().all(|l| l.starts_with("::error ")
            || l.starts_with("::warning ")
            || l.starts_with("::notice ")),
        "{github}"
    );
    assert!(github.contains("file=fixtures/example/"), "{github}");
    let (_, junit, _) = check(&["--format", "junit"]);
    assert!(
        junit.starts_with("<?xml") && junit.contains("<testsuites") && junit.contains("<failure"),
        "{junit}"
    );
    // One case per (clause, subject), one failure (or, for info, output) per finding.
    assert_eq!(
        junit.matches("<failure").count() + junit.matches("<system-out>").count(),
        gcc.lines().count()
    );
    for case in junit
        .lines()
        .filter(|l| l.contains("<testcase") && !l.ends_with("/>"))
    {
        assert!(
            case.contains(" file=\"") && case.contains(" line=\""),
            "{case}"
        );
    }
}

#[test]
fn exit_statuses() {
    let (code, _, _) = check(&[]);
    assert_eq!(code, 1, "errors fail by default");
    let (code, _, _) = check(&["--fail-on", "never"]);
    assert_eq!(code, 0);
    let (code, _, _) = check(&["--ignore", "*"]);
    assert_eq!(code, 0, "nothing left");
    let (code, _, _) = check(&["--select", "org.*", "--fail-on", "error"]);
    assert_eq!(code, 0, "the example's org findings are warnings at most");
    let (code, _, err) = common::zhidu(&["check", EXAMPLE, "--as-of", "2026-02-30"]);
    assert_eq!(code, 2, "a bad date flag: {err}");
    assert!(err.contains("28 days"), "{err}");
    let (code, _, err) =
        common::zhidu(&["check", EXAMPLE, "--as-of", AS_OF, "--since", "2027-01-01"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = common::zhidu(&["check", EXAMPLE, "--frobnicate"]);
    assert_eq!(code, 2, "unknown flag");
    let (code, _, _) = common::zhidu(&["check", "no/such/folder", "--as-of", AS_OF]);
    assert_eq!(code, 2, "a path that does not exist");
    let (code, out, _) = common::zhidu(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("check") && out.contains("validate"));
}

#[test]
fn select_and_ignore_by_code_or_clause_with_globs() {
    let count = |extra: &[&str]| {
        let mut args = vec!["--format", "json"];
        args.extend_from_slice(extra);
        let (_, out, _) = check(&args);
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        report["findings"].as_array().map(Vec::len).unwrap_or(0)
    };
    let all = count(&[]);
    assert_eq!(count(&["--select", "cadence"]), 1);
    assert_eq!(count(&["--select", "research.*"]), 1);
    assert_eq!(count(&["--select", "research.*,cadence"]), 2);
    assert_eq!(count(&["--ignore", "research.*"]), all - 1);
    assert_eq!(count(&["--ignore", "late,overdue"]), all - 2);
}

#[test]
fn as_of_and_since_decide_what_is_judged() {
    let judged = |as_of: &str, since: Option<&str>| {
        let mut args = vec!["check", EXAMPLE, "--as-of", as_of];
        if let Some(since) = since {
            args.extend(["--since", since]);
        }
        args.extend(["--select", "proc.annual-training-plan", "--format", "json"]);
        let (_, out, _) = common::zhidu(&args);
        (out.contains("proc.annual-training-plan@2025"), out)
    };
    // The 2025 training plan is due on 2025-12-31: judged on that day, even when it is the
    // first day of the range…
    let (found, out) = judged("2025-12-31", Some("2025-12-31"));
    assert!(found, "judged on its deadline: {out}");
    // …not the day before it,
    let (found, out) = judged("2025-12-30", None);
    assert!(!found, "not yet due: {out}");
    // …and not when the range starts after it.
    let (found, out) = judged("2026-11-20", Some("2026-01-01"));
    assert!(!found, "before the range: {out}");
}

#[test]
fn config_sets_defaults_that_flags_override() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let config = dir.path().join("zhidu.toml");
    std::fs::write(
        &config,
        // The example's OA export needs its `[files]` and `[encoding]` lines in any config.
        "as_of = \"2026-11-20\"\nfail_on = \"never\"\n[severity]\n\"ops.*\" = \"info\"\n\"missing-record\" = \"warning\"\n[params.\"proc.annual-training-plan\"]\ndeadline = \"02-28\"\n[files]\n\"业务台账.xlsx#申请\" = \"requests\"\n\"业务台账.xlsx#签批\" = \"signatures\"\n\"工单导出.csv\" = \"tickets\"\n[encoding]\n\"工单导出.csv\" = \"gb18030\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let c = config.display().to_string();
    let (code, out, err) = common::zhidu(&["check", EXAMPLE, "--config", &c, "--format", "json"]);
    assert_eq!(code, 0, "fail_on = never: {err}");
    let report: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    for f in report["findings"].as_array().into_iter().flatten() {
        if f["clause"].as_str().is_some_and(|c| c.starts_with("ops.")) {
            assert_eq!(f["severity"], "info", "{f}");
        }
        if f["check"] == "missing-record" {
            assert_eq!(f["severity"], "warning", "{f}");
            assert!(
                f["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("2026-02-28")),
                "the parameter moved the deadline: {f}"
            );
        }
    }
    let (code, _, _) = common::zhidu(&["check", EXAMPLE, "--config", &c, "--fail-on", "info"]);
    assert_eq!(code, 1, "the flag overrides the file");

    std::fs::write(&config, "timzone = \"Asia/Shanghai\"\n[params.\"proc.annual-training-plan\"]\ndedline = \"02-28\"\n").unwrap_or_else(|e| panic!("{e}"));
    let (code, out, _) = common::zhidu(&[
        "check", EXAMPLE, "--config", &c, "--format", "gcc", "--as-of", AS_OF,
    ]);
    assert_eq!(code, 2, "an invalid config is an input error: {out}");
    assert!(
        out.contains("zhidu.toml:1:1: error: unknown setting `timzone`"),
        "{out}"
    );
    assert!(out.contains("zhidu.toml:3:11: error: no clause matching `proc.annual-training-plan` has a parameter `dedline`"), "{out}");
}

#[test]
fn policies_come_from_paths_flags_or_the_built_in_pack() {
    let policy = "fixtures/checks/cadence/policy.zhidu";
    let (_, out, _) = check(&["--format", "json", "--policy", policy]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        report["summary"]["clauses"], 1,
        "a policy given replaces the built-in pack"
    );
    let (_, out, _) = check(&["--format", "json", "--policy", policy, "--builtin"]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        report["summary"]["clauses"].as_u64().unwrap_or(0) > 40,
        "--builtin adds the pack"
    );
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (code, out, _) = common::zhidu(&[
        "check",
        &dir.path().display().to_string(),
        "--no-builtin",
        "--format",
        "gcc",
    ]);
    assert_eq!(code, 2, "no policies and --no-builtin: {out}");
}

#[test]
fn human_output_has_no_colour_off_a_terminal_and_a_summary_line() {
    let (_, out, _) = check(&[]);
    assert!(
        !out.contains('\u{1b}'),
        "no escape codes when not on a terminal"
    );
    let last = out.lines().last().unwrap_or_default();
    // The eight planted gaps of fixtures/example/README.md, one of them found by two regulations.
    assert!(last.starts_with("✗ 9 errors, 0 warnings, 0 info"), "{last}");
    assert!(out.contains("source: 《"), "the citation is shown");
}
