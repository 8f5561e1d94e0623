//! A real company's first run (issue 20): a private manufacturer's OA export read as exported —
//! a workbook written by a real writer (rust_xlsxwriter) with Chinese sheet names, headers and
//! values, a GB18030 people list, Excel's lock file beside it — with only fixtures/trial/zhidu.toml.
//!
//! The expected findings are worked by hand from the planted gaps and from the State Council's
//! 2026 holiday notice (国办发明电〔2025〕…: 元旦 01-01..03, 春节 02-15..23, 清明 04-04..06,
//! 劳动节 05-01..05, 端午 06-19..21, 中秋 09-25..27, 国庆 10-01..07; make-up working days 01-04,
//! 02-14, 02-28, 05-09, 09-20, 10-10), written out below — never computed by zhidu's calendar.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use jiff::civil::{Date, Weekday, date};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};
use serde_json::Value;
use std::path::Path;

const TRIAL: &str = "fixtures/trial";

/// The holidays of the 2026 notice, as ranges.
const HOLIDAYS: &[(Date, Date)] = &[
    (date(2026, 1, 1), date(2026, 1, 3)),
    (date(2026, 2, 15), date(2026, 2, 23)),
    (date(2026, 4, 4), date(2026, 4, 6)),
    (date(2026, 5, 1), date(2026, 5, 5)),
    (date(2026, 6, 19), date(2026, 6, 21)),
    (date(2026, 9, 25), date(2026, 9, 27)),
    (date(2026, 10, 1), date(2026, 10, 7)),
];
const MAKE_UP: &[Date] = &[
    date(2026, 1, 4),
    date(2026, 2, 14),
    date(2026, 2, 28),
    date(2026, 5, 9),
    date(2026, 9, 20),
    date(2026, 10, 10),
];

fn working(d: Date) -> bool {
    if MAKE_UP.contains(&d) {
        return true;
    }
    let weekend = matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday);
    !weekend && !HOLIDAYS.iter().any(|&(a, b)| a <= d && d <= b)
}

/// The day itself when it is a working day, else the next working day.
fn next_working(mut d: Date) -> Date {
    while !working(d) {
        d = d.tomorrow().unwrap();
    }
    d
}

/// The last working day of a month.
fn last_working(year: i16, month: i8) -> Date {
    let mut d = date(year, month, 1).last_of_month();
    while !working(d) {
        d = d.yesterday().unwrap();
    }
    d
}

fn header(sheet: &mut Worksheet, row: u32, cells: &[&str]) {
    for (c, text) in cells.iter().enumerate() {
        sheet.write_string(row, c as u16, *text).unwrap();
    }
}

/// A cell of a row: text, a date-time cell, or empty.
enum Cell {
    T(String),
    At(Date, i8, i8),
    Day(Date),
    Empty,
}
use Cell::{At, Day, Empty, T};

fn t(s: &str) -> Cell {
    T(s.to_string())
}

fn rows(sheet: &mut Worksheet, first: u32, rows: &[Vec<Cell>]) {
    let moment = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let excel = |d: Date, h: i8, m: i8| {
        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
            .unwrap()
            .and_hms(h as u16, m as u8, 0)
            .unwrap()
    };
    for (r, cells) in rows.iter().enumerate() {
        let r = first + r as u32;
        for (c, cell) in cells.iter().enumerate() {
            let c = c as u16;
            match cell {
                T(s) => {
                    sheet.write_string(r, c, s).unwrap();
                }
                At(d, h, m) => {
                    sheet
                        .write_datetime_with_format(r, c, excel(*d, *h, *m), &moment)
                        .unwrap();
                }
                Day(d) => {
                    sheet
                        .write_datetime_with_format(r, c, excel(*d, 0, 0), &day)
                        .unwrap();
                }
                Empty => {}
            }
        }
    }
}

