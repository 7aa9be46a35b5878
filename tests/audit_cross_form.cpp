// Tests of the cross-form checks JX-X01..X05 (src/audit/cross_form.cpp, docs/audit/cross_form.md):
// each rule fires on a broken package and is silent on a correct one, and the bundled example gives
// exactly the findings worked out by hand from the seed.
#include "audit_test_support.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace audit_test;
using jixiao::Severity;

namespace {

AuditResult run(const Package& p) { return jixiao::audit(p); }

/// A second project of 20 万元 with its own goals and indicators (nothing copied from the first).
jixiao::ProjectForm other_project() {
  jixiao::ProjectForm p = correct_project("示例信息化项目");
  p.funds.total = funds_row("20", "20", "20", "10", "100.00%", "10");
  p.funds.current_year = funds_row("20", "20", "20");
  p.goals = {"完成业务系统升级改造", "已完成升级改造"};
  for (auto& s : p.indicators)
    for (auto& g : s.groups)
      for (auto& i : g.indicators)
        if (g.category.id != jixiao::CategoryId::service_satisfaction) i.name = "系统" + i.name;
  return p;
}

}  // namespace

TEST_CASE("JX-X rules are silent on the correct package") {
  CHECK(counts(run(correct_package()), "JX-X").empty());
}

TEST_CASE("JX-X01 fires when the project tables do not add up to the project spending") {
  Package p = correct_package();
  p.projects.push_back(other_project());  // 100 + 20 = 120 against 100 in 附件一 and 附件二
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-X01").size() == 3);
  const Finding* f = at(r, "JX-X01", "$.basic_data.project_spending.amounts.budget");
  REQUIRE(f);
  CHECK(f->severity() == Severity::error);
  CHECK(f->form() == "basic_data");
  CHECK(f->row() == "项目支出");
  CHECK(f->field() == "budget");
  CHECK(f->expected() == "120.00");
  CHECK(f->found() == "100.00");
  CHECK(contains(f->zh(), "2张项目支出绩效自评表的全年预算数合计 100.00 + 20.00 = 120.00 万元，与基础数据表项目支出本年预算数 "
                        "100.00 万元不符（容差 0.01 万元）：各项目表合计比基础数据表项目支出本年预算数多 20.00 万元"));
  CHECK(contains(f->en(), "the 2 project tables' full-year budgets add up to 100.00 + 20.00 = 120.00"));
  const Finding* fin = at(r, "JX-X01", "$.basic_data.project_spending.amounts.final");
  REQUIRE(fin);
  CHECK(contains(fin->zh(), "全年执行数合计"));
  const Finding* dep = at(r, "JX-X01", "$.department.expenditure.project");
  REQUIRE(dep);
  CHECK(dep->form() == "department");
  CHECK(contains(dep->zh(), "部门整体支出绩效自评表按支出性质分的项目支出 100.00 万元不符"));
}

TEST_CASE("JX-X01 is silent within the tolerance and on figures on the 年初 basis") {
  Package p = correct_package();
  p.projects[0].funds.total.annual_budget = M("100.01");  // 0.01 万元 is within the tolerance
  CHECK(with_code(run(p), "JX-X01").empty());

  Package q = correct_package();  // 附件一/附件二 on the initial budget: Σ 年初 = 90
  q.projects[0].funds.total.initial_budget = M("90");
  q.basic_data->project_spending.amounts.budget = M("90");
  q.department->expenditure.project = M("90");
  CHECK(with_code(run(q), "JX-X01").empty());
}

