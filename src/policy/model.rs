//! The validated policy model: what the engine evaluates.
//!
//! Built from the AST by [`super::lower`]: names carry their declared aliases, parameters are
//! substituted, durations and dates normalised, every statement checked for its clause kind. Each
//! rule keeps the location of the statement it came from, so a finding can show the clause.

use super::ast::{self, Cadence, ClauseKind, CmpOp, MonthDay, Weekday};
use crate::diagnostic::Citation;
use crate::diagnostic::Severity;
use crate::i18n::Message;
use crate::source::Loc;
use crate::vocab::schema::FieldType;
use crate::vocab::{Collection, Level, Money, NameKind, PeriodUnit, PersonField};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Every clause of a run, sorted by id.
#[derive(Debug, Default, Clone)]
pub struct PolicySet {
    pub clauses: Vec<Arc<Clause>>,
}

/// One duty of a regulation.
#[derive(Debug, Clone)]
pub struct Clause {
    /// `<namespace>.<name>`.
    pub id: Arc<str>,
    pub kind: ClauseKind,
    pub title: Option<String>,
    pub citation: Citation,
    pub severity: Severity,
    /// The regulation's own word for the duty (`words "必须"`), as the cited article has it.
    pub words: Option<Arc<str>>,
    /// Why the severity departs from the word (`severity warning because "…"`).
    pub severity_reason: Option<String>,
    /// `strict`: deadlines and dated slots on rest days are not moved to the next working day.
    pub strict: bool,
    /// The record kinds it binds to (record and limits clauses).
    pub kinds: KindFilter,
    /// The clause-wide `when`.
    pub condition: Option<Cond>,
    pub params: Vec<Param>,
    pub rules: Vec<Rule>,
    /// The pack it belongs to: its file's `pack`, else its namespace.
    pub pack: Arc<str>,
    /// Who may approve a waiver of its findings (`waivable by`, else the file's).
    pub waivable_by: Option<Party>,
    /// The clause's name in its header.
    pub loc: Loc,
    /// The whole clause, for `explain`.
    pub full: Loc,
}

impl Clause {
    /// The record collection the clause binds to.
    pub fn collection(&self) -> Option<Collection> {
        self.kind.collection()
    }

    /// Every name the clause uses, with where.
    pub fn names(&self) -> Vec<(&Name, Loc)> {
        let mut out = Vec::new();
        for rule in &self.rules {
            rule.kind.names(&mut |name| out.push((name, name.loc)));
        }
        out
    }
}

/// Which record kinds a clause binds to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KindFilter {
    Any,
    Only(BTreeSet<String>),
}

/// A parameter of a clause, with its value after `zhidu.toml` overrides.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub value: ParamValue,
    pub default: ParamValue,
    pub description: Option<String>,
    pub loc: Loc,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParamValue {
    Duration(Duration),
    Date(jiff::civil::Date),
    MonthDay(MonthDay),
    Money(Money),
    /// Not set: the statements that use it are off until zhidu.toml gives a value.
    None,
    Kinds(Vec<String>),
}

impl ParamValue {
    /// What the value is, in the catalogues' words (`param-kind`).
    pub fn kind(&self) -> Message {
        let kind = match self {
            ParamValue::Duration(_) => "duration",
            ParamValue::Date(_) => "date",
            ParamValue::MonthDay(_) => "month-day",
            ParamValue::Money(_) => "amount",
            ParamValue::None => "none",
            ParamValue::Kinds(_) => "kinds",
        };
        Message::new("param-kind").arg("kind", kind)
    }
}

impl std::fmt::Display for ParamValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamValue::Duration(d) => write!(f, "{d}"),
            ParamValue::Date(d) => write!(f, "{d}"),
            ParamValue::MonthDay(md) => write!(f, "{:02}-{:02}", md.month, md.day),
            ParamValue::Money(m) => write!(f, "{m}"),
            ParamValue::None => f.write_str("none"),
            ParamValue::Kinds(k) => write!(f, "[{}]", k.join(", ")),
        }
    }
}