/// Every Monday of 2026 up to `as_of`; the admin meeting is held that day, or on the first working
/// day after a holiday Monday — one meeting for the Spring Festival's two Mondays.
fn admin_meetings() -> Vec<Vec<Cell>> {
    let mut out = Vec::new();
    let mut monday = date(2026, 1, 5);
    let mut held_days: Vec<Date> = Vec::new();
    while monday <= date(2026, 11, 30) {
        let held = next_working(monday);
        // The planted gap: no meeting in the week of 06-08.
        if monday != date(2026, 6, 8) && !held_days.contains(&held) {
            held_days.push(held);
        }
        monday = monday.checked_add(jiff::Span::new().days(7)).unwrap();
    }
    for (i, held) in held_days.into_iter().enumerate() {
        // The planted wrong chair: the 总经理 chairs the meeting of 09-14.
        let chair = if held == date(2026, 9, 14) {
            "赵强"
        } else {
            "刘洋"
        };
        out.push(vec![
            t(&format!("XZ-{:02}", i + 1)),
            t("行政周例会"),
            At(held, 9, 0),
            t(chair),
            t("三楼会议室"),
        ]);
    }
    out
}

fn summary_meetings() -> Vec<Vec<Cell>> {
    (1..=11)
        .map(|m| {
            vec![
                t(&format!("ZJ-{m:02}")),
                t("月度总结会"),
                At(last_working(2026, m), 16, 0),
                t("刘洋"),
                t("三楼会议室"),
            ]
        })
        .collect()
}

fn all_hands() -> Vec<Vec<Cell>> {
    // 06-26 to 10-16: more than three months without one (the planted gap).
    [
        date(2026, 1, 9),
        date(2026, 3, 27),
        date(2026, 6, 26),
        date(2026, 10, 16),
    ]
    .iter()
    .enumerate()
    .map(|(i, &d)| {
        vec![
            t(&format!("QY-{:02}", i + 1)),
            t("全员大会"),
            At(d, 14, 0),
            t("刘洋"),
            t("礼堂"),
        ]
    })
    .collect()
}

/// The weekly reports of ISO weeks 1..48: due on the week's Saturday, or the first working day
/// after it; filed on the Friday when it is a working day, else on the day due.
fn weekly_reports() -> Vec<Vec<Cell>> {
    let mut out = Vec::new();
    for week in 1..=48i8 {
        let monday = jiff::civil::ISOWeekDate::new(2026, week, Weekday::Monday)
            .unwrap()
            .date();
        let friday = monday.checked_add(jiff::Span::new().days(4)).unwrap();
        let saturday = friday.tomorrow().unwrap();
        let due = next_working(saturday);
        let mut filed = if working(friday) { friday } else { due };
        // The planted late report: week 11's, due 03-14, filed 03-17.
        if week == 11 {
            filed = date(2026, 3, 17);
        }
        // Week 20's names a reporter two people share: a located error, the report still counts.
        let by = if week == 20 { "王芳" } else { "陈静" };
        out.push(vec![
            t(&format!("ZB-2026-{week:02}")),
            t("客服周报"),
            t(&format!("2026-W{week:02}")),
            t(by),
            // A role title as the recipient: whoever holds it.
            t("总经理"),
            At(filed, 17, 30),
        ]);
    }
    out
}

