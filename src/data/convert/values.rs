//! One value against the type its field expects: ids, references, dates, times, periods,
//! numbers, amounts, words, lists and nested maps; `attrs` as they come.

use super::*;
use crate::data::mapping::{self, Mapped};
use crate::i18n::{Arg, Message};
use std::borrow::Cow;

impl Typer<'_> {
    pub(super) fn value(
        &mut self,
        subject: &str,
        field: &Field,
        key: &Key,
        node: &Node,
    ) -> Option<Typed> {
        let name = field.name;
        let mapped = self.mapped(name, node);
        let node = mapped.as_ref();
        let mismatch = |this: &mut Self, wanted: Message| {
            this.error(
                node.loc,
                subject,
                Message::new("data-type-mismatch")
                    .arg("field", name)
                    .arg("wanted", wanted)
                    .arg("found", node.describe()),
                None,
            );
        };
        let wanted = |what: &'static str| Message::new("data-wanted").arg("what", what);
        // A value of the right shape that does not read (a 13th month), and how it is written.
        let unreadable = |this: &mut Self, error: Message, help: Message| {
            let message = Message::new("data-field-error")
                .arg("field", name)
                .arg("error", error);
            this.error(node.loc, subject, message, Some(help));
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
                        wanted(if field.ty == FieldType::Text {
                            "text"
                        } else {
                            "id"
                        }),
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
                        mismatch(self, wanted("list"));
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
                            Message::new("data-item-not-text")
                                .arg("field", name)
                                .arg("found", item.describe()),
                            None,
                        ),
                    }
                }
                Some(Typed::Texts(At::new(out, node.loc)))
            }
            FieldType::Date => {
                let text = self.time_text(subject, name, node, wanted("date"))?;
                match time::parse_data_date(&text) {
                    Ok(d) => Some(Typed::Date(At::new(d, node.loc))),
                    Err(e) => {
                        let help = Message::new("data-date-forms").arg("forms", time::date_forms());
                        unreadable(self, e, help);
                        None
                    }
                }
            }
            FieldType::Timestamp => {
                let text = self.time_text(subject, name, node, wanted("timestamp"))?;
                match time::parse_data_timestamp(&text, self.tz) {
                    Ok(t) => Some(Typed::Time(At::new(t, node.loc))),
                    Err(e) => {
                        unreadable(self, e, Message::new("data-timestamp-forms"));
                        None
                    }
                }
            }
            FieldType::Period => {
                let text = match &node.value {
                    Value::Number(n) => n.clone(),
                    Value::Str { text, .. } | Value::DateTime(text) => text.trim().to_string(),
                    _ => {
                        mismatch(self, wanted("period"));
                        return None;
                    }
                };
                match Period::parse(&text) {
                    Ok(p) => Some(Typed::Period(At::new(p, node.loc))),
                    Err(e) => {
                        unreadable(self, e, Message::new("data-period-forms"));
                        None
                    }
                }
            }
            FieldType::Integer => {
                let text = self.number_text(node).or_else(|| {
                    mismatch(self, wanted("integer"));
                    None
                })?;
                match text.parse::<i64>() {
                    Ok(n) if n >= 0 => Some(Typed::Int(At::new(n, node.loc))),
                    _ => {
                        self.error(
                            node.loc,
                            subject,
                            Message::new("data-not-a-count")
                                .arg("field", name)
                                .arg("text", text.as_str()),
                            None,
                        );
                        None
                    }
                }
            }
            FieldType::Amount => {
                let text = self.number_text(node).or_else(|| {
                    mismatch(self, wanted("number"));
                    None
                })?;
                match Money::parse_written(&text) {
                    Ok(m) => Some(Typed::Money(At::new(m, node.loc))),
                    Err(e) => {
                        let forms = crate::vocab::amount_forms();
                        unreadable(
                            self,
                            e,
                            Message::new("data-amount-forms").arg("forms", forms),
                        );
                        None
                    }
                }
            }
            FieldType::Word(words) => {
                let text = match &node.value {
                    Value::Str { text, .. } => text.trim().to_string(),
                    _ => {
                        mismatch(
                            self,
                            Message::new("data-one-of").arg("words", Arg::list(words)),
                        );
                        return None;
                    }
                };
                if words.contains(&text.as_str()) {
                    Some(Typed::Word(At::new(text, node.loc)))
                } else {
                    let help = suggest::did_you_mean(&text, words).or_else(|| {
                        Some(Message::new("data-one-of").arg("words", Arg::list(words)))
                    });
                    self.error(
                        node.loc,
                        subject,
                        Message::new("data-not-a-word")
                            .arg("field", name)
                            .arg("text", text.as_str()),
                        help,
                    );
                    None
                }
            }
            FieldType::Map(inner) => {
                let Value::Map(map) = &node.value else {
                    mismatch(self, wanted("map"));
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
                    mismatch(self, wanted("roles"));
                    return None;
                };
                let mut holdings = Vec::new();
                for item in items {
                    match &item.value {
                        Value::Str { .. } | Value::Number(_) => holdings.push(Holding {
                            role: At::new(
                                item.scalar_text().unwrap_or_default().trim().to_string(),
                                item.loc,
                            ),
                            since: None,
                            until: None,
                            loc: item.loc,
                        }),
                        Value::Map(map) => {
                            let mut typed =
                                self.fields(subject, "`roles`", schema::HOLDING_FIELDS, map, item);
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
                                && u.value < s.value
                            {
                                let message = Message::new("data-holding-ends-first")
                                    .arg("role", h.role.value.as_str())
                                    .date("until", u.value)
                                    .date("since", s.value);
                                let f = Finding::new(Check::DataError, subject, message)
                                    .at(u.loc)
                                    .related(Message::new("data-starts-here"), s.loc);
                                self.findings.push(f);
                                continue;
                            }
                            holdings.push(h);
                        }
                        _ => self.error(
                            item.loc,
                            subject,
                            Message::new("data-holding-shape").arg("found", item.describe()),
                            None,
                        ),
                    }
                }
                Some(Typed::Holdings(holdings))
            }
            FieldType::Signatures => {
                let Value::Seq(items) = &node.value else {
                    mismatch(self, wanted("signatures"));
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
                    mismatch(self, wanted("reviews"));
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
                    mismatch(self, wanted("attrs"));
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

    /// A scalar as `[values]` or the built-in table maps it, else as written.
    fn mapped<'n>(&self, field: &str, node: &'n Node) -> Cow<'n, Node> {
        let text = match &node.value {
            Value::Str { text, .. } => text.trim(),
            Value::Number(n) => n.as_str(),
            _ => return Cow::Borrowed(node),
        };
        let value = match mapping::map(self.values, field, text).as_deref() {
            Some(Mapped::Text(t)) => Value::Str {
                text: t.clone(),
                quoted: true,
            },
            Some(Mapped::Bool(b)) => Value::Bool(*b),
            None if field.starts_with("attrs.") => match mapping::boolean(text) {
                Some(b) => Value::Bool(b),
                None => return Cow::Borrowed(node),
            },
            None => return Cow::Borrowed(node),
        };
        Cow::Owned(Node {
            value,
            loc: node.loc,
        })
    }

    /// An `attrs` value: a boolean, a number, a timestamp (when it reads as one) or a text.
    pub(super) fn attr(&mut self, subject: &str, key: &Key, node: &Node) -> Option<FieldValue> {
        let mapped = if self.values.is_empty()
            && !matches!(&node.value, Value::Str { text, .. } if mapping::boolean(text.trim()).is_some())
        {
            Cow::Borrowed(node)
        } else {
            self.mapped(&format!("attrs.{}", key.name), node)
        };
        let node = mapped.as_ref();
        match &node.value {
            Value::Null => None,
            Value::Bool(b) => Some(FieldValue::Bool(*b)),
            Value::Number(n) => Some(
                Money::parse(n.trim_start_matches('+'), 1, None)
                    .map_or(FieldValue::Text(n.clone()), |m| {
                        FieldValue::Money(Box::new(m))
                    }),
            ),
            Value::DateTime(t) => time::parse_timestamp(t, self.tz).ok().map(FieldValue::Time),
            Value::Str { text, .. } => Some(match time::parse_data_timestamp(text, self.tz) {
                Ok(t) if time::looks_like_date(text) => FieldValue::Time(t),
                _ => FieldValue::Text(text.clone()),
            }),
            Value::Seq(_) | Value::Map(_) => {
                self.error(
                    node.loc,
                    subject,
                    Message::new("data-attr-shape")
                        .arg("key", key.name.as_str())
                        .arg("found", node.describe()),
                    None,
                );
                None
            }
        }
    }

    pub(super) fn time_text(
        &mut self,
        subject: &str,
        name: &str,
        node: &Node,
        wanted: Message,
    ) -> Option<String> {
        match &node.value {
            Value::Str { text, .. } | Value::DateTime(text) => Some(text.trim().to_string()),
            _ => {
                self.error(
                    node.loc,
                    subject,
                    Message::new("data-type-mismatch")
                        .arg("field", name)
                        .arg("wanted", wanted)
                        .arg("found", node.describe()),
                    None,
                );
                None
            }
        }
    }

    pub(super) fn number_text(&self, node: &Node) -> Option<String> {
        match &node.value {
            Value::Number(n) => Some(n.trim_start_matches('+').to_string()),
            Value::Str { text, .. } => Some(text.trim().to_string()),
            _ => None,
        }
    }
}

/// A typed value as a record field.
pub(super) fn field_value(t: Typed) -> Option<At<FieldValue>> {
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
        Typed::Money(m) => At::new(FieldValue::Money(Box::new(m.value)), m.loc),
        Typed::Map(_)
        | Typed::Attrs(_)
        | Typed::Holdings(_)
        | Typed::Signatures(..)
        | Typed::Reviews(..) => return None,
    })
}
