//! The organisation: leadership, departments and research teams.

use super::*;

/// Leadership: (person id, role id, role title, unit, reports_to, level).
const LEADERS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "p-president",
        "president",
        "总裁",
        "company",
        "",
        "executive",
    ),
    (
        "p-gm",
        "general-manager",
        "总经理",
        "company",
        // 企业管理制度汇编 第二章一: the 总经理 answers to the 董事长.
        "chairman",
        "executive",
    ),
    ("p-chair", "chairman", "董事长", "company", "", "board"),
    (
        "p-ops-director",
        "ops-director",
        "运营总监",
        "ops-center",
        "president",
        "director",
    ),
    (
        "p-ops-deputy",
        "ops-deputy",
        "运营副总监",
        "ops-center",
        "ops-director",
        "director",
    ),
    (
        "p-prod-manager",
        "prod-manager",
        "产品生产部经理",
        "production",
        "general-manager",
        "manager",
    ),
    (
        "p-prod-deputy",
        "prod-deputy",
        "产品生产部副经理",
        "production",
        "prod-manager",
        "manager",
    ),
    (
        "p-pilot-head",
        "pilot-head",
        "中试技术部主任",
        "pilot-tech",
        "prod-manager",
        "supervisor",
    ),
    (
        "p-quality-head",
        "quality-head",
        "质量管理部主任",
        "quality",
        "prod-manager",
        "supervisor",
    ),
    (
        "p-workshop-head",
        "workshop-head",
        "车间主任",
        "workshop",
        "prod-manager",
        "supervisor",
    ),
    (
        "p-business-dean",
        "business-dean",
        "业务院长",
        "research",
        "general-manager",
        "director",
    ),
    (
        "p-admin-dean",
        "admin-dean",
        "行政院长",
        "research",
        "general-manager",
        "director",
    ),
    (
        "p-analysis-director",
        "analysis-director",
        "分析总监",
        "analysis",
        "business-dean",
        "manager",
    ),
    (
        "p-finance-manager",
        "finance-manager",
        "财务部经理",
        "finance",
        "general-manager",
        "manager",
    ),
    (
        "p-hr-manager",
        "hr-manager",
        "人力资源部经理",
        "hr",
        "general-manager",
        "manager",
    ),
    (
        "p-admin-manager",
        "admin-manager",
        "行政部经理",
        "admin",
        "general-manager",
        "manager",
    ),
    (
        "p-office-director",
        "office-director",
        "办公室主任",
        "office",
        "admin-manager",
        "supervisor",
    ),
    (
        "p-clerk",
        "clerk",
        "文员",
        "office",
        "office-director",
        "staff",
    ),
    (
        "p-cs-manager",
        "cs-manager",
        "客服部经理",
        "cs",
        "ops-director",
        "manager",
    ),
    (
        "p-cs-agent-1",
        "cs-agent",
        "销售支持",
        "cs",
        "cs-manager",
        "staff",
    ),
    (
        "p-cs-agent-2",
        "cs-agent",
        "销售支持",
        "cs",
        "cs-manager",
        "staff",
    ),
    (
        "p-engineer",
        "pilot-engineer",
        "工艺工程师",
        "pilot-tech",
        "pilot-head",
        "staff",
    ),
    (
        "p-analyst",
        "analyst",
        "分析员",
        "analysis",
        "analysis-director",
        "staff",
    ),
];

/// Units: (id, name, parent, head role, overseen_by).
pub(super) const UNITS: &[(&str, &str, &str, &str, &str)] = &[
    ("company", "恒远科技", "", "president", ""),
    (
        "ops-center",
        "运营中心",
        "company",
        "ops-director",
        "president",
    ),
    (
        "production",
        "产品生产部",
        "company",
        "prod-manager",
        "general-manager",
    ),
    ("pilot-tech", "中试技术部", "production", "pilot-head", ""),
    ("quality", "质量管理部", "production", "quality-head", ""),
    ("workshop", "生产车间", "production", "workshop-head", ""),
    (
        "research",
        "研究院",
        "company",
        "business-dean",
        "general-manager",
    ),
    ("analysis", "分析部", "research", "analysis-director", ""),
    (
        "finance",
        "财务部",
        "company",
        "finance-manager",
        "general-manager",
    ),
    (
        "hr",
        "人力资源部",
        "company",
        "hr-manager",
        "general-manager",
    ),
    (
        "admin",
        "行政部",
        "company",
        "admin-manager",
        "general-manager",
    ),
    ("office", "办公室", "admin", "office-director", ""),
    ("cs", "客服部", "company", "cs-manager", "ops-director"),
];