/// A member a body must include: a role, or the head of a unit.
#[derive(Debug, Clone, PartialEq)]
pub enum Member {
    Role(Name),
    HeadOf(Name),
}

impl Member {
    pub fn name(&self) -> &Name {
        match self {
            Member::Role(n) | Member::HeadOf(n) => n,
        }
    }
}

impl std::fmt::Display for Member {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Member::Role(n) => write!(f, "{n}"),
            Member::HeadOf(n) => write!(f, "the head of {n}"),
        }
    }
}

/// `per department [under role X]`: each department owes the duty on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct PerDepartment {
    /// Only departments whose head role reports to this role.
    pub under: Option<Name>,
}

/// A span of time, normalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Duration {
    pub amount: u32,
    pub unit: ast::DurationUnit,
}

/// The largest count a clause may require (`at least N per year`, `filled by exactly N`,
/// `headcount at most N`, `between N and M`): far beyond any regulation's.
pub const MAX_COUNT: u32 = 100_000;

/// The largest amount a policy may write, in whole units of currency (一千万亿).
pub const MAX_AMOUNT: i128 = 1_000_000_000_000_000;

impl Duration {
    /// The longest duration of a unit: a hundred years of it. Longer is a mistake, and the bound
    /// keeps every date computed from a duration well inside the calendar.
    pub fn max_amount(unit: ast::DurationUnit) -> u32 {
        match unit {
            ast::DurationUnit::Minutes => 52_596_000,
            ast::DurationUnit::Hours => 876_600,
            ast::DurationUnit::Days => 36_525,
            ast::DurationUnit::WorkingDays => 26_100,
            ast::DurationUnit::Weeks => 5_218,
            ast::DurationUnit::Months => 1_200,
            ast::DurationUnit::Years => 100,
        }
    }

    /// Is it within [`Duration::max_amount`]?
    pub fn in_bounds(self) -> bool {
        self.amount <= Self::max_amount(self.unit)
    }

    /// Calendar-day or longer durations compare dates; hours and minutes compare instants.
    pub fn is_exact(self) -> bool {
        matches!(
            self.unit,
            ast::DurationUnit::Minutes | ast::DurationUnit::Hours
        )
    }
}

impl Duration {
    /// The duration in each language's words: `3 months` / `3个月`.
    pub fn arg(self) -> crate::i18n::Arg {
        let written = |chinese| {
            super::fmt::duration(ast::Duration {
                amount: self.amount,
                unit: self.unit,
                chinese,
            })
        };
        crate::i18n::Arg::both(written(false), written(true))
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::fmt::duration(ast::Duration {
            amount: self.amount,
            unit: self.unit,
            chinese: false,
        }))
    }
}

/// A name a clause uses for a role, unit, body or person, with the aliases the policy declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub kind: NameKind,
    pub text: String,
    pub aliases: Vec<String>,
    pub loc: Loc,
}

