//! The typed org and record entries of the data format (docs/data.md). Every value keeps where it came from.

use crate::source::Loc;
use crate::time::{Instant, Period};
pub use crate::vocab::Collection;
use crate::vocab::Level;
use crate::vocab::Money;
use jiff::civil::Date;

/// A value and its place in a data file.
#[derive(Clone, Debug, PartialEq)]
pub struct At<T> {
    pub value: T,
    pub loc: Loc,
}

impl<T> At<T> {
    pub fn new(value: T, loc: Loc) -> Self {
        At { value, loc }
    }
}

impl<T> std::ops::Deref for At<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// 部门: a department, centre, office or company.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    pub id: At<String>,
    pub name: Option<At<String>>,
    pub aliases: Vec<String>,
    pub parent: Option<At<String>>,
    /// The role that leads it (部门负责人).
    pub head: Option<At<String>>,
    /// The executive in charge of it (分管领导).
    pub overseen_by: Option<At<String>>,
    /// `company`, `department`, `branch`, `team` or another word (DATA.md v3).
    pub kind: Option<At<String>>,
    pub loc: Loc,
}

impl Unit {
    /// The unit's kind as written, else `branch` for a name ending in 分店 or 分公司 (DATA.md v3).
    pub fn kind(&self) -> Option<&str> {
        match &self.kind {
            Some(k) => Some(k.value.as_str()),
            None => self
                .name
                .as_ref()
                .filter(|n| n.value.ends_with("分店") || n.value.ends_with("分公司"))
                .map(|_| "branch"),
        }
    }
}

/// 岗位: a position.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub id: At<String>,
    pub title: Option<At<String>>,
    pub aliases: Vec<String>,
    pub unit: Option<At<String>>,
    pub reports_to: Option<At<String>>,
    pub level: Option<At<Level>>,
    /// Approved headcount (编制); 1 when absent.
    pub seats: Option<At<u32>>,
    pub loc: Loc,
}

impl Role {
    pub fn seats(&self) -> u32 {
        self.seats.as_ref().map_or(1, |s| s.value)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Active,
    Left,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub id: At<String>,
    pub name: Option<At<String>>,
    pub holdings: Vec<Holding>,
    /// An explicit direct superior.
    pub manager: Option<At<String>>,
    pub status: Option<At<Status>>,
    pub left_on: Option<At<Date>>,
    /// Extra fields of an export (`attrs.手机号`), kept as read.
    pub attrs: Vec<(String, At<FieldValue>)>,
    pub loc: Loc,
}

/// A person's holding of a role, `since` and `until` inclusive.
#[derive(Clone, Debug, PartialEq)]
pub struct Holding {
    pub role: At<String>,
    pub since: Option<At<Date>>,
    pub until: Option<At<Date>>,
    pub loc: Loc,
}

impl Holding {
    pub fn covers(&self, day: Date) -> bool {
        self.since.as_ref().is_none_or(|s| s.value <= day)
            && self.until.as_ref().is_none_or(|u| day <= u.value)
    }
}

/// A committee or standing meeting.
#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    pub id: At<String>,
    pub name: Option<At<String>>,
    pub aliases: Vec<String>,
    /// A role or a person.
    pub chair: Option<At<String>>,
    /// Roles or people.
    pub members: Vec<At<String>>,
    pub unit: Option<At<String>>,
    pub loc: Loc,
}

/// 代理, 授权: a person acting with a role's authority.
#[derive(Clone, Debug, PartialEq)]
pub struct Delegation {
    pub id: At<String>,
    pub from: Option<At<String>>,
    pub to: Option<At<String>>,
    pub role: Option<At<String>>,
    /// Record kinds it covers; absent = all.
    pub scope: Option<At<Vec<String>>>,
    pub since: Option<At<Date>>,
    pub until: Option<At<Date>>,
    pub authorized_by: Option<At<String>>,
    pub authorized_at: Option<At<Instant>>,
    pub loc: Loc,
}

impl Delegation {
    /// Valid on `day` (first and last day included).
    pub fn valid_on(&self, day: Date) -> bool {
        self.since.as_ref().is_some_and(|s| s.value <= day)
            && self.until.as_ref().is_none_or(|u| day <= u.value)
    }

    pub fn covers_kind(&self, kind: &str) -> bool {
        self.scope
            .as_ref()
            .is_none_or(|s| s.value.iter().any(|k| k == kind))
    }
}

