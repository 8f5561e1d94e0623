//! `zhidu check` with the built-in pack against its floor, on generated companies exported as
//! systems export them: one JSON file per collection on a single line, Chinese ids and texts.
//! The floor (`benches/floor/mod.rs`) merely parses the same files into generic values; the
//! goal is zhidu at no more than 1.5 times the floor (docs/performance.md).
//!
//! Both run as a user runs them, as programs: the release `zhidu` binary (with its allocator),
//! and this benchmark's own binary started again as the floor (with the system's allocator, as
//! the floor was committed). Each is timed from start to exit.
//!
//! ```text
//! cargo bench --bench check                                # 1,000, 10,000 and 100,000 people
//! ZHIDU_BENCH_PEOPLE=1000,10000 cargo bench --bench check
//! ZHIDU_BENCH_LAYOUT=yaml cargo bench --bench check        # or json-pretty, csv, mixed
//! ```
//!
//! Peak memory is not something criterion measures: benches/scale.sh measures both programs'
//! with `/usr/bin/time`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop at the first surprise

#[path = "floor/mod.rs"]
mod floor;

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;
use zhidu::internals::synthetic::{self, Gaps, Layout, Options};

fn sizes() -> Vec<usize> {
    std::env::var("ZHIDU_BENCH_PEOPLE")
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000])
}

fn layout() -> (&'static str, Layout) {
    match std::env::var("ZHIDU_BENCH_LAYOUT").as_deref() {
        Ok("json-pretty") => ("json-pretty", Layout::Json { minified: false }),
        Ok("yaml") => ("yaml", Layout::Yaml),
        Ok("csv") => ("csv", Layout::Csv),
        Ok("mixed") => ("mixed", Layout::Mixed),
        _ => ("json", Layout::Json { minified: true }),
    }
}

/// Set to a folder, this program is the floor: it parses the folder and exits.
const FLOOR: &str = "ZHIDU_BENCH_FLOOR";

/// Runs a program to its end; `ok` are the exit codes it may end with.
fn run(command: &mut Command, ok: &[i32]) {
    let status = command
        .stdout(Stdio::null())
        .status()
        .expect("the program starts");
    assert!(
        status.code().is_some_and(|c| ok.contains(&c)),
        "{command:?}: {status}"
    );
}

fn bench(c: &mut Criterion) {
    let (name, layout) = layout();
    let mut group = c.benchmark_group(format!("check-{name}"));
    for people in sizes() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let company = synthetic::generate(&Options {
            people,
            gaps: Gaps::All,
            layout,
            cjk: true,
            ..Options::default()
        });
        company.write_to(dir.path()).expect("writing the company");
        group.throughput(Throughput::Elements(company.records as u64));
        // Ten flat samples (the same number of runs each) keep the largest size to minutes.
        group.sample_size(10);
        group.sampling_mode(SamplingMode::Flat);
        group.measurement_time(Duration::from_secs(
            (company.records as u64 / 20_000).clamp(5, 120),
        ));
        group.bench_with_input(BenchmarkId::new("zhidu", people), dir.path(), |b, dir| {
            b.iter(|| {
                // The company has every kind of gap: it ends with findings (1).
                run(
                    Command::new(env!("CARGO_BIN_EXE_zhidu"))
                        .arg("check")
                        .arg(dir)
                        .args(["--as-of", "2026-11-20", "--format", "json"]),
                    &[1],
                )
            })
        });
        let me = std::env::current_exe().expect("this program's path");
        group.bench_with_input(BenchmarkId::new("floor", people), dir.path(), |b, dir| {
            b.iter(|| run(Command::new(&me).env(FLOOR, dir), &[0]))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);

fn main() {
    if let Some(dir) = std::env::var_os(FLOOR) {
        let held = floor::parse_all(Path::new(&dir)).expect("the floor parses");
        println!("floor: {} files parsed", held.len());
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
