//! What zhidu reports, below everything that reports it: check codes ([`Check`]), severities,
//! citations and the [`Finding`] every stage produces and every output format renders.
//!
//! Floor 1 of the layering (see docs/architecture.md): it knows source locations and nothing
//! else, so that loaders, the policy validator, the engine and the reports can all speak of
//! findings without knowing one another.

mod check;
mod duty;
mod finding;
pub mod fingerprint;
pub mod words;

pub use check::{Check, Family};
pub use duty::Duty;
pub use finding::{Citation, Finding, Related, Suppressed, Text};

/// A finding's severity, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The catalogue message naming it in the reader's language (错误 / error …).
    pub fn message(self) -> crate::i18n::Message {
        crate::i18n::Message::new(match self {
            Severity::Info => "severity-info",
            Severity::Warning => "severity-warning",
            Severity::Error => "severity-error",
        })
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
