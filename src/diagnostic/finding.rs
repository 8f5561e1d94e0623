//! A finding: one thing zhidu reports, whether a gap in the data, a broken input file or a
//! policy error. Every report format renders this one type.

use super::{Check, Severity};
pub use crate::i18n::Text;
use crate::source::Loc;
use std::sync::Arc;

/// The regulation a clause encodes: document title and article.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Citation {
    pub document: String,
    pub article: String,
}

impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.document.is_empty() {
            write!(f, "{}", self.article)
        } else {
            write!(f, "《{}》{}", self.document, self.article)
        }
    }
}

/// Another place involved in a finding (the first definition of a duplicate id, the signature
/// that came too early, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub message: Text,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub check: Check,
    /// The clause that requires what is missing; `None` for input errors and org hygiene found
    /// outside any clause.
    pub clause: Option<Arc<str>>,
    pub severity: Severity,
    /// The id of the record or org entry at fault (or `clause@period` for a missing slot).
    pub subject: String,
    /// One line saying what is wrong, with the values involved (rendered in the reader's
    /// language by the report).
    pub message: Text,
    /// A short text shown under the caret; defaults to the message.
    pub label: Option<Text>,
    /// The most specific place in the data (or the policy, for missing entries and policy errors).
    pub location: Option<Loc>,
    /// The clause behind a data finding.
    pub policy_location: Option<Loc>,
    pub related: Vec<Related>,
    pub help: Option<Text>,
    pub source: Option<Citation>,
    /// The regulation's own word for the duty (必须, 应, 一般 …), when the clause records it.
    pub words: Option<Arc<str>>,
    /// What identifies the finding across runs (see [`fingerprint`](super::fingerprint)); set
    /// once the run's findings are all known.
    pub fingerprint: String,
    /// Set aside by a baseline or a waiver: reported, but not counted against the run.
    pub suppressed: Option<Suppressed>,
    /// For a duty left undone: when it was due, and what (read by `zhidu agenda`).
    pub duty: Option<Box<super::Duty>>,
}

/// Why a finding does not count against the run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Suppressed {
    /// Its fingerprint is in the baseline.
    Baselined,
    /// A valid waiver, by id, covers it.
    Waived(String),
}

impl Finding {
    /// A finding with the check's default severity and nothing else filled in.
    pub fn new(check: Check, subject: impl Into<String>, message: impl Into<Text>) -> Self {
        Finding {
            check,
            clause: None,
            severity: check.default_severity(),
            subject: subject.into(),
            message: message.into(),
            label: None,
            location: None,
            policy_location: None,
            related: Vec::new(),
            help: None,
            source: None,
            words: None,
            fingerprint: String::new(),
            suppressed: None,
            duty: None,
        }
    }

    pub fn at(mut self, loc: Loc) -> Self {
        self.location = Some(loc);
        self
    }

    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub fn help(mut self, help: impl Into<Text>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn label(mut self, label: impl Into<Text>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn duty(mut self, duty: super::Duty) -> Self {
        self.duty = Some(Box::new(duty));
        self
    }

    pub fn related(mut self, message: impl Into<Text>, loc: Loc) -> Self {
        self.related.push(Related {
            message: message.into(),
            loc,
        });
        self
    }

    /// A panic caught while `what` (evaluating a clause, reading a file) was under way: the
    /// `internal-error` that stands for the part of the run it took with it.
    pub fn internal_error(
        subject: impl Into<String>,
        what: crate::i18n::Message,
        payload: &(dyn std::any::Any + Send),
        at: Option<Loc>,
    ) -> Self {
        let message = match crate::contain::message(payload) {
            "" => crate::i18n::Message::new("internal-no-message"),
            message => crate::i18n::Message::new("detail").arg("detail", message),
        };
        let mut f = Finding::new(
            Check::InternalError,
            subject,
            crate::i18n::Message::new("internal-error")
                .arg("what", what)
                .arg("detail", message),
        )
        .help(crate::i18n::Message::new("internal-error-help"));
        f.location = at;
        f
    }

    /// Is this an input problem (the data or policies could not be fully read)?
    pub fn is_input_error(&self) -> bool {
        self.check.is_input() && self.severity == Severity::Error
    }
}
