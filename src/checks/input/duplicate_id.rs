#![doc = include_str!("../../../docs/checks/duplicate-id.md")]
