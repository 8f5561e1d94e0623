#!/usr/bin/env bash
# The HTML report in a real browser: Debian's Chromium, headless, driven by Playwright (Python)
# with the system's browser (Playwright downloads none). For the example's report in Chinese and
# in English it asserts: no console error, no page error, no request but the file itself; the
# sections present; the finding rows, their fingerprints and the counts equal to `--format
# json`; a filter by severity, by check and a search show exactly the rows the JSON says; the
# print stylesheet hides the filters and shows every row; names that are markup stay text (no
# dialog opens). Screenshots (zh and en, desktop and a narrow window) and an A4 PDF are kept
# under target/browser/ as CI artefacts.
#
#   tests/consumers/browser.sh      # after `cargo test` (which builds target/debug/zhidu)
#
# Needs chromium (installed with apt-get when missing, with fonts-noto-cjk for Chinese) and
# python3 (venv); pip fetches playwright from PyPI.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
zhidu="$root/target/debug/zhidu"
[[ -x "$zhidu" ]] || cargo build --quiet --manifest-path "$root/Cargo.toml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
artefacts="$root/target/browser"
rm -rf "$artefacts" && mkdir -p "$artefacts"

install_chromium() {
  command -v apt-get >/dev/null 2>&1 || return 1
  export DEBIAN_FRONTEND=noninteractive
  timeout 900 apt-get install -y -qq chromium fonts-noto-cjk >/dev/null 2>&1 && return 0
  # A fresh machine's package lists may be empty or stale.
  timeout 300 apt-get update -qq >/dev/null 2>&1 &&
    timeout 900 apt-get install -y -qq chromium fonts-noto-cjk >/dev/null 2>&1
}
if ! command -v chromium >/dev/null 2>&1 && ! install_chromium; then
  echo "browser: skipped (chromium is not installed and apt-get could not install it)"
  exit 0
fi
source "$root/tests/consumers/venv.sh"
venv_with browser "playwright>=1.40,<2"

example="$root/fixtures/example"
for lang in zh en; do
  "$zhidu" check "$example" --as-of 2026-11-20 --lang "$lang" --output "$work/report-$lang.html" || [[ $? == 1 ]]
  "$zhidu" check "$example" --as-of 2026-11-20 --lang "$lang" --format json > "$work/report-$lang.json" || [[ $? == 1 ]]
done
"$zhidu" check "$root/fixtures/html/escaping" --format html --output "$work/escaping.html" || [[ $? == 1 ]]

"$work/venv/bin/python" - "$work" "$artefacts" "$(command -v chromium)" <<'PY'
import json, re, sys
from pathlib import Path
from playwright.sync_api import sync_playwright

work, artefacts, chromium = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def opened(browser, path, width, height):
    """The page at `path`, with every console error, page error, dialog and request kept."""
    page = browser.new_page(viewport={"width": width, "height": height})
    seen = {"console": [], "errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: m.type == "error" and seen["console"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    url = path.as_uri()
    page.goto(url, wait_until="load")
    other = [u for u in seen["requests"] if u != url]
    assert not seen["console"], seen["console"]
    assert not seen["errors"], seen["errors"]
    assert not other, f"requests beyond the file: {other}"
    return page, seen


def visible_rows(page):
    return page.eval_on_selector_all("tr.finding", "rows => rows.filter(r => !r.hidden).length")


def choose(page, name, value):
    page.select_option(f"#filters select[name={name}]", value)


with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
    for lang in ["zh", "en"]:
        report = json.loads((work / f"report-{lang}.json").read_text(encoding="utf-8"))
        findings = report["findings"]
        page, _ = opened(browser, work / f"report-{lang}.html", 1280, 900)
        for section in ["summary", "compliance", "findings", "org", "agenda"]:
            assert page.locator(f"section#{section}").count() == 1, section
        # The rows and counts are the JSON's.
        prints = page.eval_on_selector_all("tr.finding", "rows => rows.map(r => r.dataset.fingerprint)")
        assert sorted(prints) == sorted(f["fingerprint"] for f in findings), prints
        for severity in ["error", "warning", "info"]:
            shown = page.inner_text(f"#count-{severity}")
            assert int(shown) == report["summary"][severity], (severity, shown)
        # Filters: what is shown is what the JSON has of that kind.
        assert page.is_visible("#filters")
        assert visible_rows(page) == len(findings)
        choose(page, "severity", "error")
        assert visible_rows(page) == sum(f["severity"] == "error" for f in findings)
        choose(page, "severity", "")
        choose(page, "check", "missing-approver")
        expected = sum(f["check"] == "missing-approver" for f in findings)
        assert expected > 0 and visible_rows(page) == expected, visible_rows(page)
        visible = page.locator("tr.finding:visible")
        assert visible.count() == expected
        choose(page, "check", "")
        page.fill("#filters input[name=q]", "purchase-18")
        assert visible_rows(page) == sum(f["subject"] == "purchase-18" for f in findings)
        assert page.inner_text("#shown").startswith(str(visible_rows(page)) + " / ")
        page.fill("#filters input[name=q]", "")
        page.screenshot(path=str(artefacts / f"report-{lang}-desktop.png"), full_page=True)
        # Print: no filters, every row shown, A4 pages.
        page.emulate_media(media="print")
        assert not page.is_visible("#filters")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = false)")
        hidden = page.eval_on_selector_all(
            "tr.finding", "rows => rows.filter(r => r.getBoundingClientRect().height === 0).length")
        assert hidden == 0, f"{hidden} rows not printed"
        pdf = artefacts / f"report-{lang}.pdf"
        page.pdf(path=str(pdf), format="A4", print_background=True)
        data = pdf.read_bytes()
        # Each section after the summary starts a page: at least five, each A4 (595 x 842 pt).
        pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
        assert pages >= 5, pages
        boxes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", data))
        assert boxes and all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1 for w, h in boxes), boxes
        page.close()
        narrow, _ = opened(browser, work / f"report-{lang}.html", 390, 844)
        narrow.screenshot(path=str(artefacts / f"report-{lang}-narrow.png"), full_page=True)
        width = narrow.evaluate("document.documentElement.scrollWidth")
        assert width <= 390 + 1, f"the narrow page scrolls sideways: {width}px"
        narrow.close()
    # Markup in names: shown as text, nothing runs.
    page, seen = opened(browser, work / "escaping.html", 1280, 900)
    assert not seen["dialogs"], seen["dialogs"]
    assert page.locator("script").count() == 1
    text = page.inner_text("body")
    for name in ["<script>alert(\"x\")&</script>", "<img src=x onerror=alert(1)>",
                 "A & B \"销售部\" <script>alert('unit')</script>"]:
        assert name in text, name
    browser.close()
print(f"browser: ok (zh and en reports in {chromium}; screenshots and PDFs in target/browser/)")
PY
