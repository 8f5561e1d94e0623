//! The typing pass: value tree → typed entries, by the field table of [`super::schema`].
//!
//! Every problem is a finding at the exact key or value. A bad value is left out and the rest of
//! its entry kept; an entry without a usable `id` is left out; neighbours are never affected.

use super::model::*;
use super::tree::{Key, Node, Value};
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::source::Loc;
use crate::suggest;
use crate::time::{self, Instant, Period};
use crate::vocab::Level;
use crate::vocab::Money;
use crate::vocab::schema::{self, Field, FieldType, Space};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use std::collections::BTreeMap;

/// One typed entry of a data file.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Unit(Unit),
    Role(Role),
    Person(Person),
    Body(Body),
    Delegation(Delegation),
    Record(Record),
    Signature(Attached<Signature>),
    Review(Attached<Review>),
}

impl Entry {
    pub fn id(&self) -> Option<&At<String>> {
        match self {
            Entry::Unit(e) => Some(&e.id),
            Entry::Role(e) => Some(&e.id),
            Entry::Person(e) => Some(&e.id),
            Entry::Body(e) => Some(&e.id),
            Entry::Delegation(e) => Some(&e.id),
            Entry::Record(e) => Some(&e.id),
            Entry::Signature(_) | Entry::Review(_) => None,
        }
    }

