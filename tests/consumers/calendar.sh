#!/usr/bin/env bash
# `zhidu agenda` read by the programs people import it into: the .ics by Python's `icalendar`
# (a maintained RFC 5545 parser, as calendar tools use), the .csv by Python's `csv` module as
# Excel's UTF-8-with-BOM export is read. Asserts that every event parses with an all-day
# DTSTART, a UID and a summary; that two runs give the same UIDs (a re-import updates, never
# duplicates); that the CSV's rows match the JSON's items with the Chinese intact.
#
#   tests/consumers/calendar.sh      # after `cargo test` (which builds target/debug/zhidu)
#
# Needs python3 (venv); pip fetches icalendar from PyPI.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
zhidu="$root/target/debug/zhidu"
[[ -x "$zhidu" ]] || cargo build --quiet --manifest-path "$root/Cargo.toml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

source "$root/tests/consumers/venv.sh"
venv_with calendar "icalendar>=5,<7"

example="$root/fixtures/example"
for run in 1 2; do
  "$zhidu" agenda "$example" --as-of 2026-12-01 --within 8w --lang zh --format ics \
    --output "$work/agenda-$run.ics"
done
"$zhidu" agenda "$example" --as-of 2026-12-01 --within 8w --lang zh --format json > "$work/agenda.json"
"$zhidu" agenda "$example" --as-of 2026-12-01 --within 8w --lang zh --format csv > "$work/agenda.csv"
# A later week: the items still open keep their UIDs.
"$zhidu" agenda "$example" --as-of 2026-12-08 --within 8w --lang zh --format ics > "$work/later.ics"

"$work/venv/bin/python" - "$work" <<'PY'
import csv, datetime, json, sys
from pathlib import Path
import icalendar

work = Path(sys.argv[1])
items = json.loads((work / "agenda.json").read_text(encoding="utf-8"))["items"]

def events(name):
    calendar = icalendar.Calendar.from_ical((work / name).read_bytes())
    return [c for c in calendar.walk("VEVENT")]

first, second = events("agenda-1.ics"), events("agenda-2.ics")
assert len(first) == len(items) > 0, (len(first), len(items))
uids = [str(e["UID"]) for e in first]
assert len(set(uids)) == len(uids), "UIDs repeat within one calendar"
assert uids == [str(e["UID"]) for e in second], "two runs gave different UIDs"
for event, item in zip(first, items):
    start = event.decoded("DTSTART")
    assert type(start) is datetime.date, f"not an all-day event: {start!r}"
    assert start.isoformat() == item["due"][:10], (start, item["due"])
    assert str(event["SUMMARY"]).strip(), event
    # The calendar writes dates as a person reads them (2025年); JSON keeps 2025.
    what = item["title"].split("（")[0]
    assert what in str(event["SUMMARY"]), (str(event["SUMMARY"]), item["title"])
    description = str(event["DESCRIPTION"])
    for step in item["next"]:
        assert step["step"] in description, (step, description)
    assert str(event.get("CATEGORIES").cats[0]) == item["pack"]
plan = [e for e in first if "年度运营计划" in str(e["SUMMARY"])]
assert plan and plan[0].decoded("DTSTART") == datetime.date(2026, 12, 21), plan
later = {str(e["UID"]) for e in events("later.ics")}
still_open = [i for i in items if i["due"][:10] > "2026-12-08"]
for item in still_open:
    assert f'{item["fingerprint"]}@zhidu' in later, item["subject"]

raw = (work / "agenda.csv").read_bytes()
assert raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark for Excel"
with open(work / "agenda.csv", encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f))
assert [r["subject"] for r in rows] == [i["subject"] for i in items]
assert rows[0].keys() >= {"due", "clause", "subject", "status", "owners", "next"}
plan_row = next(r for r in rows if r["subject"] == "ops.annual-operations-plan@2027")
assert "年度运营计划" in plan_row["title"] and "孙军" in plan_row["owners"], plan_row
assert "签批" in plan_row["next"] and "总裁" in plan_row["next"], plan_row
print(f"calendar: ok ({len(first)} events parsed by icalendar {icalendar.__version__}; {len(rows)} CSV rows)")
PY
