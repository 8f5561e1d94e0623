//! The waivers file (`waivers = "…"` in zhidu.toml): findings an organisation has decided to
//! accept, each with a reason, an approver, an approval date and an expiry. YAML, JSON or TOML,
//! holding a `waivers` list:
//!
//! ```yaml
//! waivers:
//!   - id: W-2026-01
//!     clause: proc.purchase-approval      # check, clause and subject are globs; one at least
//!     subject: PR-2026-0142
//!     reason: 紧急采购，事后补签
//!     approved_by: p001
//!     approved: 2026-11-03
//!     expires: 2027-01-31
//! ```
//!
//! Reading it is strict like any data file: an unknown field, a missing one or a bad date is a
//! located `data-error`, and that waiver is left out.

use super::tree::{Node, Value};
use super::{json, toml, yaml};
use crate::diagnostic::{Check, Finding};
use crate::i18n::Message;
use crate::source::{FileId, Loc};
use jiff::civil::Date;

/// One waiver, every field where it is written.
#[derive(Clone, Debug)]
pub struct Waiver {
    pub id: String,
    pub check: Option<String>,
    pub clause: Option<String>,
    pub subject: Option<String>,
    pub approved_by: (String, Loc),
    pub approved: (Date, Loc),
    pub expires: (Date, Loc),
    /// The entry's `id` (else the entry): where `waiver-*` findings point.
    pub loc: Loc,
}

impl Waiver {
    /// The clause the waiver names, when it names one outright (not by a glob).
    pub fn named_clause(&self) -> Option<&str> {
        self.clause
            .as_deref()
            .filter(|c| !c.contains(['*', '?', '[', '{']))
    }

    /// Does the waiver cover a finding of `check`, from `clause`, about `subject`?
    pub fn covers(&self, check: &str, clause: Option<&str>, subject: &str) -> bool {
        let matches = |pattern: &Option<String>, value: Option<&str>| match pattern {
            None => true,
            Some(p) => value.is_some_and(|v| crate::config::glob_matches(p, v)),
        };
        matches(&self.check, Some(check))
            && matches(&self.clause, clause)
            && matches(&self.subject, Some(subject))
    }
}

const FIELDS: &[&str] = &[
    "id",
    "check",
    "clause",
    "subject",
    "reason",
    "approved_by",
    "approved",
    "expires",
];

/// Reads the waivers of a file named `name` (its extension says the format).
pub fn read(file: FileId, name: &str, text: &str) -> (Vec<Waiver>, Vec<Finding>) {
    let mut findings = Vec::new();
    let error = |findings: &mut Vec<Finding>, loc: Loc, message: Message, help: Message| {
        findings.push(
            Finding::new(Check::DataError, name, message)
                .at(loc)
                .help(help),
        );
    };
    let lower = name.to_ascii_lowercase();
    let parsed = if lower.ends_with(".json") {
        json::parse(file, text).map(|n| vec![n])
    } else if lower.ends_with(".toml") {
        toml::parse(file, text).map(|n| vec![n])
    } else {
        yaml::parse(file, text)
    };
    let roots = match parsed {
        Ok(roots) => roots,
        Err(e) => {
            findings.push(
                Finding::new(
                    Check::ParseError,
                    name,
                    Message::new("waivers-invalid").arg("detail", e.message),
                )
                .at(Loc::new(file, e.span)),
            );
            return (Vec::new(), findings);
        }
    };
    let mut waivers = Vec::new();
    let mut found_list = false;
    for root in &roots {
        let Value::Map(pairs) = &root.value else {
            error(
                &mut findings,
                root.loc,
                Message::new("waivers-not-a-map"),
                Message::new("waivers-write-list"),
            );
            continue;
        };
        for (key, value) in pairs {
            if key.name != "waivers" {
                let hint = crate::suggest::did_you_mean(&key.name, ["waivers"]);
                error(
                    &mut findings,
                    key.loc,
                    Message::new("waivers-unknown-key").arg("key", key.name.as_str()),
                    hint.unwrap_or_else(|| Message::new("waivers-only-key")),
                );
                continue;
            }
            found_list = true;
            let Value::Seq(items) = &value.value else {
                error(
                    &mut findings,
                    value.loc,
                    Message::new("waivers-not-a-list"),
                    Message::new("waivers-not-a-list-help"),
                );
                continue;
            };
            for item in items {
                if let Some(w) = waiver(item, name, &mut findings) {
                    waivers.push(w);
                }
            }
        }
    }
    if !found_list && findings.is_empty() {
        let at = roots
            .first()
            .map_or(Loc::new(file, crate::source::Span::empty(0)), |r| r.loc);
        error(
            &mut findings,
            at,
            Message::new("waivers-no-list"),
            Message::new("waivers-write-list"),
        );
    }
    // Two waivers with one id would make `waived` ambiguous.
    let mut ids: Vec<(&str, Loc)> = waivers.iter().map(|w| (w.id.as_str(), w.loc)).collect();
    ids.sort_by(|a, b| a.0.cmp(b.0));
    for pair in ids.windows(2) {
        if pair[0].0 == pair[1].0 {
            findings.push(
                Finding::new(
                    Check::DuplicateId,
                    pair[1].0,
                    Message::new("waiver-twice").arg("id", pair[1].0),
                )
                .at(pair[1].1)
                .related(Message::new("data-duplicate-id-first"), pair[0].1)
                .help(Message::new("waiver-twice-help")),
            );
        }
    }
    (waivers, findings)
}

