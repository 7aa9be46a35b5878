// Tests of the completeness and date checks JX-C01..C08 (src/audit/completeness.cpp,
// docs/audit/completeness.md): each rule fires on a broken package and is silent on a correct one,
// and the bundled example gives exactly the findings worked out by hand from the seed.
#include "audit_test_support.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace audit_test;
using jixiao::Date;
using jixiao::Severity;

namespace {

AuditResult run(const Package& p) { return jixiao::audit(p); }

jixiao::NarrativeReport report(Date date, std::string title = "2024年度示例县财政局部门整体支出绩效自评报告") {
  return {std::move(title), date, "正文"};
}

const std::string row0 = "$.projects[0].indicators[0].groups[0].indicators[0]";

}  // namespace

TEST_CASE("JX-C rules are silent on the correct package, with a report dated after its forms") {
  Package p = correct_package();
  p.report = report(Date{2025, 3, 20});
  CHECK(counts(run(p), "JX-C").empty());
}

TEST_CASE("JX-C01 fires on an empty package unit name and an empty department unit name") {
  Package p = correct_package();
  p.unit_name = " ";
  p.department->unit_name = "";
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-C01").size() == 2);
  const Finding* f = at(r, "JX-C01", "$.unit_name");
  REQUIRE(f);
  CHECK(f->severity() == Severity::error);
  CHECK(f->form() == "package");
  CHECK(f->field() == "unit_name");
  CHECK(contains(f->zh(), "预算部门（单位）名称为空"));
  CHECK(contains(f->en(), "names no budget unit"));
  const Finding* d = at(r, "JX-C01", "$.department.unit_name");
  REQUIRE(d);
  CHECK(d->form() == "department");
  CHECK(contains(d->zh(), "部门整体支出绩效自评表的预算部门（单位）名称为空"));
}

TEST_CASE("JX-C01 fires alone on an empty package: nothing else to check") {
  const AuditResult r = run(Package{});
  CHECK(counts(r, "JX-C") == std::map<std::string, int>{{"JX-C01", 1}});
  CHECK(counts(r, "JX-Q").empty());
  CHECK(counts(r, "JX-X").empty());
}

TEST_CASE("JX-C01 is silent when the names are filled, the department form absent") {
  Package p = correct_package();
  p.department.reset();
  CHECK(with_code(run(p), "JX-C01").empty());
}

TEST_CASE("JX-C02 fires on blank 预期目标 and 实际完成情况, one finding per cell") {
  Package p = correct_package();
  p.department->goals = {"", "\n "};
  p.projects[0].goals.actual = "";
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-C02").size() == 3);
  const Finding* f = at(r, "JX-C02", "$.department.goals.expected");
  REQUIRE(f);
  CHECK(f->severity() == Severity::warning);
  CHECK(f->row() == "年度总体目标");
  CHECK(f->field() == "expected");
  CHECK(contains(f->zh(), "年度总体目标的“预期目标”未填写"));
  CHECK(contains(f->en(), "the expected goals (预期目标) of the overall goals are blank"));
  CHECK(at(r, "JX-C02", "$.department.goals.actual"));
  const Finding* g = at(r, "JX-C02", "$.projects[0].goals.actual");
  REQUIRE(g);
  CHECK(g->form_name() == "示例培训项目");
  CHECK(contains(g->zh(), "“实际完成情况”未填写"));
}

TEST_CASE("JX-C02 is silent on filled goals") {
  Package p = correct_package();
  p.projects[0].goals = {"完成培训", "已完成"};
  CHECK(with_code(run(p), "JX-C02").empty());
}

TEST_CASE("JX-C03 fires on blank funds and indicator cells") {
  Package p = correct_package();
  p.projects[0].funds.total.annual_budget.reset();
  p.department->funds.total.executed.reset();
  auto& i = p.projects[0].indicators[0].groups[0].indicators[0];
  i.target = jixiao::parse_indicator_value("——");
  i.actual = jixiao::parse_indicator_value("");
  i.weight.reset();
  i.self_score.reset();
  p.projects[0].indicators[0].groups[1].indicators[0].name = "";
  const AuditResult r = run(p);
  CHECK(with_code(r, "JX-C03").size() == 7);
  const Finding* budget = at(r, "JX-C03", "$.projects[0].funds.total.annual_budget");
  REQUIRE(budget);
  CHECK(budget->severity() == Severity::error);
  CHECK(budget->row() == "年度资金总额");
  CHECK(contains(budget->zh(), "年度资金总额的“全年预算数”为空"));
  CHECK(contains(budget->en(), "the full-year budget (全年预算数) of the funds total is blank"));
  CHECK(at(r, "JX-C03", "$.department.funds.total.executed"));
  const Finding* target = at(r, "JX-C03", row0 + ".target");
  REQUIRE(target);
  CHECK(target->row() == "完成培训人数");
  CHECK(contains(target->zh(), "三级指标“完成培训人数”的年度指标值为空（填写为“——”）"));
  CHECK(contains(target->en(), "has no target (written \"——\")"));
  CHECK(at(r, "JX-C03", row0 + ".actual"));
  CHECK(at(r, "JX-C03", row0 + ".weight"));
  CHECK(at(r, "JX-C03", row0 + ".self_score"));
  const Finding* name = at(r, "JX-C03", "$.projects[0].indicators[0].groups[1].indicators[0].name");
  REQUIRE(name);
  CHECK(contains(name->zh(), "“质量指标”下一行的三级指标名称为空"));
}

