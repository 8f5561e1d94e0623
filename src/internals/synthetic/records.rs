//! A year of compliant records: plans, meetings, reports, requests and tickets.

use super::*;
use jiff::ToSpan;

impl Builder {
    pub(super) fn plan(
        &mut self,
        id: String,
        kind: &str,
        period: String,
        mut fields: Vec<(&'static str, Val)>,
    ) {
        let mut f = vec![("id", s(id)), ("kind", s(kind)), ("period", s(period))];
        f.append(&mut fields);
        self.entries.push(e("plans", f));
    }

    pub(super) fn plans(&mut self) {
        let y = self.opts.as_of.year();
        // Last year's plans too: those with no date in their regulation are judged missing once
        // their year is over.
        for year in [y - 1, y, y + 1] {
            let prev = year - 1;
            // The business plan of `year` is due 11-20 of the year before; only plans already due
            // are in the data.
            if Date::new(prev, 11, 18).is_ok_and(|d| d <= self.opts.as_of) {
                self.plan(
                    format!("abp-{year}"),
                    "annual-business-plan",
                    year.to_string(),
                    vec![
                        ("owner", s("p-ops-director")),
                        ("drafted", s(format!("{prev}-10-15"))),
                        ("submitted", s(format!("{prev}-11-18T17:00"))),
                        ("submitted_to", s("gm-office")),
                        (
                            "reviews",
                            Val::Maps(vec![sig("gm-office", format!("{prev}-11-19"))]),
                        ),
                        (
                            "signatures",
                            Val::Maps(vec![
                                [
                                    sig("p-president", format!("{prev}-11-20T10:00")),
                                    vec![("as", s("president"))],
                                ]
                                .concat(),
                            ]),
                        ),
                    ],
                );
            }
            if Date::new(prev, 12, 22).is_ok_and(|d| d <= self.opts.as_of) {
                self.plan(
                    format!("aop-{year}"),
                    "annual-operations-plan",
                    year.to_string(),
                    vec![
                        ("owner", s("p-ops-director")),
                        ("drafted", s(format!("{prev}-12-02"))),
                        ("submitted", s(format!("{prev}-12-18"))),
                        ("submitted_to", s("gm-office")),
                        (
                            "reviews",
                            Val::Maps(vec![sig("gm-office", format!("{prev}-12-19"))]),
                        ),
                        (
                            "signatures",
                            Val::Maps(vec![sig("p-president", format!("{prev}-12-22"))]),
                        ),
                    ],
                );
                self.plan(
                    format!("budget-{year}"),
                    "annual-budget",
                    year.to_string(),
                    vec![
                        ("owner", s("p-finance-manager")),
                        ("submitted", s(format!("{prev}-12-20"))),
                        (
                            "reviews",
                            Val::Maps(vec![sig("finance", format!("{prev}-12-22"))]),
                        ),
                        (
                            "signatures",
                            Val::Maps(vec![sig("p-gm", format!("{prev}-12-28"))]),
                        ),
                    ],
                );
            }
            if Date::new(year, 1, 31).is_ok_and(|d| d <= self.opts.as_of) {
                // A target letter with every department, signed by the 总经理 and its head.
                for (unit, _, _, head, _) in org::UNITS.iter().filter(|u| !u.2.is_empty()) {
                    let Some(person) = org::holder(head) else {
                        continue;
                    };
                    self.plan(
                        format!("targets-{unit}-{year}"),
                        "performance-targets",
                        year.to_string(),
                        vec![
                            ("owner", s(person)),
                            ("unit", s(unit)),
                            (
                                "signatures",
                                Val::Maps(vec![
                                    sig(person, format!("{year}-01-19")),
                                    sig("p-gm", format!("{year}-01-20")),
                                ]),
                            ),
                        ],
                    );
                }
                self.plan(
                    format!("training-{year}"),
                    "annual-training-plan",
                    year.to_string(),
                    vec![
                        ("owner", s("p-hr-manager")),
                        ("submitted", s(format!("{year}-01-25"))),
                    ],
                );
                self.plan(
                    format!("production-{year}"),
                    "annual-production-plan",
                    year.to_string(),
                    vec![
                        ("owner", s("p-prod-manager")),
                        ("submitted", s(format!("{year}-01-06"))),
                        (
                            "signatures",
                            Val::Maps(vec![
                                sig("p-prod-manager", format!("{year}-01-08")),
                                sig("p-gm", format!("{year}-01-10")),
                            ]),
                        ),
                    ],
                );
            }
            if Date::new(year, 6, 20).is_ok_and(|d| d <= self.opts.as_of) {
                self.plan(
                    format!("adjust-{year}"),
                    "plan-adjustment",
                    year.to_string(),
                    vec![
                        ("owner", s("p-ops-director")),
                        ("submitted", s(format!("{year}-06-15"))),
                        (
                            "reviews",
                            Val::Maps(vec![sig("gm-office", format!("{year}-06-17"))]),
                        ),
                        (
                            "signatures",
                            Val::Maps(vec![sig("p-president", format!("{year}-06-19"))]),
                        ),
                    ],
                );
            }
        }
        // Monthly plans, handed in on the 26th of the month before (inside its last seven days).
        let first = self.since.first_of_month();
        let mut month = first;
        while month <= self.opts.as_of.saturating_add(40.days()) {
            let previous = month.saturating_sub(1.month());
            let handed = Date::new(previous.year(), previous.month(), 26).unwrap_or(previous);
            if handed <= self.opts.as_of {
                let period = format!("{}-{:02}", month.year(), month.month());
                self.plan(
                    format!("mp-{period}"),
                    "monthly-plan",
                    period,
                    vec![
                        ("owner", s("p-ops-director")),
                        ("submitted", s(handed)),
                        ("submitted_to", s("admin")),
                    ],
                );
            }
            month = month.saturating_add(1.month());
        }
        // Project node plans reviewed by the technical committee before work starts.
        for k in 0..3 {
            let d = self.day();
            self.plan(
                format!("node-plan-{k}"),
                "project-node-plan",
                format!("{}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
                vec![
                    ("owner", s("p-analysis-director")),
                    ("reviews", Val::Maps(vec![sig("tech-committee", d)])),
                    (
                        "attrs",
                        Val::Map(vec![("started", s(d.saturating_add(2.days())))]),
                    ),
                ],
            );
        }
    }

    pub(super) fn meeting(
        &mut self,
        id: String,
        kind: &str,
        held: String,
        mut extra: Vec<(&'static str, Val)>,
    ) {
        let mut f = vec![("id", s(id)), ("kind", s(kind)), ("held", s(held))];
        f.append(&mut extra);
        self.entries.push(e("meetings", f));
    }

    pub(super) fn meetings(&mut self) {
        let start = self.since.saturating_sub(45.days());
        let end = self.opts.as_of;
        let mut d = start;
        while d <= end {
            match d.weekday() {
                Weekday::Monday => self.meeting(
                    format!("admin-{d}"),
                    "admin-weekly",
                    format!("{d}T08:30"),
                    vec![("chair", s("p-office-director"))],
                ),
                Weekday::Wednesday => self.meeting(
                    format!("ops-{d}"),
                    "ops-weekly",
                    format!("{d}T10:00"),
                    vec![("chair", s("p-ops-director"))],
                ),
                _ => {}
            }
            if d == d.last_of_month() {
                self.meeting(
                    format!("summary-{d}"),
                    "monthly-summary",
                    format!("{d}T15:00"),
                    vec![("chair", s("p-office-director"))],
                );
            }
            if d.day() == 18 {
                let filed = d.saturating_add(2.days());
                self.meeting(
                    format!("routine-{d}"),
                    "production-routine",
                    format!("{d}T14:00"),
                    vec![
                        ("chair", s("p-prod-manager")),
                        (
                            "minutes",
                            Val::Map(vec![
                                ("filed", s(filed)),
                                ("signed_by", s("p-prod-manager")),
                            ]),
                        ),
                    ],
                );
            }
            if d.day() == 3 {
                self.meeting(
                    format!("prodplan-{d}"),
                    "monthly-production-plan",
                    format!("{d}T09:00"),
                    vec![("chair", s("p-prod-manager"))],
                );
            }
            // The manager office meets every other month: six a year.
            if d.day() == 12 && d.month() % 2 == 1 {
                self.meeting(
                    format!("office-{d}"),
                    "production-manager-office",
                    format!("{d}T14:00"),
                    vec![("chair", s("p-prod-manager"))],
                );
            }
            // All hands every quarter, announced three days ahead.
            if d.day() == 14 && d.month() % 3 == 1 {
                self.meeting(
                    format!("all-hands-{d}"),
                    "all-hands",
                    format!("{d}T09:00"),
                    vec![
                        ("chair", s("p-office-director")),
                        ("notice_sent", s(d.saturating_sub(3.days()))),
                        ("agenda_sent", s(d.saturating_sub(2.days()))),
                    ],
                );
            }
            d = d.saturating_add(1.day());
        }
        // The manager office meetings of the year before the judged one (2025 in full).
        let y = self.since.year();
        for m in [1, 3, 5, 7, 9] {
            if let Ok(day) = Date::new(y, m, 12)
                && day < start
            {
                self.meeting(
                    format!("office-{day}"),
                    "production-manager-office",
                    format!("{day}T14:00"),
                    vec![("chair", s("p-prod-manager"))],
                );
            }
        }
        if let Ok(day) = Date::new(y, 10, 14)
            && day < start
        {
            self.meeting(
                format!("all-hands-{day}"),
                "all-hands",
                format!("{day}T09:00"),
                vec![
                    ("chair", s("p-office-director")),
                    ("notice_sent", s(day.saturating_sub(3.days()))),
                ],
            );
        }
    }

    pub(super) fn reports(&mut self) {
        // Weekly customer service reports, each on the Friday of its week.
        let mut d = self.since.saturating_sub(7.days());
        while d <= self.opts.as_of {
            if d.weekday() == Weekday::Friday {
                let iso = d.iso_week_date();
                let period = format!("{}-W{:02}", iso.year(), iso.week());
                self.entries.push(e(
                    "reports",
                    vec![
                        ("id", s(format!("cs-weekly-{period}"))),
                        ("kind", s("cs-weekly")),
                        ("period", s(&period)),
                        ("by", s("p-cs-manager")),
                        ("submitted", s(d)),
                    ],
                ));
            }
            if d.day() == 20 {
                let period = format!("{}-{:02}", d.year(), d.month());
                self.entries.push(e(
                    "reports",
                    vec![
                        ("id", s(format!("cs-satisfaction-{period}"))),
                        ("kind", s("cs-satisfaction-monthly")),
                        ("period", s(&period)),
                        ("by", s("p-cs-manager")),
                        ("submitted", s(d)),
                    ],
                ));
            }
            d = d.saturating_add(1.day());
        }
        // The quality reports of the last two years (the one before last is missing once last
        // year is over: the regulation sets no date).
        for last_year in [self.opts.as_of.year() - 2, self.opts.as_of.year() - 1] {
            self.entries.push(e(
                "reports",
                vec![
                    ("id", s(format!("quality-{last_year}"))),
                    ("kind", s("annual-quality-report")),
                    ("period", s(last_year)),
                    ("by", s("p-quality-head")),
                    ("to", s("p-prod-manager")),
                    ("submitted", s(format!("{}-01-20", last_year + 1))),
                    (
                        "signatures",
                        Val::Maps(vec![
                            sig("p-prod-manager", format!("{}-01-22", last_year + 1)),
                            sig("p-gm", format!("{}-01-26", last_year + 1)),
                        ]),
                    ),
                ],
            ));
        }
    }

    pub(super) fn request(
        &mut self,
        id: String,
        kind: &str,
        by: &str,
        at: Date,
        mut extra: Vec<(&'static str, Val)>,
    ) {
        let mut f = vec![
            ("id", s(id)),
            ("kind", s(kind)),
            ("requested_by", s(by)),
            ("requested_at", s(at)),
        ];
        f.append(&mut extra);
        self.entries.push(e("requests", f));
    }

    pub(super) fn requests(&mut self, teams: &[Team]) {
        let mut n = 0;
        for team in teams {
            for member in &team.members {
                for _ in 0..3 {
                    n += 1;
                    let d = self.day();
                    self.request(
                        format!("leave-{n}"),
                        "leave",
                        member,
                        d,
                        vec![
                            // The lead, then the 总经理 (企业管理制度汇编 第一章九: level by
                            // level), before the leave starts.
                            (
                                "signatures",
                                Val::Maps(vec![
                                    sig(&team.lead, d.saturating_add(1.day())),
                                    sig("p-gm", d.saturating_add(2.days())),
                                ]),
                            ),
                            (
                                "attrs",
                                Val::Map(vec![("start", s(d.saturating_add(3.days())))]),
                            ),
                        ],
                    );
                }
                for _ in 0..2 {
                    n += 1;
                    let d = self.day();
                    let amount = 500 + self.rng.below(400) * 100;
                    self.request(
                        format!("purchase-{n}"),
                        "purchase",
                        member,
                        d,
                        vec![
                            ("amount", Val::N(amount.to_string())),
                            (
                                "signatures",
                                Val::Maps(vec![
                                    sig(&team.lead, d),
                                    sig("p-business-dean", d.saturating_add(1.day())),
                                    sig("p-gm", d.saturating_add(2.days())),
                                ]),
                            ),
                            (
                                "attrs",
                                Val::Map(vec![
                                    ("accepted", s(d.saturating_add(9.days()))),
                                    ("paid", s(d.saturating_add(10.days()))),
                                ]),
                            ),
                        ],
                    );
                }
                n += 1;
                let d = self.day();
                self.request(
                    format!("sample-{n}"),
                    "sample-submission",
                    member,
                    d,
                    vec![
                        (
                            "signatures",
                            Val::Maps(vec![
                                sig(&team.lead, format!("{d}T08:30")),
                                sig("p-analysis-director", format!("{d}T08:45")),
                            ]),
                        ),
                        (
                            "attrs",
                            Val::Map(vec![
                                ("reserved_at", s(format!("{d}T10:00"))),
                                ("delivered", s(format!("{d}T10:10"))),
                            ]),
                        ),
                    ],
                );
                n += 1;
                let d = self.day();
                self.request(
                    format!("external-test-{n}"),
                    "external-test",
                    member,
                    d,
                    vec![(
                        "signatures",
                        Val::Maps(vec![
                            sig(&team.lead, d),
                            sig("p-business-dean", d.saturating_add(1.day())),
                        ]),
                    )],
                );
            }
        }
        // Company-level requests.
        let d = self.day();
        self.request(
            "budget-adjust-1".into(),
            "budget-adjustment",
            "p-prod-manager",
            d,
            vec![
                (
                    "reviews",
                    Val::Maps(vec![sig("finance", d.saturating_add(2.days()))]),
                ),
                (
                    "signatures",
                    Val::Maps(vec![sig("p-gm", d.saturating_add(4.days()))]),
                ),
                (
                    "attrs",
                    Val::Map(vec![("effective", s(d.saturating_add(9.days())))]),
                ),
            ],
        );
        let d = self.day();
        self.request(
            "process-1".into(),
            "process-design",
            "p-engineer",
            d,
            vec![(
                "signatures",
                Val::Maps(vec![
                    sig("p-quality-head", d.saturating_add(1.day())),
                    sig("p-prod-manager", d.saturating_add(2.days())),
                ]),
            )],
        );
        let d = self.day();
        self.request(
            "quality-doc-1".into(),
            "quality-document",
            "p-quality-head",
            d,
            vec![(
                "signatures",
                Val::Maps(vec![
                    sig("p-prod-manager", d.saturating_add(1.day())),
                    sig("p-gm", d.saturating_add(3.days())),
                ]),
            )],
        );
        let d = self.day();
        self.request(
            "quota-1".into(),
            "material-quota",
            "p-engineer",
            d,
            vec![(
                "signatures",
                Val::Maps(vec![
                    sig("p-quality-head", d.saturating_add(1.day())),
                    sig("p-prod-manager", d.saturating_add(2.days())),
                ]),
            )],
        );
        let d = self.day();
        self.request(
            "notice-1".into(),
            "oa-notice",
            "p-clerk",
            d,
            vec![
                (
                    "signatures",
                    Val::Maps(vec![
                        sig("p-office-director", format!("{d}T10:00")),
                        sig("p-admin-manager", format!("{d}T15:00")),
                    ]),
                ),
                (
                    "attrs",
                    Val::Map(vec![("published", s(d.saturating_add(1.day())))]),
                ),
            ],
        );
        let d = self.day();
        self.request(
            "venue-1".into(),
            "venue-borrowing",
            "p-analysis-director",
            d,
            vec![
                (
                    "reviews",
                    Val::Maps(vec![
                        sig("p-business-dean", d.saturating_add(1.day())),
                        sig("p-admin-dean", d.saturating_add(1.day())),
                    ]),
                ),
                (
                    "signatures",
                    Val::Maps(vec![sig("p-gm", d.saturating_add(2.days()))]),
                ),
                (
                    "attrs",
                    Val::Map(vec![("start", s(d.saturating_add(7.days())))]),
                ),
            ],
        );
        let d = self.day();
        self.request(
            "bonus-1".into(),
            "stage-bonus",
            "p-analyst",
            d,
            vec![
                (
                    "signatures",
                    Val::Maps(vec![sig("p-analysis-director", d.saturating_add(1.day()))]),
                ),
                (
                    "reviews",
                    Val::Maps(vec![sig("tech-committee", d.saturating_add(3.days()))]),
                ),
                (
                    "attrs",
                    Val::Map(vec![("paid", s(d.saturating_add(10.days())))]),
                ),
            ],
        );
        for (i, (level, unit, signers)) in [
            ("staff", "workshop", vec!["p-hr-manager"]),
            (
                "supervisor",
                "workshop",
                vec!["p-workshop-head", "p-hr-manager"],
            ),
            ("manager", "production", vec!["p-hr-manager", "p-gm"]),
        ]
        .into_iter()
        .enumerate()
        {
            let d = self.day();
            let sigs = signers
                .iter()
                .enumerate()
                .map(|(k, by)| sig(by, d.saturating_add((k as i64 + 1).days())))
                .collect();
            self.request(
                format!("hire-{i}"),
                "hire",
                "p-hr-manager",
                d,
                vec![
                    ("level", s(level)),
                    ("unit", s(unit)),
                    ("signatures", Val::Maps(sigs)),
                ],
            );
        }
        let d = self.day();
        self.request(
            "tender-1".into(),
            "tender",
            "p-cs-manager",
            d,
            vec![("bidders", Val::N("4".into()))],
        );
        let d = self.day();
        self.request(
            "tender-2".into(),
            "tender",
            "p-cs-agent-1",
            d,
            vec![
                ("bidders", Val::N("1".into())),
                ("attrs", Val::Map(vec![("negotiated", Val::B(true))])),
                (
                    "signatures",
                    Val::Maps(vec![
                        sig("p-ops-director", d),
                        sig("p-gm", d.saturating_add(1.day())),
                    ]),
                ),
            ],
        );
        let d = self.day();
        self.request(
            "design-1".into(),
            "design-unit-selection",
            "p-admin-manager",
            d,
            vec![
                (
                    "signatures",
                    Val::Maps(vec![sig("p-chair", d.saturating_add(2.days()))]),
                ),
                (
                    "reviews",
                    Val::Maps(vec![sig("shareholders", d.saturating_add(9.days()))]),
                ),
                ("attrs", Val::Map(vec![("candidates", Val::N("3".into()))])),
            ],
        );
    }

    pub(super) fn tickets(&mut self, teams: &[Team]) {
        let mut n = 0;
        let agents: Vec<String> = teams
            .iter()
            .flat_map(|t| t.members.iter().cloned())
            .collect();
        let count = (agents.len() * 3).max(6);
        for i in 0..count {
            n += 1;
            let d = self.day();
            let who = agents
                .get(i % agents.len().max(1))
                .cloned()
                .unwrap_or_else(|| "p-cs-agent-1".into());
            let hour = 9 + self.rng.below(8);
            let mut f = vec![
                ("id", s(format!("ticket-{n}"))),
                ("kind", s("service-request")),
                ("received", s(format!("{d}T{hour:02}:00"))),
                ("responded", s(format!("{d}T{:02}:30", hour + 1))),
                ("assignee", s(who)),
            ];
            if i % 5 == 0 {
                f.push((
                    "attrs",
                    Val::Map(vec![
                        (
                            "agreed_arrival",
                            s(format!("{}T14:00", d.saturating_add(1.day()))),
                        ),
                        ("on_site", s(format!("{}T13:30", d.saturating_add(1.day())))),
                    ]),
                ));
            }
            self.entries.push(e("tickets", f));
        }
        for i in 0..4 {
            let d = self.day();
            self.entries.push(e(
                "tickets",
                vec![
                    ("id", s(format!("customer-{i}"))),
                    ("kind", s("new-customer")),
                    ("received", s(format!("{d}T09:00"))),
                    ("assignee", s("p-cs-agent-2")),
                    (
                        "attrs",
                        Val::Map(vec![
                            ("accepted", s(format!("{d}T10:00"))),
                            (
                                "form_sent",
                                s(format!("{}T10:00", d.saturating_add(1.day()))),
                            ),
                            (
                                "archived",
                                s(format!("{}T15:00", d.saturating_add(1.day()))),
                            ),
                        ]),
                    ),
                ],
            ));
        }
    }
}
