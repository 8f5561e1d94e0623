//! End to end: the README's command on the bundled example company, human and JSON.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

#[test]
fn the_example_company_report() {
    let (code, human, err) = common::zhidu(&["check", "fixtures/example", "--as-of", "2026-11-20"]);
    assert!(err.is_empty(), "{err}");
    assert_eq!(code, 1, "the example has error findings");
    insta::assert_snapshot!("example_human", human);
    let (_, json, _) = common::zhidu(&[
        "check",
        "fixtures/example",
        "--as-of",
        "2026-11-20",
        "--format",
        "json",
    ]);
    insta::assert_snapshot!("example_json", json);
}

#[test]
fn the_example_config_file_is_valid_and_sets_the_day() {
    let (code, out, err) = common::zhidu(&[
        "check",
        "fixtures/example",
        "--config",
        "fixtures/example/zhidu.toml",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("\"as_of\": \"2026-11-20\""), "{out}");
}
