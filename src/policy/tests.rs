//! The grammar rule by rule, a whole file's typed tree, and the formatter: its output for a folder
//! of inputs, idempotence, and the round trip parse → format → parse over every policy file of
//! the repository.

use super::grammar::{Rule, ZhiduParser};
use super::{fmt, parse};
use crate::source::FileId;
use pest::Parser;
use std::path::Path;

/// The repository root: tests read its fixtures and rules.
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// (rule, text that must parse as exactly that rule).
const ACCEPTS: &[(Rule, &str)] = &[
    (Rule::namespace_decl, "namespace ops"),
    (Rule::source_decl, "source \"运营中心工作规范\""),
    (Rule::include_decl, "include \"names.zhidu\""),
    (
        Rule::name_decl,
        "role 总裁 aka President, \"Chief Executive\"",
    ),
    (Rule::clause_header, "plan annual-plan \"年度计划\" {\n"),
    (Rule::clause_name, "customer-archive.form"),
    (Rule::cite_stmt, "cite \"1.2\" in \"企业日常运营规范\""),
    (Rule::severity_stmt, "severity warning"),
    (Rule::param_stmt, "param deadline = 01-31 \"年初\""),
    (Rule::param_stmt, "param tolerance = 30 minutes"),
    (Rule::param_stmt, "param limit = 5万"),
    (Rule::kind_stmt, "kind all-hands, production-routine"),
    (Rule::kind_stmt, "kind any"),
    (Rule::when_stmt, "when notice_sent or kind = all-hands"),
    (
        Rule::exists_stmt,
        "exists every year by 11-20 of previous year",
    ),
    (Rule::every_stmt, "every week by saturday of week"),
    (Rule::every_stmt, "every first monday of month"),
    (Rule::every_stmt, "every fourth wednesday of month"),
    (Rule::every_stmt, "every last day of month"),
    (Rule::every_stmt, "every day 25 of month"),
    (Rule::at_least_stmt, "at least 6 per year"),
    (Rule::gap_stmt, "gap at most 3 months"),
    (
        Rule::signed_stmt,
        "signed by head of requester.unit then role 业务院长 then role 总经理 last",
    ),
    (
        Rule::signed_stmt,
        "signed by overseer of unit 产品生产部 and superior of requester",
    ),
    (
        Rule::reviewed_stmt,
        "reviewed by body 总经理办公会 and unit 财务部",
    ),
    (Rule::party_one, "head of requester.unit"),
    (Rule::party_one, "person p001"),
    (Rule::party, "role 产品生产部经理 or role 产品生产部副经理"),
    (Rule::party, "role 总经理 or person p9 or body 采购委员会"),
    (Rule::signed_order_stmt, "signed before attrs.start"),
    (Rule::reviewed_order_stmt, "reviewed before signed"),
    (Rule::signers_stmt, "signers distinct"),
    (Rule::signers_stmt, "signers exclude requester"),
    (
        Rule::delegation_stmt,
        "role 运营副总监 may act for role 运营总监 when authorized by role 总裁",
    ),
    (Rule::combined_stmt, "role 出纳 and role 会计 not combined"),
    (Rule::filled_stmt, "role 产品生产部经理 filled by exactly 1"),
    (Rule::headcount_stmt, "unit 客服部 headcount at most 3"),
    (Rule::term_stmt, "term 3 years for level board"),
    (Rule::term_stmt, "term 5年 for role 董事"),
    (Rule::every_org_stmt, "every unit has head"),
    (Rule::every_org_stmt, "every person has manager"),
    (Rule::every_org_stmt, "every role within seats"),
    (Rule::no_cycles_stmt, "no reporting cycles"),
    (Rule::limit_row, "over 1万 up to 5万: role 业务院长"),
    (Rule::field_stmt, "submitted by 12-20 of previous year"),
    (
        Rule::field_stmt,
        "drafted from 10-08 of previous year to 11-20 of previous year",
    ),
    (
        Rule::field_stmt,
        "submitted in last 7 days of previous month",
    ),
    (Rule::field_stmt, "responded within 24h after received"),
    (
        Rule::field_stmt,
        "responded within 3个工作日 after received",
    ),
    (Rule::field_stmt, "notice_sent at least 2 days before held"),
    (Rule::field_stmt, "attrs.paid not before attrs.accepted"),
    (Rule::field_stmt, "owner is role 运营总监"),
    (
        Rule::field_stmt,
        "bidders at least 3 unless attrs.negotiated",
    ),
    (Rule::field_stmt, "attrs.candidates between 2 and 3"),
    (
        Rule::field_stmt,
        "submitted by end of previous month - 6 days",
    ),
    (
        Rule::condition,
        "level >= manager and (amount > 50000 CNY or not attrs.internal)",
    ),
    (Rule::duration, "3 working days"),
    (Rule::duration, "24小时"),
    (Rule::amount, "1.5亿元"),
    (Rule::date_expr, "saturday of week"),
    (Rule::date_expr, "day 25 of month"),
    (Rule::date_expr, "start of next quarter + 10 days"),
];

