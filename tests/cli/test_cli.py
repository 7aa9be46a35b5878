"""The jixiao command-line tool, run as a user would (stdlib unittest; the binary's path is argv[1])."""
import json
import os
import subprocess
import sys
import tempfile
import unittest
from decimal import Decimal

JIXIAO = None
EXAMPLE = None


def run(*args, stdin=None):
    return subprocess.run([JIXIAO, *args], input=stdin, capture_output=True, text=True, timeout=60)


class Evaluate(unittest.TestCase):
    def test_text_shows_computed_beside_filed(self):
        r = run("evaluate", EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("中共衡山县委机构编制委员会办公室", r.stdout)
        self.assertIn("总分：自评 99（优）  计算 99.00（优）", r.stdout)
        self.assertIn("72.22% = 实际在职人数 13 ÷ 编制数 18 × 100%，四舍五入保留2位", r.stdout)
        self.assertEqual(r.stderr, "")

    def test_english(self):
        r = run("evaluate", "--lang", "en", EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Total: filed 98 (excellent)  computed 98.00 (excellent)", r.stdout)

    def test_json_has_the_totals_as_exact_strings(self):
        r = run("evaluate", "--json", EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        result = json.loads(r.stdout, parse_float=Decimal)
        self.assertEqual(result["format"], "jixiao-result")
        self.assertEqual([p["total"] for p in result["projects"]], ["99.00", "98.00", "98.00"])
        self.assertEqual(result["department"]["total"], "98.00")
        self.assertEqual(result["policy_id"], "national-2020")

    def test_standard_input_and_several_files(self):
        with open(EXAMPLE, encoding="utf-8") as f:
            text = f.read()
        r = run("evaluate", "--format", "json", "-", stdin=text)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(json.loads(r.stdout)["department"]["total"], "98.00")
        r = run("evaluate", "--json", EXAMPLE, EXAMPLE)
        self.assertEqual(len(json.loads(r.stdout)), 2)

    def test_policy_changes_the_total(self):
        r = run("evaluate", "--json", "--policy", "hubei-20-40-40", EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(json.loads(r.stdout)["projects"][0]["total"], "109.00")


class BadInput(unittest.TestCase):
    def write(self, text):
        f = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
        f.write(text)
        f.close()
        self.addCleanup(os.unlink, f.name)
        return f.name

    def test_syntax_error_names_line_and_column(self):
        path = self.write('{"format": "jixiao-package",\n "version": 1,\n "year": 2024,,\n}')
        r = run("evaluate", path)
        self.assertEqual(r.returncode, 2)
        self.assertIn(path + ":3:", r.stderr)

    def test_bad_amount_names_the_json_path(self):
        with open(EXAMPLE, encoding="utf-8") as f:
            package = json.load(f)
        package["projects"][0]["funds"]["total"]["executed"] = "12.3.4"
        r = run("evaluate", "--lang", "en", self.write(json.dumps(package, ensure_ascii=False, indent=1)))
        self.assertEqual(r.returncode, 2)
        self.assertIn("$.projects[0].funds.total.executed", r.stderr)
        self.assertIn("second decimal point", r.stderr)

    def test_unknown_field_is_a_warning(self):
        with open(EXAMPLE, encoding="utf-8") as f:
            package = json.load(f)
        package["projects"][0]["totl"] = "99"
        r = run("evaluate", self.write(json.dumps(package, ensure_ascii=False)))
        self.assertEqual(r.returncode, 0)
        self.assertIn("totl", r.stderr)

    def test_missing_file_unknown_policy_and_usage(self):
        self.assertEqual(run("evaluate", "/nonexistent/package.json").returncode, 2)
        r = run("evaluate", "--policy", "nowhere", EXAMPLE)
        self.assertEqual(r.returncode, 2)
        self.assertIn("nowhere", r.stderr)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run("evaluate").returncode, 2)
        self.assertEqual(run("evaluate", "--format", "xml", EXAMPLE).returncode, 2)


class Audit(unittest.TestCase):
    def test_findings_and_exit_status(self):
        r = run("audit", "--format", "json", EXAMPLE)
        self.assertEqual(r.returncode, 1, r.stderr)  # the example has errors: exit 1 by default
        audit = json.loads(r.stdout)
        self.assertEqual(audit["format"], "jixiao-audit")
        codes = {f["code"] for f in audit["findings"]}
        # 效益指标 printed "(40 分)" over rows of 10 + 20; the report's "较预算增加12.13万元" (2.13).
        self.assertIn("JX-W01", codes)
        self.assertIn("JX-N02", codes)
        self.assertGreater(audit["summary"]["errors"], 0)
        self.assertEqual(audit["summary"]["errors"], sum(f["severity"] == "error" for f in audit["findings"]))
        for f in audit["findings"]:
            self.assertTrue(f["path"].startswith("$."), f)
            self.assertTrue(f["zh"] and f["en"], f)

    def test_fail_on(self):
        self.assertEqual(run("audit", "--fail-on", "none", EXAMPLE).returncode, 0)
        self.assertEqual(run("audit", "--fail-on", "info", EXAMPLE).returncode, 1)
        self.assertEqual(run("audit", "--fail-on", "sometimes", EXAMPLE).returncode, 2)

    def test_text_groups_by_form_most_severe_first(self):
        r = run("audit", EXAMPLE)
        self.assertIn("■ 部门整体支出绩效自评表", r.stdout)
        self.assertIn("■ 自评报告", r.stdout)
        self.assertIn("JX-W01", r.stdout)
        # within the department's group errors come before warnings
        dept = r.stdout.split("■ 部门整体支出绩效自评表")[1].split("■")[0]
        levels = [line.split()[0] for line in dept.splitlines() if line.startswith("  ") and "JX-" in line]
        self.assertEqual(levels, sorted(levels, key=["错误", "警告", "提示"].index))

    def test_markdown_and_english(self):
        r = run("audit", "--format", "markdown", "--lang", "en", EXAMPLE)
        self.assertIn("| Severity | Code | Place | Message | Expected | Found |", r.stdout)
        self.assertIn("| error | JX-W01 |", r.stdout)

    def test_a_directory_gives_a_summary(self):
        with tempfile.TemporaryDirectory() as d:
            for name in ("a.json", "b.json"):
                with open(os.path.join(d, name), "w", encoding="utf-8") as f, open(EXAMPLE, encoding="utf-8") as src:
                    f.write(src.read())
            with open(os.path.join(d, "broken.json"), "w") as f:
                f.write("{")
            r = run("audit", "--fail-on", "none", d)
            self.assertEqual(r.returncode, 2)  # one input could not be read
            self.assertIn("汇总", r.stdout)
            self.assertIn("b.json", r.stdout)
            self.assertIn("broken.json", r.stderr)


class Policy(unittest.TestCase):
    def test_list_and_show(self):
        r = run("policy", "list")
        self.assertEqual(r.returncode, 0)
        for name in ("national-2020", "hubei-20-40-40", "grades-80-70-60"):
            self.assertIn(name, r.stdout)
        shown = json.loads(run("policy", "show", "national-2020").stdout)
        self.assertEqual(shown["format"], "jixiao-policy")
        self.assertEqual(shown["execution_weight"], "10")

    def test_a_policy_file_round_trips_through_the_tool(self):
        text = run("policy", "show", "grades-80-70-60").stdout
        f = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
        f.write(text)
        f.close()
        self.addCleanup(os.unlink, f.name)
        r = run("evaluate", "--json", "--policy", f.name, EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(json.loads(r.stdout)["policy_id"], "grades-80-70-60")


if __name__ == "__main__":
    JIXIAO, EXAMPLE = sys.argv[1], sys.argv[2]
    del sys.argv[1:3]
    unittest.main(verbosity=2)
