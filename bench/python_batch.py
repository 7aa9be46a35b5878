#!/usr/bin/env python3
"""The evaluation batch through the Python binding (issue #5): for each package JSON text of the
batch, load → evaluate under national-2020 (one Policy object, loaded once) → read the forms'
totals → free, timed with time.perf_counter (and time.process_time) over the whole batch.

    JIXIAO_LIBRARY=build-bench/capi/libjixiao_c.so.1 \\
        python3 bench/python_batch.py BATCH_FILE [--repetitions N] [--modes a,b,…] [--json]

BATCH_FILE is written once by ``jixiao-capi-bench --jixiao_write_batch=BATCH_FILE``: an RFC 7464
JSON text sequence (each document preceded by the byte 0x1E). The documents are read and decoded
before anything is timed. One untimed warm-up pass per mode, then N timed passes (default 3), the
modes interleaved; the median is what counts. The sum of every total and the number of forms are
printed so that they can be compared with the C++ run (jixiao-capi-bench --jixiao_batch_timing).

Modes:

- ``evaluate_json`` (the target): ``jixiao.evaluate_json(text, policy)`` on the ``str`` (one
  library call reads and scores, no Package object) → ``f.total`` for ``f in result.forms`` →
  ``result.close()``;
- ``evaluate_json_bytes``: the same with the UTF-8 ``bytes``;
- ``evaluate_json_rows``: ``evaluate_json_bytes``, and every row of every form read
  (``row.counted_score`` for ``row in f.indicators``), which the C++ side has in hand (informative);
- ``evaluate_many``: ``jixiao.evaluate_many(texts, policy)`` on the ``str``s (the batch API: 8
  packages per library call, their forms' totals read in one more) → ``f.total`` for ``f in
  result.forms`` → ``result.close()``;
- ``evaluate_many_bytes``: the same with the UTF-8 ``bytes``;
- ``binding``: ``jixiao.Package.from_json(text)`` on the ``str`` → ``pkg.evaluate(policy)`` →
  ``f.total`` for ``f in result.forms`` → ``result.close()``, ``pkg.close()`` (the target until
  evaluate_json existed);
- ``binding_bytes``: the same with the UTF-8 ``bytes`` (informative);
- ``ctypes_totals``: the same C calls made directly through ctypes (``jx_package_from_json``,
  ``jx_evaluate``, ``jx_result_form_count``, ``jx_result_form`` for the total only, the two frees),
  without the binding's objects: what the C layer plus ctypes cost (informative);
- ``binding_forms_only``: ``binding`` without reading the totals (``form_count()`` only), to
  separate the cost of ``.forms`` (informative);
- ``ctypes_batch``: the C calls of ``evaluate_many_bytes`` made directly through ctypes
  (``jx_evaluate_json_batch`` on 8 texts, ``jx_results_forms`` for their totals, ``jx_result_free``
  each), without the binding's objects: what the batch path costs before the binding's own work
  (informative);
- ``c_loop``: the whole batch in one call of ``jixiao_bench_c_loop`` (bench/c_loop.c, the path in
  ``JIXIAO_BENCH_C_LOOP``), which makes jixiao-capi-bench's ``c`` calls from C: the library's cost
  inside this process with no Python between packages (informative).

Finds the binding in bindings/python beside this file's directory when ``import jixiao`` fails.
Python standard library only (besides the binding).
"""
from __future__ import annotations

import argparse
import ctypes
import decimal
import gc
import json
import os
import platform
import statistics
import sys
import time
from typing import Callable, Dict, List, Tuple

try:
    import jixiao
except ImportError:  # run from a checkout: use the binding in the source tree
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bindings", "python"))
    import jixiao

from jixiao import _native

RS = b"\x1e"  # RFC 7464 record separator


def read_batch(path: str) -> List[bytes]:
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(RS):
        raise SystemExit(f"python_batch: {path} is not a JSON text sequence (no 0x1E first)")
    return data.split(RS)[1:]


Tally = Tuple[decimal.Decimal, int]  # (sum of every form's total, number of forms)


def run_binding(docs: List, policy: "jixiao.Policy") -> Tally:
    total, forms = decimal.Decimal(0), 0
    for text in docs:
        pkg = jixiao.Package.from_json(text)
        result = pkg.evaluate(policy)
        for form in result.forms:
            total += form.total
            forms += 1
        result.close()
        pkg.close()
    return total, forms


