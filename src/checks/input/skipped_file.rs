#![doc = include_str!("../../../docs/checks/skipped-file.md")]
