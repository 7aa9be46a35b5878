"""jixiao.evaluate_json (one library call reads and scores) and JSON text given as a str, which goes
to the library as wchar_t (UTF-32 on Linux, UTF-16 on Windows) instead of being encoded to UTF-8
first: the same results and the same errors, with their location, as UTF-8 bytes."""

from __future__ import annotations

import gc
import json
import unittest
from decimal import Decimal
from typing import List, Tuple

import _support  # noqa: F401  (puts the binding first on sys.path)

import jixiao
from jixiao import _native


def totals(result: jixiao.EvaluationResult) -> List[Tuple[str, str, object, str]]:
    return [(f.kind, f.name, f.total, f.grade) for f in result.forms]


def totals_of_forms(forms: List[jixiao.FormResult]) -> List[Tuple[str, str, object, str]]:
    return [(f.kind, f.name, f.total, f.grade) for f in forms]


def error_of(call, *args):
    try:
        call(*args)
    except jixiao.JixiaoError as e:
        return e
    raise AssertionError(f"{call.__name__} raised nothing")


#: Text with characters of every UTF-8 length, one beyond U+FFFF (a surrogate pair in UTF-16).
WIDE_NAME = "单位 é ÷ 𠀀 😀 年度"


class EvaluateJsonTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.text = _support.example_text()
        cls.data = cls.text.encode("utf-8")
        with jixiao.Package.from_json(cls.data) as pkg, pkg.evaluate() as r:
            cls.expected = totals(r)
            cls.rows = [[(i.path, i.computed_score) for i in f.indicators] for f in r.forms]
        with jixiao.Package.from_json(cls.data) as pkg, pkg.evaluate("hubei-20-40-40") as r:
            cls.expected_hubei = totals(r)

    def test_str_bytes_bytearray_dict(self) -> None:
        for source in (self.text, self.data, bytearray(self.data), json.loads(self.text)):
            with self.subTest(type=type(source).__name__):
                with jixiao.evaluate_json(source) as r:
                    self.assertIsInstance(r, jixiao.EvaluationResult)
                    self.assertEqual(totals(r), self.expected)
                    self.assertEqual([[(i.path, i.computed_score) for i in f.indicators] for f in r.forms], self.rows)

    def test_same_totals_as_the_bytes_path(self) -> None:
        self.assertEqual([t[2] for t in self.expected], [Decimal("98.00"), Decimal("99.00"), Decimal("98.00"),
                                                          Decimal("98.00")])
        with jixiao.evaluate_json(self.text) as a, jixiao.evaluate_json(self.data) as b:
            self.assertEqual(totals(a), totals(b))
            self.assertEqual(a.to_json(), b.to_json())

    def test_policies(self) -> None:
        policy = jixiao.Policy.builtin("hubei-20-40-40")
        with jixiao.evaluate_json(self.text, policy) as r:
            self.assertEqual(totals(r), self.expected_hubei)
        self.assertFalse(policy.closed)  # a Policy passed in is the caller's
        policy.close()
        with jixiao.evaluate_json(self.data, "hubei-20-40-40") as r:  # made and freed inside
            self.assertEqual(totals(r), self.expected_hubei)
        with jixiao.evaluate_json(self.text, None) as r:  # the library's default
            self.assertEqual(totals(r), self.expected)
        with self.assertRaises(ValueError):
            jixiao.evaluate_json(self.text, policy)  # closed
        with self.assertRaises(jixiao.UnknownPolicyError):
            jixiao.evaluate_json(self.text, "no-such-policy")
        with self.assertRaises(TypeError):
            jixiao.evaluate_json(self.text, 3)  # type: ignore[arg-type]

    def test_values_outlive_the_result(self) -> None:
        # The result holds no package: its rows are still copied after close() and collection.
        r = jixiao.evaluate_json(self.text)
        forms = r.forms
        r.close()
        del r
        gc.collect()
        self.assertEqual([[(i.path, i.computed_score) for i in f.indicators] for f in forms], self.rows)
        self.assertEqual(forms[0].explanation_en[:5], "98.00")

    def test_strings_outlive_the_native_result(self) -> None:
        # The forms' strings are read from the native result while their rows hold it: copied before
        # the last rows let it go, so that they can be read after it is freed.
        r = jixiao.evaluate_json(self.data)
        forms = r.forms
        self.assertEqual([f.total for f in forms], [t[2] for t in self.expected])
        rows = [f.indicators for f in forms]  # every form's rows copied: nothing holds the result now
        r.close()
        del r
        gc.collect()
        self.assertEqual(totals_of_forms(forms), self.expected)
        self.assertEqual([[(i.path, i.computed_score) for i in f] for f in rows], self.rows)
        self.assertTrue(forms[0].explanation_zh.startswith("98.00 = "))
        # Strings first, then rows, the other way round.
        with jixiao.evaluate_json(self.text) as r:
            forms = r.forms
            self.assertEqual(forms[1].name, self.expected[1][1])
        self.assertEqual(totals_of_forms(forms), self.expected)
        self.assertEqual([[(i.path, i.computed_score) for i in f.indicators] for f in forms], self.rows)

    def test_other_types(self) -> None:
        for bad in (12, None, ["{}"]):
            with self.assertRaises(TypeError):
                jixiao.evaluate_json(bad)  # type: ignore[arg-type]


