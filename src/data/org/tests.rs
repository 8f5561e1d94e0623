//! The org model's queries: holdings and delegations at their first and last valid days, people
//! who left, direct superiors, unit heads and overseers, headcounts, bodies, reporting cycles.

use super::{BodyIx, Capacity, RoleIx, strongly_connected};
use crate::data::DataSet;
use crate::data::load::{Options, load};
use crate::read::Found;
use crate::source::Sources;
use jiff::civil::Date;

const ORG: &str = r#"
units:
  - {id: hq, name: 总部, head: ceo}
  - {id: ops, name: 运营中心, parent: hq, head: ops-director, overseen_by: ceo}
  - {id: it, name: IT部, parent: ops, head: it-head}
  - {id: desk, name: 服务台, parent: it}
roles:
  - {id: ceo, title: 总裁, unit: hq, level: executive}
  - {id: ops-director, title: 运营总监, aliases: [Operations Director], unit: ops, reports_to: ceo, level: director}
  - {id: ops-deputy, title: 运营副总监, unit: ops, reports_to: ops-director, level: director}
  - {id: it-head, title: IT经理, unit: it, reports_to: ops-director, level: manager}
  - {id: agent, title: 服务专员, unit: desk, reports_to: it-head, level: staff, seats: 3}
people:
  - {id: ceo1, name: 张总, roles: [ceo]}
  - {id: dir1, name: 李总监, roles: [{role: ops-director, since: 2024-01-01, until: 2026-06-30}]}
  - {id: dir2, name: 王总监, roles: [{role: ops-director, since: 2026-07-01}]}
  - {id: dep1, name: 陈副总监, roles: [ops-deputy]}
  - {id: it1, name: 刘经理, roles: [it-head]}
  - {id: a1, name: 甲, roles: [agent]}
  - {id: a2, name: 乙, roles: [agent], status: left, left_on: 2026-05-01}
  - {id: a3, name: 丙, roles: [agent], manager: dep1}
bodies:
  - {id: gm-office, name: 总经理办公会, chair: ceo, members: [ops-director, dep1]}
delegations:
  - {id: d1, from: dir1, to: dep1, role: ops-director, scope: [purchase], since: 2026-03-01, until: 2026-03-31, authorized_by: ceo1}
"#;

fn org(text: &str) -> DataSet {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("org.yaml");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let options = Options::for_tests();
    let (data, findings) = load(
        &[Found {
            display: "org.yaml".into(),
            path,
            named: false,
        }],
        &options,
        &mut Sources::new(),
    );
    assert!(findings.is_empty(), "{findings:#?}");
    data
}

