#![doc = include_str!("../../../docs/checks/internal-error.md")]