fn tickets() -> Vec<Vec<Cell>> {
    let ticket = |id: &str,
                  kind: &str,
                  received: Date,
                  h: i8,
                  responded: (Date, i8),
                  resolved: Date,
                  on_site: &str,
                  report: &str,
                  survey: &str| {
        vec![
            t(id),
            t(kind),
            At(received, h, 0),
            At(responded.0, responded.1, 0),
            At(resolved, 17, 0),
            t("郑凯"),
            t(on_site),
            t(report),
            t(survey),
        ]
    };
    vec![
        ticket(
            "GD-001",
            "服务请求",
            date(2026, 3, 2),
            9,
            (date(2026, 3, 2), 15),
            date(2026, 3, 4),
            "是",
            "是",
            "是",
        ),
        // Answered 30 hours after it came in (the planted late response).
        ticket(
            "GD-002",
            "服务请求",
            date(2026, 4, 10),
            10,
            (date(2026, 4, 11), 16),
            date(2026, 4, 13),
            "否",
            "否",
            "否",
        ),
        // On site, closed with no service report (the planted missing step).
        ticket(
            "GD-003",
            "服务请求",
            date(2026, 6, 15),
            9,
            (date(2026, 6, 15), 11),
            date(2026, 6, 17),
            "是",
            "否",
            "是",
        ),
        ticket(
            "GD-004",
            "服务请求",
            date(2026, 8, 3),
            14,
            (date(2026, 8, 4), 9),
            date(2026, 8, 5),
            "否",
            "否",
            "否",
        ),
        ticket(
            "GD-005",
            "服务请求",
            date(2026, 9, 8),
            8,
            (date(2026, 9, 8), 10),
            date(2026, 9, 10),
            "是",
            "是",
            "是",
        ),
        ticket(
            "GD-006",
            "服务请求",
            date(2026, 11, 2),
            13,
            (date(2026, 11, 3), 10),
            date(2026, 11, 4),
            "否",
            "否",
            "否",
        ),
        // Complaints: a kind no clause binds unless mapped; one answered two days late.
        ticket(
            "TS-001",
            "投诉",
            date(2026, 5, 20),
            9,
            (date(2026, 5, 22), 9),
            date(2026, 5, 25),
            "否",
            "否",
            "否",
        ),
        ticket(
            "TS-002",
            "投诉",
            date(2026, 7, 1),
            9,
            (date(2026, 7, 1), 11),
            date(2026, 7, 2),
            "否",
            "否",
            "否",
        ),
        ticket(
            "TS-003",
            "投诉",
            date(2026, 10, 12),
            9,
            (date(2026, 10, 12), 15),
            date(2026, 10, 13),
            "否",
            "否",
            "否",
        ),
    ]
}

/// The OA system's workbook.
fn write_workbook(path: &Path) {
    let mut book = Workbook::new();
    let units = [
        ("XD", "鑫达精密", "", "总经理"),
        ("ZJB", "总经办", "鑫达精密", "总经理"),
        ("BGS", "办公室", "鑫达精密", "办公室主任"),
        ("KFB", "客服部", "鑫达精密", "客服部经理"),
        ("SHB", "售后服务部", "鑫达精密", "售后经理"),
        ("SCB", "生产部", "鑫达精密", "生产部经理"),
        ("XSB", "销售部", "鑫达精密", "销售部经理"),
        ("CWB", "财务部", "鑫达精密", "财务部经理"),
    ];
    let sheet = book.add_worksheet().set_name("部门").unwrap();
    header(sheet, 0, &["编号", "名称", "上级部门", "负责人"]);
    let unit_rows: Vec<Vec<Cell>> = units
        .iter()
        .map(|(id, name, parent, head)| {
            vec![
                t(id),
                t(name),
                if parent.is_empty() { Empty } else { t(parent) },
                t(head),
            ]
        })
        .collect();
    rows(sheet, 1, &unit_rows);

    let roles = [
        ("R01", "总经理", "总经办"),
        ("R02", "办公室主任", "办公室"),
        ("R03", "行政专员", "办公室"),
        ("R04", "客服部经理", "客服部"),
        ("R05", "销售支持", "客服部"),
        ("R06", "售后经理", "售后服务部"),
        ("R07", "售后工程师", "售后服务部"),
        ("R08", "生产部经理", "生产部"),
        ("R09", "生产员", "生产部"),
        ("R10", "销售部经理", "销售部"),
        ("R11", "销售员", "销售部"),
        ("R12", "财务部经理", "财务部"),
        ("R13", "会计", "财务部"),
    ];
    let sheet = book.add_worksheet().set_name("岗位").unwrap();
    header(sheet, 0, &["编号", "岗位名称", "所属部门"]);
    let role_rows: Vec<Vec<Cell>> = roles
        .iter()
        .map(|(a, b, c)| vec![t(a), t(b), t(c)])
        .collect();
    rows(sheet, 1, &role_rows);

    let sheet = book.add_worksheet().set_name("会议记录").unwrap();
    header(
        sheet,
        0,
        &["编号", "类型", "召开时间", "主持人", "会议地点"],
    );
    let mut meetings = admin_meetings();
    meetings.extend(summary_meetings());
    meetings.extend(all_hands());
    rows(sheet, 1, &meetings);

    let sheet = book.add_worksheet().set_name("客服报表").unwrap();
    header(
        sheet,
        0,
        &["编号", "类型", "期间", "报告人", "报送对象", "提交时间"],
    );
    rows(sheet, 1, &weekly_reports());

    let sheet = book.add_worksheet().set_name("客服工单").unwrap();
    let title = Format::new().set_bold();
    sheet
        .merge_range(0, 0, 0, 8, "客服工单导出（2026年1月—11月）", &title)
        .unwrap();
    header(
        sheet,
        1,
        &[
            "编号",
            "类型",
            "受理时间",
            "响应时间",
            "完成时间",
            "处理人",
            "上门服务",
            "服务报告",
            "满意度调查",
        ],
    );
    rows(sheet, 2, &tickets());

    let sheet = book.add_worksheet().set_name("请假").unwrap();
    header(
        sheet,
        0,
        &["编号", "申请人", "申请日期", "开始日期", "状态"],
    );
    rows(
        sheet,
        1,
        &[
            vec![
                t("QJ-01"),
                t("李娜"),
                Day(date(2026, 3, 2)),
                Day(date(2026, 3, 9)),
                t("已完成"),
            ],
            // Signed the day after the leave began (the planted gap).
            vec![
                t("QJ-02"),
                t("李娜"),
                Day(date(2026, 7, 6)),
                Day(date(2026, 7, 8)),
                t("已完成"),
            ],
            // Still under review: its missing signature is not judged yet.
            vec![
                t("QJ-03"),
                t("李娜"),
                Day(date(2026, 11, 25)),
                Day(date(2026, 12, 1)),
                t("审批中"),
            ],
        ],
    );

    let sheet = book.add_worksheet().set_name("签批").unwrap();
    header(sheet, 0, &["单号", "签批人", "签批时间"]);
    rows(
        sheet,
        1,
        &[
            vec![t("QJ-01"), t("陈静"), At(date(2026, 3, 3), 10, 0)],
            vec![t("QJ-02"), t("陈静"), At(date(2026, 7, 9), 9, 0)],
        ],
    );
    book.save(path).unwrap();
}

