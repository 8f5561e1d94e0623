//! The typing pass: value tree → typed entries, by the field table of [`super::schema`].
//!
//! Every problem is a finding at the exact key or value. A bad value is left out and the rest of
//! its entry kept; an entry without a usable `id` is left out; neighbours are never affected.

use crate::data::model::*;
use crate::data::tree::{Key, Node, Value};
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::i18n::{Arg, Message};
use crate::source::Loc;
use crate::suggest;
use crate::time::{self, Instant, Period};
use crate::vocab::Level;
use crate::vocab::Money;
use crate::vocab::schema::{self, Field, FieldType};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use std::collections::{BTreeMap, HashMap};

mod approvals;
mod values;

use values::field_value;

/// An entry's fields by name, once typed.
type TypedFields = BTreeMap<&'static str, Typed>;

/// One typed entry of a data file.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Unit(Unit),
    Role(Role),
    Person(Person),
    Body(Body),
    Delegation(Delegation),
    Record(Box<Record>),
    Signature(Attached<Signature>),
    Review(Attached<Review>),
}

/// Typed entries gathered by collection: what a file, or a chunk of one, gave.
#[derive(Clone, Debug, Default)]
pub struct Entries {
    pub units: Vec<Unit>,
    pub roles: Vec<Role>,
    pub people: Vec<Person>,
    pub bodies: Vec<Body>,
    pub delegations: Vec<Delegation>,
    /// Boxed: sorting and joining a million records then moves pointers, not the records.
    #[allow(clippy::vec_box)]
    pub records: Vec<Box<Record>>,
    pub signatures: Vec<Attached<Signature>>,
    pub reviews: Vec<Attached<Review>>,
}

impl Entries {
    pub fn push(&mut self, entry: Entry) {
        match entry {
            Entry::Unit(u) => self.units.push(u),
            Entry::Role(r) => self.roles.push(r),
            Entry::Person(p) => self.people.push(p),
            Entry::Body(b) => self.bodies.push(b),
            Entry::Delegation(d) => self.delegations.push(d),
            Entry::Record(r) => self.records.push(r),
            Entry::Signature(s) => self.signatures.push(s),
            Entry::Review(r) => self.reviews.push(r),
        }
    }

    /// Joins many parts, each collection reserved once (a file of a million records is typed in
    /// hundreds of chunks; growing by doubling would copy it a dozen times).
    pub fn join(parts: Vec<Entries>) -> Entries {
        fn join<T>(parts: &mut [Entries], take: fn(&mut Entries) -> &mut Vec<T>) -> Vec<T> {
            let len: usize = parts.iter_mut().map(|p| take(p).len()).sum();
            let mut out = Vec::new();
            for part in parts.iter_mut() {
                let v = std::mem::take(take(part));
                if out.is_empty() && v.len() == len {
                    return v; // one part holds them all: no copy
                }
                out.reserve_exact(len - out.len());
                out.extend(v);
            }
            out
        }
        let mut parts = parts;
        Entries {
            units: join(&mut parts, |p| &mut p.units),
            roles: join(&mut parts, |p| &mut p.roles),
            people: join(&mut parts, |p| &mut p.people),
            bodies: join(&mut parts, |p| &mut p.bodies),
            delegations: join(&mut parts, |p| &mut p.delegations),
            records: join(&mut parts, |p| &mut p.records),
            signatures: join(&mut parts, |p| &mut p.signatures),
            reviews: join(&mut parts, |p| &mut p.reviews),
        }
    }
}

/// What a data file turned out to hold.
pub enum FileKind {
    Data,
    /// No collection key: not a data file.
    NotData,
}

/// A typed value of one field.
#[derive(Clone, Debug)]
enum Typed {
    Text(At<String>),
    Texts(At<Vec<At<String>>>),
    Date(At<Date>),
    Time(At<Instant>),
    Period(At<Period>),
    Int(At<i64>),
    Money(At<Money>),
    Word(At<String>),
    Map(Vec<(String, At<FieldValue>)>),
    Holdings(Vec<Holding>),
    Signatures(Vec<Signature>, Loc),
    Reviews(Vec<Review>, Loc),
    Attrs(Vec<(String, At<FieldValue>)>),
}

pub struct Typer<'a> {
    pub display: &'a str,
    pub tz: &'a TimeZone,
    pub findings: &'a mut Vec<Finding>,
    /// `[values]` of zhidu.toml (the built-in table applies too).
    values: &'a [crate::data::mapping::ValueRule],
    /// Field names already made, shared by the records typed here: a million records name the
    /// same dozen fields.
    names: HashMap<String, FieldName>,
}

