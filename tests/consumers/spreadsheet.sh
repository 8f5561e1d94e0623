#!/usr/bin/env bash
# The rectification list (`zhidu check --format xlsx`) read by openpyxl, as a compliance
# officer's Excel-side tools read it: the sheets 整改清单 and 汇总, Chinese headers, one row per
# finding of `--format json` (same fingerprints, same order), every row with a 部门 and a 整改期限
# stored as a date, a frozen header and a filter over the whole list.
#
#   tests/consumers/spreadsheet.sh     # after `cargo test` (which builds target/debug/zhidu)
#
# Needs python3 (venv); pip fetches openpyxl from PyPI.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
zhidu="$root/target/debug/zhidu"
[[ -x "$zhidu" ]] || cargo build --quiet --manifest-path "$root/Cargo.toml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

source "$root/tests/consumers/venv.sh"
venv_with spreadsheet "openpyxl>=3,<4"

example="$root/fixtures/example"
"$zhidu" check "$example" --lang zh --output "$work/整改清单.xlsx" || [[ $? == 1 ]]
"$zhidu" check "$example" --lang zh --format json > "$work/report.json" || [[ $? == 1 ]]

"$work/venv/bin/python" - "$work" <<'PY'
import datetime, json, sys
from pathlib import Path
import openpyxl

work = Path(sys.argv[1])
findings = json.loads((work / "report.json").read_text(encoding="utf-8"))["findings"]
book = openpyxl.load_workbook(work / "整改清单.xlsx")
assert book.sheetnames == ["整改清单", "汇总"], book.sheetnames
sheet = book["整改清单"]
rows = list(sheet.iter_rows(values_only=True))
assert rows[0] == ("序号", "部门", "责任人", "问题", "制度 / 条", "对象", "位置", "严重程度", "整改期限", "状态", "指纹"), rows[0]
assert len(rows) - 1 == len(findings), (len(rows) - 1, len(findings))
for n, (row, finding) in enumerate(zip(rows[1:], findings), start=1):
    assert row[0] == n, row
    assert row[1], f"no 部门: {row}"
    assert isinstance(row[8], datetime.datetime) and row[8].date() == datetime.date(2026, 12, 20), row
    assert row[10] == finding["fingerprint"], (row, finding["fingerprint"])
    assert row[5] == finding["subject"], (row, finding["subject"])
assert sheet.freeze_panes == "A2", sheet.freeze_panes
assert sheet.auto_filter.ref == f"A1:K{len(rows)}", sheet.auto_filter.ref
summary = list(book["汇总"].iter_rows(values_only=True))
assert summary[0] == ("部门", "问题数"), summary[0]
by_unit = []
for name, count in summary[1:]:
    if name is None:
        break
    by_unit.append(count)
assert sum(by_unit) == len(findings), (by_unit, len(findings))
print(f"spreadsheet: ok ({len(rows) - 1} rows read by openpyxl {openpyxl.__version__}; summary sheet present)")
PY
