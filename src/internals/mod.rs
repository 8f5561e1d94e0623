//! What fuzz targets, benchmarks and the generator example need beyond the façade: the
//! synthetic company generator, and the parsers and loaders behind `check`. Compiled only with
//! the `internals` feature; not a stable API.

pub mod synthetic;