impl<'a> Typer<'a> {
    pub fn new(
        display: &'a str,
        tz: &'a TimeZone,
        values: &'a [crate::data::mapping::ValueRule],
        findings: &'a mut Vec<Finding>,
    ) -> Self {
        Typer {
            display,
            tz,
            findings,
            values,
            names: HashMap::new(),
        }
    }

    fn name(&mut self, name: &str) -> FieldName {
        if let Some(shared) = self.names.get(name) {
            return shared.clone();
        }
        let shared: FieldName = name.into();
        self.names.insert(name.to_string(), shared.clone());
        shared
    }

    fn error(&mut self, loc: Loc, subject: &str, message: Message, help: Option<Message>) {
        let mut f = Finding::new(Check::DataError, subject, message).at(loc);
        f.help = help.map(Into::into);
        self.findings.push(f);
    }

    /// Types a whole file's tree (a map of collections).
    pub fn file(&mut self, root: &Node, entries: &mut Entries) -> FileKind {
        let Some(collections) = self.collections(root) else {
            return FileKind::NotData;
        };
        if let Value::Map(map) = &root.value {
            for (i, name) in collections {
                if let Some((
                    _,
                    Node {
                        value: Value::Seq(items),
                        ..
                    },
                )) = map.get(i)
                {
                    for item in items {
                        if let Some(entry) = self.entry(name, item) {
                            entries.push(entry);
                        }
                    }
                }
            }
        }
        FileKind::Data
    }

