//! Every check code on a small policy of its own: `fixtures/checks/<code>/` holds `policy.zhidu`
//! (or `<case>.zhidu` when the case is about the policy), a `pass.yaml` that must raise nothing and
//! a `fail.yaml` that must raise that code. The fail case's human and JSON reports are
//! snapshotted.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use zhidu::Check;

/// Codes a fail case may raise beside its own: a signature given under an expired delegation is
/// both an invalid delegation and an unauthorized approval.
fn companions(code: &str) -> &'static [&'static str] {
    match code {
        "invalid-delegation" => &["unauthorized-approver"],
        _ => &[],
    }
}

fn run(dir: &Path, case: &str, format: &str) -> (u8, String) {
    let data = dir.join(format!("{case}.yaml"));
    let own = dir.join(format!("{case}.zhidu"));
    let policy = if own.is_file() {
        own
    } else {
        dir.join("policy.zhidu")
    };
    let mut args = vec![
        "check".to_string(),
        policy.display().to_string(),
        data.display().to_string(),
    ];
    args.extend(common::header_args(&data));
    args.extend(["--format".into(), format.into()]);
    let (code, out, err) = common::zhidu(&args);
    assert!(err.is_empty(), "{}: {err}", data.display());
    (code, out)
}

#[test]
fn every_check_code_has_fixtures() {
    for check in Check::ALL {
        let dir = Path::new("fixtures/checks").join(check.code());
        assert!(
            dir.join("pass.yaml").is_file() && dir.join("fail.yaml").is_file(),
            "{check} has no pass and fail fixtures"
        );
    }
}

#[test]
fn each_check_fires_on_its_fail_case_only() {
    for check in Check::ALL {
        let code = check.code();
        let dir = Path::new("fixtures/checks").join(code);
        let (status, json) = run(&dir, "pass", "json");
        let report: serde_json::Value =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(
            report["findings"].as_array().map(Vec::len),
            Some(0),
            "{code}/pass: {json}"
        );
        assert_eq!(status, 0, "{code}/pass");

        let (status, json) = run(&dir, "fail", "json");
        let report: serde_json::Value =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{code}: {e}"));
        let codes: BTreeSet<&str> = report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["check"].as_str())
            .collect();
        assert!(codes.contains(code), "{code}/fail raised {codes:?}");
        let allowed: BTreeSet<&str> = std::iter::once(code)
            .chain(companions(code).iter().copied())
            .collect();
        assert!(codes.is_subset(&allowed), "{code}/fail raised {codes:?}");
        // 2 when the input could not be fully read, 1 for findings at `error`, 0 otherwise.
        let errors = report["summary"]["error"].as_u64().unwrap_or(0);
        let expected_status = if check.is_input() && errors > 0 {
            2
        } else if errors > 0 {
            1
        } else {
            0
        };
        assert_eq!(status, expected_status, "{code}/fail exit status");
        insta::assert_snapshot!(format!("{code}__json"), json);
        let (_, human) = run(&dir, "fail", "human");
        insta::assert_snapshot!(format!("{code}__human"), human);
    }
}
