//! Packs and coverage (docs/cli.md): a company adopts the regulations it follows, and hears
//! nothing about records it does not keep or roles it does not have.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use serde_json::Value;
use std::path::Path;

const AS_OF: &str = "2026-11-20";

/// A company with the example's organisation and only its purchase requests.
fn purchases_only() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let org = dir.path().join("org");
    std::fs::create_dir(&org).unwrap();
    for entry in std::fs::read_dir("fixtures/example/org").unwrap().flatten() {
        std::fs::copy(entry.path(), org.join(entry.file_name())).unwrap();
    }
    std::fs::copy(
        "fixtures/example/records/requests.yaml",
        dir.path().join("requests.yaml"),
    )
    .unwrap();
    dir
}

fn check(dir: &Path, extra: &[&str]) -> (u8, Value, String) {
    let mut args = vec![
        "check",
        dir.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let (code, out, err) = common::zhidu(&args);
    let json = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (code, json, err)
}

/// The built-in clauses, as `zhidu list --format json` gives them.
fn builtin_clauses() -> Value {
    let nothing = tempfile::tempdir().unwrap();
    let (_, list, _) = common::zhidu(&[
        "list",
        nothing.path().to_str().unwrap(),
        "--builtin",
        "--format",
        "json",
    ]);
    serde_json::from_str(&list).unwrap()
}

fn checks_of(report: &Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_string(),
                f["clause"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn the_twelve_packs_of_the_contract() {
    let (code, out, _) = common::zhidu(&["packs", "--format", "json"]);
    assert_eq!(code, 0);
    let packs: Value = serde_json::from_str(&out).unwrap();
    let names: Vec<&str> = packs
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for name in [
        "ops-center",
        "operations-procedures",
        "production",
        "soe",
        "research-institute",
        "hiring",
        "customer-service",
        "after-sales",
        "tendering",
        "project-engineering",
        "office",
        "general",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    for pack in packs.as_array().unwrap() {
        assert!(pack["clauses"].as_u64().unwrap() >= 1, "{pack}");
        assert!(!pack["document"].as_str().unwrap().is_empty(), "{pack}");
    }
    // Every built-in clause is in exactly one pack, as `list` says.
    let clauses = builtin_clauses();
    let total: u64 = packs
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["clauses"].as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, clauses.as_array().unwrap().len());
    let tender = clauses
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "proc.tender-bidders")
        .unwrap();
    assert_eq!(tender["pack"], "tendering");
}

/// The documents each pack's clauses may cite (PACK.md v2 and v3, "Citations"): the document a
/// clause comes from, by the title the seed gives it, never the name of the compilation that
/// holds it (004), shortened where the seed's title runs past fifteen characters (a company name
/// before it, an essay's subtitle after it).
const CITED: &[(&str, &[&str])] = &[
    ("ops-center", &["运营中心工作规范", "企业日常运营规范"]),
    ("operations-procedures", &["運營管理流程制度辦法"]),
    ("production", &["产品生产部运营管理制度"]),
    ("soe", &["国有企业运营管理手册范本"]),
    ("operations-manual", &["企业运营管理制度手册范本"]),
    ("operations-manual-contents", &["企业运营管理制度手册内容"]),
    ("research-institute", &["研究院职能部门工作制度和流程"]),
    ("hiring", &["公司员工工作流程及管理制度"]),
    (
        "customer-service",
        &[
            "客服部管理制度与工作流程(整理版)",
            "客服部管理手册",
            "客服管理制度工作流程图",
            "客服日常工作制度",
        ],
    ),
    ("after-sales", &["售后服务工作流程及管理制度"]),
    ("tendering", &["流程制度汇编(试行)"]),
    ("project-engineering", &["项目工程管理制度"]),
    (
        "office",
        &["办公室管理制度与工作流程图", "OA办公系统管理办法"],
    ),
    // The general clauses cite no single document.
    ("general", &[""]),
    ("management-compilation", &["企业管理制度汇编"]),
    ("strategy", &["战略管理制度与工作流程"]),
    ("hotel-front-office", &["客服部管理制度"]),
    ("hotel-bar", &["酒吧部管理制度和工作流程"]),
    ("ops-department", &["运营部管理制度完整"]),
    ("ops-department-rules", &["运营部门日常管理规章制度"]),
    ("ops-department-outline", &["运营部管理制度包括哪些"]),
    ("design-management", &["设计管理制度汇编"]),
    ("office-daily", &["办公室日常管理制度流程"]),
    ("handbook", &["制度流程汇编前言"]),
    ("regulation-making", &["管理制度和工作流程的关系"]),
];

#[test]
fn every_clause_cites_the_document_it_comes_from() {
    let clauses = builtin_clauses();
    let mut wrong = Vec::new();
    let mut cited: std::collections::BTreeSet<(&str, &str)> = Default::default();
    for clause in clauses.as_array().unwrap() {
        let (id, pack) = (
            clause["id"].as_str().unwrap(),
            clause["pack"].as_str().unwrap(),
        );
        let document = clause["source"]["document"].as_str().unwrap();
        match CITED.iter().find(|(p, _)| *p == pack) {
            Some((p, documents)) if documents.contains(&document) => {
                cited.insert((p, document));
            }
            Some(_) => wrong.push(format!(
                "{id} cites 《{document}》, not a document of {pack}"
            )),
            None => wrong.push(format!("{id}: pack {pack} is missing from the table")),
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // The table holds nothing no clause cites.
    for (pack, documents) in CITED {
        for document in *documents {
            assert!(
                cited.contains(&(pack, document)),
                "{pack}: nothing cites 《{document}》"
            );
        }
    }
}

#[test]
fn a_company_with_only_purchases_hears_nothing_of_plans_and_meetings() {
    let dir = purchases_only();
    let (_, report, _) = check(dir.path(), &[]);
    let found = checks_of(&report);
    assert!(
        !found
            .iter()
            .any(|(check, _)| check == "missing-record" || check == "cadence"),
        "{found:?}"
    );
    let not_judged = report["summary"]["not_judged"].as_array().unwrap();
    assert!(
        not_judged.iter().any(|n| n["clause"] == "ops.monthly-plan"),
        "{not_judged:#?}"
    );
    // The purchase gaps still stand.
    assert!(
        found.iter().any(|(check, _)| check == "missing-approver"),
        "{found:?}"
    );

    // Choosing the operations centre's rules and saying monthly plans are kept: they are missing.
    std::fs::write(
        dir.path().join("zhidu.toml"),
        "covers = [\"monthly-plan\"]\n",
    )
    .unwrap();
    let (code, report, _) = check(dir.path(), &["--pack", "ops-center"]);
    assert_eq!(code, 1);
    let found = checks_of(&report);
    assert!(
        found
            .iter()
            .any(|(check, clause)| check == "missing-record" && clause == "ops.monthly-plan"),
        "{found:?}"
    );
    assert!(
        found.iter().all(|(_, clause)| clause.starts_with("ops.")),
        "{found:?}"
    );
}

#[test]
fn names_the_data_lacks_leave_a_clause_unjudged_until_its_pack_is_chosen() {
    let dir = purchases_only();
    // The company has no 总裁.
    let roles = dir.path().join("org/roles.yaml");
    let text = std::fs::read_to_string(&roles).unwrap();
    assert!(text.contains("总裁"));
    std::fs::write(&roles, text.replace("总裁", "董事会秘书")).unwrap();
    let (_, report, _) = check(dir.path(), &[]);
    let found = checks_of(&report);
    assert!(
        !found.iter().any(|(check, _)| check == "unbound-reference"),
        "{found:?}"
    );
    let not_judged = report["summary"]["not_judged"].as_array().unwrap();
    assert!(
        not_judged
            .iter()
            .any(|n| n["reason"].as_str().unwrap().contains("总裁")),
        "{not_judged:#?}"
    );
    let (_, report, _) = check(dir.path(), &["--pack", "ops-center"]);
    assert!(
        checks_of(&report)
            .iter()
            .any(|(check, _)| check == "unbound-reference"),
        "once chosen, the pack's names must bind"
    );
}

#[test]
fn choosing_packs() {
    let (code, report, _) = check(Path::new("fixtures/example"), &["--pack", "hiring"]);
    assert_eq!(code, 0);
    assert!(checks_of(&report).iter().all(|(_, c)| c.starts_with("hr.")));
    let (code, _, err) = common::zhidu(&["check", "fixtures/example", "--pack", "hirng"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `hiring`"), "{err}");
    let (_, all, _) = check(Path::new("fixtures/example"), &["--pack", "all"]);
    let (_, default, _) = check(Path::new("fixtures/example"), &[]);
    assert_eq!(all["summary"]["clauses"], default["summary"]["clauses"]);
    let (_, human, _) = common::zhidu(&["check", "fixtures/example", "--as-of", AS_OF]);
    assert!(
        human.contains("--pack"),
        "the default run says how to choose: {human}"
    );
}

#[test]
fn no_data_at_all_is_an_input_error() {
    let empty = tempfile::tempdir().unwrap();
    let (code, report, _) = check(empty.path(), &["--builtin"]);
    assert_eq!(code, 2);
    let messages: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.iter().any(|m| m.starts_with("no data")),
        "{messages:?}"
    );
}

#[test]
fn init_proposes_packs_for_a_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    for sub in ["org", "records"] {
        let to = data.join(sub);
        std::fs::create_dir(&to).unwrap();
        for entry in std::fs::read_dir(Path::new("fixtures/example").join(sub))
            .unwrap()
            .flatten()
        {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
    // The example's export needs its [files] and [encoding] lines.
    std::fs::copy("fixtures/example/zhidu.toml", data.join("zhidu.toml")).unwrap();
    let folder = data.to_str().unwrap();
    // An existing zhidu.toml is never replaced without --force.
    let (code, _, err) = common::zhidu(&["init", folder, "--yes"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--force"), "{err}");

    // Not on a terminal and without --yes: the proposal on stdout, nothing written.
    let before = std::fs::read_to_string(data.join("zhidu.toml")).unwrap();
    let (code, proposal, _) = common::zhidu(&["init", folder, "--force"]);
    assert_eq!(code, 0);
    assert_eq!(
        std::fs::read_to_string(data.join("zhidu.toml")).unwrap(),
        before
    );
    insta::assert_snapshot!("init_example", proposal);
    for pack in ["ops-center", "research-institute", "general"] {
        assert!(
            proposal.contains(&format!("\"{pack}\"")),
            "{pack}: {proposal}"
        );
    }

    // --yes writes it; a check then runs with it.
    let (code, out, _) = common::zhidu(&["init", folder, "--force", "--yes", "--pack", "hiring"]);
    assert_eq!(code, 0, "{out}");
    let written = std::fs::read_to_string(data.join("zhidu.toml")).unwrap();
    assert!(written.contains("packs = [\"hiring\"]"), "{written}");
    let (code, report, _) = check(&data, &[]);
    assert_ne!(code, 2, "{report}");
    assert!(checks_of(&report).iter().all(|(_, c)| c.starts_with("hr.")));
    let (code, _, err) = common::zhidu(&["init", folder, "--force", "--pack", "hirng"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `hiring`"), "{err}");
}
