//! Adopting zhidu in CI (docs/ci.md): fingerprints that survive what a data repository goes
//! through, baselines that let only new findings fail, SARIF that code scanning accepts with
//! any file name, and the GitLab and JUnit reports.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const AS_OF: &str = "2026-11-20";

/// A copy of the example data set to change.
fn example_copy() -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap().flatten() {
            let path = entry.path();
            let target = to.join(entry.file_name());
            if path.is_dir() {
                copy(&path, &target);
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(Path::new("fixtures/example"), dir.path());
    dir
}

fn run(dir: &Path, extra: &[&str]) -> (u8, Value) {
    let mut args = vec!["check", dir.to_str().unwrap(), "--as-of", AS_OF];
    args.extend_from_slice(extra);
    args.extend(["--format", "json"]);
    let (code, out, err) = common::zhidu(&args);
    let json = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (code, json)
}

/// (check, clause, subject) → fingerprint of every finding.
fn fingerprints(report: &Value) -> BTreeMap<(String, String, String), String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let key = (
                f["check"].as_str().unwrap().to_string(),
                f["clause"].as_str().unwrap_or("").to_string(),
                f["subject"].as_str().unwrap().to_string(),
            );
            (key, f["fingerprint"].as_str().unwrap().to_string())
        })
        .collect()
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn fingerprints_survive_reformatting_moving_renaming_jobs_and_a_later_day() {
    let dir = example_copy();
    let (_, before) = run(dir.path(), &[]);
    let original = fingerprints(&before);
    assert!(original.len() >= 8, "{original:?}");
    let all: Vec<&String> = original.values().collect();
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), all.len(), "unique within a run");

    let records = dir.path().join("records");
    // Reformat: comments and blank lines shift every line of the file.
    let requests = records.join("requests.yaml");
    let text = std::fs::read_to_string(&requests).unwrap();
    std::fs::write(&requests, format!("# 导出于 OA\n\n# 第二行\n\n{text}")).unwrap();
    // Move: the request with a missing approver goes to a file of its own.
    let text = std::fs::read_to_string(&requests).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("id: purchase-18,"))
        .unwrap()
        .to_string();
    std::fs::write(&requests, text.replace(&format!("{line}\n"), "")).unwrap();
    std::fs::write(records.join("moved.yaml"), format!("requests:\n{line}\n")).unwrap();
    // Rename: the plans file.
    std::fs::rename(records.join("plans.yaml"), records.join("plans-2026.yaml")).unwrap();

    for jobs in ["1", "3"] {
        let (_, after) = run(dir.path(), &["--jobs", jobs]);
        assert_eq!(fingerprints(&after), original, "--jobs {jobs}");
    }
    // A week later the same findings stand (a ticket is more overdue, a message says so).
    let (_, later, _) = common::zhidu(&[
        "check",
        dir.path().to_str().unwrap(),
        "--as-of",
        "2026-11-27",
        "--format",
        "json",
    ]);
    let later = fingerprints(&serde_json::from_str(&later).unwrap());
    for (key, fingerprint) in &original {
        if let Some(now) = later.get(key) {
            assert_eq!(now, fingerprint, "{key:?}");
        }
    }
    assert!(later.keys().filter(|k| original.contains_key(*k)).count() >= 6);
}

