"""Policies (built in, JSON, file) and the one-row scoring functions."""

from __future__ import annotations

import json
import os
import tempfile
import unittest
from decimal import Decimal

import _support
import jixiao


class PolicyTest(unittest.TestCase):
    def test_builtin_names(self) -> None:
        names = jixiao.builtin_policies()
        self.assertEqual(names[:1], ["national-2020"])
        for name in ("national-2020", "hubei-20-40-40", "grades-80-70-60"):
            self.assertIn(name, names)
            with jixiao.Policy.builtin(name) as p:
                self.assertEqual(p.id, name)
                self.assertTrue(p.name)

    def test_json_round_trip(self) -> None:
        with jixiao.Policy.builtin("hubei-20-40-40") as p:
            text = p.to_json()
            data = p.to_dict()
        self.assertEqual(data["format"], "jixiao-policy")
        with jixiao.Policy.from_json(text) as again:
            self.assertEqual(again.to_json(), text)
        with jixiao.Policy.from_json(data) as again:  # a dict, Decimals and all
            self.assertEqual(again.to_json(), text)
        with jixiao.Policy.from_json(text.encode("utf-8")) as again:
            self.assertEqual(again.id, "hubei-20-40-40")

    def test_from_file_and_path_argument(self) -> None:
        with jixiao.Policy.builtin() as p:
            data = p.to_dict()
        data["id"] = "my-policy"
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "my-policy.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(json.dumps(data, ensure_ascii=False, default=str))
            with jixiao.Policy.from_file(path) as p:
                self.assertEqual(p.id, "my-policy")
            with jixiao.load_package(_support.EXAMPLE) as pkg:
                with pkg.evaluate(path) as result:
                    self.assertEqual(result.to_dict()["policy_id"], "my-policy")
                    self.assertEqual(str(result.department.total), "98.00")  # type: ignore[union-attr]
                import pathlib

                with pkg.evaluate(pathlib.Path(path)) as result:
                    self.assertEqual(result.to_dict()["policy_id"], "my-policy")

    def test_closed_policy(self) -> None:
        p = jixiao.Policy.builtin()
        p.close()
        self.assertIn("closed", repr(p))
        with self.assertRaises(ValueError):
            p.to_json()
        with jixiao.load_package(_support.EXAMPLE) as pkg:
            with self.assertRaises(ValueError):
                pkg.evaluate(p)

    def test_policy_outlives_caller_reference(self) -> None:
        with jixiao.load_package(_support.EXAMPLE) as pkg:
            result = pkg.evaluate(jixiao.Policy.builtin("national-2020"))
            import gc

            gc.collect()
            self.assertEqual(str(result.forms[0].total), "98.00")
            result.close()


class ScoringTest(unittest.TestCase):
    def test_score_indicator(self) -> None:
        score, explanation = jixiao.score_indicator("≥96%", "90%", "10", unit="%")
        self.assertIsInstance(score, Decimal)
        self.assertEqual(score, Decimal("9.38"))
        self.assertTrue(explanation)
        score_en, explanation_en = jixiao.score_indicator("≥96%", "90%", 10, unit="%", lang="en")
        self.assertEqual(score_en, score)
        self.assertNotEqual(explanation_en, explanation)
        self.assertEqual(jixiao.score_indicator("33", "33", "10")[0], Decimal("10.00"))
        with jixiao.Policy.builtin() as p:
            self.assertEqual(jixiao.score_indicator("33", "33", "10", policy=p)[0], Decimal("10.00"))

    def test_score_indicator_qualitative(self) -> None:
        score, explanation = jixiao.score_indicator("按规定完成", "按规定完成", "10", self_score="9")
        self.assertTrue(explanation)
        if score is not None:
            self.assertIsInstance(score, Decimal)

    def test_score_execution(self) -> None:
        rate, score = jixiao.score_execution("211.34", "211.34")
        self.assertEqual(rate, "100.00%")
        self.assertEqual(score, Decimal("10.00"))
        rate, score = jixiao.score_execution(Decimal("100"), 95, policy="national-2020")
        self.assertEqual(rate, "95.00%")
        self.assertIsInstance(score, Decimal)
        with self.assertRaises(jixiao.UnknownPolicyError):
            jixiao.score_execution("1", "1", policy="nope")
        with self.assertRaises(jixiao.InvalidNumberError):
            jixiao.score_execution("1..0", "1")


if __name__ == "__main__":
    unittest.main()
