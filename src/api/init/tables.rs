//! What `zhidu init` proposes so that an OA export reads as exported (issue 20): for each CSV file
//! and sheet whose collection its name does not give, a `[files]` line (the collection from the
//! sheet's Chinese name or from its headers, `header_row` under a title row, the `kind` of a sheet
//! of one kind of record); `[encoding]` for a CSV file Excel saved in GB18030; and for every
//! header zhidu does not know, a `[columns]` line keeping it as an attr, or dropping it when it
//! holds personal data no regulation asks for.

use crate::config::{Config, PathGlob};
use crate::data::table::{Row, csv, headers, naming, sheet};
use crate::read::{Found, decode};
use crate::vocab::schema;
use std::path::Path;

/// Sheet and file names an export gives a collection, by a word they contain.
const COLLECTION_WORDS: &[(&str, &str)] = &[
    ("签批", "signatures"),
    ("审批记录", "signatures"),
    ("审核", "reviews"),
    ("评审", "reviews"),
    ("人员", "people"),
    ("员工", "people"),
    ("花名册", "people"),
    ("部门", "units"),
    ("组织", "units"),
    ("岗位", "roles"),
    ("职位", "roles"),
    ("委员会", "bodies"),
    ("授权", "delegations"),
    ("代理", "delegations"),
    ("会议", "meetings"),
    ("计划", "plans"),
    ("预算", "plans"),
    ("报表", "reports"),
    ("报告", "reports"),
    ("周报", "reports"),
    ("月报", "reports"),
    ("工单", "tickets"),
    ("服务", "tickets"),
    ("申请", "requests"),
    ("请假", "requests"),
    ("采购", "requests"),
    ("招聘", "requests"),
];

/// Headers holding personal data no regulation of the pack asks for: dropped, not kept.
const PERSONAL: &[&str] = &[
    "手机号",
    "手机",
    "手机号码",
    "电话",
    "联系电话",
    "身份证",
    "身份证号",
    "邮箱",
    "电子邮箱",
    "住址",
    "家庭住址",
    "银行卡号",
];

/// A `[files]` line to add.
#[derive(Clone, Debug)]
pub struct FileLine {
    /// `业务台账.xlsx#请假`, relative to the folder.
    pub pattern: String,
    pub collection: &'static str,
    pub kind: Option<String>,
    pub header_row: Option<u32>,
}

/// A `[columns]` line to add: a header kept as `attrs.<header>`, or dropped.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ColumnLine {
    pub collection: &'static str,
    pub header: String,
    /// `None`: dropped.
    pub field: Option<String>,
}

/// Everything the tables need.
#[derive(Clone, Debug, Default)]
pub struct Proposal {
    pub files: Vec<FileLine>,
    /// (file, encoding label).
    pub encodings: Vec<(String, String)>,
    pub columns: Vec<ColumnLine>,
}

impl Proposal {
    /// `config` with the proposal's lines added, to read the data as the proposal would.
    pub fn apply(&self, config: &Config, dir: &Path) -> Config {
        let mut config = config.clone();
        for f in &self.files {
            let (glob, sheet) = match f.pattern.split_once('#') {
                Some((g, s)) => (g, Some(s.to_string())),
                None => (f.pattern.as_str(), None),
            };
            if let Ok(glob) = PathGlob::new(&escape(glob), dir) {
                config.files.push(crate::config::FileRule {
                    glob,
                    sheet,
                    collection: f.collection.to_string(),
                    kind: f.kind.clone(),
                    header_row: f.header_row,
                    at: None,
                });
            }
        }
        for (file, label) in &self.encodings {
            if let (Ok(glob), Some(encoding)) = (
                PathGlob::new(&escape(file), dir),
                decode::encoding_for_label(label),
            ) {
                config.encodings.push(crate::config::EncodingRule {
                    glob,
                    encoding,
                    at: None,
                });
            }
        }
        config
            .columns
            .extend(self.columns.iter().map(|c| crate::config::ColumnRule {
                collection: Some(c.collection.to_string()),
                header: c.header.clone(),
                field: c.field.clone(),
            }));
        config
    }
}

/// A file name as a glob that matches it alone.
fn escape(name: &str) -> String {
    globset::escape(name)
}