TEST_CASE("JX-C03 is silent on an all-blank row, a score without points (JX-W08's) and an actual of 无") {
  Package p = correct_package();
  p.projects[0].indicators[0].groups[0].indicators.push_back(jixiao::Indicator{});  // an empty row: W06
  auto& i = p.projects[0].indicators[0].groups[1].indicators[0];
  i.weight.reset();  // a self-score without points: JX-W08, not C03
  auto& j = p.projects[0].indicators[0].groups[3].indicators[0];
  j.target = jixiao::parse_indicator_value("=0");
  j.actual = jixiao::parse_indicator_value("无");  // "none": a value
  const AuditResult r = run(p);
  CHECK(with_code(r, "JX-C03").empty());
}

TEST_CASE("JX-C04 fires on a form or report dated before the evaluated year ended") {
  Package p = correct_package();
  p.projects[0].sign_off.fill_date = Date{2024, 6, 12};
  p.basic_data->sign_off.fill_date = Date{2024, 12, 31};
  p.report = report(Date{2024, 12, 0});
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-C04").size() == 3);
  const Finding* f = at(r, "JX-C04", "$.projects[0].sign_off.fill_date");
  REQUIRE(f);
  CHECK(f->severity() == Severity::error);
  CHECK(f->row() == "填报日期");
  CHECK(f->expected() == "≥ 2025-01-01");
  CHECK(f->found() == "2024-06-12");
  CHECK(contains(f->zh(), "填报日期为2024-06-12，早于评价年度2024年结束（2024-12-31）"));
  CHECK(contains(f->en(), "is 2024-06-12, before the evaluated year 2024 ended"));
  CHECK(at(r, "JX-C04", "$.basic_data.sign_off.fill_date"));
  const Finding* rep = at(r, "JX-C04", "$.report.date");
  REQUIRE(rep);
  CHECK(rep->form() == "report");
  CHECK(rep->found() == "2024-12");
}

TEST_CASE("JX-C04 is silent on dates from the first day after the year, and on no date") {
  Package p = correct_package();
  p.projects[0].sign_off.fill_date = Date{2025, 1, 1};
  p.department->sign_off.fill_date.reset();
  p.report = report(Date{2025, 0, 0});
  CHECK(with_code(run(p), "JX-C04").empty());
}

TEST_CASE("JX-C05 fires once on a report dated before the latest form") {
  Package p = correct_package();
  p.projects[0].sign_off.fill_date = Date{2025, 3, 23};
  p.report = report(Date{2025, 3, 5});  // before all three forms (03-10, 03-10, 03-23)
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-C05").size() == 1);
  const Finding* f = at(r, "JX-C05", "$.report.date");
  REQUIRE(f);
  CHECK(f->severity() == Severity::warning);
  CHECK(f->form() == "report");
  CHECK(f->expected() == "≥ 2025-03-23");
  CHECK(f->found() == "2025-03-05");
  CHECK(contains(f->zh(), "自评报告日期2025-03-05早于 3 张所依据表格的填报日期，最晚的是项目“示例培训项目”的项目支出绩效自评表（2025-03-23）"));
  CHECK(contains(f->en(), "before the fill-in date of 3 of the forms it summarises"));
}

TEST_CASE("JX-C05 is silent on a report dated the same day as its forms, or only by month") {
  Package p = correct_package();
  p.report = report(Date{2025, 3, 10});
  CHECK(with_code(run(p), "JX-C05").empty());
  p.projects[0].sign_off.fill_date = Date{2025, 3, 28};
  p.report = report(Date{2025, 3, 0});  // 2025年3月 covers the 28th
  CHECK(with_code(run(p), "JX-C05").empty());
}

