#!/usr/bin/env python3
"""Evaluates and audits a self-evaluation package and prints each form's total, grade and the
findings.

    python3 examples/python/evaluate_and_audit.py [package.json] [--policy national-2020] [--lang en]

Without a path it reads the bundled example (examples/hengshan-2024/package.json of the
repository). The library is found as the binding always finds it: JIXIAO_LIBRARY, a bundled copy,
or the system's libjixiao_c.so.1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "bindings" / "python"))  # the package in this source tree, when not installed

import jixiao  # noqa: E402

DEFAULT_PACKAGE = HERE.parent / "hengshan-2024" / "package.json"


def main(argv: "list[str] | None" = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", nargs="?", default=str(DEFAULT_PACKAGE), help="a package JSON file")
    parser.add_argument("--policy", default="national-2020", help="a built-in policy id or a policy file")
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")
    args = parser.parse_args(argv)
    en = args.lang == "en"

    try:
        with jixiao.load_package(args.package) as pkg, pkg.audit(policy=args.policy) as audit:
            for warning in pkg.warnings:
                print(f"warning: {warning.path}: {warning.message_en if en else warning.message_zh}")
            print(f"jixiao {jixiao.library_version()}, policy {args.policy}")
            for form in audit.evaluation.forms:
                grade = form.grade_en if en else form.grade
                filed = f" (filed {form.filed_total})" if form.filed_total is not None else ""
                print(f"{form.kind:10} {form.name}: {form.total} {grade}{filed}")
            print(f"{len(audit)} findings")
            for f in audit:
                message = f.message_en if en else f.message_zh
                print(f"  {f.code} {f.severity!s:7} {f.path}: {message}")
    except jixiao.JixiaoError as e:
        where = f" at line {e.line}, column {e.column}" if e.line else ""
        print(f"error ({e.code_name}){where}: {e.message_en if en else e.message_zh}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