/// (rule, text that must not parse as that rule).
const REJECTS: &[(Rule, &str)] = &[
    (Rule::namespace_decl, "namespace"),
    (Rule::month_day, "1-20"),
    (Rule::duration, "24 lightyears"),
    (Rule::signed_stmt, "signed by 总裁"),
    (Rule::party, "role 总经理 or"),
    (Rule::every_stmt, "every fortnight"),
    (Rule::field_stmt, "submitted by"),
    (Rule::condition, "amount >> 5"),
    (Rule::string, "\"unterminated"),
];

#[test]
fn each_grammar_rule_accepts_its_forms() {
    for (rule, text) in ACCEPTS {
        let parsed =
            ZhiduParser::parse(*rule, text).map(|mut p| p.next().map(|p| p.as_str().len()));
        assert_eq!(
            parsed.as_ref().ok().copied().flatten(),
            Some(text.len()),
            "{rule:?} should take all of {text:?}: {parsed:?}"
        );
    }
    for (rule, text) in REJECTS {
        let whole = ZhiduParser::parse(*rule, text)
            .map(|mut p| p.next().map(|p| p.as_str().len() == text.len()));
        assert!(
            !matches!(whole, Ok(Some(true))),
            "{rule:?} should reject {text:?}"
        );
    }
}

#[test]
fn a_file_parses_to_a_typed_tree() {
    let text =
        std::fs::read_to_string(root().join("fixtures/fmt/when-blocks.zhidu")).unwrap_or_default();
    let parsed = parse::parse(FileId(0), "when-blocks.zhidu", &text);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    insta::assert_debug_snapshot!(parsed.file);
}

/// The formatter on one input of fixtures/fmt: its output, idempotence, and the round trip.
fn fmt_fixture(name: &str) {
    let path = root().join(format!("fixtures/fmt/{name}.zhidu"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let parsed = parse::parse(FileId(0), "x.zhidu", &text);
    assert!(parsed.errors.is_empty(), "{name}: {:?}", parsed.errors);
    let once = fmt::format(&parsed.file);
    let again = parse::parse(FileId(0), "x.zhidu", &once);
    assert!(
        again.errors.is_empty(),
        "{name}: formatted text does not parse"
    );
    assert_eq!(
        again.file, parsed.file,
        "{name}: formatting changed the meaning"
    );
    assert_eq!(
        fmt::format(&again.file),
        once,
        "{name}: formatting is not idempotent"
    );
    insta::assert_snapshot!(format!("fmt_formats_each_input@{name}.zhidu"), once);
}

// One test per file of fixtures/fmt (generated by build.rs).
mod fmt_fixtures {
    use super::fmt_fixture;

    include!(concat!(env!("OUT_DIR"), "/fixtures/fmt.rs"));
}

/// parse → format → parse gives the same tree, for every policy file in the repository.
#[test]
fn formatting_never_changes_meaning() {
    let mut files = Vec::new();
    for root in ["rules", "fixtures"] {
        collect(&self::root().join(root), &mut files);
    }
    assert!(files.len() > 20);
    let mut checked = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let parsed = parse::parse(FileId(0), "x.zhidu", &text);
        if !parsed.errors.is_empty() {
            continue;
        }
        let once = fmt::format(&parsed.file);
        let again = parse::parse(FileId(0), "x.zhidu", &once);
        assert_eq!(again.file, parsed.file, "{}", path.display());
        assert_eq!(fmt::format(&again.file), once, "{}", path.display());
        checked += 1;
    }
    assert!(checked > 15, "only {checked} files round-tripped");
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "zhidu") {
            out.push(path);
        }
    }
}

