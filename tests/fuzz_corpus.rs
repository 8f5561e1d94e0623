//! Replays the inputs that once crashed or hung a fuzz target (`fuzz/artifacts/<target>/`,
//! committed) and the minimised corpora (`fuzz/corpus/<target>/`, committed too)
//! through the same function the fuzz target calls, so that CI on the stable
//! toolchain keeps what fuzzing found fixed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

use std::path::Path;
use zhidu::internals::fuzz::TARGETS;

fn replay(target: &str) {
    let run = TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .map(|(_, run)| *run)
        .unwrap_or_else(|| panic!("no fuzz target `{target}`"));
    for folder in ["fuzz/corpus", "fuzz/artifacts"] {
        let dir = Path::new(folder).join(target);
        let mut inputs: Vec<_> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        inputs.sort();
        // A corpus folder that went missing would make this test pass on nothing.
        assert!(
            folder != "fuzz/corpus" || !inputs.is_empty(),
            "no committed corpus in {}: run fuzz/run.sh {target}",
            dir.display()
        );
        for input in inputs {
            let bytes = std::fs::read(&input).unwrap();
            // The tests are built with the faults they inject (fuzzing never is): an input that
            // happens to name one would only find the fault.
            if injects_a_fault(&bytes) {
                continue;
            }
            let outcome = std::panic::catch_unwind(|| run(&bytes));
            assert!(outcome.is_ok(), "{} fails again", input.display());
        }
    }
}

/// Does the input name the injected clause (its namespace and its name) or start a data file
/// with the injected mark?
fn injects_a_fault(bytes: &[u8]) -> bool {
    use zhidu::internals::fault::{CLAUSE, DATA_FILE};
    let has = |marker: &str| bytes.windows(marker.len()).any(|w| w == marker.as_bytes());
    let (namespace, name) = CLAUSE.split_once('.').unwrap();
    (has(namespace) && has(name)) || has(DATA_FILE)
}

macro_rules! targets {
    ($($target:ident),+ $(,)?) => {
        $(
            #[test]
            fn $target() {
                replay(stringify!($target));
            }
        )+

        #[test]
        fn every_fuzz_target_is_replayed() {
            let here = [$(stringify!($target)),+];
            let all: Vec<&str> = TARGETS.iter().map(|(name, _)| *name).collect();
            assert_eq!(here.as_slice(), all.as_slice());
        }
    };
}

targets!(
    policy,
    fmt_roundtrip,
    json,
    yaml,
    toml,
    csv,
    json_differential,
    csv_differential,
    pipeline,
    spreadsheet,
    settings,
    lsp_framing,
);
