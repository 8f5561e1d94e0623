#!/usr/bin/env bash
# zhidu against two peers running six of its checks on the same data (docs/performance.md):
# DuckDB running checks.sql, regorus (Rego) running checks.rego, and zhidu running the whole
# built-in pack. Installs what it needs under target/peers/ (DuckDB from PyPI into a venv,
# regorus's command-line example from crates.io), generates each company with the generator
# (one JSON file per collection on a single line, Chinese ids), times each tool's whole process
# (best of RUNS, default 3), and checks that all three report the same (check, clause, subject)
# for the six checks' clauses.
#
#   benches/peers/run.sh                      # 10,000 people
#   SIZES="1000 10000 100000" benches/peers/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
sizes=${SIZES:-10000}
runs=${RUNS:-3}
as_of=2026-11-20
since=2025-11-20
day_after=2026-11-21
work=${WORK:-/tmp/zhidu-scale}
peers="$root/target/peers"
duckdb_version=2.0.1
regorus_version=0.14.1

mkdir -p "$peers" "$work"
if ! "$peers/venv/bin/python" -c "import duckdb; assert duckdb.__version__ == '$duckdb_version'" 2>/dev/null; then
  python3 -m venv "$peers/venv"
  "$peers/venv/bin/pip" install --quiet "duckdb==$duckdb_version"
fi
if ! "$peers/bin/regorus" --version 2>/dev/null | grep -q "$regorus_version"; then
  cargo install --quiet --locked regorus --version "$regorus_version" --example regorus --root "$peers"
fi
cargo build --release --quiet
cargo build --release --quiet --features internals --example gen
printf '{"as_of": "%s", "since": "%s", "day_after": "%s"}\n' "$as_of" "$since" "$day_after" >"$peers/input.json"

clauses='org.role-seats org.unit-heads org.reporting-lines svc.response-24h ops.leave-approval'

# best wall time of N runs of a command whose stdout goes to $out
best() {
  local out=$1 best=""
  shift
  for _ in $(seq "$runs"); do
    local start end s
    start=$(date +%s.%N)
    "$@" >"$out" || [[ $? == 1 ]] # zhidu exits 1 when it finds errors
    end=$(date +%s.%N)
    s=$(awk "BEGIN{printf \"%.2f\", $end - $start}")
    if [[ -z $best ]] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
  done
  echo "$best"
}

printf "| people | records | zhidu (whole pack) | DuckDB (6 checks) | regorus (6 checks) | DuckDB ÷ zhidu | regorus ÷ zhidu | findings |\n"
printf "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
for n in $sizes; do
  dir="$work/json-$n"
  if [[ ! -d $dir ]]; then
    target/release/examples/gen --people "$n" --layout json --cjk --gaps all --out "$dir" 2>"$dir.gen"
  fi
  records=$(grep -o '[0-9]* records' "$dir.gen" | cut -d' ' -f1)
  data_args=()
  for f in "$dir"/*.json; do data_args+=(-d "$f"); done

  z=$(best "$peers/zhidu.json" target/release/zhidu check "$dir" --as-of "$as_of" --format json)
  d=$(best "$peers/duckdb.json" "$peers/venv/bin/python" "$here/run_sql.py" "$here/checks.sql" "$dir" "$as_of")
  r=$(best "$peers/regorus.json" "$peers/bin/regorus" eval -d "$here/checks.rego" "${data_args[@]}" \
    -i "$peers/input.json" data.peers.findings)

  count=$("$peers/venv/bin/python" - "$peers" $clauses <<'PY'
import json, sys
peers, clauses = sys.argv[1], set(sys.argv[2:])
zhidu = sorted([f["check"], f["clause"], f["subject"]]
               for f in json.load(open(f"{peers}/zhidu.json"))["findings"] if f.get("clause") in clauses)
duckdb = sorted(json.load(open(f"{peers}/duckdb.json")))
regorus = sorted(json.load(open(f"{peers}/regorus.json"))["result"][0]["expressions"][0]["value"])
if not (zhidu == duckdb == regorus):
    for name, found in (("zhidu", zhidu), ("duckdb", duckdb), ("regorus", regorus)):
        print(f"{name}: {found}", file=sys.stderr)
    sys.exit("the three disagree")
print(len(zhidu))
PY
)
  printf "| %'d | %'d | %s s | %s s | %s s | %s× | %s× | %s, the same in all three |\n" "$n" "$records" \
    "$z" "$d" "$r" "$(awk "BEGIN{printf \"%.1f\", $d / $z}")" "$(awk "BEGIN{printf \"%.1f\", $r / $z}")" "$count"
done