/// A typed field value of a record (`attrs.*` included, under their dotted name).
#[derive(Clone, Debug, PartialEq)]
pub enum FieldValue {
    Time(Instant),
    Period(Period),
    /// An id of another entry.
    Ref(String),
    Refs(Vec<At<String>>),
    Int(i64),
    /// Boxed: an amount is sixteen-byte aligned and would double every field's size.
    Money(Box<Money>),
    Level(Level),
    Bool(bool),
    Text(String),
}

impl FieldValue {
    pub fn describe(&self) -> crate::i18n::Message {
        let shape = match self {
            FieldValue::Time(_) => "time",
            FieldValue::Period(_) => "period",
            FieldValue::Ref(_) | FieldValue::Text(_) => "text",
            FieldValue::Refs(_) => "list",
            FieldValue::Int(_) | FieldValue::Money(_) => "number",
            FieldValue::Level(_) => "level",
            FieldValue::Bool(_) => "boolean",
        };
        crate::i18n::Message::new("shape").arg("shape", shape)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Signature {
    pub by: At<String>,
    /// The capacity claimed.
    pub as_role: Option<At<String>>,
    pub at: At<Instant>,
    pub decision: Decision,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    /// A body, person or unit.
    pub by: At<String>,
    pub at: At<Instant>,
    pub decision: Decision,
    pub loc: Loc,
}

/// A plan, request, meeting, report or ticket.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub id: At<String>,
    pub collection: Collection,
    pub kind: Option<At<String>>,
    /// Every other field by its dotted path (`submitted`, `minutes.filed`, `attrs.start`).
    pub fields: Fields,
    /// In signing order.
    pub signatures: Vec<Signature>,
    pub reviews: Vec<Review>,
    /// The `signatures` / `reviews` keys, when present.
    pub signatures_loc: Option<Loc>,
    pub reviews_loc: Option<Loc>,
    pub loc: Loc,
}

/// A record's fields by dotted path, kept sorted. A record has a handful, so a sorted vector is
/// smaller and faster than a map: a B-tree node alone has room for eleven, and a million records
/// each paying for one dominated the memory of large runs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields(Vec<(FieldName, At<FieldValue>)>);

/// A field's dotted path, shared by every record that has the field.
pub type FieldName = std::sync::Arc<str>;

impl Fields {
    fn find(&self, path: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| (**k).cmp(path))
    }

    pub fn get(&self, path: &str) -> Option<&At<FieldValue>> {
        self.find(path).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key(&self, path: &str) -> bool {
        self.find(path).is_ok()
    }

    /// The paths of the fields present, shared with every record that has them.
    pub fn names(&self) -> impl Iterator<Item = &FieldName> {
        self.0.iter().map(|(k, _)| k)
    }

    /// Fields from (path, value) pairs in any order; of two values for one path the later wins.
    /// One sort, so that a record with 200,000 `attrs` costs no more than its size.
    pub fn from_pairs(mut pairs: Vec<(FieldName, At<FieldValue>)>) -> Fields {
        // A stable sort keeps the given order among equal paths.
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out: Vec<(FieldName, At<FieldValue>)> = Vec::with_capacity(pairs.len());
        for pair in pairs {
            match out.last_mut() {
                Some(last) if last.0 == pair.0 => *last = pair,
                _ => out.push(pair),
            }
        }
        Fields(out)
    }

    /// The fields in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &At<FieldValue>)> {
        self.0.iter().map(|(k, v)| (&**k, v))
    }
}

impl Record {
    pub fn kind(&self) -> &str {
        self.kind.as_ref().map_or("", |k| k.value.as_str())
    }

    pub fn get(&self, path: &str) -> Option<&At<FieldValue>> {
        self.fields.get(path)
    }

    pub fn text(&self, path: &str) -> Option<&str> {
        match self.get(path).map(|v| &v.value) {
            Some(FieldValue::Ref(s) | FieldValue::Text(s)) => Some(s),
            _ => None,
        }
    }

    pub fn period(&self) -> Option<Period> {
        match self.get("period").map(|v| &v.value) {
            Some(FieldValue::Period(p)) => Some(*p),
            _ => None,
        }
    }

    pub fn status(&self) -> Option<&str> {
        self.text("status")
    }
}

/// A signature row of `signatures.csv` (or a review row of `reviews.csv`) before it joins its
/// record.
#[derive(Clone, Debug, PartialEq)]
pub struct Attached<T> {
    pub record: At<String>,
    pub seq: Option<i64>,
    pub item: T,
}
