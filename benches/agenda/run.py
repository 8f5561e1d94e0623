#!/usr/bin/env python3
"""`zhidu agenda` against `zhidu check` on the same generated company (issue: the agenda within
1.5 times the check). The agenda prepares the data once and judges two ranges — check's own
year, then the window ahead — so its cost over the check is the second judgement and the items.

    cargo run --release --features internals --example gen -- --people 10000 --layout json \
        --cjk --gaps all --out /tmp/bench-10k
    cargo build --release
    benches/agenda/run.py /tmp/bench-10k

Prints best and median wall time of RUNS runs (default 5) and the ratio of the medians.
"""
import os, statistics, subprocess, sys, time

here = os.path.dirname(os.path.abspath(__file__))
company = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench-10k"
as_of = os.environ.get("AS_OF", "2026-11-20")
runs = int(os.environ.get("RUNS", "5"))
zhidu = os.environ.get("ZHIDU", os.path.join(here, "..", "..", "target", "release", "zhidu"))
env = dict(os.environ, LANG="C", LC_ALL="", LC_MESSAGES="")


def median(args):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([zhidu] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


base = [company, "--as-of", as_of]
best, check = median(["check"] + base + ["--format", "json"])
print(f"check  json          {best:.2f}/{check:.2f}s")
for within, fmt in [("30d", "json"), ("30d", "human"), ("30d", "ics"), ("1y", "json")]:
    best, agenda = median(["agenda"] + base + ["--within", within, "--format", fmt])
    print(f"agenda {fmt:5} {within:>4}     {best:.2f}/{agenda:.2f}s   {agenda / check:.2f}x check")
