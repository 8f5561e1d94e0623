#![doc = include_str!("../../../docs/checks/policy-error.md")]
