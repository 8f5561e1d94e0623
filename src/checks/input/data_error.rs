#![doc = include_str!("../../../docs/checks/data-error.md")]
