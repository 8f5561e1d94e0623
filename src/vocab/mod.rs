//! The words policy files and data files share: ranks, kinds of names, calendar units, record
//! collections and the fields they hold ([`schema`]), the people a record names, and money.
//!
//! Floor 2 of the layering (see docs/architecture.md): the policy language and the data loaders
//! both build on it and never on each other.

mod money;
pub mod schema;

pub use money::{MONEY_SCALE, Money, amount_forms};

/// A position's rank (the `level` of a role), lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Staff,
    Supervisor,
    Manager,
    Director,
    Executive,
    Board,
}

impl Level {
    pub const ALL: [Level; 6] = [
        Level::Staff,
        Level::Supervisor,
        Level::Manager,
        Level::Director,
        Level::Executive,
        Level::Board,
    ];

    pub fn keyword(self) -> &'static str {
        match self {
            Level::Staff => "staff",
            Level::Supervisor => "supervisor",
            Level::Manager => "manager",
            Level::Director => "director",
            Level::Executive => "executive",
            Level::Board => "board",
        }
    }

    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.keyword() == s)
    }
}

/// What a name in a policy refers to in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameKind {
    Role,
    Unit,
    Body,
    Person,
}

impl NameKind {
    pub fn keyword(self) -> &'static str {
        match self {
            NameKind::Role => "role",
            NameKind::Unit => "unit",
            NameKind::Body => "body",
            NameKind::Person => "person",
        }
    }
}

/// Calendar units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeriodUnit {
    Year,
    Half,
    Quarter,
    Month,
    Week,
    Day,
}

impl PeriodUnit {
    pub fn keyword(self) -> &'static str {
        match self {
            PeriodUnit::Year => "year",
            PeriodUnit::Half => "half",
            PeriodUnit::Quarter => "quarter",
            PeriodUnit::Month => "month",
            PeriodUnit::Week => "week",
            PeriodUnit::Day => "day",
        }
    }
}

/// The record collections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    Plans,
    Requests,
    Meetings,
    Reports,
    Tickets,
}

impl Collection {
    /// Every collection, in declaration order: `collection as usize` is its position here
    /// (indexes by collection rely on it; a const check below keeps it so).
    pub const ALL: [Collection; 5] = [
        Collection::Plans,
        Collection::Requests,
        Collection::Meetings,
        Collection::Reports,
        Collection::Tickets,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Collection::Plans => "plans",
            Collection::Requests => "requests",
            Collection::Meetings => "meetings",
            Collection::Reports => "reports",
            Collection::Tickets => "tickets",
        }
    }

    /// One record of the collection: `plan`, `meeting`.
    pub fn singular(self) -> &'static str {
        match self {
            Collection::Plans => "plan",
            Collection::Requests => "request",
            Collection::Meetings => "meeting",
            Collection::Reports => "report",
            Collection::Tickets => "ticket",
        }
    }

    pub fn parse(name: &str) -> Option<Collection> {
        Collection::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The field that places a record in time when it has no period.
    pub fn time_field(self) -> &'static str {
        match self {
            Collection::Plans => "submitted",
            Collection::Requests => "requested_at",
            Collection::Meetings => "held",
            Collection::Reports => "submitted",
            Collection::Tickets => "received",
        }
    }

    /// The people a record of this collection names, as a policy refers to them.
    pub fn person_fields(self) -> &'static [PersonField] {
        match self {
            Collection::Requests => &[PersonField::Requester],
            Collection::Plans => &[PersonField::Owner, PersonField::DraftedBy],
            Collection::Meetings => &[PersonField::Chair],
            Collection::Reports => &[PersonField::By],
            Collection::Tickets => &[PersonField::Assignee],
        }
    }
}

impl std::fmt::Display for Collection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A person a record names, by the word a policy uses for them (`requester`) rather than the
/// field that holds them (`requested_by`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonField {
    Requester,
    Owner,
    DraftedBy,
    Chair,
    Assignee,
    By,
}

impl PersonField {
    pub const ALL: [PersonField; 6] = [
        PersonField::Requester,
        PersonField::Owner,
        PersonField::DraftedBy,
        PersonField::Chair,
        PersonField::Assignee,
        PersonField::By,
    ];

    /// `requester` → `Requester`.
    pub fn from_keyword(text: &str) -> Option<PersonField> {
        Self::ALL.into_iter().find(|f| f.keyword() == text)
    }

    pub fn keyword(self) -> &'static str {
        match self {
            PersonField::Requester => "requester",
            PersonField::Owner => "owner",
            PersonField::DraftedBy => "drafted_by",
            PersonField::Chair => "chair",
            PersonField::Assignee => "assignee",
            PersonField::By => "by",
        }
    }

    /// The person as a message names them: `requester` / `申请人`.
    pub fn message(self) -> crate::i18n::Message {
        crate::i18n::Message::new(match self {
            PersonField::Requester => "person-requester",
            PersonField::Owner => "person-owner",
            PersonField::DraftedBy => "person-drafted_by",
            PersonField::Chair => "person-chair",
            PersonField::Assignee => "person-assignee",
            PersonField::By => "person-by",
        })
    }

    /// The record field that holds the person.
    pub fn path(self) -> &'static str {
        match self {
            PersonField::Requester => "requested_by",
            PersonField::Owner => "owner",
            PersonField::DraftedBy => "drafted_by",
            PersonField::Chair => "chair",
            PersonField::Assignee => "assignee",
            PersonField::By => "by",
        }
    }
}

const _: () = {
    let mut i = 0;
    while i < Collection::ALL.len() {
        assert!(Collection::ALL[i] as usize == i);
        i += 1;
    }
};
