"""jixiao.evaluate_many (a batch of packages per library call, their forms read in one more): the
results evaluate_json gives one at a time, in order, for every kind of source and every batch size;
the first source that fails raises its own error after the results before it; results left
unyielded are freed; the forms' strings and rows read later, as for any result."""

from __future__ import annotations

import gc
import json
import unittest
from typing import Any, List, Tuple

import _support  # noqa: F401  (puts the binding first on sys.path)

import jixiao


def summary(result: jixiao.EvaluationResult) -> List[Tuple[str, str, object, str]]:
    return [(f.kind, f.name, f.total, f.grade) for f in result.forms]


def project_package(k: int, projects: int = 1) -> str:
    """A small package with `projects` project forms whose scores depend on k."""
    pkg = jixiao.new_package(f"单位{k}", 2024)
    for j in range(projects):
        (pkg.add_project(f"项目{k}-{j}😀", f"单位{k}")
            .set_funds("10", "10", str(1 + (k + j) % 10), weight="10", self_score="5")
            .add_indicator("产出指标", "数量指标", "完成数", "≥10", str((k * 3 + j) % 12), "项", "90", "80")
            .set_total("100", "85"))
    text = pkg.to_json()
    pkg.close()
    return text


class EvaluateManyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        example = _support.example_text()
        # The example (4 forms), packages of 0 to 6 projects (6 does not fit in the room a batch
        # reads at once, 4 forms per package on average), all different.
        cls.texts = [example] + [project_package(k, k % 7) for k in range(40)] + [example]
        cls.expected = []
        for text in cls.texts:
            with jixiao.evaluate_json(text) as r:
                cls.expected.append(summary(r))

    def test_same_as_one_at_a_time(self) -> None:
        sources: List[Tuple[str, List[Any]]] = [
            ("str", list(self.texts)),
            ("bytes", [t.encode("utf-8") for t in self.texts]),
            ("ASCII str", [json.dumps(json.loads(t)) for t in self.texts]),  # json.dumps' default: \uXXXX
            ("mixed", [t if k % 3 == 0 else t.encode("utf-8") if k % 3 == 1 else json.loads(t)
                       for k, t in enumerate(self.texts)]),
        ]
        for kind, items in sources:
            for batch_size in (1, 2, 7, 64):
                with self.subTest(kind=kind, batch_size=batch_size):
                    got = []
                    for r in jixiao.evaluate_many(items, batch_size=batch_size):
                        with r:
                            got.append(summary(r))
                    self.assertEqual(got, self.expected)

    def test_any_iterable_and_policy(self) -> None:
        policy = jixiao.Policy.builtin("hubei-20-40-40")
        want = []
        for text in self.texts[:5]:
            with jixiao.evaluate_json(text, policy) as r:
                want.append(summary(r))
        generator = (t for t in self.texts[:5])
        self.assertEqual([summary(r) for r in jixiao.evaluate_many(generator, policy, batch_size=3)], want)
        self.assertEqual([summary(r) for r in jixiao.evaluate_many(self.texts[:5], "hubei-20-40-40")], want)
        self.assertFalse(policy.closed)
        policy.close()
        with self.assertRaises(ValueError):
            list(jixiao.evaluate_many(self.texts[:2], policy))  # closed
        with self.assertRaises(jixiao.UnknownPolicyError):
            list(jixiao.evaluate_many(self.texts[:2], "no-such-policy"))
        self.assertEqual(list(jixiao.evaluate_many([])), [])
        with self.assertRaises(ValueError):
            list(jixiao.evaluate_many(self.texts, batch_size=0))

    def test_forms_strings_and_rows_after_close(self) -> None:
        forms = []
        for r in jixiao.evaluate_many(self.texts[:3], batch_size=3):
            forms.append(r.forms)
            r.close()
        gc.collect()
        with jixiao.evaluate_json(self.texts[0]) as one:
            want = [(f.explanation_zh, [(i.path, i.computed_score, i.explanation_en) for i in f.indicators])
                    for f in one.forms]
        self.assertEqual([(f.explanation_zh, [(i.path, i.computed_score, i.explanation_en) for i in f.indicators])
                          for f in forms[0]], want)
        self.assertEqual(forms[0][0].kind, "department")
        self.assertEqual(forms[1], [])  # no projects
        self.assertEqual(forms[2][0].path, "$.projects[0]")
        self.assertEqual(forms[2][0].execution_rate, "20.00%")

    def test_a_result_whose_forms_did_not_fit(self) -> None:
        # Six forms in a batch of one package: more than the room for four, read by the result itself.
        text = project_package(3, 6)
        (r,) = list(jixiao.evaluate_many([text], batch_size=1))
        self.assertIsNone(r._forms)
        with jixiao.evaluate_json(text) as one:
            self.assertEqual(summary(r), summary(one))
        r.close()
        (r,) = list(jixiao.evaluate_many([self.texts[0]], batch_size=1))
        self.assertIsNotNone(r._forms)  # 4 forms fit
        r.close()

    def test_the_first_failure_raises_after_the_results_before_it(self) -> None:
        bad_year = '{"format":"jixiao-package","version":1,"unit_name":"x","year":"2024"}'
        for batch_size in (1, 2, 3, 10):
            for failing in (bad_year, bad_year.encode("utf-8"), "{\"unit_name\": \"\udc00\"}", '{"unit_name": "a\0b"}',
                            12):
                items = [self.texts[0], self.texts[1], failing, self.texts[2]]
                got = []
                with self.subTest(batch_size=batch_size, failing=repr(failing)[:20]):
                    iterator = jixiao.evaluate_many(items, batch_size=batch_size)
                    with self.assertRaises((jixiao.JixiaoError, TypeError)) as caught:
                        for r in iterator:
                            got.append(summary(r))
                            r.close()
                    self.assertEqual(got, self.expected[:2])
                    if isinstance(failing, int):
                        self.assertIsInstance(caught.exception, TypeError)
                    elif failing is bad_year or isinstance(failing, bytes):
                        self.assertIsInstance(caught.exception, jixiao.InvalidPackageError)
                        self.assertEqual(caught.exception.path, "$.year")
                        self.assertEqual((caught.exception.line, caught.exception.column), (1, 63))
                    elif "\0" in failing:
                        self.assertIsInstance(caught.exception, jixiao.InvalidJsonError)  # the reader's, as for one
                        self.assertEqual(caught.exception.column, failing.index("\0") + 1)
                    else:
                        self.assertIsInstance(caught.exception, jixiao.InvalidUtf8Error)
                    self.assertEqual(list(iterator), [])  # the iteration ended there

    def test_results_not_reached_are_freed(self) -> None:
        freed: List[int] = []
        free = jixiao.EvaluationResult._free
        if free is None:
            jixiao.EvaluationResult._set_free()
            free = jixiao.EvaluationResult._free

        def counting_free(ptr: int) -> None:
            freed.append(ptr)
            free(ptr)

        jixiao.EvaluationResult._free = staticmethod(counting_free)  # type: ignore[assignment]
        try:
            iterator = jixiao.evaluate_many(self.texts[:10], batch_size=8)
            first = next(iterator)
            self.assertEqual(summary(first), self.expected[0])
            first.close()
            iterator.close()  # seven results of the first batch never yielded
            del first, iterator
            gc.collect()
        finally:
            jixiao.EvaluationResult._free = free
        self.assertEqual(len(freed), 8)
        self.assertEqual(len(set(freed)), 8)


if __name__ == "__main__":
    unittest.main()
