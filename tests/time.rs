//! Time as Chinese companies keep it (LANGUAGE.md v3): deadlines and dated slots on rest days,
//! whole periods only, existence judged by its date, and steps a company does not keep. Every
//! expected day here is worked by hand from the State Council's 2026 holiday notice (国办发明电,
//! 2025-11-04: 春节 02-15..02-23, 清明节 04-04..04-06, 劳动节 05-01..05-05, 国庆节 10-01..10-07,
//! make-up working days 02-14, 02-28, 05-09, 09-20, 10-10) and an ordinary calendar.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

mod common;

use serde_json::Value;

/// Checks one policy against one data file; returns the JSON report.
fn run(policy: &str, data: &str, as_of: &str, since: &str, config: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.zhidu"), policy).unwrap();
    std::fs::write(dir.path().join("data.yaml"), data).unwrap();
    let mut args = vec![
        "check".to_string(),
        dir.path().display().to_string(),
        "--as-of".into(),
        as_of.into(),
        "--since".into(),
        since.into(),
        "--format".into(),
        "json".into(),
    ];
    if !config.is_empty() {
        std::fs::write(dir.path().join("zhidu.toml"), config).unwrap();
        args.extend([
            "--config".into(),
            dir.path().join("zhidu.toml").display().to_string(),
        ]);
    }
    let (_, out, err) = common::zhidu(&args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"))
}

const MONDAYS: &str = r#"namespace t
source "示例制度"
meeting admin "行政例会" {
  cite "一"
  kind admin-weekly
  every monday
}
"#;

#[test]
fn meetings_moved_off_a_public_holiday_monday_meet_it() {
    // The Mondays of 2026 that fall in a holiday, and where the meeting was held: the next
    // working day (02-24 serves both 02-16 and 02-23 of the Spring Festival). Every other Monday
    // of the range is held on the day, but 03-16, held on the Tuesday: an ordinary working day.
    let moved = [
        ("2026-02-24", "02-16, 02-23"),
        ("2026-04-07", "04-06"),
        ("2026-05-06", "05-04"),
        ("2026-10-08", "10-05"),
    ];
    let mut data = String::from("meetings:\n");
    for (i, (day, _)) in moved.iter().enumerate() {
        data.push_str(&format!(
            "  - {{id: m-{i}, kind: admin-weekly, held: {day}T09:00}}\n"
        ));
    }
    let mut d = jiff::civil::date(2026, 2, 2);
    let holidays = [
        "2026-02-16",
        "2026-02-23",
        "2026-04-06",
        "2026-05-04",
        "2026-10-05",
    ];
    while d <= jiff::civil::date(2026, 10, 26) {
        let day = d.to_string();
        if !holidays.contains(&day.as_str()) {
            let held = if day == "2026-03-16" {
                "2026-03-17".to_string()
            } else {
                day
            };
            data.push_str(&format!(
                "  - {{id: w-{held}, kind: admin-weekly, held: {held}T09:00}}\n"
            ));
        }
        d = d.checked_add(jiff::Span::new().days(7)).unwrap();
    }
    let report = run(MONDAYS, &data, "2026-10-31", "2026-02-01", "");
    let found = common::findings(&report);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].1, "t.admin@2026-03-16");
}

#[test]
fn a_month_end_meeting_on_the_last_working_day_meets_its_slot() {
    let policy = r#"namespace t
source "示例制度"
meeting summary "月末总结会" {
  cite "二"
  kind monthly-summary
  every last day of month
}
"#;
    // 01-31 is a Saturday (held Friday 01-30), 05-31 a Sunday (held Friday 05-29), 10-31 a
    // Saturday (held Friday 10-30); the others on their last day. 02-28 is a make-up working
    // day, a Saturday worked: held 02-27, a day early, it misses its slot.
    let held = [
        "2026-01-30",
        "2026-02-27",
        "2026-03-31",
        "2026-04-30",
        "2026-05-29",
        "2026-06-30",
        "2026-07-31",
        "2026-08-31",
        "2026-09-30",
        "2026-10-30",
        "2026-11-30",
    ];
    let mut data = String::from("meetings:\n");
    for day in held {
        data.push_str(&format!(
            "  - {{id: s-{day}, kind: monthly-summary, held: {day}T15:00}}\n"
        ));
    }
    let report = run(policy, &data, "2026-11-30", "2026-01-01", "");
    let found = common::findings(&report);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].1, "t.summary@2026-02-28");
}

