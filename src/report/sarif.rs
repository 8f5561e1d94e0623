//! `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning). One rule
//! per check code and clause pair, whose help is the check's documentation plus the clause's
//! citation; columns are counted in Unicode code points (`columnKind`).
//!
//! File URIs are relative to `%SRCROOT%` (the folder zhidu ran in, as every other format
//! spells paths), percent-encoded as RFC 3986 requires (Chinese names, spaces, `%`, `#`). A
//! clause of the built-in pack is in no file of the user's: it is named by a `zhidu:` URI and
//! as a logical location. Every result carries its fingerprint (`partialFingerprints`), and a
//! baselined or waived one a suppression.

use super::{Report, position};
use crate::diagnostic::{Severity, Suppressed};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    original_uri_base_ids: BTreeMap<&'static str, BaseId>,
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct BaseId {
    description: Text,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    rule_index: usize,
    level: &'static str,
    message: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression>,
    properties: Properties,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    justification: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: Physical,
    /// A workbook's cell: the sheet and cell, which no line and column can say alone.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    logical_locations: Vec<Logical>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Logical {
    name: String,
    fully_qualified_name: String,
    kind: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Physical {
    artifact_location: Artifact,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Artifact {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_offset: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_length: Option<usize>,
}

#[derive(Serialize)]
struct Properties {
    subject: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    clause: Option<String>,
    severity: Severity,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn location(
    report: &Report,
    loc: crate::source::Loc,
    id: Option<usize>,
    message: Option<String>,
) -> Location {
    let p = position(report.sources, loc);
    let builtin = report.sources.get(loc.file).is_some_and(|f| f.builtin);
    let mut logical_locations = match (&p.sheet, &p.cell) {
        (Some(sheet), Some(cell)) => vec![Logical {
            name: cell.clone(),
            fully_qualified_name: format!("{sheet}!{cell}"),
            kind: "element",
        }],
        _ => Vec::new(),
    };
    let artifact_location = if builtin {
        logical_locations.push(Logical {
            name: p.file.clone(),
            fully_qualified_name: format!("zhidu built-in pack: {}", p.file),
            kind: "module",
        });
        Artifact {
            uri: format!("zhidu:{}", crate::read::percent_encode(&p.file)),
            uri_base_id: None,
        }
    } else {
        let path = std::path::Path::new(&p.file);
        let here = std::env::current_dir().ok();
        match here.as_deref().and_then(|h| path.strip_prefix(h).ok()) {
            // A path outside the folder zhidu ran in has no place under `%SRCROOT%`.
            None if path.is_absolute() => Artifact {
                uri: format!(
                    "file://{}",
                    crate::read::percent_encode(&p.file.replace('\\', "/"))
                ),
                uri_base_id: None,
            },
            inside => Artifact {
                uri: crate::read::percent_encode(
                    &inside
                        .map_or(p.file.clone(), |r| r.to_string_lossy().into_owned())
                        .replace('\\', "/"),
                ),
                uri_base_id: Some(SRCROOT),
            },
        }
    };
    Location {
        id,
        physical_location: Physical {
            artifact_location,
            region: Region {
                start_line: p.line,
                start_column: p.column,
                byte_offset: p.offset,
                byte_length: p.length,
            },
        },
        logical_locations,
        message: message.map(|text| Text { text }),
    }
}

const SRCROOT: &str = "%SRCROOT%";

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // One rule per (check, clause) pair, in a stable order.
    let mut rule_index: BTreeMap<String, usize> = BTreeMap::new();
    let mut rules = Vec::new();
    for f in report.findings {
        let id = match &f.clause {
            Some(clause) => format!("{}/{clause}", f.check),
            None => f.check.code().to_string(),
        };
        if rule_index.contains_key(&id) {
            continue;
        }
        // What `zhidu explain` says of the check, in the report's language.
        let say =
            |id, args: &[(&str, crate::i18n::Arg)]| crate::i18n::t(report.lang, id, args, false);
        let mut help = f.check.explain_in(report.lang).to_string();
        if let Some(source) = &f.source {
            let source = [("source", source.to_string().into())];
            help.push_str(&format!("\n\n{}", say("sarif-source", &source)));
            if let Some(words) = &f.words {
                let words = [("words", words.to_string().into())];
                help.push_str(&format!("\n\n{}", say("sarif-words", &words)));
            }
        }
        let first_line = help
            .lines()
            .find(|l| !(l.starts_with('#') || l.trim().is_empty()))
            .unwrap_or_default()
            .to_string();
        rule_index.insert(id.clone(), rules.len());
        rules.push(Rule {
            name: f.check.code().to_string(),
            short_description: Text {
                text: match &f.source {
                    Some(source) => format!("{} — {source}", f.check),
                    None => f.check.code().to_string(),
                },
            },
            full_description: Text { text: first_line },
            help: Text { text: help },
            default_configuration: Configuration {
                level: level(f.check.default_severity()),
            },
            id,
        });
    }
    let results = report
        .findings
        .iter()
        .map(|f| {
            let id = match &f.clause {
                Some(clause) => format!("{}/{clause}", f.check),
                None => f.check.code().to_string(),
            };
            let mut message = report.text(&f.message).into_owned();
            if let Some(help) = &f.help {
                message.push_str(&format!(" — {}", report.text(help)));
            }
            let mut related = Vec::new();
            if let Some(loc) = f.policy_location {
                related.push(location(
                    report,
                    loc,
                    Some(0),
                    Some(crate::i18n::t(
                        report.lang,
                        "report-the-clause-that-requires-it",
                        &[],
                        false,
                    )),
                ));
            }
            for (i, r) in f.related.iter().enumerate() {
                related.push(location(
                    report,
                    r.loc,
                    Some(i + 1),
                    Some(report.text(&r.message).into_owned()),
                ));
            }
            SarifResult {
                rule_index: rule_index.get(&id).copied().unwrap_or(0),
                rule_id: id,
                level: level(f.severity),
                message: Text { text: message },
                locations: f
                    .location
                    .map(|l| location(report, l, None, None))
                    .into_iter()
                    .collect(),
                related_locations: related,
                partial_fingerprints: BTreeMap::from([("zhidu/v1", f.fingerprint.clone())]),
                suppressions: match &f.suppressed {
                    None => Vec::new(),
                    Some(Suppressed::Baselined) => vec![Suppression {
                        kind: "external",
                        justification: crate::i18n::t(report.lang, "sarif-baselined", &[], false),
                    }],
                    Some(Suppressed::Waived(id)) => vec![Suppression {
                        kind: "external",
                        justification: crate::i18n::t(
                            report.lang,
                            "sarif-waived",
                            &[("id", id.as_str().into())],
                            false,
                        ),
                    }],
                },
                properties: Properties {
                    subject: f.subject.clone(),
                    clause: f.clause.as_deref().map(str::to_string),
                    severity: f.severity,
                },
            }
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "zhidu",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://github.com/zhidu/zhidu",
                    rules,
                },
            },
            original_uri_base_ids: BTreeMap::from([(
                SRCROOT,
                BaseId {
                    description: Text {
                        text: "the folder zhidu ran in".into(),
                    },
                },
            )]),
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log).map_err(io::Error::from)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use crate::read::percent_encode as encode;

    #[test]
    fn uris_encode_all_but_unreserved_characters() {
        assert_eq!(encode("data/requests.yaml"), "data/requests.yaml");
        assert_eq!(
            encode("采购 100%#1.csv"),
            "%E9%87%87%E8%B4%AD%20100%25%231.csv"
        );
    }
}
