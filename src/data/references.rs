//! Every reference between entries must resolve: a person's role, a unit's head, a signature's
//! signer. A dangling one is an `unknown-reference` with the nearest id, or, when the text is a
//! title or name rather than an id, the id it names.

use super::model::*;
use super::{DataSet, FastMap};
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::diagnostic::Severity;
use crate::i18n::{Arg, Message};
use crate::source::Loc;
use crate::suggest;
use crate::vocab::NameKind;
use rayon::prelude::*;

/// Which collections a reference may point into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum To {
    Units,
    Roles,
    People,
    RolesOrPeople,
    BodiesUnitsOrPeople,
    BodiesOrUnits,
    /// A plan's or report's recipients: a body, unit, person or role.
    Recipients,
}

impl To {
    fn kinds(self) -> &'static [NameKind] {
        match self {
            To::Units => &[NameKind::Unit],
            To::Roles => &[NameKind::Role],
            To::People => &[NameKind::Person],
            To::RolesOrPeople => &[NameKind::Role, NameKind::Person],
            To::BodiesUnitsOrPeople => &[NameKind::Body, NameKind::Unit, NameKind::Person],
            To::BodiesOrUnits => &[NameKind::Body, NameKind::Unit],
            To::Recipients => &[
                NameKind::Body,
                NameKind::Unit,
                NameKind::Person,
                NameKind::Role,
            ],
        }
    }

    /// What several of them are called.
    /// What the reference names, as the catalogues say it (`ref-target`, `ref-targets`).
    fn keyword(self) -> &'static str {
        match self {
            To::Units => "units",
            To::Roles => "roles",
            To::People => "people",
            To::RolesOrPeople => "roles-or-people",
            To::BodiesUnitsOrPeople => "bodies-units-or-people",
            To::BodiesOrUnits => "bodies-or-units",
            To::Recipients => "recipients",
        }
    }

    fn describe(self) -> Message {
        Message::new("ref-target").arg("to", self.keyword())
    }
}

pub fn check<'a>(data: &'a DataSet, findings: &mut Vec<Finding>) {
    let org = &data.org;
    let mut misses: Vec<Reference> = Vec::new();
    let mut keep_misses = |r: Reference<'a>| {
        if !resolves(org, &r) {
            misses.push(r);
        }
    };
    let mut r = Resolver {
        each: &mut keep_misses,
    };
    r.org(org);
    for p in &org.people {
        if p.status.as_ref().is_some_and(|s| s.value == Status::Left) && p.left_on.is_none() {
            let loc = p.status.as_ref().map_or(p.loc, |s| s.loc);
            findings.push(
                Finding::new(
                    Check::DataError,
                    p.id.value.clone(),
                    Message::new("data-left-without-date").arg("id", p.id.value.as_str()),
                )
                .at(loc)
                .severity(Severity::Warning)
                .help(Message::new("data-left-without-date-help")),
            );
        }
    }

    let record_misses: Vec<Vec<Reference>> = data
        .records
        .all
        .par_chunks(1024)
        .map(|chunk| {
            let mut misses = Vec::new();
            let mut keep_misses = |r: Reference<'a>| {
                if !resolves(org, &r) {
                    misses.push(r);
                }
            };
            let mut r = Resolver {
                each: &mut keep_misses,
            };
            for rec in chunk {
                r.record(rec);
            }
            misses
        })
        .collect();
    misses.extend(record_misses.into_iter().flatten());
    findings.extend(report(data, &misses));
}

/// The entries that refer to the org entry `id` of `kind`: (the referring entry's id, the
/// field, where), in the data's order — what an editor shows on hovering an id.
pub fn referrers<'a>(data: &'a DataSet, kind: NameKind, id: &str) -> Vec<(&'a str, &'a str, Loc)> {
    let org = &data.org;
    let mut found = Vec::new();
    let mut keep = |r: Reference<'a>| {
        let names = r.to.kinds().contains(&kind)
            && (r.value == id
                || (!r.to.kinds().iter().any(|&k| org.is_id(k, r.value))
                    && org.ids_named(kind, r.value) == [id]));
        if names {
            found.push((r.subject, r.field, r.loc));
        }
    };
    let mut r = Resolver { each: &mut keep };
    r.org(org);
    for rec in &data.records.all {
        r.record(rec);
    }
    found
}

/// A reference from one entry to another, by id or by a name only one entry has.
struct Reference<'a> {
    subject: &'a str,
    field: &'a str,
    value: &'a str,
    loc: Loc,
    to: To,
}

/// A reference resolves when it is the id of an entry it may name, or else the name, title or
/// alias of exactly one such entry.
fn resolves(org: &super::org::Org, r: &Reference) -> bool {
    if r.to.kinds().iter().any(|&k| org.is_id(k, r.value)) {
        return true;
    }
    let named: usize =
        r.to.kinds()
            .iter()
            .map(|&k| org.ids_named(k, r.value).len())
            .sum();
    named == 1
}

/// Walks the references of entries, handing each to `each`.
struct Resolver<'a, 'e> {
    each: &'e mut dyn FnMut(Reference<'a>),
}

