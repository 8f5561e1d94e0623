#!/usr/bin/env python3
"""Cost of the messages: `zhidu check` on the generated 10,000-person company, plain and with
benches/messages/stress.zhidu (about 87,000 findings), in each format and language.

    cargo run --release --features internals --example gen -- --people 10000 --layout json \
        --cjk --gaps all --out /tmp/bench-10k
    BEFORE=/path/to/older/zhidu benches/messages/run.py /tmp/bench-10k

Prints best and median wall time of RUNS runs (default 5). BEFORE, if given, is timed too.
"""
import os, statistics, subprocess, sys, time

here = os.path.dirname(os.path.abspath(__file__))
company = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench-10k"
runs = int(os.environ.get("RUNS", "5"))
after = os.environ.get("ZHIDU", os.path.join(here, "..", "..", "target", "release", "zhidu"))
before = os.environ.get("BEFORE")
env = dict(os.environ, LANG="C", LC_ALL="", LC_MESSAGES="")


def timed(binary, args):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return f"{min(times):.2f}/{statistics.median(times):.2f}s"


for policies in ([], [os.path.join(here, "stress.zhidu")]):
    for fmt in ["json", "sarif", "gcc", "human"]:
        args = ["check", company, *policies, "--as-of", "2026-11-20", "--format", fmt]
        if fmt == "human":
            args += ["--max-findings", "1000"]
        line = f"{'stress' if policies else 'plain':6} {fmt:6}"
        if before:
            line += f" before {timed(before, args)}"
        line += f" en {timed(after, args)} zh {timed(after, args + ['--lang', 'zh'])}"
        print(line, flush=True)
