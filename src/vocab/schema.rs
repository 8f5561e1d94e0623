//! The collections and fields of the data format (docs/data.md), as one table that the loaders (to type-check data) and
//! the policy validator (to check field names in clauses) both read.

/// What a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// An id: letters of any script, digits, `-`, `_`, `.`.
    Id,
    Text,
    TextList,
    /// A reference to an entry of one of the collections.
    Ref(&'static [&'static str]),
    RefList(&'static [&'static str]),
    Date,
    Timestamp,
    Period,
    Integer,
    Amount,
    /// One of a fixed set of words.
    Word(&'static [&'static str]),
    /// A nested map with its own fields.
    Map(&'static [Field]),
    /// `roles` of a person: refs or `{role, since, until}` maps.
    Holdings,
    Signatures,
    Reviews,
    /// A free map of extra fields.
    Attrs,
}

impl FieldType {
    /// Holds a point in time (a policy may put a deadline on it).
    pub fn is_time(self) -> bool {
        matches!(self, FieldType::Date | FieldType::Timestamp)
    }

    /// What a value of the type is, in the catalogues' words (`locales/*/input.ftl`).
    pub fn message(self) -> crate::i18n::Message {
        crate::i18n::Message::new("field-type").arg("type", self.keyword())
    }

    fn keyword(self) -> &'static str {
        match self {
            FieldType::Id => "id",
            FieldType::Text => "string",
            FieldType::TextList => "strings",
            FieldType::Ref(_) => "id",
            FieldType::RefList(_) => "ids",
            FieldType::Date => "date",
            FieldType::Timestamp => "timestamp",
            FieldType::Period => "period",
            FieldType::Integer => "integer",
            FieldType::Amount => "amount",
            FieldType::Word(_) => "word",
            FieldType::Map(_) => "map",
            FieldType::Holdings => "holdings",
            FieldType::Signatures => "signatures",
            FieldType::Reviews => "reviews",
            FieldType::Attrs => "attrs",
        }
    }
}

/// A field of a collection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: &'static str,
    pub ty: FieldType,
    pub required: bool,
}

const fn req(name: &'static str, ty: FieldType) -> Field {
    Field {
        name,
        ty,
        required: true,
    }
}

const fn opt(name: &'static str, ty: FieldType) -> Field {
    Field {
        name,
        ty,
        required: false,
    }
}

use FieldType::*;

const UNITS: &[&str] = &["units"];
const ROLES: &[&str] = &["roles"];
const PEOPLE: &[&str] = &["people"];
const ROLES_OR_PEOPLE: &[&str] = &["roles", "people"];
/// Who a plan or report goes to: a body, unit or person, or a role's holder on the record's day
/// (DATA.md v3: `to: 总经理`).
const RECIPIENTS: &[&str] = &["bodies", "units", "people", "roles"];
const BODY_OR_UNIT: &[&str] = &["bodies", "units"];

/// Role levels, lowest first.
pub const LEVELS: &[&str] = &[
    "staff",
    "supervisor",
    "manager",
    "director",
    "executive",
    "board",
];

pub const DECISIONS: &[&str] = &["approve", "reject"];

pub const HOLDING_FIELDS: &[Field] = &[
    req("role", Ref(ROLES)),
    opt("since", Date),
    opt("until", Date),
];

pub const SIGNATURE_FIELDS: &[Field] = &[
    req("by", Ref(PEOPLE)),
    opt("as", Ref(ROLES)),
    req("at", Timestamp),
    opt("decision", Word(DECISIONS)),
    opt("comment", Text),
];

pub const REVIEW_FIELDS: &[Field] = &[
    req("by", Ref(&["bodies", "people", "units"])),
    req("at", Timestamp),
    opt("decision", Word(DECISIONS)),
    opt("comment", Text),
];

pub const MINUTES_FIELDS: &[Field] = &[opt("filed", Timestamp), opt("signed_by", Ref(PEOPLE))];

pub const UNIT_FIELDS: &[Field] = &[
    req("id", Id),
    req("name", Text),
    opt("aliases", TextList),
    opt("parent", Ref(UNITS)),
    opt("head", Ref(ROLES)),
    opt("overseen_by", Ref(ROLES)),
    // DATA.md v3: `company`, `department`, `branch` (分店, 分公司), `team`, or any other word.
    opt("kind", Text),
];

pub const ROLE_FIELDS: &[Field] = &[
    req("id", Id),
    req("title", Text),
    opt("aliases", TextList),
    opt("unit", Ref(UNITS)),
    opt("reports_to", Ref(ROLES)),
    opt("level", Word(LEVELS)),
    opt("seats", Integer),
];