/// The people list, as Excel on Chinese Windows saves a CSV file: GB18030.
fn write_people(path: &Path) {
    let text = "编号,姓名,岗位,状态,离职日期,手机号,入职日期,attrs.工号
E01,赵强,总经理,在职,,13800000001,2015-03-01,0001
E02,刘洋,办公室主任,在职,,13800000002,2018-06-11,0002
E03,孙丽,行政专员,在职,,13800000003,2021-02-01,0003
E04,陈静,客服部经理,在职,,13800000004,2017-09-01,0004
E05,李娜,销售支持,在职,,13800000005,2022-07-01,0005
E06,周敏,销售支持,离职,2026-09-30,13800000006,2020-04-01,0006
E07,吴磊,售后经理,在职,,13800000007,2016-05-01,0007
E08,郑凯,售后工程师,在职,,13800000008,2023-03-01,0008
E09,王芳,生产员,在职,,13800000009,2019-10-08,0009
E10,王芳,销售员,在职,,13800000010,2024-02-26,0010
E11,冯涛,生产部经理,在职,,13800000011,2014-08-01,0011
E12,何军,销售部经理,在职,,13800000012,2016-11-01,0012
E13,许婷,财务部经理,在职,,13800000013,2015-12-01,0013
E14,高洁,会计,试用,,13800000014,2026-10-09,0014
E15,林峰,生产员,在职,,13800000015,2020-05-06,0015
E16,黄鹏,销售员,在职,,13800000016,2021-09-01,0016
";
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    std::fs::write(path, bytes).unwrap();
}

/// The trial company's export in a fresh folder, with `config` as its zhidu.toml (none: no file).
fn export(config: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_workbook(&dir.path().join("业务台账.xlsx"));
    write_people(&dir.path().join("人员名单.csv"));
    // Excel's lock file while the workbook is open: the owner's name, padded.
    std::fs::write(
        dir.path().join("~$业务台账.xlsx"),
        b"\x06admin                                                 ",
    )
    .unwrap();
    if let Some(config) = config {
        std::fs::write(dir.path().join("zhidu.toml"), config).unwrap();
    }
    dir
}

fn check(dir: &Path) -> (u8, Value) {
    let path = dir.display().to_string();
    let (code, out, err) = common::zhidu(&["check", &path, "--builtin", "--format", "json"]);
    let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (code, report)
}

