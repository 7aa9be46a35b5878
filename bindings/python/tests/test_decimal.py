"""The decimal helpers: exact, Decimal in and out, never float."""

from __future__ import annotations

import unittest
from decimal import Decimal

import _support  # noqa: F401
import jixiao
from jixiao import RoundingMode


class DecimalCalcTest(unittest.TestCase):
    def test_exact(self) -> None:
        r = jixiao.decimal_calc("0.1", "+", "0.25")
        self.assertIsInstance(r, Decimal)
        self.assertEqual(str(r), "0.35")
        self.assertEqual(str(jixiao.decimal_calc("211.34", "-", "211.34")), "0.00")
        self.assertEqual(str(jixiao.decimal_calc("1.5", "*", "1.25")), "1.875")
        self.assertEqual(str(jixiao.decimal_calc(90, "/", 96, scale=10)), "0.9375000000")
        self.assertEqual(str(jixiao.decimal_calc(Decimal("13"), "/", Decimal("18"), scale=4)), "0.7222")
        big = "12345678901234567890.12"
        self.assertEqual(str(jixiao.decimal_calc(big, "+", "0.01")), "12345678901234567890.13")

    def test_rounding_modes(self) -> None:
        cases = {
            "half_up": ("-2.5", "-3"),
            "half_even": ("2.5", "2"),
            "half_down": ("2.5", "2"),
            "up": ("2.1", "3"),
            "down": ("-2.9", "-2"),
            "ceiling": ("-2.1", "-2"),
            "floor": ("-2.1", "-3"),
        }
        for mode, (a, expected) in cases.items():
            self.assertEqual(str(jixiao.decimal_calc(a, "r", scale=0, mode=mode)), expected, mode)
            self.assertEqual(str(jixiao.decimal_round(a, 0, mode)), expected, mode)
        self.assertEqual(jixiao.decimal_calc("1.005", "round", scale=2, mode="ROUND_HALF_UP"), Decimal("1.01"))
        self.assertEqual(jixiao.decimal_calc("1.005", "r", scale=2, mode=RoundingMode.HALF_EVEN), Decimal("1.00"))
        self.assertEqual(jixiao.decimal_calc("1.005", "r", scale=2, mode=1), Decimal("1.00"))
        self.assertEqual(str(jixiao.decimal_calc("2", "/", "3")), "0.67")  # default: 2 places, half up
        self.assertEqual(str(RoundingMode.HALF_UP), "half_up")

    def test_struct_functions(self) -> None:
        self.assertEqual(jixiao.parse_decimal("1,234.50"), Decimal("1234.50"))
        self.assertEqual(str(jixiao.parse_decimal("1,234.50")), "1234.50")
        self.assertEqual(jixiao.parse_decimal("-0.001"), Decimal("-0.001"))
        self.assertEqual(jixiao.format_decimal("-1234.50"), "-1234.50")
        self.assertEqual(jixiao.format_decimal(Decimal("1E+2")), "100")
        self.assertEqual(jixiao.decimal_add("0.1", "0.2"), Decimal("0.3"))
        self.assertEqual(jixiao.decimal_sub(1, "0.01"), Decimal("0.99"))
        self.assertEqual(str(jixiao.decimal_mul("1.10", "3")), "3.30")
        self.assertEqual(str(jixiao.decimal_div("90", "96", 10)), "0.9375000000")
        self.assertEqual(jixiao.decimal_compare("2.50", "2.5"), 0)
        self.assertEqual(jixiao.decimal_compare("-1", "0"), -1)
        self.assertEqual(jixiao.decimal_compare(3, Decimal("2.99")), 1)

    def test_extremes(self) -> None:
        # 38 digits, both signs: the 128-bit coefficient crosses the boundary intact.
        top = "9" * 38
        self.assertEqual(jixiao.parse_decimal(top), Decimal(top))
        self.assertEqual(jixiao.parse_decimal("-" + top), Decimal("-" + top))
        tiny = "0." + "0" * 37 + "1"
        self.assertEqual(jixiao.parse_decimal(tiny), Decimal(tiny))
        self.assertEqual(jixiao.decimal_add("-" + top, "1"), Decimal("-" + "9" * 37 + "8"))
        self.assertEqual(jixiao.decimal_calc("18446744073709551616", "*", "-1"), Decimal("-18446744073709551616"))
        with self.assertRaises(jixiao.OutOfRangeError):
            jixiao.parse_decimal("1" + "0" * 38)

    def test_types(self) -> None:
        with self.assertRaises(TypeError):
            jixiao.decimal_calc([1], "+", "1")  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            jixiao.decimal_calc("1", "+")  # b needed
        with self.assertRaises(TypeError):
            jixiao.decimal_calc("1", "/", "3", scale=2.0)  # type: ignore[arg-type]


if __name__ == "__main__":
    unittest.main()
