"""The library itself: found, of ABI 1, and every function of jixiao.h declared."""

from __future__ import annotations

import ctypes
import os
import re
import threading
import unittest

import _support
import jixiao
from jixiao import _native


class LibraryTest(unittest.TestCase):
    def test_versions(self) -> None:
        L = _native.lib()
        self.assertEqual(L.jx_abi_version(), 1)
        self.assertEqual(jixiao.ABI_VERSION, 1)
        self.assertRegex(jixiao.library_version(), r"^\d+\.\d+\.\d+")
        n = jixiao.library_version_number()
        major, minor, patch = (int(x) for x in jixiao.library_version().split(".")[:3])
        self.assertEqual(n, major * 10000 + minor * 100 + patch)
        self.assertTrue(jixiao.library_path())

    def test_lookup_order(self) -> None:
        origins = [origin for origin, _ in _native._candidates()]
        self.assertEqual(origins[-1], "system")
        if os.environ.get("JIXIAO_LIBRARY"):
            self.assertIn("JIXIAO_LIBRARY", origins)
            if not _native.BUNDLED_LIBRARY.is_file():
                self.assertEqual(origins[0], "JIXIAO_LIBRARY")
                self.assertEqual(jixiao.library_path(), os.environ["JIXIAO_LIBRARY"])

    @unittest.skipUnless(_support.HEADER.is_file(), "jixiao.h not beside the tests")
    def test_every_header_function_declared(self) -> None:
        header = _support.HEADER.read_text(encoding="utf-8")
        declared = re.findall(r"^JX_API\s+[^;(]*?\b(jx_\w+)\s*\(", header, re.M)
        self.assertGreater(len(declared), 50)
        self.assertEqual(sorted(declared), sorted(_native.FUNCTION_NAMES))
        L = _native.lib()
        for name in declared:
            fn = getattr(L, name)
            self.assertIsNotNone(fn.argtypes, name)

    @unittest.skipUnless(_support.HEADER.is_file(), "jixiao.h not beside the tests")
    def test_struct_sizes_match_header(self) -> None:
        header = _support.HEADER.read_text(encoding="utf-8")
        for struct in ("jx_form_info", "jx_indicator_info", "jx_finding_info"):
            body = re.search(r"typedef struct %s \{(.*?)\} %s;" % (struct, struct), header, re.S)
            assert body is not None
            members = re.findall(r"^\s*[\w\s\*]+?\**\s*(\w+);", body.group(1), re.M)
            ours = [f[0] for f in getattr(_native, struct)._fields_]
            self.assertEqual(members, ours, struct)
        self.assertEqual(ctypes.sizeof(_native.jx_decimal), 24)

    def test_thread_local_errors(self) -> None:
        # An error in another thread does not reach this one.
        errors = []

        def worker() -> None:
            try:
                jixiao.decimal_calc("1", "/", "0")
            except jixiao.DivisionByZeroError as e:
                errors.append(e)

        try:
            jixiao.decimal_calc("bad", "+", "1")
        except jixiao.InvalidNumberError:
            pass
        t = threading.Thread(target=worker)
        t.start()
        t.join()
        self.assertEqual(len(errors), 1)

    def test_threads_evaluate(self) -> None:
        totals = []
        lock = threading.Lock()

        def worker() -> None:
            for _ in range(20):
                with jixiao.load_package(_support.EXAMPLE) as pkg, pkg.evaluate() as r:
                    with lock:
                        totals.append(str(r.department.total))  # type: ignore[union-attr]

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(totals, ["98.00"] * 80)


if __name__ == "__main__":
    unittest.main()
