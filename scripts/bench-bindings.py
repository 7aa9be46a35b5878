#!/usr/bin/env python3
"""Runs the C API and Python binding benchmarks (issue #5) and prints a Markdown report with the
ratios and the two targets marked PASS/FAIL:

1. a decimal add through the C API (jx_decimal_add by value, libjixiao_c.so.1 linked dynamically)
   costs at most 2× the C++ call (jixiao::Decimal a + b), on the same 4096 random pairs of
   2-decimal amounts (jixiao-capi-bench, Google Benchmark, medians of CPU time);
2. evaluating the benchmark batch (10,000 generated project packages) from Python through the
   binding costs at most 1.3× the same work through the C++ API: per package JSON text, load →
   evaluate under national-2020 (loaded once) → read the forms' totals → free. The target row is
   `evaluate_json` (jixiao.evaluate_json on the str: the binding's call for "evaluate this JSON");
   the same on bytes and through Package.from_json → evaluate are judged beside it, for
   information. The C++ side is
   jixiao-capi-bench --jixiao_batch_timing (which also times the C API called from C++), the
   Python side bench/python_batch.py; both time the whole batch with a wall clock (std::chrono
   steady_clock, time.perf_counter) after a warm-up pass, N passes, median. CPU times are shown
   beside them, as a check on noise.

    scripts/bench-bindings.py [--build DIR] [--repetitions N] [--min-time S] [--batch-file PATH]
                              [--python EXE] [--no-decimal] [--no-batch] [--modes a,b,…]
                              [--library PATH] [--binding DIR] [--packages N]

It builds nothing: build first with
    cmake --build build-bench -j2 --target jixiao_c jixiao-capi-bench jixiao-bench-c-loop
The batch is written once (jixiao-capi-bench --jixiao_write_batch) to a temporary directory and
read by both sides; --batch-file PATH keeps it at PATH (reused when it exists).

The C# side (bench/csharp_batch.cs, built with mcs into the temporary directory and run with
mono, one process per round after Python's) reads the same batch through the C# binding; the issue
sets it no target, and its ratios are printed for information. It is skipped with --no-csharp, or
when mcs or mono is missing.

To measure a candidate change without installing it: --library PATH runs both sides on another
libjixiao_c.so.1 (jixiao-capi-bench through LD_LIBRARY_PATH, which the dynamic loader searches
before the binary's RUNPATH; Python through JIXIAO_LIBRARY), --binding DIR imports the `jixiao`
package from DIR instead of bindings/python.

This is a report, not a test: the exit status is 0 whatever the targets say, and non-zero only when
a program cannot be run, fails, prints no JSON, or the two sides disagree on the totals. Python
standard library only.
"""
from __future__ import annotations

import argparse
import datetime
import glob
import os
import platform
import shutil
import statistics
import sys

import tempfile

from bench_common import load_json, medians, run

TOOL = "bench-bindings"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_DECIMAL_RATIO = 2.0  # jx_decimal_add ≤ 2× Decimal + Decimal
MAX_PYTHON_RATIO = 1.3  # the batch from Python ≤ 1.3× the batch in C++

