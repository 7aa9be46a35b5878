"""No leak over 10,000 load / evaluate / audit / free cycles, measured as the process's RSS."""

from __future__ import annotations

import gc
import os
import resource
import unittest
from typing import Callable

import _support
import jixiao

CYCLES = int(os.environ.get("JIXIAO_LEAK_CYCLES", "10000"))
GC_CYCLES = max(CYCLES // 5, 1)  # the same without close(), fewer: it is the same native work
WARM_UP = 500
# Allowed growth after the warm-up: the allocator's slack, not a leak. A leak of one package per
# cycle would be tens of MB (the seed package's model and result are several KB each).
SLACK_MB = 4.0


def rss_bytes() -> int:
    """Resident set size from /proc/self/statm (second field, in pages)."""
    with open("/proc/self/statm") as f:
        resident_pages = int(f.read().split()[1])
    return resident_pages * resource.getpagesize()


def cycle(text: bytes) -> None:
    with jixiao.load_package(text) as pkg:
        with pkg.evaluate() as result:
            assert str(result.forms[0].total) == "98.00"
            result.to_json()
        # The rows of one form copied after close(), the others dropped unread: the native result is
        # freed when the last form lets go of it.
        forms = result.forms
        assert forms[1].indicators[0].counted_score is not None
        del forms, result
        with pkg.audit() as audit:
            list(audit)
            audit.evaluation.forms
        pkg.to_json()
    jixiao.decimal_calc("90", "/", "96", scale=10)
    jixiao.score_indicator("≥96%", "90%", "10", unit="%")


def cycle_many(text: bytes) -> None:
    # A batch of three read in full, then one left after its first result (the rest freed unyielded).
    for result in jixiao.evaluate_many([text, text.decode("utf-8"), text], batch_size=2):
        with result:
            assert str(result.forms[0].total) == "98.00"
    iterator = jixiao.evaluate_many([text, text, text], batch_size=3)
    next(iterator).forms[2].indicators
    iterator.close()


def cycle_gc_only(text: bytes) -> None:
    # No close(): the handles are freed by __del__ when the last reference goes.
    pkg = jixiao.load_package(text)
    result = pkg.evaluate()
    result.forms
    audit = pkg.audit()
    audit.evaluation.forms
    del audit, result, pkg


@unittest.skipIf(os.environ.get("JIXIAO_SKIP_RSS"), "RSS is not meaningful under a sanitizer")
@unittest.skipUnless(os.path.exists("/proc/self/statm"), "needs /proc/self/statm")
class LeakTest(unittest.TestCase):
    def measure(self, fn: Callable[[bytes], None], cycles: int) -> float:
        text = _support.EXAMPLE.read_bytes()
        for _ in range(WARM_UP):
            fn(text)
        gc.collect()
        before = rss_bytes()
        for _ in range(cycles):
            fn(text)
        gc.collect()
        after = rss_bytes()
        growth_mb = (after - before) / (1024 * 1024)
        print(
            f"\n  {fn.__name__}: {cycles} cycles, RSS {before / 1048576:.1f} MB -> {after / 1048576:.1f} MB "
            f"(growth {growth_mb:+.2f} MB, allowed {SLACK_MB} MB)",
            flush=True,
        )
        return growth_mb

    def test_no_leak_with_close(self) -> None:
        self.assertLess(self.measure(cycle, CYCLES), SLACK_MB)

    def test_no_leak_in_batches(self) -> None:
        self.assertLess(self.measure(cycle_many, GC_CYCLES), SLACK_MB)

    def test_no_leak_with_gc(self) -> None:
        self.assertLess(self.measure(cycle_gc_only, GC_CYCLES), SLACK_MB)


if __name__ == "__main__":
    unittest.main()
