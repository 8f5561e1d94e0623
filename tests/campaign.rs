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
    // And its peak stays under 150 MiB, measured by GNU time where the machine has it.
    if std::path::Path::new("/usr/bin/time").exists() {
        let measured = Command::new("/usr/bin/time")
            .args([
                "-f",
                "%M",
                env!("CARGO_BIN_EXE_zhidu"),
                "--lang",
                "en",
                "check",
            ])
            .args([
                "fixtures/example",
                "--since",
                "0001-01-01",
                "--as-of",
                "2026-11-20",
            ])
            .args(["--memory-budget", "100MiB", "--format", "json"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&measured.stderr);
        let peak_kib: u64 = stderr
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .next_back()
            .unwrap_or_else(|| panic!("no peak in {stderr}"));
        assert!(peak_kib < 150 * 1024, "peak {peak_kib} KiB");
    }
}

/// A data folder with one person, for runs that point zhidu at special files.
fn company(dir: &std::path::Path) {
    std::fs::write(
        dir.join("people.yaml"),
        "people:\n  - {id: p1, name: 周明}\n",
    )
    .unwrap();
}

#[cfg(unix)]
#[test]
fn special_files_as_settings_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    company(dir.path());
    let fifo = dir.path().join("pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let data = dir.path().display().to_string();
    for special in [fifo.display().to_string(), "/dev/zero".to_string()] {
        // As --config and --baseline…
        for flag in ["--config", "--baseline"] {
            let out = within(
                Duration::from_secs(10),
                &["check", &data, flag, &special, "--as-of", "2026-06-30"],
            )
            .unwrap_or_else(|| panic!("{flag} {special} blocked or read for ever"));
            assert_eq!(out.status.code(), Some(2), "{flag} {special}");
            let err = String::from_utf8_lossy(&out.stdout);
            assert!(
                err.contains("not a regular file"),
                "{flag} {special}: {err}"
            );
        }
        // …and as the waivers file and the calendar zhidu.toml names.
        for key in ["waivers", "calendar"] {
            let config = dir.path().join("zhidu.toml");
            std::fs::write(&config, format!("{key} = \"{special}\"\n")).unwrap();
            let out = within(
                Duration::from_secs(10),
                &["check", &data, "--as-of", "2026-06-30"],
            )
            .unwrap_or_else(|| panic!("{key} = {special} blocked or read for ever"));
            assert_eq!(out.status.code(), Some(2), "{key} {special}");
            std::fs::remove_file(&config).unwrap();
        }
    }
}

#[test]
fn a_huge_or_strange_zhidu_toml_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    company(dir.path());
    let data = dir.path().display().to_string();
    // A 1 GB sparse file: refused by its size, not read until the allocator gives up.
    let config = dir.path().join("zhidu.toml");
    std::fs::File::create(&config)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let out = within(
        Duration::from_secs(20),
        &["check", &data, "--as-of", "2026-06-30"],
    )
    .expect("did not finish");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("larger than the limit"));
    // A folder named zhidu.toml: its settings are not lost in silence.
    std::fs::remove_file(&config).unwrap();
    std::fs::create_dir(&config).unwrap();
    let out = within(
        Duration::from_secs(20),
        &["check", &data, "--as-of", "2026-06-30"],
    )
    .expect("did not finish");
    assert_eq!(out.status.code(), Some(2));
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains("zhidu.toml") && shown.contains("not a regular file"),
        "{shown}"
    );
}

#[test]
fn date_serials_beyond_a_spreadsheets_dates_are_data_errors_at_their_cell() {
    // Serial 1e12 was read as 9999-12-31 and −5 as 1899-12-31, in silence.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("requests.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("requests").unwrap();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (c, h) in ["id", "kind", "requested_at"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, serial) in [(1u32, 1e12), (2, -5.0), (3, 46_000.0)] {
        sheet.write_string(r, 0, format!("r{r}")).unwrap();
        sheet.write_string(r, 1, "purchase").unwrap();
        sheet.write_number_with_format(r, 2, serial, &date).unwrap();
    }
    book.save(&path).unwrap();
    let (code, out, _) = common::zhidu(&[
        "check",
        &path.display().to_string(),
        "--as-of",
        "2026-06-30",
        "--format",
        "gcc",
    ]);
    assert_eq!(code, 2, "{out}");
    let far: Vec<&str> = out.lines().filter(|l| l.contains("date serial")).collect();
    assert_eq!(far.len(), 2, "{out}");
    assert!(
        far[0].contains("requests!C2") && far[0].contains("1000000000000"),
        "{out}"
    );
    assert!(
        far[1].contains("requests!C3") && far[1].contains("-5"),
        "{out}"
    );
}