    pub fn space(&self) -> Option<Space> {
        match self {
            Entry::Record(_) => Some(Space::Records),
            Entry::Signature(_) | Entry::Review(_) => None,
            _ => Some(Space::Org),
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
}

impl Typer<'_> {
    fn error(&mut self, loc: Loc, subject: &str, message: String, help: Option<String>) {
        let mut f = Finding::new(Check::DataError, subject, message).at(loc);
        f.help = help;
        self.findings.push(f);
    }

    /// Types a whole file's tree (a map of collections).
    pub fn file(&mut self, root: &Node, entries: &mut Vec<Entry>) -> FileKind {
        let Value::Map(map) = &root.value else {
            return FileKind::NotData;
        };
        let known =
            |k: &str| schema::collection(k).is_some() || k == "signatures" || k == "reviews";
        if !map.iter().any(|(k, _)| known(&k.name)) {
            return FileKind::NotData;
        }
        let mut seen: BTreeMap<&str, Loc> = BTreeMap::new();
        for (key, value) in map {
            if !known(&key.name) {
                let names: Vec<&str> = schema::COLLECTIONS.iter().map(|c| c.name).collect();
                let help = suggest::did_you_mean(&key.name, &names)
                    .or_else(|| Some(format!("the collections are {}", names.join(", "))));
                self.error(
                    key.loc,
                    self.display.to_string().as_str(),
                    format!("unknown collection `{}`; not read", key.name),
                    help,
                );
                continue;
            }
            if let Some(first) = seen.insert(&key.name, key.loc) {
                let f = Finding::new(
                    Check::DataError,
                    self.display,
                    format!(
                        "collection `{}` appears twice in one file; the second is not read",
                        key.name
                    ),
                )
                .at(key.loc)
                .related("first here", first);
                self.findings.push(f);
                continue;
            }
            let items = match &value.value {
                Value::Seq(items) => items.as_slice(),
                Value::Null => continue,
                _ => {
                    self.error(
                        value.loc,
                        self.display,
                        format!(
                            "`{}` holds a list of entries, found {}",
                            key.name,
                            value.describe()
                        ),
                        None,
                    );
                    continue;
                }
            };
            for item in items {
                if let Some(entry) = self.entry(&key.name, item) {
                    entries.push(entry);
                }
            }
        }
        FileKind::Data
    }

    fn entry(&mut self, collection: &str, node: &Node) -> Option<Entry> {
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
                id,
                loc,
            }),
            "roles" => {
                Entry::Role(Role {
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
                        Some(Typed::Int(n)) => {
                            match u32::try_from(n.value) {
                                Ok(v) => Some(At::new(v, n.loc)),
                                Err(_) => {
                                    self.error(n.loc, &id.value, format!("`seats` is {}, but a headcount is a whole number from 0", n.value), None);
                                    None
                                }
                            }
                        }
                        _ => None,
                    },
                    id,
                    loc,
                })
            }
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
                        format!(
                            "delegation ends ({}) before it starts ({})",
                            until.value, since.value
                        ),
                    )
                    .at(until.loc)
                    .related("starts here", since.loc)
                    .help("correct `since` or `until`");
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
                                record.fields.insert(format!("{name}.{sub}"), v);
                            }
                        }
                        other => {
                            if let Some(v) = field_value(other) {
                                record.fields.insert(name.to_string(), v);
                            }
                        }
                    }
                }
                record.fields.shrink_to_fit();
                Entry::Record(record)
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
                format!(
                    "an entry of `{collection}` is a map of fields, found {}",
                    node.describe()
                ),
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
                    format!("an entry of `{collection}` has no `id`; not read"),
                    Some("every entry needs an `id` unique in its kind of data".into()),
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
                format!(
                    "`id` is a text, found {}; the {collection} entry is not read",
                    value.describe()
                ),
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
                format!("`{text}` is not a valid id; the {collection} entry is not read"),
                Some("an id holds letters (any script), digits, `-`, `_` and `.`".into()),
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
                        Some("extra fields go under `attrs:`".into())
                    } else {
                        Some(format!("the fields are {}", names.join(", ")))
                    }
                });
                self.error(
                    key.loc,
                    subject,
                    format!("unknown field `{}` in {what}", key.name),
                    help,
                );
                continue;
            };
            if let Some(first) = seen.insert(field.name, key.loc) {
                let f = Finding::new(
                    Check::DataError,
                    subject,
                    format!("field `{}` appears twice; the second is not read", key.name),
                )
                .at(key.loc)
                .related("first here", first);
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
                    format!("{what} `{subject}` has no `{}`", field.name),
                    Some(format!(
                        "`{}` is required: {}",
                        field.name,
                        field.ty.describe()
                    )),
                );
            }
        }
        out
    }

    fn value(&mut self, subject: &str, field: &Field, key: &Key, node: &Node) -> Option<Typed> {
        let name = field.name;
        let mismatch = |this: &mut Self, wanted: &str| {
            this.error(
                node.loc,
                subject,
                format!("`{name}` is {wanted}, found {}", node.describe()),
                None,
            );
        };
        match field.ty {
            FieldType::Id | FieldType::Text | FieldType::Ref(_) => match &node.value {
                Value::Str { .. } | Value::Number(_) | Value::DateTime(_) => {
                    let text = node.scalar_text().unwrap_or_default();
                    Some(Typed::Text(At::new(text.trim().to_string(), node.loc)))
                }
                _ => {
                    mismatch(
                        self,
                        if field.ty == FieldType::Text {
                            "a text"
                        } else {
                            "an id"
                        },
                    );
                    None
                }
            },
            FieldType::TextList | FieldType::RefList(_) => {
                let items = match &node.value {
                    Value::Seq(items) => items.clone(),
                    // A single value is a list of one.
                    Value::Str { .. } | Value::Number(_) => vec![node.clone()],
                    _ => {
                        mismatch(self, "a list");
                        return None;
                    }
                };
                let mut out = Vec::new();
                for item in items {
                    match item
                        .scalar_text()
                        .filter(|_| !matches!(item.value, Value::Bool(_)))
                    {
                        Some(t) => out.push(At::new(t.trim().to_string(), item.loc)),
                        None => self.error(
                            item.loc,
                            subject,
                            format!("an item of `{name}` is a text, found {}", item.describe()),
                            None,
                        ),
                    }
                }
                Some(Typed::Texts(At::new(out, node.loc)))
            }
            FieldType::Date => {
                let text = self.time_text(subject, name, node, "a date like 2026-12-20")?;
                match time::parse_date(&text) {
                    Ok(d) => Some(Typed::Date(At::new(d, node.loc))),
                    Err(e) => {
                        self.error(
                            node.loc,
                            subject,
                            format!("`{name}`: {e}"),
                            Some("a date is written 2026-12-20".into()),
                        );
                        None
                    }
                }
            }
            FieldType::Timestamp => {
                let text = self.time_text(subject, name, node, "a timestamp")?;
                match time::parse_timestamp(&text, self.tz) {
                    Ok(t) => Some(Typed::Time(At::new(t, node.loc))),
                    Err(e) => {
                        self.error(node.loc, subject, format!("`{name}`: {e}"), Some("write 2026-12-20T17:30:00+08:00, 2026-12-20 17:30 (local time) or 2026-12-20".into()));
                        None
                    }
                }
            }
            FieldType::Period => {
                let text = match &node.value {
                    Value::Number(n) => n.clone(),
                    Value::Str { text, .. } | Value::DateTime(text) => text.trim().to_string(),
                    _ => {
                        mismatch(self, "a period");
                        return None;
                    }
                };
                match Period::parse(&text) {
                    Ok(p) => Some(Typed::Period(At::new(p, node.loc))),
                    Err(e) => {
                        self.error(node.loc, subject, format!("`{name}`: {e}"), Some("a period is 2027, 2027-H1, 2027-Q3, 2027-03, 2027-W14 or 2027-03-15".into()));
                        None
                    }
                }
            }
            FieldType::Integer => {
                let text = self.number_text(node).or_else(|| {
                    mismatch(self, "a whole number");
                    None
                })?;
                match text.parse::<i64>() {
                    Ok(n) if n >= 0 => Some(Typed::Int(At::new(n, node.loc))),
                    _ => {
                        self.error(
                            node.loc,
                            subject,
                            format!("`{name}` is a whole number from 0, found `{text}`"),
                            None,
                        );
                        None
                    }
                }
            }
            FieldType::Amount => {
                let text = self.number_text(node).or_else(|| {
                    mismatch(self, "a number");
                    None
                })?;
                match Money::parse(&text, 1, None) {
                    Some(m) => Some(Typed::Money(At::new(m, node.loc))),
                    None => {
                        self.error(
                            node.loc,
                            subject,
                            format!("`{name}` is an amount like 48000 or 48000.50, found `{text}`"),
                            Some(
                                "no currency signs or thousands separators; at most four decimals"
                                    .into(),
                            ),
                        );
                        None
                    }
                }
            }
            FieldType::Word(words) => {
                let text = match &node.value {
                    Value::Str { text, .. } => text.trim().to_string(),
                    _ => {
                        mismatch(self, &format!("one of {}", words.join(", ")));
                        return None;
                    }
                };
                if words.contains(&text.as_str()) {
                    Some(Typed::Word(At::new(text, node.loc)))
                } else {
                    let help = suggest::did_you_mean(&text, words)
                        .or_else(|| Some(format!("one of {}", words.join(", "))));
                    self.error(
                        node.loc,
                        subject,
                        format!("`{name}` cannot be `{text}`"),
                        help,
                    );
                    None
                }
            }
            FieldType::Map(inner) => {
                let Value::Map(map) = &node.value else {
                    mismatch(self, "a map");
                    return None;
                };
                let typed = self.fields(subject, &format!("`{}`", key.name), inner, map, node);
                Some(Typed::Map(
                    typed
                        .into_iter()
                        .filter_map(|(k, v)| field_value(v).map(|v| (k.to_string(), v)))
                        .collect(),
                ))
            }
            FieldType::Holdings => {
                let Value::Seq(items) = &node.value else {
                    mismatch(self, "a list of roles");
                    return None;
                };
                let mut holdings = Vec::new();
                for item in items {
                    match &item.value {
                        Value::Str { .. } | Value::Number(_) => holdings.push(Holding {
                            role: At::new(item.scalar_text().unwrap_or_default().trim().to_string(), item.loc),
                            since: None,
                            until: None,
                            loc: item.loc,
                        }),
                        Value::Map(map) => {
                            let mut typed = self.fields(subject, "a holding", schema::HOLDING_FIELDS, map, item);
                            let Some(Typed::Text(role)) = typed.remove("role") else {
                                continue;
                            };
                            let date = |t: &mut BTreeMap<&str, Typed>, k: &str| match t.remove(k) {
                                Some(Typed::Date(d)) => Some(d),
                                _ => None,
                            };
                            let h = Holding {
                                role,
                                since: date(&mut typed, "since"),
                                until: date(&mut typed, "until"),
                                loc: item.loc,
                            };
                            if let (Some(s), Some(u)) = (&h.since, &h.until)
                                && u.value < s.value {
                                    let f = Finding::new(Check::DataError, subject, format!("holding of `{}` ends ({}) before it starts ({})", h.role.value, u.value, s.value))
                                        .at(u.loc)
                                        .related("starts here", s.loc);
                                    self.findings.push(f);
                                    continue;
                                }
                            holdings.push(h);
                        }
                        _ => self.error(item.loc, subject, format!("an item of `roles` is a role id or a {{role, since, until}} map, found {}", item.describe()), None),
                    }
                }
                Some(Typed::Holdings(holdings))
            }
            FieldType::Signatures => {
                let Value::Seq(items) = &node.value else {
                    mismatch(self, "a list of signatures");
                    return None;
                };
                let list = items
                    .iter()
                    .filter_map(|i| self.signature(subject, i, schema::SIGNATURE_FIELDS))
                    .collect();
                Some(Typed::Signatures(list, key.loc))
            }
            FieldType::Reviews => {
                let Value::Seq(items) = &node.value else {
                    mismatch(self, "a list of reviews");
                    return None;
                };
                let list = items
                    .iter()
                    .filter_map(|i| self.review(subject, i, schema::REVIEW_FIELDS))
                    .collect();
                Some(Typed::Reviews(list, key.loc))
            }
            FieldType::Attrs => {
                let Value::Map(map) = &node.value else {
                    mismatch(self, "a map of extra fields");
                    return None;
                };
                let mut out = Vec::new();
                for (k, v) in map {
                    if let Some(value) = self.attr(subject, k, v) {
                        out.push((k.name.clone(), At::new(value, v.loc)));
                    }
                }
                Some(Typed::Attrs(out))
            }
        }
    }

    /// An `attrs` value: a boolean, a number, a timestamp (when it reads as one) or a text.
    fn attr(&mut self, subject: &str, key: &Key, node: &Node) -> Option<FieldValue> {
        match &node.value {
            Value::Null => None,
            Value::Bool(b) => Some(FieldValue::Bool(*b)),
            Value::Number(n) => Some(
                Money::parse(n.trim_start_matches('+'), 1, None)
                    .map_or(FieldValue::Text(n.clone()), FieldValue::Money),
            ),
            Value::DateTime(t) => time::parse_timestamp(t, self.tz).ok().map(FieldValue::Time),
            Value::Str { text, .. } => {
                let looks_like_time = text.len() >= 10
                    && text.as_bytes()[4] == b'-'
                    && text.as_bytes()[..4].iter().all(u8::is_ascii_digit);
                Some(match time::parse_timestamp(text, self.tz) {
                    Ok(t) if looks_like_time => FieldValue::Time(t),
                    _ => FieldValue::Text(text.clone()),
                })
            }
            Value::Seq(_) | Value::Map(_) => {
                self.error(
                    node.loc,
                    subject,
                    format!(
                        "`attrs.{}` is {}; attrs hold texts, numbers, booleans and timestamps",
                        key.name,
                        node.describe()
                    ),
                    None,
                );
                None
            }
        }
    }

    fn signature(
        &mut self,
        subject: &str,
        node: &Node,
        fields: &'static [Field],
    ) -> Option<Signature> {
        let (mut t, by, at) = self.approval(
            subject,
            node,
            fields,
            "a signature",
            "{by, as, at, decision}",
        )?;
        Some(Signature {
            by,
            as_role: match t.remove("as") {
                Some(Typed::Text(v)) => Some(v),
                _ => None,
            },
            at,
            decision: decision(t.remove("decision")),
            loc: node.loc,
        })
    }

    fn review(&mut self, subject: &str, node: &Node, fields: &'static [Field]) -> Option<Review> {
        let (mut t, by, at) =
            self.approval(subject, node, fields, "a review", "{by, at, decision}")?;
        Some(Review {
            by,
            at,
            decision: decision(t.remove("decision")),
            loc: node.loc,
        })
    }

    /// What signatures and reviews share: a map with `by` and `at`. Their other fields are left
    /// in the returned map.
    fn approval(
        &mut self,
        subject: &str,
        node: &Node,
        fields: &'static [Field],
        what: &str,
        shape: &str,
    ) -> Option<(TypedFields, At<String>, At<Instant>)> {
        let Value::Map(map) = &node.value else {
            self.error(
                node.loc,
                subject,
                format!("{what} is a {shape} map, found {}", node.describe()),
                None,
            );
            return None;
        };
        let mut t = self.fields(subject, what, fields, map, node);
        let by = match t.remove("by") {
            Some(Typed::Text(v)) => v,
            _ => return None,
        };
        let at = match t.remove("at") {
            Some(Typed::Time(v)) => v,
            _ => return None,
        };
        Some((t, by, at))
    }

    fn attached_signature(&mut self, node: &Node) -> Option<Attached<Signature>> {
        let record = self.record_column(node)?;
        let seq = self.seq_column(node);
        let item = self.signature(&record.value, node, schema::SIGNATURE_ROW_FIELDS)?;
        Some(Attached { record, seq, item })
    }

    fn attached_review(&mut self, node: &Node) -> Option<Attached<Review>> {
        let record = self.record_column(node)?;
        let seq = self.seq_column(node);
        let item = self.review(&record.value, node, schema::REVIEW_ROW_FIELDS)?;
        Some(Attached { record, seq, item })
    }

    fn record_column(&mut self, node: &Node) -> Option<At<String>> {
        match node.get("record") {
            Some(v) => self.id_value(v, "signature"),
            None => {
                self.error(
                    head(node),
                    self.display,
                    "a signature row has no `record`; not read".into(),
                    Some("`record` names the id of the record signed".into()),
                );
                None
            }
        }
    }

    fn seq_column(&mut self, node: &Node) -> Option<i64> {
        node.get("seq")
            .and_then(|v| v.scalar_text())
            .and_then(|t| t.trim().parse().ok())
    }

    fn time_text(
        &mut self,
        subject: &str,
        name: &str,
        node: &Node,
        wanted: &str,
    ) -> Option<String> {
        match &node.value {
            Value::Str { text, .. } | Value::DateTime(text) => Some(text.trim().to_string()),
            _ => {
                self.error(
                    node.loc,
                    subject,
                    format!("`{name}` is {wanted}, found {}", node.describe()),
                    None,
                );
                None
            }
        }
    }

    fn number_text(&self, node: &Node) -> Option<String> {
        match &node.value {
            Value::Number(n) => Some(n.trim_start_matches('+').to_string()),
            Value::Str { text, .. } => Some(text.trim().to_string()),
            _ => None,
        }
    }
}

