#!/usr/bin/env bash
# The main job on the bundled example: installs what is missing, builds, runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DJIXIAO_TEST=OFF >/dev/null
cmake --build build --parallel "$(nproc)" --target decimal-demo
build/examples/decimal-demo
