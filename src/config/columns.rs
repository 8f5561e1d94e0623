//! `[columns]` of zhidu.toml: which field a table's header names (`[columns.requests]
//! "经办人" = "requested_by"`), or a column read and ignored (`"手机号" = false`, DATA.md v3).

use crate::i18n::{Arg, Message};

use super::Report;
use crate::suggest;

/// `[columns.<collection>]`: a header that names a field, or (`= false`) a column dropped. A
/// `"header" = false` directly under `[columns]` drops the column from every table.
#[derive(Clone, Debug)]
pub struct ColumnRule {
    /// `None`: every collection.
    pub collection: Option<String>,
    pub header: String,
    /// `None`: the column is read and ignored.
    pub field: Option<String>,
}

/// One entry of `[columns]`: a collection's table of header → field (or `false`), or a header
/// dropped from every table.
pub(super) fn parse_table(
    collection: &toml::Spanned<std::borrow::Cow<'_, str>>,
    headers: &toml::Spanned<toml::de::DeValue<'_>>,
    out: &mut Vec<ColumnRule>,
    error: &mut Report<'_>,
) {
    let collection_name = collection.get_ref().to_string();
    if let toml::de::DeValue::Boolean(b) = headers.get_ref() {
        if *b {
            error(
                headers.span(),
                Message::new("columns-true").arg("name", collection_name.as_str()),
                None,
            );
        } else {
            out.push(ColumnRule {
                collection: None,
                header: collection_name.trim().to_string(),
                field: None,
            });
        }
        return;
    }
    let Some(fields) = crate::vocab::schema::row_fields(&collection_name) else {
        error(
            collection.span(),
            Message::new("columns-no-collection").arg("name", collection_name.as_str()),
            suggest::did_you_mean(&collection_name, crate::vocab::schema::TABULAR).or_else(|| {
                Some(
                    Message::new("columns-no-collection-help")
                        .arg("name", collection_name.as_str()),
                )
            }),
        );
        return;
    };
    let Some(headers) = headers.get_ref().as_table() else {
        error(
            headers.span(),
            Message::new("columns-not-a-table").arg("name", collection_name.as_str()),
            None,
        );
        return;
    };
    for (header, field) in headers.iter() {
        let field_name = match field.get_ref() {
            toml::de::DeValue::String(s) => s.to_string(),
            toml::de::DeValue::Boolean(false) => {
                out.push(ColumnRule {
                    collection: Some(collection_name.clone()),
                    header: header.get_ref().trim().to_string(),
                    field: None,
                });
                continue;
            }
            _ => {
                error(field.span(), Message::new("columns-bad-target"), None);
                continue;
            }
        };
        if !crate::vocab::schema::column_known(fields, &field_name) {
            let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
            error(
                field.span(),
                Message::new("columns-no-field")
                    .arg("collection", collection_name.as_str())
                    .arg("field", field_name.as_str()),
                suggest::did_you_mean(&field_name, &names).or_else(|| {
                    Some(Message::new("columns-no-field-help").arg("names", Arg::list(&names)))
                }),
            );
            continue;
        }
        out.push(ColumnRule {
            collection: Some(collection_name.clone()),
            header: header.get_ref().trim().to_string(),
            field: Some(field_name),
        });
    }
}
