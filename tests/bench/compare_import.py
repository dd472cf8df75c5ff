#!/usr/bin/python3
"""Import side by side: Entente vs python3-igraph (and NetworkX) reading the very same GraphML file.

Runs `entente-bench import-graphml` (which generates bench-cache/<scale>-42.graphml once), then
times igraph's Graph.Read_GraphML and NetworkX's read_graphml on that file, each in a child
process of its own so that its peak memory is its own, and prints a table with the ratio
peer/Entente. Run it from the folder holding bench-cache/. Not part of the test run.

    /usr/bin/python3 tests/bench/compare_import.py --bench build/bin/entente-bench --scale M

Entente's figure is the whole import: parse, map to entities and relations, and write them to a
new project in one SQLite transaction. The peers only parse into an in-memory graph, so the
comparison favours them. Wall and CPU time are both printed: on a shared machine the wall time
says as much about the neighbours as about the reader.
"""
import argparse
import json
import os
import resource
import subprocess
import sys

READERS = {
    "igraph": "import igraph; g = igraph.Graph.Read_GraphML(path); n, m = g.vcount(), g.ecount()",
    "networkx": "import networkx; g = networkx.read_graphml(path); n, m = g.number_of_nodes(), g.number_of_edges()",
}

CHILD = """
import json, resource, sys, time
path = sys.argv[1]
t, c = time.perf_counter(), time.process_time()
{reader}
ms, cpu_ms = (time.perf_counter() - t) * 1000.0, (time.process_time() - c) * 1000.0
print(json.dumps({{"ms": ms, "cpu_ms": cpu_ms, "nodes": n, "edges": m,
                   "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}}))
"""


def children_cpu_ms():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r.ru_utime + r.ru_stime) * 1000.0


def run_entente(bench, scale, runs):
    # Generate the file first (once), so that the CPU time below is the import's alone.
    subprocess.run([bench, "import-graphml", "--scale", "S", "--json"], check=True, capture_output=True)
    before = children_cpu_ms()
    out = subprocess.run([bench, "import-graphml", "--scale", scale, "--runs", str(runs), "--json"],
                         check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    # Per run; includes the process start and the scratch project's creation, which are small.
    result["cpu_ms"] = (children_cpu_ms() - before) / runs
    return result


def run_peer(name, path, timeout):
    try:
        out = subprocess.run([sys.executable, "-c", CHILD.format(reader=READERS[name]), path],
                             check=True, capture_output=True, text=True, timeout=timeout).stdout
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    except subprocess.CalledProcessError as e:
        return {"error": e.stderr.strip().splitlines()[-1] if e.stderr.strip() else str(e)}
    return json.loads(out.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default="build/bin/entente-bench")
    ap.add_argument("--scale", default="M")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--networkx-timeout", type=int, default=600,
                    help="seconds NetworkX may take before it is left out (0: skip it)")
    args = ap.parse_args()
    entente = run_entente(os.path.abspath(args.bench), args.scale, args.runs)
    path = entente["file"]
    print(f"file: {path} ({entente['file_mb']:.0f} MB), {entente['entities']} entities, "
          f"{entente['relations']} relations")
    rows = [("Entente (read + write project)", entente["median_ms"], entente["cpu_ms"], entente["peak_rss_mb"], "")]
    print(f"Entente: {entente['median_ms']:.0f} ms wall, {entente['cpu_ms']:.0f} ms CPU (read "
          f"{entente['last_read_ms']:.0f} ms, write {entente['last_write_ms']:.0f} ms), "
          f"peak {entente['peak_rss_mb']:.0f} MB", flush=True)
    peers = ["igraph"] + (["networkx"] if args.networkx_timeout > 0 else [])
    for name in peers:
        timeout = args.networkx_timeout if name == "networkx" else 3600
        r = run_peer(name, path, timeout)
        if "ms" in r:
            if (r["nodes"], r["edges"]) != (entente["entities"], entente["relations"]):
                print(f"warning: {name} read {r['nodes']} nodes and {r['edges']} edges", file=sys.stderr)
            rows.append((name, r["ms"], r["cpu_ms"], r["peak_rss_mb"],
                         f"{r['ms'] / entente['median_ms']:.2f}x wall, {r['cpu_ms'] / entente['cpu_ms']:.2f}x CPU"))
        else:
            rows.append((name, None, None, None, f"left out: {r.get('error') or 'over %d s' % r['timeout']}"))
        print(f"{name}: {rows[-1]}", flush=True)
    print()
    # On a shared machine wall time depends on the neighbours; CPU time much less so.
    print(f"{'reader':34} {'wall (ms)':>10} {'CPU (ms)':>10} {'peak RSS (MB)':>14}  peer/Entente")
    for name, ms, cpu, rss, ratio in rows:
        cells = [v if v is None else round(v) for v in (ms, cpu, rss)]
        print(f"{name:34} {cells[0]!s:>10} {cells[1]!s:>10} {cells[2]!s:>14}  {ratio}")


if __name__ == "__main__":
    main()
