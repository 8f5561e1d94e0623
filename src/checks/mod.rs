//! The check codes of CLI.md: one file per check, each opening with the documentation that
//! `zhidu explain CODE` prints (What it checks / Why it matters / Example / How to fix).
//!
//! Input checks report files that could not be fully read; record checks compare records with
//! the clauses that bind them; org checks look at people, roles, units and delegations.

use crate::policy::ast::Severity;

/// Declares a check: the doc comment becomes `DOC`, which `zhidu explain` prints and SARIF embeds.
macro_rules! declare_check {
    (
        $(#[doc = $doc:expr])+
        pub struct $name:ident { code: $code:literal, severity: $severity:ident }
    ) => {
        $(#[doc = $doc])+
        pub struct $name;

        impl $name {
            pub const CODE: &'static str = $code;
            pub const DOC: &'static str = concat!($($doc, "\n"),+);
            pub const SEVERITY: $crate::policy::ast::Severity = $crate::policy::ast::Severity::$severity;
        }
    };
}

pub mod input;
pub mod org;
pub mod records;

/// Builds the [`Check`] enum and its tables from one list, so a check cannot be registered
/// without its code, doc and severity.
macro_rules! registry {
    ($($family:ident :: $module:ident :: $name:ident),+ $(,)?) => {
        /// Every check code zhidu can report.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Check {
            $($name),+
        }

        impl Check {
            pub const ALL: &'static [Check] = &[$(Check::$name),+];

            /// The kebab-case code of CLI.md (`missing-approver`).
            pub fn code(self) -> &'static str {
                match self {
                    $(Check::$name => $family::$module::$name::CODE),+
                }
            }

            /// The documentation `zhidu explain` prints.
            pub fn doc(self) -> &'static str {
                match self {
                    $(Check::$name => $family::$module::$name::DOC),+
                }
            }

            pub fn default_severity(self) -> Severity {
                match self {
                    $(Check::$name => $family::$module::$name::SEVERITY),+
                }
            }

            /// `input`, `records` or `org`.
            pub fn family(self) -> &'static str {
                match self {
                    $(Check::$name => stringify!($family)),+
                }
            }
        }
    };
}

registry! {
    input::parse_error::ParseError,
    input::data_error::DataError,
    input::unknown_reference::UnknownReference,
    input::duplicate_id::DuplicateId,
    input::policy_error::PolicyError,
    input::skipped_file::SkippedFile,
    records::missing_record::MissingRecord,
    records::overdue::Overdue,
    records::late::Late,
    records::out_of_window::OutOfWindow,
    records::out_of_sequence::OutOfSequence,
    records::missing_approver::MissingApprover,
    records::missing_review::MissingReview,
    records::approval_order::ApprovalOrder,
    records::unauthorized_approver::UnauthorizedApprover,
    records::over_limit::OverLimit,
    records::self_approval::SelfApproval,
    records::insufficient_count::InsufficientCount,
    records::cadence::Cadence,
    records::wrong_party::WrongParty,
    org::vacant_role::VacantRole,
    org::over_headcount::OverHeadcount,
    org::unit_without_head::UnitWithoutHead,
    org::reporting_cycle::ReportingCycle,
    org::no_manager::NoManager,
    org::invalid_delegation::InvalidDelegation,
    org::sod_conflict::SodConflict,
    org::term_expired::TermExpired,
    org::unbound_reference::UnboundReference,
}

impl Check {
    pub fn from_code(code: &str) -> Option<Check> {
        Check::ALL.iter().copied().find(|c| c.code() == code)
    }

    /// Input problems make the run exit 2: something could not be fully read.
    pub fn is_input(self) -> bool {
        self.family() == "input"
    }

    /// The documentation with the one leading space of each `///` line removed.
    pub fn explain(self) -> String {
        self.doc()
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }
}

impl std::fmt::Display for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_check_is_documented_with_the_four_headings() {
        for check in Check::ALL {
            let doc = check.explain();
            for heading in [
                "## What it checks",
                "## Why it matters",
                "## Example",
                "## How to fix",
            ] {
                assert!(doc.contains(heading), "{check} lacks `{heading}`");
            }
        }
    }

    #[test]
    fn codes_are_kebab_case_and_round_trip() {
        for check in Check::ALL {
            let code = check.code();
            assert!(
                code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{code}"
            );
            assert_eq!(Check::from_code(code), Some(*check));
        }
    }
}
