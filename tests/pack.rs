//! Every clause of the built-in pack against its fixtures in `fixtures/pack/<clause-id>/`.
//!
//! Each case is a YAML file checked together with `fixtures/pack/org.yaml` (unless its header says
//! `# standalone`: org clauses need orgs of their own), `--select`ing the clause. Its first lines say the day (`# as-of: 2027-01-10`, optionally `# since: …`). A case
//! named `pass*` must raise nothing; a case named `fail-<check>…` must raise that check code and
//! no other. Every case's findings are also snapshotted (one line each: place, severity, message).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn every_pack_clause_fires_exactly_when_it_should() {
    let root = Path::new("fixtures/pack");
    let mut checked = 0;
    for dir in common::sorted_dirs(root) {
        let clause = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        for case in common::sorted_files(&dir, "yaml") {
            let name = case
                .file_stem()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let mut args = vec!["check".to_string()];
            if !common::standalone(&case) {
                args.push("fixtures/pack/org.yaml".into());
            }
            args.push(case.display().to_string());
            args.extend(common::header_args(&case));
            args.extend([
                "--select".into(),
                clause.clone(),
                "--format".into(),
                "json".into(),
            ]);
            let (code, json, stderr) = common::zhidu(&args);
            let report: serde_json::Value = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{}: {e}\n{json}\n{stderr}", case.display()));
            let findings = report["findings"].as_array().cloned().unwrap_or_default();
            let input: Vec<String> = findings
                .iter()
                .filter(|f| f["clause"] != serde_json::Value::String(clause.clone()))
                .map(|f| f["message"].to_string())
                .collect();
            assert!(
                input.is_empty(),
                "{}: unexpected findings outside the clause: {input:?}",
                case.display()
            );
            let codes: BTreeSet<String> = findings
                .iter()
                .map(|f| f["check"].as_str().unwrap_or_default().to_string())
                .collect();
            if name.starts_with("pass") {
                assert!(
                    codes.is_empty(),
                    "{}: expected no finding, got {findings:#?}",
                    case.display()
                );
                assert_eq!(code, 0, "{}: exit status", case.display());
            } else if let Some(rest) = name.strip_prefix("fail-") {
                let expected = common::check_code_prefix(rest).unwrap_or_else(|| {
                    panic!("{}: `fail-<check>` names no check code", case.display())
                });
                assert_eq!(
                    codes,
                    BTreeSet::from([expected.to_string()]),
                    "{}: {findings:#?}",
                    case.display()
                );
            } else {
                panic!("{}: a case is named pass… or fail-<check>…", case.display());
            }
            insta::assert_snapshot!(format!("{clause}__{name}"), common::compact(&findings));
            checked += 1;
        }
    }
    assert!(checked > 0, "no pack fixtures found");
}

#[test]
fn every_pack_clause_has_a_pass_and_a_fail_case() {
    let (_, json, _) = common::zhidu(&["list", "--format", "json", "--no-builtin", "rules"]);
    let clauses: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap_or_default();
    assert!(clauses.len() >= 42, "{json}");
    let mut missing = Vec::new();
    for clause in clauses {
        let id = clause["id"].as_str().unwrap_or_default();
        let dir = Path::new("fixtures/pack").join(id);
        let files: Vec<String> = common::sorted_files(&dir, "yaml")
            .iter()
            .filter_map(|f| f.file_stem().and_then(|n| n.to_str()).map(str::to_string))
            .collect();
        if !files.iter().any(|f| f.starts_with("pass"))
            || !files.iter().any(|f| f.starts_with("fail-"))
        {
            missing.push(id.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "clauses without pass and fail fixtures: {missing:?}"
    );
}
