//! Policy files: the pest grammar, the typed AST, and the validated model the engine evaluates.

pub mod assist;
pub mod ast;
pub mod dates;
pub mod describe;
pub mod fmt;
pub mod grammar;
pub mod load;
pub mod lower;
pub mod model;
pub mod parse;

#[cfg(test)]
mod tests;