impl Builder {
    pub(super) fn org(&mut self) -> Vec<Team> {
        for (id, name, parent, head, overseen) in UNITS {
            let mut f = vec![("id", s(id)), ("name", s(name)), ("head", s(head))];
            if !parent.is_empty() {
                f.push(("parent", s(parent)));
            }
            if !overseen.is_empty() {
                f.push(("overseen_by", s(overseen)));
            }
            self.entries.push(e("units", f));
        }
        let mut roles_done = Vec::new();
        for (_, role, title, unit, reports, level) in LEADERS {
            if roles_done.contains(role) {
                continue;
            }
            roles_done.push(role);
            let seats = LEADERS.iter().filter(|l| l.1 == *role).count().max(1);
            let mut f = vec![
                ("id", s(role)),
                ("title", s(title)),
                ("unit", s(unit)),
                ("level", s(level)),
                ("seats", Val::N(seats.to_string())),
            ];
            if !reports.is_empty() {
                f.push(("reports_to", s(reports)));
            }
            self.entries.push(e("roles", f));
        }
        self.entries.push(e(
            "roles",
            vec![
                ("id", s("board-member")),
                ("title", s("董事")),
                ("unit", s("company")),
                ("reports_to", s("chairman")),
                ("level", s("board")),
                ("seats", Val::N("4".into())),
            ],
        ));
        for (person, role, _, _, _, _) in LEADERS {
            let n = self.person_name();
            self.entries.push(e(
                "people",
                vec![
                    ("id", s(person)),
                    ("name", s(n)),
                    ("roles", Val::List(vec![role.to_string()])),
                ],
            ));
        }
        // Board members, appointed within the last three years.
        for (i, since) in ["2024-03-01", "2025-06-01"].iter().enumerate() {
            let n = self.person_name();
            self.entries.push(e(
                "people",
                vec![
                    ("id", s(format!("p-board-{}", i + 1))),
                    ("name", s(n)),
                    (
                        "roles",
                        Val::Maps(vec![vec![("role", s("board-member")), ("since", s(since))]]),
                    ),
                ],
            ));
        }
        for (id, name, chair, members) in [
            (
                "gm-office",
                "总经理办公会",
                "general-manager",
                vec![
                    "president",
                    "general-manager",
                    "ops-director",
                    "business-dean",
                    "finance-manager",
                ],
            ),
            (
                "tech-committee",
                "技术委员会",
                "business-dean",
                vec!["analysis-director", "admin-dean"],
            ),
            ("shareholders", "股东会", "chairman", vec![]),
        ] {
            self.entries.push(e(
                "bodies",
                vec![
                    ("id", s(id)),
                    ("name", s(name)),
                    ("chair", s(chair)),
                    (
                        "members",
                        Val::List(members.into_iter().map(String::from).collect()),
                    ),
                ],
            ));
        }
        self.entries.push(e(
            "delegations",
            vec![
                ("id", s("d-ops-summer")),
                ("from", s("p-ops-director")),
                ("to", s("p-ops-deputy")),
                ("role", s("ops-director")),
                ("since", s(self.opts.as_of.saturating_sub(140.days()))),
                ("until", s(self.opts.as_of.saturating_sub(120.days()))),
                ("authorized_by", s("p-president")),
                (
                    "authorized_at",
                    s(self.opts.as_of.saturating_sub(145.days())),
                ),
            ],
        ));
        // Research teams of eight until the company has the people asked for.
        let fixed = LEADERS.len() + 2;
        let mut teams = Vec::new();
        let mut left = self.opts.people.saturating_sub(fixed);
        let mut k = 0;
        while left >= 2 {
            k += 1;
            let size = left.min(8);
            left -= size;
            let unit = format!("team-{k}");
            let (lead_role, member_role) = (format!("team-lead-{k}"), format!("researcher-{k}"));
            self.entries.push(e(
                "units",
                vec![
                    ("id", s(&unit)),
                    ("name", s(format!("研究{k}组"))),
                    ("kind", s("team")),
                    ("parent", s("research")),
                    ("head", s(&lead_role)),
                ],
            ));
            self.entries.push(e(
                "roles",
                vec![
                    ("id", s(&lead_role)),
                    ("title", s(format!("研究{k}组组长"))),
                    ("unit", s(&unit)),
                    ("reports_to", s("business-dean")),
                    ("level", s("supervisor")),
                ],
            ));
            self.entries.push(e(
                "roles",
                vec![
                    ("id", s(&member_role)),
                    ("title", s("研究员")),
                    ("unit", s(&unit)),
                    ("reports_to", s(&lead_role)),
                    ("level", s("staff")),
                    ("seats", Val::N("7".into())),
                ],
            ));
            let lead = format!("r{k}-lead");
            let n = self.person_name();
            self.entries.push(e(
                "people",
                vec![
                    ("id", s(&lead)),
                    ("name", s(n)),
                    ("roles", Val::List(vec![lead_role.clone()])),
                ],
            ));
            let mut members = Vec::new();
            for m in 1..size {
                let id = format!("r{k}-{m}");
                let n = self.person_name();
                self.entries.push(e(
                    "people",
                    vec![
                        ("id", s(&id)),
                        ("name", s(n)),
                        ("roles", Val::List(vec![member_role.clone()])),
                    ],
                ));
                members.push(id);
            }
            teams.push(Team {
                unit,
                lead,
                members,
            });
        }
        teams
    }
}

/// The leader who holds a role of [`LEADERS`].
pub(super) fn holder(role: &str) -> Option<&'static str> {
    LEADERS.iter().find(|l| l.1 == role).map(|l| l.0)
}