#[test]
fn a_baseline_fails_only_new_findings_and_reports_fixed_ones() {
    let dir = example_copy();
    let baseline = dir.path().join("zhidu-baseline.json");
    let baseline_arg = baseline.to_str().unwrap();
    let (code, report) = run(dir.path(), &["--write-baseline", baseline_arg]);
    assert_eq!(code, 0, "everything just written is baselined");
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(&baseline).unwrap()).unwrap();
    assert_eq!(written["version"], 1);
    let entries = written["findings"].as_array().unwrap();
    assert_eq!(entries.len(), report["findings"].as_array().unwrap().len());
    let sorted: Vec<&str> = entries
        .iter()
        .map(|e| e["fingerprint"].as_str().unwrap())
        .collect();
    let mut expected = sorted.clone();
    expected.sort();
    assert_eq!(sorted, expected, "sorted by fingerprint");
    for key in ["fingerprint", "check", "clause", "subject", "message"] {
        assert!(entries[0].get(key).is_some(), "{key}");
    }

    // The same data against the baseline: clean, every finding reported as baselined.
    let (code, report) = run(dir.path(), &["--baseline", baseline_arg]);
    assert_eq!(code, 0);
    assert_eq!(report["summary"]["error"], 0);
    assert_eq!(report["summary"]["baselined"], entries.len());
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["baselined"] == true)
    );

    // A new gap (purchase-19 loses the 总经理's signature: a breach of the research institute's
    // purchase chain and of the compilation's signing chain) fails alone; a fixed one
    // (purchase-18 gets it, for both) is counted as fixed.
    let requests = dir.path().join("records/requests.yaml");
    edit(
        &requests,
        ", {by: p-gm, at: 2026-11-06}], attrs: {accepted: 2026-11-13, paid: 2026-11-14}}\n  - {id: sample-20",
        "], attrs: {accepted: 2026-11-13, paid: 2026-11-14}}\n  - {id: sample-20",
    );
    edit(
        &requests,
        "{by: p-business-dean, at: 2026-02-20}]",
        "{by: p-business-dean, at: 2026-02-20}, {by: p-gm, at: 2026-02-21}]",
    );
    let (code, report) = run(dir.path(), &["--baseline", baseline_arg]);
    assert_eq!(code, 1);
    let counted: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["baselined"] != true)
        .collect();
    assert_eq!(counted.len(), 2, "{counted:#?}");
    assert!(counted.iter().all(|f| f["subject"] == "purchase-19"));
    assert_eq!(report["summary"]["error"], 2);
    assert_eq!(report["summary"]["fixed"], 2);
    let (_, human, _) = common::zhidu(&[
        "check",
        dir.path().to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--baseline",
        baseline_arg,
    ]);
    assert!(human.contains("baselined (not counted)"), "{human}");
    assert!(human.contains("--write-baseline"), "{human}");

    // A baseline never hides an input error.
    std::fs::write(dir.path().join("records/broken.yaml"), "requests: [").unwrap();
    let (code, _) = run(dir.path(), &["--baseline", baseline_arg]);
    assert_eq!(code, 2);
}

#[test]
fn a_damaged_baseline_is_a_located_input_error() {
    let dir = example_copy();
    let baseline = dir.path().join("baseline.json");
    std::fs::write(
        &baseline,
        "{\"version\": 1, \"findings\": [\n  {\"fingerprint\": 3}\n]}",
    )
    .unwrap();
    let (code, report) = run(dir.path(), &["--baseline", baseline.to_str().unwrap()]);
    assert_eq!(code, 2);
    let error = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "data-error")
        .unwrap();
    assert_eq!(error["location"]["line"], 2, "{error:#}");
}

/// A data file named as people name exports: Chinese, a space, `%` and `#`.
#[test]
fn sarif_with_any_file_name_validates_with_formats() {
    let dir = example_copy();
    let odd = "采购 100%#1.yaml";
    std::fs::rename(
        dir.path().join("records/requests.yaml"),
        dir.path().join("records").join(odd),
    )
    .unwrap();
    let (_, out, _) = common::zhidu(&[
        "check",
        dir.path().to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--format",
        "sarif",
    ]);
    let sarif: Value = serde_json::from_str(&out).unwrap();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/schemas/sarif-schema-2.1.0.json").unwrap(),
    )
    .unwrap();
    // The schema is draft 4, which knows no `uri-reference` format; code scanning checks it all
    // the same, so the schema is applied with the formats of draft 7.
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The check above can fail: a raw name is refused.
    let mut raw = sarif.clone();
    raw["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] =
        Value::from(format!("records/{odd}"));
    assert!(
        !validator.is_valid(&raw),
        "the validator checks uri-reference"
    );

    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let uris: Vec<&str> = results
        .iter()
        .filter_map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str())
        .collect();
    assert!(
        uris.iter()
            .any(|u| u.ends_with("records/%E9%87%87%E8%B4%AD%20100%25%231.yaml")),
        "{uris:?}"
    );
    for result in results {
        assert_eq!(
            result["partialFingerprints"]["zhidu/v1"]
                .as_str()
                .map(str::len),
            Some(32)
        );
        // A built-in clause is no file of the user's.
        for location in result["locations"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(result["relatedLocations"].as_array().into_iter().flatten())
        {
            let artifact = &location["physicalLocation"]["artifactLocation"];
            let uri = artifact["uri"].as_str().unwrap();
            if uri.starts_with("rules/") || uri.contains("/rules/") {
                panic!("a built-in clause as a file: {location:#}");
            }
            // Built-in clauses, and files outside the folder zhidu ran in, have absolute URIs.
            if uri.starts_with("zhidu:") || uri.starts_with("file:///") {
                assert!(artifact.get("uriBaseId").is_none());
            } else {
                assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
            }
        }
    }
    assert!(sarif["runs"][0]["originalUriBaseIds"]["%SRCROOT%"].is_object());
}

