//! Writes a synthetic company in zhidu's data format (see `zhidu::internals::synthetic`).
//!
//! ```text
//! cargo run --release --example gen -- --people 10000 --out /tmp/company
//! cargo run --release --example gen -- --people 40 --oa-export --out fixtures/example
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
    /// Write part of the records as an OA system exports them (the example data): the requests
    /// and signatures CSV files as a workbook, `业务台账.xlsx`, with Chinese sheet names and
    /// headers, and the tickets as `工单导出.csv` in GB18030 with Chinese headers. The data's
    /// zhidu.toml needs the `[files]` and `[encoding]` lines of fixtures/example/zhidu.toml.
    #[arg(long)]
    oa_export: bool,
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
    if args.oa_export
        && let Err(e) = oa_export(&args.out.join("records"))
    {
        eprintln!("gen: the OA export: {e}");
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

/// The Chinese header of a field, as DATA.md v2 lists them.
fn chinese(field: &str) -> &str {
    match field {
        "id" => "编号",
        "kind" => "类型",
        "requested_by" => "申请人",
        "requested_at" => "申请日期",
        "level" => "职级",
        "unit" => "部门",
        "record" => "单号",
        "seq" => "序号",
        "by" => "签批人",
        "as" => "签批身份",
        "at" => "签批时间",
        "received" => "接收时间",
        "responded" => "响应时间",
        "assignee" => "处理人",
        other => other,
    }
}

/// Rewrites `requests.csv` and `signatures.csv` as the sheets 申请 and 签批 of 业务台账.xlsx (dates
/// as date cells, sequence numbers as number cells), and `tickets.csv` as 工单导出.csv in GB18030
/// with times as `2026/4/10 15:00`.
fn oa_export(records: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    type Table = (Vec<String>, Vec<Vec<String>>);
    let read = |name: &str| -> Result<Table, Box<dyn std::error::Error>> {
        let mut reader = csv::Reader::from_path(records.join(name))?;
        let header = reader.headers()?.iter().map(str::to_string).collect();
        let rows = reader
            .records()
            .map(|r| r.map(|r| r.iter().map(str::to_string).collect()))
            .collect::<Result<_, _>>()?;
        Ok((header, rows))
    };
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let moment = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let mut book = Workbook::new();
    for (file, sheet_name) in [("requests.csv", "申请"), ("signatures.csv", "签批")] {
        let (header, rows) = read(file)?;
        let sheet = book.add_worksheet().set_name(sheet_name)?;
        for (c, field) in header.iter().enumerate() {
            sheet.write_string(0, c as u16, chinese(field))?;
        }
        for (r, row) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, (field, value)) in header.iter().zip(row).enumerate() {
                let c = c as u16;
                if value.is_empty() {
                    continue;
                }
                let date = |t: &str| -> Option<ExcelDateTime> {
                    let (y, m, d) = (
                        t.get(0..4)?.parse().ok()?,
                        t.get(5..7)?.parse().ok()?,
                        t.get(8..10)?.parse().ok()?,
                    );
                    let day = ExcelDateTime::from_ymd(y, m, d).ok()?;
                    match (t.get(11..13), t.get(14..16)) {
                        (Some(h), Some(min)) => {
                            day.and_hms(h.parse().ok()?, min.parse().ok()?, 0).ok()
                        }
                        _ => Some(day),
                    }
                };
                match field.as_str() {
                    "requested_at" | "at" => match date(value) {
                        Some(dt) if value.len() > 10 => {
                            sheet.write_datetime_with_format(r, c, dt, &moment)?
                        }
                        Some(dt) => sheet.write_datetime_with_format(r, c, dt, &day)?,
                        None => sheet.write_string(r, c, value)?,
                    },
                    "seq" => sheet.write_number(r, c, value.parse::<f64>()?)?,
                    _ => sheet.write_string(r, c, value)?,
                };
            }
        }
        std::fs::remove_file(records.join(file))?;
    }
    book.save(records.join("业务台账.xlsx"))?;
    let (header, rows) = read("tickets.csv")?;
    let export_time = |t: &str| -> String {
        // 2026-04-10T15:00 → 2026/4/10 15:00
        match (t.get(0..4), t.get(5..7), t.get(8..10), t.get(11..16)) {
            (Some(y), Some(m), Some(d), Some(hm)) => format!(
                "{y}/{}/{} {hm}",
                m.trim_start_matches('0'),
                d.trim_start_matches('0')
            ),
            _ => t.to_string(),
        }
    };
    let mut text: String = header
        .iter()
        .map(|f| chinese(f))
        .collect::<Vec<_>>()
        .join(",");
    text.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = header
            .iter()
            .zip(&row)
            .map(|(field, value)| match field.as_str() {
                "received" | "responded" => export_time(value),
                _ => value.clone(),
            })
            .collect();
        text.push_str(&cells.join(","));
        text.push_str("\r\n");
    }
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(&text);
    if unmappable {
        return Err("a ticket cannot be written in GB18030".into());
    }
    std::fs::write(records.join("工单导出.csv"), bytes)?;
    std::fs::remove_file(records.join("tickets.csv"))?;
    Ok(())
}
