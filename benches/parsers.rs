//! Work that must grow no faster than its input (docs/reliability.md): a CSV header of many
//! `attrs.*` columns, and one single-line JSON export with a finding on every record. Criterion
//! reports the time per byte at each size: it stays flat when the cost is linear.
//!
//! ```text
//! cargo bench --bench parsers
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop at the first surprise

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::path::Path;
use zhidu::{CheckOptions, ConfigChoice};

const POLICY: &str = "namespace t\nsource \"测试\"\n\nrequest purchase {\n  cite \"1\"\n  signed by role 总经理\n}\n";

fn check(dir: &Path) {
    let outcome = zhidu::check(&CheckOptions {
        paths: vec![dir.to_path_buf()],
        config: ConfigChoice::Ignore,
        as_of: "2026-11-20".parse().ok(),
        ..CheckOptions::default()
    })
    .unwrap();
    assert!(!outcome.findings.is_empty());
}

/// `requests.csv` with one row and `columns` columns `attrs.c0`, `attrs.c1`, …
fn wide_csv(dir: &Path, columns: usize) -> u64 {
    let mut header = String::from("id,kind,requested_by,requested_at");
    let mut row = String::from("r1,purchase,p1,2026-11-01");
    for c in 0..columns {
        header.push_str(&format!(",attrs.c{c}"));
        row.push_str(&format!(",值{c}"));
    }
    let text = format!("{header}\n{row}\n");
    std::fs::write(dir.join("requests.csv"), &text).unwrap();
    std::fs::write(dir.join("policy.zhidu"), POLICY).unwrap();
    text.len() as u64
}

/// `requests.json` on one line: `records` purchases, none signed (a finding on each).
fn one_line_json(dir: &Path, records: usize) -> u64 {
    let mut text = String::from("{\"requests\": [");
    for i in 0..records {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!(
            "{{\"id\": \"采购-{i}\", \"kind\": \"purchase\", \"requested_by\": \"p1\", \"requested_at\": \"2026-11-01\"}}"
        ));
    }
    text.push_str("]}");
    std::fs::write(dir.join("requests.json"), &text).unwrap();
    std::fs::write(dir.join("policy.zhidu"), POLICY).unwrap();
    text.len() as u64
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("csv-header-columns");
    group.sample_size(10);
    for columns in [25_000, 50_000, 100_000, 200_000] {
        let dir = tempfile::tempdir().unwrap();
        group.throughput(Throughput::Bytes(wide_csv(dir.path(), columns)));
        group.bench_with_input(
            BenchmarkId::from_parameter(columns),
            dir.path(),
            |b, dir| b.iter(|| check(dir)),
        );
    }
    group.finish();
    let mut group = c.benchmark_group("one-line-json-records");
    group.sample_size(10);
    for records in [5_000, 10_000, 20_000, 40_000] {
        let dir = tempfile::tempdir().unwrap();
        group.throughput(Throughput::Bytes(one_line_json(dir.path(), records)));
        group.bench_with_input(
            BenchmarkId::from_parameter(records),
            dir.path(),
            |b, dir| b.iter(|| check(dir)),
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