def run_evaluate_json(docs: List, policy: "jixiao.Policy", read_rows: bool = False) -> Tally:
    total, forms = decimal.Decimal(0), 0
    for text in docs:
        result = jixiao.evaluate_json(text, policy)
        for form in result.forms:
            total += form.total
            forms += 1
            if read_rows:
                for row in form.indicators:
                    row.counted_score
        result.close()
    return total, forms


def run_evaluate_json_rows(docs: List, policy: "jixiao.Policy") -> Tally:
    return run_evaluate_json(docs, policy, read_rows=True)


def run_evaluate_many(docs: List, policy: "jixiao.Policy") -> Tally:
    total, forms = decimal.Decimal(0), 0
    for result in jixiao.evaluate_many(docs, policy):
        for form in result.forms:
            total += form.total
            forms += 1
        result.close()
    return total, forms


def run_binding_forms_only(docs: List, policy: "jixiao.Policy") -> Tally:
    forms = 0
    for text in docs:
        pkg = jixiao.Package.from_json(text)
        result = pkg.evaluate(policy)
        forms += result.form_count()
        result.close()
        pkg.close()
    return decimal.Decimal(0), forms


def run_ctypes_totals(docs: List, policy: "jixiao.Policy") -> Tally:
    L = _native.lib()
    from_json, evaluate, form_count, form = L.jx_package_from_json, L.jx_evaluate, L.jx_result_form_count, L.jx_result_form
    result_free, package_free = L.jx_result_free, L.jx_package_free
    pol = policy._handle()
    pkg, res, count = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_size_t()
    info = _native.jx_form_info()
    info_size = ctypes.sizeof(info)
    p_pkg, p_res, p_count, p_info = ctypes.byref(pkg), ctypes.byref(res), ctypes.byref(count), ctypes.byref(info)
    total, forms = decimal.Decimal(0), 0
    for data in docs:
        if from_json(data, len(data), p_pkg) != 0:
            _native.raise_last_error(1)
        if evaluate(pkg, pol, p_res) != 0:
            _native.raise_last_error(1)
        form_count(res, p_count)
        for i in range(count.value):
            info.struct_size = info_size
            if form(res, i, p_info) != 0:
                _native.raise_last_error(1)
            total += decimal.Decimal(info.total.decode("ascii"))
            forms += 1
        result_free(res)
        package_free(pkg)
    return total, forms


def run_ctypes_batch(docs: List, policy: "jixiao.Policy") -> Tally:
    L = _native.lib()
    evaluate, forms_of, result_free = L.jx_evaluate_json_batch, L.jx_results_forms_words, L.jx_result_free
    pol = policy._handle()
    size, words_per_form, room = 8, 13, 4  # 8 texts per call, room for 4 forms each (jixiao/results.py)
    info_size = ctypes.sizeof(_native.jx_form_info)
    done, filled = ctypes.c_size_t(), ctypes.c_size_t()
    total, forms = decimal.Decimal(0), 0
    for start in range(0, len(docs), size):
        chunk = docs[start:start + size]
        n = len(chunk)
        results = (_native.jx_result_p * n)()
        status = evaluate((ctypes.c_char_p * n)(*chunk), (ctypes.c_size_t * n)(*map(len, chunk)), n, pol, results, done)
        if status:
            _native.raise_last_error(status)
        words = (ctypes.c_char_p * (words_per_form * room * n))(info_size)
        counts = (ctypes.c_size_t * n)()
        status = forms_of(results, n, words, room * n, counts, filled)
        if status or filled.value != n:
            _native.raise_last_error(status or 1)
        for at in range(sum(counts)):
            total += decimal.Decimal(words[at * words_per_form + 4].decode("ascii"))
            forms += 1
        for result in results:
            result_free(result)
    return total, forms


def run_c_loop(docs: List, policy: "jixiao.Policy") -> Tally:
    path = os.environ.get("JIXIAO_BENCH_C_LOOP", "")
    if not path:
        raise SystemExit("python_batch: mode c_loop needs JIXIAO_BENCH_C_LOOP=path of libjixiao-bench-c-loop.so")
    loop = ctypes.CDLL(path).jixiao_bench_c_loop
    loop.restype = ctypes.c_size_t
    loop.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t), ctypes.c_size_t,
                     ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]
    n = len(docs)
    texts, lengths = (ctypes.c_char_p * n)(*docs), (ctypes.c_size_t * n)(*map(len, docs))
    text, forms = ctypes.create_string_buffer(64), ctypes.c_size_t()
    failed = loop(texts, lengths, n, policy._handle(), text, len(text), ctypes.byref(forms))
    if failed:
        raise SystemExit(f"python_batch: c_loop failed at text {failed - 1}: {_native.last_error(1)}")
    return decimal.Decimal(text.value.decode("ascii")), forms.value


