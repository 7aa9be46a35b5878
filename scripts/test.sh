#!/usr/bin/env bash
# Every test: installs what is missing, builds with warnings as errors (benchmarks included, so they
# keep compiling), runs ctest; then the same tests again under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)

echo "== build (RelWithDebInfo, -Werror) =="
cmake -S . -B build -DJIXIAO_TEST=ON -DJIXIAO_WERROR=ON -DJIXIAO_BENCH=ON >/dev/null
cmake --build build --parallel "$jobs"
(cd build && ctest --output-on-failure --parallel "$jobs")

echo "== build-asan (ASan + UBSan) =="
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DJIXIAO_SANITIZE=address,undefined -DJIXIAO_WERROR=ON \
  -DJIXIAO_EXAMPLES=OFF >/dev/null
cmake --build build-asan --parallel "$jobs"
(cd build-asan && ctest --output-on-failure --parallel "$jobs")
