#!/usr/bin/env python3
"""One force-layout iteration, Entente (entente-bench layout-step) beside graphology-layout-forceatlas2
(Barnes-Hut, run by node) on the very same graph and starting positions.

  /usr/bin/python3 tests/bench/compare_layout.py --bench build/bin/entente-bench --scale M \
      [--modules /tmp/graphology/node_modules] [--runs 10]

graphology needs `npm install graphology graphology-layout-forceatlas2` in the folder whose
node_modules --modules names. Entente runs first and writes the graph it laid out (--edges-out);
node reads that file. Each tool runs in a process of its own; wall and CPU per iteration come from
the tools, so loading is excluded for both.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def last_json(text):
    for line in reversed(text.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError("no JSON in output:\n" + text)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bench", required=True)
    p.add_argument("--scale", default="M")
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--modules", default="/tmp/graphology/node_modules")
    p.add_argument("--node", default="node")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        edges = os.path.join(tmp, "edges.txt")
        rows = []
        for threads in ("0", "1"):
            out = subprocess.run([a.bench, "layout-step", "--scale", a.scale, "--runs", str(a.runs), "--threads", threads,
                                  "--edges-out", edges, "--json"], check=True, capture_output=True, text=True).stdout
            e = last_json(out)
            rows.append((f"Entente ForceLayout, {e['threads_used']} thread(s), theta 1.2, overlap prevention",
                         e["median_ms"], e["cpu_ms_per_step"], e["nodes"], e["edges"]))
        for theta, adjust in (("1.2", False), ("1.2", True), ("0.5", False)):
            cmd = [a.node, os.path.join(HERE, "compare_layout.mjs"), edges, "--modules", a.modules,
                   "--runs", str(a.runs), "--theta", theta] + (["--adjust-sizes"] if adjust else [])
            g = last_json(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            rows.append((f"graphology FA2 Barnes-Hut, theta {theta}{', adjustSizes' if adjust else ''}",
                         g["median_ms"], g["cpu_ms_per_step"], g["nodes"], g["edges"]))
    base = rows[0][1]
    print(f"scale {a.scale}: {rows[0][3]} nodes, {rows[0][4]} edges, median of {a.runs} iterations after 3 warm-up")
    print(f"{'tool':<75} {'ms/iter':>9} {'CPU ms':>9} {'x Entente':>9}")
    for name, ms, cpu, _, _ in rows:
        print(f"{name:<75} {ms:>9.1f} {cpu:>9.1f} {ms / base:>9.2f}")


if __name__ == "__main__":
    sys.exit(main())
