//! No input crashes, hangs or exhausts zhidu (docs/reliability.md): each failure found by the
//! fuzzing campaign, as its minimised reproducer. Before the fixes each of these panicked, hung,
//! aborted, or gave a result that depended on file names.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// `zhidu check ARGS --format json`: the exit status and the findings.
fn check(args: &[&str]) -> (u8, Vec<serde_json::Value>) {
    let mut argv: Vec<&str> = vec!["check"];
    argv.extend(args);
    argv.extend(["--format", "json", "--as-of", "2026-06-30"]);
    let (code, out, err) = common::zhidu(&argv);
    let report: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (code, report["findings"].as_array().cloned().unwrap())
}

fn has(findings: &[serde_json::Value], check: &str, clause: &str) -> bool {
    findings
        .iter()
        .any(|f| f["check"] == check && f["clause"] == clause)
}

const SOUND: &str =
    "report monthly \"月报\" {\n  cite \"第四条\"\n  submitted by day 5 of next month\n}\n";
const LATE: &str =
    "reports:\n  - {id: r-05, kind: monthly, period: 2026-05, submitted: 2026-06-09}\n";

/// Durations and terms `validate` used to accept overflowed date arithmetic in `check` and took
/// the whole run down (exit 101, no output). Now they are located policy errors, and the sound
/// clause beside them is still evaluated.
#[test]
fn numbers_beyond_the_calendar_are_located_not_panicked() {
    let dir = tempfile::tempdir().unwrap();
    let policy = write(
        dir.path(),
        "policy.zhidu",
        format!(
            "namespace t\nsource \"测试\"\n\n{SOUND}\norg term {{\n  cite \"1\"\n  term 19999 years for level board\n}}\n\n\
             meeting notice {{\n  cite \"2\"\n  notice_sent at least 7304485 days before held\n}}\n\n\
             ticket response {{\n  cite \"3\"\n  responded within 175307617 hours after received\n}}\n\n\
             meeting routine {{\n  cite \"4\"\n  gap at most 239977 months\n}}\n\n\
             ticket due {{\n  cite \"5\"\n  param late = 9999999 days\n  responded within late after received\n}}\n"
        ),
    );
    let data = write(
        dir.path(),
        "data.yaml",
        format!(
            "{LATE}roles:\n  - {{id: b, title: 董事, level: board}}\npeople:\n  - {{id: p, name: 甲, roles: [{{role: b, since: 2000-01-01}}]}}\n\
             meetings:\n  - {{id: m, kind: notice, held: 2026-05-02, notice_sent: 2026-05-01}}\n  - {{id: m2, kind: routine, held: 2026-01-02}}\n\
             tickets:\n  - {{id: t, kind: response, received: 2026-05-01, responded: 2026-05-02}}\n  - {{id: t2, kind: due, received: 2026-05-01}}\n"
        ),
    );
    let (code, findings) = check(&[&policy, &data]);
    assert_eq!(code, 2, "{findings:#?}");
    let policy_errors = findings
        .iter()
        .filter(|f| f["check"] == "policy-error")
        .count();
    assert_eq!(policy_errors, 5, "{findings:#?}");
    assert!(has(&findings, "late", "t.monthly"), "{findings:#?}");
}

/// A clause that did not parse whole, or whose window cannot fit its period, was evaluated
/// anyway and could panic. Now it is reported and skipped; its file's sound clauses still run.
#[test]
fn a_clause_with_an_error_is_skipped_and_its_neighbours_run() {
    let dir = tempfile::tempdir().unwrap();
    let policy = write(
        dir.path(),
        "policy.zhidu",
        format!(
            "namespace t\nsource \"测试\"\n\n{SOUND}\nplan window {{\n  cite \"2\"\n  submitted in last 40 days of previous month\n}}\n\n\
             plan unclosed {{\n  cite \"3\"\n  submitted by 12-20 of previous year\n"
        ),
    );
    let data = write(
        dir.path(),
        "data.yaml",
        format!(
            "{LATE}plans:\n  - {{id: w, kind: window, period: 2026-06, submitted: 2026-05-01}}\n  - {{id: u, kind: unclosed, period: 2027, submitted: 2026-01-01}}\n"
        ),
    );
    let (code, findings) = check(&[&policy, &data]);
    assert_eq!(code, 2);
    assert!(has(&findings, "late", "t.monthly"), "{findings:#?}");
    for skipped in ["t.window", "t.unclosed"] {
        assert!(
            !findings.iter().any(|f| f["clause"] == skipped),
            "{skipped} was evaluated: {findings:#?}"
        );
    }
}