fn d(s: &str) -> Date {
    crate::time::parse_date(s).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn holdings_count_from_their_first_to_their_last_day() {
    let data = org(ORG);
    let o = &data.org;
    let (role, dir1, dir2) = (
        o.role("ops-director").unwrap(),
        o.person("dir1").unwrap(),
        o.person("dir2").unwrap(),
    );
    assert!(!o.holds(dir1, role, d("2023-12-31")));
    assert!(o.holds(dir1, role, d("2024-01-01")), "first day");
    assert!(o.holds(dir1, role, d("2026-06-30")), "last day");
    assert!(!o.holds(dir1, role, d("2026-07-01")));
    assert_eq!(o.holders(role, d("2026-06-30")), vec![dir1]);
    assert_eq!(o.holders(role, d("2026-07-01")), vec![dir2]);
}

#[test]
fn people_who_left_hold_nothing_from_the_day_they_left() {
    let data = org(ORG);
    let o = &data.org;
    let (agent, a2) = (o.role("agent").unwrap(), o.person("a2").unwrap());
    assert!(o.holds(a2, agent, d("2026-04-30")));
    assert!(!o.holds(a2, agent, d("2026-05-01")));
    assert!(!o.active(a2, d("2026-05-01")));
    assert_eq!(o.holders(agent, d("2026-06-01")).len(), 2);
}

#[test]
fn delegations_count_on_their_first_and_last_day_and_only_in_scope() {
    let data = org(ORG);
    let o = &data.org;
    let (role, dep1) = (o.role("ops-director").unwrap(), o.person("dep1").unwrap());
    assert_eq!(o.capacity(dep1, role, d("2026-02-28"), "purchase"), None);
    assert!(
        matches!(
            o.capacity(dep1, role, d("2026-03-01"), "purchase"),
            Some(Capacity::Delegate(_))
        ),
        "first day"
    );
    assert!(
        matches!(
            o.capacity(dep1, role, d("2026-03-31"), "purchase"),
            Some(Capacity::Delegate(_))
        ),
        "last day"
    );
    assert_eq!(o.capacity(dep1, role, d("2026-04-01"), "purchase"), None);
    assert_eq!(
        o.capacity(dep1, role, d("2026-03-15"), "leave"),
        None,
        "out of scope"
    );
    assert_eq!(
        o.lapsed_delegations(dep1, role, d("2026-04-01"), "purchase")
            .len(),
        1
    );
    let dir1 = o.person("dir1").unwrap();
    assert_eq!(
        o.capacity(dir1, role, d("2026-03-15"), "purchase"),
        Some(Capacity::Holder)
    );
}

#[test]
fn direct_superiors_come_from_manager_else_reports_to() {
    let data = org(ORG);
    let o = &data.org;
    let p = |id: &str| o.person(id).unwrap();
    assert_eq!(o.superiors(p("a1"), d("2026-06-01")), vec![p("it1")]);
    assert_eq!(
        o.superiors(p("a3"), d("2026-06-01")),
        vec![p("dep1")],
        "an explicit manager wins"
    );
    assert_eq!(o.superiors(p("it1"), d("2026-06-30")), vec![p("dir1")]);
    assert_eq!(
        o.superiors(p("it1"), d("2026-07-01")),
        vec![p("dir2")],
        "whoever holds the role that day"
    );
    assert!(o.superiors(p("ceo1"), d("2026-06-01")).is_empty());
    assert!(o.at_top(p("ceo1"), d("2026-06-01")));
    assert!(!o.at_top(p("a1"), d("2026-06-01")));
}

#[test]
fn heads_overseers_and_headcounts() {
    let data = org(ORG);
    let o = &data.org;
    let u = |id: &str| o.unit(id).unwrap();
    assert_eq!(o.head_role(u("it")), o.role("it-head"));
    assert_eq!(o.head_role(u("desk")), None);
    assert_eq!(o.overseer_role(u("ops")), o.role("ceo"));
    assert_eq!(
        o.overseer_role(u("desk")),
        o.role("ceo"),
        "inherited from the nearest unit above that names one"
    );
    assert!(o.within(u("desk"), u("ops")));
    // ops and below on 2026-06-01: dir1, dep1, it1, a1, a3 (a2 has left).
    assert_eq!(o.people_in(u("ops"), d("2026-06-01")).len(), 5);
    assert_eq!(o.people_in(u("desk"), d("2026-06-01")).len(), 2);
    let p = |id: &str| o.person(id).unwrap();
    assert_eq!(o.unit_of(p("a1"), d("2026-06-01")), Some(u("desk")));
}

#[test]
fn names_bind_by_id_title_and_alias() {
    let data = org(ORG);
    let bind = |spellings: &[&str]| -> Vec<RoleIx> { data.org.bind(spellings.iter().copied()) };
    let director = data.org.role("ops-director");
    assert_eq!(bind(&["运营总监"]).first().copied(), director, "by title");
    assert_eq!(bind(&["ops-director"]).first().copied(), director, "by id");
    assert_eq!(
        bind(&["Operations Director"]).first().copied(),
        director,
        "by alias in the data"
    );
    assert_eq!(
        bind(&["总监", "运营总监"]).first().copied(),
        director,
        "by alias in the policy"
    );
    assert!(bind(&["财务总监"]).is_empty());
}

#[test]
fn bodies_and_reporting_cycles() {
    let data = org(ORG);
    let o = &data.org;
    let (people, roles) = o.body_members(o.bind::<BodyIx>(["gm-office"])[0]);
    assert_eq!(people, vec![o.person("dep1").unwrap()]);
    assert_eq!(roles.len(), 2, "members and chair");
    assert!(o.reporting_cycles(d("2026-06-01")).is_empty());
    let looped = org(&ORG.replace(
        "{id: ceo1, name: 张总, roles: [ceo]}",
        "{id: ceo1, name: 张总, roles: [ceo], manager: a3}",
    ));
    let cycles = looped.org.reporting_cycles(d("2026-06-01"));
    assert_eq!(cycles.len(), 1);
    // ceo1 → a3 → dep1 → dir1 → ceo1
    assert_eq!(cycles[0].len(), 4);
}

#[test]
fn strongly_connected_finds_loops() {
    // 0 → 1 → 2 → 0, 3 → 0, 4 alone
    let edges = vec![vec![1], vec![2], vec![0], vec![0], vec![]];
    let mut groups: Vec<Vec<usize>> = strongly_connected(&edges)
        .into_iter()
        .filter(|g| g.len() > 1)
        .collect();
    for g in &mut groups {
        g.sort();
    }
    assert_eq!(groups, vec![vec![0, 1, 2]]);
}

#[test]
fn long_chains_do_not_overflow() {
    let n = 200_000;
    let edges: Vec<Vec<usize>> = (0..n)
        .map(|i| if i + 1 < n { vec![i + 1] } else { vec![0] })
        .collect();
    let groups = strongly_connected(&edges);
    assert_eq!(groups.iter().map(Vec::len).max(), Some(n));
}
