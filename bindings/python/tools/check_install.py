#!/usr/bin/env python3
"""Checks that the binding installs offline and works once installed, as a user gets it.

    check_install.py --library build/capi/libjixiao_c.so --package examples/hengshan-2024/package.json

1. ``pip install --no-build-isolation --no-index`` of a copy of bindings/python into a fresh
   ``python -m venv --system-site-packages``; run from outside the source tree with JIXIAO_LIBRARY:
   the installed package (with py.typed) is imported and evaluates the package to 98.00.
2. The same with the library bundled as jixiao/_lib/libjixiao_c.so.1 and no JIXIAO_LIBRARY: the
   bundled copy is found first.

Prints "N passed, N failed" and exits non-zero on a failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BINDING = Path(__file__).resolve().parent.parent

PROBE = r"""
import os, sys, jixiao
from pathlib import Path
pkg_dir = Path(jixiao.__file__).resolve().parent
assert "site-packages" in str(pkg_dir), pkg_dir
assert (pkg_dir / "py.typed").is_file(), "py.typed not installed"
with jixiao.load_package(sys.argv[1]) as p, p.evaluate() as r:
    totals = [str(f.total) for f in r.forms]
assert totals == ["98.00", "99.00", "98.00", "98.00"], totals
print("imported", pkg_dir, "library", jixiao.library_path(), "totals", totals)
expected = sys.argv[2]
if expected == "bundled":
    assert jixiao.library_path() == str(pkg_dir / "_lib" / "libjixiao_c.so.1"), jixiao.library_path()
else:
    assert jixiao.library_path() == expected, (jixiao.library_path(), expected)
"""


def run(cmd: "list[str]", env: "dict[str, str]", cwd: Path) -> None:
    shown = [a if len(a) <= 80 else a.strip().splitlines()[0] + " …" for a in cmd]
    print("$", " ".join(shown), flush=True)
    done = subprocess.run(cmd, env=env, cwd=str(cwd), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(done.stdout.rstrip(), flush=True)
    if done.returncode != 0:
        raise RuntimeError(f"exit status {done.returncode}: {' '.join(cmd)}")


def copy_source(dest: Path) -> None:
    shutil.copytree(
        BINDING,
        dest,
        ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info", "_lib", "tests", "tools"),
    )


def install_and_probe(tmp: Path, name: str, library: Path, package: Path, bundled: bool) -> None:
    src = tmp / f"src-{name}"
    copy_source(src)
    if bundled:
        (src / "jixiao" / "_lib").mkdir()
        shutil.copy2(library, src / "jixiao" / "_lib" / "libjixiao_c.so.1")
    venv = tmp / f"venv-{name}"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "JIXIAO_LIBRARY", "PYTHONHOME")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_INPUT"] = "1"
    run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], env, tmp)
    python = venv / "bin" / "python"
    run([str(python), "-m", "pip", "install", "--no-build-isolation", "--no-index", "--no-cache-dir", str(src)],
        env, tmp)
    if not bundled:
        env["JIXIAO_LIBRARY"] = str(library)
    run([str(python), "-c", PROBE, str(package), "bundled" if bundled else str(library)], env, tmp)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", required=True, type=Path, help="libjixiao_c.so to test with")
    parser.add_argument("--package", required=True, type=Path, help="the seed example package.json")
    args = parser.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="jixiao-install-") as tmp_name:
        tmp = Path(tmp_name)
        for name, bundled in (("env", False), ("bundled", True)):
            try:
                install_and_probe(tmp, name, args.library.resolve(), args.package.resolve(), bundled)
                print(f"ok: install with the library from {'a bundled copy' if bundled else 'JIXIAO_LIBRARY'}")
                passed += 1
            except Exception as e:  # noqa: BLE001 - report and go on
                print(f"FAILED: install ({name}): {e}")
                failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
