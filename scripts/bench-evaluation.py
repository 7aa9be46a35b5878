#!/usr/bin/env python3
"""Runs jixiao-evaluation-bench and prints a Markdown report: time per package of Boost.JSON parsing
a generated batch of project packages and of jixiao's read → evaluate → write-results pipeline on
the same text, the pipeline ÷ parse ratio and each stage's share, the audit against evaluate alone,
then the peak memory of the pipeline against the input size, with the issues' targets (pipeline ≤ 3×
parse, aim 2×; audit ≤ 1.5× evaluate; peak memory ≤ 4× the input) marked PASS/FAIL.

    scripts/bench-evaluation.py [path/to/jixiao-evaluation-bench] [--repetitions N] [--min-time S]
                                [--batch N] [--compact] [--no-memory] [-- extra flags for the binary]

The binary defaults to build-bench/bench/jixiao-evaluation-bench in the source tree. The timing run
uses --benchmark_format=json --benchmark_repetitions=N --benchmark_report_aggregates_only=true and
the medians (of CPU time: items_per_second); the memory run uses --jixiao_memory_json.

This is a report, not a test: the exit status is 0 whatever the targets say, and non-zero only when
the binary cannot be run, fails, or prints no JSON. Python standard library only.
"""
from __future__ import annotations

import argparse
import os
import sys

from bench_common import load_json, medians, run

TOOL = "bench-evaluation"

PARSE = "boost_json_parse"
PIPELINE = "jixiao_pipeline"
STAGES = ["jixiao_read", "jixiao_evaluate", "jixiao_write_result"]
AUDIT = "jixiao_audit"
ORDER = [PARSE, "boost_json_parse_monotonic", PIPELINE] + STAGES + [AUDIT]
WHAT = {
    PARSE: "`boost::json::parse` (the baseline)",
    "boost_json_parse_monotonic": "`boost::json::parse` into a `monotonic_resource` (informative)",
    PIPELINE: "`read_package_json` → `evaluate` → `write_result_json(compact)`",
    "jixiao_read": "`read_package_json` alone",
    "jixiao_evaluate": "`evaluate` alone (packages read beforehand)",
    "jixiao_write_result": "`write_result_json(compact)` alone (results computed beforehand)",
    AUDIT: "`audit` (evaluate and check) alone, packages read beforehand",
}
MAX_TIME_RATIO = 3.0  # the limit: pipeline ≤ 3× parse
AIM_TIME_RATIO = 2.0  # its aim
MAX_AUDIT_RATIO = 1.5  # issue #4: audit ≤ 1.5× evaluate
MAX_MEMORY_RATIO = 4.0  # peak memory ≤ 4× the input size


def default_binary() -> str:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(root, "build-bench", "bench", "jixiao-evaluation-bench")


def fmt_us(ns: float | None) -> str:
    if ns is None:
        return "—"
    us = ns / 1000
    return f"{us:.2f}" if us < 10 else f"{us:.1f}" if us < 100 else f"{us:.0f}"


def ratio(num: float | None, den: float | None) -> float | None:
    if num is None or den is None or den == 0:
        return None
    return num / den


def fmt_ratio(r: float | None) -> str:
    return "—" if r is None else f"{r:.2f}×"


