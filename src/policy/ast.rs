//! The typed syntax tree of a policy file.
//!
//! One node type per grammar construct; every node that a diagnostic may point at is wrapped in
//! [`Spanned`]. Equality ignores spans, so `parse(fmt(x)) == parse(x)` is a plain `==` (the
//! formatter's round-trip property). Comments and blank lines are part of the tree because `fmt`
//! keeps them.

use crate::diagnostic::Severity;
use crate::source::Span;
use crate::vocab::{Collection, Level, NameKind, PeriodUnit, PersonField};
use std::fmt;

/// A node and the bytes it came from. Two `Spanned` values are equal when their nodes are,
/// wherever they sit in the file.
#[derive(Clone, Debug)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: Span) -> Self {
        Spanned { node, span }
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.node == other.node
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.node
    }
}

/// A whole policy file.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct File {
    pub items: Vec<Spanned<Item>>,
}

/// One top-level line or block, with the layout `fmt` keeps around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    /// At least one empty line came before it.
    pub blank_before: bool,
    pub trailing_comment: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    Comment(String),
    Namespace(Spanned<String>),
    /// `pack NAME "documents"`.
    Pack {
        name: Spanned<String>,
        documents: Option<Spanned<String>>,
    },
    Source(Spanned<String>),
    Include(Spanned<String>),
    /// `waivable by PARTY`: the file's default waiver authority.
    Waivable(Spanned<Party>),
    Name(NameDecl),
    Clause(Clause),
}

/// `role 总裁 aka President`.
#[derive(Clone, Debug, PartialEq)]
pub struct NameDecl {
    pub kind: NameKind,
    pub name: Spanned<String>,
    pub aliases: Vec<Spanned<String>>,
}

/// A clause: one duty of a regulation.
#[derive(Clone, Debug, PartialEq)]
pub struct Clause {
    pub kind: Spanned<ClauseKind>,
    pub name: Spanned<String>,
    pub title: Option<Spanned<String>>,
    pub header_comment: Option<String>,
    pub body: Vec<Spanned<Line>>,
    pub close_comment: Option<String>,
    /// The file ended before the closing `}`.
    pub unclosed: bool,
    /// Some lines of the body did not parse (and were reported): what is missing may be in them.
    pub recovered: bool,
}

/// What a clause binds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClauseKind {
    Plan,
    Request,
    Meeting,
    Report,
    Ticket,
    Org,
    Delegation,
    Limits,
}

impl ClauseKind {
    pub const ALL: [ClauseKind; 8] = [
        ClauseKind::Plan,
        ClauseKind::Request,
        ClauseKind::Meeting,
        ClauseKind::Report,
        ClauseKind::Ticket,
        ClauseKind::Org,
        ClauseKind::Delegation,
        ClauseKind::Limits,
    ];

    pub fn keyword(self) -> &'static str {
        match self {
            ClauseKind::Plan => "plan",
            ClauseKind::Request => "request",
            ClauseKind::Meeting => "meeting",
            ClauseKind::Report => "report",
            ClauseKind::Ticket => "ticket",
            ClauseKind::Org => "org",
            ClauseKind::Delegation => "delegation",
            ClauseKind::Limits => "limits",
        }
    }

    /// The record collection a clause binds to: its own for record clauses, requests for an
    /// authority table (the amounts it limits are requested), none for org and delegations.
    pub fn collection(self) -> Option<Collection> {
        match self {
            ClauseKind::Plan => Some(Collection::Plans),
            ClauseKind::Request | ClauseKind::Limits => Some(Collection::Requests),
            ClauseKind::Meeting => Some(Collection::Meetings),
            ClauseKind::Report => Some(Collection::Reports),
            ClauseKind::Ticket => Some(Collection::Tickets),
            ClauseKind::Org | ClauseKind::Delegation => None,
        }
    }
}

/// One line of a clause body.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub kind: LineKind,
    pub blank_before: bool,
    pub trailing_comment: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LineKind {
    Comment(String),
    Statement(Statement),
    When(WhenBlock),
}

/// `per department [under role X]`: a duty each department owes on its own.
#[derive(Clone, Debug, PartialEq)]
pub struct PerParty {
    /// Only the departments whose head reports to this role.
    pub under: Option<Spanned<String>>,
}

/// `when <condition> { … }`.
#[derive(Clone, Debug, PartialEq)]
pub struct WhenBlock {
    pub condition: Spanned<Cond>,
    pub header_comment: Option<String>,
    pub body: Vec<Spanned<Line>>,
    pub close_comment: Option<String>,
    pub unclosed: bool,
}