impl Name {
    /// Every spelling that may match an entry of the data.
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.text.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// Who signs, reviews, chairs or receives.
#[derive(Debug, Clone, PartialEq)]
pub enum Party {
    Role(Name),
    Body(Name),
    Unit(Name),
    Person(Name),
    /// 部门负责人.
    Head(UnitRef),
    /// 分管领导.
    Overseer(UnitRef),
    /// 直属领导.
    Superior(PersonField),
    /// Any one of these (`role 产品生产部经理 or role 产品生产部副经理`).
    Either(Vec<Party>),
}

impl Party {
    fn names<'a>(&'a self, f: &mut dyn FnMut(&'a Name)) {
        match self {
            Party::Role(n) | Party::Body(n) | Party::Unit(n) | Party::Person(n) => f(n),
            Party::Head(UnitRef::Named(n)) | Party::Overseer(UnitRef::Named(n)) => f(n),
            Party::Head(UnitRef::Of(_) | UnitRef::Any)
            | Party::Overseer(UnitRef::Of(_) | UnitRef::Any)
            | Party::Superior(_) => {}
            Party::Either(alternatives) => alternatives.iter().for_each(|a| a.names(f)),
        }
    }
}

impl Party {
    /// The party as a message says it: `the head of 财务部` / `财务部负责人`.
    pub fn message(&self) -> Message {
        match self {
            Party::Role(n) | Party::Body(n) | Party::Unit(n) | Party::Person(n) => {
                Message::new("party-name").arg("name", n.to_string())
            }
            Party::Head(u) => Message::new("party-head").arg("unit", u.message()),
            Party::Overseer(u) => Message::new("party-overseer").arg("unit", u.message()),
            Party::Superior(p) => Message::new("party-superior").arg("person", p.message()),
            Party::Either(alternatives) => either(alternatives.iter().map(Party::message)),
        }
    }
}

/// Alternatives, any one of which will do: `A or B or C` / `A或B或C`.
pub fn either(items: impl IntoIterator<Item = Message>) -> Message {
    let mut items = items.into_iter();
    let first = items
        .next()
        .unwrap_or_else(|| Message::new("party-name").arg("name", ""));
    items.fold(first, |acc, next| {
        Message::new("party-or").arg("a", acc).arg("b", next)
    })
}

impl UnitRef {
    /// The unit as a message says it: `the requester's unit` / `申请人所在部门`.
    pub fn message(&self) -> Message {
        match self {
            UnitRef::Named(n) => Message::new("party-name").arg("name", n.to_string()),
            UnitRef::Of(p) => Message::new("unit-of").arg("person", p.message()),
            UnitRef::Any => Message::new("unit-any"),
        }
    }
}

impl std::fmt::Display for Party {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Party::Role(n) => write!(f, "{n}"),
            Party::Body(n) | Party::Unit(n) | Party::Person(n) => write!(f, "{n}"),
            Party::Head(u) => write!(f, "the head of {u}"),
            Party::Overseer(u) => write!(f, "the executive overseeing {u}"),
            Party::Superior(p) => write!(f, "the {}'s direct superior", p.keyword()),
            Party::Either(alternatives) => {
                for (i, a) in alternatives.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" or ")?;
                    }
                    write!(f, "{a}")?;
                }
                Ok(())
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum UnitRef {
    Named(Name),
    /// The unit of the person in a field (for the requester: the record's `unit`, else theirs).
    Of(PersonField),
    /// Any unit at all (`head of any unit`).
    Any,
}

impl std::fmt::Display for UnitRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UnitRef::Named(n) => write!(f, "{n}"),
            UnitRef::Of(p) => write!(f, "the {}'s unit", p.keyword()),
            UnitRef::Any => f.write_str("any unit"),
        }
    }
}

/// A record field a rule reads.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    pub path: String,
    pub ty: FieldType,
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.path)
    }
}

/// A period relative to the record's.
pub type PeriodRef = ast::PeriodRef;