    /// The collections of a file's root map whose entries are to be typed, as (index in the
    /// map, collection name), once unknown and repeated collections and values that are not
    /// lists are reported. `None` when the root is not a map of collections.
    pub fn collections<'n>(&mut self, root: &'n Node) -> Option<Vec<(usize, &'n str)>> {
        let Value::Map(map) = &root.value else {
            return None;
        };
        let known =
            |k: &str| schema::collection(k).is_some() || k == "signatures" || k == "reviews";
        if !map.iter().any(|(k, _)| known(&k.name)) {
            return None;
        }
        let mut out = Vec::new();
        let mut seen: BTreeMap<&str, Loc> = BTreeMap::new();
        for (i, (key, value)) in map.iter().enumerate() {
            if !known(&key.name) {
                let names: Vec<&str> = schema::COLLECTIONS.iter().map(|c| c.name).collect();
                let help = suggest::did_you_mean(&key.name, &names).or_else(|| {
                    Some(Message::new("data-collections-are").arg("names", Arg::list(&names)))
                });
                self.error(
                    key.loc,
                    self.display.to_string().as_str(),
                    Message::new("data-unknown-collection").arg("name", key.name.as_str()),
                    help,
                );
                continue;
            }
            if let Some(first) = seen.insert(&key.name, key.loc) {
                let f = Finding::new(
                    Check::DataError,
                    self.display,
                    Message::new("data-collection-twice").arg("name", key.name.as_str()),
                )
                .at(key.loc)
                .related(Message::new("first-here"), first);
                self.findings.push(f);
                continue;
            }
            match &value.value {
                Value::Seq(_) => out.push((i, key.name.as_str())),
                Value::Null => {}
                _ => {
                    self.error(
                        value.loc,
                        self.display,
                        Message::new("data-collection-not-a-list")
                            .arg("name", key.name.as_str())
                            .arg("found", value.describe()),
                        None,
                    );
                }
            }
        }
        Some(out)
    }

    /// Types one entry of a collection.
    pub fn entry(&mut self, collection: &str, node: &Node) -> Option<Entry> {
        match collection {
            "signatures" => return self.attached_signature(node).map(Entry::Signature),
            "reviews" => return self.attached_review(node).map(Entry::Review),
            _ => {}
        }
        let fields = schema::collection(collection)?.fields;
        let (id, mut typed) = self.typed_entry(collection, fields, node)?;
        let loc = node.loc;
        let text = |t: &mut BTreeMap<&str, Typed>, k: &str| match t.remove(k) {
            Some(Typed::Text(v) | Typed::Word(v)) => Some(v),
            _ => None,
        };
        let texts = |t: &mut BTreeMap<&str, Typed>, k: &str| match t.remove(k) {
            Some(Typed::Texts(v)) => v.value,
            _ => Vec::new(),
        };
        let date = |t: &mut BTreeMap<&str, Typed>, k: &str| match t.remove(k) {
            Some(Typed::Date(v)) => Some(v),
            _ => None,
        };
        Some(match collection {
            "units" => Entry::Unit(Unit {
                name: text(&mut typed, "name"),
                aliases: texts(&mut typed, "aliases")
                    .into_iter()
                    .map(|a| a.value)
                    .collect(),
                parent: text(&mut typed, "parent"),
                head: text(&mut typed, "head"),
                overseen_by: text(&mut typed, "overseen_by"),
                kind: text(&mut typed, "kind"),
                id,
                loc,
            }),
            "roles" => Entry::Role(Role {
                title: text(&mut typed, "title"),
                aliases: texts(&mut typed, "aliases")
                    .into_iter()
                    .map(|a| a.value)
                    .collect(),
                unit: text(&mut typed, "unit"),
                reports_to: text(&mut typed, "reports_to"),
                level: text(&mut typed, "level")
                    .and_then(|l| Level::parse(&l.value).map(|v| At::new(v, l.loc))),
                seats: match typed.remove("seats") {
                    Some(Typed::Int(n)) => match u32::try_from(n.value) {
                        Ok(v) => Some(At::new(v, n.loc)),
                        Err(_) => {
                            self.error(
                                n.loc,
                                &id.value,
                                Message::new("data-seats").arg("value", n.value),
                                None,
                            );
                            None
                        }
                    },
                    _ => None,
                },
                id,
                loc,
            }),
            "people" => Entry::Person(Person {
                name: text(&mut typed, "name"),
                holdings: match typed.remove("roles") {
                    Some(Typed::Holdings(h)) => h,
                    _ => Vec::new(),
                },
                manager: text(&mut typed, "manager"),
                status: text(&mut typed, "status").map(|s| {
                    At::new(
                        if s.value == "left" {
                            Status::Left
                        } else {
                            Status::Active
                        },
                        s.loc,
                    )
                }),
                left_on: date(&mut typed, "left_on"),
                attrs: match typed.remove("attrs") {
                    Some(Typed::Attrs(a)) => a,
                    _ => Vec::new(),
                },
                id,
                loc,
            }),
            "bodies" => Entry::Body(Body {
                name: text(&mut typed, "name"),
                aliases: texts(&mut typed, "aliases")
                    .into_iter()
                    .map(|a| a.value)
                    .collect(),
                chair: text(&mut typed, "chair"),
                members: texts(&mut typed, "members"),
                unit: text(&mut typed, "unit"),
                id,
                loc,
            }),
            "delegations" => {
                let scope = match typed.remove("scope") {
                    Some(Typed::Texts(v)) => Some(At::new(
                        v.value.into_iter().map(|s| s.value).collect(),
                        v.loc,
                    )),
                    _ => None,
                };
                let d = Delegation {
                    from: text(&mut typed, "from"),
                    to: text(&mut typed, "to"),
                    role: text(&mut typed, "role"),
                    scope,
                    since: date(&mut typed, "since"),
                    until: date(&mut typed, "until"),
                    authorized_by: text(&mut typed, "authorized_by"),
                    authorized_at: match typed.remove("authorized_at") {
                        Some(Typed::Time(t)) => Some(t),
                        _ => None,
                    },
                    id,
                    loc,
                };
                if let (Some(since), Some(until)) = (&d.since, &d.until)
                    && until.value < since.value
                {
                    let f = Finding::new(
                        Check::InvalidDelegation,
                        d.id.value.clone(),
                        Message::new("data-delegation-ends-first")
                            .date("until", until.value)
                            .date("since", since.value),
                    )
                    .at(until.loc)
                    .related(Message::new("data-starts-here"), since.loc)
                    .help(Message::new("data-delegation-ends-first-help"));
                    self.findings.push(f);
                }
                Entry::Delegation(d)
            }
            other => {
                let collection = Collection::parse(other)?;
                let mut record = Record {
                    kind: text(&mut typed, "kind"),
                    collection,
                    fields: Fields::default(),
                    signatures: Vec::new(),
                    reviews: Vec::new(),
                    signatures_loc: None,
                    reviews_loc: None,
                    id,
                    loc,
                };
                let mut fields: Vec<(FieldName, At<FieldValue>)> = Vec::with_capacity(typed.len());
                for (name, value) in typed {
                    match value {
                        Typed::Signatures(s, at) => {
                            record.signatures = s;
                            record.signatures_loc = Some(at);
                        }
                        Typed::Reviews(r, at) => {
                            record.reviews = r;
                            record.reviews_loc = Some(at);
                        }
                        Typed::Map(items) | Typed::Attrs(items) => {
                            for (sub, v) in items {
                                let path = self.name(&format!("{name}.{sub}"));
                                fields.push((path, v));
                            }
                        }
                        other => {
                            if let Some(v) = field_value(other) {
                                let path = self.name(name);
                                fields.push((path, v));
                            }
                        }
                    }
                }
                record.fields = Fields::from_pairs(fields);
                Entry::Record(Box::new(record))
            }
        })
    }

    /// Types the fields of one entry; `None` when it has no usable id.
    fn typed_entry(
        &mut self,
        collection: &str,
        fields: &'static [Field],
        node: &Node,
    ) -> Option<(At<String>, BTreeMap<&'static str, Typed>)> {
        let Value::Map(map) = &node.value else {
            self.error(
                node.loc,
                self.display,
                Message::new("data-entry-not-a-map")
                    .arg("collection", collection)
                    .arg("found", node.describe()),
                None,
            );
            return None;
        };
        let id = match map.iter().find(|(k, _)| k.name == "id") {
            Some((_, value)) => self.id_value(value, collection)?,
            None => {
                self.error(
                    head(node),
                    self.display,
                    Message::new("data-entry-without-id").arg("collection", collection),
                    Some(Message::new("data-entry-without-id-help")),
                );
                return None;
            }
        };
        let typed = self.fields(&id.value, collection, fields, map, node);
        Some((id, typed))
    }

    fn id_value(&mut self, value: &Node, collection: &str) -> Option<At<String>> {
        let Some(text) = value
            .scalar_text()
            .filter(|_| !matches!(value.value, Value::Bool(_)))
        else {
            self.error(
                value.loc,
                self.display,
                Message::new("data-id-not-text")
                    .arg("found", value.describe())
                    .arg("collection", collection),
                None,
            );
            return None;
        };
        let text = text.trim().to_string();
        if text.is_empty()
            || !text
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            self.error(
                value.loc,
                self.display,
                Message::new("data-invalid-id")
                    .arg("id", text.as_str())
                    .arg("collection", collection),
                Some(Message::new("data-invalid-id-help")),
            );
            return None;
        }
        Some(At::new(text, value.loc))
    }

    /// Types every known field of a map; reports unknown, repeated and missing ones.
    fn fields(
        &mut self,
        subject: &str,
        what: &str,
        fields: &'static [Field],
        map: &[(Key, Node)],
        node: &Node,
    ) -> TypedFields {
        let mut out = BTreeMap::new();
        let mut seen: BTreeMap<&str, Loc> = BTreeMap::new();
        for (key, value) in map {
            let Some(field) = schema::field(fields, &key.name) else {
                let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
                let help = suggest::did_you_mean(&key.name, &names).or_else(|| {
                    if fields.iter().any(|f| f.ty == FieldType::Attrs) {
                        Some(Message::new("data-extra-fields"))
                    } else {
                        Some(Message::new("data-fields-are").arg("names", Arg::list(&names)))
                    }
                });
                self.error(
                    key.loc,
                    subject,
                    Message::new("data-unknown-field")
                        .arg("field", key.name.as_str())
                        .arg("what", what),
                    help,
                );
                continue;
            };
            if let Some(first) = seen.insert(field.name, key.loc) {
                let f = Finding::new(
                    Check::DataError,
                    subject,
                    Message::new("data-field-twice").arg("field", key.name.as_str()),
                )
                .at(key.loc)
                .related(Message::new("first-here"), first);
                self.findings.push(f);
                continue;
            }
            if value.value == Value::Null {
                continue;
            }
            if let Some(v) = self.value(subject, field, key, value) {
                out.insert(field.name, v);
            }
        }
        for field in fields.iter().filter(|f| f.required) {
            if !seen.contains_key(field.name) {
                self.error(
                    head(node),
                    subject,
                    Message::new("data-missing-field")
                        .arg("what", what)
                        .arg("subject", subject)
                        .arg("field", field.name),
                    Some(
                        Message::new("data-missing-field-help")
                            .arg("field", field.name)
                            .arg("type", field.ty.message()),
                    ),
                );
            }
        }
        out
    }
}

/// The first line of an entry, where "this entry lacks …" points.
fn head(node: &Node) -> Loc {
    let mut loc = node.loc;
    if let Value::Map(map) = &node.value
        && let Some((k, v)) = map.first()
    {
        loc.span = k.loc.span.to(v.loc.span);
    }
    loc
}
