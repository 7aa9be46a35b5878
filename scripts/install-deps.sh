#!/usr/bin/env bash
# Installs what jixiao needs to build and test on Debian 12, and nothing that is already there.
# Idempotent; needs root (or sudo) only when something is missing; reaches no network but the
# Debian mirror.
set -euo pipefail

packages=(
  cmake g++ make pkg-config python3 python3-venv python3-setuptools  # python3-*: the binding's install test
  libboost1.81-dev libboost-json1.81-dev libfmt-dev doctest-dev  # the library and its tests
  libbenchmark-dev libintelrdfpmath-dev                           # bench/: Google Benchmark, Intel decimal64
  abigail-tools valgrind                                          # capi/: abidw/abidiff ABI check, leak check
  mono-mcs mono-runtime                                           # bindings/csharp: mcs and mono
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A python3 outside dpkg (pyenv, /usr/local) is as good as Debian's.
if command -v python3 >/dev/null; then
  kept=()
  for p in "${missing[@]}"; do [[ $p == python3 ]] || kept+=("$p"); done
  missing=("${kept[@]}")
fi
if ((${#missing[@]} == 0)); then
  echo "install-deps: everything is installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root to install ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
