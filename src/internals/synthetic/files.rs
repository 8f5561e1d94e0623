//! Writing the entries out: YAML, JSON, TOML and CSV files, large collections split.

use super::{Entry, Val};
use std::fmt::Write;

/// `records/tickets.csv`, or `records/tickets.003.csv` when a collection takes several files.
fn part(base: &str, ext: &str, i: usize, parts: usize) -> String {
    if parts > 1 {
        format!("{base}.{i:03}.{ext}")
    } else {
        format!("{base}.{ext}")
    }
}

/// How the files are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// All four formats, large collections split into files of `chunk` entries (the example
    /// data).
    Mixed,
    /// One JSON file per collection, as OA systems export it: on a single line, or
    /// pretty-printed.
    Json { minified: bool },
    /// One YAML file per collection.
    Yaml,
    /// One CSV file per collection (signatures in `signatures.csv`); the entries CSV cannot hold
    /// (dated holdings, visits) in a YAML file beside it.
    Csv,
}

/// The collections, in the order files are written.
const COLLECTIONS: &[&str] = &[
    "units",
    "roles",
    "people",
    "bodies",
    "delegations",
    "plans",
    "requests",
    "meetings",
    "reports",
    "tickets",
];

/// Writes the entries out in a layout.
pub(super) fn layout(entries: &[Entry], layout: Layout, chunk: usize) -> Vec<(String, String)> {
    let mut by_collection: Vec<(&str, Vec<Entry>)> =
        COLLECTIONS.iter().map(|c| (*c, Vec::new())).collect();
    for e in entries {
        if let Some((_, list)) = by_collection.iter_mut().find(|(c, _)| *c == e.collection) {
            list.push(e.clone());
        }
    }
    let by_collection: Vec<(&str, Vec<Entry>)> = by_collection
        .into_iter()
        .filter(|(_, l)| !l.is_empty())
        .collect();
    match layout {
        Layout::Mixed => mixed(entries, chunk),
        Layout::Json { minified } => by_collection
            .iter()
            .map(|(name, list)| {
                let text = if minified {
                    json_line(name, list)
                } else {
                    json_file(&[(name, list.clone())])
                };
                (format!("{name}.json"), text)
            })
            .collect(),
        Layout::Yaml => by_collection
            .iter()
            .map(|(name, list)| (format!("{name}.yaml"), yaml_file(&[(name, list.clone())])))
            .collect(),
        Layout::Csv => {
            let mut files = Vec::new();
            for (name, list) in &by_collection {
                // CSV holds flat fields, `;` lists, `attrs.*` columns and (in signatures.csv)
                // signatures; anything else stays in YAML.
                let (flat, rich): (Vec<Entry>, Vec<Entry>) = list.iter().cloned().partition(|e| {
                    e.fields.iter().all(|(k, v)| match v {
                        Val::Maps(_) => *k == "signatures",
                        Val::Map(_) => *k == "attrs",
                        _ => true,
                    })
                });
                if !flat.is_empty() {
                    let mut columns: Vec<String> = Vec::new();
                    for e in &flat {
                        for (k, v) in &e.fields {
                            let names: Vec<String> = match v {
                                Val::Maps(_) => Vec::new(),
                                Val::Map(inner) => {
                                    inner.iter().map(|(ik, _)| format!("{k}.{ik}")).collect()
                                }
                                _ => vec![k.to_string()],
                            };
                            for n in names {
                                if !columns.contains(&n) {
                                    columns.push(n);
                                }
                            }
                        }
                    }
                    let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
                    files.push((format!("{name}.csv"), csv_file(&flat, &columns)));
                    if flat
                        .iter()
                        .any(|e| e.fields.iter().any(|(k, _)| *k == "signatures"))
                    {
                        files.push((format!("signatures.{name}.csv"), signatures_csv(&flat)));
                    }
                }
                if !rich.is_empty() {
                    files.push((format!("{name}-more.yaml"), yaml_file(&[(name, rich)])));
                }
            }
            files
        }
    }
}

/// A collection as one JSON object on a single line, with no whitespace.
fn json_line(name: &str, entries: &[Entry]) -> String {
    let mut out = format!("{{\"{name}\":[");
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&json_compact(&Val::Map(e.fields.clone())));
    }
    out.push_str("]}");
    out
}