/// (check, clause, subject, message) of every finding, file names relative to the folder.
fn said(report: &Value, dir: &Path) -> Vec<String> {
    let prefix = format!("{}/", dir.display());
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {} {} | {}",
                f["check"].as_str().unwrap(),
                f["clause"].as_str().unwrap_or("-"),
                f["subject"].as_str().unwrap(),
                f["message"].as_str().unwrap()
            )
            .replace(&prefix, "")
        })
        .collect()
}

#[test]
fn the_trial_company_reads_as_exported_and_shows_its_gaps_and_nothing_else() {
    let config = std::fs::read_to_string(format!("{TRIAL}/zhidu.toml")).unwrap();
    let dir = export(Some(&config));
    let (code, report) = check(dir.path());
    let mut found = said(&report, dir.path());
    found.sort();
    let mut expected = vec![
        // The planted gaps, by hand.
        "cadence office.weekly-admin-meeting office.weekly-admin-meeting@2026-06-08 | no admin-weekly meeting on Monday 2026-06-08",
        // The 35th meeting: 37 Mondays from 01-05 to 09-14, one meeting for the Spring
        // Festival's two, none in the week of 06-08.
        "wrong-party office.weekly-admin-meeting XZ-35 | chair is 赵强 (E01), not 办公室主任 (R02) on 2026-09-14",
        // 06-26 plus three months.
        "cadence office.all-hands office.all-hands@2026-09-26 | the next was due by 2026-09-26",
        // Due on the Saturday the regulation names, 03-14: an ordinary weekend, no holiday (a
        // holiday Saturday, as in weeks 8, 39 and 40, runs to the next working day).
        "late cs.weekly-report ZB-2026-11 | submitted 2026-03-17 17:30, due 2026-03-14",
        // 24 hours after 04-10 10:00.
        "late svc.response-24h GD-002 | responded 2026-04-11 16:00, due 2026-04-11 10:00",
        // Closed 06-17 17:00 with 服务报告 = 否.
        "overdue svc.service-report GD-003 | `attrs.service_report` is missing, due 2026-06-17 17:00",
        "vacant-role cs.headcount R05 | 销售支持 (R05) is held by 1 active person on 2026-11-30, at least 2 required: 1 seat empty; last held by 周敏 (E06), who left on 2026-09-30",
        "out-of-sequence cs.leave-note QJ-02 | signed 2026-07-09 09:00, after attrs.start 2026-07-08",
        "missing-unit office.oa-project-team office.oa-project-team | the organisation has no body `OA项目管理小组`",
        // Two people are called 王芳: a located error; the report still counts for its week.
        "data-error - ZB-2026-20 | `by` names `王芳`, which is the name of 2 entries (E09, E10): a reference by name must name one",
        // Excel's lock file: skipped, said once.
        "skipped-file - ~$业务台账.xlsx | is the lock file of `业务台账.xlsx`, open in Excel or LibreOffice; skipped",
        // Read and ignored, said once.
        "data-error - 人员名单.csv | columns `手机号`, `入职日期` are dropped by `[columns]` of zhidu.toml; not read",
    ];
    expected.sort();
    // Messages are compared up to what the hand-worked expectation pins.
    let missing: Vec<&&str> = expected
        .iter()
        .filter(|e| {
            let (head, message) = e.split_once(" | ").unwrap();
            !found
                .iter()
                .any(|f| f.starts_with(&format!("{head} | ")) && f.contains(message))
        })
        .collect();
    let extra: Vec<&String> = found
        .iter()
        .filter(|f| {
            !expected
                .iter()
                .any(|e| f.starts_with(&format!("{} | ", e.split_once(" | ").unwrap().0)))
        })
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {missing:#?}\nextra: {extra:#?}\nall: {found:#?}"
    );
    // The only input error is the ambiguous name: exit 2, everything else checked.
    assert_eq!(code, 2);
}

