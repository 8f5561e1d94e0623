//! The zhidu.toml `init` writes: its settings with why, then the tables that read the export.

use super::kinds::Kinds;
use super::tables::Proposal;
use crate::api::policies::builtin_packs;
use std::collections::BTreeSet;

/// The commented zhidu.toml.
pub(super) fn head(
    packs: &[(String, String)],
    kinds: &BTreeSet<String>,
    absent: &[String],
    tz: &str,
) -> String {
    let quoted = |items: &mut dyn Iterator<Item = &str>| {
        items
            .map(|i| format!("\"{i}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = String::new();
    out.push_str("# zhidu.toml, written by `zhidu init` (docs/cli.md lists every setting).\n\n");
    out.push_str(
        "# The regulations this organisation follows: built-in packs (`zhidu packs` lists all).\n",
    );
    for (pack, why) in packs {
        let document = builtin_packs()
            .iter()
            .find(|p| p.name == *pack)
            .map_or("", |p| p.document.as_str());
        out.push_str(&format!("#   {pack}: {document} — {why}\n"));
    }
    out.push_str(&format!(
        "packs = [{}]\n\n",
        quoted(&mut packs.iter().map(|(p, _)| p.as_str()))
    ));
    out.push_str(&format!(
        "# Record kinds found: {}.\n",
        kinds.iter().cloned().collect::<Vec<_>>().join(", ")
    ));
    out.push_str("# Plans, meetings and reports are judged as missing only for the kinds the data holds or\n");
    out.push_str("# `covers` lists. These kinds the chosen packs require are not in the data: list those the\n");
    out.push_str("# organisation must keep, so that their absence is reported.\n");
    if absent.is_empty() {
        out.push_str("covers = []\n\n");
    } else {
        out.push_str(&format!(
            "# covers = [{}]\ncovers = []\n\n",
            quoted(&mut absent.iter().map(String::as_str))
        ));
    }
    out.push_str("# The data set's time zone.\n");
    out.push_str(&format!("timezone = \"{tz}\"\n\n"));
    out.push_str(
        "# The day a check is made for: today by default. In CI, pin it so that a run can be\n",
    );
    out.push_str("# repeated — here, or with `zhidu check --as-of \"$(date +%F)\"` in the job.\n");
    out.push_str("# as_of = \"2026-12-31\"\n");
    out
}

/// The tables that read the export: `[files]`, `[encoding]`, `[columns]` and `[values.kind]`.
/// A table the zhidu.toml being replaced already has is kept from it, and the lines proposed for
/// it are written as comments.
pub(super) fn tables(survey: &Proposal, kinds: &Kinds, old: Option<&str>) -> String {
    let has = |table: &str| old.is_some_and(|o| o.lines().any(|l| l.trim() == table));
    let mut out = String::new();
    let mut section = |table: &str, why: &str, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        out.push_str(&format!("\n# {why}\n"));
        let comment = if has(table) {
            out.push_str(&format!(
                "# (zhidu.toml already has {table}: add what it lacks)\n"
            ));
            "# "
        } else {
            ""
        };
        out.push_str(&format!("{comment}{table}\n"));
        for line in lines {
            out.push_str(&format!("{comment}{line}\n"));
        }
    };
    let files = survey
        .files
        .iter()
        .map(|f| {
            let mut parts = vec![format!("collection = \"{}\"", f.collection)];
            if let Some(kind) = &f.kind {
                parts.push(format!("kind = \"{}\"", quote(kind)));
            }
            if let Some(row) = f.header_row {
                parts.push(format!("header_row = {row}"));
            }
            if parts.len() == 1 {
                format!("\"{}\" = \"{}\"", quote(&f.pattern), f.collection)
            } else {
                format!("\"{}\" = {{ {} }}", quote(&f.pattern), parts.join(", "))
            }
        })
        .collect();
    section(
        "[files]",
        "Which collection each sheet or file holds, from its name or headers (a title row above the headers: header_row; a sheet of one kind of record: its kind).",
        files,
    );
    let encodings = survey
        .encodings
        .iter()
        .map(|(file, label)| format!("\"{}\" = \"{label}\"", quote(file)))
        .collect();
    section(
        "[encoding]",
        "Files saved in another encoding than UTF-8.",
        encodings,
    );
    let collections: BTreeSet<&str> = survey.columns.iter().map(|c| c.collection).collect();
    for collection in collections {
        let lines = survey
            .columns
            .iter()
            .filter(|c| c.collection == collection)
            .map(|c| match &c.field {
                Some(field) => format!("\"{}\" = \"{}\"", quote(&c.header), quote(field)),
                None => format!("\"{}\" = false", quote(&c.header)),
            })
            .collect();
        section(
            &format!("[columns.{collection}]"),
            "Headers zhidu does not know: kept as attrs (map one to a field if it is one), or dropped (personal data no regulation asks for).",
            lines,
        );
    }
    let mut values: Vec<String> = kinds
        .mapped
        .iter()
        .map(|(from, to)| format!("\"{}\" = \"{}\"", quote(from), quote(to)))
        .collect();
    values.extend(kinds.unbound.iter().map(|(kind, collection, n)| {
        format!(
            "# \"{}\" = \"…\"    # {n} {}: no clause judges this kind; map it to one that does, or leave it",
            quote(kind),
            collection.name()
        )
    }));
    section(
        "[values.kind]",
        "Kinds of records as the export writes them, mapped to the kinds the regulations judge.",
        values,
    );
    out
}

/// Text inside a TOML basic string.
fn quote(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}
