#!/usr/bin/env python3
"""Runs jixiao-bench and prints a Markdown report: ns per item of each type, the ratios, and the
project's performance targets with PASS/FAIL.

    scripts/bench-ratios.py [path/to/jixiao-bench] [--min-time S] [--repetitions N] [-- extra flags]

The binary defaults to build-bench/bench/jixiao-bench in the source tree. It runs with
--benchmark_format=json --benchmark_repetitions=N --benchmark_report_aggregates_only=true and the
report uses the medians. Benchmarks are named BM_<op>/<type>; other types than the four below
(e.g. BM_format/jixiao_to_string) are listed as variants.

This is a report, not a test: the exit status is 0 whatever the targets say, and non-zero only when
the binary cannot be run, fails, or prints no JSON. Python standard library only.
"""
from __future__ import annotations

import argparse
import os
import sys

from bench_common import load_json, run

TOOL = "bench-ratios"

OPS = ["add", "mul", "div", "round", "parse", "format"]
TYPES = ["jixiao", "double", "cpp_dec_float_50", "bid64"]
OP_TEXT = {
    "add": "a + b",
    "mul": "a × b",
    "div": "a ÷ b to 4 places, half up",
    "round": "round to 2 places, half up",
    "parse": "text → number",
    "format": "number → text, 2 places",
}
# The project's targets.
MAX_JIXIAO_OVER_DOUBLE = {"add": 4.0, "mul": 4.0}  # jixiao within 4× of double
MIN_CPP_OVER_JIXIAO = 3.0  # jixiao at least 3× faster than cpp_dec_float_50, every operation
MIN_BID_OVER_JIXIAO = 1.0  # jixiao faster than bid64, every operation (strictly)


def default_binary() -> str:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(root, "build-bench", "bench", "jixiao-bench")


def run_benchmark(binary: str, repetitions: int, min_time: str | None, extra: list[str]) -> tuple[dict, str]:
    cmd = [
        binary,
        "--benchmark_format=json",
        f"--benchmark_repetitions={repetitions}",
        "--benchmark_report_aggregates_only=true",
    ]
    if min_time:
        cmd.append(f"--benchmark_min_time={min_time}")
    cmd += extra
    out, err = run(cmd, TOOL)
    return load_json(out, err, TOOL, "benchmark"), err


def medians(report: dict) -> tuple[dict, dict]:
    """{(op, type): ns per item} from the median aggregates, and {(op, type): error message}."""
    ns: dict[tuple[str, str], float] = {}
    errors: dict[tuple[str, str], str] = {}
    for b in report.get("benchmarks", []):
        name = b.get("run_name") or b.get("name", "")
        if not name.startswith("BM_") or "/" not in name:
            continue
        op, _, typ = name[3:].partition("/")
        key = (op, typ)
        if b.get("error_occurred"):
            errors[key] = b.get("error_message", "error")
            continue
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        ips = b.get("items_per_second")
        if ips:
            ns[key] = 1e9 / ips
    return ns, errors


def fmt_ns(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:.2f}" if v < 10 else f"{v:.1f}" if v < 100 else f"{v:.0f}"


