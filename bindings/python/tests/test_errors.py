"""Errors become the right exception classes, with the code, both messages and the location."""

from __future__ import annotations

import decimal
import json
import os
import pickle
import tempfile
import unittest

import _support
import jixiao
from jixiao import _native


class ErrorMappingTest(unittest.TestCase):
    def test_bad_json_has_line_and_column(self) -> None:
        text = '{\n  "format": "jixiao-package",\n  "version": 1,\n}\n'
        with self.assertRaises(jixiao.InvalidJsonError) as cm:
            jixiao.load_package(text)
        e = cm.exception
        self.assertIsInstance(e, jixiao.JixiaoError)
        self.assertIsInstance(e, ValueError)
        self.assertEqual(e.code, 6)
        self.assertEqual(e.code_name, "invalid_json")
        self.assertEqual(e.line, 4)
        self.assertEqual(e.column, 1)
        self.assertIn("trailing comma", e.message_en)
        self.assertTrue(e.message_zh)
        self.assertEqual(str(e), e.message_zh)
        self.assertIn("invalid_json", repr(e))

    def test_bad_amount_has_json_path(self) -> None:
        data = json.loads(_support.example_text())
        data["projects"][0]["funds"]["total"]["executed"] = "12.3.4"
        text = json.dumps(data, ensure_ascii=False, indent=2)
        with self.assertRaises(jixiao.InvalidPackageError) as cm:
            jixiao.load_package(text)
        e = cm.exception
        self.assertEqual(e.code, 7)
        self.assertEqual(e.code_name, "invalid_package")
        self.assertEqual(e.path, "$.projects[0].funds.total.executed")
        self.assertIn("12.3.4", e.message_en)
        self.assertIn("12.3.4", e.message_zh)
        # The line and column are those of the value in the text.
        lines = text.splitlines()
        self.assertIsNotNone(e.line)
        assert e.line is not None and e.column is not None
        self.assertIn('"12.3.4"', lines[e.line - 1])
        self.assertEqual(lines[e.line - 1].find('"12.3.4"') + 1, e.column)

    def test_wrong_format(self) -> None:
        with self.assertRaises(jixiao.InvalidPackageError):
            jixiao.load_package({"format": "jixiao-policy", "version": 1})
        with self.assertRaises(jixiao.InvalidPackageError):
            jixiao.load_package({"format": "jixiao-package", "version": 2})

    def test_unknown_policy(self) -> None:
        with self.assertRaises(jixiao.UnknownPolicyError) as cm:
            jixiao.Policy.builtin("national-2099")
        self.assertEqual(cm.exception.code, 9)
        self.assertIsInstance(cm.exception, LookupError)
        with jixiao.load_package(_support.EXAMPLE) as pkg:
            with self.assertRaises(jixiao.UnknownPolicyError):
                pkg.evaluate("national-2099")
            with self.assertRaises(jixiao.UnknownPolicyError):
                pkg.audit("no-such-policy")

    def test_io_error(self) -> None:
        missing = os.path.join(tempfile.gettempdir(), "jixiao-no-such-dir", "p.json")
        with self.assertRaises(jixiao.JixiaoIOError) as cm:
            jixiao.load_package(missing)
        self.assertIsInstance(cm.exception, OSError)
        self.assertEqual(cm.exception.code, 10)
        self.assertEqual(cm.exception.code_name, "io_error")
        with self.assertRaises(OSError):
            jixiao.Policy.from_file(missing)

    def test_division_by_zero(self) -> None:
        with self.assertRaises(jixiao.DivisionByZeroError) as cm:
            jixiao.decimal_calc("1", "/", "0", scale=2)
        self.assertIsInstance(cm.exception, ZeroDivisionError)
        self.assertEqual(cm.exception.code, 3)
        with self.assertRaises(jixiao.DivisionByZeroError):
            jixiao.decimal_div("1", 0)

    def test_float_rejected(self) -> None:
        for call in (
            lambda: jixiao.decimal_calc(0.1, "+", "0.2"),
            lambda: jixiao.decimal_calc("0.1", "+", 0.2),
            lambda: jixiao.decimal_add(1.5, 1),
            lambda: jixiao.parse_decimal(2.5),  # type: ignore[arg-type]
            lambda: jixiao.decimal_calc(True, "+", 1),
            lambda: jixiao.score_execution(100.0, "100"),
            lambda: jixiao.score_indicator("≥90%", "95%", 10.0),
        ):
            with self.assertRaises(TypeError):
                call()
        with jixiao.new_package("某单位", 2024) as pkg:
            pkg.set_department("某单位")
            with self.assertRaises(TypeError):
                pkg.department.set_funds("1", 1.0)

    def test_invalid_number(self) -> None:
        with self.assertRaises(jixiao.InvalidNumberError) as cm:
            jixiao.decimal_calc("1.2.3", "+", "1")
        self.assertEqual(cm.exception.code, 1)
        self.assertTrue(cm.exception.message_en)
        with self.assertRaises(jixiao.InvalidNumberError):
            jixiao.parse_decimal(decimal.Decimal("NaN"))

    def test_out_of_range_and_rounding(self) -> None:
        with self.assertRaises(jixiao.OutOfRangeError):
            jixiao.decimal_calc("9" * 38, "*", "9" * 38)
        with self.assertRaises(jixiao.RoundingNecessaryError):
            jixiao.decimal_calc("1.005", "r", scale=2, mode="unnecessary")
        with self.assertRaises(jixiao.InvalidArgumentError):
            jixiao.decimal_calc("1", "%", "2")
        with self.assertRaises(jixiao.InvalidArgumentError):
            jixiao.decimal_calc("1", "/", "3", mode="sideways")

    def test_invalid_policy(self) -> None:
        with jixiao.Policy.builtin("national-2020") as p:
            data = p.to_dict()
        data["grades"] = list(reversed(data["grades"]))
        with self.assertRaises(jixiao.InvalidPolicyError) as cm:
            jixiao.Policy.from_json(data)
        self.assertEqual(cm.exception.code, 8)
        self.assertTrue((cm.exception.path or "").startswith("$.grades"))

    def test_invalid_utf8(self) -> None:
        with self.assertRaises(jixiao.JixiaoError) as cm:
            jixiao.Package.from_json(b'{"format": "jixiao-package", "version": 1, "unit_name": "\xff"}')
        self.assertIn(type(cm.exception), (jixiao.InvalidUtf8Error, jixiao.InvalidJsonError))
        with self.assertRaises(jixiao.InvalidUtf8Error):
            jixiao.new_package("\udc80", 2024)  # a lone surrogate is not UTF-8

    def test_nul_refused(self) -> None:
        with self.assertRaises(jixiao.InvalidArgumentError):
            jixiao.new_package("a\0b", 2024)

    def test_every_code_has_a_class(self) -> None:
        L = _native.lib()
        codes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 101, 102, 103, 104]
        for code in codes:
            cls = jixiao.error_class(code)
            self.assertIsNot(cls, jixiao.JixiaoError, code)
            self.assertEqual(cls.code, code)
            self.assertEqual(cls.code_name, _native.decode(L.jx_status_name(code)), code)
        self.assertIs(jixiao.error_class(12345), jixiao.JixiaoError)
        self.assertEqual(_native.decode(L.jx_status_name(0)), "ok")
        self.assertTrue(issubclass(jixiao.JixiaoIOError, OSError))

    def test_error_pickles(self) -> None:
        try:
            jixiao.load_package("{]")
        except jixiao.InvalidJsonError as e:
            again = pickle.loads(pickle.dumps(e))
            self.assertIs(type(again), jixiao.InvalidJsonError)
            self.assertEqual((again.line, again.column, again.message_en), (e.line, e.column, e.message_en))
        else:
            self.fail("no error")

    def test_last_error_cleared(self) -> None:
        with self.assertRaises(jixiao.JixiaoError):
            jixiao.decimal_calc("x", "+", "1")
        self.assertEqual(_native.lib().jx_last_error_code(), 0)


if __name__ == "__main__":
    unittest.main()
