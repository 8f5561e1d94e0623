//! Input checks: files that could not be fully read. Any of these at `error` makes the run exit 2.

pub mod data_error;
pub mod duplicate_id;
pub mod internal_error;
pub mod parse_error;
pub mod policy_error;
pub mod skipped_file;
pub mod unknown_reference;
