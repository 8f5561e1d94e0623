//! A synthetic company in DATA.md format, compliant with the built-in pack over one year, with
//! a known set of injected gaps. Used for the example data (`fixtures/example`), the test that
//! every injected gap is found and nothing else, and the benchmarks (`cargo run --release
//! --example gen -- --people N`).
//!
//! The company: the leadership and departments the pack names, plus research teams of eight
//! (a lead and seven researchers) until it has the people asked for. Each researcher files about
//! ten records a year (leave, purchases, tickets, samples, outside tests). Files are spread over
//! YAML, JSON, TOML and CSV, and large collections are split into several files.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use std::fmt::Write;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Options {
    /// People in the company (at least the leadership, about 30).
    pub people: usize,
    pub seed: u64,
    /// The day the data is made for; records cover the year before it.
    pub as_of: Date,
    /// Which gaps to inject.
    pub gaps: Gaps,
    /// Entries per file before a collection is split.
    pub chunk: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            people: 40,
            seed: 7,
            as_of: Date::new(2026, 11, 20).unwrap_or(Date::MIN),
            gaps: Gaps::All,
            chunk: 20_000,
        }
    }
}

/// Which gaps to inject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gaps {
    /// A fully compliant company.
    None,
    /// A handful of realistic ones (the example data).
    Few,
    /// One of each kind the built-in pack can find.
    All,
}

/// The gap kinds of [`Gaps::Few`].
const FEW: &[&str] = &[
    "missing-record",
    "late",
    "overdue",
    "missing-approver",
    "cadence",
    "invalid-delegation",
    "vacant-role",
    "self-approval",
];

/// A finding the generated data must produce.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Expected {
    pub check: &'static str,
    pub clause: &'static str,
    pub subject: String,
}

/// The generated files (path relative to the output folder, content) and the expected findings.
#[derive(Debug, Default)]
pub struct Company {
    pub files: Vec<(String, String)>,
    pub expected: Vec<Expected>,
    pub records: usize,
}

impl Company {
    pub fn write_to(&self, dir: &std::path::Path) -> std::io::Result<()> {
        for (path, text) in &self.files {
            let path = dir.join(path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, text)?;
        }
        Ok(())
    }
}

/// xorshift64*: small, deterministic, good enough for picking days and amounts.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
    "秀英", "华", "平", "刚", "桂英", "建华", "志强", "海燕",
];

fn name(i: usize) -> String {
    format!(
        "{}{}",
        SURNAMES[i % SURNAMES.len()],
        GIVEN[(i / SURNAMES.len() + i) % GIVEN.len()]
    )
}