pub const PERSON_FIELDS: &[Field] = &[
    req("id", Id),
    req("name", Text),
    opt("roles", Holdings),
    opt("manager", Ref(PEOPLE)),
    opt("status", Word(&["active", "left"])),
    opt("left_on", Date),
    opt("attrs", Attrs),
];

pub const BODY_FIELDS: &[Field] = &[
    req("id", Id),
    req("name", Text),
    opt("aliases", TextList),
    opt("chair", Ref(ROLES_OR_PEOPLE)),
    opt("members", RefList(ROLES_OR_PEOPLE)),
    opt("unit", Ref(UNITS)),
];

pub const DELEGATION_FIELDS: &[Field] = &[
    req("id", Id),
    opt("from", Ref(PEOPLE)),
    req("to", Ref(PEOPLE)),
    req("role", Ref(ROLES)),
    opt("scope", TextList),
    req("since", Date),
    opt("until", Date),
    opt("authorized_by", Ref(PEOPLE)),
    opt("authorized_at", Timestamp),
];

/// Fields every record has.
const COMMON: [Field; 5] = [
    req("id", Id),
    req("kind", Text),
    opt("unit", Ref(UNITS)),
    opt("attrs", Attrs),
    opt("status", Text),
];

macro_rules! record_fields {
    ($($field:expr),* $(,)?) => {
        &[COMMON[0], COMMON[1], COMMON[2], COMMON[3], COMMON[4], $($field),*]
    };
}

pub const PLAN_FIELDS: &[Field] = record_fields![
    req("period", Period),
    opt("owner", Ref(PEOPLE)),
    opt("drafted_by", Ref(PEOPLE)),
    opt("drafted", Timestamp),
    opt("submitted", Timestamp),
    // DATA.md v3: one recipient or several ("submitted to A and B").
    opt("submitted_to", RefList(RECIPIENTS)),
    opt("reviews", Reviews),
    opt("signatures", Signatures),
];

pub const REQUEST_FIELDS: &[Field] = record_fields![
    req("requested_by", Ref(PEOPLE)),
    req("requested_at", Timestamp),
    opt("amount", Amount),
    opt("currency", Text),
    opt("level", Word(LEVELS)),
    opt("bidders", Integer),
    opt("signatures", Signatures),
    opt("reviews", Reviews),
];

pub const MEETING_FIELDS: &[Field] = record_fields![
    opt("body", Ref(BODY_OR_UNIT)),
    req("held", Timestamp),
    opt("chair", Ref(PEOPLE)),
    opt("notice_sent", Timestamp),
    opt("agenda_sent", Timestamp),
    opt("minutes", Map(MINUTES_FIELDS)),
    opt("attendees", RefList(PEOPLE)),
    // Beyond DATA.md: a meeting that must be approved before it is held (an SBU annual review
    // the 执委会 approves).
    opt("reviews", Reviews),
];

pub const REPORT_FIELDS: &[Field] = record_fields![
    req("period", Period),
    opt("by", Ref(PEOPLE)),
    opt("to", RefList(RECIPIENTS)),
    opt("submitted", Timestamp),
    // Beyond DATA.md: a report a regulation has signed or reviewed before it goes out (an annual
    // quality report, an analysis report), as plans and requests are.
    opt("signatures", Signatures),
    opt("reviews", Reviews),
];

pub const TICKET_FIELDS: &[Field] = record_fields![
    req("received", Timestamp),
    opt("responded", Timestamp),
    opt("resolved", Timestamp),
    opt("assignee", Ref(PEOPLE)),
];

/// `signatures.csv` rows: a signature plus the record it belongs to and its place in the list.
pub const SIGNATURE_ROW_FIELDS: &[Field] = &[
    req("record", Id),
    opt("seq", Integer),
    req("by", Ref(PEOPLE)),
    opt("as", Ref(ROLES)),
    req("at", Timestamp),
    opt("decision", Word(DECISIONS)),
    opt("comment", Text),
];

/// `reviews.csv` rows (like `signatures.csv`, rows joined to their records).
pub const REVIEW_ROW_FIELDS: &[Field] = &[
    req("record", Id),
    opt("seq", Integer),
    req("by", Ref(&["bodies", "people", "units"])),
    req("at", Timestamp),
    opt("decision", Word(DECISIONS)),
    opt("comment", Text),
];

/// Org collections share one id space; record collections share another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Space {
    Org,
    Records,
}

/// A top-level collection of the data format and the fields of its entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Table {
    pub name: &'static str,
    pub fields: &'static [Field],
    pub space: Space,
}

