#!/usr/bin/env bash
# zhidu against its floor on companies of growing size, as systems export them: one JSON file
# per collection on a single line, Chinese ids and texts (docs/performance.md).
#
#   benches/scale.sh                          # 1,000, 10,000 and 100,000 people
#   SIZES=1000000 FLOOR=no BUDGET=23GiB benches/scale.sh   # a million people (2.4 GB of JSON;
#                                             # manual; the floor would need some 58 GB)
#   LAYOUT=yaml benches/scale.sh              # or json-pretty, csv, mixed
#
# For each size: the release binary's `zhidu check` (built-in pack, JSON report) and the floor
# (examples/floor.rs: a naive parse of the same files into generic values), each timed with
# /usr/bin/time for wall time and peak memory, best of RUNS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-"1000 10000 100000"}
layout=${LAYOUT:-json}
runs=${RUNS:-3}
work=${WORK:-/tmp/zhidu-scale}
cargo build --release --quiet
cargo build --release --quiet --features internals --example gen --example floor
mkdir -p "$work"

# best of N: prints "seconds peak_kb"
measure() {
  local best_s="" best_kb=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
    local out
    out=$(tail -1 "$work/time")
    local s=${out% *} kb=${out#* }
    if [[ -z $best_s ]] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; fi
    if [[ -z $best_kb ]] || ((kb < best_kb)); then best_kb=$kb; fi
  done
  echo "$best_s $best_kb"
}

printf "| people | records | data | zhidu | floor | zhidu ÷ floor | zhidu peak | floor peak |\n"
printf "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
for n in $sizes; do
  dir="$work/$layout-$n"
  if [[ ! -d $dir ]]; then
    target/release/examples/gen --people "$n" --layout "$layout" --cjk --gaps all --out "$dir" 2>"$dir.gen" || { cat "$dir.gen"; exit 1; }
  fi
  records=$(grep -o '[0-9]* records' "$dir.gen" | cut -d' ' -f1)
  bytes=$(du -sb "$dir" | cut -f1)
  read -r zs zkb < <(measure target/release/zhidu check "$dir" --as-of 2026-11-20 --format json --memory-budget "${BUDGET:-20GiB}")
  if [[ ${FLOOR:-yes} == no ]]; then
    fs=0 fkb=0 ratio="—"
  else
    read -r fs fkb < <(measure target/release/examples/floor "$dir")
    ratio=$(awk "BEGIN{printf \"%.2f\", $zs / $fs}")
  fi
  printf "| %'d | %'d | %s MB | %s s | %s s | %s | %s MB | %s MB |\n" "$n" "$records" \
    "$(awk "BEGIN{printf \"%.0f\", $bytes / 1e6}")" "$zs" "$fs" "$ratio" \
    "$((zkb / 1024))" "$((fkb / 1024))"
done