impl<'a> Resolver<'a, '_> {
    fn one(&mut self, subject: &'a str, value: &'a Option<At<String>>, to: To, field: &'a str) {
        if let Some(v) = value {
            self.at(subject, v, to, field);
        }
    }

    fn at(&mut self, subject: &'a str, value: &'a At<String>, to: To, field: &'a str) {
        self.text(subject, &value.value, value.loc, to, field);
    }

    fn text(&mut self, subject: &'a str, value: &'a str, loc: Loc, to: To, field: &'a str) {
        (self.each)(Reference {
            subject,
            field,
            value,
            loc,
            to,
        });
    }

    /// The references of the org's entries: units, roles, people, bodies, delegations.
    fn org(&mut self, org: &'a super::org::Org) {
        let r = self;
        for u in &org.units {
            r.one(&u.id.value, &u.parent, To::Units, "parent");
            r.one(&u.id.value, &u.head, To::Roles, "head");
            r.one(&u.id.value, &u.overseen_by, To::Roles, "overseen_by");
        }
        for role in &org.roles {
            r.one(&role.id.value, &role.unit, To::Units, "unit");
            r.one(&role.id.value, &role.reports_to, To::Roles, "reports_to");
        }
        for p in &org.people {
            for h in &p.holdings {
                r.at(&p.id.value, &h.role, To::Roles, "roles");
            }
            r.one(&p.id.value, &p.manager, To::People, "manager");
        }
        for b in &org.bodies {
            r.one(&b.id.value, &b.chair, To::RolesOrPeople, "chair");
            for m in &b.members {
                r.at(&b.id.value, m, To::RolesOrPeople, "members");
            }
            r.one(&b.id.value, &b.unit, To::Units, "unit");
        }
        for d in &org.delegations {
            r.one(&d.id.value, &d.from, To::People, "from");
            r.one(&d.id.value, &d.to, To::People, "to");
            r.one(&d.id.value, &d.role, To::Roles, "role");
            r.one(&d.id.value, &d.authorized_by, To::People, "authorized_by");
        }
    }

    fn record(&mut self, rec: &'a Record) {
        let id = rec.id.value.as_str();
        for (path, value) in rec.fields.iter() {
            let to = match path {
                "unit" => To::Units,
                "owner" | "drafted_by" | "requested_by" | "chair" | "assignee"
                | "minutes.signed_by" => To::People,
                // DATA.md v3: a report by 总经理 is by whoever holds the post that day.
                "by" => To::RolesOrPeople,
                "body" => To::BodiesOrUnits,
                "attendees" | "submitted_to" | "to" => {
                    let to = if path == "attendees" {
                        To::People
                    } else {
                        To::Recipients
                    };
                    if let FieldValue::Refs(items) = &value.value {
                        for item in items {
                            self.at(id, item, to, path);
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            if let FieldValue::Ref(text) = &value.value {
                self.text(id, text, value.loc, to, path);
            }
        }
        for s in &rec.signatures {
            self.at(id, &s.by, To::People, "by");
            if let Some(role) = &s.as_role {
                self.at(id, role, To::Roles, "as");
            }
        }
        for review in &rec.reviews {
            self.at(id, &review.by, To::BodiesUnitsOrPeople, "by");
        }
    }
}

/// The findings for the misses, in their order: a name shared by several entries is a data error
/// listing them; anything else an unknown reference with the nearest id, within the budget of
/// [`suggest::did_you_mean_all`].
fn report(data: &DataSet, misses: &[Reference]) -> Vec<Finding> {
    let org = &data.org;
    // The entries a name shared by several would name: no reference to any of them.
    let shared = |miss: &Reference| -> Vec<&str> {
        miss.to
            .kinds()
            .iter()
            .flat_map(|&kind| org.ids_named(kind, miss.value))
            .collect()
    };
    let mut typos: FastMap<To, Vec<&str>> = FastMap::default();
    for miss in misses.iter().filter(|m| shared(m).is_empty()) {
        typos.entry(miss.to).or_default().push(miss.value);
    }
    let mut suggested: FastMap<(To, &str), Option<Message>> = FastMap::default();
    for (to, words) in typos {
        let ids: Vec<&str> = to
            .kinds()
            .iter()
            .flat_map(|k| -> Vec<&str> {
                match k {
                    NameKind::Unit => org.units.iter().map(|u| u.id.value.as_str()).collect(),
                    NameKind::Role => org.roles.iter().map(|u| u.id.value.as_str()).collect(),
                    NameKind::Person => org.people.iter().map(|u| u.id.value.as_str()).collect(),
                    NameKind::Body => org.bodies.iter().map(|u| u.id.value.as_str()).collect(),
                }
            })
            .collect();
        for (word, help) in suggest::did_you_mean_all(words, &ids) {
            suggested.insert((to, word), help);
        }
    }
    misses
        .iter()
        .map(|miss| {
            let candidates = shared(miss);
            if candidates.len() > 1 {
                return Finding::new(
                    Check::DataError,
                    miss.subject,
                    Message::new("data-ref-ambiguous")
                        .arg("field", miss.field.to_string())
                        .arg("value", miss.value)
                        .arg("count", candidates.len())
                        .arg(
                            "to",
                            Message::new("ref-targets").arg("to", miss.to.keyword()),
                        )
                        .arg("ids", Arg::list(&candidates)),
                )
                .at(miss.loc)
                .help(Message::new("data-ref-ambiguous-help"));
            }
            let help = suggested
                .get(&(miss.to, miss.value))
                .cloned()
                .flatten()
                .unwrap_or_else(|| {
                    Message::new("data-ref-unknown-help").arg("to", miss.to.describe())
                });
            Finding::new(
                Check::UnknownReference,
                miss.subject,
                Message::new("data-ref-unknown")
                    .arg("field", miss.field.to_string())
                    .arg("value", miss.value)
                    .arg("to", miss.to.describe()),
            )
            .at(miss.loc)
            .help(help)
        })
        .collect()
}
