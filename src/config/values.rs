//! `[values.<field>]` of zhidu.toml: values of an export mapped to the ones zhidu reads
//! (`[values.status] "在职" = "active"`). `data::mapping` applies them, with its built-in table.

use crate::i18n::Message;

use super::Report;
use crate::suggest;
use crate::vocab::schema;
use std::borrow::Cow;

/// What a value becomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mapped {
    Text(String),
    Bool(bool),
}

/// One line of `[values.<field>]`.
#[derive(Clone, Debug)]
pub struct ValueRule {
    /// The field (`status`, `kind`, `attrs.result`).
    pub field: String,
    pub from: String,
    pub to: Mapped,
}

/// One `[values.<field>]` table of zhidu.toml.
pub fn parse_table(
    field: &toml::Spanned<Cow<'_, str>>,
    values: &toml::Spanned<toml::de::DeValue<'_>>,
    out: &mut Vec<ValueRule>,
    error: &mut Report<'_>,
) {
    let name = field.get_ref().trim().to_string();
    if !field_known(&name) {
        let known = known_fields();
        error(
            field.span(),
            Message::new("values-no-field").arg("name", name.as_str()),
            suggest::did_you_mean(&name, &known)
                .or_else(|| Some(Message::new("values-no-field-help"))),
        );
        return;
    }
    let Some(table) = values.get_ref().as_table() else {
        error(
            values.span(),
            Message::new("values-not-a-table").arg("name", name.as_str()),
            None,
        );
        return;
    };
    for (from, to) in table.iter() {
        let to = match to.get_ref() {
            toml::de::DeValue::String(s) => Mapped::Text(s.trim().to_string()),
            toml::de::DeValue::Boolean(b) => Mapped::Bool(*b),
            _ => {
                error(
                    to.span(),
                    Message::new("values-bad-target").arg("name", name.as_str()),
                    None,
                );
                continue;
            }
        };
        out.push(ValueRule {
            field: name.clone(),
            from: from.get_ref().trim().to_string(),
            to,
        });
    }
}

/// Does some collection have this field (dotted for `attrs.x` and nested fields)?
fn field_known(name: &str) -> bool {
    schema::TABULAR
        .iter()
        .any(|c| schema::row_fields(c).is_some_and(|fields| schema::column_known(fields, name)))
}

fn known_fields() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = schema::TABULAR
        .iter()
        .filter_map(|c| schema::row_fields(c))
        .flat_map(|fields| fields.iter().map(|f| f.name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}
