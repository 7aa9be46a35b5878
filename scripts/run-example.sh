#!/usr/bin/env bash
# The main job on the bundled example: installs what is missing, builds the jixiao tool, and
# evaluates examples/hengshan-2024 under the national policy (pass options through, e.g. --json,
# --lang en, --explain, --policy hubei-20-40-40).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build --parallel "$(nproc)" --target jixiao-cli
build/apps/jixiao/jixiao evaluate "$@" examples/hengshan-2024/package.json
