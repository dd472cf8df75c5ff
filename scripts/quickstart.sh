#!/usr/bin/env bash
# Entente quick start: installs what a fresh Debian 12 machine lacks, configures, builds, then
#   scripts/quickstart.sh gui [ARGS…]   launches the GUI on the default dataset (or a project)
#   scripts/quickstart.sh test          runs every test (offscreen)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config qt6-base-dev qt6-svg-dev libboost-graph-dev libsqlite3-dev libexpat1-dev
          libqt6sql6-sqlite libgl-dev xvfb xauth fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

build=${ENTENTE_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"

case "${1:-}" in
gui)
    shift
    exec "$build/bin/entente" "$@"
    ;;
test)
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)"
    ;;
*)
    echo "usage: scripts/quickstart.sh gui|test" >&2
    exit 2
    ;;
esac