/// A panic (a bug) while evaluating one clause, or reading one file, is caught there and
/// reported as an `internal-error`; every other finding is kept, and the run exits 2.
#[test]
fn an_injected_panic_costs_only_its_clause_or_file() {
    let dir = tempfile::tempdir().unwrap();
    let policy = write(
        dir.path(),
        "policy.zhidu",
        format!(
            "namespace zhidu-test\nsource \"测试\"\n\n{SOUND}\n{}",
            SOUND.replace("monthly", "panics")
        ),
    );
    let data = write(dir.path(), "data.yaml", LATE);
    let broken = write(
        dir.path(),
        "broken.yaml",
        format!(
            "{}\npeople:\n  - {{id: p, name: 甲}}\n",
            zhidu::internals::fault::DATA_FILE
        ),
    );
    let (code, findings) = check(&[&policy, &data, &broken]);
    assert_eq!(code, 2, "{findings:#?}");
    assert!(has(&findings, "internal-error", "zhidu-test.panics"));
    assert!(
        findings
            .iter()
            .any(|f| f["check"] == "internal-error" && f["location"]["file"] == broken.as_str()),
        "{findings:#?}"
    );
    assert!(
        has(&findings, "late", "zhidu-test.monthly"),
        "{findings:#?}"
    );
    assert_eq!(
        zhidu::internals::fault::CLAUSE,
        "zhidu-test.panics",
        "the fixture names the injected clause"
    );
}

/// The same with the real binary: the panic's message goes to standard error from a worker
/// thread while the report is being made, and the run still ends (exit 2) with every finding.
#[test]
fn the_binary_survives_a_panic_in_a_worker_thread() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "policy.zhidu",
        format!(
            "namespace zhidu-test\nsource \"测试\"\n\n{SOUND}\n{}",
            SOUND.replace("monthly", "panics")
        ),
    );
    write(dir.path(), "data.yaml", LATE);
    let root = dir.path().display().to_string();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let output = assert_cmd::Command::cargo_bin("zhidu")
            .unwrap()
            .args([
                "check",
                &root,
                "--format",
                "json",
                "--as-of",
                "2026-06-30",
                "--jobs",
                "2",
            ])
            .output()
            .unwrap();
        let _ = tx.send(output);
    });
    let output = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("the binary hung after a panic");
    assert_eq!(output.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let findings = report["findings"].as_array().cloned().unwrap();
    assert!(has(&findings, "internal-error", "zhidu-test.panics"));
    assert!(has(&findings, "late", "zhidu-test.monthly"));
}

/// An `include` of a FIFO blocked forever, and a FIFO among the data was silently passed over.
/// Special files are refused by type, before anything opens them.
#[cfg(unix)]
#[test]
fn special_files_are_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["pipe.yaml", "pipe.zhidu"] {
        let path = dir.path().join(name);
        let status = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(status.success());
    }
    write(
        dir.path(),
        "policy.zhidu",
        format!("namespace t\nsource \"测试\"\ninclude \"pipe.zhidu\"\n\n{SOUND}"),
    );
    write(dir.path(), "data.yaml", LATE);
    let root = dir.path().display().to_string();
    // Run where a hang fails the test instead of stalling the suite.
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(check(&[&root]));
    });
    let (code, findings) = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("check hung on a FIFO");
    assert_eq!(code, 2);
    for name in ["pipe.yaml", "pipe.zhidu"] {
        assert!(
            findings.iter().any(|f| f["message"]
                .as_str()
                .is_some_and(|m| m.contains(name) && m.contains("FIFO"))),
            "{name}: {findings:#?}"
        );
    }
    assert!(has(&findings, "late", "t.monthly"), "{findings:#?}");
}