#[test]
fn settings_that_match_nothing_are_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    company(dir.path());
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("台账").unwrap();
    sheet.write_string(0, 0, "id").unwrap();
    book.add_worksheet().set_name("空表").unwrap();
    book.save(dir.path().join("账.xlsx")).unwrap();
    std::fs::write(
        dir.path().join("zhidu.toml"),
        concat!(
            "covers = [\"monthly-plann\", \"monthly-plan\"]\n",
            "[files]\n",
            "\"采购*.csv\" = \"requests\"\n",
            "\"账.xlsx#签批\" = \"signatures\"\n",
            "\"账.xlsx#空表\" = \"requests\"\n",
            "[encoding]\n",
            "\"旧系统.csv\" = \"gb18030\"\n",
        ),
    )
    .unwrap();
    let (_, out, _) = common::zhidu(&[
        "check",
        &dir.path().display().to_string(),
        "--as-of",
        "2026-06-30",
        "--format",
        "gcc",
    ]);
    let warned = |text: &str| {
        out.lines()
            .any(|l| l.contains("warning") && l.contains(text))
    };
    // A typo in `covers`, with the kind meant; the right kind is not warned about.
    assert!(warned("`monthly-plann` in `covers`"), "{out}");
    assert!(!warned("`monthly-plan` in `covers`"), "{out}");
    assert!(warned("`采购*.csv` matches no file"), "{out}");
    assert!(
        warned("sheet `签批`, which `") && warned("账.xlsx` does not have"),
        "{out}"
    );
    assert!(
        warned("`空表` of `") && warned("账.xlsx`, which `[files]` maps, is empty"),
        "{out}"
    );
    assert!(warned("`旧系统.csv` matches no file"), "{out}");
    // Each at its line of zhidu.toml.
    assert!(
        out.lines()
            .any(|l| l.contains("zhidu.toml:1:") && l.contains("covers")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.contains("zhidu.toml:3:") && l.contains("采购")),
        "{out}"
    );
}

#[test]
fn the_language_server_survives_bad_messages() {
    use std::io::{Read, Write};
    let framed = |body: &str| format!("Content-Length: {}\r\n\r\n{body}", body.len());
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhidu"))
        .args(["lsp", "--lang", "en"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let stream = [
        framed(r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#),
        framed(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#),
        // A body that is not JSON, a negative length, an oversized one, none at all.
        framed("{ not json"),
        "Content-Length: -1\r\n\r\n{}\r\n".to_string(),
        "Content-Length: 999999999999\r\n\r\n".to_string(),
        "X-Nothing: 1\r\n\r\n".to_string(),
        framed(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#),
        framed(r#"{"jsonrpc":"2.0","method":"exit"}"#),
    ]
    .concat();
    input.write_all(stream.as_bytes()).unwrap();
    drop(input);
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{out}");
    // Three Parse errors (the fourth header-less message is only skipped), then the answer to
    // `shutdown`.
    assert_eq!(out.matches("-32700").count(), 3, "{out}");
    assert!(out.contains(r#""id":2,"result":null"#), "{out}");
}

#[test]
fn findings_that_fill_the_budget_stop_the_run_with_what_it_judged() {
    // A range that passes the slot bound, but per-record findings that fill a tiny budget: the
    // run reports what it judged and exits 2, the same way on one thread or many.
    let run = |jobs: &str| {
        within(
            Duration::from_secs(60),
            &[
                "check",
                "fixtures/example",
                "--as-of",
                "2026-11-20",
                "--memory-budget",
                "64.2MiB",
                "--jobs",
                jobs,
                "--format",
                "json",
            ],
        )
        .expect("did not finish")
    };
    let one = run("1");
    assert_eq!(one.status.code(), Some(2));
    let json = String::from_utf8_lossy(&one.stdout);
    assert!(json.contains("the run stopped after judging"), "{json}");
    assert_eq!(one.stdout, run("2").stdout);
}
