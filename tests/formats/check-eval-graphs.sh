#!/bin/sh
# Imports every file of ../shared/eval-graphs (real files written by Gephi, yEd, igraph,
# Cytoscape, Graphviz and d3, and ten broken ones) into a temporary project and prints one line
# per file: what was imported, or the error with file:line:column. A local check, not part of
# CTest: the files carry other licences and are never copied into the repository.
#
# usage: tests/formats/check-eval-graphs.sh [BUILD_DIR] [EVAL_GRAPHS_DIR]   (VERBOSE=1 for samples)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
graphs=${2:-$here/../shared/eval-graphs}
binary=$build/tests/tst_importers
if [ ! -x "$binary" ]; then
    echo "no $binary; build it first: cmake --build $build --target tst_importers" >&2
    exit 2
fi
if [ ! -d "$graphs" ]; then
    echo "no folder $graphs" >&2
    exit 2
fi
if [ "${VERBOSE:-0}" != 0 ]; then
    export ENTENTE_EVAL_VERBOSE=1
fi
ENTENTE_EVAL_GRAPHS=$(cd "$graphs" && pwd) QT_QPA_PLATFORM=offscreen "$binary" evalGraphs