/// Three large JSON files aborted the process ("memory allocation failed") under a memory
/// limit. Now each file is charged its estimated cost before it is read: the ones that would go
/// over the budget are refused with a located error naming the budget, the others are checked.
#[test]
fn files_over_the_memory_budget_are_refused_not_aborted() {
    let dir = tempfile::tempdir().unwrap();
    let policy = write(
        dir.path(),
        "policy.zhidu",
        format!("namespace t\nsource \"测试\"\n\n{SOUND}"),
    );
    write(dir.path(), "data.yaml", LATE);
    // About 4 MiB each (some 37 MiB of estimated memory): a budget of 140 MiB admits two.
    for part in ["a", "b", "c"] {
        let mut people = String::from("{\"people\": [");
        for i in 0..100_000 {
            if i > 0 {
                people.push(',');
            }
            people.push_str(&format!("{{\"id\": \"{part}{i}\", \"name\": \"张伟{i}\"}}"));
        }
        people.push_str("]}");
        write(dir.path(), &format!("{part}.json"), people);
    }
    let (code, findings) = check(&[
        &dir.path().display().to_string(),
        "--memory-budget",
        "140MiB",
    ]);
    assert_eq!(code, 2);
    let refused: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.contains("over the run's budget of 140.0 MiB"))
        })
        .collect();
    assert_eq!(refused.len(), 1, "{findings:#?}");
    assert!(
        refused[0]["location"]["file"]
            .as_str()
            .is_some_and(|f| f.ends_with("c.json"))
    );
    assert!(
        refused[0]["help"]
            .as_str()
            .is_some_and(|h| h.contains("--memory-budget"))
    );
    assert!(has(&findings, "late", "t.monthly"), "{findings:#?}");
    let _ = policy;
}

/// The 32 MiB refusal is gone: a data file above it is read within the default budget.
#[test]
fn a_data_file_above_32_mib_is_read_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let policy = write(
        dir.path(),
        "policy.zhidu",
        format!("namespace t\nsource \"测试\"\n\n{SOUND}"),
    );
    write(dir.path(), "data.yaml", LATE);
    // One person whose name is 33 MiB: cheap to parse, larger than the old limit.
    let name = "张".repeat(11 * 1024 * 1024 + 1);
    let big = write(dir.path(), "people.csv", format!("id,name\np1,{name}\n"));
    assert!(std::fs::metadata(&big).unwrap().len() > 32 * 1024 * 1024);
    let (code, findings) = check(&[&dir.path().display().to_string()]);
    assert_eq!(
        code, 1,
        "read, and only the late report found: {findings:#?}"
    );
    assert!(has(&findings, "late", "t.monthly"));
    let _ = policy;
}

/// When one id is defined in two files, which definition was kept (and so which other findings
/// appeared) depended on the files' names. Now the content decides.
#[test]
fn which_duplicate_is_kept_never_depends_on_file_names() {
    let a = "people:\n  - {id: p1, name: 甲, roles: [r1]}\nroles:\n  - {id: r1, title: 主任}\n";
    let b = "people:\n  - {id: p1, name: 乙, status: left, left_on: 2026-01-01}\n";
    let policy =
        "namespace t\nsource \"测试\"\n\norg filled {\n  cite \"1\"\n  role 主任 filled\n}\n";
    let run = |first: &str, second: &str| {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "policy.zhidu", policy);
        write(dir.path(), "x.yaml", first);
        write(dir.path(), "y.yaml", second);
        let (_, findings) = check(&[&dir.path().display().to_string()]);
        let mut seen: Vec<(String, String)> = findings
            .iter()
            .map(|f| (f["check"].to_string(), f["subject"].to_string()))
            .collect();
        seen.sort();
        seen
    };
    let one = run(a, b);
    assert_eq!(one, run(b, a));
    assert!(one.iter().any(|(c, _)| c == "\"duplicate-id\""), "{one:?}");
}