class ManyFormsTest(unittest.TestCase):
    """.forms reads every form in one jx_result_forms call with room for four, and again with room
    for all when there are more: the department and 0 to 9 projects."""

    def test_every_count(self) -> None:
        for projects in range(10):
            pkg = jixiao.new_package("单位", 2024)
            pkg.set_department("单位").set_funds("10", "10", "9", "10", "9").set_total("100", "90")
            for k in range(projects):
                (pkg.add_project(f"项目{k}😀", "单位")
                    .set_funds("10", "10", str(k + 1), weight="10", self_score="5")
                    .add_indicator("产出指标", "数量指标", "完成数", "≥10", str(k), "项", "90", "80")
                    .set_total("100", "85"))
            with self.subTest(projects=projects), pkg, pkg.evaluate() as r:
                forms = r.forms
                self.assertEqual(len(forms), projects + 1)
                self.assertEqual(r.form_count(), projects + 1)
                self.assertEqual(forms[0].kind, "department")
                self.assertEqual([f.name for f in forms[1:]], [f"项目{k}😀" for k in range(projects)])
                self.assertEqual([f.path for f in forms[1:]], [f"$.projects[{k}]" for k in range(projects)])
                for k, f in enumerate(forms[1:]):
                    self.assertEqual(len(f.indicators), 1)
                    self.assertEqual(f.indicators[0].name, "完成数")
                    self.assertEqual(f.execution_rate, f"{(k + 1) * 10:.2f}%")
                with jixiao.evaluate_json(pkg.to_json()) as again:
                    self.assertEqual(totals(again), totals(r))


