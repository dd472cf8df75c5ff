#!/usr/bin/python3
"""Side-by-side timings: Entente vs igraph, graph-tool and NetworkX on the same generated project.

Runs entente-bench for each scenario, then the same queries (same pairs, same weights, same
number of betweenness sources) with python3-igraph, python3-graph-tool and python3-networkx on
the same graph read from the project file, and prints one table with the ratios and the peak
memory of each tool. Not part of the test run.

    /usr/bin/python3 tests/bench/compare_peers.py --bench build/bin/entente-bench --scale M

Graph loading time is excluded for every tool; only the queries are timed. Each peer runs in a
process of its own, so its peak RSS is its own (it includes the edge list read from SQLite,
the same for every peer). NetworkX is pure Python: at scale M its betweenness runs from
--nx-samples sources and is scaled to --samples (marked "est.").
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

PEERS = ("igraph", "graph-tool", "networkx")
OPS = ("path", "dijkstra", "betweenness", "exact-betw-S")


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


def elapsed_ms(fn):
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000.0


def peer_igraph(n, edges, weights, pairs, sources, nS, edgesS, args):
    import igraph as ig

    g = ig.Graph(n=n, edges=edges, directed=False)
    g.es["w"] = weights
    r = {
        "path": time_each(pairs, lambda a, b: g.get_shortest_paths(a, to=b, output="vpath")),
        "dijkstra": time_each(pairs, lambda a, b: g.get_shortest_paths(a, to=b, weights="w", output="vpath")),
        "betweenness": None,  # igraph 0.10 cannot sample sources
    }
    gS = ig.Graph(n=nS, edges=edgesS, directed=False).simplify()
    r["exact-betw-S"] = elapsed_ms(lambda: gS.betweenness(directed=False))
    r["version"] = ig.__version__
    return r


def peer_graph_tool(n, edges, weights, pairs, sources, nS, edgesS, args):
    import graph_tool.all as gt

    h = gt.Graph(directed=False)
    h.add_vertex(n)
    h.add_edge_list(edges)
    w = h.new_edge_property("double")
    w.a = weights
    r = {
        "path": time_each(pairs, lambda a, b: gt.shortest_path(h, h.vertex(a), h.vertex(b))),
        "dijkstra": time_each(pairs, lambda a, b: gt.shortest_path(h, h.vertex(a), h.vertex(b), weights=w)),
        "betweenness": elapsed_ms(lambda: gt.betweenness(h, pivots=sources, norm=False)),
    }
    hS = gt.Graph(directed=False)
    hS.add_vertex(nS)
    hS.add_edge_list(edgesS)
    gt.remove_parallel_edges(hS)
    r["exact-betw-S"] = elapsed_ms(lambda: gt.betweenness(hS, norm=False))
    r["version"] = gt.__version__.split()[0]
    return r


def peer_networkx(n, edges, weights, pairs, sources, nS, edgesS, args):
    import networkx as nx

    # A MultiGraph keeps parallel relations as the other tools do; for Dijkstra the lightest
    # parallel edge counts, which is what a weight function over the edge keys returns.
    g = nx.MultiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from((s, t, {"w": wt}) for (s, t), wt in zip(edges, weights))
    lightest = lambda u, v, d: min(attrs["w"] for attrs in d.values())

    def unless_disconnected(query):
        def run(a, b):
            try:
                query(a, b)
            except nx.NetworkXNoPath:
                pass
        return run

    r = {
        "path": time_each(pairs, unless_disconnected(lambda a, b: nx.bidirectional_shortest_path(g, a, b))),
        "dijkstra": time_each(pairs, unless_disconnected(lambda a, b: nx.bidirectional_dijkstra(g, a, b, weight=lightest))),
    }
    # Brandes from k sources; NetworkX draws them itself, so only their number is the same.
    k = min(len(sources), args.nx_samples)
    simple = nx.Graph(g)
    ms = elapsed_ms(lambda: nx.betweenness_centrality(simple, k=k, normalized=False, seed=7))
    r["betweenness"] = ms * len(sources) / k
    r["betweenness_estimated"] = k < len(sources)
    gS = nx.Graph()
    gS.add_nodes_from(range(nS))
    gS.add_edges_from(edgesS)
    r["exact-betw-S"] = elapsed_ms(lambda: nx.betweenness_centrality(gS, normalized=False))
    r["version"] = nx.__version__
    return r


def run_peer(name, args):
    """In a child process: load the graphs, time the queries, print one JSON line."""
    n, rows = load_edges(os.path.abspath(f"bench-cache/{args.scale}-42.entente"))
    edges = [(s, t) for s, t, _ in rows]
    weights = [1.0 + k for _, _, k in rows]
    nS, rowsS = load_edges(os.path.abspath("bench-cache/S-42.entente"))
    edgesS = [(s, t) for s, t, _ in rowsS]
    del rows, rowsS
    pairs = [tuple(map(int, p.split(","))) for p in args.pairs.split(";") if p]
    sources = random.Random(7).sample(range(n), args.samples)
    fn = {"igraph": peer_igraph, "graph-tool": peer_graph_tool, "networkx": peer_networkx}[name]
    try:
        r = fn(n, edges, weights, pairs, sources, nS, edgesS, args)
    except ImportError as e:
        r = {"missing": str(e)}
    r["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(r))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default="build/bin/entente-bench")
    ap.add_argument("--scale", default="M")
    ap.add_argument("--samples", type=int, default=256)
    ap.add_argument("--nx-samples", type=int, default=32, help="NetworkX betweenness sources (scaled to --samples)")
    ap.add_argument("--peers", default=",".join(PEERS))
    ap.add_argument("--peer", help=argparse.SUPPRESS)  # internal: run one peer in this process
    ap.add_argument("--pairs", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.peer:
        run_peer(args.peer, args)
        return
    bench = os.path.abspath(args.bench)

    results = {}
    results["path"] = run_bench(bench, "path", args.scale)
    results["dijkstra"] = run_bench(bench, "dijkstra", args.scale)
    results["betweenness"] = run_bench(bench, "betweenness", args.scale, ["--runs", "1", "--samples", str(args.samples)])
    # igraph 0.10 cannot sample sources, so exact betweenness is compared on the small graph.
    results["exact-betw-S"] = run_bench(bench, "betweenness", "S", ["--runs", "3", "--samples", "0"])
    pairs_text = subprocess.run([bench, "pairs", "--scale", args.scale], check=True, capture_output=True, text=True).stdout
    pairs = [tuple(map(int, line.split())) for line in pairs_text.splitlines() if line.strip()]
    pair_arg = ";".join(f"{a},{b}" for a, b in pairs)

    peers = {}
    for name in args.peers.split(","):
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--peer", name, "--pairs", pair_arg,
                              "--scale", args.scale, "--samples", str(args.samples), "--nx-samples", str(args.nx_samples)],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        if "missing" in r:
            print(f"{name} not installed ({r['missing']}); apt-get install python3-{name.replace('-', '')}", file=sys.stderr)
            continue
        peers[name] = r

    n, m = results["path"].get("entities", "?"), results["path"].get("relations", "?")
    print(f"\nScale {args.scale}: {n} entities, {m} relations; {len(pairs)} query pairs; "
          f"betweenness from {args.samples} sources. Median ms per query (betweenness: total ms).\n")
    header = f"{'operation':<14}{'Entente':>12}"
    for name in peers:
        header += f"{name:>14}{'ratio':>9}"
    print(header)
    for op in OPS:
        ours = results[op]["median_ms"]
        line = f"{op:<14}{ours:>12.3f}"
        for name, times in peers.items():
            if times.get(op) is None:
                line += f"{'n/a':>14}{'':>9}"
            else:
                mark = "~" if op == "betweenness" and times.get("betweenness_estimated") else ""
                line += f"{mark + format(times[op], '.3f'):>14}{times[op] / ours:>8.1f}x"
        print(line)
    line = f"{'peak RSS MB':<14}{max(r['peak_rss_mb'] for r in results.values()):>12.0f}"
    for name, times in peers.items():
        line += f"{times['peak_rss_mb']:>14}{'':>9}"
    print(line)
    print("\nratio = peer time / Entente time (above 1: Entente is faster); ~ = NetworkX betweenness from "
          f"{args.nx_samples} sources, scaled to {args.samples}")
    print("peak RSS: the whole process of each tool, its graph and the edge list read from SQLite included")
    for name, times in peers.items():
        print(f"{name} {times['version']}")


if __name__ == "__main__":
    main()