DECIMAL_ROWS = [
    ("decimal_add_cpp", "C++ `jixiao::Decimal a + b` (inline)"),
    ("decimal_add_c", "C `jx_decimal_add(a, b, &r)` by value, through libjixiao_c.so.1"),
    ("decimal_calc_c", "C `jx_decimal_calc(\"a\", '+', \"b\", …, &text)` + `jx_string_free` (informative)"),
    ("decimal_calc_cpp", "C++ `Decimal::parse` ×2, `+`, `to_chars` (informative: the same work as the row above)"),
]
CPP_ROWS = [
    ("cpp", "C++ API: `read_package_json` → `evaluate` → `FormResult::total`"),
    ("c", "C API from C++: `jx_package_from_json` → `jx_evaluate` → `jx_result_form` (total) → frees"),
    ("cpp_read", "stage: `read_package_json` alone"),
    ("c_read", "stage: `jx_package_from_json` + `jx_package_free`"),
    ("c_read_eval", "stage: `jx_package_from_json` → `jx_evaluate` → frees (no form read)"),
]
#: The Python mode the target is judged on, and the ones judged beside it for information.
TARGET_MODE = "evaluate_json"
ALSO_JUDGED = ("evaluate_many", "evaluate_many_bytes", "evaluate_json_bytes", "binding", "binding_bytes")
PY_ROWS = [
    ("evaluate_json", "**target** — Python binding: `jixiao.evaluate_json(str, policy)` (one call reads and scores) → `f.total for f in result.forms` → `close()`"),
    ("evaluate_json_bytes", "Python binding, `evaluate_json` on UTF-8 `bytes`"),
    ("evaluate_json_rows", "Python binding, `evaluate_json_bytes`, and every row of every form read (`row.counted_score for row in f.indicators`)"),
    ("evaluate_many", "Python binding, the batch call: `for result in jixiao.evaluate_many(strs, policy)` (8 packages per library call) → `f.total for f in result.forms` → `close()`"),
    ("evaluate_many_bytes", "Python binding, `evaluate_many` on UTF-8 `bytes`"),
    ("binding", "Python binding: `Package.from_json(str)` → `pkg.evaluate(policy)` → `f.total for f in result.forms` → `close()` ×2"),
    ("binding_bytes", "Python binding, the same on UTF-8 `bytes`"),
    ("ctypes_totals", "Python, the C calls straight through ctypes (total only, no binding objects)"),
    ("binding_forms_only", "Python binding without `.forms` (`result.form_count()` only)"),
    ("ctypes_batch", "Python, `evaluate_many_bytes`'s C calls straight through ctypes (8 texts per call, totals in one more, no binding objects)"),
    ("c_loop", "the `c` loop in C (bench/c_loop.c), called once from the Python process: the library there, with no Python between packages"),
]
#: The C# side (bench/csharp_batch.cs under Mono; no target in the issue, for information).
CS_ROWS = [
    ("evaluate_json", "C# binding: `Package.EvaluateJson(string, policy)` (UTF-16) → `Forms` → `Total` → `Dispose()`"),
    ("evaluate_json_bytes", "C# binding, `EvaluateJson` on the UTF-8 `byte[]` (as `File.ReadAllBytes` gives it)"),
    ("evaluate_json_rows", "C# binding, `evaluate_json`, and every row of every form read (`row.CountedScore`)"),
    ("package", "C# binding: `Package.FromJson(string)` → `Evaluate(policy)` → `Forms` → `Total` → `Dispose()` ×2"),
]


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def compiler(build: str) -> str:
    """The C++ compiler and Release flags of the build tree, from its CMake cache."""
    info = {}
    try:
        with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
            for line in f:
                for key in ("CMAKE_CXX_COMPILER:", "CMAKE_BUILD_TYPE:", "CMAKE_CXX_FLAGS_RELEASE:"):
                    if line.startswith(key):
                        info[key.rstrip(":")] = line.split("=", 1)[1].strip()
    except OSError:
        return "?"
    version = ""
    files = os.path.join(build, "CMakeFiles")
    try:
        for d in sorted(os.listdir(files)):
            p = os.path.join(files, d, "CMakeCXXCompiler.cmake")
            if os.path.isfile(p):
                with open(p, encoding="utf-8") as f:
                    for line in f:
                        if line.startswith('set(CMAKE_CXX_COMPILER_ID "'):
                            version = line.split('"')[1] + " " + version
                        elif line.startswith('set(CMAKE_CXX_COMPILER_VERSION "'):
                            version += line.split('"')[1]
    except OSError:
        pass
    return (f"{os.path.basename(info.get('CMAKE_CXX_COMPILER', '?'))} ({version.strip() or '?'}), {info.get('CMAKE_BUILD_TYPE', '?')} "
            f"`{info.get('CMAKE_CXX_FLAGS_RELEASE', '')}`")


def med(v: list[float]) -> float | None:
    return statistics.median(v) if v else None


def spread(v: list[float]) -> str:
    """(max − min) ÷ median, the noise of the passes."""
    if len(v) < 2:
        return "—"
    m = statistics.median(v)
    return f"{(max(v) - min(v)) / m * 100:.0f}%" if m else "—"


