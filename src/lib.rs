//! zhidu (制度): a policy-as-code compliance linter for management regulations.
//!
//! Stages, one module each: [`policy`] (grammar → AST → validated model), [`data`] (files →
//! org and record model, every value with its span), [`engine`] (checks over both, in parallel),
//! [`report`] (human, JSON, SARIF, …). [`cli`] wires them into the `zhidu` commands.

pub mod checks;
pub mod cli;
pub mod config;
pub mod data;
pub mod diagnostic;
pub mod engine;
pub mod policy;
pub mod read;
pub mod report;
pub mod source;
pub mod suggest;
pub mod synthetic;
pub mod time;
pub mod vocab;