pub const COLLECTIONS: &[Table] = &[
    Table {
        name: "units",
        fields: UNIT_FIELDS,
        space: Space::Org,
    },
    Table {
        name: "roles",
        fields: ROLE_FIELDS,
        space: Space::Org,
    },
    Table {
        name: "people",
        fields: PERSON_FIELDS,
        space: Space::Org,
    },
    Table {
        name: "bodies",
        fields: BODY_FIELDS,
        space: Space::Org,
    },
    Table {
        name: "delegations",
        fields: DELEGATION_FIELDS,
        space: Space::Org,
    },
    Table {
        name: "plans",
        fields: PLAN_FIELDS,
        space: Space::Records,
    },
    Table {
        name: "requests",
        fields: REQUEST_FIELDS,
        space: Space::Records,
    },
    Table {
        name: "meetings",
        fields: MEETING_FIELDS,
        space: Space::Records,
    },
    Table {
        name: "reports",
        fields: REPORT_FIELDS,
        space: Space::Records,
    },
    Table {
        name: "tickets",
        fields: TICKET_FIELDS,
        space: Space::Records,
    },
];

pub fn collection(name: &str) -> Option<&'static Table> {
    COLLECTIONS.iter().find(|c| c.name == name)
}

/// What a table (a CSV file, a sheet) can hold: any collection, or the signature and review rows
/// that join their records.
pub const TABULAR: &[&str] = &[
    "units",
    "roles",
    "people",
    "bodies",
    "delegations",
    "plans",
    "requests",
    "meetings",
    "reports",
    "tickets",
    "signatures",
    "reviews",
];

/// The fields of a row of a table holding `collection`.
pub fn row_fields(collection: &str) -> Option<&'static [Field]> {
    match collection {
        "signatures" => Some(SIGNATURE_ROW_FIELDS),
        "reviews" => Some(REVIEW_ROW_FIELDS),
        _ => collection_table(collection).map(|c| c.fields),
    }
}

fn collection_table(name: &str) -> Option<&'static Table> {
    COLLECTIONS.iter().find(|c| c.name == name)
}

/// Can a column of a table hold this field (dotted: `minutes.filed`, `attrs.budget`)? Lists of
/// signatures and reviews cannot: they have their own tables.
pub fn column_known(fields: &'static [Field], path: &str) -> bool {
    let mut parts = path.split('.');
    let Some(first) = parts.next().and_then(|name| field(fields, name)) else {
        return false;
    };
    let rest: Vec<&str> = parts.collect();
    match (first.ty, rest.as_slice()) {
        (FieldType::Signatures | FieldType::Reviews, _) => false,
        (_, []) => true,
        (FieldType::Attrs, [name]) => !name.is_empty(),
        (FieldType::Map(inner), [name]) => field(inner, name).is_some(),
        _ => false,
    }
}

pub fn field(fields: &'static [Field], name: &str) -> Option<&'static Field> {
    fields.iter().find(|f| f.name == name)
}

/// The type of a dotted field of a record collection (`minutes.filed`); `attrs.*` is untyped
/// and reported as [`FieldType::Attrs`].
pub fn record_field_type(collection: super::Collection, path: &str) -> Option<FieldType> {
    let fields = self::collection(collection.name())?.fields;
    let mut parts = path.split('.');
    let first = field(fields, parts.next()?)?;
    match (first.ty, parts.next()) {
        (ty, None) => Some(ty),
        (FieldType::Attrs, Some(_)) => Some(FieldType::Attrs),
        (FieldType::Map(inner), Some(name)) if parts.next().is_none() => {
            field(inner, name).map(|f| f.ty)
        }
        _ => None,
    }
}

/// Every field name a record of any collection may have (for "did you mean" in policies),
/// sorted; computed once, since every line a policy parser cannot read asks for it.
pub fn all_record_field_names() -> &'static [&'static str] {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names: Vec<&'static str> = COLLECTIONS
            .iter()
            .filter(|c| c.space == Space::Records)
            .flat_map(|c| c.fields.iter().map(|f| f.name))
            .collect();
        names.extend(MINUTES_FIELDS.iter().map(|_| "minutes"));
        names.sort_unstable();
        names.dedup();
        names
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_fields_resolve() {
        assert_eq!(
            record_field_type(crate::vocab::Collection::Meetings, "minutes.filed"),
            Some(Timestamp)
        );
        assert_eq!(
            record_field_type(crate::vocab::Collection::Requests, "attrs.start"),
            Some(Attrs)
        );
        assert_eq!(
            record_field_type(crate::vocab::Collection::Requests, "held"),
            None
        );
        assert_eq!(
            record_field_type(crate::vocab::Collection::Meetings, "minutes.nope"),
            None
        );
    }
}
