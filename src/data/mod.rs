//! Org and record data: loaders for YAML, JSON, TOML and CSV into one span-carrying tree, a
//! typing pass by the field table of `vocab::schema`, and the indexed model the checks query.

pub mod convert;
pub mod json;
pub mod load;
pub mod mapping;
mod merge;
pub mod model;
pub mod org;
pub mod records;
pub mod references;
pub mod table;
pub mod toml;
pub mod tree;
pub mod waivers;
pub mod workspace;
pub mod yaml;

use jiff::tz::TimeZone;

/// The hash map of the data's indexes: foldhash instead of SipHash, which a profile of a
/// million-record run showed among its hottest functions. Still seeded per run, so that no
/// output can come to depend on an iteration order.
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// Everything the data files hold, merged and indexed.
#[derive(Debug, Clone)]
pub struct DataSet {
    /// The data set's time zone.
    pub tz: TimeZone,
    pub org: org::Org,
    pub records: records::Records,
    /// How many data files were read.
    pub files: usize,
}

#[cfg(test)]
mod split_tests;
#[cfg(test)]
mod workspace_tests;
