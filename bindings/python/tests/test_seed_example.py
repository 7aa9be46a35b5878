"""The bundled example (衡山县委编办 2024) through the binding gives the C++ core's numbers."""

from __future__ import annotations

import decimal
import json
import pathlib
import unittest
from decimal import Decimal

import _support
import jixiao


class SeedExampleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.pkg = jixiao.load_package(str(_support.EXAMPLE))
        cls.result = cls.pkg.evaluate(policy="national-2020")

    @classmethod
    def tearDownClass(cls) -> None:
        cls.result.close()
        cls.pkg.close()

    def test_department_total(self) -> None:
        dep = self.result.department
        self.assertIsNotNone(dep)
        assert dep is not None
        self.assertEqual(dep.kind, "department")
        self.assertEqual(dep.path, "$.department")
        self.assertEqual(dep.name, "中共衡山县委机构编制委员会办公室")
        self.assertIsInstance(dep.total, Decimal)
        self.assertEqual(str(dep.total), "98.00")
        self.assertEqual(dep.filed_total, Decimal("98"))
        self.assertEqual(dep.grade, "优")
        self.assertEqual(dep.grade_en, "excellent")
        self.assertEqual(dep.execution_rate, "100.00%")
        self.assertEqual(dep.execution_score, Decimal("10.00"))
        self.assertTrue(dep.explanation_zh)
        self.assertTrue(dep.explanation_en)
        self.assertEqual(dep.explanation, dep.explanation_zh)

    def test_project_totals(self) -> None:
        projects = self.result.projects
        self.assertEqual([str(p.total) for p in projects], ["99.00", "98.00", "98.00"])
        self.assertEqual([p.path for p in projects], ["$.projects[0]", "$.projects[1]", "$.projects[2]"])
        self.assertEqual(
            [p.name for p in projects], ["事业单位法人登记及证书管理", "机构编制信息化维护费", "机构改革经费"]
        )
        self.assertTrue(all(p.kind == "project" and p.grade == "优" for p in projects))

    def test_forms_order(self) -> None:
        forms = self.result.forms
        self.assertEqual([f.kind for f in forms], ["department", "project", "project", "project"])
        self.assertEqual(self.result.form_count(), 4)

    def test_indicators(self) -> None:
        dep = self.result.department
        assert dep is not None
        self.assertGreater(len(dep.indicators), 0)
        first = dep.indicators[0]
        self.assertEqual(first.name, "涉及部门数量")
        self.assertTrue(first.path.startswith("$.department.indicators[0]"))
        self.assertEqual(first.weight, Decimal("10"))
        for form in self.result.forms:
            for ind in form.indicators:
                self.assertIsInstance(ind, jixiao.IndicatorResult)
                self.assertIsInstance(ind.counted_score, Decimal)
                self.assertTrue(ind.method)
                self.assertTrue(ind.explanation_zh and ind.explanation_en)
                if ind.computed_score is not None:
                    self.assertIsInstance(ind.computed_score, Decimal)
            # Σ counted scores + execution points = the total.
            total = sum((i.counted_score for i in form.indicators), Decimal(0)) + (form.execution_score or 0)
            self.assertEqual(total, form.total, form.name)

    def test_indicators_match_result_json(self) -> None:
        # Every field of every row, against the same rows in the result's JSON (written by the
        # library's JSON writer, not through the accessors).
        data = json.loads(self.result.to_json())
        json_forms = [data["department"]] + data["projects"]
        self.assertEqual(len(json_forms), len(self.result.forms))
        rows = 0
        for form, json_form in zip(self.result.forms, json_forms):
            expected = [r for s in json_form["sections"] for g in s["groups"] for r in g["indicators"]]
            self.assertEqual(len(form.indicators), len(expected), form.name)
            for got, want in zip(form.indicators, expected):
                optional = (lambda v: None if v is None else Decimal(v))
                self.assertEqual(
                    (got.path, got.name, got.weight, got.filed_score, got.computed_score, got.counted_score,
                     got.method, got.explanation_zh, got.explanation_en),
                    (want["path"], want["name"], Decimal(want["weight"]), optional(want["filed_score"]),
                     optional(want["computed_score"]), Decimal(want["counted_score"]), want["method"],
                     want["explanation"]["zh"], want["explanation"]["en"]), got.path)
                self.assertEqual(str(got.counted_score), want["counted_score"], "the scale kept")
                rows += 1
        self.assertGreater(rows, 20)

    def test_result_json(self) -> None:
        data = self.result.to_dict()
        self.assertEqual(data["format"], "jixiao-result")
        self.assertEqual(data["policy_id"], "national-2020")
        self.assertEqual(data["department"]["total"], "98.00")
        self.assertEqual([p["total"] for p in data["projects"]], ["99.00", "98.00", "98.00"])
        text = self.result.to_json()
        self.assertEqual(json.loads(text)["year"], 2024)

        def no_floats(value: object) -> None:
            if isinstance(value, dict):
                for v in value.values():
                    no_floats(v)
            elif isinstance(value, list):
                for v in value:
                    no_floats(v)
            else:
                self.assertNotIsInstance(value, float)

        no_floats(data)

    def test_audit_codes_match_audit_json(self) -> None:
        with self.pkg.audit(policy="national-2020") as audit:
            codes = [f.code for f in audit]
            data = audit.to_dict()
            self.assertEqual(data["format"], "jixiao-audit")
            self.assertEqual(codes, [f["code"] for f in data["findings"]])
            self.assertEqual(len(audit), len(data["findings"]))
            self.assertEqual(audit.codes, codes)
            summary = data["summary"]
            self.assertEqual(len(audit.errors), summary["errors"])
            self.assertEqual(len(audit.warnings), summary["warnings"])
            self.assertEqual(len(audit.infos), summary["infos"])
            for finding, row in zip(audit, data["findings"]):
                self.assertIsInstance(finding.severity, jixiao.Severity)
                # Every field against the audit's JSON (the library's writer, not the accessors).
                self.assertEqual(
                    (finding.code, str(finding.severity), finding.form, finding.form_name, finding.row,
                     finding.field, finding.path, finding.message_zh, finding.message_en, finding.expected,
                     finding.found),
                    (row["code"], row["severity"], row["form"], row["form_name"], row["row"], row["field"],
                     row["path"], row["zh"], row["en"], row.get("expected"), row.get("found")), row["path"])
            self.assertTrue(any(f.expected is None for f in audit) and any(f.expected for f in audit))
            self.assertEqual({str(f.severity) for f in audit}, {"error", "warning", "info"})
            # The evaluation the audit made has the same totals.
            ev = audit.evaluation
            self.assertEqual([str(f.total) for f in ev.forms], ["98.00", "99.00", "98.00", "98.00"])
            self.assertEqual([f["total"] for f in data["forms"]], ["98.00", "99.00", "98.00", "98.00"])
        self.assertTrue(audit.closed)
        self.assertTrue(ev.closed)
        with self.assertRaises(ValueError):
            ev.to_json()

    def test_finding_fields(self) -> None:
        self.assertIs(jixiao.Severity("warning"), jixiao.Severity.WARNING)
        self.assertIs(jixiao.Severity("错误"), jixiao.Severity.ERROR)
        self.assertEqual(str(jixiao.Severity.INFO), "info")
        self.assertGreater(jixiao.Severity.ERROR, jixiao.Severity.WARNING)
        with self.pkg.audit() as audit:
            if len(audit):
                self.assertEqual(audit.max_severity, max(f.severity for f in audit))
                self.assertEqual(audit[0], audit.findings[0])
                self.assertIn(audit[0].code, str(audit[0]))
            for f in audit:
                self.assertRegex(f.code, r"^JX-[A-Z]\d\d$")
                self.assertIn(f.severity, list(jixiao.Severity))
                self.assertTrue(f.message_zh and f.message_en)
                self.assertTrue(f.path.startswith("$"))

    def test_load_forms(self) -> None:
        text = _support.example_text()
        sources = [
            text,
            text.encode("utf-8"),
            json.loads(text),
            json.loads(text, parse_float=decimal.Decimal),
            pathlib.Path(_support.EXAMPLE),
        ]
        for source in sources:
            with jixiao.load_package(source) as pkg, pkg.evaluate() as result:
                self.assertEqual(
                    [str(f.total) for f in result.forms], ["98.00", "99.00", "98.00", "98.00"], type(source)
                )
        with jixiao.Package.from_json(text) as a, jixiao.Package.from_file(_support.EXAMPLE) as b:
            self.assertEqual(a.to_json(), b.to_json())

    def test_round_trip(self) -> None:
        written = self.pkg.to_json()
        with jixiao.Package.from_json(written) as again:
            self.assertEqual(again.to_json(), written)
            self.assertEqual(again.warnings, [])
            with again.evaluate() as result:
                self.assertEqual(str(result.department.total), "98.00")  # type: ignore[union-attr]
        self.assertEqual(self.pkg.to_dict()["unit_name"], "中共衡山县委机构编制委员会办公室")

    def test_warnings(self) -> None:
        data = json.loads(_support.example_text())
        data["totl"] = 1
        data["projects"][0]["funds"]["total"]["budgett"] = "1"
        with jixiao.load_package(data) as pkg:
            warnings = pkg.warnings
            # In the order of the text: json.dumps writes the added "totl" last.
            self.assertEqual([w.path for w in warnings], ["$.projects[0].funds.total.budgett", "$.totl"])
            self.assertIn("totl", warnings[1].message_zh)
            self.assertIn("unknown field", warnings[1].message_en)
            self.assertIn("budgett", str(warnings[0]))
            with pkg.evaluate() as result:
                self.assertEqual(str(result.department.total), "98.00")  # type: ignore[union-attr]
        self.assertEqual(self.pkg.warnings, [])

    def test_policy_variants(self) -> None:
        for policy in ["national-2020", None, jixiao.Policy.builtin("national-2020")]:
            with self.pkg.evaluate(policy) as result:
                self.assertEqual(str(result.department.total), "98.00")  # type: ignore[union-attr]
        with self.pkg.evaluate("hubei-20-40-40") as result:
            self.assertEqual(len(result.forms), 4)
            self.assertEqual(result.to_dict()["policy_id"], "hubei-20-40-40")

    def test_context_and_close(self) -> None:
        pkg = jixiao.load_package(_support.EXAMPLE)
        with pkg:
            self.assertFalse(pkg.closed)
        self.assertTrue(pkg.closed)
        pkg.close()  # twice is harmless
        for call in (pkg.to_json, pkg.evaluate, pkg.audit, lambda: pkg.warnings):
            with self.assertRaises(ValueError):
                call()
        with self.assertRaises(ValueError):
            with pkg:
                pass
        result = self.pkg.evaluate()
        forms = result.forms
        result.close()
        self.assertEqual(forms[0].total, Decimal("98.00"))  # copies stay valid
        self.assertEqual(result.forms, forms)
        with self.assertRaises(ValueError):
            result.to_json()


if __name__ == "__main__":
    unittest.main()
