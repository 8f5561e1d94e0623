//! Org and record data: loaders for YAML, JSON, TOML and CSV, and the model they build.

pub mod schema;
