//! The black-box fault campaign of 2026-12-04 (issue 22): each of its failures as a reproducer.
//! Before the fixes these hung, ran out of memory, read special files until killed, or accepted
//! a setting, a waiver or a date in silence.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use std::process::{Command, Output, Stdio};
use std::time::Duration;

/// Runs zhidu with `args`, killed after `limit`: its output, or `None` when it did not finish.
fn within(limit: Duration, args: &[&str]) -> Option<Output> {
    let child = Command::new(env!("CARGO_BIN_EXE_zhidu"))
        .args(["--lang", "en"])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read its output as it comes (a full pipe would stall it), and kill it at the limit.
    let pid = child.id().to_string();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(output) => Some(output.unwrap()),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid]).status();
            None
        }
    }
}

#[test]
fn far_dates_finish() {
    // `every monday` at the calendar's last days looped for ever; periods past year 9999 were
    // counted up to year 32767.
    for as_of in ["9999-11-25", "9999-12-30", "9999-12-31"] {
        let out = within(
            Duration::from_secs(60),
            &["check", "fixtures/example", "--as-of", as_of],
        )
        .unwrap_or_else(|| panic!("--as-of {as_of} did not finish"));
        assert_eq!(out.status.code(), Some(1), "{as_of}");
    }
    let out = within(
        Duration::from_secs(60),
        &[
            "check",
            "fixtures/example",
            "--as-of",
            "9999-12-31",
            "--since",
            "9999-12-01",
        ],
    )
    .expect("--since 9999-12-01 did not finish");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_judged_range_too_long_for_the_budget_is_refused_naming_since() {
    // Two thousand years of weekly slots: 1.6 GB of memory and 341 MB of JSON under a budget
    // of 100 MiB.
    let out = within(
        Duration::from_secs(30),
        &[
            "check",
            "fixtures/example",
            "--since",
            "0001-01-01",
            "--as-of",
            "2026-11-20",
            "--memory-budget",
            "100MiB",
            "--format",
            "json",
        ],
    )
    .expect("did not finish");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("0001-01-01 to 2026-11-20"), "{err}");
    assert!(
        err.contains("`--since`") && err.contains("100.0 MiB"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}
