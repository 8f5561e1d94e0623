#![doc = include_str!("../../../docs/checks/unknown-reference.md")]