MODES: Dict[str, Tuple[Callable[[List, "jixiao.Policy"], Tally], str, str]] = {
    # name: (function, input type, what)
    "evaluate_json": (run_evaluate_json, "str",
                      "jixiao.evaluate_json(str, policy) → f.total for f in result.forms → close()"),
    "evaluate_json_bytes": (run_evaluate_json, "bytes", "the same with UTF-8 bytes"),
    "evaluate_json_rows": (run_evaluate_json_rows, "bytes",
                           "evaluate_json_bytes, and every row of every form read (row.counted_score)"),
    "evaluate_many": (run_evaluate_many, "str",
                      "for result in jixiao.evaluate_many(strs, policy) → f.total for f in result.forms → close()"),
    "evaluate_many_bytes": (run_evaluate_many, "bytes", "the same with UTF-8 bytes"),
    "binding": (run_binding, "str",
                "Package.from_json(str) → pkg.evaluate(policy) → f.total for f in result.forms → close()"),
    "binding_bytes": (run_binding, "bytes", "the same with UTF-8 bytes"),
    "ctypes_totals": (run_ctypes_totals, "bytes",
                      "jx_package_from_json → jx_evaluate → jx_result_form (total) → frees, straight through ctypes"),
    "binding_forms_only": (run_binding_forms_only, "str",
                           "binding without .forms (result.form_count() only)"),
    "ctypes_batch": (run_ctypes_batch, "bytes",
                     "jx_evaluate_json_batch (8 texts) → jx_results_forms (totals) → jx_result_free, straight through ctypes"),
    "c_loop": (run_c_loop, "bytes", "jixiao-capi-bench's c loop, called once from Python (bench/c_loop.c)"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch", help="the batch file (jixiao-capi-bench --jixiao_write_batch=FILE)")
    ap.add_argument("--repetitions", type=int, default=3, help="timed passes per mode (the median counts)")
    ap.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of: {', '.join(MODES)}")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N documents")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()

    modes = [m for m in args.modes.split(",") if m]
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        ap.error(f"unknown mode(s): {', '.join(unknown)}")
    raw = read_batch(args.batch)
    if args.limit:
        raw = raw[: args.limit]
    inputs = {"bytes": raw, "str": [d.decode("utf-8") for d in raw]}
    policy = jixiao.Policy.builtin("national-2020")  # loaded once, as in the C++ run
    print(f"python_batch: {len(raw)} documents, {sum(map(len, raw))} bytes; Python {platform.python_version()}; "
          f"library {jixiao.library_version()} from {jixiao.library_path()}", file=sys.stderr)

    wall: Dict[str, List[float]] = {m: [] for m in modes}
    cpu: Dict[str, List[float]] = {m: [] for m in modes}
    tallies: Dict[str, Tally] = {}
    for rep in range(-1, max(args.repetitions, 1)):  # -1: the untimed warm-up
        for m in modes:
            fn, kind, _ = MODES[m]
            docs = inputs[kind]
            gc.collect()
            c0, w0 = time.process_time(), time.perf_counter()
            tally = fn(docs, policy)
            w1, c1 = time.perf_counter(), time.process_time()
            if rep < 0:
                tallies[m] = tally
                continue
            wall[m].append(w1 - w0)
            cpu[m].append(c1 - c0)
            print(f"python_batch: pass {rep + 1} {m}: {w1 - w0:.3f} s wall, {c1 - c0:.3f} s CPU", file=sys.stderr)
    policy.close()

    report = {
        "documents": len(raw),
        "bytes": sum(map(len, raw)),
        "repetitions": max(args.repetitions, 1),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "library": jixiao.library_path(),
        "modes": {
            m: {"what": MODES[m][2], "input": MODES[m][1], "wall": wall[m], "cpu": cpu[m],
                "total_sum": str(tallies[m][0]), "forms": tallies[m][1]}
            for m in modes
        },
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        n = len(raw)
        print(f"{n} documents; medians of {report['repetitions']} passes")
        for m in modes:
            w, c = statistics.median(wall[m]), statistics.median(cpu[m])
            print(f"  {m:<20} wall {w:8.3f} s  cpu {c:8.3f} s  = {w * 1e6 / n:8.1f} µs per package  "
                  f"(sum of totals {tallies[m][0]}, {tallies[m][1]} forms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
