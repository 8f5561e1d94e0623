//! `[values]`: the words of an export mapped to the ones zhidu reads (DATA.md v3 "Exports as they
//! are"). An OA system writes 在职, 审批中 and 是 where zhidu's fields hold `active`,
//! `under-review` and `true`; the common ones are known without configuration, and
//! `[values.<field>]` in zhidu.toml maps the rest (`[values.kind] "投诉" = "service-request"`).
//!
//! The mapping runs on the cell or value as written, before its type is checked, so a finding
//! about a mapped value still points at the cell that holds it.

pub use crate::config::values::{Mapped, ValueRule};
use std::borrow::Cow;

/// Known without a mapping: (field, as exported, as read). People's `status` takes the first
/// group; a record's `status` the second, where only the under-way statuses change what is
/// judged (docs/data.md); other record statuses (已完成, 已驳回 …) are kept as written.
const BUILT_IN: &[(&str, &str, &str)] = &[
    ("status", "在职", "active"),
    ("status", "在岗", "active"),
    ("status", "试用", "active"),
    ("status", "试用期", "active"),
    ("status", "正式", "active"),
    ("status", "离职", "left"),
    ("status", "已离职", "left"),
    ("status", "审批中", "under-review"),
    ("status", "待审批", "under-review"),
    ("status", "办理中", "under-review"),
    ("status", "草稿", "draft"),
    ("status", "已提交", "submitted"),
];

/// Booleans as Chinese exports write them, wherever a boolean is read (`attrs`, steps).
const BOOLEANS: &[(&str, bool)] = &[("是", true), ("否", false)];

/// The value `text` of `field` is read as, when a mapping changes it: `[values]` first (its
/// last line for the value wins), then the built-in table.
pub fn map<'r>(rules: &'r [ValueRule], field: &str, text: &str) -> Option<Cow<'r, Mapped>> {
    if let Some(rule) = rules
        .iter()
        .rev()
        .find(|r| r.field == field && r.from == text)
    {
        return Some(Cow::Borrowed(&rule.to));
    }
    BUILT_IN
        .iter()
        .find(|(f, from, _)| *f == field && *from == text)
        .map(|(_, _, to)| Cow::Owned(Mapped::Text((*to).to_string())))
}

/// An `attrs` value written as 是 or 否.
pub fn boolean(text: &str) -> Option<bool> {
    BOOLEANS.iter().find(|(t, _)| *t == text).map(|(_, b)| *b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(field: &str, from: &str, to: Mapped) -> ValueRule {
        ValueRule {
            field: field.into(),
            from: from.into(),
            to,
        }
    }

    #[test]
    fn the_common_export_words_are_known_without_a_mapping() {
        let text = |field, value| map(&[], field, value).map(|m| m.into_owned());
        assert_eq!(text("status", "在职"), Some(Mapped::Text("active".into())));
        assert_eq!(text("status", "离职"), Some(Mapped::Text("left".into())));
        assert_eq!(
            text("status", "审批中"),
            Some(Mapped::Text("under-review".into()))
        );
        // Finished statuses are kept as written.
        assert_eq!(text("status", "已完成"), None);
        assert_eq!(text("kind", "在职"), None);
        assert_eq!(boolean("是"), Some(true));
        assert_eq!(boolean("否"), Some(false));
        assert_eq!(boolean("对"), None);
    }

    #[test]
    fn a_mapping_of_zhidu_toml_wins_over_the_built_in_table_and_its_last_line_wins() {
        let rules = [
            rule("status", "在职", Mapped::Text("left".into())),
            rule("kind", "投诉", Mapped::Text("complaint".into())),
            rule("kind", "投诉", Mapped::Text("service-request".into())),
        ];
        assert_eq!(
            map(&rules, "status", "在职").map(|m| m.into_owned()),
            Some(Mapped::Text("left".into()))
        );
        assert_eq!(
            map(&rules, "kind", "投诉").map(|m| m.into_owned()),
            Some(Mapped::Text("service-request".into()))
        );
    }
}
