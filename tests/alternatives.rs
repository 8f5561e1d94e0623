//! `or` between parties: any one of the alternatives fills a step, meets a `field is`, or
//! reviews; the finding names them all.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

const POLICY: &str = r#"namespace demo
source "示例制度"

request purchase "采购" {
  cite "第五条"
  signed by role 总经理 or role 副总经理 then role 董事长
  reviewed by body 采购委员会 or unit 财务部
}

meeting weekly "周会" {
  cite "第八条"
  chair is role 总经理 or person p9
}
"#;

const DATA: &str = r#"units:
  - {id: finance, name: 财务部, head: cfo}
roles:
  - {id: chairman, title: 董事长, level: board}
  - {id: gm, title: 总经理, reports_to: chairman, level: executive}
  - {id: dgm, title: 副总经理, reports_to: gm, level: executive}
  - {id: cfo, title: 财务总监, unit: finance, reports_to: gm, level: director}
  - {id: clerk, title: 文员, reports_to: gm, level: staff}
people:
  - {id: p1, name: 董一, roles: [chairman]}
  - {id: p2, name: 高二, roles: [gm]}
  - {id: p3, name: 副三, roles: [dgm]}
  - {id: p4, name: 财四, roles: [cfo]}
  - {id: p5, name: 文五, roles: [clerk]}
  - {id: p9, name: 外九, roles: [clerk]}
bodies:
  - {id: pc, name: 采购委员会, members: [gm, cfo]}
requests:
  - {id: by-gm, kind: purchase, requested_by: p5, requested_at: 2026-03-01,
     signatures: [{by: p2, at: 2026-03-02}, {by: p1, at: 2026-03-03}], reviews: [{by: pc, at: 2026-03-02}]}
  - {id: by-deputy, kind: purchase, requested_by: p5, requested_at: 2026-03-01,
     signatures: [{by: p3, at: 2026-03-02}, {by: p1, at: 2026-03-03}], reviews: [{by: finance, at: 2026-03-02}]}
  - {id: by-clerk, kind: purchase, requested_by: p5, requested_at: 2026-03-01,
     signatures: [{by: p5, at: 2026-03-02}, {by: p1, at: 2026-03-03}], reviews: [{by: p4, at: 2026-03-02}]}
meetings:
  - {id: chaired-by-gm, kind: weekly, held: 2026-03-02T09:00, chair: p2}
  - {id: chaired-by-p9, kind: weekly, held: 2026-03-09T09:00, chair: p9}
  - {id: chaired-by-clerk, kind: weekly, held: 2026-03-16T09:00, chair: p5}
"#;

#[test]
fn any_alternative_will_do_and_findings_name_them_all() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.zhidu"), POLICY).unwrap();
    std::fs::write(dir.path().join("data.yaml"), DATA).unwrap();
    let path = dir.path().display().to_string();
    let (code, out, err) = common::zhidu(&[
        "check",
        &path,
        "--as-of",
        "2026-03-31",
        "--ignore",
        "cadence",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "{out}{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let found: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| format!("{} {} {}", f["check"], f["subject"], f["message"]).replace('"', ""))
        .collect();
    assert_eq!(
        found,
        [
            // The clerk signs for the first step: neither 总经理 nor 副总经理.
            "missing-approver by-clerk not signed by 总经理 (gm) or 副总经理 (dgm); held by 高二 (p2), 副三 (p3)",
            // A unit reviews through anyone working in it (the 财务总监 here); a committee only as itself.
            "wrong-party chaired-by-clerk chair is 文五 (p5), not 总经理 (gm) or 外九 (p9) on 2026-03-16; held by 高二 (p2)",
        ],
        "{out}"
    );
}

#[test]
fn alternatives_round_trip_through_the_formatter() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("policy.zhidu");
    std::fs::write(&file, POLICY.replace(" or ", "   or  ")).unwrap();
    let path = file.display().to_string();
    let (code, _, _) = common::zhidu(&["fmt", "--check", &path]);
    assert_eq!(code, 1, "the messy spacing is reported");
    let (code, _, err) = common::zhidu(&["fmt", &path]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), POLICY);
}