def fmt_ratio(num: float | None, den: float | None) -> str:
    if num is None or den is None or den == 0:
        return "—"
    r = num / den
    return f"{r:.2f}×" if r < 10 else f"{r:.1f}×" if r < 100 else f"{r:.0f}×"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary", nargs="?", default=default_binary(), help="the jixiao-bench binary")
    ap.add_argument("--repetitions", type=int, default=3, help="benchmark repetitions (median is used)")
    ap.add_argument("--min-time", default="0.2",
                    help="--benchmark_min_time in seconds per repetition ('' for the library default)")
    ap.epilog = "Flags after -- go to the binary, e.g. -- --benchmark_filter='BM_(add|mul)/'"
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args = ap.parse_args(argv[:split])
    extra = argv[split + 1:]

    report, stderr = run_benchmark(args.binary, args.repetitions, args.min_time, extra)
    ns, errors = medians(report)
    get = lambda op, typ: ns.get((op, typ))  # noqa: E731

    ctx = report.get("context", {})
    print("# jixiao decimal benchmark")
    print()
    print(f"- binary: `{args.binary}`")
    print(f"- date: {ctx.get('date', '?')}; host: {ctx.get('host_name', '?')}; "
          f"{ctx.get('num_cpus', '?')} CPUs at {ctx.get('mhz_per_cpu', '?')} MHz")
    print(f"- medians of {args.repetitions} repetitions, min time {args.min_time or 'default'} s each; "
          f"ns per item (one item = one operation on one value)")
    if ctx.get("library_build_type") == "debug":
        print("- note: Google Benchmark itself reports a debug build (the distribution's package); "
              "this affects only its bookkeeping, not the measured code")
    print()

    print("| operation | jixiao ns | double ns | cpp_dec_float_50 ns | bid64 ns "
          "| jixiao ÷ double | cpp_dec_float_50 ÷ jixiao | bid64 ÷ jixiao |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for op in OPS:
        j, d, c, b = (get(op, t) for t in TYPES)
        print(f"| {op} ({OP_TEXT[op]}) | {fmt_ns(j)} | {fmt_ns(d)} | {fmt_ns(c)} | {fmt_ns(b)} "
              f"| {fmt_ratio(j, d)} | {fmt_ratio(c, j)} | {fmt_ratio(b, j)} |")

    variants = sorted(k for k in ns if k[1] not in TYPES)
    if variants:
        print()
        print("Variants:")
        print()
        print("| benchmark | ns per item | ÷ jixiao of the same operation |")
        print("|---|---:|---:|")
        for op, typ in variants:
            print(f"| BM_{op}/{typ} | {fmt_ns(ns[(op, typ)])} | {fmt_ratio(ns[(op, typ)], get(op, 'jixiao'))} |")

    if errors:
        print()
        print("Benchmarks that failed:")
        for (op, typ), msg in sorted(errors.items()):
            print(f"- BM_{op}/{typ}: {msg}")

    # ---- targets ----
    print()
    print("## Targets")
    print()
    print("| target | measured | result |")
    print("|---|---:|:---:|")
    passed = failed = 0

    def verdict(name: str, value: float | None, ok: bool | None) -> None:
        nonlocal passed, failed
        if ok is None:
            print(f"| {name} | — | n/a |")
            return
        passed += ok
        failed += not ok
        print(f"| {name} | {value:.2f}× | {'PASS' if ok else 'FAIL'} |")

    for op, limit in MAX_JIXIAO_OVER_DOUBLE.items():
        j, d = get(op, "jixiao"), get(op, "double")
        r = j / d if j and d else None
        verdict(f"jixiao {op} within {limit:g}× of double (jixiao ÷ double ≤ {limit:g})", r,
                None if r is None else r <= limit)
    for op in OPS:
        j, c = get(op, "jixiao"), get(op, "cpp_dec_float_50")
        r = c / j if j and c else None
        verdict(f"jixiao {op} ≥ {MIN_CPP_OVER_JIXIAO:g}× faster than cpp_dec_float_50", r,
                None if r is None else r >= MIN_CPP_OVER_JIXIAO)
    for op in OPS:
        j, b = get(op, "jixiao"), get(op, "bid64")
        r = b / j if j and b else None
        verdict(f"jixiao {op} faster than bid64 (bid64 ÷ jixiao > 1)", r,
                None if r is None else r > MIN_BID_OVER_JIXIAO)
    print()
    print(f"**{passed} PASS, {failed} FAIL**")

    sanity = [line[len("sanity: "):] if line.startswith("sanity: ") else line
              for line in stderr.splitlines() if line.startswith(("sanity:", "note:"))]
    if sanity:
        print()
        print("## Start-up agreement check")
        print()
        print("```")
        print("\n".join(sanity))
        print("```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
