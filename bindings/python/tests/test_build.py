"""Building a package from code, as a system that holds the data in its own tables does."""

from __future__ import annotations

import json
import unittest
from decimal import Decimal

import _support  # noqa: F401  (puts the package on sys.path)
import jixiao


def build_reform_project(pkg: jixiao.Package) -> jixiao.FormBuilder:
    """The 机构改革经费 form of the seed example, typed in by code."""
    return (
        pkg.add_project("机构改革经费", "中共衡山县委机构编制委员会办公室")
        .set_funds("20", "20", "20", weight="10", self_score="10")
        .add_indicator("产出指标", "数量指标", "完成改革任务数", "≥3", "3", "项", "30", "30")
        .add_indicator("产出指标", "时效指标", "按时完成率", "100%", "100%", "%", "20", "20")
        .add_indicator("效益指标", "社会效益指标", "机构职能优化", "有效提升", "有效提升", None, "30", "28",
                       deviation="个别单位职能交叉")
        .add_indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", "%", "10", "10")
        .set_total("100", "98")
    )


class BuildFromCodeTest(unittest.TestCase):
    def test_form_without_rows(self) -> None:
        # A form with funds and no 三级 rows: its rows read as an empty list (jx_result_indicators
        # counting none), before and after the result is closed.
        with jixiao.new_package("测试单位", 2024) as pkg:
            pkg.add_project("空表项目", "测试单位").set_funds("10", "10", "5", weight="10", self_score="5")
            with pkg.evaluate() as result:
                form = result.projects[0]
                self.assertEqual(form.execution_rate, "50.00%")
            self.assertEqual(form.indicators, [])

    def test_build_and_evaluate(self) -> None:
        with jixiao.new_package("中共衡山县委机构编制委员会办公室", 2024) as pkg:
            form = build_reform_project(pkg)
            self.assertEqual(form.index, 0)
            self.assertFalse(form.is_department)
            with pkg.evaluate() as result:
                self.assertIsNone(result.department)
                self.assertEqual(len(result.projects), 1)
                p = result.projects[0]
                self.assertEqual(p.name, "机构改革经费")
                self.assertEqual(p.path, "$.projects[0]")
                self.assertEqual(p.filed_total, Decimal("98"))
                self.assertEqual(p.execution_rate, "100.00%")
                self.assertEqual(p.execution_score, Decimal("10.00"))
                self.assertEqual([i.name for i in p.indicators],
                                 ["完成改革任务数", "按时完成率", "机构职能优化", "服务对象满意度"])
                self.assertEqual(p.indicators[0].weight, Decimal("30"))
                self.assertEqual(p.indicators[0].computed_score, Decimal("30.00"))
                self.assertIsInstance(p.total, Decimal)
                self.assertGreaterEqual(p.total, Decimal("90"))
                self.assertEqual(p.grade, "优")

    def test_department_and_projects(self) -> None:
        pkg = jixiao.new_package("某县财政局", 2024, money_unit="yuan")
        try:
            dep = pkg.set_department("某县财政局")
            self.assertTrue(dep.is_department)
            self.assertEqual(dep.index, jixiao.DEPARTMENT)
            dep.set_funds(1000000, 1200000, 1140000, 10, None)
            dep.add_indicator("产出指标", "数量指标", "完成项目数", "10", "10", "个", Decimal("50"), None)
            dep.add_indicator("效益指标", "社会效益指标", "群众满意度", "≥90%", "92%", "%", "40", "40")
            dep.set_total(100)
            pkg.add_project("项目甲")
            pkg.set_funds(0, "100", "100", "50", "10", "5")
            pkg.add_indicator(0, "产出指标", "数量指标", "数量", "4", "2", "个", "90", "45")
            pkg.set_total(0, "100", "50")
            data = pkg.to_dict()
            self.assertEqual(data["money_unit"], "yuan")
            self.assertEqual(data["year"], 2024)
            self.assertEqual(data["department"]["unit_name"], "某县财政局")
            self.assertEqual(data["projects"][0]["project_name"], "项目甲")
            with pkg.evaluate() as result:
                self.assertEqual([f.kind for f in result.forms], ["department", "project"])
                dep_result = result.department
                assert dep_result is not None
                self.assertEqual(dep_result.execution_rate, "95.00%")
                project = result.projects[0]
                self.assertEqual(project.execution_rate, "50.00%")
                self.assertEqual(project.indicators[0].computed_score, Decimal("45.00"))
            # What was built reads back as JSON and scores the same.
            with jixiao.load_package(pkg.to_json()) as again, again.evaluate() as r2, pkg.evaluate() as r1:
                self.assertEqual([f.total for f in r1.forms], [f.total for f in r2.forms])
            with pkg.audit() as audit:
                self.assertEqual([f.code for f in audit], [f["code"] for f in json.loads(audit.to_json())["findings"]])
        finally:
            pkg.close()

    def test_set_department_replaces(self) -> None:
        with jixiao.new_package("甲", 2023) as pkg:
            pkg.set_department("甲")
            pkg.set_department("乙")
            self.assertEqual(pkg.to_dict()["department"]["unit_name"], "乙")

    def test_bad_cells(self) -> None:
        with jixiao.new_package("甲", 2024) as pkg:
            pkg.add_project("项目")
            with self.assertRaises(jixiao.InvalidNumberError):
                pkg.project(0).set_funds("1", "x.y")
            with self.assertRaises(jixiao.JixiaoError):
                pkg.set_funds(5, "1")  # no such project
            with self.assertRaises(jixiao.JixiaoError):
                pkg.set_funds(jixiao.DEPARTMENT, "1")  # no department yet
            with self.assertRaises(jixiao.InvalidArgumentError):
                jixiao.new_package("甲", 2024, money_unit="美元")

    def test_closed_builder(self) -> None:
        pkg = jixiao.new_package("甲", 2024)
        form = pkg.add_project("项目")
        pkg.close()
        with self.assertRaises(ValueError):
            form.set_total("100")


if __name__ == "__main__":
    unittest.main()