const SATURDAY_REPORT: &str = r#"namespace t
source "示例制度"
report weekly "周报" {
  cite "三"
  kind cs-weekly
  every week by saturday of week
  submitted by saturday of week
}
"#;

#[test]
fn a_weekly_report_due_in_the_spring_festival_may_come_on_the_first_working_day_after() {
    // W07's Saturday 02-14 is a make-up working day; W08's Saturday 02-21 falls in the Spring
    // Festival, so the report may come on Tuesday 02-24; W11's Saturday 03-14 is an ordinary
    // weekend the regulation chose: the report of Sunday 03-15 is late.
    let data = "reports:
  - {id: r7, kind: cs-weekly, period: 2026-W07, submitted: 2026-02-14}
  - {id: r8, kind: cs-weekly, period: 2026-W08, submitted: 2026-02-24}
  - {id: r9, kind: cs-weekly, period: 2026-W09, submitted: 2026-02-28}
  - {id: r10, kind: cs-weekly, period: 2026-W10, submitted: 2026-03-07}
  - {id: r11, kind: cs-weekly, period: 2026-W11, submitted: 2026-03-15}
  - {id: r12, kind: cs-weekly, period: 2026-W12, submitted: 2026-03-20}
";
    let report = run(SATURDAY_REPORT, data, "2026-03-22", "2026-02-09", "");
    let found = common::findings(&report);
    assert_eq!(
        found,
        [(
            "late".to_string(),
            "r11".to_string(),
            "submitted 2026-03-15, due 2026-03-14".to_string()
        )]
    );
}

const OCTOBER_DEADLINE: &str = r#"namespace t
source "示例制度"
plan q "季度计划" {
  cite "四"
  kind q-plan
  submitted by 10-01 of year
}
"#;

#[test]
fn a_deadline_on_national_day_runs_to_the_next_working_day_and_says_so() {
    // 10-01..10-07 is the National Day holiday, 10-08 the first working day after.
    let data = "plans:
  - {id: ok, kind: q-plan, period: 2026-Q4, submitted: 2026-10-08}
  - {id: late, kind: q-plan, period: 2026, submitted: 2026-10-09}
";
    let report = run(OCTOBER_DEADLINE, data, "2026-12-31", "2026-01-01", "");
    let found = common::findings(&report);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].1, "late");
    assert_eq!(
        found[0].2,
        "submitted 2026-10-09, due 2026-10-08, extended from 10-01 (国庆节)"
    );
    // `strict`: the day stands.
    let strict = OCTOBER_DEADLINE.replace("  kind q-plan\n", "  kind q-plan\n  strict\n");
    let found = common::findings(&run(&strict, data, "2026-12-31", "2026-01-01", ""));
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn beyond_the_calendar_working_days_are_guessed_from_weekends_and_the_message_says_so() {
    // 2027-05-01 is a Saturday; the bundled calendar knows no 2027 holidays yet.
    let policy = OCTOBER_DEADLINE.replace("10-01 of year", "05-01 of year");
    let data = "plans:
  - {id: p, kind: q-plan, period: 2027, submitted: 2027-05-04}
";
    let found = common::findings(&run(&policy, data, "2027-06-30", "2027-01-01", ""));
    assert_eq!(found.len(), 2, "{found:#?}");
    // The run says once that 2027 is beyond the calendar, and the finding says it again.
    assert_eq!(found[0].1, "calendar", "{found:#?}");
    assert!(found[0].2.contains("no 2027"), "{found:#?}");
    assert!(
        found[1].2.contains("due 2027-05-03, extended from 05-01")
            && found[1].2.contains("guessed from weekends"),
        "{found:#?}"
    );
}

const SIX_A_YEAR: &str = r#"namespace t
source "示例制度"
meeting office "经理办公会议" {
  cite "五"
  kind office-meeting
  at least 6 per year
}
"#;

