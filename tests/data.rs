//! Data files: located errors in every format, hostile input, the org model's queries, and the
//! model's independence from how the data is split into files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use std::path::{Path, PathBuf};

/// The input findings of checking `paths` (no clause findings: `--select none`).
fn input_findings(paths: &[String]) -> (u8, Vec<serde_json::Value>) {
    let mut args = vec![
        "check".to_string(),
        "fixtures/data-errors/policy.zhidu".into(),
    ];
    args.extend(paths.iter().cloned());
    args.extend(
        [
            "--select",
            "none",
            "--format",
            "json",
            "--as-of",
            "2026-12-31",
        ]
        .map(String::from),
    );
    let (code, out, err) = common::zhidu(&args);
    let report: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (
        code,
        report["findings"].as_array().cloned().unwrap_or_default(),
    )
}

/// The text a finding's location covers.
fn located_text(finding: &serde_json::Value) -> String {
    let at = &finding["location"];
    let file = at["file"].as_str().unwrap_or_default();
    let text = std::fs::read(file).unwrap_or_default();
    let start = at["offset"].as_u64().unwrap_or(0) as usize;
    let end = start + at["length"].as_u64().unwrap_or(0) as usize;
    String::from_utf8_lossy(text.get(start..end.min(text.len())).unwrap_or_default()).into_owned()
}

/// The same mistake in YAML, JSON, TOML and CSV points at the mistaken text in each.
#[test]
fn data_errors_are_located_in_every_format() {
    for dir in common::sorted_dirs(Path::new("fixtures/data-errors")) {
        let case = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let token = std::fs::read_to_string(dir.join("expect.txt"))
            .unwrap_or_default()
            .trim()
            .to_string();
        let mut lines = String::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e != "txt"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{case}");
        for file in files {
            let shown = file.display().to_string();
            let (code, findings) = input_findings(std::slice::from_ref(&shown));
            assert_eq!(code, 2, "{shown}: the input could not be fully read");
            assert!(!findings.is_empty(), "{shown}: no finding");
            for f in &findings {
                assert_eq!(
                    f["location"]["file"],
                    shown.as_str(),
                    "{shown}: every finding points into the file"
                );
            }
            if !token.is_empty() {
                assert!(
                    findings.iter().any(|f| located_text(f).contains(&token)),
                    "{shown}: no finding points at `{token}`: {findings:#?}"
                );
            }
            lines.push_str(&common::compact(&findings));
        }
        insta::assert_snapshot!(case, lines);
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
    path.display().to_string()
}

/// Each hostile file gets a located diagnostic, no panic, bounded time and memory, and the rest of
/// the data set is still checked: a neighbour's finding is still reported.
#[test]
fn hostile_data_is_diagnosed_and_the_rest_still_checked() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // The neighbour: a role nobody holds, which the policy requires filled.
    let neighbour = write(
        dir.path(),
        "neighbour.yaml",
        b"roles:\n  - {id: r1, title: \xe4\xb8\xbb\xe4\xbb\xbb}\n",
    );
    let policy = write(
        dir.path(),
        "policy.zhidu",
        "namespace t\nsource \"测试\"\n\norg filled {\n  cite \"1\"\n  role 主任 filled\n}\n"
            .as_bytes(),
    );
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let mut prev = 'a';
    for name in ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] {
        bomb.push_str(&format!(
            "{name}: &{name} [{}]\n",
            vec![format!("*{prev}"); 9].join(",")
        ));
        prev = name;
    }
    bomb.push_str("people: []\n");
    let mut big = String::from("people:\n");
    while big.len() < 50 * 1024 * 1024 {
        big.push_str("  - {id: p, name: 张伟张伟张伟张伟张伟张伟张伟张伟}\n");
    }
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "malformed.yaml",
            b"people:\n  - {id: p1, name: [\n".to_vec(),
            "parse-error",
        ),
        (
            "bad-date.yaml",
            b"people:\n  - {id: p1, name: x, left_on: 2026-13-01}\n".to_vec(),
            "data-error",
        ),
        (
            "not-utf8.yaml",
            b"people:\n  - {id: p1, name: \"\xd5\xc5\xce\xb0\"}\n".to_vec(),
            "parse-error",
        ),
        (
            "binary.json",
            (0..=255u8).cycle().take(65536).collect(),
            "parse-error",
        ),
        ("bomb.yaml", bomb.into_bytes(), "parse-error"),
        (
            "deep.json",
            format!(
                "{{\"people\": {}{}}}",
                "[".repeat(200_000),
                "]".repeat(200_000)
            )
            .into_bytes(),
            "parse-error",
        ),
        ("huge.yaml", big.into_bytes(), "parse-error"),
        ("empty.json", Vec::new(), "parse-error"),
    ];
    for (name, bytes, check) in cases {
        let file = write(dir.path(), name, &bytes);
        let args = vec![
            "check".to_string(),
            policy.clone(),
            neighbour.clone(),
            file.clone(),
            "--format".into(),
            "json".into(),
            "--as-of".into(),
            "2026-12-31".into(),
        ];
        let (code, out, err) = common::zhidu(&args);
        assert_eq!(code, 2, "{name}: {err}");
        let report: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{name}: {e}"));
        let findings = report["findings"].as_array().cloned().unwrap_or_default();
        let own: Vec<&serde_json::Value> = findings
            .iter()
            .filter(|f| f["location"]["file"] == file.as_str())
            .collect();
        assert!(
            own.iter()
                .any(|f| f["check"] == check && f["location"]["line"].as_u64().is_some()),
            "{name}: {findings:#?}"
        );
        assert!(
            findings.iter().any(|f| f["check"] == "vacant-role"),
            "{name}: the neighbour was not checked"
        );
    }
    // Empty YAML and TOML files hold no collection: a note, not an error.
    for name in ["empty.yaml", "empty.toml"] {
        let file = write(dir.path(), name, b"");
        let (code, out, _) = common::zhidu(&[
            "check",
            &policy,
            &file,
            "--format",
            "json",
            "--as-of",
            "2026-12-31",
            "--select",
            "none",
        ]);
        assert_eq!(code, 0, "{name}: {out}");
        assert!(out.contains("skipped-file"), "{name}: {out}");
        let (code, _, _) = common::zhidu(&[
            "check",
            &policy,
            &file,
            "--strict",
            "--as-of",
            "2026-12-31",
            "--select",
            "none",
        ]);
        assert_eq!(code, 2, "{name} under --strict");
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported_not_followed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink("..", sub.join("loop")).unwrap_or_else(|e| panic!("{e}"));
    write(&sub, "people.yaml", b"people:\n  - {id: p1, name: x}\n");
    let (code, out, _) = common::zhidu(&[
        "check",
        &dir.path().display().to_string(),
        "--format",
        "json",
        "--as-of",
        "2026-12-31",
        "--select",
        "none",
    ]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("symlink loop"), "{out}");
    assert!(
        out.contains("\"records\": 0") && out.contains("\"files\": 1"),
        "the real file is still read: {out}"
    );
}