/// Every statement of the language.
#[derive(Clone, Debug, PartialEq)]
pub enum Statement {
    Cite {
        article: Spanned<String>,
        document: Option<Spanned<String>>,
    },
    /// `severity warning`, with the reason when it departs from the regulation's word.
    Severity {
        level: Spanned<Severity>,
        because: Option<Spanned<String>>,
    },
    /// `words "必须"`: the regulation's own modal word for the duty.
    Words(Spanned<String>),
    /// `strict`: deadlines and slots are not moved off rest days.
    Strict,
    /// `waivable by PARTY`: who may approve a waiver of the clause.
    Waivable(Spanned<Party>),
    Param {
        name: Spanned<String>,
        value: Spanned<ParamValue>,
        description: Option<Spanned<String>>,
    },
    Kind(KindSel),
    When(Spanned<Cond>),
    Exists {
        every: Spanned<PeriodUnit>,
        per: Option<Spanned<PerParty>>,
        due: Option<Spanned<DateExpr>>,
        /// `missing after …` rather than `by …`: absence only, never late.
        lenient: bool,
    },
    Every {
        cadence: Spanned<Cadence>,
        per: Option<Spanned<PerParty>>,
        due: Option<Spanned<DateExpr>>,
    },
    AtLeast {
        count: Spanned<u32>,
        per: Spanned<PeriodUnit>,
    },
    Gap {
        max: Spanned<DurationExpr>,
    },
    Signed(Chain),
    Reviewed(Chain),
    SignedBefore(Spanned<OrderTarget>),
    ReviewedBefore(Spanned<OrderTarget>),
    SignersDistinct,
    SignersExclude(Spanned<PersonField>),
    Delegation {
        delegate: Spanned<String>,
        principal: Spanned<String>,
        authorizer: Option<Spanned<Party>>,
    },
    NotCombined(Vec<Spanned<String>>),
    /// `unit 客服部 exists [under unit X]`.
    OrgExists {
        kind: NameKind,
        name: Spanned<String>,
        under: Option<Spanned<String>>,
    },
    /// `unit 战略发展部 has posts "…", "…"`.
    UnitPosts {
        unit: Spanned<String>,
        posts: Vec<Spanned<String>>,
    },
    /// `head of unit X reports to role Y` (`head_of`), `role X reports to role Y`.
    ReportsTo {
        head_of: bool,
        name: Spanned<String>,
        to: Spanned<String>,
    },
    /// `body X chaired by role Y`.
    BodyChair {
        body: Spanned<String>,
        chair: Spanned<String>,
    },
    /// `body X includes role Y, head of unit Z [where held]`.
    BodyMembers {
        body: Spanned<String>,
        members: Vec<Member>,
        where_held: bool,
    },
    Filled {
        role: Spanned<String>,
        count: Option<Spanned<HolderCount>>,
    },
    Headcount {
        unit: Spanned<String>,
        max: Spanned<u32>,
    },
    Term {
        length: Spanned<DurationExpr>,
        target: Spanned<TermTarget>,
    },
    EveryUnitHasHead,
    EveryPersonHasManager,
    EveryRoleWithinSeats,
    NoReportingCycles,
    LimitRow {
        band: Spanned<Band>,
        party: Spanned<Party>,
    },
    Field {
        field: Spanned<FieldPath>,
        rule: Spanned<FieldRule>,
    },
}

/// The default value of a parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum ParamValue {
    Duration(Duration),
    Date(Date),
    MonthDay(MonthDay),
    Amount(Amount),
    /// Nothing: the statements using it are off (a limit the regulation does not set).
    None,
    /// Record kinds (`kind param kinds`).
    Kinds(Vec<String>),
}

/// `kind a, b` or `kind any`.
#[derive(Clone, Debug, PartialEq)]
pub enum KindSel {
    Any,
    Kinds(Vec<Spanned<String>>),
    /// `kind param kinds`: the kinds a list parameter holds.
    Param(Spanned<String>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    pub fn keyword(self) -> &'static str {
        match self {
            Weekday::Monday => "monday",
            Weekday::Tuesday => "tuesday",
            Weekday::Wednesday => "wednesday",
            Weekday::Thursday => "thursday",
            Weekday::Friday => "friday",
            Weekday::Saturday => "saturday",
            Weekday::Sunday => "sunday",
        }
    }