#[test]
fn a_count_per_year_is_judged_only_on_a_year_the_data_covers_whole() {
    // The data starts in November 2025: 2025 is covered in part (two meetings, not a finding), and
    // 2026, covered whole, has five.
    let data = "meetings:
  - {id: a, kind: office-meeting, held: 2025-11-10T09:00}
  - {id: b, kind: office-meeting, held: 2025-12-10T09:00}
  - {id: c, kind: office-meeting, held: 2026-02-10T09:00}
  - {id: d, kind: office-meeting, held: 2026-04-10T09:00}
  - {id: e, kind: office-meeting, held: 2026-06-10T09:00}
  - {id: f, kind: office-meeting, held: 2026-08-10T09:00}
  - {id: g, kind: office-meeting, held: 2026-10-10T09:00}
";
    let report = run(SIX_A_YEAR, data, "2026-12-31", "2025-06-01", "");
    let found = common::findings(&report);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].1, "t.office@2026");
    let not_judged = report["summary"]["not_judged"].to_string();
    assert!(not_judged.contains("2025 is not judged"), "{not_judged}");
    // `covered_from` says the data is complete from 2025-01-01: 2025 is judged, and has two.
    let report = run(
        SIX_A_YEAR,
        data,
        "2026-12-31",
        "2025-06-01",
        "covered_from = 2025-01-01\n",
    );
    let subjects: Vec<String> = common::findings(&report).into_iter().map(|f| f.1).collect();
    assert_eq!(subjects, ["t.office@2025", "t.office@2026"]);
    // The other end: checked on 2026-07-31, 2026 has three meetings and five months to go —
    // not a finding, and not reported as missing either.
    let report = run(SIX_A_YEAR, data, "2026-07-31", "2025-06-01", "");
    assert!(common::findings(&report).is_empty(), "{report}");
}

#[test]
fn an_existence_rule_with_a_deadline_judges_when_the_record_came() {
    let policy = r#"namespace t
source "示例制度"
plan monthly "月度计划" {
  cite "六"
  kind monthly-plan
  exists every month by end of month
}
"#;
    // September's plan came on 10-12: after 09-30 (a Wednesday), so late.
    let data = "plans:
  - {id: aug, kind: monthly-plan, period: 2026-08, submitted: 2026-08-20}
  - {id: sep, kind: monthly-plan, period: 2026-09, submitted: 2026-10-12}
";
    // Before the deadline has passed, nothing is judged.
    let found = common::findings(&run(policy, data, "2026-09-29", "2026-08-01", ""));
    assert!(found.is_empty(), "not yet judged: {found:#?}");
    let found = common::findings(&run(policy, data, "2026-10-31", "2026-08-01", ""));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].0.as_str(), found[0].1.as_str()), ("late", "sep"));
}