/// A day computed from a record's period (parameters already substituted).
#[derive(Debug, Clone, PartialEq)]
pub struct DateSpec {
    pub anchor: Anchor,
    /// Added (or, negative, subtracted) after the anchor.
    pub offset: Option<(i8, Duration)>,
    pub loc: Loc,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Anchor {
    Edge { start: bool, of: PeriodRef },
    Day { day: u8, of: PeriodRef },
    Weekday { weekday: Weekday, of: PeriodRef },
    MonthDay { date: MonthDay, of: PeriodRef },
    Date(jiff::civil::Date),
}

/// One normalised statement, with the conditions of the `when` blocks around it.
#[derive(Debug, Clone)]
pub struct Rule {
    pub kind: RuleKind,
    pub loc: Loc,
    /// All enclosing `when` conditions (and-ed).
    pub when: Vec<Cond>,
}

#[derive(Debug, Clone)]
pub enum RuleKind {
    /// One record per period (per department, with `per`), due by a date; `lenient` when the
    /// date only marks when absence is judged (`missing after`).
    Exists {
        every: PeriodUnit,
        per: Option<PerDepartment>,
        due: Option<DateSpec>,
        lenient: bool,
    },
    /// One record per slot of a cadence (per department, with `per`).
    Every {
        cadence: Cadence,
        per: Option<PerDepartment>,
        due: Option<DateSpec>,
    },
    /// `field missing after <date>`: absent once that day has passed; never late.
    MissingAfter {
        field: Field,
        after: DateSpec,
    },
    /// `field by next <kind> <collection>`: absent once the next such record has taken place.
    ByNext {
        field: Field,
        kind: String,
        collection: Collection,
    },
    /// A minimum number of records per period.
    AtLeast {
        count: u32,
        per: PeriodUnit,
    },
    /// At most this long between consecutive records.
    MaxGap {
        max: Duration,
    },
    /// `field by <date>`.
    Deadline {
        field: Field,
        due: DateSpec,
    },
    /// `field from <date> to <date>` (either bound may be open).
    Window {
        field: Field,
        from: Option<DateSpec>,
        to: Option<DateSpec>,
    },
    /// `field in last N days of <period>`.
    LastDays {
        field: Field,
        first: bool,
        days: u32,
        of: PeriodRef,
    },
    /// `field within D after/before/of other`.
    Offset {
        field: Field,
        other: Field,
        within: Duration,
        relation: ast::Relation,
    },
    /// `field at least D before/after other`.
    Margin {
        field: Field,
        other: Field,
        margin: Duration,
        relation: ast::Relation,
    },
    /// `field before/after other` (`not before` is normalised to `after`).
    Order {
        field: Field,
        other: Field,
        relation: ast::Relation,
    },
    /// `field is <party>`.
    Is {
        field: Field,
        party: Party,
    },
    /// `field is A and B`: a list that names every one of them.
    IsAll {
        field: Field,
        parties: Vec<Party>,
    },
    /// `field at least/at most/between …`.
    Count {
        field: Field,
        min: Option<u32>,
        max: Option<u32>,
        unless: Option<Cond>,
    },
    Signed {
        steps: Vec<Step>,
        ordered: bool,
    },
    Reviewed {
        steps: Vec<Step>,
        ordered: bool,
    },
    SignedBefore(Target),
    ReviewedBefore(Target),
    SignersDistinct,
    SignersExclude(PersonField),
    Filled {
        role: Name,
        min: u32,
        max: Option<u32>,
    },
    /// The unit or body exists.
    OrgExists(Name),
    /// The unit exists below `parent`.
    UnitUnder {
        unit: Name,
        parent: Name,
    },
    /// Roles of these titles exist within the unit.
    UnitPosts {
        unit: Name,
        posts: Vec<String>,
    },
    /// The role (or the head role of the unit, `head_of`) reports to `to`.
    ReportsTo {
        head_of: bool,
        subject: Name,
        to: Name,
    },
    /// The body is chaired by `chair` and includes `members` (with `where_held`, only those
    /// the organisation has).
    BodyHas {
        body: Name,
        chair: Option<Name>,
        members: Vec<Member>,
        where_held: bool,
    },
    Headcount {
        unit: Name,
        max: u32,
    },
    NotCombined(Vec<Name>),
    Term {
        length: Duration,
        target: TermTarget,
    },
    EveryUnitHasHead,
    EveryPersonHasManager,
    EveryRoleWithinSeats,
    NoReportingCycles,
    Delegation {
        delegate: Name,
        principal: Name,
        authorizer: Option<Party>,
    },
    /// An authority table: every row of a `limits` clause, sorted by lower bound.
    Limits {
        bands: Vec<Band>,
    },
}

impl RuleKind {
    /// Does the rule require records to exist (once per period, so many per period, or at most
    /// so far apart), rather than judge the records there are?
    pub fn requires_records(&self) -> bool {
        matches!(
            self,
            RuleKind::Exists { .. }
                | RuleKind::Every { .. }
                | RuleKind::AtLeast { .. }
                | RuleKind::MaxGap { .. }
        )
    }