/// One entry of the list, or `None` (reported) when a field is missing or wrong.
fn waiver(item: &Node, name: &str, findings: &mut Vec<Finding>) -> Option<Waiver> {
    let error = |findings: &mut Vec<Finding>, loc: Loc, message: Message, help: Message| {
        findings.push(
            Finding::new(Check::DataError, name, message)
                .at(loc)
                .help(help),
        );
    };
    let Value::Map(pairs) = &item.value else {
        error(
            findings,
            item.loc,
            Message::new("waiver-not-a-map"),
            Message::new("waiver-not-a-map-help"),
        );
        return None;
    };
    let before = findings.len();
    let mut text = |field: &str| -> Option<(String, Loc)> {
        let (_, node) = pairs.iter().find(|(k, _)| k.name == field)?;
        match &node.value {
            Value::Str { text, .. } | Value::Number(text) | Value::DateTime(text) => {
                Some((text.clone(), node.loc))
            }
            _ => {
                error(
                    findings,
                    node.loc,
                    Message::new("waiver-not-text").arg("field", field),
                    Message::new("waiver-not-text-help"),
                );
                None
            }
        }
    };
    let id = text("id");
    let check = text("check");
    let clause = text("clause");
    let subject = text("subject");
    let reason = text("reason");
    let approved_by = text("approved_by");
    let approved = text("approved");
    let expires = text("expires");
    for (key, _) in pairs {
        if !FIELDS.contains(&key.name.as_str()) {
            let hint = crate::suggest::did_you_mean(&key.name, FIELDS.iter().copied());
            let message = Message::new("waiver-unknown-field").arg("field", key.name.as_str());
            let help = hint.unwrap_or_else(|| Message::new("waiver-fields"));
            error(findings, key.loc, message, help);
        }
    }
    let mut required = |value: Option<(String, Loc)>, field: &str| {
        if value.is_none() {
            error(
                findings,
                item.loc,
                Message::new("waiver-missing-field").arg("field", field),
                Message::new("waiver-missing-field-help"),
            );
        }
        value
    };
    let id = required(id, "id");
    // Required, though only people read it.
    let reason = required(reason, "reason");
    let approved_by = required(approved_by, "approved_by");
    let approved = required(approved, "approved");
    let expires = required(expires, "expires");
    if check.is_none() && clause.is_none() && subject.is_none() {
        error(
            findings,
            item.loc,
            Message::new("waiver-covers-nothing"),
            Message::new("waiver-covers-nothing-help"),
        );
    }
    let mut date = |value: &Option<(String, Loc)>, field: &str| {
        let (text, loc) = value.as_ref()?;
        match crate::time::parse_date(text) {
            Ok(d) => Some((d, *loc)),
            Err(e) => {
                error(
                    findings,
                    *loc,
                    Message::new("data-field-error")
                        .arg("field", field)
                        .arg("error", e),
                    Message::new("waiver-date-help"),
                );
                None
            }
        }
    };
    let approved = date(&approved, "approved");
    let expires = date(&expires, "expires");
    if findings.len() > before || reason.is_none() {
        return None;
    }
    let (id, id_loc) = id?;
    Some(Waiver {
        id,
        check: check.map(|c| c.0),
        clause: clause.map(|c| c.0),
        subject: subject.map(|s| s.0),
        approved_by: approved_by?,
        approved: approved?,
        expires: expires?,
        loc: id_loc,
    })
}