class StrInputTest(unittest.TestCase):
    """A str and its UTF-8 bytes give the same package, the same errors and locations."""

    def package_text(self, name: str, extra: str = "") -> str:
        return ('{"format": "jixiao-package", "version": 1, "unit_name": ' + json.dumps(name, ensure_ascii=False)
                + ', "year": 2024' + extra + "}")

    def test_characters_of_every_length(self) -> None:
        text = self.package_text(WIDE_NAME, ', "totl": "未知"')
        with jixiao.Package.from_json(text) as a, jixiao.Package.from_json(text.encode("utf-8")) as b:
            self.assertEqual(a.to_json(), b.to_json())
            self.assertIn(WIDE_NAME, a.to_json())
            self.assertEqual(a.warnings, b.warnings)
            self.assertEqual(a.warnings[0].path, "$.totl")
        with jixiao.evaluate_json(text) as r:
            self.assertEqual(r.forms, [])

    def test_long_text_around_the_blocks(self) -> None:
        # Names of every length up to 70 characters, CJK and pairs at every place of a 16-unit block.
        for n in range(0, 70, 3):
            name = ("ab年😀" * 20)[:n] + "x"
            text = self.package_text(name)
            with self.subTest(n=n), jixiao.Package.from_json(text) as a, \
                    jixiao.Package.from_json(text.encode("utf-8")) as b:
                self.assertEqual(a.to_json(), b.to_json())

    def test_errors_match_the_bytes_path(self) -> None:
        cases = [
            '{\n  "format": "jixiao-package",\n  "version": 1,\n  "unit_name": \n}',  # malformed
            '["😀€年", 1 2]',  # the column after a character beyond U+FFFF
            self.package_text("单位😀", ', "projects": [{"project_name": "p😀", "funds": {"total": '
                              '{"executed": "12,34.5"}}}]'),  # not a package: a bad amount, its path
            '{"format": "jixiao-policy", "version": 1}',
            "",  # empty input
            "\ufeff[]",  # a byte order mark, then something that is not a package
        ]
        for text in cases:
            for call in (jixiao.Package.from_json, jixiao.evaluate_json):
                with self.subTest(text=text, call=call.__name__):
                    from_str = error_of(call, text)
                    from_bytes = error_of(call, text.encode("utf-8"))
                    self.assertIs(type(from_str), type(from_bytes))
                    self.assertNotIsInstance(from_str, jixiao.InvalidUtf8Error)
                    self.assertEqual((from_str.code, from_str.message_zh, from_str.message_en, from_str.path,
                                      from_str.line, from_str.column),
                                     (from_bytes.code, from_bytes.message_zh, from_bytes.message_en,
                                      from_bytes.path, from_bytes.line, from_bytes.column))
        e = error_of(jixiao.evaluate_json, '["😀€年", 1 2]')
        self.assertIsInstance(e, jixiao.InvalidJsonError)
        self.assertEqual((e.line, e.column), (1, 11))

    def test_lone_surrogate_has_its_location(self) -> None:
        # The offset is the str's index; line and column count characters.
        for call in (jixiao.Package.from_json, jixiao.evaluate_json):
            for surrogate in ("\ud800", "\udfff"):
                text = '{\n "unit_name": "😀a' + surrogate + '"}'
                with self.subTest(call=call.__name__, surrogate=hex(ord(surrogate))):
                    e = error_of(call, text)
                    self.assertIsInstance(e, jixiao.InvalidUtf8Error)
                    self.assertIsInstance(e, ValueError)
                    self.assertEqual(e.code_name, "invalid_utf8")
                    self.assertEqual((e.line, e.column), (2, 18))
                    self.assertIsNone(e.path)  # no JSON path: the text is not JSON yet
                    index = text.index(surrogate)
                    if _native.WCHAR_SIZE == 4:  # UTF-32: the unit offset is the index in the str
                        self.assertIn(f"0x{ord(surrogate):X} at unit offset {index} (line 2, column 18)",
                                      e.message_en)
                        self.assertIn(f"编码单元偏移 {index} 处（第 2 行第 18 列）", e.message_zh)
        # In bytes the same text (encoded with surrogatepass) is invalid UTF-8, with its byte offset.
        data = '{"unit_name": "\udc80"}'.encode("utf-8", "surrogatepass")
        e = error_of(jixiao.evaluate_json, data)
        self.assertIsInstance(e, jixiao.InvalidUtf8Error)
        self.assertIn("byte offset 15 (line 1, column 16)", e.message_en)

    def test_ascii_str(self) -> None:
        # An ASCII str (json.dumps' default, \u escapes) goes as its UTF-8 bytes: the same package.
        text = json.dumps(json.loads(_support.example_text()), indent=1)
        self.assertTrue(text.isascii())
        with jixiao.Package.from_json(text) as a, jixiao.Package.from_json(_support.example_text()) as b:
            self.assertEqual(a.to_json(), b.to_json())
        with jixiao.evaluate_json(text) as r, jixiao.evaluate_json(_support.example_text()) as s:
            self.assertEqual(totals(r), totals(s))

    def test_nul_is_the_readers_error(self) -> None:
        text = '{"unit_name": "a\0b"}'
        e = error_of(jixiao.evaluate_json, text)
        self.assertIsInstance(e, jixiao.InvalidJsonError)
        self.assertEqual((e.line, e.column), (1, text.index("\0") + 1))

    def test_wide_units(self) -> None:
        for text in ("", "abc", WIDE_NAME, "\ud800x"):
            want = len(text) if _native.WCHAR_SIZE == 4 else len(text.encode("utf-16-le", "surrogatepass")) // 2
            self.assertEqual(_native.wide_units(text), want)
        self.assertIn(_native.WCHAR_SIZE, (2, 4))


class NativeDeclarationsTest(unittest.TestCase):
    def test_wide_views_use_the_encoding_of_wchar_t(self) -> None:
        L = _native.lib()
        suffix = "_utf32" if _native.WCHAR_SIZE == 4 else "_utf16"
        for attribute, name, _, _ in _native.WIDE_VIEWS:
            self.assertTrue(name.endswith(suffix), name)
            self.assertTrue(hasattr(L, attribute))


if __name__ == "__main__":
    unittest.main()
