//! Reports an earlier run wrote into the data folder, which are never data (CLI.md v3): the
//! files CI recipes name (GitLab's report, the baseline), and — whatever they are called — the
//! reports zhidu writes with `--output`: its JSON report, its SARIF log and the rectification
//! list, recognised by how they begin. A user keeping `zhidu check . -o report.json` in the
//! data's repository must not find last month's report judged as data this month.

use crate::i18n::{Lang, Message, Text};
use std::io::Read;
use std::path::Path;

/// The names of the files CI recipes have zhidu write beside the data (docs/ci.md).
const REPORT_NAMES: &[&str] = &["gl-code-quality-report.json", "zhidu-baseline.json"];

/// How much of a JSON file is read to recognise a report: its first keys.
const HEAD: u64 = 1024;

pub(super) fn written_by_zhidu(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if REPORT_NAMES.contains(&name) {
        return true;
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("json" | "sarif") => json_report(path),
        Some("xlsx") => rectification_list(path),
        _ => false,
    }
}

/// `{"version": 1, "lang": …` (the JSON report), or a SARIF log whose tool is zhidu.
fn json_report(path: &Path) -> bool {
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(HEAD).read_to_end(&mut head));
    if read.is_err() {
        return false;
    }
    let text: String = String::from_utf8_lossy(&head)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    text.starts_with(r#"{"version":1,"lang":"#)
        || (text.starts_with(r#"{"$schema":"#)
            && text.contains("sarif")
            && text.contains(r#""driver":{"name":"zhidu""#))
}

/// A workbook whose sheets are exactly the rectification list's, in either language.
fn rectification_list(path: &Path) -> bool {
    use calamine::Reader;
    let Ok(book) = calamine::open_workbook::<calamine::Xlsx<_>, _>(path) else {
        return false;
    };
    let names = book.sheet_names();
    [Lang::Zh, Lang::En].into_iter().any(|lang| {
        let say = |id| Text::from(Message::new(id)).render(lang, true).into_owned();
        names == [say("xlsx-sheet-list"), say("xlsx-sheet-summary")]
    })
}