fn json_compact(v: &Val) -> String {
    match v {
        Val::Map(fields) => format!(
            "{{{}}}",
            fields
                .iter()
                .map(|(k, v)| format!("{}:{}", json_string(k), json_compact(v)))
                .collect::<Vec<_>>()
                .join(",")
        ),
        Val::Maps(maps) => format!(
            "[{}]",
            maps.iter()
                .map(|m| json_compact(&Val::Map(m.clone())))
                .collect::<Vec<_>>()
                .join(",")
        ),
        Val::List(items) => format!(
            "[{}]",
            items
                .iter()
                .map(|i| json_string(i))
                .collect::<Vec<_>>()
                .join(",")
        ),
        other => json_value(other),
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Spreads the entries over files in all four formats.
fn mixed(entries: &[Entry], chunk: usize) -> Vec<(String, String)> {
    let chunk = chunk.max(1);
    let of = |collection: &str| {
        entries
            .iter()
            .filter(|e| e.collection == collection)
            .cloned()
            .collect::<Vec<_>>()
    };
    let mut files = Vec::new();
    files.push((
        "org/units.toml".to_string(),
        toml_file("units", &of("units")),
    ));
    files.push((
        "org/roles.yaml".to_string(),
        yaml_file(&[("roles", of("roles"))]),
    ));
    // People with dated holdings or other maps stay in YAML; the rest go to CSV.
    let people = of("people");
    let (plain, dated): (Vec<Entry>, Vec<Entry>) = people.into_iter().partition(|e| {
        e.fields
            .iter()
            .all(|(_, v)| !matches!(v, Val::Maps(_) | Val::Map(_)))
    });
    let parts = plain.len().div_ceil(chunk);
    for (i, people) in plain.chunks(chunk).enumerate() {
        files.push((
            part("org/people", "csv", i, parts),
            csv_file(
                people,
                &["id", "name", "roles", "manager", "status", "left_on"],
            ),
        ));
    }
    files.push((
        "org/people-dated.yaml".to_string(),
        yaml_file(&[("people", dated)]),
    ));
    files.push((
        "org/governance.json".to_string(),
        json_file(&[("bodies", of("bodies")), ("delegations", of("delegations"))]),
    ));
    files.push((
        "records/plans.yaml".to_string(),
        yaml_file(&[("plans", of("plans"))]),
    ));
    let meetings = of("meetings");
    let parts = meetings.len().div_ceil(chunk);
    for (i, group) in meetings.chunks(chunk).enumerate() {
        files.push((
            part("records/meetings", "json", i, parts),
            json_file(&[("meetings", group.to_vec())]),
        ));
    }
    files.push((
        "records/reports.toml".to_string(),
        toml_file("reports", &of("reports")),
    ));
    // Requests: the simple ones in CSV with their signatures in signatures.csv, the rest in YAML.
    let requests = of("requests");
    let (simple, rich): (Vec<Entry>, Vec<Entry>) = requests.into_iter().partition(|e| {
        e.fields
            .iter()
            .all(|(k, v)| *k == "signatures" || !matches!(v, Val::Maps(_) | Val::Map(_)))
            && e.fields.iter().any(|(k, _)| *k == "signatures")
    });
    let parts = simple.len().div_ceil(chunk);
    for (i, group) in simple.chunks(chunk).enumerate() {
        files.push((
            part("records/requests", "csv", i, parts),
            csv_file(
                group,
                &[
                    "id",
                    "kind",
                    "requested_by",
                    "requested_at",
                    "amount",
                    "level",
                    "unit",
                    "bidders",
                ],
            ),
        ));
        files.push((
            part("records/signatures", "csv", i, parts),
            signatures_csv(group),
        ));
    }
    let parts = rich.len().div_ceil(chunk);
    for (i, group) in rich.chunks(chunk).enumerate() {
        files.push((
            part("records/requests", "yaml", i, parts),
            yaml_file(&[("requests", group.to_vec())]),
        ));
    }
    let tickets = of("tickets");
    let (plain, rich): (Vec<Entry>, Vec<Entry>) = tickets
        .into_iter()
        .partition(|e| e.fields.iter().all(|(_, v)| !matches!(v, Val::Map(_))));
    let parts = plain.len().div_ceil(chunk);
    for (i, group) in plain.chunks(chunk).enumerate() {
        files.push((
            part("records/tickets", "csv", i, parts),
            csv_file(
                group,
                &[
                    "id",
                    "kind",
                    "received",
                    "responded",
                    "resolved",
                    "assignee",
                ],
            ),
        ));
    }
    files.push((
        "records/tickets-visits.yaml".to_string(),
        yaml_file(&[("tickets", rich)]),
    ));
    files
}

fn scalar_yaml(v: &Val) -> String {
    match v {
        Val::S(x) => x.clone(),
        Val::N(x) => x.clone(),
        Val::B(b) => b.to_string(),
        Val::List(items) => format!("[{}]", items.join(", ")),
        Val::Map(fields) => format!(
            "{{{}}}",
            fields
                .iter()
                .map(|(k, v)| format!("{k}: {}", scalar_yaml(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Val::Maps(maps) => format!(
            "[{}]",
            maps.iter()
                .map(|m| scalar_yaml(&Val::Map(m.clone())))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn yaml_file(collections: &[(&str, Vec<Entry>)]) -> String {
    let mut out = String::from("# Generated by `cargo run --example gen`.\n");
    for (name, entries) in collections {
        let _ = writeln!(out, "{name}:");
        for entry in entries {
            let fields: Vec<String> = entry
                .fields
                .iter()
                .map(|(k, v)| format!("{k}: {}", scalar_yaml(v)))
                .collect();
            let _ = writeln!(out, "  - {{{}}}", fields.join(", "));
        }
    }
    out
}

fn json_value(v: &Val) -> String {
    match v {
        Val::S(x) => serde_json::to_string(x).unwrap_or_default(),
        Val::N(x) => x.clone(),
        Val::B(b) => b.to_string(),
        Val::List(items) => format!(
            "[{}]",
            items
                .iter()
                .map(|i| serde_json::to_string(i).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Val::Map(fields) => format!(
            "{{{}}}",
            fields
                .iter()
                .map(|(k, v)| format!("{}: {}", json_string(k), json_value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Val::Maps(maps) => format!(
            "[{}]",
            maps.iter()
                .map(|m| json_value(&Val::Map(m.clone())))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn json_file(collections: &[(&str, Vec<Entry>)]) -> String {
    let parts: Vec<String> = collections
        .iter()
        .map(|(name, entries)| {
            let items: Vec<String> = entries
                .iter()
                .map(|e| format!("    {}", json_value(&Val::Map(e.fields.clone()))))
                .collect();
            format!("  \"{name}\": [\n{}\n  ]", items.join(",\n"))
        })
        .collect();
    format!("{{\n{}\n}}\n", parts.join(",\n"))
}

fn toml_value(v: &Val) -> String {
    match v {
        Val::Map(fields) => format!(
            "{{ {} }}",
            fields
                .iter()
                .map(|(k, v)| format!("{k} = {}", toml_value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Val::Maps(maps) => format!(
            "[{}]",
            maps.iter()
                .map(|m| toml_value(&Val::Map(m.clone())))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => json_value(other),
    }
}

fn toml_file(name: &str, entries: &[Entry]) -> String {
    let mut out = String::from("# Generated by `cargo run --example gen`.\n");
    for entry in entries {
        let _ = writeln!(out, "\n[[{name}]]");
        for (k, v) in &entry.fields {
            let _ = writeln!(out, "{k} = {}", toml_value(v));
        }
    }
    out
}

fn csv_cell(v: Option<&Val>) -> String {
    let text = match v {
        None => String::new(),
        Some(Val::List(items)) => items.join(";"),
        Some(v) => scalar_yaml(v),
    };
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A field of an entry by its column name (`attrs.事由` reaches into `attrs`).
fn column<'e>(entry: &'e Entry, column: &str) -> Option<&'e Val> {
    match column.split_once('.') {
        Some((outer, inner)) => match entry.fields.iter().find(|(k, _)| *k == outer) {
            Some((_, Val::Map(fields))) => fields.iter().find(|(k, _)| *k == inner).map(|(_, v)| v),
            _ => None,
        },
        None => entry
            .fields
            .iter()
            .find(|(k, _)| *k == column)
            .map(|(_, v)| v),
    }
}

fn csv_file(entries: &[Entry], columns: &[&str]) -> String {
    let used: Vec<&&str> = columns
        .iter()
        .filter(|c| entries.iter().any(|e| column(e, c).is_some()))
        .collect();
    let mut out = used
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for entry in entries {
        let row: Vec<String> = used.iter().map(|c| csv_cell(column(entry, c))).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

fn signatures_csv(entries: &[Entry]) -> String {
    let mut out = String::from("record,seq,by,as,at\n");
    for entry in entries {
        let id = entry.fields.iter().find_map(|(k, v)| match v {
            Val::S(x) if *k == "id" => Some(x.clone()),
            _ => None,
        });
        let Some(id) = id else { continue };
        if let Some((_, Val::Maps(sigs))) = entry.fields.iter().find(|(k, _)| *k == "signatures") {
            for (i, sig) in sigs.iter().enumerate() {
                let get = |key: &str| csv_cell(sig.iter().find(|(k, _)| *k == key).map(|(_, v)| v));
                let _ = writeln!(
                    out,
                    "{id},{},{},{},{}",
                    i + 1,
                    get("by"),
                    get("as"),
                    get("at")
                );
            }
        }
    }
    out
}
