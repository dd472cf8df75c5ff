#!/usr/bin/python3
"""Side-by-side timings: Entente vs igraph and graph-tool on the same generated project.

Runs entente-bench for each scenario, then the same queries (same pairs, same weights, same
number of betweenness sources) with python3-igraph and python3-graph-tool on the same graph
read from the project file, and prints one table with the ratios. Not part of the test run.

    /usr/bin/python3 tests/bench/compare_peers.py --bench build/bin/entente-bench --scale M

Graph loading time is excluded for every tool; only the queries are timed.
"""
import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time


def run_bench(bench, scenario, scale, extra=()):
    out = subprocess.run([bench, scenario, "--scale", scale, "--json", *extra], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def load_edges(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    n = db.execute("SELECT count(*) FROM entity").fetchone()[0]
    # entente-bench generate writes entities with primary keys 1..n and kinds in order,
    # so vertex = pk − 1 and the kind's vocabulary index = kind pk − 1 (as Entente loads them).
    rows = db.execute("SELECT source - 1, target - 1, kind - 1 FROM relation ORDER BY pk").fetchall()
    return n, rows


def median_ms(samples):
    return statistics.median(samples) * 1000.0


def time_each(pairs, fn):
    samples = []
    for a, b in pairs:
        t = time.perf_counter()
        fn(a, b)
        samples.append(time.perf_counter() - t)
    return median_ms(samples)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default="build/bin/entente-bench")
    ap.add_argument("--scale", default="M")
    ap.add_argument("--samples", type=int, default=256)
    args = ap.parse_args()
    bench = os.path.abspath(args.bench)
    project = os.path.abspath(f"bench-cache/{args.scale}-42.entente")

    results = {}
    results["path"] = run_bench(bench, "path", args.scale)
    results["dijkstra"] = run_bench(bench, "dijkstra", args.scale)
    results["betweenness"] = run_bench(bench, "betweenness", args.scale, ["--runs", "1", "--samples", str(args.samples)])
    # igraph 0.10 cannot sample sources, so exact betweenness is compared on the small graph.
    results["exact-betw-S"] = run_bench(bench, "betweenness", "S", ["--runs", "3", "--samples", "0"])
    nS, rowsS = load_edges(os.path.abspath("bench-cache/S-42.entente"))
    edgesS = [(s, t) for s, t, _ in rowsS]
    pairs_text = subprocess.run([bench, "pairs", "--scale", args.scale], check=True, capture_output=True, text=True).stdout
    pairs = [tuple(map(int, line.split())) for line in pairs_text.splitlines() if line.strip()]
    n, rows = load_edges(project)
    edges = [(s, t) for s, t, _ in rows]
    weights = [1.0 + k for _, _, k in rows]
    rng = random.Random(7)
    sources = rng.sample(range(n), args.samples)
    peers = {}

    try:
        import igraph as ig

        g = ig.Graph(n=n, edges=edges, directed=False)
        g.es["w"] = weights
        peers["igraph"] = {
            "path": time_each(pairs, lambda a, b: g.get_shortest_paths(a, to=b, output="vpath")),
            "dijkstra": time_each(pairs, lambda a, b: g.get_shortest_paths(a, to=b, weights="w", output="vpath")),
        }
        peers["igraph"]["betweenness"] = None
        gS = ig.Graph(n=nS, edges=edgesS, directed=False).simplify()
        t = time.perf_counter()
        gS.betweenness(directed=False)
        peers["igraph"]["exact-betw-S"] = (time.perf_counter() - t) * 1000.0
        peers["igraph"]["version"] = ig.__version__
    except ImportError:
        print("igraph not installed (apt-get install python3-igraph)", file=sys.stderr)

    try:
        import graph_tool.all as gt

        h = gt.Graph(directed=False)
        h.add_vertex(n)
        h.add_edge_list(edges)
        w = h.new_edge_property("double")
        w.a = weights
        peers["graph-tool"] = {
            "path": time_each(pairs, lambda a, b: gt.shortest_path(h, h.vertex(a), h.vertex(b))),
            "dijkstra": time_each(pairs, lambda a, b: gt.shortest_path(h, h.vertex(a), h.vertex(b), weights=w)),
        }
        t = time.perf_counter()
        gt.betweenness(h, pivots=sources, norm=False)
        peers["graph-tool"]["betweenness"] = (time.perf_counter() - t) * 1000.0
        hS = gt.Graph(directed=False)
        hS.add_vertex(nS)
        hS.add_edge_list(edgesS)
        gt.remove_parallel_edges(hS)
        t = time.perf_counter()
        gt.betweenness(hS, norm=False)
        peers["graph-tool"]["exact-betw-S"] = (time.perf_counter() - t) * 1000.0
        peers["graph-tool"]["version"] = gt.__version__.split()[0]
    except ImportError:
        print("graph-tool not installed (apt-get install python3-graph-tool)", file=sys.stderr)

    print(f"\nScale {args.scale}: {n} entities, {len(edges)} relations; {len(pairs)} query pairs; "
          f"betweenness from {args.samples} sources. Median ms per query (betweenness: total ms).\n")
    header = f"{'operation':<14}{'Entente':>12}"
    for name in peers:
        header += f"{name:>14}{'ratio':>9}"
    print(header)
    for op in ("path", "dijkstra", "betweenness", "exact-betw-S"):
        ours = results[op]["median_ms"]
        line = f"{op:<14}{ours:>12.3f}"
        for name, times in peers.items():
            if times.get(op) is None:
                line += f"{'n/a':>14}{'':>9}"
            else:
                line += f"{times[op]:>14.3f}{times[op] / ours:>8.1f}x"
        print(line)
    print("\nratio = peer time / Entente time (above 1: Entente is faster)")
    print("peak RSS: Entente", max(r["peak_rss_mb"] for r in results.values()), "MB; this script (peers)",
          round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), "MB")
    for name, times in peers.items():
        print(f"{name} {times['version']}")


if __name__ == "__main__":
    main()
