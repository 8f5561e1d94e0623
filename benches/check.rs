//! `zhidu check` with the built-in pack on generated companies of 1,000, 10,000 and 100,000
//! people (about nine records each), as a user runs it: walk, read, parse, type, index, evaluate,
//! sort, write JSON.
//!
//! ```text
//! cargo bench --bench check                          # all three sizes (the largest takes minutes)
//! ZHIDU_BENCH_PEOPLE=1000,10000 cargo bench --bench check
//! ```
//!
//! Peak memory is not something criterion measures; docs/performance.md gives the numbers from
//! `/usr/bin/time -v` on the release binary, and how to reproduce them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use std::path::Path;
use std::time::Duration;
use zhidu::internals::synthetic::{self, Gaps, Options};
use zhidu::{CheckOptions, ConfigChoice, Format, Status, Style};

fn sizes() -> Vec<usize> {
    std::env::var("ZHIDU_BENCH_PEOPLE")
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000])
}

fn check(dir: &Path) -> usize {
    let outcome = zhidu::check(&CheckOptions {
        paths: vec![dir.to_path_buf()],
        config: ConfigChoice::Ignore,
        as_of: "2026-11-20".parse().ok(),
        ..CheckOptions::default()
    })
    .expect("a check");
    // The generated company has every kind of gap: findings, and nothing unreadable.
    assert_eq!(outcome.status, Status::Findings);
    let mut out = Vec::new();
    let style = Style {
        color: false,
        width: 100,
    };
    outcome
        .write(Format::Json, style, &mut out)
        .expect("writing JSON");
    out.len()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    for people in sizes() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let company = synthetic::generate(&Options {
            people,
            gaps: Gaps::All,
            ..Options::default()
        });
        company.write_to(dir.path()).expect("writing the company");
        group.throughput(Throughput::Elements(company.records as u64));
        // A run takes about 20 µs per record: ten flat samples (the same number of runs each)
        // keep the largest size to a few minutes.
        group.sample_size(10);
        group.sampling_mode(SamplingMode::Flat);
        group.measurement_time(Duration::from_secs(
            (company.records as u64 / 4_000).clamp(10, 300),
        ));
        group.bench_with_input(BenchmarkId::from_parameter(people), dir.path(), |b, dir| {
            b.iter(|| check(dir))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
