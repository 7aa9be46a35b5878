"""EvaluationResult.forms copies the forms' own fields; each form's rows (and its explanations) on
first access. The promise that values read stay valid after close() holds for the rows too: the
native result is freed when the last form that still needs it has copied its rows or is gone."""

from __future__ import annotations

import copy
import ctypes
import dataclasses
import gc
import pickle
import threading
import unittest
from decimal import Decimal
from typing import Callable, List

import _support
import jixiao


class FreeCounter:
    """Counts jx_result_free calls (EvaluationResult._free, the class's free function)."""

    def __init__(self) -> None:
        self.freed: List[int] = []

    def __enter__(self) -> "FreeCounter":
        if jixiao.EvaluationResult._free is None:
            jixiao.EvaluationResult._set_free()
        self.real = jixiao.EvaluationResult._free
        assert self.real is not None
        real = self.real

        def free(ptr: int) -> None:
            self.freed.append(ptr)
            real(ptr)

        jixiao.EvaluationResult._free = staticmethod(free)  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        jixiao.EvaluationResult._free = self.real  # type: ignore[assignment]


def rows_of(form: jixiao.FormResult) -> List[tuple]:
    return [dataclasses.astuple(row) for row in form.indicators]


class LazyRowsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.text = _support.EXAMPLE.read_bytes()
        cls.pkg = jixiao.load_package(cls.text)
        with cls.pkg.evaluate() as result:
            # The reference: every form read in full while the result is open.
            cls.expected = [(dataclasses.astuple(f), rows_of(f)) for f in result.forms]

    @classmethod
    def tearDownClass(cls) -> None:
        cls.pkg.close()

    def full(self, forms: List[jixiao.FormResult]) -> List[tuple]:
        return [(dataclasses.astuple(f), rows_of(f)) for f in forms]

    def test_rows_after_close(self) -> None:
        result = self.pkg.evaluate()
        forms = result.forms
        result.close()
        self.assertTrue(result.closed)
        with self.assertRaises(ValueError):
            result.to_json()
        self.assertEqual(self.full(forms), self.expected)  # rows copied after close()
        self.assertIs(forms[0].indicators, forms[0].indicators)  # copied once
        self.assertIsInstance(forms[0].indicators, list)
        self.assertEqual(result.forms, forms)

    def test_rows_after_the_result_is_gone(self) -> None:
        forms = self.pkg.evaluate().forms  # the result is collected at once (no close())
        gc.collect()
        self.assertEqual(self.full(forms), self.expected)

    def test_rows_from_a_with_block(self) -> None:
        with self.pkg.evaluate() as result:
            dep = result.department
            projects = result.projects
        assert dep is not None
        self.assertEqual(dep.indicators[0].name, "涉及部门数量")
        self.assertEqual([str(p.total) for p in projects], ["99.00", "98.00", "98.00"])
        for form in [dep] + projects:
            total = sum((i.counted_score for i in form.indicators), Decimal(0)) + (form.execution_score or 0)
            self.assertEqual(total, form.total)

    def test_freed_once_when_the_last_form_lets_go(self) -> None:
        with FreeCounter() as counter:
            # close() before forms were read: freed at once.
            result = self.pkg.evaluate()
            result.close()
            self.assertEqual(len(counter.freed), 1)
            # Every form's rows read before close(): freed at close().
            result = self.pkg.evaluate()
            for form in result.forms:
                form.indicators
            result.close()
            self.assertEqual(len(counter.freed), 2)
            # Rows pending at close(): freed when the last form has copied its rows.
            result = self.pkg.evaluate()
            forms = result.forms
            result.close()
            self.assertEqual(len(counter.freed), 2)
            for form in forms[:-1]:
                form.indicators
                self.assertEqual(len(counter.freed), 2)
            forms[-1].indicators
            self.assertEqual(len(counter.freed), 3)
            # ... or when the forms are dropped unread.
            result = self.pkg.evaluate()
            forms = result.forms
            result.close()
            del result
            self.assertEqual(len(counter.freed), 3)
            keep = forms[1]
            del forms
            self.assertEqual(len(counter.freed), 3)  # one form still needs the result
            self.assertEqual(rows_of(keep), self.expected[1][1])
            self.assertEqual(len(counter.freed), 4)
            # No close(): freed when the result and its forms are collected, once.
            result = self.pkg.evaluate()
            result.forms
            del result
            gc.collect()
            self.assertEqual(len(counter.freed), 5)
            result = self.pkg.evaluate()
            result.close()
            result.close()
            del result
            self.assertEqual(len(counter.freed), 6)

    def test_form_values(self) -> None:
        with self.pkg.evaluate() as result:
            forms = result.forms
        dep = forms[0]
        self.assertIsInstance(dep.explanation_zh, str)
        self.assertEqual(dep.explanation, dep.explanation_zh)
        self.assertTrue(dep.explanation_en.startswith("98.00 = "))
        self.assertEqual(dep, copy.copy(dep))
        self.assertEqual(forms[1], copy.deepcopy(forms[1]))
        self.assertEqual(forms[2], pickle.loads(pickle.dumps(forms[2])))
        self.assertEqual(dataclasses.asdict(forms[3])["indicators"][0]["name"], forms[3].indicators[0].name)
        self.assertIn("indicators=[IndicatorResult(", repr(forms[0]))
        self.assertEqual(sorted(k for k in vars(forms[0]) if not k.startswith("_")),
                         sorted(f.name for f in dataclasses.fields(jixiao.FormResult)))
        self.assertIn("indicators", dir(forms[1]))
        with self.assertRaises(AttributeError):
            forms[0].no_such_field  # type: ignore[attr-defined]
        with self.assertRaises(dataclasses.FrozenInstanceError):
            forms[0].total = Decimal(0)  # type: ignore[misc]
        changed = dataclasses.replace(forms[1], total=Decimal("1"))
        self.assertEqual(changed.indicators, forms[1].indicators)
        # A FormResult made by hand is a plain dataclass.
        made = jixiao.FormResult("project", "x", "$.projects[0]", Decimal("1"), None, "差", "poor", None, None,
                                 "", "")
        self.assertEqual(made.indicators, [])

    def test_pickled_lazy_form_is_complete(self) -> None:
        with self.pkg.evaluate() as result:
            data = pickle.dumps(result.forms[1])
        again = pickle.loads(data)
        self.assertEqual((dataclasses.astuple(again), rows_of(again)), self.expected[1])
        self.assertNotIn("_rows", vars(again))

    def test_threads_copy_once(self) -> None:
        for _ in range(20):
            with self.pkg.evaluate() as result:
                forms = result.forms
            seen: List[object] = []
            errors: List[BaseException] = []

            def read(form: jixiao.FormResult = forms[0]) -> None:
                try:
                    seen.append(form.indicators)
                    for f in forms:
                        f.indicators
                except BaseException as e:  # pragma: no cover - reported below
                    errors.append(e)

            threads = [threading.Thread(target=read) for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(errors, [])
            self.assertTrue(all(rows is seen[0] for rows in seen))
            self.assertEqual(self.full(forms), self.expected)

    def test_audit_evaluation_rows_after_audit_close(self) -> None:
        with self.pkg.audit() as audit:
            forms = audit.evaluation.forms
        self.assertEqual(self.full(forms), self.expected)

    def test_forms_of_a_closed_result(self) -> None:
        result = self.pkg.evaluate()
        result.close()
        with self.assertRaises(ValueError):
            result.forms


class WordViewsTest(unittest.TestCase):
    def test_same_layout_as_the_structs(self) -> None:
        # The binding reads jx_form_info, jx_indicator_info and jx_finding_info as arrays of
        # pointer-sized words.
        from jixiao import _native

        self.assertEqual(ctypes.sizeof(ctypes.c_size_t), ctypes.sizeof(ctypes.c_char_p))
        self.assertEqual(ctypes.sizeof(_native.jx_form_info_words), ctypes.sizeof(_native.jx_form_info))
        self.assertEqual(ctypes.sizeof(_native.jx_indicator_info_words), ctypes.sizeof(_native.jx_indicator_info))
        self.assertEqual(_native.jx_form_info.indicator_count.offset, 12 * _native.WORD)
        self.assertEqual(_native.jx_form_info.total_explanation_en.offset, 11 * _native.WORD)
        self.assertEqual(_native.jx_indicator_info.explanation_en.offset, 9 * _native.WORD)
        # jx_finding_info: word 2 holds the int severity first (read through an int view), then padding.
        self.assertEqual(ctypes.sizeof(_native.jx_finding_info_words), ctypes.sizeof(_native.jx_finding_info))
        self.assertEqual(_native.jx_finding_info.severity.offset, 2 * _native.WORD)
        self.assertEqual(_native.jx_finding_info.form.offset, 3 * _native.WORD)
        self.assertEqual(_native.jx_finding_info.found.offset, 11 * _native.WORD)


class JsonTextTest(unittest.TestCase):
    def test_str_and_bytes_read_alike(self) -> None:
        text = _support.example_text()
        with jixiao.Package.from_json(text) as a, jixiao.Package.from_json(text.encode("utf-8")) as b, \
                jixiao.Package.from_json(bytearray(text.encode("utf-8"))) as c:
            self.assertEqual(a.to_json(), b.to_json())
            self.assertEqual(a.to_json(), c.to_json())

    def test_nul_in_json_text(self) -> None:
        # The text goes with its length: a NUL is the reader's error, with where it is.
        for text in ('{"format": "jixiao-package",\0 "version": 1}', '{"unit_name": "a\0b"}'):
            for source in (text, text.encode("utf-8")):
                with self.assertRaises(jixiao.InvalidJsonError) as cm:
                    jixiao.Package.from_json(source)
                self.assertEqual(cm.exception.line, 1)
                self.assertEqual(cm.exception.column, text.index("\0") + 1)

    def test_lone_surrogate(self) -> None:
        with self.assertRaises(jixiao.InvalidUtf8Error):
            jixiao.Package.from_json('{"unit_name": "\udc80"}')
        with self.assertRaises(jixiao.InvalidUtf8Error):
            jixiao.Policy.from_json('{"id": "\udc80"}')

    def test_other_types(self) -> None:
        with self.assertRaises(TypeError):
            jixiao.Package.from_json(12)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            jixiao.Package.from_json(None)  # type: ignore[arg-type]


if __name__ == "__main__":
    unittest.main()