#[test]
fn the_trial_company_hears_of_its_unbound_complaints_and_finds_everything_in_its_own_files() {
    let config = std::fs::read_to_string(format!("{TRIAL}/zhidu.toml")).unwrap();
    let dir = export(Some(&config));
    let (_, report) = check(dir.path());
    let prefix = format!("{}/", dir.path().display());
    // The three 投诉 tickets bind to no clause: counted, with the kind they most likely mean.
    assert_eq!(
        report["summary"]["unbound_kinds"],
        serde_json::json!([{
            "kind": "投诉",
            "file": format!("{prefix}业务台账.xlsx › 客服工单"),
            "records": 3,
            "did_you_mean": "service-request"
        }])
    );
    // No finding is located only in the built-in rules: each is in one of the company's files.
    for f in report["findings"].as_array().unwrap() {
        let file = f["location"]["file"].as_str().unwrap_or_default();
        assert!(file.starts_with(&prefix), "{f}");
    }
    // The missing OA team (an org duty, no record kind) points at the `packs` line.
    let team = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["clause"] == "office.oa-project-team")
        .unwrap();
    assert_eq!(team["location"]["file"], format!("{prefix}zhidu.toml"));
    let packs_line = config.lines().position(|l| l.starts_with("packs")).unwrap() + 1;
    assert_eq!(team["location"]["line"], packs_line);
    assert!(
        team["policy_location"]["file"]
            .as_str()
            .unwrap()
            .ends_with("office.zhidu")
    );

    let path = dir.path().display().to_string();
    // The human report warns of them in one line.
    let (_, human, _) = common::zhidu(&["check", &path, "--builtin"]);
    assert!(
        human.contains("warning: 3 records of kind 投诉 in ")
            && human.contains("业务台账.xlsx › 客服工单 bind to no clause — did you mean service-request? map it with [values.kind]"),
        "{human}"
    );
    // gcc and GitLab name the sheet, the cell and the record: XZ-35 is the 35th row under the
    // header, row 36; its chair in column D.
    let (_, gcc, _) = common::zhidu(&["check", &path, "--builtin", "--format", "gcc"]);
    assert!(
        gcc.lines()
            .any(|l| l.contains("业务台账.xlsx:36:4: error: 会议记录!D36 XZ-35: chair is 赵强")),
        "{gcc}"
    );
    let (_, gitlab, _) = common::zhidu(&["check", &path, "--builtin", "--format", "gitlab"]);
    let issues: Value = serde_json::from_str(&gitlab).unwrap();
    let chair = issues
        .as_array()
        .unwrap()
        .iter()
        .find(|i| {
            i["description"]
                .as_str()
                .unwrap()
                .starts_with("会议记录!D36 XZ-35: ")
        })
        .unwrap_or_else(|| panic!("{gitlab}"));
    assert_eq!(chair["location"]["lines"]["begin"], 36);
    assert!(
        chair["location"]["path"]
            .as_str()
            .unwrap()
            .ends_with("业务台账.xlsx")
    );
}

#[test]
fn init_on_the_export_writes_a_zhidu_toml_that_reads_it() {
    let dir = export(None);
    let path = dir.path().display().to_string();
    let (code, out, err) = common::zhidu(&["init", &path, "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    let written = std::fs::read_to_string(dir.path().join("zhidu.toml")).unwrap();
    // The packs that fit a private manufacturer with an office, a customer service department
    // and after-sales tickets, and the duties any organisation has — not the state-owned
    // enterprise's, not the research institute's, not another regulation's because it names a
    // 生产部.
    let packs = written
        .lines()
        .find(|l| l.starts_with("packs = "))
        .unwrap_or_else(|| panic!("{written}"));
    assert_eq!(
        packs, r#"packs = ["after-sales", "customer-service", "general", "office"]"#,
        "{written}"
    );
    // Read with it, the export has no input error but the name two people share.
    let (_, report) = check(dir.path());
    let inputs: Vec<String> = said(&report, dir.path())
        .into_iter()
        .filter(|f| {
            f.starts_with("data-error")
                || f.starts_with("parse-error")
                || f.starts_with("unknown-reference")
                || f.starts_with("duplicate-id")
        })
        .filter(|f| !f.contains("dropped by `[columns]`"))
        .collect();
    assert_eq!(
        inputs,
        [
            "data-error - ZB-2026-20 | `by` names `王芳`, which is the name of 2 entries (E09, E10): a reference by name must name one"
        ],
        "{written}"
    );
}
