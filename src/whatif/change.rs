//! The change file of `zhidu whatif`: a `changes` list in the data formats (YAML, JSON, TOML),
//! each change named by its first key (CLI.md v3). Every name is resolved against the data set
//! (a person, post, unit or delegation by id or name); a name that matches nothing, a unit merged
//! into itself or a bad date is a data error at its place, with the nearest spelling.

use crate::data::convert::{Entry, Typer};
use crate::data::model::{Delegation, Role};
use crate::data::org::{DelegationIx, Named, Org, PersonIx, RoleIx, UnitIx};
use crate::data::tree::{Node, Value};
use crate::diagnostic::{Check, Finding};
use crate::i18n::Message;
use crate::source::{FileId, Loc};
use crate::vocab::NameKind;
use jiff::civil::Date;

/// What a change does.
#[derive(Clone, Debug)]
pub enum Act {
    Leave(PersonIx),
    /// A post by id: one of the data's, or one an earlier change adds.
    Assign(PersonIx, String),
    Unassign(PersonIx, String),
    AddRole(Box<Role>),
    RemoveRole(String),
    Seats(String, u32),
    Merge(UnitIx, UnitIx),
    Move(UnitIx, UnitIx),
    Grant(Box<Delegation>),
    Revoke(DelegationIx),
}

/// One change, with the day it takes effect and where it is written.
#[derive(Clone, Debug)]
pub struct Change {
    pub act: Act,
    pub on: Option<Date>,
    pub loc: Loc,
}

/// The kinds of change, by their first key.
pub const KINDS: &[&str] = &[
    "leave",
    "assign",
    "unassign",
    "add_role",
    "remove_role",
    "seats",
    "merge",
    "move",
    "grant",
    "revoke",
];

/// Reads the changes of a file's text; `name` is the file as shown.
pub fn read(
    file: FileId,
    name: &str,
    text: &str,
    org: &Org,
    tz: &jiff::tz::TimeZone,
) -> (Vec<Change>, Vec<Finding>) {
    let mut reader = Reader {
        name,
        org,
        tz,
        findings: Vec::new(),
        added_roles: Vec::new(),
        left: Vec::new(),
    };
    let root = match parse(file, name, text) {
        Ok(root) => root,
        Err(f) => return (Vec::new(), vec![*f]),
    };
    let Some(list) = root.get("changes") else {
        reader.error(root.loc, Message::new("whatif-no-changes"));
        return (Vec::new(), reader.findings);
    };
    let Value::Seq(items) = &list.value else {
        reader.error(list.loc, Message::new("whatif-changes-not-list"));
        return (Vec::new(), reader.findings);
    };
    let changes = items
        .iter()
        .filter_map(|item| reader.change(item))
        .collect();
    (changes, reader.findings)
}

/// The file's tree, by its extension.
fn parse(file: FileId, name: &str, text: &str) -> Result<Node, Box<Finding>> {
    let lower = name.to_ascii_lowercase();
    let parsed = if lower.ends_with(".json") {
        crate::data::json::parse(file, text)
    } else if lower.ends_with(".toml") {
        crate::data::toml::parse(file, text)
    } else {
        crate::data::yaml::parse(file, text).map(|mut docs| {
            if docs.is_empty() {
                Node::new(Value::Null, file, crate::source::Span::empty(0))
            } else {
                docs.swap_remove(0)
            }
        })
    };
    parsed.map_err(|e| {
        Box::new(Finding::new(Check::ParseError, name, e.message).at(Loc::new(file, e.span)))
    })
}

struct Reader<'a> {
    name: &'a str,
    org: &'a Org,
    tz: &'a jiff::tz::TimeZone,
    findings: Vec<Finding>,
    /// Posts earlier changes add (by id and title), which later changes may name.
    added_roles: Vec<(String, Option<String>)>,
    /// People earlier changes make leave.
    left: Vec<PersonIx>,
}

/// The keys each kind of change takes beside its own.
fn keys_of(kind: &str) -> &'static [&'static str] {
    match kind {
        "assign" => &["role", "from", "on"],
        "unassign" => &["role", "on"],
        "seats" => &["to", "on"],
        "merge" => &["into", "on"],
        "move" => &["under", "on"],
        "grant" => &[],
        _ => &["on"],
    }
}