def fmt_ratio(r: float | None) -> str:
    return "—" if r is None else f"{r:.2f}×"


def fmt_paired(r: tuple[float, float, float] | None) -> str:
    return "—" if r is None else f"{fmt_ratio(r[0])} [{r[1]:.2f}–{r[2]:.2f}]"


def fmt_ns(ns: float | None) -> str:
    if ns is None:
        return "—"
    return f"{ns:.2f}" if ns < 10 else f"{ns:.1f}" if ns < 100 else f"{ns:.0f}"


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("**PASS**" if ok else "**FAIL**")


def loadavg() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def merge_passes(into: dict, report: dict, key: str) -> dict:
    """A report of one round with the passes of the earlier rounds before its own, side by side."""
    if not into:
        return report
    for name, v in report[key].items():
        into[key][name]["wall"] += v["wall"]
        into[key][name]["cpu"] += v["cpu"]
    return into


def paired_ratio(side: dict, cpp: dict, mode: str) -> tuple[float, float, float]:
    """The median, lowest and highest over the rounds of (the Python or C# pass of `mode` ÷ the C++
    API pass of the same round), wall time."""
    ratios = [p / c for p, c in zip(side["modes"][mode]["wall"], cpp["variants"]["cpp"]["wall"])]
    return statistics.median(ratios), min(ratios), max(ratios)