def mib(kb: float) -> str:
    return f"{kb / 1024:.1f} MiB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary", nargs="?", default=default_binary(), help="the jixiao-evaluation-bench binary")
    ap.add_argument("--repetitions", type=int, default=3, help="benchmark repetitions (the median is used)")
    ap.add_argument("--min-time", default="", help="--benchmark_min_time per repetition (default: the library's)")
    ap.add_argument("--batch", type=int, default=None, help="documents in the batch (default: the binary's, 10000)")
    ap.add_argument("--compact", action="store_true", help="generate the documents without whitespace")
    ap.add_argument("--no-memory", action="store_true", help="skip the memory run")
    ap.epilog = "Flags after -- go to the timing run, e.g. -- --benchmark_filter='(parse|pipeline)$'"
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args = ap.parse_args(argv[:split])
    extra = argv[split + 1:]

    batch_flags = []
    if args.batch is not None:
        batch_flags.append(f"--jixiao_batch={args.batch}")
    if args.compact:
        batch_flags.append("--jixiao_compact")

    cmd = [args.binary, "--benchmark_format=json", f"--benchmark_repetitions={args.repetitions}",
           "--benchmark_report_aggregates_only=true"] + batch_flags
    if args.min_time:
        cmd.append(f"--benchmark_min_time={args.min_time}")
    out, err = run(cmd + extra, TOOL)
    report = load_json(out, err, TOOL, "timing")
    ns, bps, errors = medians(report, "BM_batch/")

    ctx = report.get("context", {})
    notes = [line for line in err.splitlines() if line.startswith(("batch:", "check:"))]
    print("# jixiao evaluation batch benchmark")
    print()
    print(f"- binary: `{args.binary}`")
    print(f"- date: {ctx.get('date', '?')}; host: {ctx.get('host_name', '?')}; "
          f"{ctx.get('num_cpus', '?')} CPUs at {ctx.get('mhz_per_cpu', '?')} MHz; "
          f"load average {', '.join(f'{x:.2f}' for x in ctx.get('load_avg', [])) or '?'}")
    for line in notes:
        print(f"- {line}")
    print(f"- medians of {args.repetitions} repetitions (CPU time); every iteration processes the whole batch; "
          f"µs per package = 10⁶ ÷ items_per_second")
    print()

    base = ns.get(PARSE)
    print("| benchmark | what | µs per package | MB/s of input | ÷ parse |")
    print("|---|---|---:|---:|---:|")
    for key in ORDER + sorted(k for k in ns if k not in ORDER):
        if key not in ns:
            continue
        mbs = f"{bps[key] / 1e6:.0f}" if key in bps else "—"
        print(f"| BM_batch/{key} | {WHAT.get(key, '')} | {fmt_us(ns[key])} | {mbs} | {fmt_ratio(ratio(ns[key], base))} |")
    if errors:
        print()
        print("Benchmarks that failed:")
        for key, msg in sorted(errors.items()):
            print(f"- BM_batch/{key}: {msg}")

    stage_ns = [ns.get(k) for k in STAGES]
    if all(v is not None for v in stage_ns):
        total = sum(stage_ns)
        print()
        print("Stages (each measured on its own, over the whole batch):")
        print()
        print("| stage | µs per package | share of the three | ÷ parse |")
        print("|---|---:|---:|---:|")
        for key, v in zip(STAGES, stage_ns):
            print(f"| {key[len('jixiao_'):]} | {fmt_us(v)} | {100 * v / total:.0f}% | {fmt_ratio(ratio(v, base))} |")
        pipe = ns.get(PIPELINE)
        print(f"| sum of the stages | {fmt_us(total)} | 100% | {fmt_ratio(ratio(total, base))} |")
        if pipe:
            print()
            print(f"The stages add up to {fmt_ratio(ratio(total, pipe))} of the pipeline measured in one pass "
                  "(the stage runs keep all packages or results in memory, so their cache behaviour differs).")

    print()
    print("## Targets")
    print()
    print("| target | measured | result |")
    print("|---|---:|:---:|")
    r = ratio(ns.get(PIPELINE), base)
    if r is None:
        print(f"| pipeline ÷ parse ≤ {MAX_TIME_RATIO:g}× | — | n/a |")
        print(f"| aim: pipeline ÷ parse ≤ {AIM_TIME_RATIO:g}× | — | n/a |")
    else:
        print(f"| pipeline ÷ parse ≤ {MAX_TIME_RATIO:g}× | {r:.2f}× | {'PASS' if r <= MAX_TIME_RATIO else 'FAIL'} |")
        print(f"| aim: pipeline ÷ parse ≤ {AIM_TIME_RATIO:g}× | {r:.2f}× | "
              f"{'met' if r <= AIM_TIME_RATIO else 'not met'} |")
    ra = ratio(ns.get(AUDIT), ns.get("jixiao_evaluate"))
    if ra is None:
        print(f"| audit ÷ evaluate ≤ {MAX_AUDIT_RATIO:g}× | — | n/a |")
    else:
        print(f"| audit ÷ evaluate ≤ {MAX_AUDIT_RATIO:g}× | {ra:.2f}× | {'PASS' if ra <= MAX_AUDIT_RATIO else 'FAIL'} |")
    rm = ratio(ns.get(PIPELINE), ns.get("boost_json_parse_monotonic"))
    if rm is not None:
        print(f"| (informative) pipeline ÷ parse into a monotonic_resource | {rm:.2f}× | — |")

    if args.no_memory:
        return 0

    out, err = run([args.binary, "--jixiao_memory_json"] + batch_flags, TOOL)
    m = load_json(out, err, TOOL, "memory")
    s, h = m["streaming"], m["held"]
    input_kb = m["input_bytes"] / 1024
    growth_kb = s["hwm_after_kb"] - s["rss_before_kb"]
    med, mx, first = s["per_document_median"], s["per_document_max"], s["first_document"]
    print()
    print("## Peak memory")
    print()
    print(f"{m['documents']} documents, {m['input_bytes']:,} bytes of input ({mib(input_kb)}), largest document "
          f"{m['max_document_bytes']:,} bytes. The input is **kept in memory** (one `std::string` per document) for "
          "the whole run, so every RSS figure includes it. VmHWM was "
          f"{'reset (clear_refs) just before each measurement' if m['hwm_reset'] else 'NOT reset (clear_refs failed): peaks include the generation'}. "
          "The C++ heap is counted by a replaced global operator new/delete (malloc_usable_size of each block).")
    print()
    print("| streaming pass (one document's objects alive at a time) | value | ÷ input size |")
    print("|---|---:|---:|")
    print(f"| VmRSS before the pass (binary + input + policy) | {mib(s['rss_before_kb'])} | "
          f"{s['rss_before_kb'] / input_kb:.3f}× |")
    print(f"| **VmHWM after the pass** (process peak) | {mib(s['hwm_after_kb'])} | **{s['hwm_after_kb'] / input_kb:.3f}×** |")
    print(f"| peak RSS growth during the pass (VmHWM after − VmRSS before) | {mib(growth_kb)} | {growth_kb / input_kb:.4f}× |")
    print(f"| C++ heap peak during the pass | {s['heap_peak_bytes'] / 1024:.1f} KiB | "
          f"{s['heap_peak_bytes'] / m['input_bytes']:.4f}× |")
    if "allocations" in s:
        print(f"| operator new calls during the pass | {s['allocations']:,} | "
              f"{s['allocations'] / m['documents']:.0f} per document |")
    print()
    print("Per document (C++ heap ÷ that document's size; median and max over all documents but the first, "
          "which also builds static tables):")
    print()
    print("| | median | max | first document |")
    print("|---|---:|---:|---:|")
    for key, label in [("read_peak", "peak while reading (tape + Package)"),
                       ("package", "Package kept after reading"),
                       ("eval_peak", "peak while evaluating (Package + EvaluationResult)"),
                       ("result", "EvaluationResult"),
                       ("write_peak", "peak while writing (Package + result + output string)"),
                       ("text", "result JSON text (its size)"),
                       ("peak", "**peak of one document**")]:
        print(f"| {label} | {med[key]:.2f}× | {mx[key]:.2f}× | {first[key]:.2f}× |")
    held_growth = h["rss_after_kb"] - h["rss_before_kb"]
    print()
    print(f"| all {m['documents']} Packages held at once (informative) | value | ÷ input size |")
    print("|---|---:|---:|")
    print(f"| VmRSS growth | {mib(held_growth)} | {held_growth / input_kb:.2f}× |")
    print(f"| C++ heap held | {mib(h['heap_bytes'] / 1024)} | {h['heap_bytes'] / m['input_bytes']:.2f}× |")
    print(f"| VmHWM (input + Packages + binary) | {mib(h['hwm_after_kb'])} | {h['hwm_after_kb'] / input_kb:.2f}× |")

    streaming_ratio = s["hwm_after_kb"] / input_kb
    print()
    print(f"peak memory ÷ input size = {streaming_ratio:.3f} (streaming; peak memory = the process's VmHWM, "
          "which includes the input held in memory; input size = the batch's bytes)")
    print()
    print("| target | measured | result |")
    print("|---|---:|:---:|")
    print(f"| peak memory ≤ {MAX_MEMORY_RATIO:g}× the input (streaming batch, VmHWM ÷ batch bytes) | "
          f"{streaming_ratio:.2f}× | {'PASS' if streaming_ratio <= MAX_MEMORY_RATIO else 'FAIL'} |")
    print(f"| stricter reading: one document's heap peak ≤ {MAX_MEMORY_RATIO:g}× its size (max) | "
          f"{mx['peak']:.2f}× | {'PASS' if mx['peak'] <= MAX_MEMORY_RATIO else 'FAIL'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
