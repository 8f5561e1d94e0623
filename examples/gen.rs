//! Writes a synthetic company in zhidu's data format (see `zhidu::internals::synthetic`).
//!
//! ```text
//! cargo run --release --example gen -- --people 10000 --out /tmp/company
//! cargo run --release --example gen -- --people 40 --out fixtures/example
//! cargo run --release --example gen -- --people 10000 --layout json --cjk --out /tmp/export
//! ```

use clap::Parser;
use std::path::PathBuf;
use zhidu::internals::synthetic::{self, Gaps, Layout, Options};

#[derive(Parser)]
struct Args {
    /// People in the company.
    #[arg(long, default_value_t = 40)]
    people: usize,
    /// Where to write the files.
    #[arg(long)]
    out: PathBuf,
    /// Random seed (the same seed gives the same files).
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// The day the data is made for (records cover the year before).
    #[arg(long, default_value = "2026-11-20")]
    as_of: String,
    /// Which gaps to inject: none (a compliant company), few (the example data), all (one of each kind).
    #[arg(long, default_value = "all", value_parser = ["none", "few", "all"])]
    gaps: String,
    /// Also write `expected.json`: the findings the injected gaps must raise.
    #[arg(long)]
    expected: bool,
    /// How the files are laid out: mixed (all four formats, the example data), json (one file
    /// per collection, on a single line), json-pretty, yaml, csv.
    #[arg(long, default_value = "mixed", value_parser = ["mixed", "json", "json-pretty", "yaml", "csv"])]
    layout: String,
    /// Chinese record ids and reasons, as Chinese OA exports carry them.
    #[arg(long)]
    cjk: bool,
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let as_of = match args.as_of.parse::<jiff::civil::Date>() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("gen: --as-of: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let options = Options {
        people: args.people,
        seed: args.seed,
        as_of,
        gaps: match args.gaps.as_str() {
            "none" => Gaps::None,
            "few" => Gaps::Few,
            _ => Gaps::All,
        },
        layout: match args.layout.as_str() {
            "json" => Layout::Json { minified: true },
            "json-pretty" => Layout::Json { minified: false },
            "yaml" => Layout::Yaml,
            "csv" => Layout::Csv,
            _ => Layout::Mixed,
        },
        cjk: args.cjk,
        ..Default::default()
    };
    let company = synthetic::generate(&options);
    if let Err(e) = company.write_to(&args.out) {
        eprintln!("gen: cannot write to {}: {e}", args.out.display());
        return std::process::ExitCode::from(2);
    }
    if args.expected {
        let rows: Vec<String> = company
            .expected
            .iter()
            .map(|e| {
                format!(
                    "  {{\"check\": \"{}\", \"clause\": \"{}\", \"subject\": \"{}\"}}",
                    e.check, e.clause, e.subject
                )
            })
            .collect();
        let text = format!("[\n{}\n]\n", rows.join(",\n"));
        if let Err(e) = std::fs::write(args.out.join("expected.json"), text) {
            eprintln!("gen: {e}");
            return std::process::ExitCode::from(2);
        }
    }
    eprintln!(
        "gen: {} files, {} records, {} injected gaps in {}",
        company.files.len(),
        company.records,
        company.expected.len(),
        args.out.display()
    );
    std::process::ExitCode::SUCCESS
}
