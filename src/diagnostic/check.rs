//! The check codes: one row per code in the table below, each with its family, default severity
//! and the explanation in `docs/checks/<code>.md` (what `zhidu explain CODE` prints, what SARIF
//! gives as a rule's help, and what `docs/checks.md` is generated from).
//!
//! The code that decides a check lives in `src/checks/<family>/<code>.rs`; this table is only its
//! identity, so that loaders, the policy validator and reports can name a check without
//! depending on the evaluator.

use super::Severity;

/// The group a check belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// A file that could not be fully read: data or policy errors (exit 2 at `error`).
    Input,
    /// Plans, requests, meetings, reports and tickets against the clauses that bind them.
    Records,
    /// People, roles, units, bodies and delegations.
    Org,
    /// The waivers file: who approved what, and for how long.
    Waivers,
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Input => "input",
            Family::Records => "records",
            Family::Org => "org",
            Family::Waivers => "waivers",
        }
    }
}

/// Builds [`Check`] and its lookups from one table, so that a code cannot exist without its
/// family, severity and documentation.
macro_rules! checks {
    ($($family:ident $name:ident $code:literal $severity:ident;)+) => {
        /// Every check code zhidu can report.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Check {
            $($name),+
        }

        impl Check {
            pub const ALL: &'static [Check] = &[$(Check::$name),+];

            /// The kebab-case code (`missing-approver`).
            pub fn code(self) -> &'static str {
                match self {
                    $(Check::$name => $code),+
                }
            }

            pub fn family(self) -> Family {
                match self {
                    $(Check::$name => Family::$family),+
                }
            }

            pub fn default_severity(self) -> Severity {
                match self {
                    $(Check::$name => Severity::$severity),+
                }
            }

            /// The explanation `zhidu explain` prints (Markdown).
            pub fn explain(self) -> &'static str {
                match self {
                    $(Check::$name => include_str!(concat!(
                        env!("CARGO_MANIFEST_DIR"), "/docs/checks/", $code, ".md"
                    ))),+
                }
            }

            /// The explanation in Chinese (docs/checks/zh/), whose first line is the check's
            /// Chinese title (GLOSSARY.md).
            pub fn explain_zh(self) -> &'static str {
                match self {
                    $(Check::$name => include_str!(concat!(
                        env!("CARGO_MANIFEST_DIR"), "/docs/checks/zh/", $code, ".md"
                    ))),+
                }
            }
        }
    };
}

checks! {
    // family  variant               code                     default severity
    Input   ParseError            "parse-error"            Error;
    Input   DataError             "data-error"             Error;
    Input   UnknownReference      "unknown-reference"      Error;
    Input   DuplicateId           "duplicate-id"           Error;
    Input   PolicyError           "policy-error"           Error;
    Input   SkippedFile           "skipped-file"           Info;
    Input   InternalError         "internal-error"         Error;
    Records MissingRecord         "missing-record"         Error;
    Records Overdue               "overdue"                Error;
    Records Late                  "late"                   Error;
    Records OutOfWindow           "out-of-window"          Error;
    Records OutOfSequence         "out-of-sequence"        Error;
    Records MissingApprover       "missing-approver"       Error;
    Records MissingReview         "missing-review"         Error;
    Records ApprovalOrder         "approval-order"         Error;
    Records UnauthorizedApprover  "unauthorized-approver"  Error;
    Records OverLimit             "over-limit"             Error;
    Records SelfApproval          "self-approval"          Error;
    Records InsufficientCount     "insufficient-count"     Error;
    Records Cadence               "cadence"                Error;
    Records WrongParty            "wrong-party"            Error;
    Org     VacantRole            "vacant-role"            Error;
    Org     OverHeadcount         "over-headcount"         Error;
    Org     UnitWithoutHead       "unit-without-head"      Warning;
    Org     ReportingCycle        "reporting-cycle"        Error;
    Org     NoManager             "no-manager"             Warning;
    Org     InvalidDelegation     "invalid-delegation"     Error;
    Org     SodConflict           "sod-conflict"           Error;
    Org     TermExpired           "term-expired"           Error;
    Org     UnboundReference      "unbound-reference"      Warning;
    Org     MissingUnit           "missing-unit"           Error;
    Org     WrongReportingLine    "wrong-reporting-line"   Error;
    Org     BodyComposition       "body-composition"       Error;
    Waivers WaiverUnauthorized    "waiver-unauthorized"    Error;
    Waivers WaiverExpired         "waiver-expired"         Warning;
    Waivers WaiverUnused          "waiver-unused"          Warning;
    Waivers WaiverTooLong         "waiver-too-long"        Warning;
    Waivers WaiverNotYet          "waiver-not-yet"         Warning;
}

impl Check {
    /// The explanation in `lang`.
    pub fn explain_in(self, lang: crate::i18n::Lang) -> &'static str {
        match lang {
            crate::i18n::Lang::En => self.explain(),
            crate::i18n::Lang::Zh => self.explain_zh(),
        }
    }

    /// The check's Chinese title (GLOSSARY.md): the first line of its Chinese explanation,
    /// `# late · 逾期办理`.
    pub fn title_zh(self) -> &'static str {
        self.explain_zh()
            .lines()
            .next()
            .and_then(|l| l.split_once(" · "))
            .map_or("", |(_, title)| title.trim())
    }

    pub fn from_code(code: &str) -> Option<Check> {
        Check::ALL.iter().copied().find(|c| c.code() == code)
    }

    /// Input problems make the run exit 2: something could not be fully read.
    pub fn is_input(self) -> bool {
        self.family() == Family::Input
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
    fn every_check_is_documented_in_chinese_with_its_title_and_the_four_headings() {
        for check in Check::ALL {
            let doc = check.explain_zh();
            assert!(
                doc.starts_with(&format!("# {} · ", check.code())) && !check.title_zh().is_empty(),
                "{check}: the first line is `# {check} · <中文标题>`"
            );
            let mut at = 0;
            for heading in ["## 检查内容", "## 为何重要", "## 示例", "## 如何整改"] {
                let found = doc[at..].find(heading);
                assert!(found.is_some(), "{check} lacks `{heading}`, in this order");
                at += found.unwrap_or(0);
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

    #[test]
    fn every_doc_file_belongs_to_a_check() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/checks");
        let mut orphans = Vec::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            // The translations live in a folder per language (docs/checks/zh/).
            if entry.path().is_dir() {
                continue;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            let code = name.strip_suffix(".md").unwrap_or(&name);
            if Check::from_code(code).is_none() {
                orphans.push(name);
            }
        }
        assert!(
            orphans.is_empty(),
            "docs/checks/ without a check: {orphans:?}"
        );
    }
}