def build_csharp(tmp: str) -> list[str]:
    """The C# side's command (mono and JixiaoBatchBench.exe, built into tmp from bindings/csharp/src
    and bench/csharp_batch.cs with mcs), or [] when mcs or mono is missing."""
    mcs, mono = shutil.which("mcs"), shutil.which("mono")
    if not (mcs and mono):
        print(f"{TOOL}: no mcs or mono on the PATH: the C# side is skipped", file=sys.stderr)
        return []
    flags = ["-nologo", "-langversion:7.2", "-optimize+", "-unsafe"]
    sources = sorted(glob.glob(os.path.join(ROOT, "bindings", "csharp", "src", "*.cs")))
    dll, exe = os.path.join(tmp, "Jixiao.dll"), os.path.join(tmp, "JixiaoBatchBench.exe")
    run([mcs] + flags + ["-target:library", f"-out:{dll}"] + sources, TOOL)
    run([mcs] + flags + [f"-r:{dll}", f"-out:{exe}", os.path.join(ROOT, "bench", "csharp_batch.cs")], TOOL)
    return [mono, exe]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build-bench"), help="the build tree (default build-bench)")
    ap.add_argument("--repetitions", type=int, default=3, help="repetitions / timed passes (the median counts)")
    ap.add_argument("--min-time", default="0.2", help="--benchmark_min_time of the decimal benchmarks")
    ap.add_argument("--batch-file", default="", help="keep the batch at this path (reused when it exists)")
    ap.add_argument("--python", default=sys.executable, help="the Python that runs bench/python_batch.py")
    ap.add_argument("--modes", default=",".join(k for k, _ in PY_ROWS), help="python_batch.py modes")
    ap.add_argument("--library", default="", help="another libjixiao_c.so.1 to run both sides on")
    ap.add_argument("--binding", default="", help="the directory holding the jixiao package (default bindings/python)")
    ap.add_argument("--no-decimal", action="store_true", help="skip the decimal benchmarks")
    ap.add_argument("--no-batch", action="store_true", help="skip the batch")
    ap.add_argument("--no-csharp", action="store_true",
                    help="skip the C# side (run by default when mcs and mono are on the PATH)")
    ap.add_argument("--packages", type=int, default=0,
                    help="generate a batch of N packages instead of 10,000 (a check of the harness, not a measurement)")
    args = ap.parse_args()

    binary = os.path.join(args.build, "bench", "jixiao-capi-bench")
    library = os.path.abspath(args.library) if args.library else os.path.join(args.build, "capi", "libjixiao_c.so.1")
    binding = os.path.abspath(args.binding) if args.binding else os.path.join(ROOT, "bindings", "python")
    bin_env = dict(os.environ)
    if args.library:
        bin_env["LD_LIBRARY_PATH"] = os.path.dirname(library) + (
            os.pathsep + bin_env["LD_LIBRARY_PATH"] if bin_env.get("LD_LIBRARY_PATH") else "")
    script = os.path.join(ROOT, "bench", "python_batch.py")
    c_loop = os.path.join(args.build, "bench", "libjixiao-bench-c-loop.so")
    needed = [binary, library] + ([c_loop] if "c_loop" in args.modes.split(",") and not args.no_batch else [])
    for path in needed:
        if not os.path.exists(path):
            print(f"bench-bindings: {path} is missing; build it first: cmake --build {args.build} -j2 --target "
                  "jixiao_c jixiao-capi-bench jixiao-bench-c-loop", file=sys.stderr)
            return 2
    reps = max(args.repetitions, 1)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = loadavg()

    # ---- 1. decimals ---------------------------------------------------------------------------
    dec_ns: dict[str, float] = {}
    dec_errors: dict[str, str] = {}
    dec_check = ""
    if not args.no_decimal:
        out, err = run([binary, "--benchmark_filter=^BM_capi/decimal_", "--benchmark_format=json",
                        f"--benchmark_repetitions={reps}", "--benchmark_report_aggregates_only=true",
                        f"--benchmark_min_time={args.min_time}"], TOOL, env=bin_env)
        dec_ns, _, dec_errors = medians(load_json(out, err, TOOL, "decimal"), "BM_capi/")
        dec_check = next((l for l in err.splitlines() if l.startswith("check:")), "")

    # ---- 2. the batch -------------------------------------------------------------------------
    cpp: dict = {}
    py: dict = {}
    cs: dict = {}
    batch_line = ""
    if not args.no_batch:
        with tempfile.TemporaryDirectory(prefix="jixiao-bindings-") as tmp:
            csharp = [] if args.no_csharp else build_csharp(tmp)
            cs_env = dict(os.environ)
            # mono resolves [DllImport("jixiao_c")] to libjixiao_c.so through LD_LIBRARY_PATH.
            cs_env["LD_LIBRARY_PATH"] = os.path.dirname(library) + (
                os.pathsep + cs_env["LD_LIBRARY_PATH"] if cs_env.get("LD_LIBRARY_PATH") else "")
            batch = args.batch_file or os.path.join(tmp, "batch.jsonseq")
            if not (args.batch_file and os.path.isfile(batch)):
                size = [f"--jixiao_batch={args.packages}"] if args.packages > 0 else []
                _, err = run([binary, f"--jixiao_write_batch={batch}"] + size, TOOL, env=bin_env)
                batch_line = next((l for l in err.splitlines() if l.startswith("batch:")), "")
            env = dict(os.environ)
            env["JIXIAO_LIBRARY"] = library
            env["JIXIAO_BENCH_C_LOOP"] = c_loop
            env["PYTHONPATH"] = binding + (
                os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
            # Rounds: one C++ process and one Python process each, one timed pass each after their
            # warm-up, so that each Python pass is compared with a C++ pass of the same minute (the
            # machine's speed drifts by more than the margins judged here).
            for _ in range(reps):
                out, err = run([binary, "--jixiao_batch_timing", f"--jixiao_batch_file={batch}",
                                "--jixiao_repetitions=1", "--jixiao_json"], TOOL, env=bin_env)
                cpp = merge_passes(cpp, load_json(out, err, TOOL, "C++ batch"), "variants")
                out, err = run([args.python, script, batch, "--repetitions=1", f"--modes={args.modes}", "--json"],
                               TOOL, env=env)
                py = merge_passes(py, load_json(out, err, TOOL, "Python batch"), "modes")
                if csharp:
                    out, err = run(csharp + [batch, "--repetitions=1", "--json"], TOOL, env=cs_env)
                    cs = merge_passes(cs, load_json(out, err, TOOL, "C# batch"), "modes")
        # The same totals everywhere, or the comparison means nothing.
        ref = cpp["variants"]["cpp"]
        # (Every side that reads the totals: the C API from C++, each Python mode but the one that
        # reads none, each C# mode.)
        checked = ([(k, v) for k, v in cpp["variants"].items() if k == "c"] +
                   [(k, v) for k, v in py["modes"].items() if k != "binding_forms_only"] +
                   [("C# " + k, v) for k, v in cs.get("modes", {}).items()])
        for name, v in checked:
            if (v["total_sum"], v["forms"]) != (ref["total_sum"], ref["forms"]):
                print(f"bench-bindings: {name} read totals summing to {v['total_sum']} over {v['forms']} forms; "
                      f"C++ {ref['total_sum']} over {ref['forms']}", file=sys.stderr)
                return 1
        if any((side["documents"], side["bytes"]) != (cpp["documents"], cpp["bytes"]) for side in (py, cs) if side):
            print("bench-bindings: the two sides read different batches", file=sys.stderr)
            return 1

    # ---- the report ---------------------------------------------------------------------------
    print("# jixiao C API, Python and C# bindings benchmark")
    print()
    print(f"- date: {started:%Y-%m-%d %H:%M} UTC; host: {platform.node()}; {cpu_model()}, {os.cpu_count()} CPUs; "
          f"{platform.system()} {platform.release()}")
    print(f"- build: `{args.build}` ({compiler(args.build)}); library `{library}`"
          + (f"; binding `{binding}`" if args.binding else ""))
    if cpp:
        print(f"- jixiao-capi-bench loaded `{cpp.get('library', '?')}`")
    if py:
        print(f"- Python {py.get('python', '?')} ({py.get('implementation', '?')}), `{args.python}`, "
              f"loaded `{py.get('library', '?')}`")
    print(f"- load average before: {load_before}; after: {loadavg()}; repetitions / rounds: {reps} (the median is used)")
    if dec_check:
        print(f"- {dec_check}")
    if batch_line:
        print(f"- {batch_line}")
    print()

    dec_ok = None
    dec_ratio = None
    if dec_ns or dec_errors:
        base = dec_ns.get("decimal_add_cpp")
        print("## 1. One decimal addition")
        print()
        print(f"4096 pairs of 2-decimal amounts per iteration; ns per addition = 10⁹ ÷ items_per_second (CPU time), "
              f"median of {reps}; `--benchmark_min_time={args.min_time}`.")
        print()
        print("| benchmark | what | ns per add | ÷ C++ add |")
        print("|---|---|---:|---:|")
        for key, what in DECIMAL_ROWS:
            if key in dec_errors:
                print(f"| `BM_capi/{key}` | {what} | error: {dec_errors[key]} | — |")
                continue
            ns = dec_ns.get(key)
            r = ns / base if ns is not None and base else None
            print(f"| `BM_capi/{key}` | {what} | {fmt_ns(ns)} | {fmt_ratio(r)} |")
        if base and dec_ns.get("decimal_add_c"):
            dec_ratio = dec_ns["decimal_add_c"] / base
            dec_ok = dec_ratio <= MAX_DECIMAL_RATIO
        print()

    py_ok = None
    py_ratio = None
    if cpp and py:
        n = cpp["documents"]
        base_w = med(cpp["variants"]["cpp"]["wall"])
        base_c = med(cpp["variants"]["cpp"]["cpu"])
        print("## 2. The evaluation batch")
        print()
        print(f"{n:,} packages, {cpp['bytes']:,} bytes of JSON; per package: load → evaluate (national-2020, loaded "
              f"once) → read the totals → free. The whole batch per pass. {reps} round(s), each a C++ process then a "
              "Python process, each timing one pass after an untimed warm-up pass; the median over the rounds. "
              f"Sum of the totals {cpp['variants']['cpp']['total_sum']} over {cpp['variants']['cpp']['forms']:,} "
              "forms on every side that reads them.")
        print()
        print("| side | what | wall s | CPU s | µs per package (wall) | ÷ C++ (wall) | ÷ C++ (CPU) | spread of the passes (wall) |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        rows = [(k, w, cpp["variants"].get(k)) for k, w in CPP_ROWS if k in cpp["variants"]]
        rows[2:2] = [(k, w, py["modes"].get(k)) for k, w in PY_ROWS if k in py["modes"]] + [
            ("C# " + k, w, cs["modes"][k]) for k, w in CS_ROWS if k in cs.get("modes", {})]
        for key, what, v in rows:
            w, c = med(v["wall"]), med(v["cpu"])
            print(f"| `{key}` | {what} | {w:.3f} | {c:.3f} | {w * 1e6 / n:.1f} | {fmt_ratio(w / base_w)} | "
                  f"{fmt_ratio(c / base_c)} | {spread(v['wall'])} |")
        print()
        if TARGET_MODE in py["modes"]:
            py_ratio = paired_ratio(py, cpp, TARGET_MODE)
            py_ok = py_ratio[0] <= MAX_PYTHON_RATIO
        v = cpp["variants"]
        if all(k in v for k in ("cpp", "c", "cpp_read", "c_read", "c_read_eval")):
            us = lambda k: med(v[k]["wall"]) * 1e6 / n  # noqa: E731
            print(f"C layer, µs per package (wall): `jx_package_from_json` − `read_package_json` "
                  f"{us('c_read') - us('cpp_read'):+.1f}; reading the forms through `jx_result_form` "
                  f"(`c` − `c_read_eval`) {us('c') - us('c_read_eval'):+.1f}; C API ÷ C++ API "
                  f"{fmt_ratio(us('c') / us('cpp'))}.")
            print()
        if all(k in py["modes"] for k in ("c_loop", "ctypes_batch", "evaluate_many_bytes", "evaluate_many")) and "c" in v:
            us_py = lambda k: med(py["modes"][k]["wall"]) * 1e6 / n  # noqa: E731
            us_c = med(v["c"]["wall"]) * 1e6 / n
            print(f"Where the batch's extra time goes, µs per package (wall, medians): the library in the Python "
                  f"process (`c_loop` − `c`) {us_py('c_loop') - us_c:+.1f}; the batch's C calls through ctypes, "
                  f"with Python between them (`ctypes_batch` − `c_loop`) {us_py('ctypes_batch') - us_py('c_loop'):+.1f}; "
                  f"the binding's objects (`evaluate_many_bytes` − `ctypes_batch`) "
                  f"{us_py('evaluate_many_bytes') - us_py('ctypes_batch'):+.1f}; a `str` instead of its bytes "
                  f"(`evaluate_many` − `evaluate_many_bytes`) {us_py('evaluate_many') - us_py('evaluate_many_bytes'):+.1f}.")
            print()

    print("## Targets")
    print()
    print("| target | measured | limit | result |")
    print("|---|---:|---:|---|")
    if dec_ratio is not None or not args.no_decimal:
        print(f"| a decimal add through the C API ÷ the C++ call | {fmt_ratio(dec_ratio)} | "
              f"≤ {MAX_DECIMAL_RATIO:g}× | {verdict(dec_ok)} |")
    if py_ratio is not None or not args.no_batch:
        print(f"| the batch from Python through the binding ÷ through the C++ API (wall, each Python pass ÷ the C++ "
              f"pass of its round, median [lowest–highest]; `{TARGET_MODE}`, str) | {fmt_paired(py_ratio)} | "
              f"≤ {MAX_PYTHON_RATIO:g}× | {verdict(py_ok)} |")
        for mode in ALSO_JUDGED:
            if py and cpp and mode in py["modes"]:
                r = paired_ratio(py, cpp, mode)
                print(f"| the same, `{mode}` (for information) | {fmt_paired(r)} | ≤ {MAX_PYTHON_RATIO:g}× | "
                      f"{verdict(r[0] <= MAX_PYTHON_RATIO)} |")
        for mode, _ in CS_ROWS:
            if cs and cpp and mode in cs["modes"]:
                r = paired_ratio(cs, cpp, mode)
                print(f"| the batch from C# (Mono) ÷ the C++ API, `{mode}` (no target in the issue; beside "
                      f"Python's for information) | {fmt_paired(r)} | — | — |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
