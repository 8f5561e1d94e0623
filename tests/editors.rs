//! The editor support in `editors/`: the TextMate grammar of the VS Code extension names every
//! keyword of the pest grammar (so the two cannot drift apart), and the extension's manifest
//! points at files that exist.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

use serde_json::Value;
use std::collections::BTreeSet;

/// The words of every `kw_*` rule of grammar/zhidu.pest.
fn keywords() -> BTreeSet<String> {
    let grammar = std::fs::read_to_string("grammar/zhidu.pest").unwrap();
    let mut words = BTreeSet::new();
    for line in grammar.lines().filter(|l| l.starts_with("kw_")) {
        for (i, part) in line.split('"').enumerate() {
            if i % 2 == 1 {
                words.insert(part.to_string());
            }
        }
    }
    words
}

/// The words the TextMate grammar's `\b(a|b|c)\b` patterns list.
fn highlighted(grammar: &Value) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for rule in grammar["repository"].as_object().unwrap().values() {
        let Some(pattern) = rule["match"].as_str() else {
            continue;
        };
        for group in pattern.split('(').skip(1) {
            let inside = group.split(')').next().unwrap_or("");
            words.extend(
                inside
                    .split('|')
                    .filter(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
                    .map(str::to_string),
            );
        }
    }
    words
}

#[test]
fn the_textmate_grammar_names_every_keyword() {
    let grammar: Value = serde_json::from_str(
        &std::fs::read_to_string("editors/vscode/syntaxes/zhidu.tmLanguage.json").unwrap(),
    )
    .unwrap();
    let keywords = keywords();
    assert!(keywords.len() > 90, "{keywords:?}");
    let shown = highlighted(&grammar);
    let missing: Vec<&String> = keywords.difference(&shown).collect();
    assert!(
        missing.is_empty(),
        "keywords the TextMate grammar lacks: {missing:?}"
    );
    // Every pattern compiles as a regular expression the way editors read it.
    for rule in grammar["repository"].as_object().unwrap().values() {
        for key in ["match", "begin", "end"] {
            if let Some(pattern) = rule[key].as_str() {
                regex::Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
            }
        }
    }
}

#[test]
fn the_extension_manifest_points_at_its_files() {
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string("editors/vscode/package.json").unwrap())
            .unwrap();
    let base = std::path::Path::new("editors/vscode");
    assert!(base.join(manifest["main"].as_str().unwrap()).is_file());
    let language = &manifest["contributes"]["languages"][0];
    assert_eq!(language["extensions"][0], ".zhidu");
    assert!(
        base.join(language["configuration"].as_str().unwrap())
            .is_file()
    );
    assert!(
        base.join(
            manifest["contributes"]["grammars"][0]["path"]
                .as_str()
                .unwrap()
        )
        .is_file()
    );
    let extension = std::fs::read_to_string(base.join("extension.js")).unwrap();
    assert!(extension.contains("args: [\"lsp\"]"));
}
