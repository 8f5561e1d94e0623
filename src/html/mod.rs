//! `--format html`: the report a manager opens, filters, prints and forwards (CLI.md v3). One
//! self-contained file — its style and its small script inline, charts as SVG written here,
//! fonts from the system — with the summary, compliance per regulation, the findings grouped by
//! regulation and by unit, the organisation as a tree and the agenda of the next 30 days.
//!
//! The markup is written with maud, which escapes every string it is given: a name such as
//! `<script>` in the data shows as text, by construction. Without JavaScript the page is a plain
//! document; the script only adds the filters and opens everything before printing.

mod compliance;
mod findings;
mod org;
mod page;
mod svg;
mod words;

use crate::agenda::Agenda;
use crate::diagnostic::Finding;
use crate::engine::Context;
use crate::report::{NotJudged, Report};
use std::io::{self, Write};

pub use compliance::Compliance;
pub use org::UnitNode;

/// What the page shows beside the findings; a report without it (the library's
/// [`crate::report::write`]) has the summary and the findings only.
#[derive(Clone, Debug)]
pub struct Sections {
    /// Clauses met, breached and not judged, per pack.
    pub compliance: Vec<Compliance>,
    /// The organisation's top units, each with its units below.
    pub org: Vec<UnitNode>,
    /// What falls due in the next 30 days, and what is overdue.
    pub agenda: Agenda,
}

impl Sections {
    /// The sections of a judged run, on its as-of day.
    pub fn build(
        ctx: &Context,
        findings: &[Finding],
        not_judged: &[NotJudged],
        agenda: Agenda,
    ) -> Sections {
        Sections {
            compliance: compliance::per_pack(ctx.policies, findings, not_judged),
            org: org::tree(ctx, findings),
            agenda,
        }
    }
}

/// Writes the page.
pub fn write(report: &Report, sections: Option<&Sections>, out: &mut dyn Write) -> io::Result<()> {
    let markup = page::page(report, sections);
    out.write_all(markup.into_string().as_bytes())
}