    /// Monday = 1 … Sunday = 7 (ISO 8601).
    pub fn number(self) -> i8 {
        match self {
            Weekday::Monday => 1,
            Weekday::Tuesday => 2,
            Weekday::Wednesday => 3,
            Weekday::Thursday => 4,
            Weekday::Friday => 5,
            Weekday::Saturday => 6,
            Weekday::Sunday => 7,
        }
    }
}

/// `first` … `fifth`, `last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ordinal {
    Nth(u8),
    Last,
}

/// The slots of a recurring duty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cadence {
    /// Any day within each period.
    Unit(PeriodUnit),
    /// Every given weekday.
    Weekday(Weekday),
    /// `first monday of month`.
    NthWeekday(Ordinal, Weekday),
    /// `last day of month`.
    LastDayOfMonth,
    /// `day 25 of month`.
    DayOfMonth(u8),
}

/// A month and day without a year: `12-20`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MonthDay {
    pub month: u8,
    pub day: u8,
}

/// A calendar date as written: `2026-12-20`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: i16,
    pub month: u8,
    pub day: u8,
}

/// A period relative to the record's: `previous year`, `month`, `period`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PeriodRef {
    /// -1 for `previous`, +1 for `next`.
    pub shift: i8,
    /// `None` is the record's own period, whatever its unit.
    pub unit: Option<PeriodUnit>,
}

/// A day computed from the record's period.
#[derive(Clone, Debug, PartialEq)]
pub struct DateExpr {
    pub anchor: Spanned<Anchor>,
    pub offset: Option<(Sign, Spanned<DurationExpr>)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sign {
    Plus,
    Minus,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Anchor {
    /// `start of month` (`start: true`) or `end of previous year`.
    Edge { start: bool, of: PeriodRef },
    /// `day 25 of month`.
    Day { day: u8, of: Option<PeriodRef> },
    /// `saturday of week`.
    Weekday {
        weekday: Weekday,
        of: Option<PeriodRef>,
    },
    /// `11-20 of previous year`.
    MonthDay {
        date: MonthDay,
        of: Option<PeriodRef>,
    },
    /// `2026-12-20`.
    Date(Date),
    /// A parameter holding a month-day: `deadline of next year`.
    Param { name: String, of: Option<PeriodRef> },
}

/// A duration written out, or a parameter holding one.
#[derive(Clone, Debug, PartialEq)]
pub enum DurationExpr {
    Literal(Duration),
    Param(String),
}

/// A span of time as written: `24h`, `3 working days`, `3个月`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Duration {
    pub amount: u32,
    pub unit: DurationUnit,
    /// Written with a Chinese unit; `fmt` keeps the language.
    pub chinese: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DurationUnit {
    Minutes,
    Hours,
    Days,
    WorkingDays,
    Weeks,
    Months,
    Years,
}

/// An amount of money as written: `5万`, `50000 CNY`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Amount {
    /// The digits as written, e.g. `48000.50`.
    pub digits: String,
    pub scale: Option<Scale>,
    pub currency: Option<String>,
}

/// A Chinese magnitude suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scale {
    Thousand,
    TenThousand,
    HundredMillion,
}

impl Scale {
    pub fn symbol(self) -> &'static str {
        match self {
            Scale::Thousand => "千",
            Scale::TenThousand => "万",
            Scale::HundredMillion => "亿",
        }
    }

    pub fn factor(self) -> i128 {
        match self {
            Scale::Thousand => 1_000,
            Scale::TenThousand => 10_000,
            Scale::HundredMillion => 100_000_000,
        }
    }
}

/// An ordered (`then`) or unordered (`and`) list of required signers or reviewers.
#[derive(Clone, Debug, PartialEq)]
pub struct Chain {
    pub steps: Vec<Spanned<Step>>,
    /// The words between steps; `links.len() == steps.len() - 1`.
    pub links: Vec<Spanned<Link>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    Then,
    And,
}

/// One required signer; `last` means no signature may follow it.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub party: Spanned<Party>,
    /// `unless requester`: not needed when the person in that field is the party.
    pub unless: Option<PersonField>,
    pub last: bool,
}

