//! What fuzz targets, benchmarks and the generator example need beyond the façade: the
//! synthetic company generator, and the parsers and loaders behind `check`. Compiled only with
//! the `internals` feature; not a stable API.

pub mod fuzz;
pub mod synthetic;

#[cfg(feature = "fault-injection")]
/// Faults a test can inject: a clause with this id panics when evaluated, a data file starting
/// with this line panics while it is read.
pub mod fault {
    pub use crate::data::load::INJECTED_PANIC as DATA_FILE;
    pub use crate::engine::INJECTED_PANIC as CLAUSE;
}
