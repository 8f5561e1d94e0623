//! Which collection a CSV file or a sheet of a workbook holds: by `[files]` in zhidu.toml, by the
//! sheet's name, by the first part of the file's name (`people.2026-11.csv`, `REQUESTS.CSV`,
//! `requests (1).csv`: the copy number a download adds is not part of the name).

use super::headers;
use crate::config::FileRule;
use crate::vocab::schema;
use std::path::Path;

/// How a table is to be read, as far as its name and `[files]` say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Naming {
    pub collection: &'static str,
    pub kind: Option<String>,
    pub header_row: Option<u32>,
}

/// The collection of a CSV file (`sheet` is `None`) or of one sheet of a workbook. A `[files]`
/// line naming the sheet wins over one naming the file, which wins over the sheet's name, which
/// wins over the file's name; among `[files]` lines the last that matches wins.
pub fn naming(path: &Path, sheet: Option<&str>, files: &[FileRule]) -> Option<Naming> {
    let from_rule = |rule: &FileRule| {
        Some(Naming {
            collection: tabular(&rule.collection)?,
            kind: rule.kind.clone(),
            header_row: rule.header_row,
        })
    };
    let matching = |want_sheet: bool| {
        files
            .iter()
            .rev()
            .filter(|r| r.glob.matches(path))
            .find(|r| match (&r.sheet, sheet) {
                (Some(s), Some(name)) => want_sheet && s == name,
                (None, _) => !want_sheet,
                (Some(_), None) => false,
            })
    };
    if let Some(rule) = matching(true).or_else(|| matching(false)) {
        return from_rule(rule);
    }
    let by_name = |name: &str| {
        tabular(&name.trim().to_ascii_lowercase()).map(|collection| Naming {
            collection,
            kind: None,
            header_row: None,
        })
    };
    sheet
        .and_then(by_name)
        .or_else(|| by_name(&file_stem(path)))
}

/// A collection a table can hold, by name.
fn tabular(name: &str) -> Option<&'static str> {
    schema::TABULAR.iter().copied().find(|c| *c == name)
}

/// The first dot-separated part of a file's name, without the suffix a download or a copy adds:
/// `requests (1).csv`, `requests - 副本.csv`, `requests - Copy.csv` → `requests`;
/// `people.2026-11.csv` → `people`.
pub fn file_stem(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let first = name.split('.').next().unwrap_or_default().trim_end();
    let without_number = match first.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => first,
    };
    let without_copy = [" - 副本", " - copy", " - Copy", "副本", "的副本"]
        .iter()
        .find_map(|suffix| without_number.trim_end().strip_suffix(suffix))
        .unwrap_or(without_number);
    without_copy.trim_end().to_string()
}

/// The `[files]` line that would map a table whose collection cannot be told from its name,
/// guessing the collection from its headers when they point at one.
pub fn files_line(path: &Path, sheet: Option<&str>, header: &[&str]) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let pattern = match sheet {
        Some(sheet) => format!("{name}#{sheet}"),
        None => name,
    };
    let collection = guess(header).unwrap_or("<collection>");
    format!("[files]\n\"{pattern}\" = \"{collection}\"")
}

/// The collection whose fields most of the headers name, when one stands out.
pub fn guess(header: &[&str]) -> Option<&'static str> {
    let mut best: Option<(usize, &'static str)> = None;
    let mut tie = false;
    for collection in schema::TABULAR {
        let Some(fields) = schema::row_fields(collection) else {
            continue;
        };
        let score = header
            .iter()
            .filter(|h| h.trim() != "id" && h.trim() != "编号" && h.trim() != "ID")
            .filter(|h| headers::field_for(collection, fields, h.trim(), &[]).is_some())
            .count();
        match best {
            Some((b, _)) if score == b => tie = true,
            Some((b, _)) if score < b => {}
            _ => {
                best = Some((score, collection));
                tie = false;
            }
        }
    }
    best.filter(|&(score, _)| score >= 2 && !tie)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::PathGlob;

    fn rule(pattern: &str, collection: &str) -> FileRule {
        let (glob, sheet) = match pattern.split_once('#') {
            Some((g, s)) => (g, Some(s.to_string())),
            None => (pattern, None),
        };
        FileRule {
            glob: PathGlob::new(glob, Path::new("/data")).unwrap(),
            sheet,
            collection: collection.into(),
            kind: None,
            header_row: None,
            at: None,
        }
    }

    fn collection(path: &str, sheet: Option<&str>, files: &[FileRule]) -> Option<&'static str> {
        naming(Path::new(path), sheet, files).map(|n| n.collection)
    }

    #[test]
    fn names_copies_and_cases() {
        assert_eq!(collection("/data/people.csv", None, &[]), Some("people"));
        assert_eq!(
            collection("/data/people.2026-11.csv", None, &[]),
            Some("people")
        );
        assert_eq!(
            collection("/data/REQUESTS.CSV", None, &[]),
            Some("requests")
        );
        assert_eq!(
            collection("/data/requests (1).csv", None, &[]),
            Some("requests")
        );
        assert_eq!(
            collection("/data/requests(2).csv", None, &[]),
            Some("requests")
        );
        for copy in [
            "requests - 副本.csv",
            "requests - Copy.csv",
            "requests - Copy (2).csv",
        ] {
            assert_eq!(
                collection(&format!("/data/{copy}"), None, &[]),
                Some("requests"),
                "{copy}"
            );
        }
        assert_eq!(collection("/data/requests-copy.csv", None, &[]), None);
        assert_eq!(collection("/data/采购申请.csv", None, &[]), None);
        assert_eq!(collection("/data/requests (x).csv", None, &[]), None);
    }

    #[test]
    fn sheets_and_files_lines() {
        let files = [
            rule("采购申请*.csv", "requests"),
            rule("台账*.xlsx#采购", "requests"),
            rule("台账*.xlsx", "meetings"),
        ];
        assert_eq!(
            collection("/data/x/采购申请2026.csv", None, &files),
            Some("requests")
        );
        assert_eq!(
            collection("/data/台账11月.xlsx", Some("采购"), &files),
            Some("requests")
        );
        assert_eq!(
            collection("/data/台账11月.xlsx", Some("会议"), &files),
            Some("meetings")
        );
        // Without a line: the sheet's name, then the file's.
        assert_eq!(
            collection("/data/book.xlsx", Some("People"), &[]),
            Some("people")
        );
        assert_eq!(
            collection("/data/tickets.xlsx", Some("Sheet1"), &[]),
            Some("tickets")
        );
        assert_eq!(collection("/data/book.xlsx", Some("Sheet1"), &[]), None);
    }

    #[test]
    fn the_line_to_add_guesses_from_headers() {
        assert_eq!(
            files_line(
                Path::new("/d/采购申请.csv"),
                None,
                &["编号", "申请人", "申请时间", "金额"]
            ),
            "[files]\n\"采购申请.csv\" = \"requests\""
        );
        assert_eq!(
            files_line(Path::new("/d/台账.xlsx"), Some("杂项"), &["备注"]),
            "[files]\n\"台账.xlsx#杂项\" = \"<collection>\""
        );
    }
}