/// Who signs, reviews, chairs or receives.
#[derive(Clone, Debug, PartialEq)]
pub enum Party {
    /// 部门负责人: whoever holds the unit's head position.
    Head(UnitRef),
    /// 分管领导: the executive overseeing the unit.
    Overseer(UnitRef),
    /// 直属领导: the direct superior of the person in a field.
    Superior(PersonField),
    Role(Spanned<String>),
    Body(Spanned<String>),
    Unit(Spanned<String>),
    Person(Spanned<String>),
    /// `role 产品生产部经理 or role 产品生产部副经理`: any one of them will do.
    Either(Vec<Spanned<Party>>),
}

/// A unit named outright or taken from a person on the record.
#[derive(Clone, Debug, PartialEq)]
pub enum UnitRef {
    Named(Spanned<String>),
    Of(PersonField),
    /// `any unit`: whichever unit (`head of any unit`).
    Any,
}

/// A member a body must include.
#[derive(Clone, Debug, PartialEq)]
pub enum Member {
    Role(Spanned<String>),
    /// The head of a unit.
    HeadOf(Spanned<String>),
}

/// What `signed before` / `reviewed before` compares with.
#[derive(Clone, Debug, PartialEq)]
pub enum OrderTarget {
    Signed,
    Reviewed,
    Field(FieldPath),
}

/// How many people must hold a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolderCount {
    Exactly(u32),
    AtLeast(u32),
    AtMost(u32),
}

/// Whose holdings a term applies to.
#[derive(Clone, Debug, PartialEq)]
pub enum TermTarget {
    Level(Level),
    Role(Spanned<String>),
}

/// The amounts a row of an authority table covers: `over lower up to upper`.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub over: Option<Spanned<Amount>>,
    pub up_to: Option<Spanned<Amount>>,
}

/// A dotted record field: `submitted`, `minutes.filed`, `attrs.reserved_at`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldPath(pub String);

impl FieldPath {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a field statement requires.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldRule {
    /// `by <date>`.
    Deadline(Spanned<DateExpr>),
    /// `from <date> [to <date>]`.
    Window {
        from: Spanned<DateExpr>,
        to: Option<Spanned<DateExpr>>,
    },
    /// `in last 7 days of previous month` (`first: false`).
    LastDays {
        first: bool,
        days: Spanned<u32>,
        of: Spanned<PeriodRef>,
    },
    /// `within 24h after received`.
    Offset {
        within: Spanned<DurationExpr>,
        relation: Relation,
        other: Spanned<FieldPath>,
    },
    /// `at least 2 days before held`.
    Margin {
        margin: Spanned<DurationExpr>,
        relation: Relation,
        other: Spanned<FieldPath>,
    },
    /// `[not] before attrs.accepted`.
    Order {
        negated: bool,
        relation: Relation,
        other: Spanned<FieldPath>,
    },
    /// `missing after <date>`: absent once the day has passed; never late.
    MissingAfter(Spanned<DateExpr>),
    /// `by next <kind> <collection>`: absent once the next such record has taken place.
    ByNext {
        kind: Spanned<String>,
        collection: ClauseKind,
    },
    /// `is role 运营总监`.
    Is(Spanned<Party>),
    /// `is A and B`: every one of them is named (a list of recipients).
    IsAll(Vec<Spanned<Party>>),
    /// `at least 3 [unless …]` / `at most 3`.
    Count {
        at_least: bool,
        count: Spanned<u32>,
        unless: Option<Spanned<Cond>>,
    },
    /// `between 2 and 3 [unless …]`.
    Range {
        min: Spanned<u32>,
        max: Spanned<u32>,
        unless: Option<Spanned<Cond>>,
    },
}

/// How two times relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Relation {
    Before,
    After,
    /// Either side (a tolerance).
    Around,
}

/// A condition on a record.
#[derive(Clone, Debug, PartialEq)]
pub enum Cond {
    Or(Vec<Cond>),
    And(Vec<Cond>),
    Not(Box<Cond>),
    /// Parentheses, kept so that `fmt` writes them back.
    Group(Box<Cond>),
    Compare {
        field: Spanned<FieldPath>,
        op: CmpOp,
        value: Spanned<Value>,
    },
    /// The field is present and not `false`.
    Present(Spanned<FieldPath>),
    /// `body in unit 办公室`: the field names the unit, a body of it, or a person working in it.
    InUnit {
        field: Spanned<FieldPath>,
        unit: Spanned<String>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "=",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// The right-hand side of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Level(Level),
    Bool(bool),
    Date(Date),
    MonthDay(MonthDay),
    Amount(Amount),
    Text(String),
    /// A bare word, compared as text.
    Word(String),
}
