//! zhidu (制度): a policy-as-code compliance linter for management regulations.
//!
//! The library's surface is [`check()`], [`validate()`], [`format_text()`]/[`format_files()`] and
//! [`clauses()`]/[`explain()`], which return [`Finding`]s with the [`Sources`] they point into,
//! ready for any report [`Format`]. The `zhidu` binary is [`cli::run`] over them.
//!
//! Inside, the modules form floors; a module imports only from lower floors (the engine and the
//! checks it dispatches to are the one pair that know each other). See docs/architecture.md.
//!
//! | floor | modules | job |
//! | --- | --- | --- |
//! | 0 | `source`, `suggest`, `contain`, `i18n` | files, byte spans, "did you mean", panics kept to their part, the message catalogues |
//! | 1 | `diagnostic` | check codes, severities, findings |
//! | 2 | `vocab` | what policies and data share: levels, units, collections, fields, money |
//! | 3 | `time`, `read` | dates, periods, calendars; finding and reading files |
//! | 4 | `config` | `zhidu.toml` |
//! | 5 | `policy`, `data` | parse and type into models |
//! | 6 | `engine` ⇄ `checks` | evaluate |
//! | 7 | `report` | render |
//! | 8 | `agenda`, `testing` | what falls due, from the engine's findings: steps, owners, risks, calendars; a policy repository's test cases: expectations, verdicts, coverage |
//! | 9 | `whatif`, `rectify` | a reorganisation's changes applied in memory, and the difference they make (findings, owners) |
//! | 10 | `api` | the façade above |
//! | 11 | `lsp` | an editor's requests in, diagnostics out |
//! | 12 | `cli` | flags in, text out |

mod agenda;
mod api;
mod checks;
pub mod cli;
mod config;
mod contain;
mod data;
mod diagnostic;
mod engine;
mod html;
mod i18n;
mod lsp;
mod policy;
mod read;
mod rectify;
mod report;
mod source;
mod suggest;
mod testing;
mod time;
mod vocab;
mod whatif;

pub use api::agenda::{AgendaOptions, AgendaOutcome, Within, WithinUnit, agenda};
pub use api::check::{CheckOptions, check};
pub use api::clauses::{
    Binds, Catalog, ClauseInfo, ClausesOptions, Explanation, ParamInfo, clauses, explain,
};
pub use api::format::{Formatted, format_files, format_text};
pub use api::test::{TestOptions, TestOutcome, test};
pub use api::validate::{ValidateOptions, validate};
pub use api::whatif::{WhatifOptions, WhatifOutcome, whatif};
pub use api::{Builtin, ConfigChoice, Error, Outcome, Progress, Status};
pub use config::FailOn;
pub use diagnostic::{Check, Citation, Family, Finding, Related, Severity};
pub use i18n::Lang;
pub use report::{Format, Style, Summary};
pub use source::{FileId, LineCol, Loc, SourceFile, Sources, Span};

#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals;
