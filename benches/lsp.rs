//! `zhidu lsp` as an editor feels it, on a generated company of 10,000 people (the JSON export
//! of the `check` benchmark): how long from an edit of a policy file to its diagnostics (the
//! goal: 200 ms), and from the save of a data file to the findings in it (the goal: 2 s).
//!
//! The release binary is started as a language server and spoken to over its standard input
//! and output by the same client the tests use; each iteration is one round trip, from the
//! notification sent to the diagnostics received.
//!
//! ```text
//! cargo bench --bench lsp
//! ZHIDU_BENCH_PEOPLE=1000 cargo bench --bench lsp
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop at the first surprise

#[path = "../tests/common/lsp_client.rs"]
mod lsp_client;

use criterion::{Criterion, SamplingMode, criterion_group};
use lsp_client::{Client, uri};
use serde_json::json;
use std::time::Duration;
use zhidu::internals::synthetic::{self, Gaps, Layout, Options};

/// A policy with a misspelt role, and the same mended: each edit has diagnostics to compute.
const BROKEN: &str = "namespace bench\nsource \"采购管理制度\"\n\nrequest purchase \"采购\" {\n  cite \"第五条\"\n  signed by role 总径理\n}\n";
const MENDED: &str = "namespace bench\nsource \"采购管理制度\"\nrole 总经理\n\nrequest purchase \"采购\" {\n  cite \"第五条\"\n  signed by role 总经理\n}\n";

fn bench(c: &mut Criterion) {
    let people = std::env::var("ZHIDU_BENCH_PEOPLE")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let company = synthetic::generate(&Options {
        people,
        gaps: Gaps::All,
        layout: Layout::Json { minified: true },
        cjk: true,
        ..Options::default()
    });
    company.write_to(dir.path()).expect("writing the company");
    std::fs::write(dir.path().join("zhidu.toml"), "as_of = \"2026-11-20\"\n").unwrap();
    let data = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .max_by_key(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
        .expect("a data file");
    let data_text = std::fs::read_to_string(&data).unwrap();

    let (mut client, _) = Client::start(true, dir.path());
    let policy = uri(&dir.path().join("bench.zhidu"));
    let data_uri = uri(&data);
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": policy, "languageId": "zhidu", "version": 0, "text": BROKEN}}),
    );
    client.diagnostics(&policy);
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": data_uri, "languageId": "json", "version": 0, "text": data_text}}),
    );
    client.diagnostics(&data_uri);

    let mut group = c.benchmark_group(format!("lsp-{people}"));
    group.sample_size(20);
    group.sampling_mode(SamplingMode::Flat);
    group.measurement_time(Duration::from_secs(10));
    let mut version = 0;
    group.bench_function("policy-edit-to-diagnostics", |b| {
        b.iter(|| {
            version += 1;
            let text = if version % 2 == 0 { BROKEN } else { MENDED };
            client.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": policy, "version": version}, "contentChanges": [{"text": text}]}),
            );
            client.diagnostics(&policy)
        })
    });
    let mut saves = 0;
    group.bench_function("data-save-to-findings", |b| {
        b.iter(|| {
            // A changed file (its length differs each time), saved: only it is read again.
            saves += 1;
            let text = format!("{data_text}{}", " ".repeat(saves % 64 + 1));
            std::fs::write(&data, &text).unwrap();
            client.notify(
                "textDocument/didSave",
                json!({"textDocument": {"uri": data_uri}}),
            );
            client.diagnostics(&data_uri)
        })
    });
    group.finish();
    client.stop();
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