TEST_CASE("JX-X02 fires when the department table and the basic data table disagree") {
  Package p = correct_package();
  p.department->expenditure.project = M("90");                // 附件一 says 100
  p.basic_data->public_funds.amounts.budget = M("120");        // more than 基本支出 110
  p.basic_data->project_spending.amounts.final = M("300");     // more than 全年执行数 210
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-X02").size() == 3);
  const Finding* f = at(r, "JX-X02", "$.department.expenditure.project");
  REQUIRE(f);
  CHECK(f->severity() == Severity::error);
  CHECK(f->expected() == "100.00");
  CHECK(f->found() == "90.00");
  CHECK(contains(f->zh(), "部门整体支出绩效自评表的项目支出 90.00 万元与基础数据表项目支出本年预算数 100.00 万元不符，相差 10.00 "
                        "万元（容差 0.01 万元）"));
  CHECK(contains(f->en(), "differs from the basic data table's project spending budget of 100.00"));
  const Finding* pub = at(r, "JX-X02", "$.basic_data.public_funds.amounts.budget");
  REQUIRE(pub);
  CHECK(pub->expected() == "≤ 110.00");
  CHECK(contains(pub->zh(), "公用经费是基本支出的一部分"));
  const Finding* fin = at(r, "JX-X02", "$.basic_data.project_spending.amounts.final");
  REQUIRE(fin);
  CHECK(contains(fin->zh(), "大于部门整体支出绩效自评表的全年执行数 210.00 万元"));
}

TEST_CASE("JX-X02 is silent on agreeing figures and on 公用经费 equal to 基本支出") {
  Package p = correct_package();
  p.basic_data->public_funds.amounts.budget = M("110");
  CHECK(with_code(run(p), "JX-X02").empty());
  p.basic_data.reset();  // nothing to compare with
  CHECK(with_code(run(p), "JX-X02").empty());
}

TEST_CASE("JX-X03 fires on a project implemented by another unit") {
  Package p = correct_package();
  p.projects[0].implementing_unit = "示例县教育局";
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-X03").size() == 1);
  const Finding* f = at(r, "JX-X03", "$.projects[0].implementing_unit");
  REQUIRE(f);
  CHECK(f->severity() == Severity::warning);
  CHECK(f->row() == "实施单位");
  CHECK(contains(f->zh(), "项目“示例培训项目”的实施单位“示例县教育局”不是本单位“示例县财政局”"));
  CHECK(contains(f->en(), "is implemented by \"示例县教育局\", not by the evaluated unit \"示例县财政局\""));
}

TEST_CASE("JX-X03 is silent on the unit's name spaced differently, with a suffix, or blank") {
  Package p = correct_package();
  p.projects[0].implementing_unit = " 示例县 财政局\n";
  p.projects.push_back(other_project());
  p.projects[1].implementing_unit = "示例县财政局（本级）";
  CHECK(with_code(run(p), "JX-X03").empty());
  p.projects[0].implementing_unit = "";  // blank: JX-C06's business
  CHECK(with_code(run(p), "JX-X03").empty());
}

TEST_CASE("JX-X04 fires on goals and indicator rows copied between projects, 满意度 aside") {
  Package p = correct_package();
  p.projects.push_back(correct_project("示例复制项目"));  // the same goals and rows
  const AuditResult r = run(p);
  // the goals and the six rows outside 满意度
  REQUIRE(with_code(r, "JX-X04").size() == 7);
  const Finding* g = at(r, "JX-X04", "$.projects[1].goals.expected");
  REQUIRE(g);
  CHECK(g->severity() == Severity::warning);
  CHECK(g->form_name() == "示例复制项目");
  CHECK(contains(g->zh(), "项目“示例复制项目”的年度总体目标（预期目标）与项目“示例培训项目”的一字不差（$.projects[0].goals.expected）"));
  CHECK(contains(g->en(), "word for word those of the project \"示例培训项目\""));
  const Finding* row = at(r, "JX-X04", "$.projects[1].indicators[0].groups[0].indicators[0].name");
  REQUIRE(row);
  CHECK(row->row() == "完成培训人数");
  CHECK(contains(row->zh(), "三级指标“完成培训人数”（年度指标值“≥200人”）与项目“示例培训项目”的"
                          "（$.projects[0].indicators[0].groups[0].indicators[0]）完全相同"));
  CHECK_FALSE(at(r, "JX-X04", "$.projects[1].indicators[2].groups[0].indicators[0].name"));
}

