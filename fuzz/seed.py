#!/usr/bin/env python3
"""Seeds the fuzz corpora from the repository's fixtures and writes the dictionaries.

    python3 fuzz/seed.py          # from the repository root

Corpora go to fuzz/corpus-work/<target>/ (not committed): fuzz there, then minimise into
fuzz/corpus/<target>/ (kept locally, not committed) — see fuzz/run.sh and docs/reliability.md.
The dictionaries (fuzz/dict/*.dict) are the policy grammar's keywords and the data format's
collection and field names, so they follow the grammar and the schema."""

import pathlib, re, shutil

root = pathlib.Path(__file__).resolve().parent.parent
work = root / "fuzz" / "corpus-work"
shutil.rmtree(work, ignore_errors=True)

def files(*patterns):
    out = []
    for p in patterns:
        out += sorted(root.glob(p))
    return [f for f in out if f.is_file() and f.stat().st_size <= 64 * 1024]

def put(target, name, data):
    d = work / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)

policies = files("rules/*.zhidu", "fixtures/**/*.zhidu")
for f in policies:
    for t in ("policy", "fmt_roundtrip"):
        put(t, f"{f.parent.name}-{f.name}", f.read_bytes())
for ext, target in (("json", "json"), ("yaml", "yaml"), ("yml", "yaml"), ("toml", "toml")):
    for f in files(f"fixtures/**/*.{ext}"):
        if f.name == "zhidu.toml":
            continue
        put(target, f"{f.parent.name}-{f.name}", f.read_bytes())
        if target == "json":
            put("json_differential", f"{f.parent.name}-{f.name}", f.read_bytes())
csv_names = ["people", "roles", "units", "requests", "meetings", "signatures", "plans", "tickets"]
for f in files("fixtures/**/*.csv"):
    stem = f.name.split(".")[0]
    pick = csv_names.index(stem) if stem in csv_names else 0
    put("csv", f"{f.parent.name}-{f.name}", bytes([pick]) + f.read_bytes())
    put("csv_differential", f"{f.parent.name}-{f.name}", f.read_bytes())
# Workbooks whole (a byte picking the format), and sheet XML for the archive built around it.
for pick, ext in ((0, "xlsx"), (1, "xls"), (2, "ods")):
    for f in files(f"fixtures/**/*.{ext}"):
        put("spreadsheet", f"{f.parent.name}-{f.name}", bytes([pick]) + f.read_bytes())
sheet_xml = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s">'
             '<v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row><row r="2">'
             '<c r="A2" t="inlineStr"><is><t>PR-1</t></is></c><c r="B2" t="inlineStr"><is><t>purchase</t>'
             '</is></c><c r="C2"><v>1001</v></c><c r="D2"><v>8000.5</v></c></row><row r="3"><c r="A3" '
             't="e"><v>#N/A</v></c><c r="C3"><f>C2</f><v>1001</v></c></row></sheetData><mergeCells '
             'count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>')
put("spreadsheet", "sheet-xml", bytes([3]) + sheet_xml.encode())
for d in sorted((root / "fixtures" / "checks").iterdir()):
    for case in ("pass", "fail"):
        data = d / f"{case}.yaml"
        policy = d / f"{case}.zhidu"
        if not policy.is_file():
            policy = d / "policy.zhidu"
        if data.is_file() and policy.is_file():
            put("pipeline", f"{d.name}-{case}", policy.read_bytes() + b"\0" + data.read_bytes())

# Dictionaries.
dicts = root / "fuzz" / "dict"
dicts.mkdir(exist_ok=True)
grammar = (root / "grammar" / "zhidu.pest").read_text()
words = sorted(set(re.findall(r'^kw_\w+ = @\{ \(?"([^"]+)"', grammar, re.M)
                 + re.findall(r'"(\w+)" \|', grammar)))
symbols = ["{", "}", "//", "\"", "->", "then", "and", "or", ":", "=", ">=", "<=", "!=",
           "12-20", "2026-12-20", "5万", "1.5亿", "CNY", "元", "24h", "3 working days", "个工作日",
           "requester.unit", "attrs.", "\n", "  "]
def entry(word):
    """A libFuzzer dictionary entry: printable ASCII as is, every other byte as \\xNN."""
    out = ""
    for b in word.encode():
        c = chr(b)
        out += c if 32 <= b < 127 and c not in '"\\' else f"\\x{b:02x}"
    return '"' + out + '"'

with open(dicts / "policy.dict", "w") as out:
    for w in words + symbols:
        out.write(entry(w) + "\n")
schema = (root / "src" / "vocab" / "schema.rs").read_text()
fields = sorted(set(re.findall(r'(?:req|opt)\("(\w+)"', schema)))
collections = sorted(set(re.findall(r'name: "(\w+)"', schema)))
values = ["2026-12-20", "2026-12-20T17:30:00+08:00", "2027-Q3", "2027-W14", "approve", "reject",
          "manager", "board", "left", "true", "null"]
for fmt, quote in (("json", '"{}"'), ("yaml", "{}"), ("csv", "{}")):
    with open(dicts / f"{fmt}.dict", "w") as out:
        for w in collections + fields + values:
            out.write(entry(quote.format(w)) + "\n")
with open(dicts / "xlsx.dict", "w") as out:
    for w in ['<row r="', '<c r="', '" t="s"', '" t="e"', '" t="b"', '" t="str"', '" t="inlineStr"',
              "<v>", "</v>", "<f>", "</f>", "<is><t>", "</t></is>", "</c>", "</row>", "<sheetData>",
              "</sheetData>", '<mergeCell ref="', "<dimension ref=", "A1", "XFD1048576", "1048576",
              "#N/A", "#DIV/0!", "45000", "45000.5", "1E+300", "-1", "2026/11/3", "¥8,000.00",
              "PK\x03\x04", "PK\x01\x02", "PK\x05\x06"] + collections + fields:
        out.write(entry(w) + "\n")
print(f"seeded {sum(1 for _ in work.rglob('*') if _.is_file())} inputs into {work}")
