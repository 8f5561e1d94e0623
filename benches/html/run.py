#!/usr/bin/env python3
"""The HTML report of 10,000 findings, rendered in headless Chromium (issue: under 2 s, the file
under about 15 MB). The generator's company has a handful of findings; this script copies it and
takes the last signature (the 总经理's) off the first N purchase requests, each of which then
breaks two clauses (mgmt.signing-chain and research.purchase-approval): 5,000 requests give
10,000 findings more.

    cargo run --release --features internals --example gen -- --people 10000 --layout json \
        --cjk --gaps all --out /tmp/bench-10k
    cargo build --release
    pip install playwright              # drives the system's chromium; downloads no browser
    benches/html/run.py /tmp/bench-10k

Prints the findings, the file's size, the time `zhidu check --format html` takes, and the
browser's time from navigation to the load event (and to the first contentful paint), best and
median of RUNS (default 5) fresh pages.
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path
from playwright.sync_api import sync_playwright

here = Path(__file__).resolve().parent
company = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench-10k")
broken = int(os.environ.get("BROKEN", "5000"))
runs = int(os.environ.get("RUNS", "5"))
zhidu = os.environ.get("ZHIDU", str(here / ".." / ".." / "target" / "release" / "zhidu"))
chromium = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

work = Path(tempfile.mkdtemp())
data = work / "company"
shutil.copytree(company, data)
requests_file = data / "requests.json"
doc = json.loads(requests_file.read_text(encoding="utf-8"))
taken = 0
for request in doc["requests"]:
    if taken < broken and request["kind"] == "purchase" and len(request["signatures"]) > 1:
        request["signatures"].pop()
        taken += 1
requests_file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

report = work / "report.html"
args = [zhidu, "check", str(data), "--as-of", "2026-11-20", "--lang", "zh"]
start = time.perf_counter()
subprocess.run(args + ["--output", str(report)], stdout=subprocess.DEVNULL)
written = time.perf_counter() - start
findings = json.loads(subprocess.run(args + ["--format", "json"], capture_output=True).stdout)["findings"]
print(f"findings {len(findings)}   file {report.stat().st_size / 1e6:.1f} MB   written in {written:.2f} s")

loads, paints = [], []
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(report.as_uri(), wait_until="load")
        timing = page.evaluate("""() => {
            const nav = performance.getEntriesByType('navigation')[0];
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            return [nav.loadEventEnd, paint ? paint.startTime : null];
        }""")
        rows = page.eval_on_selector_all("tr.finding", "rows => rows.length")
        assert rows == len(findings), (rows, len(findings))
        loads.append(timing[0] / 1000)
        if timing[1] is not None:
            paints.append(timing[1] / 1000)
        page.close()
    browser.close()
print(f"load event   best {min(loads):.2f} s   median {statistics.median(loads):.2f} s")
if paints:
    print(f"first paint  best {min(paints):.2f} s   median {statistics.median(paints):.2f} s")
shutil.rmtree(work)