#[test]
fn a_step_the_company_does_not_keep_is_listed_not_judged() {
    let policy = r#"namespace t
source "示例制度"
meeting notice "会议通知" {
  cite "七"
  kind admin-weekly
  notice_sent at least 2 days before held
}
"#;
    let data = "meetings:
  - {id: a, kind: admin-weekly, held: 2026-03-09T09:00}
  - {id: b, kind: admin-weekly, held: 2026-03-16T09:00}
";
    let report = run(policy, data, "2026-03-31", "2026-03-01", "");
    assert!(common::findings(&report).is_empty());
    let reason = report["summary"]["not_judged"][0]["reason"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(reason.contains("`notice_sent`"), "{reason}");
    // The company says it keeps notices: both meetings are overdue.
    let report = run(
        policy,
        data,
        "2026-03-31",
        "2026-03-01",
        "covers = [\"admin-weekly.notice_sent\"]\n",
    );
    let checks: Vec<String> = common::findings(&report).into_iter().map(|f| f.0).collect();
    assert_eq!(checks, ["overdue", "overdue"]);
}

/// One clause per form of existence with a deadline, and the lenient one that has none.
const EXISTENCE_FORMS: &str = r#"namespace t
source "示例制度"
plan yearly "年度计划" {
  cite "一"
  kind yearly
  exists every year by 12-20 of previous year
}
plan monthly "月度计划" {
  cite "二"
  kind monthly
  exists every month by end of previous month
}
report weekly "周报" {
  cite "三"
  kind weekly
  every week by friday of week
}
plan per-dept "部门计划" {
  cite "四"
  kind per-dept
  exists every year per department by end of previous year
}
plan lenient "培训计划" {
  cite "五"
  kind lenient
  exists every year missing after end of year
}
"#;

const TWO_UNITS: &str = "units:
  - {id: co, name: 公司}
  - {id: sales, name: 销售部, parent: co}
  - {id: hr, name: 人力资源部, parent: co}
";

#[test]
fn a_record_handed_in_after_its_deadline_is_late_for_every_form_of_existence() {
    // Each record exists, but was handed in after its day: 2027's plan on 2026-12-22 (due
    // 12-21: 12-20 is a Sunday, and 2026 has no holiday then); 2026-11's plan on 2026-11-02 (due
    // 10-31, a Saturday, so 11-02, the Monday; handed in 11-03); week 45's report (Friday 11-06)
    // on 11-09; sales' plan for 2027 on 2027-01-04 (due 2026-12-31, a Thursday). The training
    // plan, due nowhere, is never late.
    let data = format!(
        "{TWO_UNITS}plans:
  - {{id: y, kind: yearly, period: 2027, submitted: 2026-12-22}}
  - {{id: m, kind: monthly, period: 2026-11, submitted: 2026-11-03}}
  - {{id: s, kind: per-dept, period: 2027, unit: sales, submitted: 2027-01-04}}
  - {{id: h, kind: per-dept, period: 2027, unit: hr, submitted: 2026-12-30}}
  - {{id: l, kind: lenient, period: 2026, submitted: 2026-12-30}}
reports:
  - {{id: w, kind: weekly, period: 2026-W45, submitted: 2026-11-09}}
"
    );
    let found = common::findings(&run(EXISTENCE_FORMS, &data, "2027-01-10", "2026-10-26", ""));
    let mut late: Vec<(&str, &str)> = found
        .iter()
        .filter(|f| f.0 == "late")
        .map(|f| (f.1.as_str(), f.2.split(" came ").nth(1).unwrap_or(&f.2)))
        .collect();
    late.sort();
    assert_eq!(
        late,
        [
            (
                "m",
                "2026-11-03, due 2026-11-02, extended from 10-31 (weekend)"
            ),
            ("s", "2027-01-04, due 2026-12-31"),
            ("w", "2026-11-09, due 2026-11-06"),
            (
                "y",
                "2026-12-22, due 2026-12-21, extended from 12-20 (weekend)"
            ),
        ],
        "{found:#?}"
    );
    // Handed in on time (hr) or with no day to be late for (the training plan): nothing.
    assert!(
        !found.iter().any(|f| f.1 == "h" || f.1 == "l"),
        "{found:#?}"
    );
}

#[test]
fn a_first_monday_of_the_month_on_a_holiday_is_met_on_the_next_working_day() {
    let policy = r#"namespace t
source "示例制度"
meeting company "公司例会" {
  cite "七"
  kind company-meeting
  every first monday of month
}
"#;
    // The first Mondays of March to November 2026: 05-04 falls in 劳动节 (05-01..05-05; held
    // 05-06) and 10-05 in 国庆节 (10-01..10-07; held 10-08). November's is held on the Tuesday,
    // 11-03, an ordinary working day after an ordinary Monday: that one is a finding.
    let held = [
        "2026-03-02",
        "2026-04-06",
        "2026-05-06",
        "2026-06-01",
        "2026-07-06",
        "2026-08-03",
        "2026-09-07",
        "2026-10-08",
        "2026-11-03",
    ];
    // 04-06 is 清明节 itself (04-04..04-06): a meeting held on the holiday still counts.
    let mut data = String::from("meetings:\n");
    for day in held {
        data.push_str(&format!(
            "  - {{id: c-{day}, kind: company-meeting, held: {day}T09:00}}\n"
        ));
    }
    let found = common::findings(&run(policy, &data, "2026-11-30", "2026-03-01", ""));
    let subjects: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(subjects, ["t.company@2026-11-02"], "{found:#?}");
}