#[test]
fn gitlab_and_junit_reports() {
    let example = PathBuf::from("fixtures/example");
    let args = |format: &str| {
        vec![
            "check".to_string(),
            example.display().to_string(),
            "--as-of".into(),
            AS_OF.into(),
            "--format".into(),
            format.into(),
        ]
    };
    let (code, gitlab, _) = common::zhidu(&args("gitlab"));
    assert_eq!(code, 1);
    let issues: Value = serde_json::from_str(&gitlab).unwrap();
    for issue in issues.as_array().unwrap() {
        let keys: Vec<&str> = issue
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "description",
                "check_name",
                "fingerprint",
                "severity",
                "location"
            ]
        );
        assert!(["major", "minor", "info"].contains(&issue["severity"].as_str().unwrap()));
        assert!(issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
    }
    insta::assert_snapshot!("gitlab", gitlab);
    let (_, junit, _) = common::zhidu(&args("junit"));
    insta::assert_snapshot!("junit", junit);
}

#[test]
fn selections_name_real_codes_and_clauses() {
    let example = "fixtures/example";
    let (code, _, err) = common::zhidu(&["check", example, "--select", "missng-approver"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `missing-approver`"), "{err}");
    let (code, _, err) = common::zhidu(&["check", example, "--ignore", "ops.weekly-meting"]);
    assert_eq!(code, 2);
    assert!(err.contains("ops.weekly-meeting"), "{err}");
    // Globs that match something, and clauses of the built-in pack, are fine.
    let (code, _, err) = common::zhidu(&["check", example, "--select", "ops.*", "--as-of", AS_OF]);
    assert_ne!(code, 2, "{err}");

    // In zhidu.toml: select, ignore and "off", each checked the same way.
    let dir = example_copy();
    let config = dir.path().join("zhidu.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace(
            "[severity]\n",
            "ignore = [\"late\"]\n\n[severity]\n\"cadence\" = \"off\"\n",
        ),
    )
    .unwrap();
    let (code, report) = run(dir.path(), &[]);
    assert_eq!(code, 1);
    let checks: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .collect();
    assert!(
        !checks.contains(&"late") && !checks.contains(&"cadence"),
        "{checks:?}"
    );
    assert!(checks.contains(&"missing-approver"), "{checks:?}");
    std::fs::write(
        &config,
        text.replace(
            "[severity]\n",
            "select = [\"missing-aprover\"]\n\n[severity]\n",
        ),
    )
    .unwrap();
    let (code, report) = run(dir.path(), &[]);
    assert_eq!(code, 2);
    let error = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "data-error")
        .unwrap();
    assert!(
        error["location"]["file"]
            .as_str()
            .unwrap()
            .ends_with("zhidu.toml")
    );
    assert!(error["help"].as_str().unwrap().contains("missing-approver"));
}

/// What pre-commit does: one changed file at a time, within its repository's policy set.
#[test]
fn validate_resolves_names_across_the_repository_of_a_single_file() {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir(repo.path().join(".git")).unwrap();
    std::fs::create_dir(repo.path().join("policies")).unwrap();
    std::fs::write(repo.path().join("names.zhidu"), "role 总经理\n").unwrap();
    let typo = repo.path().join("policies/buy.zhidu");
    std::fs::write(
        &typo,
        "namespace buy\nsource \"采购管理制度\"\n\nrequest purchase \"采购\" {\n  cite \"第五条\"\n  signed by role 总径理\n}\n",
    )
    .unwrap();
    let (code, out, _) = common::zhidu(&["validate", typo.to_str().unwrap()]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("did you mean `总经理`"), "{out}");
    assert!(out.contains(" · 1 file · "), "{out}");
    // Spelt right, it passes; the context's own findings are not reported.
    std::fs::write(repo.path().join("broken.zhidu"), "namespace x\nrequest {\n").unwrap();
    std::fs::write(
        &typo,
        std::fs::read_to_string(&typo)
            .unwrap()
            .replace("总径理", "总经理"),
    )
    .unwrap();
    let (code, out, _) = common::zhidu(&["validate", typo.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (code, out, err) = common::zhidu(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        assert!(out.contains("write-baseline"), "{shell}");
    }
    let (code, _, _) = common::zhidu(&["completions", "tcsh"]);
    assert_eq!(code, 2);
}