TEST_CASE("JX-X04 is silent on distinct projects sharing only a 满意度 row or a name with another target") {
  Package p = correct_package();
  p.projects.push_back(other_project());  // the same 参训人员满意度 ≥90% row
  p.projects[1].indicators[0].groups[0].indicators[0].name = "完成培训人数";  // the same name,
  p.projects[1].indicators[0].groups[0].indicators[0].target = jixiao::parse_indicator_value("≥50人");  // not target
  CHECK(with_code(run(p), "JX-X04").empty());
}

TEST_CASE("JX-X05 fires on a blank 全年预算数 beside 年初预算数 and 全年执行数, and on a rate taken on 年初") {
  Package p = correct_package();
  p.projects[0].funds.total = funds_row("100", "", "100", "10", "", "10");
  p.projects.push_back(other_project());
  p.projects[1].funds.total = funds_row("16", "20", "20", "10", "125.00%", "10");  // 20 ÷ 16
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-X05").size() == 2);
  const Finding* f = at(r, "JX-X05", "$.projects[0].funds.total.annual_budget");
  REQUIRE(f);
  CHECK(f->severity() == Severity::warning);
  CHECK(f->row() == "年度资金总额");
  CHECK(contains(f->zh(), "年度资金总额填了年初预算数 100.00 万元和全年执行数 100.00 万元，但全年预算数为空"));
  CHECK(contains(f->en(), "never on the initial one"));
  const Finding* rate = at(r, "JX-X05", "$.projects[1].funds.total.execution_rate");
  REQUIRE(rate);
  CHECK(rate->expected() == "100.00%");
  CHECK(rate->found() == "125.00%");
  CHECK(contains(rate->zh(), "年度资金总额的执行率 125.00% 是按年初预算数计算的（20.00 ÷ 16.00 = 125.00%）：应按全年预算数计算，"
                           "20.00 ÷ 20.00 = 100.00%（容差 0.01 个百分点）"));
}

TEST_CASE("JX-X05 is silent on a rate taken on 全年预算数 and on a row with nothing executed") {
  Package p = correct_package();
  p.projects[0].funds.total = funds_row("80", "100", "100", "10", "100.00%", "10");
  p.projects[0].funds.current_year = funds_row("80", "", "");
  CHECK(with_code(run(p), "JX-X05").empty());
}

TEST_CASE("JX-X on the bundled example: exactly the findings worked out from the seed") {
  const AuditResult r = run(example_package());
  // X01: Σ projects 28 + 12 + 8 = 48 (budget and executed) against 附件一 项目支出 53.83 / 55.38
  //      and 附件二 项目支出 53.83.
  // X04: 机构改革经费 copies 机构编制信息化维护费's 预期目标, its 经济效益 row 全县机构编制实名制数据更新等
  //      100% and its 可持续影响 row 推进工作正常运行、支持经济平稳发展 进一步推进 (the 满意度 row
  //      服务办事单位满意度 ≥96%, in all three, is not a copy).
  const std::map<std::string, int> expected{{"JX-X01", 3}, {"JX-X04", 3}};
  CHECK(counts(r, "JX-X") == expected);
  const Finding* budget = at(r, "JX-X01", "$.basic_data.project_spending.amounts.budget");
  REQUIRE(budget);
  CHECK(budget->expected() == "48.00");
  CHECK(budget->found() == "53.83");
  CHECK(contains(budget->zh(), "3张项目支出绩效自评表的全年预算数合计 28.00 + 12.00 + 8.00 = 48.00 万元"));
  CHECK(contains(budget->zh(), "中有 5.83 万元没有对应的项目支出绩效自评表"));
  const Finding* final_amount = at(r, "JX-X01", "$.basic_data.project_spending.amounts.final");
  REQUIRE(final_amount);
  CHECK(final_amount->found() == "55.38");
  CHECK(contains(final_amount->zh(), "中有 7.38 万元"));
  CHECK(at(r, "JX-X01", "$.department.expenditure.project"));
  CHECK(at(r, "JX-X04", "$.projects[2].goals.expected"));
  CHECK(at(r, "JX-X04", "$.projects[2].indicators[1].groups[0].indicators[0].name"));
  CHECK(at(r, "JX-X04", "$.projects[2].indicators[1].groups[3].indicators[0].name"));
}
