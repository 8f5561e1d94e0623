#![doc = include_str!("../../../docs/checks/parse-error.md")]
