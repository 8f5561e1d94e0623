//! `zhidu test`: a policy repository's own test cases (CLI.md v3). The repository under
//! fixtures/test-repo has one clause (a purchase signed by the 总经理 within 3 days of the
//! request) and two cases worked by hand: signed the next day (nothing to find) and a week later
//! (`late`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use common::{copy_dir, zhidu};
use serde_json::Value;
use std::path::Path;

/// A copy of the test repository to change.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new("fixtures/test-repo"), dir.path());
    dir
}

fn json(path: &str, more: &[&str]) -> (u8, Value) {
    let mut args = vec!["test", path, "--format", "json"];
    args.extend_from_slice(more);
    let (code, out, err) = zhidu(&args);
    (
        code,
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}")),
    )
}

#[test]
fn a_repository_with_a_passing_and_a_failing_case_is_green() {
    let (code, out, _) = zhidu(&["test", "fixtures/test-repo", "--coverage"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("PASS fixtures/test-repo/tests/late"), "{out}");
    assert!(
        out.contains("PASS fixtures/test-repo/tests/on-time"),
        "{out}"
    );
    let (_, report) = json("fixtures/test-repo", &["--coverage"]);
    assert_eq!(report["version"], 1);
    assert_eq!(
        report["coverage"],
        serde_json::json!([{
            "clause": "buy.purchase",
            "passed": ["fixtures/test-repo/tests/on-time"],
            "failed": ["fixtures/test-repo/tests/late"],
        }])
    );
}

#[test]
fn breaking_the_clause_turns_the_run_red_naming_the_missing_finding_and_its_case() {
    let repo = repository();
    let policy = repo.path().join("purchase.zhidu");
    let text = std::fs::read_to_string(&policy).unwrap();
    std::fs::write(&policy, text.replace("within 3 days", "within 10 days")).unwrap();
    let path = repo.path().to_str().unwrap();
    let (code, out, _) = zhidu(&["test", path]);
    assert_eq!(code, 1, "{out}");
    let fail = out
        .lines()
        .position(|l| l.starts_with("FAIL") && l.ends_with("tests/late"))
        .unwrap_or_else(|| panic!("{out}"));
    let missing = out.lines().nth(fail + 1).unwrap();
    assert!(
        missing.contains("missing: late · buy.purchase · r-2"),
        "{out}"
    );
    assert!(missing.contains("line 5"), "{missing}");
    let (_, report) = json(path, &[]);
    let late = &report["cases"][0];
    assert_eq!(late["passed"], false);
    assert_eq!(late["missing"][0]["subject"], "r-2");
    assert_eq!(report["cases"][1]["passed"], true);
}

#[test]
fn an_unexpected_finding_fails_an_exact_case_with_its_place() {
    let repo = repository();
    let case = repo.path().join("tests/on-time/requests.yaml");
    let text = std::fs::read_to_string(&case).unwrap();
    std::fs::write(&case, text.replace("at: 2026-06-02", "at: 2026-06-09")).unwrap();
    let (code, report) = json(repo.path().to_str().unwrap(), &[]);
    assert_eq!(code, 1);
    let on_time = &report["cases"][1];
    let unexpected = &on_time["unexpected"][0];
    assert_eq!(unexpected["check"], "late");
    assert_eq!(unexpected["location"]["line"], 2, "{unexpected}");
    assert!(
        unexpected["location"]["file"]
            .as_str()
            .unwrap()
            .ends_with("requests.yaml")
    );
    // Not exact: only what is listed must be found.
    let toml = repo.path().join("tests/on-time/zhidu-test.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(&toml, format!("exact = false\n{text}")).unwrap();
    assert_eq!(json(repo.path().to_str().unwrap(), &[]).0, 0);
}

#[test]
fn update_turns_a_red_case_green_and_changes_only_its_expect_lines() {
    let repo = repository();
    let case = repo.path().join("tests/on-time/requests.yaml");
    let text = std::fs::read_to_string(&case).unwrap();
    std::fs::write(&case, text.replace("at: 2026-06-02", "at: 2026-06-09")).unwrap();
    let toml = repo.path().join("tests/on-time/zhidu-test.toml");
    let before = std::fs::read_to_string(&toml).unwrap();
    let path = repo.path().to_str().unwrap();
    assert_eq!(zhidu(&["test", path]).0, 1);
    let (code, out, _) = zhidu(&["test", path, "--update"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("updated"), "{out}");
    assert_eq!(zhidu(&["test", path]).0, 0);
    let after = std::fs::read_to_string(&toml).unwrap();
    let kept: Vec<&str> = before
        .lines()
        .filter(|l| !l.starts_with("expect"))
        .collect();
    let now: Vec<&str> = after
        .lines()
        .filter(|l| !l.starts_with("expect") && !l.starts_with("  {") && *l != "]")
        .collect();
    assert_eq!(kept, now, "only `expect` changes:\n{after}");
    assert!(
        after.contains(r#"{ check = "late", clause = "buy.purchase", subject = "r-1" }"#),
        "{after}"
    );
}

#[test]
fn a_case_that_cannot_be_read_as_written_exits_2() {
    for (text, says) in [
        ("expect = []\n", "needs `as_of`"),
        (
            "as_of = 2026-06-30\nexpect = [{chek = \"late\"}]\n",
            "`chek`",
        ),
        ("as_of = 2026-06-30\nasof = 1\n", "`asof`"),
        ("as_of = 2026-06-30\nexact = \"yes\"\n", "`exact`"),
    ] {
        let repo = repository();
        std::fs::write(repo.path().join("tests/late/zhidu-test.toml"), text).unwrap();
        let (code, out, _) = zhidu(&["test", repo.path().to_str().unwrap()]);
        assert_eq!(code, 2, "{text}: {out}");
        assert!(out.contains("ERROR") && out.contains(says), "{text}: {out}");
    }
}

#[test]
fn a_broken_policy_is_an_input_error_not_a_failed_case() {
    let repo = repository();
    std::fs::write(
        repo.path().join("broken.zhidu"),
        "request x {\n  signed by\n",
    )
    .unwrap();
    let (code, out, _) = zhidu(&["test", repo.path().to_str().unwrap()]);
    assert_eq!(code, 2, "{out}");
}

#[test]
fn junit_has_one_test_case_per_case() {
    let repo = repository();
    let policy = repo.path().join("purchase.zhidu");
    let text = std::fs::read_to_string(&policy).unwrap();
    std::fs::write(&policy, text.replace("within 3 days", "within 10 days")).unwrap();
    let (_, out, _) = zhidu(&["test", repo.path().to_str().unwrap(), "--format", "junit"]);
    assert_eq!(out.matches("<testcase ").count(), 2, "{out}");
    assert_eq!(out.matches("<failure ").count(), 1, "{out}");
    assert!(out.contains(r#"tests="2" failures="1""#), "{out}");
}

#[test]
fn chinese_reads_the_same_results() {
    let (code, out, _) = zhidu(&["test", "fixtures/test-repo", "--lang", "zh"]);
    assert_eq!(code, 0);
    assert!(out.contains("通过 fixtures/test-repo/tests/late"), "{out}");
    assert!(out.contains("共 2 个用例"), "{out}");
}

#[test]
fn a_relative_path_from_the_repository_tests_its_own_policies() {
    let repo = repository();
    let run = |args: &[&str], dir: &Path| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_zhidu"))
            .args(args)
            .current_dir(dir)
            .env("LANG", "C")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    for (args, dir) in [
        (vec!["test", "tests/"], repo.path().to_path_buf()),
        (vec!["test"], repo.path().join("tests")),
        (vec!["test", "late"], repo.path().join("tests")),
    ] {
        let (code, out) = run(&args, &dir);
        assert_eq!(code, Some(0), "{args:?} in {}: {out}", dir.display());
        assert!(!out.contains("mgmt."), "the built-in pack ran: {out}");
    }
}

#[test]
fn a_case_without_a_record_of_the_clause_s_kind_does_not_count_as_passing() {
    let repo = repository();
    // A purchase-free case: the clause holds vacuously there.
    let case = repo.path().join("tests/empty");
    std::fs::create_dir_all(&case).unwrap();
    std::fs::write(
        case.join("zhidu-test.toml"),
        "as_of = 2026-06-30\ndata = [\"../org.yaml\"]\n",
    )
    .unwrap();
    std::fs::remove_dir_all(repo.path().join("tests/on-time")).unwrap();
    let (_, report) = json(repo.path().to_str().unwrap(), &["--coverage"]);
    let purchase = &report["coverage"][0];
    assert_eq!(purchase["clause"], "buy.purchase");
    assert_eq!(purchase["passed"], serde_json::json!([]), "{report:#}");
}

#[test]
fn expectations_and_paths_that_name_nothing_are_errors_of_the_case() {
    for (text, says) in [
        (
            "as_of = 2026-06-30\ndata = [\"../org.yaml\"]\nexpect = [{check = \"lates\"}]\n",
            "late",
        ),
        (
            "as_of = 2026-06-30\ndata = [\"../org.yaml\"]\nexpect = [{clause = \"buy.purhcase\"}]\n",
            "buy.purchase",
        ),
        (
            "as_of = 2026-06-30\ndata = [\"../org-levae.yaml\"]\n",
            "org-levae.yaml",
        ),
        ("as_of = 2026-06-30\nexpcet = []\n", "expect"),
    ] {
        let repo = repository();
        std::fs::write(repo.path().join("tests/late/zhidu-test.toml"), text).unwrap();
        let (code, out, _) = zhidu(&["test", repo.path().to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 2, "{text}: {out}");
        assert!(out.contains(says), "{text}: {out}");
    }
}
