#!/usr/bin/env bash
# Fuzzes each target for a number of executions, then minimises its corpus into fuzz/corpus.
#
#   fuzz/run.sh                         # every target, the default number of runs
#   RUNS=1000000 fuzz/run.sh pipeline   # one target, a million runs
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Each target's
# libFuzzer statistics go to fuzz/logs/<target>.log; docs/reliability.md records the totals.
# A crash leaves its input in fuzz/artifacts/<target>/: fix it, keep the (minimised) input there,
# and tests/fuzz_corpus.rs replays it in every `cargo test`.
set -euo pipefail
cd "$(dirname "$0")"
[[ -d corpus-work ]] || python3 seed.py
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(json_differential csv_differential json toml csv yaml pipeline spreadsheet policy fmt_roundtrip settings lsp_framing)
fi
mkdir -p logs
for target in "${targets[@]}"; do
  case "$target" in
    policy|fmt_roundtrip) dict=dict/policy.dict ;;
    json|json_differential) dict=dict/json.dict ;;
    csv|csv_differential) dict=dict/csv.dict ;;
    spreadsheet) dict=dict/xlsx.dict ;;
    *) dict=dict/yaml.dict ;;
  esac
  case "$target" in
    pipeline|spreadsheet) runs=${RUNS:-1000000} ;;
    *) runs=${RUNS:-10000000} ;;
  esac
  mkdir -p "corpus-work/$target" "corpus/$target"
  cp -n "corpus/$target"/* "corpus-work/$target"/ 2>/dev/null || true
  echo "== $target: $runs runs" | tee "logs/$target.log"
  # One job per corpus folder, so nothing else adds to it: `-reload=0` spares the periodic re-read
  # of tens of thousands of files (a twentieth of the time of a long run).
  cargo +nightly fuzz run -O -s none "$target" "corpus-work/$target" -- \
    -dict="$dict" -runs="$runs" -max_len=8192 -print_final_stats=1 -timeout=10 -reload=0 \
    >>"logs/$target.log" 2>&1 || echo "!! $target stopped: see logs/$target.log" | tee -a "logs/$target.log"
  # The committed corpus: the smallest set of inputs keeping the edges covered (hit counts and
  # compared values aside), each cut to 1 KiB (a spreadsheet, a zip or a compound file, to 4 KiB).
  case "$target" in
    spreadsheet) cap=4096 ;;
    *) cap=1024 ;;
  esac
  rm -rf "corpus/$target" && mkdir -p "corpus/$target"
  cargo +nightly fuzz run -O -s none "$target" "corpus/$target" "corpus-work/$target" -- \
    -merge=1 -use_counters=0 -use_value_profile=0 -max_len="$cap" >>"logs/$target.log" 2>&1 || true
  grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|Done [0-9]+ runs" "logs/$target.log" | tail -3 || true
done
