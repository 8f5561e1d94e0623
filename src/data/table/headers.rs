//! Which field a table's column holds: its header read as a field name (`requested_by`,
//! `minutes.filed`, `attrs.budget`), as one of the Chinese headers OA systems and spreadsheets
//! use (`申请人`), or as `[columns.<collection>]` in zhidu.toml maps it.

use crate::config::ColumnRule;
use crate::vocab::schema::{self, Field};

/// The Chinese headers understood without configuration (docs/data.md): (header, field, the
/// collection it is limited to). A header applies to a collection that has its field.
pub const CHINESE: &[(&str, &str, Option<&str>)] = &[
    ("编号", "id", None),
    ("ID", "id", None),
    ("单号", "record", Some("signatures")),
    ("单号", "record", Some("reviews")),
    ("单号", "id", None),
    ("姓名", "name", None),
    ("名称", "name", None),
    ("类型", "kind", None),
    ("类别", "kind", None),
    ("单位类型", "kind", Some("units")),
    ("部门", "unit", None),
    ("所属部门", "unit", None),
    ("岗位名称", "title", None),
    ("职务", "title", None),
    ("岗位", "roles", None),
    ("职位", "roles", None),
    ("上级部门", "parent", None),
    ("负责人", "owner", Some("plans")),
    ("负责人", "head", None),
    ("直属上级", "manager", None),
    ("离职日期", "left_on", None),
    ("离职时间", "left_on", None),
    ("状态", "status", None),
    ("期间", "period", None),
    ("所属期", "period", None),
    ("提交时间", "submitted", None),
    ("报送时间", "submitted", None),
    ("提交对象", "submitted_to", None),
    ("报送对象", "submitted_to", None),
    // A report's recipients (reports have `to`, plans `submitted_to`).
    ("提交对象", "to", None),
    ("报送对象", "to", None),
    ("报告人", "by", Some("reports")),
    ("填报人", "by", Some("reports")),
    ("会议类型", "kind", None),
    ("工单类型", "kind", None),
    ("开始日期", "attrs.start", Some("requests")),
    ("开始时间", "attrs.start", Some("requests")),
    ("申请人", "requested_by", None),
    ("申请时间", "requested_at", None),
    ("申请日期", "requested_at", None),
    ("金额", "amount", None),
    ("币种", "currency", None),
    ("职级", "level", None),
    ("召开时间", "held", None),
    ("会议时间", "held", None),
    ("主持人", "chair", None),
    ("接收时间", "received", None),
    ("受理时间", "received", None),
    ("响应时间", "responded", None),
    ("完成时间", "resolved", None),
    ("解决时间", "resolved", None),
    ("处理人", "assignee", None),
    ("序号", "seq", Some("signatures")),
    ("序号", "seq", Some("reviews")),
    ("签批人", "by", Some("signatures")),
    ("签批身份", "as", Some("signatures")),
    ("签批时间", "at", Some("signatures")),
];

/// Is the column dropped by `[columns]` (`"手机号" = false`)?
pub fn dropped(collection: &str, header: &str, columns: &[ColumnRule]) -> bool {
    rule(collection, header, columns).is_some_and(|r| r.field.is_none())
}

/// The `[columns]` line for a header of a collection's table: one of `[columns.<collection>]`
/// before one for every table; the last line written wins.
fn rule<'c>(collection: &str, header: &str, columns: &'c [ColumnRule]) -> Option<&'c ColumnRule> {
    let of = |only: bool| {
        columns.iter().rev().find(|r| {
            r.header == header
                && match &r.collection {
                    Some(c) => only && c == collection,
                    None => !only,
                }
        })
    };
    of(true).or_else(|| of(false))
}

/// The field a header names in a table of `collection`: `[columns]` first, then the header as a
/// field name, then the built-in Chinese headers.
pub fn field_for(
    collection: &str,
    fields: &'static [Field],
    header: &str,
    columns: &[ColumnRule],
) -> Option<String> {
    if let Some(rule) = rule(collection, header, columns) {
        return rule.field.clone();
    }
    if schema::column_known(fields, header) {
        return Some(header.to_string());
    }
    CHINESE
        .iter()
        .filter(|(h, _, only)| *h == header && only.is_none_or(|c| c == collection))
        .map(|(_, field, _)| *field)
        .find(|field| schema::column_known(fields, field))
        .map(str::to_string)
}

/// A header close to one zhidu knows for this collection (a field name or a built-in Chinese
/// header): "did you mean `申请人`?" for `申请⼈` or `申清人`.
pub fn did_you_mean(
    collection: &str,
    fields: &'static [Field],
    header: &str,
) -> Option<crate::i18n::Message> {
    let known: Vec<&str> = CHINESE
        .iter()
        .filter(|(h, field, only)| {
            *h != header
                && only.is_none_or(|c| c == collection)
                && schema::column_known(fields, field)
        })
        .map(|(h, _, _)| *h)
        .collect();
    crate::suggest::did_you_mean(header, &known)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(collection: &str, header: &str) -> Option<String> {
        let fields = schema::row_fields(collection)?;
        field_for(collection, fields, header, &[])
    }

    #[test]
    fn chinese_headers_name_fields_of_their_collection() {
        assert_eq!(field("requests", "申请人").as_deref(), Some("requested_by"));
        assert_eq!(field("requests", "编号").as_deref(), Some("id"));
        assert_eq!(field("units", "负责人").as_deref(), Some("head"));
        assert_eq!(field("plans", "负责人").as_deref(), Some("owner"));
        assert_eq!(field("signatures", "单号").as_deref(), Some("record"));
        assert_eq!(field("requests", "单号").as_deref(), Some("id"));
        assert_eq!(field("people", "姓名").as_deref(), Some("name"));
        assert_eq!(field("people", "岗位").as_deref(), Some("roles"));
        assert_eq!(field("signatures", "签批人").as_deref(), Some("by"));
        // Only where the collection has the field.
        assert_eq!(field("people", "金额"), None);
        assert_eq!(field("requests", "签批人"), None);
        assert_eq!(field("requests", "经办人"), None);
    }

    #[test]
    fn every_built_in_header_names_a_field_somewhere() {
        for (header, name, only) in CHINESE {
            let found = schema::TABULAR
                .iter()
                .filter(|c| only.is_none_or(|o| o == **c))
                .filter_map(|c| schema::row_fields(c))
                .any(|fields| schema::column_known(fields, name));
            assert!(found, "{header} → {name}");
        }
    }
}
