//! A synthetic company in zhidu's data format, compliant with the built-in pack over one year, with
//! a known set of injected gaps. Used for the example data (`fixtures/example`), the test that
//! every injected gap is found and nothing else, and the benchmarks (`cargo run --release
//! --example gen -- --people N`).
//!
//! The company: the leadership and departments the pack names, plus research teams of eight
//! (a lead and seven researchers) until it has the people asked for. Each researcher files about
//! ten records a year (leave, purchases, tickets, samples, outside tests). Files are spread over
//! YAML, JSON, TOML and CSV, and large collections are split into several files; or, as OA
//! systems export, one file per collection ([`Layout`]), JSON on a single line, with Chinese
//! record ids and texts ([`Options::cjk`]).

// The generator builds spans from small constants of its own, never from input.
#![allow(clippy::disallowed_methods)]

mod files;
mod gaps;
mod org;
mod records;

pub use crate::diagnostic::Check;
pub use files::Layout;
use files::layout;
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

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
    /// Entries per file before a collection is split (in the mixed layout).
    pub chunk: usize,
    pub layout: Layout,
    /// Record ids in Chinese (`采购-12`) and a Chinese reason on requests and tickets, as
    /// exports from Chinese OA systems carry them.
    pub cjk: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            people: 40,
            seed: 7,
            as_of: Date::new(2026, 11, 20).unwrap_or(Date::MIN),
            gaps: Gaps::All,
            chunk: 20_000,
            layout: Layout::Mixed,
            cjk: false,
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
const FEW: &[Check] = &[
    Check::MissingRecord,
    Check::Late,
    Check::Overdue,
    Check::MissingApprover,
    Check::Cadence,
    Check::InvalidDelegation,
    Check::VacantRole,
    Check::SelfApproval,
];

/// A finding the generated data must produce.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Expected {
    pub check: Check,
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
    if opts.cjk {
        b.chinese();
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
        files: layout(&b.entries, opts.layout, opts.chunk),
        expected: b.expected,
        records,
    }
}

/// Record id prefixes and their Chinese, as OA systems number their forms.
const CHINESE_IDS: &[(&str, &str)] = &[
    ("leave-", "请假-"),
    ("purchase-", "采购-"),
    ("sample-", "检样-"),
    ("external-test-", "外检-"),
    ("hire-", "招聘-"),
    ("ticket-", "工单-"),
    ("customer-", "客户建档-"),
];

/// Reasons written on requests and tickets (`attrs.事由`).
const REASONS: &[&str] = &[
    "因项目进度需要采购实验耗材一批",
    "家中有事需请假处理个人事务",
    "客户来电反映设备运行异常需上门检修",
    "季度检测任务需委托外部机构测试",
    "新产品中试阶段需补充分析人员",
];

impl Builder {
    /// Chinese record ids, and a reason on every request and ticket.
    fn chinese(&mut self) {
        let rename = |id: &str| {
            CHINESE_IDS
                .iter()
                .find_map(|(en, zh)| id.strip_prefix(en).map(|rest| format!("{zh}{rest}")))
        };
        for (i, entry) in self.entries.iter_mut().enumerate() {
            if !matches!(entry.collection, "requests" | "tickets") {
                continue;
            }
            for (k, v) in entry.fields.iter_mut() {
                if let (true, Val::S(id)) = (*k == "id", &*v)
                    && let Some(renamed) = rename(id)
                {
                    *v = Val::S(renamed);
                }
            }
            let reason = s(REASONS[i % REASONS.len()]);
            match entry.fields.iter_mut().find(|(k, _)| *k == "attrs") {
                Some((_, Val::Map(attrs))) => attrs.push(("事由", reason)),
                _ => entry
                    .fields
                    .push(("attrs", Val::Map(vec![("事由", reason)]))),
            }
        }
        for e in &mut self.expected {
            if let Some(renamed) = rename(&e.subject) {
                e.subject = renamed;
            }
        }
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
    fn wants(&self, check: Check) -> bool {
        match self.opts.gaps {
            Gaps::None => false,
            Gaps::Few => FEW.contains(&check),
            Gaps::All => true,
        }
    }

    fn expect(&mut self, check: Check, clause: &'static str, subject: impl ToString) {
        self.expected.push(Expected {
            check,
            clause,
            subject: subject.to_string(),
        });
    }
}