    /// The step whose absence the rule judges as overdue once its due time has passed: the field
    /// of a deadline, of a window with an end, of a limit after another field, or one that must
    /// come no later than another field. Signatures and reviews are judged by their chains.
    /// A deadline, window or order on a step of the record (judged by `engine::timing`).
    pub fn times_a_step(&self) -> bool {
        matches!(
            self,
            RuleKind::Deadline { .. }
                | RuleKind::Window { .. }
                | RuleKind::LastDays { .. }
                | RuleKind::Offset { .. }
                | RuleKind::Margin { .. }
                | RuleKind::Order { .. }
                | RuleKind::MissingAfter { .. }
                | RuleKind::ByNext { .. }
        )
    }

    pub fn due_step(&self) -> Option<&Field> {
        let field = match self {
            RuleKind::Deadline { field, .. }
            | RuleKind::MissingAfter { field, .. }
            | RuleKind::ByNext { field, .. }
            | RuleKind::Window {
                field, to: Some(_), ..
            }
            | RuleKind::LastDays { field, .. }
            | RuleKind::Offset { field, .. }
            | RuleKind::Order {
                field,
                relation: ast::Relation::Before,
                ..
            } => field,
            RuleKind::Margin {
                field, relation, ..
            } if *relation != ast::Relation::After => field,
            _ => return None,
        };
        (!matches!(field.path.as_str(), "signed" | "reviewed")).then_some(field)
    }

    fn names<'a>(&'a self, f: &mut dyn FnMut(&'a Name)) {
        match self {
            RuleKind::Is { party, .. } => party.names(f),
            RuleKind::IsAll { parties, .. } => parties.iter().for_each(|p| p.names(f)),
            RuleKind::Exists {
                per: Some(PerDepartment { under: Some(role) }),
                ..
            }
            | RuleKind::Every {
                per: Some(PerDepartment { under: Some(role) }),
                ..
            } => f(role),
            RuleKind::Signed { steps, .. } | RuleKind::Reviewed { steps, .. } => {
                steps.iter().for_each(|s| s.party.names(f));
            }
            RuleKind::Filled { role, .. } => f(role),
            RuleKind::OrgExists(name) => f(name),
            RuleKind::UnitUnder { unit, parent } => {
                f(unit);
                f(parent);
            }
            RuleKind::UnitPosts { unit, .. } => f(unit),
            RuleKind::ReportsTo { subject, to, .. } => {
                f(subject);
                f(to);
            }
            RuleKind::BodyHas {
                body,
                chair,
                members,
                ..
            } => {
                f(body);
                chair.iter().for_each(&mut *f);
                members.iter().for_each(|m| f(m.name()));
            }
            RuleKind::Headcount { unit, .. } => f(unit),
            RuleKind::NotCombined(roles) => roles.iter().for_each(f),
            RuleKind::Term {
                target: TermTarget::Role(role),
                ..
            } => f(role),
            RuleKind::Delegation {
                delegate,
                principal,
                authorizer,
            } => {
                f(delegate);
                f(principal);
                if let Some(a) = authorizer {
                    a.names(f);
                }
            }
            RuleKind::Limits { bands } => bands.iter().for_each(|b| b.party.names(f)),
            _ => {}
        }
    }
}

/// One required signer or reviewer.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub party: Party,
    /// Not needed when the person in this field of the record is the party (`unless
    /// requester`: a director raising his own purchase does not sign it as director too).
    pub unless: Option<PersonField>,
    /// Nobody may sign after this step.
    pub last: bool,
    pub loc: Loc,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Signed,
    Reviewed,
    Field(Field),
}

#[derive(Debug, Clone, PartialEq)]
pub enum TermTarget {
    Level(Level),
    Role(Name),
}

/// A row of an authority table: `over lower up to upper: party`.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub over: Option<Money>,
    pub up_to: Option<Money>,
    pub party: Party,
    pub loc: Loc,
}

/// A condition on a record.
#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    Or(Vec<Cond>),
    And(Vec<Cond>),
    Not(Box<Cond>),
    Compare {
        field: Field,
        op: CmpOp,
        value: Value,
    },
    Present(Field),
    /// The field names the unit, a body of the unit, or a person working in it.
    InUnit {
        field: Field,
        unit: Name,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Level(Level),
    Bool(bool),
    Date(jiff::civil::Date),
    Number(Money),
    Text(String),
}
