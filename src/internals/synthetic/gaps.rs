//! Gaps injected into the compliant company, each with the findings it must raise.

use super::*;

impl Builder {
    /// One gap of each kind the built-in pack can find, each where it raises exactly the expected
    /// findings.
    pub(super) fn gaps(&mut self, teams: &[Team]) {
        let set = |entry: &mut Entry, key: &'static str, value: Val| {
            entry.fields.retain(|(k, _)| *k != key);
            entry.fields.push((key, value));
        };
        let drop = |entry: &mut Entry, key: &'static str| entry.fields.retain(|(k, _)| *k != key);
        let year = self.opts.as_of.year();
        // missing-record: no training plan last year (due by its end, so judged whatever the
        // day checked); this year's was filed, so the company keeps training plans.
        if self.wants(Check::MissingRecord) {
            let last = year - 1;
            let id = format!("training-{last}");
            self.entries.retain(|e| {
                !(e.collection == "plans"
                    && e.fields
                        .iter()
                        .any(|(k, v)| *k == "id" && matches!(v, Val::S(x) if *x == id)))
            });
            self.expect(
                Check::MissingRecord,
                "proc.annual-training-plan",
                format!("proc.annual-training-plan@{last}"),
            );
        }
        // late and out-of-window: two monthly plans handed in outside the month's last week.
        let m = self.opts.as_of.saturating_sub(3.months());
        let late = format!("mp-{}-{:02}", m.year(), m.month());
        if self.wants(Check::Late)
            && self.change("plans", &late, |e| {
                set(
                    e,
                    "submitted",
                    s(format!("{}-{:02}-03", m.year(), m.month())),
                )
            })
        {
            self.expect(Check::Late, "ops.monthly-plan", &late);
        }
        let m = self.opts.as_of.saturating_sub(5.months());
        let early = format!("mp-{}-{:02}", m.year(), m.month());
        let previous = m.saturating_sub(1.month());
        if self.wants(Check::OutOfWindow)
            && self.change("plans", &early, |e| {
                set(
                    e,
                    "submitted",
                    s(format!("{}-{:02}-10", previous.year(), previous.month())),
                )
            })
        {
            self.expect(Check::OutOfWindow, "ops.monthly-plan", &early);
        }
        // overdue: a service request never answered.
        if self.wants(Check::Overdue) {
            let d = self.opts.as_of.saturating_sub(10.days());
            self.entries.push(e(
                "tickets",
                vec![
                    ("id", s("ticket-unanswered")),
                    ("kind", s("service-request")),
                    ("received", s(format!("{d}T09:00"))),
                    ("assignee", s("p-cs-agent-1")),
                ],
            ));
            self.expect(Check::Overdue, "svc.response-24h", "ticket-unanswered");
        }
        // cadence: one weekly operations meeting skipped.
        let w = self.opts.as_of.saturating_sub(60.days());
        let wednesday = w
            .saturating_add(((3 - w.weekday().to_monday_one_offset() as i64).rem_euclid(7)).days());
        let skipped = format!("ops-{wednesday}");
        let keep = !self.wants(Check::Cadence);
        if !keep {
            let iso = wednesday.iso_week_date();
            self.expect(
                Check::Cadence,
                "ops.weekly-meeting",
                format!("ops.weekly-meeting@{}-W{:02}", iso.year(), iso.week()),
            );
        }
        self.entries.retain(|e| {
            keep || !(e.collection == "meetings"
                && e.fields
                    .iter()
                    .any(|(k, v)| *k == "id" && matches!(v, Val::S(x) if *x == skipped)))
        });
        // wrong-party: an admin meeting chaired by the clerk.
        if self.wants(Check::WrongParty) {
            let monday = wednesday.saturating_sub(2.days());
            let admin = format!("admin-{monday}");
            if self.change("meetings", &admin, |e| set(e, "chair", s("p-clerk"))) {
                self.expect(Check::WrongParty, "office.weekly-admin-meeting", &admin);
            }
        }
        // The gaps on researchers' records.
        let Some(team) = teams.first() else {
            return;
        };
        let members = team.members.clone();
        let first = |prefix: &str, entries: &[Entry], member: &str| {
            entries
                .iter()
                .filter(|e| e.collection == "requests")
                .filter(|e| {
                    e.fields
                        .iter()
                        .any(|(k, v)| *k == "requested_by" && matches!(v, Val::S(x) if x == member))
                })
                .find_map(|e| {
                    e.fields.iter().find_map(|(k, v)| match v {
                        Val::S(x) if *k == "id" && x.starts_with(prefix) => Some(x.clone()),
                        _ => None,
                    })
                })
        };
        if let Some(member) = members.first().cloned() {
            // out-of-sequence: paid before the goods were accepted.
            if let Some(id) = first("purchase-", &self.entries, &member)
                .filter(|_| self.wants(Check::OutOfSequence))
            {
                let accepted = self
                    .entries
                    .iter()
                    .find(|e| {
                        e.fields
                            .iter()
                            .any(|(k, v)| *k == "id" && matches!(v, Val::S(x) if *x == id))
                    })
                    .and_then(|e| {
                        e.fields.iter().find_map(|(k, v)| match (k, v) {
                            (&"attrs", Val::Map(a)) => a.iter().find_map(|(k, v)| match v {
                                Val::S(x) if *k == "accepted" => Some(x.clone()),
                                _ => None,
                            }),
                            _ => None,
                        })
                    });
                if let Some(accepted) = accepted.and_then(|a| crate::time::parse_date(&a).ok()) {
                    self.change("requests", &id, |e| {
                        if let Some((_, Val::Map(attrs))) =
                            e.fields.iter_mut().find(|(k, _)| *k == "attrs")
                        {
                            attrs.retain(|(k, _)| *k != "paid");
                            attrs.push(("paid", s(accepted.saturating_sub(2.days()))));
                        }
                    });
                    self.expect(Check::OutOfSequence, "proc.pay-after-acceptance", &id);
                }
            }
            // unauthorized-approver: a colleague signed the leave as the team lead.
            if let (Some(id), Some(colleague), true) = (
                first("leave-", &self.entries, &member),
                members.get(1).cloned(),
                self.wants(Check::UnauthorizedApprover),
            ) {
                let role = format!("team-lead-{}", team.unit.trim_start_matches("team-"));
                self.change("requests", &id, |e| {
                    if let Some((_, Val::Maps(sigs))) =
                        e.fields.iter_mut().find(|(k, _)| *k == "signatures")
                    {
                        // The lead's signature (the first); the 总经理's stays.
                        if let Some(s_) = sigs.first_mut() {
                            s_.retain(|(k, _)| *k != "by");
                            s_.push(("by", s(&colleague)));
                            s_.push(("as", s(&role)));
                        }
                    }
                });
                self.expect(Check::UnauthorizedApprover, "ops.leave-approval", &id);
                // The signing chain of 企业管理制度汇编 starts with the same head of unit.
                self.expect(Check::UnauthorizedApprover, "mgmt.signing-chain", &id);
            }
        }
        if let Some(member) = members.get(2).cloned() {
            // missing-approver: the 总经理 never signed a purchase.
            if let Some(id) = first("purchase-", &self.entries, &member)
                .filter(|_| self.wants(Check::MissingApprover))
            {
                self.change("requests", &id, |e| {
                    if let Some((_, Val::Maps(sigs))) =
                        e.fields.iter_mut().find(|(k, _)| *k == "signatures")
                    {
                        sigs.retain(|s_| {
                            !s_.iter()
                                .any(|(k, v)| *k == "by" && matches!(v, Val::S(x) if x == "p-gm"))
                        });
                    }
                });
                self.expect(Check::MissingApprover, "research.purchase-approval", &id);
                // 企业管理制度汇编's chain ends with the 总经理 too.
                self.expect(Check::MissingApprover, "mgmt.signing-chain", &id);
            }
        }
        if let Some(member) = members.get(3).cloned() {
            // approval-order: the 总经理 signed before the 业务院长.
            if let Some(id) = first("purchase-", &self.entries, &member)
                .filter(|_| self.wants(Check::ApprovalOrder))
            {
                self.change("requests", &id, |e| {
                    if let Some((_, Val::Maps(sigs))) =
                        e.fields.iter_mut().find(|(k, _)| *k == "signatures")
                    {
                        sigs.swap(1, 2);
                        let (a, b) = (
                            sigs[1].iter().position(|(k, _)| *k == "at"),
                            sigs[2].iter().position(|(k, _)| *k == "at"),
                        );
                        if let (Some(a), Some(b)) = (a, b) {
                            let ta = sigs[1][a].1.clone();
                            sigs[1][a].1 = sigs[2][b].1.clone();
                            sigs[2][b].1 = ta;
                        }
                    }
                });
                self.expect(Check::ApprovalOrder, "research.purchase-approval", &id);
            }
        }
        // self-approval: the pilot department's head drew up a material quota and signed it
        // himself between the quality review and the manager's approval.
        if self.wants(Check::SelfApproval) {
            let d = self.day();
            self.request(
                "quota-by-pilot-head".into(),
                "material-quota",
                "p-pilot-head",
                d,
                vec![(
                    "signatures",
                    Val::Maps(vec![
                        sig("p-quality-head", d),
                        sig("p-pilot-head", d.saturating_add(1.day())),
                        sig("p-prod-manager", d.saturating_add(2.days())),
                    ]),
                )],
            );
            self.expect(
                Check::SelfApproval,
                "prod.material-quota",
                "quota-by-pilot-head",
            );
        }
        // missing-review: a budget adjustment finance never saw.
        if self.wants(Check::MissingReview) {
            self.change("requests", "budget-adjust-1", |e| drop(e, "reviews"));
            self.expect(
                Check::MissingReview,
                "proc.budget-adjustment",
                "budget-adjust-1",
            );
        }
        // insufficient-count: a tender with two bidders.
        if self.wants(Check::InsufficientCount) {
            self.change("requests", "tender-1", |e| {
                set(e, "bidders", Val::N("2".into()))
            });
            self.expect(Check::InsufficientCount, "proc.tender-bidders", "tender-1");
        }
        // invalid-delegation: the deputy's delegation authorized by the 总经理, not the 总裁.
        if self.wants(Check::InvalidDelegation) {
            self.change("delegations", "d-ops-summer", |e| {
                set(e, "authorized_by", s("p-gm"))
            });
            self.expect(
                Check::InvalidDelegation,
                "ops.deputy-acting",
                "d-ops-summer",
            );
        }
        // vacant-role: the production deputy left.
        if self.wants(Check::VacantRole) {
            let left = self.opts.as_of.saturating_sub(30.days());
            self.change("people", "p-prod-deputy", |e| {
                set(e, "status", s("left"));
                set(e, "left_on", s(left));
            });
            self.expect(Check::VacantRole, "prod.leadership", "prod-deputy");
        }
        // term-expired: a board member appointed four years ago.
        if self.wants(Check::TermExpired) {
            let appointed = self.opts.as_of.saturating_sub(4.years());
            self.entries.push(e(
                "people",
                vec![
                    ("id", s("p-board-old")),
                    ("name", s("董旧")),
                    (
                        "roles",
                        Val::Maps(vec![vec![
                            ("role", s("board-member")),
                            ("since", s(appointed)),
                        ]]),
                    ),
                ],
            ));
            self.expect(Check::TermExpired, "soe.board-term", "p-board-old");
        }
        // over-headcount: a fourth person in 客服部 (over the unit's three, and over the agents' two seats,
        // as the role's `seats` and as the regulation).
        if self.wants(Check::OverHeadcount) {
            self.entries.push(e(
                "people",
                vec![
                    ("id", s("p-cs-agent-3")),
                    ("name", s("新客服")),
                    ("roles", Val::List(vec!["cs-agent".into()])),
                ],
            ));
            self.expect(Check::OverHeadcount, "cs.headcount", "cs");
            // The regulation sets the 销售支持 seats at two as well.
            self.expect(Check::OverHeadcount, "cs.headcount", "cs-agent");
            self.expect(Check::OverHeadcount, "org.role-seats", "cs-agent");
        }
        // unit-without-head: a new project group with no head yet.
        if self.wants(Check::UnitWithoutHead) {
            self.entries.push(e(
                "units",
                vec![
                    ("id", s("new-project")),
                    ("name", s("新项目组")),
                    ("kind", s("team")),
                    ("parent", s("research")),
                ],
            ));
            self.expect(Check::UnitWithoutHead, "org.unit-heads", "new-project");
        }
        // no-manager: an intern with no role and no manager.
        if self.wants(Check::NoManager) {
            self.entries.push(e(
                "people",
                vec![("id", s("p-intern")), ("name", s("实习生"))],
            ));
            self.expect(Check::NoManager, "org.reporting-lines", "p-intern");
        }
        // reporting-cycle: two advisers who name each other as manager.
        if self.wants(Check::ReportingCycle) {
            self.entries.push(e(
                "people",
                vec![
                    ("id", s("p-adviser-a")),
                    ("name", s("顾问甲")),
                    ("manager", s("p-adviser-b")),
                ],
            ));
            self.entries.push(e(
                "people",
                vec![
                    ("id", s("p-adviser-b")),
                    ("name", s("顾问乙")),
                    ("manager", s("p-adviser-a")),
                ],
            ));
            self.expect(Check::ReportingCycle, "org.reporting-lines", "p-adviser-a");
            self.expect(Check::ReportingCycle, "org.reporting-lines", "p-adviser-b");
        }
    }
}