/// Looks at every CSV file and workbook `found` holds.
pub fn survey(dir: &Path, found: &[Found], config: &Config, limit: u64) -> Proposal {
    let mut out = Proposal::default();
    for file in found {
        let relative = file
            .path
            .strip_prefix(dir)
            .unwrap_or(&file.path)
            .to_string_lossy()
            .replace('\\', "/");
        let Ok(bytes) = std::fs::read(&file.path) else {
            continue;
        };
        let ext = file
            .path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        if ext == "csv" {
            let configured = config
                .encodings
                .iter()
                .rev()
                .find(|r| r.glob.matches(&file.path))
                .map(|r| r.encoding);
            let text = match decode::decode(bytes.clone(), configured) {
                Ok(d) => d.text,
                Err(bad) if configured.is_none() => match decode::decode(bytes, Some(bad.likely)) {
                    Ok(d) => {
                        out.encodings
                            .push((relative.clone(), decode::label(bad.likely)));
                        d.text
                    }
                    Err(_) => continue,
                },
                Err(_) => continue,
            };
            let Ok(rows) = csv::rows(&text) else { continue };
            let line = |row: &Row| line_of(&text, row);
            table(&mut out, &file.path, &relative, None, &rows, &line, config);
        } else if sheet::EXTENSIONS.contains(&ext.as_str()) {
            let Ok(sheets) = sheet::read(bytes, limit) else {
                continue;
            };
            for s in &sheets {
                let line = |row: &Row| line_of(&s.text, row);
                table(
                    &mut out,
                    &file.path,
                    &relative,
                    Some(&s.name),
                    &s.rows,
                    &line,
                    config,
                );
            }
        }
    }
    out.columns.sort();
    out.columns.dedup();
    out
}

fn line_of(text: &str, row: &Row) -> usize {
    text.as_bytes()[..row.span.start.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// One table: its `[files]` line when its name does not tell, and its unknown headers.
fn table(
    out: &mut Proposal,
    path: &Path,
    relative: &str,
    sheet: Option<&str>,
    rows: &[Row],
    line: &dyn Fn(&Row) -> usize,
    config: &Config,
) {
    let filled = |r: &Row| r.cells.iter().filter(|c| !c.text.trim().is_empty()).count();
    let named = naming::naming(path, sheet, &config.files);
    let header_row = named.as_ref().and_then(|n| n.header_row);
    let Some(first) = rows.iter().find(|r| filled(r) > 0) else {
        return;
    };
    // A title above the headers: one cell, then a wider row.
    let (header, title) = match header_row {
        Some(at) => match rows.iter().find(|r| line(r) == at as usize) {
            Some(r) => (r, false),
            None => return,
        },
        None if filled(first) == 1 => match rows.iter().find(|r| filled(r) >= 2) {
            Some(r) => (r, true),
            None => return,
        },
        None => (first, false),
    };
    let texts: Vec<&str> = header.cells.iter().map(|c| c.text.trim()).collect();
    let collection = match &named {
        Some(n) => n.collection,
        None => {
            let name = sheet.map_or_else(|| naming::file_stem(path), str::to_string);
            let Some(collection) = by_word(&name).or_else(|| naming::guess(&texts)) else {
                return;
            };
            let has_kind = texts.iter().any(|h| {
                schema::row_fields(collection).is_some_and(|fields| {
                    headers::field_for(collection, fields, h, &config.columns).as_deref()
                        == Some("kind")
                })
            });
            let records = crate::vocab::Collection::parse(collection).is_some();
            out.files.push(FileLine {
                pattern: match sheet {
                    Some(s) => format!("{relative}#{s}"),
                    None => relative.to_string(),
                },
                collection,
                // A sheet of one kind of record names its kind: the sheet's name.
                kind: (records && !has_kind).then(|| name.trim().to_string()),
                header_row: title.then(|| line(header) as u32),
            });
            collection
        }
    };
    let Some(fields) = schema::row_fields(collection) else {
        return;
    };
    let keeps_attrs = fields.iter().any(|f| f.name == "attrs");
    for h in texts.into_iter().filter(|h| !h.is_empty()) {
        let known = headers::field_for(collection, fields, h, &config.columns).is_some()
            || headers::dropped(collection, h, &config.columns);
        if known {
            continue;
        }
        let field = (keeps_attrs && !PERSONAL.contains(&h)).then(|| format!("attrs.{h}"));
        out.columns.push(ColumnLine {
            collection,
            header: h.to_string(),
            field,
        });
    }
}

/// The collection a Chinese sheet or file name gives.
fn by_word(name: &str) -> Option<&'static str> {
    COLLECTION_WORDS
        .iter()
        .find(|(word, _)| name.contains(word))
        .map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_give_collections() {
        assert_eq!(by_word("会议记录"), Some("meetings"));
        assert_eq!(by_word("客服工单"), Some("tickets"));
        assert_eq!(by_word("请假"), Some("requests"));
        assert_eq!(by_word("签批"), Some("signatures"));
        assert_eq!(by_word("请假审批记录"), Some("signatures"));
        assert_eq!(by_word("人员名单"), Some("people"));
        assert_eq!(by_word("Sheet1"), None);
    }
}
