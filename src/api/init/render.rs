//! The zhidu.toml `init` writes: its settings with why, then the tables that read the export.

use super::kinds::Kinds;
use super::tables::Proposal;
use crate::api::policies::builtin_packs;
use crate::i18n::{Arg, Lang, Message, t};
use std::collections::BTreeSet;

/// A comment of the catalogues (`locales/*/init.ftl`), each of its lines after `# `.
fn comment(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    t(lang, id, args, true)
        .lines()
        .map(|line| format!("# {line}\n"))
        .collect()
}

/// The commented zhidu.toml.
pub(super) fn head(
    lang: Lang,
    packs: &[(String, Message)],
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
    out.push_str(&comment(lang, "init-head", &[]));
    out.push('\n');
    out.push_str(&comment(lang, "init-packs", &[]));
    for (pack, why) in packs {
        let document = builtin_packs()
            .iter()
            .find(|p| p.name == *pack)
            .map_or("", |p| p.document.as_str());
        let why = t(lang, why.id, &why.args, true);
        out.push_str(&format!("#   {pack}: {document} — {why}\n"));
    }
    out.push_str(&format!(
        "packs = [{}]\n\n",
        quoted(&mut packs.iter().map(|(p, _)| p.as_str()))
    ));
    let found: Vec<&str> = kinds.iter().map(String::as_str).collect();
    out.push_str(&comment(
        lang,
        "init-kinds",
        &[("kinds", Arg::list(&found))],
    ));
    out.push_str(&comment(lang, "init-covers", &[]));
    if absent.is_empty() {
        out.push_str("covers = []\n\n");
    } else {
        out.push_str(&format!(
            "# covers = [{}]\ncovers = []\n\n",
            quoted(&mut absent.iter().map(String::as_str))
        ));
    }
    out.push_str(&comment(lang, "init-timezone", &[]));
    out.push_str(&format!("timezone = \"{tz}\"\n\n"));
    out.push_str(&comment(lang, "init-as-of", &[]));
    out.push_str("# as_of = \"2026-12-31\"\n");
    out
}

/// The tables that read the export: `[files]`, `[encoding]`, `[columns]` and `[values.kind]`.
/// A table the zhidu.toml being replaced already has is kept from it, and the lines proposed for
/// it are written as comments.
pub(super) fn tables(lang: Lang, survey: &Proposal, kinds: &Kinds, old: Option<&str>) -> String {
    let has = |table: &str| old.is_some_and(|o| o.lines().any(|l| l.trim() == table));
    let mut out = String::new();
    let mut section = |table: &str, why: &str, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        out.push('\n');
        out.push_str(&comment(lang, why, &[]));
        let comment = if has(table) {
            let has = comment(lang, "init-already-has", &[("table", table.into())]);
            out.push_str(&has);
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
    section("[files]", "init-files-why", files);
    let encodings = survey
        .encodings
        .iter()
        .map(|(file, label)| format!("\"{}\" = \"{label}\"", quote(file)))
        .collect();
    section("[encoding]", "init-encoding-why", encodings);
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
            "init-columns-why",
            lines,
        );
    }
    let mut values: Vec<String> = kinds
        .mapped
        .iter()
        .map(|(from, to)| format!("\"{}\" = \"{}\"", quote(from), quote(to)))
        .collect();
    values.extend(kinds.unbound.iter().map(|(kind, collection, n)| {
        let why = t(
            lang,
            "init-unbound-kind",
            &[
                ("count", (*n).into()),
                ("collection", collection.name().into()),
            ],
            true,
        );
        format!("# \"{}\" = \"…\"    # {why}", quote(kind))
    }));
    section("[values.kind]", "init-values-why", values);
    out
}

/// Text inside a TOML basic string.
fn quote(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}