/// One generated entry: its collection and fields (key, value already formatted as a scalar or a
/// list of scalars).
#[derive(Clone, Debug)]
struct Entry {
    collection: &'static str,
    fields: Vec<(&'static str, Val)>,
}

#[derive(Clone, Debug)]
enum Val {
    S(String),
    N(String),
    B(bool),
    List(Vec<String>),
    /// A list of maps (holdings, signatures, reviews).
    Maps(Vec<Vec<(&'static str, Val)>>),
    Map(Vec<(&'static str, Val)>),
}

fn s(v: impl ToString) -> Val {
    Val::S(v.to_string())
}

fn e(collection: &'static str, fields: Vec<(&'static str, Val)>) -> Entry {
    Entry { collection, fields }
}

fn sig(by: &str, at: impl ToString) -> Vec<(&'static str, Val)> {
    vec![("by", s(by)), ("at", s(at))]
}

struct Builder {
    opts: Options,
    rng: Rng,
    since: Date,
    entries: Vec<Entry>,
    expected: Vec<Expected>,
    next_name: usize,
}

/// Leadership: (person id, role id, role title, unit, reports_to, level).
const LEADERS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "p-president",
        "president",
        "总裁",
        "company",
        "",
        "executive",
    ),
    (
        "p-gm",
        "general-manager",
        "总经理",
        "company",
        "president",
        "executive",
    ),
    ("p-chair", "chairman", "董事长", "company", "", "board"),
    (
        "p-ops-director",
        "ops-director",
        "运营总监",
        "ops-center",
        "president",
        "director",
    ),
    (
        "p-ops-deputy",
        "ops-deputy",
        "运营副总监",
        "ops-center",
        "ops-director",
        "director",
    ),
    (
        "p-prod-manager",
        "prod-manager",
        "产品生产部经理",
        "production",
        "general-manager",
        "manager",
    ),
    (
        "p-prod-deputy",
        "prod-deputy",
        "产品生产部副经理",
        "production",
        "prod-manager",
        "manager",
    ),
    (
        "p-pilot-head",
        "pilot-head",
        "中试技术部主任",
        "pilot-tech",
        "prod-manager",
        "supervisor",
    ),
    (
        "p-quality-head",
        "quality-head",
        "质量管理部主任",
        "quality",
        "prod-manager",
        "supervisor",
    ),
    (
        "p-workshop-head",
        "workshop-head",
        "车间主任",
        "workshop",
        "prod-manager",
        "supervisor",
    ),
    (
        "p-business-dean",
        "business-dean",
        "业务院长",
        "research",
        "general-manager",
        "director",
    ),
    (
        "p-admin-dean",
        "admin-dean",
        "行政院长",
        "research",
        "general-manager",
        "director",
    ),
    (
        "p-analysis-director",
        "analysis-director",
        "分析总监",
        "analysis",
        "business-dean",
        "manager",
    ),
    (
        "p-finance-manager",
        "finance-manager",
        "财务部经理",
        "finance",
        "general-manager",
        "manager",
    ),
    (
        "p-hr-manager",
        "hr-manager",
        "人力资源部经理",
        "hr",
        "general-manager",
        "manager",
    ),
    (
        "p-admin-manager",
        "admin-manager",
        "行政部经理",
        "admin",
        "general-manager",
        "manager",
    ),
    (
        "p-office-director",
        "office-director",
        "办公室主任",
        "office",
        "admin-manager",
        "supervisor",
    ),
    (
        "p-clerk",
        "clerk",
        "文员",
        "office",
        "office-director",
        "staff",
    ),
    (
        "p-cs-manager",
        "cs-manager",
        "客服部经理",
        "cs",
        "ops-director",
        "manager",
    ),
    (
        "p-cs-agent-1",
        "cs-agent",
        "客服专员",
        "cs",
        "cs-manager",
        "staff",
    ),
    (
        "p-cs-agent-2",
        "cs-agent",
        "客服专员",
        "cs",
        "cs-manager",
        "staff",
    ),
    (
        "p-engineer",
        "pilot-engineer",
        "工艺工程师",
        "pilot-tech",
        "pilot-head",
        "staff",
    ),
    (
        "p-analyst",
        "analyst",
        "分析员",
        "analysis",
        "analysis-director",
        "staff",
    ),
];

/// Units: (id, name, parent, head role, overseen_by).
const UNITS: &[(&str, &str, &str, &str, &str)] = &[
    ("company", "恒远科技", "", "president", ""),
    (
        "ops-center",
        "运营中心",
        "company",
        "ops-director",
        "president",
    ),
    (
        "production",
        "产品生产部",
        "company",
        "prod-manager",
        "general-manager",
    ),
    ("pilot-tech", "中试技术部", "production", "pilot-head", ""),
    ("quality", "质量管理部", "production", "quality-head", ""),
    ("workshop", "生产车间", "production", "workshop-head", ""),
    (
        "research",
        "研究院",
        "company",
        "business-dean",
        "general-manager",
    ),
    ("analysis", "分析部", "research", "analysis-director", ""),
    (
        "finance",
        "财务部",
        "company",
        "finance-manager",
        "general-manager",
    ),
    (
        "hr",
        "人力资源部",
        "company",
        "hr-manager",
        "general-manager",
    ),
    (
        "admin",
        "行政部",
        "company",
        "admin-manager",
        "general-manager",
    ),
    ("office", "办公室", "admin", "office-director", ""),
    ("cs", "客服部", "company", "cs-manager", "ops-director"),
];

/// Generates the company.
pub fn generate(opts: &Options) -> Company {
    let since = opts.as_of.saturating_sub(1.year());
    let mut b = Builder {
        rng: Rng(opts.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
        opts: opts.clone(),
        since,
        entries: Vec::new(),
        expected: Vec::new(),
        next_name: 0,
    };
    let teams = b.org();
    b.plans();
    b.meetings();
    b.reports();
    b.requests(&teams);
    b.tickets(&teams);
    if opts.gaps != Gaps::None {
        b.gaps(&teams);
    }
    b.expected.sort();
    let records = b
        .entries
        .iter()
        .filter(|e| {
            matches!(
                e.collection,
                "plans" | "requests" | "meetings" | "reports" | "tickets"
            )
        })
        .count();
    Company {
        files: layout(&b.entries, opts.chunk),
        expected: b.expected,
        records,
    }
}

/// A research team: its unit, lead and members.
struct Team {
    unit: String,
    lead: String,
    members: Vec<String>,
}

impl Builder {
    fn person_name(&mut self) -> String {
        self.next_name += 1;
        name(self.next_name * 7 + 3)
    }

    /// A day within the judged year, a few days clear of its ends.
    fn day(&mut self) -> Date {
        let span = (self.opts.as_of - self.since).get_days().max(20) - 14;
        self.since
            .saturating_add((7 + self.rng.below(span as u64) as i64).days())
    }

    fn org(&mut self) -> Vec<Team> {
        for (id, name, parent, head, overseen) in UNITS {
            let mut f = vec![("id", s(id)), ("name", s(name)), ("head", s(head))];
            if !parent.is_empty() {
                f.push(("parent", s(parent)));
            }
            if !overseen.is_empty() {
                f.push(("overseen_by", s(overseen)));
            }
            self.entries.push(e("units", f));
        }
        let mut roles_done = Vec::new();
        for (_, role, title, unit, reports, level) in LEADERS {
            if roles_done.contains(role) {
                continue;
            }
            roles_done.push(role);
            let seats = LEADERS.iter().filter(|l| l.1 == *role).count().max(1);
            let mut f = vec![
                ("id", s(role)),
                ("title", s(title)),
                ("unit", s(unit)),
                ("level", s(level)),
                ("seats", Val::N(seats.to_string())),
            ];
            if !reports.is_empty() {
                f.push(("reports_to", s(reports)));
            }
            self.entries.push(e("roles", f));
        }
        self.entries.push(e(
            "roles",
            vec![
                ("id", s("board-member")),
                ("title", s("董事")),
                ("unit", s("company")),
                ("reports_to", s("chairman")),
                ("level", s("board")),
                ("seats", Val::N("4".into())),
            ],
        ));
        for (person, role, _, _, _, _) in LEADERS {
            let n = self.person_name();
            self.entries.push(e(
                "people",
                vec![
                    ("id", s(person)),
                    ("name", s(n)),
                    ("roles", Val::List(vec![role.to_string()])),
                ],
            ));
        }
        // Board members, appointed within the last three years.
        for (i, since) in ["2024-03-01", "2025-06-01"].iter().enumerate() {
            let n = self.person_name();
            self.entries.push(e(
                "people",
                vec![
                    ("id", s(format!("p-board-{}", i + 1))),
                    ("name", s(n)),
                    (
                        "roles",
                        Val::Maps(vec![vec![("role", s("board-member")), ("since", s(since))]]),
                    ),
                ],
            ));
        }
        for (id, name, chair, members) in [
            (
                "gm-office",
                "总经理办公会",
                "general-manager",
                vec![
                    "president",
                    "general-manager",
                    "ops-director",
                    "business-dean",
                    "finance-manager",
                ],
            ),
            (
                "tech-committee",
                "技术委员会",
                "business-dean",
                vec!["analysis-director", "admin-dean"],
            ),
            ("shareholders", "股东会", "chairman", vec![]),
        ] {
            self.entries.push(e(
                "bodies",
                vec![
                    ("id", s(id)),
                    ("name", s(name)),
                    ("chair", s(chair)),
                    (
                        "members",
                        Val::List(members.into_iter().map(String::from).collect()),
                    ),
                ],
            ));
        }
        self.entries.push(e(
            "delegations",
            vec![
                ("id", s("d-ops-summer")),
                ("from", s("p-ops-director")),
                ("to", s("p-ops-deputy")),
                ("role", s("ops-director")),
                ("since", s(self.opts.as_of.saturating_sub(140.days()))),
                ("until", s(self.opts.as_of.saturating_sub(120.days()))),
                ("authorized_by", s("p-president")),
                (
                    "authorized_at",
                    s(self.opts.as_of.saturating_sub(145.days())),
                ),
            ],
        ));
        // Research teams of eight until the company has the people asked for.
        let fixed = LEADERS.len() + 2;
        let mut teams = Vec::new();
        let mut left = self.opts.people.saturating_sub(fixed);
        let mut k = 0;
        while left >= 2 {
            k += 1;
            let size = left.min(8);
            left -= size;
            let unit = format!("team-{k}");
            let (lead_role, member_role) = (format!("team-lead-{k}"), format!("researcher-{k}"));
            self.entries.push(e(
                "units",
                vec![
                    ("id", s(&unit)),
                    ("name", s(format!("研究{k}组"))),
                    ("parent", s("research")),
                    ("head", s(&lead_role)),
                ],
            ));
            self.entries.push(e(
                "roles",
                vec![
                    ("id", s(&lead_role)),
                    ("title", s(format!("研究{k}组组长"))),
                    ("unit", s(&unit)),
                    ("reports_to", s("business-dean")),
                    ("level", s("supervisor")),
                ],
            ));
            self.entries.push(e(
                "roles",
                vec![
                    ("id", s(&member_role)),
                    ("title", s("研究员")),
                    ("unit", s(&unit)),
                    ("reports_to", s(&lead_role)),
                    ("level", s("staff")),
                    ("seats", Val::N("7".into())),
                ],
            ));
            let lead = format!("r{k}-lead");
            let n = self.person_name();
            self.entries.push(e(
                "people",
                vec![
                    ("id", s(&lead)),
                    ("name", s(n)),
                    ("roles", Val::List(vec![lead_role.clone()])),
                ],
            ));
            let mut members = Vec::new();
            for m in 1..size {
                let id = format!("r{k}-{m}");
                let n = self.person_name();
                self.entries.push(e(
                    "people",
                    vec![
                        ("id", s(&id)),
                        ("name", s(n)),
                        ("roles", Val::List(vec![member_role.clone()])),
                    ],
                ));
                members.push(id);
            }
            teams.push(Team {
                unit,
                lead,
                members,
            });
        }
        teams
    }

    fn plan(
        &mut self,
        id: String,
        kind: &str,
        period: String,
        mut fields: Vec<(&'static str, Val)>,
    ) {
        let mut f = vec![("id", s(id)), ("kind", s(kind)), ("period", s(period))];
        f.append(&mut fields);
        self.entries.push(e("plans", f));
    }

    fn plans(&mut self) {
        let y = self.opts.as_of.year();
        for year in [y, y + 1] {
            let prev = year - 1;
            // The business plan of `year` is due 11-20 of the year before; only plans already due
            // are in the data.
            if Date::new(prev, 11, 18).is_ok_and(|d| d <= self.opts.as_of) {
                self.plan(
                    format!("abp-{year}"),
                    "annual-business-plan",
                    year.to_string(),
                    vec![
                        ("owner", s("p-ops-director")),
                        ("drafted", s(format!("{prev}-10-15"))),
                        ("submitted", s(format!("{prev}-11-18T17:00"))),
                        ("submitted_to", s("gm-office")),
                        (
                            "reviews",
                            Val::Maps(vec![sig("gm-office", format!("{prev}-11-19"))]),
                        ),
                        (
                            "signatures",
                            Val::Maps(vec![
                                [
                                    sig("p-president", format!("{prev}-11-20T10:00")),
                                    vec![("as", s("president"))],
                                ]
                                .concat(),
                            ]),
                        ),
                    ],
                );
            }
            if Date::new(prev, 12, 22).is_ok_and(|d| d <= self.opts.as_of) {
                self.plan(
                    format!("aop-{year}"),
                    "annual-operations-plan",
                    year.to_string(),
                    vec![
                        ("owner", s("p-ops-director")),
                        ("drafted", s(format!("{prev}-12-02"))),
                        ("submitted", s(format!("{prev}-12-18"))),
                        ("submitted_to", s("gm-office")),
                        (
                            "reviews",
                            Val::Maps(vec![sig("gm-office", format!("{prev}-12-19"))]),
                        ),
                        (
                            "signatures",
                            Val::Maps(vec![sig("p-president", format!("{prev}-12-22"))]),
                        ),
                    ],
                );
                self.plan(
                    format!("budget-{year}"),
                    "annual-budget",
                    year.to_string(),
                    vec![
                        ("owner", s("p-finance-manager")),
                        ("submitted", s(format!("{prev}-12-20"))),
                        (
                            "reviews",
                            Val::Maps(vec![sig("finance", format!("{prev}-12-22"))]),
                        ),
                        (
                            "signatures",
                            Val::Maps(vec![sig("p-gm", format!("{prev}-12-28"))]),
                        ),
                    ],
                );
            }
            if Date::new(year, 1, 31).is_ok_and(|d| d <= self.opts.as_of) {
                self.plan(
                    format!("targets-{year}"),
                    "performance-targets",
                    year.to_string(),
                    vec![
                        ("owner", s("p-hr-manager")),
                        (
                            "signatures",
                            Val::Maps(vec![sig("p-gm", format!("{year}-01-20"))]),
                        ),
                    ],
                );
                self.plan(
                    format!("training-{year}"),
                    "annual-training-plan",
                    year.to_string(),
                    vec![
                        ("owner", s("p-hr-manager")),
                        ("submitted", s(format!("{year}-01-25"))),
                    ],
                );
                self.plan(
                    format!("production-{year}"),
                    "annual-production-plan",
                    year.to_string(),
                    vec![
                        ("owner", s("p-prod-manager")),
                        ("submitted", s(format!("{year}-01-06"))),
                        (
                            "signatures",
                            Val::Maps(vec![
                                sig("p-prod-manager", format!("{year}-01-08")),
                                sig("p-gm", format!("{year}-01-10")),
                            ]),
                        ),
                    ],
                );
            }
            if Date::new(year, 6, 20).is_ok_and(|d| d <= self.opts.as_of) {
                self.plan(
                    format!("adjust-{year}"),
                    "plan-adjustment",
                    year.to_string(),
                    vec![
                        ("owner", s("p-ops-director")),
                        ("submitted", s(format!("{year}-06-15"))),
                        (
                            "reviews",
                            Val::Maps(vec![sig("gm-office", format!("{year}-06-17"))]),
                        ),
                        (
                            "signatures",
                            Val::Maps(vec![sig("p-president", format!("{year}-06-19"))]),
                        ),
                    ],
                );
            }
        }
        // Monthly plans, handed in on the 26th of the month before (inside its last seven days).
        let first = self.since.first_of_month();
        let mut month = first;
        while month <= self.opts.as_of.saturating_add(40.days()) {
            let previous = month.saturating_sub(1.month());
            let handed = Date::new(previous.year(), previous.month(), 26).unwrap_or(previous);
            if handed <= self.opts.as_of {
                let period = format!("{}-{:02}", month.year(), month.month());
                self.plan(
                    format!("mp-{period}"),
                    "monthly-plan",
                    period,
                    vec![
                        ("owner", s("p-ops-director")),
                        ("submitted", s(handed)),
                        ("submitted_to", s("admin")),
                    ],
                );
            }
            month = month.saturating_add(1.month());
        }
        // Project node plans reviewed by the technical committee before work starts.
        for k in 0..3 {
            let d = self.day();
            self.plan(
                format!("node-plan-{k}"),
                "project-node-plan",
                format!("{}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
                vec![
                    ("owner", s("p-analysis-director")),
                    ("reviews", Val::Maps(vec![sig("tech-committee", d)])),
                    (
                        "attrs",
                        Val::Map(vec![("started", s(d.saturating_add(2.days())))]),
                    ),
                ],
            );
        }
    }

    fn meeting(
        &mut self,
        id: String,
        kind: &str,
        held: String,
        mut extra: Vec<(&'static str, Val)>,
    ) {
        let mut f = vec![("id", s(id)), ("kind", s(kind)), ("held", s(held))];
        f.append(&mut extra);
        self.entries.push(e("meetings", f));
    }

    fn meetings(&mut self) {
        let start = self.since.saturating_sub(45.days());
        let end = self.opts.as_of;
        let mut d = start;
        while d <= end {
            match d.weekday() {
                Weekday::Monday => self.meeting(
                    format!("admin-{d}"),
                    "admin-weekly",
                    format!("{d}T08:30"),
                    vec![("chair", s("p-office-director"))],
                ),
                Weekday::Wednesday => self.meeting(
                    format!("ops-{d}"),
                    "ops-weekly",
                    format!("{d}T10:00"),
                    vec![("chair", s("p-ops-director"))],
                ),
                _ => {}
            }
            if d == d.last_of_month() {
                self.meeting(
                    format!("summary-{d}"),
                    "monthly-summary",
                    format!("{d}T15:00"),
                    vec![("chair", s("p-office-director"))],
                );
            }
            if d.day() == 18 {
                let filed = d.saturating_add(2.days());
                self.meeting(
                    format!("routine-{d}"),
                    "production-routine",
                    format!("{d}T14:00"),
                    vec![
                        ("chair", s("p-prod-manager")),
                        (
                            "minutes",
                            Val::Map(vec![
                                ("filed", s(filed)),
                                ("signed_by", s("p-prod-manager")),
                            ]),
                        ),
                    ],
                );
            }
            if d.day() == 3 {
                self.meeting(
                    format!("prodplan-{d}"),
                    "monthly-production-plan",
                    format!("{d}T09:00"),
                    vec![("chair", s("p-prod-manager"))],
                );
            }
            // The manager office meets every other month: six a year.
            if d.day() == 12 && d.month() % 2 == 1 {
                self.meeting(
                    format!("office-{d}"),
                    "production-manager-office",
                    format!("{d}T14:00"),
                    vec![("chair", s("p-prod-manager"))],
                );
            }
            // All hands every quarter, announced three days ahead.
            if d.day() == 14 && d.month() % 3 == 1 {
                self.meeting(
                    format!("all-hands-{d}"),
                    "all-hands",
                    format!("{d}T09:00"),
                    vec![
                        ("chair", s("p-office-director")),
                        ("notice_sent", s(d.saturating_sub(3.days()))),
                        ("agenda_sent", s(d.saturating_sub(2.days()))),
                    ],
                );
            }
            d = d.saturating_add(1.day());
        }
        // The manager office meetings of the year before the judged one (2025 in full).
        let y = self.since.year();
        for m in [1, 3, 5, 7, 9] {
            if let Ok(day) = Date::new(y, m, 12)
                && day < start
            {
                self.meeting(
                    format!("office-{day}"),
                    "production-manager-office",
                    format!("{day}T14:00"),
                    vec![("chair", s("p-prod-manager"))],
                );
            }
        }
        if let Ok(day) = Date::new(y, 10, 14)
            && day < start
        {
            self.meeting(
                format!("all-hands-{day}"),
                "all-hands",
                format!("{day}T09:00"),
                vec![
                    ("chair", s("p-office-director")),
                    ("notice_sent", s(day.saturating_sub(3.days()))),
                ],
            );
        }
    }

    fn reports(&mut self) {
        // Weekly customer service reports, each on the Friday of its week.
        let mut d = self.since.saturating_sub(7.days());
        while d <= self.opts.as_of {
            if d.weekday() == Weekday::Friday {
                let iso = d.iso_week_date();
                let period = format!("{}-W{:02}", iso.year(), iso.week());
                self.entries.push(e(
                    "reports",
                    vec![
                        ("id", s(format!("cs-weekly-{period}"))),
                        ("kind", s("cs-weekly")),
                        ("period", s(&period)),
                        ("by", s("p-cs-manager")),
                        ("submitted", s(d)),
                    ],
                ));
            }
            if d.day() == 20 {
                let period = format!("{}-{:02}", d.year(), d.month());
                self.entries.push(e(
                    "reports",
                    vec![
                        ("id", s(format!("cs-satisfaction-{period}"))),
                        ("kind", s("cs-satisfaction-monthly")),
                        ("period", s(&period)),
                        ("by", s("p-cs-manager")),
                        ("submitted", s(d)),
                    ],
                ));
            }
            d = d.saturating_add(1.day());
        }
        let last_year = self.opts.as_of.year() - 1;
        self.entries.push(e(
            "reports",
            vec![
                ("id", s(format!("quality-{last_year}"))),
                ("kind", s("annual-quality-report")),
                ("period", s(last_year)),
                ("by", s("p-quality-head")),
                ("to", s("p-prod-manager")),
                ("submitted", s(format!("{}-01-20", last_year + 1))),
            ],
        ));
    }

    fn request(
        &mut self,
        id: String,
        kind: &str,
        by: &str,
        at: Date,
        mut extra: Vec<(&'static str, Val)>,
    ) {
        let mut f = vec![
            ("id", s(id)),
            ("kind", s(kind)),
            ("requested_by", s(by)),
            ("requested_at", s(at)),
        ];
        f.append(&mut extra);
        self.entries.push(e("requests", f));
    }

    fn requests(&mut self, teams: &[Team]) {
        let mut n = 0;
        for team in teams {
            for member in &team.members {
                for _ in 0..3 {
                    n += 1;
                    let d = self.day();
                    self.request(
                        format!("leave-{n}"),
                        "leave",
                        member,
                        d,
                        vec![
                            (
                                "signatures",
                                Val::Maps(vec![sig(&team.lead, d.saturating_add(1.day()))]),
                            ),
                            (
                                "attrs",
                                Val::Map(vec![("start", s(d.saturating_add(3.days())))]),
                            ),
                        ],
                    );
                }
                for _ in 0..2 {
                    n += 1;
                    let d = self.day();
                    let amount = 500 + self.rng.below(400) * 100;
                    self.request(
                        format!("purchase-{n}"),
                        "purchase",
                        member,
                        d,
                        vec![
                            ("amount", Val::N(amount.to_string())),
                            (
                                "signatures",
                                Val::Maps(vec![
                                    sig(&team.lead, d),
                                    sig("p-business-dean", d.saturating_add(1.day())),
                                    sig("p-gm", d.saturating_add(2.days())),
                                ]),
                            ),
                            (
                                "attrs",
                                Val::Map(vec![
                                    ("accepted", s(d.saturating_add(9.days()))),
                                    ("paid", s(d.saturating_add(10.days()))),
                                ]),
                            ),
                        ],
                    );
                }
                n += 1;
                let d = self.day();
                self.request(
                    format!("sample-{n}"),
                    "sample-submission",
                    member,
                    d,
                    vec![
                        (
                            "signatures",
                            Val::Maps(vec![
                                sig(&team.lead, format!("{d}T08:30")),
                                sig("p-analysis-director", format!("{d}T08:45")),
                            ]),
                        ),
                        (
                            "attrs",
                            Val::Map(vec![
                                ("reserved_at", s(format!("{d}T10:00"))),
                                ("delivered", s(format!("{d}T10:10"))),
                            ]),
                        ),
                    ],
                );
                n += 1;
                let d = self.day();
                self.request(
                    format!("external-test-{n}"),
                    "external-test",
                    member,
                    d,
                    vec![(
                        "signatures",
                        Val::Maps(vec![
                            sig(&team.lead, d),
                            sig("p-business-dean", d.saturating_add(1.day())),
                        ]),
                    )],
                );
            }
        }
        // Company-level requests.
        let d = self.day();
        self.request(
            "budget-adjust-1".into(),
            "budget-adjustment",
            "p-prod-manager",
            d,
            vec![
                (
                    "reviews",
                    Val::Maps(vec![sig("finance", d.saturating_add(2.days()))]),
                ),
                (
                    "signatures",
                    Val::Maps(vec![sig("p-gm", d.saturating_add(4.days()))]),
                ),
                (
                    "attrs",
                    Val::Map(vec![("effective", s(d.saturating_add(9.days())))]),
                ),
            ],
        );
        let d = self.day();
        self.request(
            "process-1".into(),
            "process-design",
            "p-engineer",
            d,
            vec![(
                "signatures",
                Val::Maps(vec![
                    sig("p-quality-head", d.saturating_add(1.day())),
                    sig("p-prod-manager", d.saturating_add(2.days())),
                ]),
            )],
        );
        let d = self.day();
        self.request(
            "quality-doc-1".into(),
            "quality-document",
            "p-quality-head",
            d,
            vec![(
                "signatures",
                Val::Maps(vec![
                    sig("p-prod-manager", d.saturating_add(1.day())),
                    sig("p-gm", d.saturating_add(3.days())),
                ]),
            )],
        );
        let d = self.day();
        self.request(
            "quota-1".into(),
            "material-quota",
            "p-engineer",
            d,
            vec![(
                "signatures",
                Val::Maps(vec![
                    sig("p-quality-head", d.saturating_add(1.day())),
                    sig("p-prod-manager", d.saturating_add(2.days())),
                ]),
            )],
        );
        let d = self.day();
        self.request(
            "notice-1".into(),
            "oa-notice",
            "p-clerk",
            d,
            vec![
                (
                    "signatures",
                    Val::Maps(vec![
                        sig("p-office-director", format!("{d}T10:00")),
                        sig("p-admin-manager", format!("{d}T15:00")),
                    ]),
                ),
                (
                    "attrs",
                    Val::Map(vec![("published", s(d.saturating_add(1.day())))]),
                ),
            ],
        );
        let d = self.day();
        self.request(
            "venue-1".into(),
            "venue-borrowing",
            "p-analysis-director",
            d,
            vec![
                (
                    "reviews",
                    Val::Maps(vec![
                        sig("p-business-dean", d.saturating_add(1.day())),
                        sig("p-admin-dean", d.saturating_add(1.day())),
                    ]),
                ),
                (
                    "signatures",
                    Val::Maps(vec![sig("p-gm", d.saturating_add(2.days()))]),
                ),
                (
                    "attrs",
                    Val::Map(vec![("start", s(d.saturating_add(7.days())))]),
                ),
            ],
        );
        let d = self.day();
        self.request(
            "bonus-1".into(),
            "stage-bonus",
            "p-analyst",
            d,
            vec![
                (
                    "signatures",
                    Val::Maps(vec![sig("p-analysis-director", d.saturating_add(1.day()))]),
                ),
                (
                    "reviews",
                    Val::Maps(vec![sig("tech-committee", d.saturating_add(3.days()))]),
                ),
                (
                    "attrs",
                    Val::Map(vec![("paid", s(d.saturating_add(10.days())))]),
                ),
            ],
        );
        for (i, (level, unit, signers)) in [
            ("staff", "workshop", vec!["p-hr-manager"]),
            (
                "supervisor",
                "workshop",
                vec!["p-workshop-head", "p-hr-manager"],
            ),
            ("manager", "production", vec!["p-hr-manager", "p-gm"]),
        ]
        .into_iter()
        .enumerate()
        {
            let d = self.day();
            let sigs = signers
                .iter()
                .enumerate()
                .map(|(k, by)| sig(by, d.saturating_add((k as i64 + 1).days())))
                .collect();
            self.request(
                format!("hire-{i}"),
                "hire",
                "p-hr-manager",
                d,
                vec![
                    ("level", s(level)),
                    ("unit", s(unit)),
                    ("signatures", Val::Maps(sigs)),
                ],
            );
        }
        let d = self.day();
        self.request(
            "tender-1".into(),
            "tender",
            "p-cs-manager",
            d,
            vec![("bidders", Val::N("4".into()))],
        );
        let d = self.day();
        self.request(
            "tender-2".into(),
            "tender",
            "p-cs-agent-1",
            d,
            vec![
                ("bidders", Val::N("1".into())),
                ("attrs", Val::Map(vec![("negotiated", Val::B(true))])),
                (
                    "signatures",
                    Val::Maps(vec![
                        sig("p-ops-director", d),
                        sig("p-gm", d.saturating_add(1.day())),
                    ]),
                ),
            ],
        );
        let d = self.day();
        self.request(
            "design-1".into(),
            "design-unit-selection",
            "p-admin-manager",
            d,
            vec![
                (
                    "signatures",
                    Val::Maps(vec![sig("p-chair", d.saturating_add(2.days()))]),
                ),
                (
                    "reviews",
                    Val::Maps(vec![sig("shareholders", d.saturating_add(9.days()))]),
                ),
                ("attrs", Val::Map(vec![("candidates", Val::N("3".into()))])),
            ],
        );
    }

    fn tickets(&mut self, teams: &[Team]) {
        let mut n = 0;
        let agents: Vec<String> = teams
            .iter()
            .flat_map(|t| t.members.iter().cloned())
            .collect();
        let count = (agents.len() * 3).max(6);
        for i in 0..count {
            n += 1;
            let d = self.day();
            let who = agents
                .get(i % agents.len().max(1))
                .cloned()
                .unwrap_or_else(|| "p-cs-agent-1".into());
            let hour = 9 + self.rng.below(8);
            let mut f = vec![
                ("id", s(format!("ticket-{n}"))),
                ("kind", s("service-request")),
                ("received", s(format!("{d}T{hour:02}:00"))),
                ("responded", s(format!("{d}T{:02}:30", hour + 1))),
                ("assignee", s(who)),
            ];
            if i % 5 == 0 {
                f.push((
                    "attrs",
                    Val::Map(vec![
                        (
                            "agreed_arrival",
                            s(format!("{}T14:00", d.saturating_add(1.day()))),
                        ),
                        ("on_site", s(format!("{}T13:30", d.saturating_add(1.day())))),
                    ]),
                ));
            }
            self.entries.push(e("tickets", f));
        }
        for i in 0..4 {
            let d = self.day();
            self.entries.push(e(
                "tickets",
                vec![
                    ("id", s(format!("customer-{i}"))),
                    ("kind", s("new-customer")),
                    ("received", s(format!("{d}T09:00"))),
                    ("assignee", s("p-cs-agent-2")),
                    (
                        "attrs",
                        Val::Map(vec![
                            ("accepted", s(format!("{d}T10:00"))),
                            (
                                "form_sent",
                                s(format!("{}T10:00", d.saturating_add(1.day()))),
                            ),
                            (
                                "archived",
                                s(format!("{}T15:00", d.saturating_add(1.day()))),
                            ),
                        ]),
                    ),
                ],
            ));
        }
    }

    /// Replaces the entry with `id` (in `collection`) by `f(entry)`.
    fn change(&mut self, collection: &str, id: &str, f: impl FnOnce(&mut Entry)) -> bool {
        let found = self.entries.iter_mut().find(|e| {
            e.collection == collection
                && e.fields
                    .iter()
                    .any(|(k, v)| *k == "id" && matches!(v, Val::S(x) if x == id))
        });
        match found {
            Some(entry) => {
                f(entry);
                true
            }
            None => false,
        }
    }

    /// Is this kind of gap wanted?
    fn wants(&self, check: &str) -> bool {
        match self.opts.gaps {
            Gaps::None => false,
            Gaps::Few => FEW.contains(&check),
            Gaps::All => true,
        }
    }

    fn expect(&mut self, check: &'static str, clause: &'static str, subject: impl ToString) {
        self.expected.push(Expected {
            check,
            clause,
            subject: subject.to_string(),
        });
    }

    /// One gap of each kind the built-in pack can find, each where it raises exactly the expected
    /// findings.
    fn gaps(&mut self, teams: &[Team]) {
        let set = |entry: &mut Entry, key: &'static str, value: Val| {
            entry.fields.retain(|(k, _)| *k != key);
            entry.fields.push((key, value));
        };
        let drop = |entry: &mut Entry, key: &'static str| entry.fields.retain(|(k, _)| *k != key);
        let year = self.opts.as_of.year();
        // missing-record: no training plan this year.
        if self.wants("missing-record") {
            let id = format!("training-{year}");
            self.entries.retain(|e| {
                !(e.collection == "plans"
                    && e.fields
                        .iter()
                        .any(|(k, v)| *k == "id" && matches!(v, Val::S(x) if *x == id)))
            });
            self.expect(
                "missing-record",
                "proc.annual-training-plan",
                format!("proc.annual-training-plan@{year}"),
            );
        }
        // late and out-of-window: two monthly plans handed in outside the month's last week.
        let m = self.opts.as_of.saturating_sub(3.months());
        let late = format!("mp-{}-{:02}", m.year(), m.month());
        if self.wants("late")
            && self.change("plans", &late, |e| {
                set(
                    e,
                    "submitted",
                    s(format!("{}-{:02}-03", m.year(), m.month())),
                )
            })
        {
            self.expect("late", "ops.monthly-plan", &late);
        }
        let m = self.opts.as_of.saturating_sub(5.months());
        let early = format!("mp-{}-{:02}", m.year(), m.month());
        let previous = m.saturating_sub(1.month());
        if self.wants("out-of-window")
            && self.change("plans", &early, |e| {
                set(
                    e,
                    "submitted",
                    s(format!("{}-{:02}-10", previous.year(), previous.month())),
                )
            })
        {
            self.expect("out-of-window", "ops.monthly-plan", &early);
        }
        // overdue: a service request never answered.
        if self.wants("overdue") {
            let d = self.opts.as_of.saturating_sub(10.days());
            self.entries.push(e(
                "tickets",
                vec![
                    ("id", s("ticket-unanswered")),
                    ("kind", s("service-request")),
                    ("received", s(format!("{d}T09:00"))),
                    ("assignee", s("p-cs-agent-1")),
                ],
            ));
            self.expect("overdue", "svc.response-24h", "ticket-unanswered");
        }
        // cadence: one weekly operations meeting skipped.
        let w = self.opts.as_of.saturating_sub(60.days());
        let wednesday = w
            .saturating_add(((3 - w.weekday().to_monday_one_offset() as i64).rem_euclid(7)).days());
        let skipped = format!("ops-{wednesday}");
        let keep = !self.wants("cadence");
        if !keep {
            let iso = wednesday.iso_week_date();
            self.expect(
                "cadence",
                "ops.weekly-meeting",
                format!("ops.weekly-meeting@{}-W{:02}", iso.year(), iso.week()),
            );
        }
        self.entries.retain(|e| {
            keep || !(e.collection == "meetings"
                && e.fields
                    .iter()
                    .any(|(k, v)| *k == "id" && matches!(v, Val::S(x) if *x == skipped)))
        });
        // wrong-party: an admin meeting chaired by the clerk.
        if self.wants("wrong-party") {
            let monday = wednesday.saturating_sub(2.days());
            let admin = format!("admin-{monday}");
            if self.change("meetings", &admin, |e| set(e, "chair", s("p-clerk"))) {
                self.expect("wrong-party", "office.weekly-admin-meeting", &admin);
            }
        }
        // The gaps on researchers' records.
        let Some(team) = teams.first() else {
            return;
        };
        let lead = team.lead.clone();
        let members = team.members.clone();
        let first = |prefix: &str, entries: &[Entry], member: &str| {
            entries
                .iter()
                .filter(|e| e.collection == "requests")
                .filter(|e| {
                    e.fields
                        .iter()
                        .any(|(k, v)| *k == "requested_by" && matches!(v, Val::S(x) if x == member))
                })
                .find_map(|e| {
                    e.fields.iter().find_map(|(k, v)| match v {
                        Val::S(x) if *k == "id" && x.starts_with(prefix) => Some(x.clone()),
                        _ => None,
                    })
                })
        };
        if let Some(member) = members.first().cloned() {
            // out-of-sequence: paid before the goods were accepted.
            if let Some(id) =
                first("purchase-", &self.entries, &member).filter(|_| self.wants("out-of-sequence"))
            {
                let accepted = self
                    .entries
                    .iter()
                    .find(|e| {
                        e.fields
                            .iter()
                            .any(|(k, v)| *k == "id" && matches!(v, Val::S(x) if *x == id))
                    })
                    .and_then(|e| {
                        e.fields.iter().find_map(|(k, v)| match (k, v) {
                            (&"attrs", Val::Map(a)) => a.iter().find_map(|(k, v)| match v {
                                Val::S(x) if *k == "accepted" => Some(x.clone()),
                                _ => None,
                            }),
                            _ => None,
                        })
                    });
                if let Some(accepted) = accepted.and_then(|a| crate::time::parse_date(&a).ok()) {
                    self.change("requests", &id, |e| {
                        if let Some((_, Val::Map(attrs))) =
                            e.fields.iter_mut().find(|(k, _)| *k == "attrs")
                        {
                            attrs.retain(|(k, _)| *k != "paid");
                            attrs.push(("paid", s(accepted.saturating_sub(2.days()))));
                        }
                    });
                    self.expect("out-of-sequence", "proc.pay-after-acceptance", &id);
                }
            }
            // unauthorized-approver: a colleague signed the leave as the team lead.
            if let (Some(id), Some(colleague), true) = (
                first("leave-", &self.entries, &member),
                members.get(1).cloned(),
                self.wants("unauthorized-approver"),
            ) {
                let role = format!("team-lead-{}", team.unit.trim_start_matches("team-"));
                self.change("requests", &id, |e| {
                    if let Some((_, Val::Maps(sigs))) =
                        e.fields.iter_mut().find(|(k, _)| *k == "signatures")
                    {
                        for s_ in sigs.iter_mut() {
                            s_.retain(|(k, _)| *k != "by");
                            s_.push(("by", s(&colleague)));
                            s_.push(("as", s(&role)));
                        }
                    }
                });
                self.expect("unauthorized-approver", "ops.leave-approval", &id);
            }
        }
        if let Some(member) = members.get(2).cloned() {
            // missing-approver: the 总经理 never signed a purchase.
            if let Some(id) = first("purchase-", &self.entries, &member)
                .filter(|_| self.wants("missing-approver"))
            {
                self.change("requests", &id, |e| {
                    if let Some((_, Val::Maps(sigs))) =
                        e.fields.iter_mut().find(|(k, _)| *k == "signatures")
                    {
                        sigs.retain(|s_| {
                            !s_.iter()
                                .any(|(k, v)| *k == "by" && matches!(v, Val::S(x) if x == "p-gm"))
                        });
                    }
                });
                self.expect("missing-approver", "research.purchase-approval", &id);
            }
        }
        if let Some(member) = members.get(3).cloned() {
            // approval-order: the 总经理 signed before the 业务院长.
            if let Some(id) =
                first("purchase-", &self.entries, &member).filter(|_| self.wants("approval-order"))
            {
                self.change("requests", &id, |e| {
                    if let Some((_, Val::Maps(sigs))) =
                        e.fields.iter_mut().find(|(k, _)| *k == "signatures")
                    {
                        sigs.swap(1, 2);
                        let (a, b) = (
                            sigs[1].iter().position(|(k, _)| *k == "at"),
                            sigs[2].iter().position(|(k, _)| *k == "at"),
                        );
                        if let (Some(a), Some(b)) = (a, b) {
                            let ta = sigs[1][a].1.clone();
                            sigs[1][a].1 = sigs[2][b].1.clone();
                            sigs[2][b].1 = ta;
                        }
                    }
                });
                self.expect("approval-order", "research.purchase-approval", &id);
            }
        }
        // self-approval: the team lead's own purchase, signed by the lead as department head.
        if self.wants("self-approval") {
            let d = self.day();
            self.request(
                "purchase-by-lead".into(),
                "purchase",
                &lead,
                d,
                vec![(
                    "signatures",
                    Val::Maps(vec![
                        sig(&lead, d),
                        sig("p-business-dean", d.saturating_add(1.day())),
                        sig("p-gm", d.saturating_add(2.days())),
                    ]),
                )],
            );
            self.expect(
                "self-approval",
                "research.purchase-approval",
                "purchase-by-lead",
            );
        }
        // missing-review: a budget adjustment finance never saw.
        if self.wants("missing-review") {
            self.change("requests", "budget-adjust-1", |e| drop(e, "reviews"));
            self.expect(
                "missing-review",
                "proc.budget-adjustment",
                "budget-adjust-1",
            );
        }
        // insufficient-count: a tender with two bidders.
        if self.wants("insufficient-count") {
            self.change("requests", "tender-1", |e| {
                set(e, "bidders", Val::N("2".into()))
            });
            self.expect("insufficient-count", "proc.tender-bidders", "tender-1");
        }
        // invalid-delegation: the deputy's delegation authorized by the 总经理, not the 总裁.
        if self.wants("invalid-delegation") {
            self.change("delegations", "d-ops-summer", |e| {
                set(e, "authorized_by", s("p-gm"))
            });
            self.expect("invalid-delegation", "ops.deputy-acting", "d-ops-summer");
        }
        // vacant-role: the production deputy left.
        if self.wants("vacant-role") {
            let left = self.opts.as_of.saturating_sub(30.days());
            self.change("people", "p-prod-deputy", |e| {
                set(e, "status", s("left"));
                set(e, "left_on", s(left));
            });
            self.expect("vacant-role", "prod.leadership", "prod-deputy");
        }
        // term-expired: a board member appointed four years ago.
        if self.wants("term-expired") {
            let appointed = self.opts.as_of.saturating_sub(4.years());
            self.entries.push(e(
                "people",
                vec![
                    ("id", s("p-board-old")),
                    ("name", s("董旧")),
                    (
                        "roles",
                        Val::Maps(vec![vec![
                            ("role", s("board-member")),
                            ("since", s(appointed)),
                        ]]),
                    ),
                ],
            ));
            self.expect("term-expired", "soe.board-term", "p-board-old");
        }
        // over-headcount: a fourth person in 客服部 (over the unit's three, and over the agents' two seats).
        if self.wants("over-headcount") {
            self.entries.push(e(
                "people",
                vec![
                    ("id", s("p-cs-agent-3")),
                    ("name", s("新客服")),
                    ("roles", Val::List(vec!["cs-agent".into()])),
                ],
            ));
            self.expect("over-headcount", "cs.headcount", "cs");
            self.expect("over-headcount", "org.role-seats", "cs-agent");
        }
        // unit-without-head: a new project group with no head yet.
        if self.wants("unit-without-head") {
            self.entries.push(e(
                "units",
                vec![
                    ("id", s("new-project")),
                    ("name", s("新项目组")),
                    ("parent", s("research")),
                ],
            ));
            self.expect("unit-without-head", "org.unit-heads", "new-project");
        }
        // no-manager: an intern with no role and no manager.
        if self.wants("no-manager") {
            self.entries.push(e(
                "people",
                vec![("id", s("p-intern")), ("name", s("实习生"))],
            ));
            self.expect("no-manager", "org.reporting-lines", "p-intern");
        }
        // reporting-cycle: two advisers who name each other as manager.
        if self.wants("reporting-cycle") {
            self.entries.push(e(
                "people",
                vec![
                    ("id", s("p-adviser-a")),
                    ("name", s("顾问甲")),
                    ("manager", s("p-adviser-b")),
                ],
            ));
            self.entries.push(e(
                "people",
                vec![
                    ("id", s("p-adviser-b")),
                    ("name", s("顾问乙")),
                    ("manager", s("p-adviser-a")),
                ],
            ));
            self.expect("reporting-cycle", "org.reporting-lines", "p-adviser-a");
            self.expect("reporting-cycle", "org.reporting-lines", "p-adviser-b");
        }
    }
}

// ───────────────────────────── Files ─────────────────────────────

/// `records/tickets.csv`, or `records/tickets.003.csv` when a collection takes several files.
fn part(base: &str, ext: &str, i: usize, parts: usize) -> String {
    if parts > 1 {
        format!("{base}.{i:03}.{ext}")
    } else {
        format!("{base}.{ext}")
    }
}

/// Spreads the entries over files in all four formats.
fn layout(entries: &[Entry], chunk: usize) -> Vec<(String, String)> {
    let chunk = chunk.max(1);
    let of = |collection: &str| {
        entries
            .iter()
            .filter(|e| e.collection == collection)
            .cloned()
            .collect::<Vec<_>>()
    };
    let mut files = Vec::new();
    files.push((
        "org/units.toml".to_string(),
        toml_file("units", &of("units")),
    ));
    files.push((
        "org/roles.yaml".to_string(),
        yaml_file(&[("roles", of("roles"))]),
    ));
    // People with dated holdings or other maps stay in YAML; the rest go to CSV.
    let people = of("people");
    let (plain, dated): (Vec<Entry>, Vec<Entry>) = people.into_iter().partition(|e| {
        e.fields
            .iter()
            .all(|(_, v)| !matches!(v, Val::Maps(_) | Val::Map(_)))
    });
    let parts = plain.len().div_ceil(chunk);
    for (i, people) in plain.chunks(chunk).enumerate() {
        files.push((
            part("org/people", "csv", i, parts),
            csv_file(
                people,
                &["id", "name", "roles", "manager", "status", "left_on"],
            ),
        ));
    }
    files.push((
        "org/people-dated.yaml".to_string(),
        yaml_file(&[("people", dated)]),
    ));
    files.push((
        "org/governance.json".to_string(),
        json_file(&[("bodies", of("bodies")), ("delegations", of("delegations"))]),
    ));
    files.push((
        "records/plans.yaml".to_string(),
        yaml_file(&[("plans", of("plans"))]),
    ));
    let meetings = of("meetings");
    let parts = meetings.len().div_ceil(chunk);
    for (i, group) in meetings.chunks(chunk).enumerate() {
        files.push((
            part("records/meetings", "json", i, parts),
            json_file(&[("meetings", group.to_vec())]),
        ));
    }
    files.push((
        "records/reports.toml".to_string(),
        toml_file("reports", &of("reports")),
    ));
    // Requests: the simple ones in CSV with their signatures in signatures.csv, the rest in YAML.
    let requests = of("requests");
    let (simple, rich): (Vec<Entry>, Vec<Entry>) = requests.into_iter().partition(|e| {
        e.fields
            .iter()
            .all(|(k, v)| *k == "signatures" || !matches!(v, Val::Maps(_) | Val::Map(_)))
            && e.fields.iter().any(|(k, _)| *k == "signatures")
    });
    let parts = simple.len().div_ceil(chunk);
    for (i, group) in simple.chunks(chunk).enumerate() {
        files.push((
            part("records/requests", "csv", i, parts),
            csv_file(
                group,
                &[
                    "id",
                    "kind",
                    "requested_by",
                    "requested_at",
                    "amount",
                    "level",
                    "unit",
                    "bidders",
                ],
            ),
        ));
        files.push((
            part("records/signatures", "csv", i, parts),
            signatures_csv(group),
        ));
    }
    let parts = rich.len().div_ceil(chunk);
    for (i, group) in rich.chunks(chunk).enumerate() {
        files.push((
            part("records/requests", "yaml", i, parts),
            yaml_file(&[("requests", group.to_vec())]),
        ));
    }
    let tickets = of("tickets");
    let (plain, rich): (Vec<Entry>, Vec<Entry>) = tickets
        .into_iter()
        .partition(|e| e.fields.iter().all(|(_, v)| !matches!(v, Val::Map(_))));
    let parts = plain.len().div_ceil(chunk);
    for (i, group) in plain.chunks(chunk).enumerate() {
        files.push((
            part("records/tickets", "csv", i, parts),
            csv_file(
                group,
                &[
                    "id",
                    "kind",
                    "received",
                    "responded",
                    "resolved",
                    "assignee",
                ],
            ),
        ));
    }
    files.push((
        "records/tickets-visits.yaml".to_string(),
        yaml_file(&[("tickets", rich)]),
    ));
    files
}

fn scalar_yaml(v: &Val) -> String {
    match v {
        Val::S(x) => x.clone(),
        Val::N(x) => x.clone(),
        Val::B(b) => b.to_string(),
        Val::List(items) => format!("[{}]", items.join(", ")),
        Val::Map(fields) => format!(
            "{{{}}}",
            fields
                .iter()
                .map(|(k, v)| format!("{k}: {}", scalar_yaml(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Val::Maps(maps) => format!(
            "[{}]",
            maps.iter()
                .map(|m| scalar_yaml(&Val::Map(m.clone())))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn yaml_file(collections: &[(&str, Vec<Entry>)]) -> String {
    let mut out = String::from("# Generated by `cargo run --example gen`.\n");
    for (name, entries) in collections {
        let _ = writeln!(out, "{name}:");
        for entry in entries {
            let fields: Vec<String> = entry
                .fields
                .iter()
                .map(|(k, v)| format!("{k}: {}", scalar_yaml(v)))
                .collect();
            let _ = writeln!(out, "  - {{{}}}", fields.join(", "));
        }
    }
    out
}

fn json_value(v: &Val) -> String {
    match v {
        Val::S(x) => serde_json::to_string(x).unwrap_or_default(),
        Val::N(x) => x.clone(),
        Val::B(b) => b.to_string(),
        Val::List(items) => format!(
            "[{}]",
            items
                .iter()
                .map(|i| serde_json::to_string(i).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Val::Map(fields) => format!(
            "{{{}}}",
            fields
                .iter()
                .map(|(k, v)| format!("\"{k}\": {}", json_value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Val::Maps(maps) => format!(
            "[{}]",
            maps.iter()
                .map(|m| json_value(&Val::Map(m.clone())))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn json_file(collections: &[(&str, Vec<Entry>)]) -> String {
    let parts: Vec<String> = collections
        .iter()
        .map(|(name, entries)| {
            let items: Vec<String> = entries
                .iter()
                .map(|e| format!("    {}", json_value(&Val::Map(e.fields.clone()))))
                .collect();
            format!("  \"{name}\": [\n{}\n  ]", items.join(",\n"))
        })
        .collect();
    format!("{{\n{}\n}}\n", parts.join(",\n"))
}

fn toml_value(v: &Val) -> String {
    match v {
        Val::Map(fields) => format!(
            "{{ {} }}",
            fields
                .iter()
                .map(|(k, v)| format!("{k} = {}", toml_value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Val::Maps(maps) => format!(
            "[{}]",
            maps.iter()
                .map(|m| toml_value(&Val::Map(m.clone())))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => json_value(other),
    }
}

fn toml_file(name: &str, entries: &[Entry]) -> String {
    let mut out = String::from("# Generated by `cargo run --example gen`.\n");
    for entry in entries {
        let _ = writeln!(out, "\n[[{name}]]");
        for (k, v) in &entry.fields {
            let _ = writeln!(out, "{k} = {}", toml_value(v));
        }
    }
    out
}

fn csv_cell(v: Option<&Val>) -> String {
    let text = match v {
        None => String::new(),
        Some(Val::List(items)) => items.join(";"),
        Some(v) => scalar_yaml(v),
    };
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn csv_file(entries: &[Entry], columns: &[&str]) -> String {
    let used: Vec<&&str> = columns
        .iter()
        .filter(|c| {
            entries
                .iter()
                .any(|e| e.fields.iter().any(|(k, _)| k == *c))
        })
        .collect();
    let mut out = used
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for entry in entries {
        let row: Vec<String> = used
            .iter()
            .map(|c| csv_cell(entry.fields.iter().find(|(k, _)| k == *c).map(|(_, v)| v)))
            .collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

fn signatures_csv(entries: &[Entry]) -> String {
    let mut out = String::from("record,seq,by,as,at\n");
    for entry in entries {
        let id = entry.fields.iter().find_map(|(k, v)| match v {
            Val::S(x) if *k == "id" => Some(x.clone()),
            _ => None,
        });
        let Some(id) = id else { continue };
        if let Some((_, Val::Maps(sigs))) = entry.fields.iter().find(|(k, _)| *k == "signatures") {
            for (i, sig) in sigs.iter().enumerate() {
                let get = |key: &str| csv_cell(sig.iter().find(|(k, _)| *k == key).map(|(_, v)| v));
                let _ = writeln!(
                    out,
                    "{id},{},{},{},{}",
                    i + 1,
                    get("by"),
                    get("as"),
                    get("at")
                );
            }
        }
    }
    out
}