impl Reader<'_> {
    fn error(&mut self, loc: Loc, message: Message) {
        self.findings
            .push(Finding::new(Check::DataError, self.name, message).at(loc));
    }

    fn error_with(&mut self, loc: Loc, message: Message, help: Option<Message>) {
        let mut f = Finding::new(Check::DataError, self.name, message).at(loc);
        f.help = help.map(Into::into);
        self.findings.push(f);
    }

    /// "No post of the data is called …", with the nearest of `spellings`.
    fn unknown(&mut self, kind: &'static str, name: &str, at: Loc, spellings: Vec<&str>) {
        let hint = crate::suggest::did_you_mean(name, spellings);
        self.error_with(
            at,
            Message::new("whatif-unknown-name")
                .arg("kind", Message::new(kind))
                .arg("name", name),
            hint,
        );
    }

    fn change(&mut self, item: &Node) -> Option<Change> {
        let Value::Map(entries) = &item.value else {
            self.error(item.loc, Message::new("whatif-change-not-map"));
            return None;
        };
        let (key, value) = entries.first()?;
        if KINDS.contains(&key.name.as_str()) {
            // A misspelt `on:` would make the change take effect on the wrong day, unseen.
            let allowed = keys_of(&key.name);
            for (other, _) in entries.iter().skip(1) {
                if !allowed.contains(&other.name.as_str()) {
                    self.error_with(
                        other.loc,
                        Message::new("whatif-unknown-key")
                            .arg("key", other.name.as_str())
                            .arg("change", key.name.as_str())
                            .arg("keys", crate::i18n::Arg::list(allowed)),
                        crate::suggest::did_you_mean(&other.name, allowed.iter().copied()),
                    );
                    return None;
                }
            }
        }
        let on = self.date(item, &["on", "from"])?;
        let act = match key.name.as_str() {
            "leave" => {
                let person = self.find(value, NameKind::Person)?;
                self.can_leave(person, on, value.loc)?;
                Act::Leave(person)
            }
            "assign" | "unassign" => {
                let person = self.find(value, NameKind::Person)?;
                let Some(role_node) = item.get("role") else {
                    self.error(
                        item.loc,
                        Message::new("whatif-missing-key").arg("key", "role"),
                    );
                    return None;
                };
                let role = self.role(role_node)?;
                if key.name == "assign" {
                    Act::Assign(person, role)
                } else {
                    self.holds(person, &role, on, role_node.loc)?;
                    Act::Unassign(person, role)
                }
            }
            "remove_role" => Act::RemoveRole(self.role(value)?),
            "seats" => {
                let role = self.role(value)?;
                let to = item.get("to").and_then(|n| n.scalar_text());
                match to.and_then(|t| t.parse::<u32>().ok()) {
                    Some(n) => Act::Seats(role, n),
                    None => {
                        self.error(item.loc, Message::new("whatif-seats-count"));
                        return None;
                    }
                }
            }
            "merge" | "move" => {
                let unit: UnitIx = self.find(value, NameKind::Unit)?;
                let other_key = if key.name == "merge" { "into" } else { "under" };
                let Some(other_node) = item.get(other_key) else {
                    self.error(
                        item.loc,
                        Message::new("whatif-missing-key").arg("key", other_key),
                    );
                    return None;
                };
                let other: UnitIx = self.find(other_node, NameKind::Unit)?;
                if unit == other || (key.name == "move" && self.org.within(other, unit)) {
                    self.error(item.loc, Message::new("whatif-into-itself"));
                    return None;
                }
                if key.name == "merge" {
                    Act::Merge(unit, other)
                } else {
                    Act::Move(unit, other)
                }
            }
            "revoke" => Act::Revoke(self.find_delegation(value)?),
            "add_role" => {
                let role = self.typed_role(value)?;
                self.new_role(&role, value.loc)?;
                self.added_roles.push((
                    role.id.value.clone(),
                    role.title.as_ref().map(|t| t.value.clone()),
                ));
                Act::AddRole(Box::new(role))
            }
            "grant" => {
                let delegation = self.typed_delegation(value)?;
                self.new_delegation(&delegation, value.loc)?;
                Act::Grant(Box::new(delegation))
            }
            other => {
                self.error_with(
                    key.loc,
                    Message::new("whatif-unknown-change").arg("key", other),
                    crate::suggest::did_you_mean(other, KINDS),
                );
                return None;
            }
        };
        Some(Change {
            act,
            on,
            loc: item.loc,
        })
    }

    /// The change's day (`on`, or `from` for an assignment); `Some(None)` when it gives none.
    fn date(&mut self, item: &Node, keys: &[&str]) -> Option<Option<Date>> {
        let Some(node) = keys.iter().find_map(|k| item.get(k)) else {
            return Some(None);
        };
        match node.scalar_text().map(|t| crate::time::parse_date(&t)) {
            Some(Ok(d)) => Some(Some(d)),
            Some(Err(message)) => {
                self.error(node.loc, message);
                None
            }
            None => {
                self.error(node.loc, Message::new("whatif-date"));
                None
            }
        }
    }

    /// The one entry of a kind a name (id, name, title) means.
    fn find<I: Named>(&mut self, node: &Node, kind: NameKind) -> Option<I> {
        let Some(text) = node.scalar_text() else {
            self.error(node.loc, Message::new("whatif-name-not-text"));
            return None;
        };
        let found: Vec<I> = self.org.bind([text.as_str()]);
        match found.as_slice() {
            [one] => Some(*one),
            [] => {
                self.unknown(kind_id(kind), &text, node.loc, self.org.spellings(kind));
                None
            }
            _ => {
                self.error(
                    node.loc,
                    Message::new("whatif-ambiguous-name").arg("name", text.as_str()),
                );
                None
            }
        }
    }

    /// A post by id: the data's (by id, title or alias), or one an earlier change adds.
    fn role(&mut self, node: &Node) -> Option<String> {
        let text = node.scalar_text().unwrap_or_default();
        if let Some((id, _)) = self
            .added_roles
            .iter()
            .find(|(id, title)| *id == text || title.as_deref() == Some(text.as_str()))
        {
            return Some(id.clone());
        }
        let role: RoleIx = self.find(node, NameKind::Role)?;
        Some(self.org.roles[role].id.value.clone())
    }

    /// A person leaves once, and not before an earlier leaving.
    fn can_leave(&mut self, person: PersonIx, on: Option<Date>, at: Loc) -> Option<()> {
        let already = self.left.contains(&person)
            || on.is_some_and(|d| {
                !self
                    .org
                    .active(person, d.saturating_sub(jiff::Span::new().days(1)))
            });
        if already {
            self.error(at, Message::new("whatif-already-left"));
            return None;
        }
        self.left.push(person);
        Some(())
    }

    /// `unassign` needs the person to hold the post that day.
    fn holds(&mut self, person: PersonIx, role: &str, on: Option<Date>, at: Loc) -> Option<()> {
        let held = self.org.role(role).is_some_and(|r| match on {
            Some(d) => self.org.holds(person, r, d),
            None => self.org.ever_held(person, r),
        });
        if !held {
            self.error(at, Message::new("whatif-not-held").arg("role", role));
            return None;
        }
        Some(())
    }

    /// A new post: its id not taken; its unit exists.
    fn new_role(&mut self, role: &Role, at: Loc) -> Option<()> {
        if self.org.role(&role.id.value).is_some()
            || self.added_roles.iter().any(|(id, _)| *id == role.id.value)
        {
            self.error(
                at,
                Message::new("whatif-id-taken").arg("id", role.id.value.as_str()),
            );
            return None;
        }
        let org = self.org;
        if let Some(unit) = &role.unit
            && org.unit(&unit.value).is_none()
        {
            let spellings = org.spellings(NameKind::Unit);
            self.unknown("whatif-kind-unit", &unit.value, unit.loc, spellings);
            return None;
        }
        Some(())
    }

    /// A new delegation: its id not taken, its people and post in the data, its days in order.
    fn new_delegation(&mut self, d: &Delegation, at: Loc) -> Option<()> {
        let org = self.org;
        if org.delegations.iter().any(|x| x.id.value == d.id.value) {
            self.error(
                at,
                Message::new("whatif-id-taken").arg("id", d.id.value.as_str()),
            );
            return None;
        }
        for person in [&d.from, &d.to, &d.authorized_by].into_iter().flatten() {
            if org.person(&person.value).is_none() {
                let spellings = org.spellings(NameKind::Person);
                self.unknown("whatif-kind-person", &person.value, person.loc, spellings);
                return None;
            }
        }
        if let Some(role) = &d.role
            && org.role(&role.value).is_none()
        {
            let spellings = org.spellings(NameKind::Role);
            self.unknown("whatif-kind-role", &role.value, role.loc, spellings);
            return None;
        }
        if let (Some(since), Some(until)) = (&d.since, &d.until)
            && until.value < since.value
        {
            self.error(until.loc, Message::new("whatif-until-before-since"));
            return None;
        }
        Some(())
    }

    fn find_delegation(&mut self, node: &Node) -> Option<DelegationIx> {
        let text = node.scalar_text().unwrap_or_default();
        let found = self
            .org
            .delegations
            .enumerate()
            .find(|(_, d)| d.id.value == text)
            .map(|(i, _)| i);
        if found.is_none() {
            let org = self.org;
            let ids: Vec<&str> = org
                .delegations
                .iter()
                .map(|d| d.id.value.as_str())
                .collect();
            self.unknown("whatif-kind-delegation", &text, node.loc, ids);
        }
        found
    }

    /// A new post, typed as the `roles` collection types one.
    fn typed_role(&mut self, node: &Node) -> Option<Role> {
        match self.typed("roles", node)? {
            Entry::Role(role) => Some(role),
            _ => None,
        }
    }

    /// A new delegation, typed as the `delegations` collection types one.
    fn typed_delegation(&mut self, node: &Node) -> Option<Delegation> {
        match self.typed("delegations", node)? {
            Entry::Delegation(d) => Some(d),
            _ => None,
        }
    }

    fn typed(&mut self, collection: &str, node: &Node) -> Option<Entry> {
        let mut findings = Vec::new();
        let entry = Typer::new(self.name, self.tz, &[], &mut findings).entry(collection, node);
        let failed = findings.iter().any(Finding::is_input_error);
        self.findings.extend(findings);
        entry.filter(|_| !failed)
    }
}

fn kind_id(kind: NameKind) -> &'static str {
    match kind {
        NameKind::Person => "whatif-kind-person",
        NameKind::Role => "whatif-kind-role",
        NameKind::Unit => "whatif-kind-unit",
        NameKind::Body => "whatif-kind-body",
    }
}
