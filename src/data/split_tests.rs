//! Loading the same data split across files in any order gives the same model.

use super::load::{Options, load};
use crate::read::Found;
use crate::source::Sources;
use proptest::prelude::*;

/// (collection, one entry as a YAML flow map): the pack's org plus records with signatures.
fn entries() -> Vec<(String, String)> {
    let org = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/pack/org.yaml"
    ))
    .unwrap_or_default();
    let mut out = Vec::new();
    let mut collection = String::new();
    for line in org.lines() {
        if let Some(name) = line
            .strip_suffix(':')
            .filter(|l| !l.starts_with(' ') && !l.starts_with('#'))
        {
            collection = name.to_string();
        } else if let Some(entry) = line.strip_prefix("  - ") {
            out.push((collection.clone(), entry.to_string()));
        }
    }
    for i in 0..12 {
        out.push((
            "requests".into(),
            format!("{{id: pr-{i}, kind: purchase, requested_by: p16, requested_at: 2026-03-{:02}, amount: {}, signatures: [{{by: p14, at: 2026-03-{:02}}}, {{by: p12, at: 2026-03-{:02}}}]}}", i + 1, 1000 * (i + 1), i + 2, i + 3),
        ));
        out.push((
            "meetings".into(),
            format!(
                "{{id: m-{i}, kind: ops-weekly, held: 2026-03-{:02}T09:00, chair: p04}}",
                i + 1
            ),
        ));
    }
    out
}

/// The model as text, without file positions (which of course differ between splits).
fn fingerprint(files: &[Vec<(String, String)>]) -> String {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut found = Vec::new();
    for (i, file) in files.iter().enumerate() {
        // A collection appears once per file (YAML keys are unique); entries keep their order.
        let mut file = file.clone();
        file.sort_by(|a, b| a.0.cmp(&b.0));
        let mut text = String::new();
        let mut current = "";
        for (collection, entry) in &file {
            if collection != current {
                text.push_str(&format!("{collection}:\n"));
                current = collection;
            }
            text.push_str(&format!("  - {entry}\n"));
        }
        let path = dir.path().join(format!("part-{i}.yaml"));
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        found.push(Found {
            display: format!("part-{i}.yaml"),
            path,
            named: false,
        });
    }
    let options = Options::for_tests();
    let (data, findings) = load(&found, &options, &mut Sources::new());
    assert!(
        findings.iter().all(|f| f.check.code() == "skipped-file"),
        "{findings:#?}"
    );
    strip_locations(&format!(
        "{:#?}\n{:#?}",
        data.org.units,
        (
            &data.org.roles,
            &data.org.people,
            &data.org.bodies,
            &data.records.all
        )
    ))
}

/// Removes every `Loc { … }` from a debug dump.
fn strip_locations(dump: &str) -> String {
    let mut out = String::with_capacity(dump.len());
    let mut rest = dump;
    while let Some(at) = rest.find("Loc {") {
        out.push_str(&rest[..at]);
        let mut depth = 0;
        let mut end = rest.len();
        for (i, c) in rest[at..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = at + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_split_in_any_order_gives_the_same_model(seed in any::<u64>(), parts in 1usize..6) {
        let all = entries();
        let baseline = fingerprint(std::slice::from_ref(&all));
        // A deterministic shuffle and split from the seed.
        let mut state = seed | 1;
        let mut next = move || { state ^= state << 13; state ^= state >> 7; state ^= state << 17; state };
        let mut shuffled = all.clone();
        for i in (1..shuffled.len()).rev() {
            let j = (next() % (i as u64 + 1)) as usize;
            shuffled.swap(i, j);
        }
        let mut files = vec![Vec::new(); parts];
        for entry in shuffled {
            files[(next() % parts as u64) as usize].push(entry);
        }
        prop_assert_eq!(fingerprint(&files), baseline);
    }
}