/// An entry's fields by name, once typed.
type TypedFields = BTreeMap<&'static str, Typed>;

fn decision(value: Option<Typed>) -> Decision {
    match value {
        Some(Typed::Word(w)) if w.value == "reject" => Decision::Reject,
        _ => Decision::Approve,
    }
}

/// A typed value as a record field.
fn field_value(t: Typed) -> Option<At<FieldValue>> {
    Some(match t {
        Typed::Text(v) => At::new(FieldValue::Ref(v.value), v.loc),
        Typed::Word(v) => match Level::parse(&v.value) {
            Some(l) => At::new(FieldValue::Level(l), v.loc),
            None => At::new(FieldValue::Text(v.value), v.loc),
        },
        Typed::Texts(v) => At::new(FieldValue::Refs(v.value), v.loc),
        Typed::Date(d) => At::new(FieldValue::Text(d.value.to_string()), d.loc),
        Typed::Time(t) => At::new(FieldValue::Time(t.value), t.loc),
        Typed::Period(p) => At::new(FieldValue::Period(p.value), p.loc),
        Typed::Int(n) => At::new(FieldValue::Int(n.value), n.loc),
        Typed::Money(m) => At::new(FieldValue::Money(m.value), m.loc),
        Typed::Map(_)
        | Typed::Attrs(_)
        | Typed::Holdings(_)
        | Typed::Signatures(..)
        | Typed::Reviews(..) => return None,
    })
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
