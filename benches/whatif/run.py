#!/usr/bin/env python3
"""`zhidu whatif` against `zhidu check` on the same generated company: one person leaves.

    cargo run --release --features internals --example gen -- --people 10000 --layout json \
        --cjk --gaps all --out /tmp/bench-10k
    cargo build --release
    benches/whatif/run.py /tmp/bench-10k

Prints best and median wall time of RUNS runs (default 5) and the ratio of the medians.
"""
import os, statistics, subprocess, sys, tempfile, time

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


with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as change:
    change.write("changes:\n  - {leave: p-ops-director, on: 2026-11-15}\n")
base = [company, "--as-of", as_of, "--format", "json"]
best, check = median(["check"] + base)
print(f"check          {best:.2f}/{check:.2f}s")
best, whatif = median(["whatif"] + base + ["--change", change.name])
print(f"whatif (leave) {best:.2f}/{whatif:.2f}s   {whatif / check:.2f}x check")
os.unlink(change.name)
