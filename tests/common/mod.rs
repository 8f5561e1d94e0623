//! Helpers shared by the integration tests: running zhidu in process, and reading fixtures.

// Each test file uses some of these helpers; a test may stop at the first surprise.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

/// Runs `zhidu ARGS` in process; returns the exit status, stdout and stderr.
pub fn zhidu<S: AsRef<str>>(args: &[S]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    // English unless the test asks otherwise: the machine's LANG must not change what a test
    // sees.
    let lang: &[&str] = if args.iter().any(|a| a.as_ref().starts_with("--lang")) {
        &[]
    } else {
        &["--lang", "en"]
    };
    let argv: Vec<String> = std::iter::once("zhidu".to_string())
        .chain(lang.iter().map(|a| a.to_string()))
        .chain(args.iter().map(|a| a.as_ref().to_string()))
        .collect();
    let code = zhidu::cli::run(argv, &mut out, &mut err);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

pub fn sorted_dirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

pub fn sorted_files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// `--as-of`/`--since` from a fixture's leading `# as-of: …` / `# since: …` comment lines.
pub fn header_args(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut args = Vec::new();
    for line in text.lines().take_while(|l| l.starts_with('#')) {
        for key in ["as-of", "since"] {
            if let Some(value) = line.strip_prefix(&format!("# {key}:")) {
                args.push(format!("--{key}"));
                args.push(value.trim().to_string());
            }
        }
    }
    args
}

/// The check code a fixture name starts with (`late-boundary` → `late`).
pub fn check_code_prefix(name: &str) -> Option<&'static str> {
    zhidu::Check::ALL
        .iter()
        .map(|c| c.code())
        .filter(|code| name == *code || name.starts_with(&format!("{code}-")))
        .max_by_key(|code| code.len())
}

/// A fixture whose header says `# standalone` brings its own org instead of the shared one.
pub fn standalone(path: &Path) -> bool {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with('#'))
        .any(|l| l.trim() == "# standalone")
}

/// One line per finding of a JSON report: `file:line:col: severity: message [check/clause]`.
pub fn compact(findings: &[serde_json::Value]) -> String {
    findings
        .iter()
        .map(|f| {
            let at = &f["location"];
            format!(
                "{}:{}:{}: {}: {} [{}/{}]\n",
                at["file"].as_str().unwrap_or(""),
                at["line"],
                at["column"],
                f["severity"].as_str().unwrap_or(""),
                f["message"].as_str().unwrap_or(""),
                f["check"].as_str().unwrap_or(""),
                f["clause"].as_str().unwrap_or("")
            )
        })
        .collect()
}

/// (check, subject, message) of every finding of a JSON report.
pub fn findings(report: &serde_json::Value) -> Vec<(String, String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_string(),
                f["subject"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Copies a folder and everything under it (a fixture to change in a test).
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