TEST_CASE("JX-C06 fires on an empty 主管部门 or 实施单位") {
  Package p = correct_package();
  p.projects[0].competent_department = "";
  p.projects[0].implementing_unit = "　";
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-C06").size() == 2);
  const Finding* f = at(r, "JX-C06", "$.projects[0].competent_department");
  REQUIRE(f);
  CHECK(f->row() == "主管部门");
  CHECK(contains(f->zh(), "项目“示例培训项目”的主管部门未填写"));
  CHECK(contains(f->en(), "names no competent department (主管部门)"));
  CHECK(at(r, "JX-C06", "$.projects[0].implementing_unit"));
}

TEST_CASE("JX-C06 is silent on filled 主管部门 and 实施单位") {
  CHECK(with_code(run(correct_package()), "JX-C06").empty());
}

TEST_CASE("JX-C07 fires on a title naming another year, full-width digits included") {
  Package p = correct_package();
  p.projects[0].title = "2023年度项目支出绩效自评表";
  p.department->title = "２０２５年部门整体支出绩效自评表";
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-C07").size() == 2);
  const Finding* f = at(r, "JX-C07", "$.projects[0].title");
  REQUIRE(f);
  CHECK(f->severity() == Severity::error);
  CHECK(f->expected() == "2024");
  CHECK(f->found() == "2023");
  CHECK(contains(f->zh(), "表名“2023年度项目支出绩效自评表”写的是2023年度，评价年度是2024年"));
  CHECK(contains(f->en(), "names the year 2023, but the evaluated year is 2024"));
  CHECK(at(r, "JX-C07", "$.department.title")->found() == "2025");
}

TEST_CASE("JX-C07 is silent on a title with no year, the right year, or a span including it") {
  Package p = correct_package();
  p.projects[0].title = "项目支出绩效自评表";
  p.department->title = "2023—2024年度部门整体支出绩效自评表";
  p.report = report(Date{2025, 3, 20}, "关于2024年度部门整体支出绩效自评的报告（2025年6月）");
  CHECK(with_code(run(p), "JX-C07").empty());
}

TEST_CASE("JX-C08 fires on an empty 填表人") {
  Package p = correct_package();
  p.basic_data->sign_off.filled_by = "";
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-C08").size() == 1);
  const Finding* f = at(r, "JX-C08", "$.basic_data.sign_off.filled_by");
  REQUIRE(f);
  CHECK(f->form() == "basic_data");
  CHECK(f->row() == "填表人");
  CHECK(contains(f->zh(), "部门整体支出绩效评价基础数据表没有填写填表人"));
  CHECK(contains(f->en(), "the basic data table gives no name of who filled it in"));
}

TEST_CASE("JX-C08 is silent on a filled 填表人") {
  CHECK(with_code(run(correct_package()), "JX-C08").empty());
}

TEST_CASE("JX-C on the bundled example: exactly the findings worked out from the seed") {
  const AuditResult r = run(example_package());
  // C02: 附件二's 预期目标 and 实际完成情况 are blank.
  // C04: 机构编制信息化维护费 and 机构改革经费 are dated 2024-06-12, in the evaluated year.
  // C05: the report (2025-06-12) predates 附件一, 附件二 (2025-06-20) and project 1 (2025-06-23).
  // C06: 主管部门 is blank in the three project tables.
  const std::map<std::string, int> expected{{"JX-C02", 2}, {"JX-C04", 2}, {"JX-C05", 1}, {"JX-C06", 3}};
  CHECK(counts(r, "JX-C") == expected);
  CHECK(at(r, "JX-C02", "$.department.goals.expected"));
  CHECK(at(r, "JX-C02", "$.department.goals.actual"));
  CHECK(at(r, "JX-C04", "$.projects[1].sign_off.fill_date"));
  CHECK(at(r, "JX-C04", "$.projects[2].sign_off.fill_date"));
  const Finding* c05 = at(r, "JX-C05", "$.report.date");
  REQUIRE(c05);
  CHECK(c05->expected() == "≥ 2025-06-23");
  CHECK(c05->found() == "2025-06-12");
  CHECK(contains(c05->zh(), "早于 3 张所依据表格的填报日期，最晚的是项目“事业单位法人登记及证书管理”的项目支出绩效自评表（2025-06-23）"));
  for (const char* path : {"$.projects[0]", "$.projects[1]", "$.projects[2]"})
    CHECK(at(r, "JX-C06", std::string(path) + ".competent_department"));
}