/// Every diagnostic the validator can give is shown by a fixture of fixtures/policy-errors: each
/// call that makes one (`.error(`, `.warn(`, `error(`, `Finding::new(`) in src/policy has a
/// message or help text that one of those fixtures' snapshots contains. (Calls whose text is
/// made elsewhere, such as pest's "expected …", have no literal to look for.)
#[test]
fn every_validator_diagnostic_has_a_fixture() {
    // Fallbacks no input is known to reach.
    const UNREACHABLE: &[&str] = &["internal parser error", "line not understood here"];
    let mut shown = String::new();
    for entry in std::fs::read_dir(root().join("tests/snapshots"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("policy__validate_reports_every_error_of_a_file@") {
            shown.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
        }
    }
    assert!(!shown.is_empty(), "no policy-errors snapshots");
    let mut sources = Vec::new();
    collect_rs(&root().join("src/policy"), &mut sources);
    let mut missing = Vec::new();
    for path in sources {
        if path.ends_with("tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (at, call) in diagnostic_calls(&text) {
            let texts: Vec<String> = literals(call)
                .iter()
                .map(|l| english(l))
                .map(|l| {
                    l.split('{')
                        .next()
                        .unwrap_or("")
                        .replace("\\\"", "\"")
                        .trim()
                        .to_string()
                })
                .filter(|t| t.chars().count() >= 8)
                .collect();
            if texts.is_empty()
                || texts
                    .iter()
                    .any(|t| UNREACHABLE.iter().any(|u| t.starts_with(u)))
            {
                continue;
            }
            if !texts.iter().any(|t| shown.contains(t.as_str())) {
                let line = text[..at].matches('\n').count() + 1;
                missing.push(format!("{}:{line}: {}", path.display(), texts.join(" | ")));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "diagnostics with no fixture in fixtures/policy-errors:\n{}",
        missing.join("\n")
    );
}

/// A literal as the English report shows it: a message id of the catalogues as its text (up to
/// its first placeholder), anything else as it is.
fn english(literal: &str) -> String {
    let text = crate::i18n::t(crate::i18n::Lang::En, literal, &[], false);
    if text == literal {
        literal.to_string()
    } else {
        text
    }
}

fn collect_rs(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The calls that make a diagnostic, with their offsets: from the name to the closing
/// parenthesis (strings skipped). Definitions (`fn error(`) are not calls.
fn diagnostic_calls(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for needle in ["error(", "warn(", "Finding::new("] {
        for (at, _) in text.match_indices(needle) {
            let before = &text[..at];
            let word_char = before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            if (needle != "Finding::new(" && word_char) || before.ends_with("fn ") {
                continue;
            }
            let mut depth = 0;
            let mut in_string = false;
            let mut escaped = false;
            for (i, c) in text[at..].char_indices() {
                if in_string {
                    match (escaped, c) {
                        (true, _) => escaped = false,
                        (false, '\\') => escaped = true,
                        (false, '"') => in_string = false,
                        _ => {}
                    }
                    continue;
                }
                match c {
                    '"' => in_string = true,
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            out.push((at, &text[at..at + i + 1]));
                            break;
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// The string literals of a piece of code, as written (escapes kept).
fn literals(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut escaped = false;
    for (i, c) in code.char_indices() {
        match (start, escaped, c) {
            (Some(_), true, _) => escaped = false,
            (Some(_), false, '\\') => escaped = true,
            (Some(s), false, '"') => {
                out.push(&code[s..i]);
                start = None;
            }
            (None, _, '"') => start = Some(i + 1),
            _ => {}
        }
    }
    out
}
