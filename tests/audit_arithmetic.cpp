// The arithmetic checks JX-A01..A10 (docs/audit/arithmetic.md): each fires on a broken cell and is
// silent on a correct table; the bundled example has no arithmetic finding.
#include "audit_test_support.hpp"

#include <doctest/doctest.h>

using namespace audit_test;
using jixiao::audit;

namespace {

std::size_t count(const AuditResult& r, std::string_view code) { return with_code(r, code).size(); }

}  // namespace

// ---- JX-A01 -------------------------------------------------------------------------------------

TEST_CASE("JX-A01 fires on a total that does not foot") {
  Package p = correct_package();
  p.basic_data->public_funds.children[0].amounts.final = M("17.70");  // 17.70 + 1.73 = 19.43, printed 19.45
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A01") == 1);
  const Finding& f = *with_code(r, "JX-A01")[0];
  CHECK(f.severity() == jixiao::Severity::error);
  CHECK(f.form() == "basic_data");
  CHECK(f.form_name() == "示例县财政局");
  CHECK(f.row() == "公用经费");
  CHECK(f.field() == "final");
  CHECK(f.path() == "$.basic_data.public_funds.amounts.final");
  CHECK(f.expected() == "19.43");
  CHECK(f.found() == "19.45");
  CHECK(contains(f.zh(), "“公用经费”的2024年决算数填报 19.45 万元，其中各项之和为 19.43 万元，相差 0.02 万元（容差 0.01 万元）"));
  CHECK(contains(f.zh(), "17.7 + 1.73"));
  CHECK(contains(f.en(), "add up to 19.43 10k yuan"));
}

TEST_CASE("JX-A01 fires on a blank total whose sub-rows are filled, at every level") {
  Package p = correct_package();
  // 公务用车 leaves 本年预算数 blank although 公车购置 0.5 + 运行维护 0.7 are printed; its parent
  // "三公" then adds 0 + 0 + 0.8 against its printed 2.
  p.basic_data->three_public.children[0].amounts.budget.reset();
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A01") == 2);
  const Finding* blank = at(r, "JX-A01", "$.basic_data.three_public.children[0].amounts.budget");
  REQUIRE(blank);
  CHECK(blank->expected() == "1.20");
  CHECK_FALSE(blank->found());
  CHECK(contains(blank->zh(), "2024年预算数为空，但其中各项之和为 1.20 万元"));
  const Finding* parent = at(r, "JX-A01", "$.basic_data.three_public.amounts.budget");
  REQUIRE(parent);
  CHECK(parent->expected() == "0.80");
  CHECK(parent->found() == "2.00");
}

TEST_CASE("JX-A01 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-A01") == 0);

  Package p = correct_package();
  p.basic_data->public_funds.children[0].amounts.final = M("17.715");  // 0.005 apart: within 0.01 万元
  CHECK(count(audit(p), "JX-A01") == 0);

  // A column where no sub-row is filled is a total given without its breakdown: not checked.
  p = correct_package();
  for (auto& child : p.basic_data->public_funds.children) child.amounts.prior_final.reset();
  CHECK(count(audit(p), "JX-A01") == 0);

  // A blank total whose sub-rows are printed 0 is not a finding either.
  p = correct_package();
  p.basic_data->three_public.children[1].children.push_back(amount_row("因公出国（境）", "0", "0", "0"));
  p.basic_data->three_public.children[1].amounts = {};
  CHECK(count(audit(p), "JX-A01") == 0);
}

// ---- JX-A02 -------------------------------------------------------------------------------------

TEST_CASE("JX-A02 fires when the funds total differs from its 其中 rows") {
  Package p = correct_package();
  p.projects[0].funds.current_year->annual_budget = M("90");  // 90 + 0 + 0 against 100
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A02") == 1);
  const Finding& f = *with_code(r, "JX-A02")[0];
  CHECK(f.form() == "project");
  CHECK(f.form_name() == "示例培训项目");
  CHECK(f.row() == "年度资金总额");
  CHECK(f.field() == "annual_budget");
  CHECK(f.path() == "$.projects[0].funds.total.annual_budget");
  CHECK(f.expected() == "90.00");
  CHECK(f.found() == "100.00");
  CHECK(contains(f.zh(), "年度资金总额的全年预算数填报 100.00 万元，其中各项之和为 90.00 万元"));
  CHECK(contains(f.zh(), "其中：当年财政拨款 90.00 + 上年结转资金 0 + 其他资金 0"));
  CHECK(contains(f.zh(), "（容差 0.01 万元）"));
}

TEST_CASE("JX-A02 fires on a blank total column whose 其中 rows are filled") {
  Package p = correct_package();
  p.projects[0].funds.total.initial_budget.reset();
  const AuditResult r = audit(p);
  const Finding* f = at(r, "JX-A02", "$.projects[0].funds.total.initial_budget");
  REQUIRE(f);
  CHECK(f->expected() == "100.00");
  CHECK_FALSE(f->found());
  CHECK(contains(f->zh(), "年初预算数为空"));
}

TEST_CASE("JX-A02 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-A02") == 0);
  Package p = correct_package();
  p.projects[0].funds.current_year->annual_budget = M("90");
  p.projects[0].funds.carryover->annual_budget = M("10");  // 90 + 10 = 100
  CHECK(count(audit(p), "JX-A02") == 0);
  // Columns no 其中 row fills are not checked (the department table prints only the total).
  p = correct_package();
  p.projects[0].funds.current_year = jixiao::FundsRow{};
  CHECK(count(audit(p), "JX-A02") == 0);
}

// ---- JX-A03 / JX-A04 ----------------------------------------------------------------------------

TEST_CASE("JX-A03 fires when basic + project expenditure equals none of the funds columns") {
  Package p = correct_package();
  p.department->expenditure.basic = M("120");  // 120 + 100 = 220 against 200 / 210 / 210
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A03") == 1);
  const Finding& f = *with_code(r, "JX-A03")[0];
  CHECK(f.form() == "department");
  CHECK(f.row() == "按支出性质分");
  CHECK(f.field() == "expenditure");
  CHECK(f.path() == "$.department.expenditure");
  CHECK(f.expected() == "210.00");
  CHECK(f.found() == "220.00");
  CHECK(contains(f.zh(), "按支出性质分：基本支出 120.00 + 项目支出 100.00 = 220.00 万元，与年度资金总额的全年预算数 210.00、"
                       "年初预算数 200.00、全年执行数 210.00 均不相等（容差 0.01 万元）"));
}

TEST_CASE("JX-A03 is silent on a correct table and when the sum equals the initial budget (the seed's case)") {
  CHECK(count(audit(correct_package()), "JX-A03") == 0);
  Package p = correct_package();
  p.department->expenditure.basic = M("100");  // 100 + 100 = 200 = 年初预算数
  CHECK(count(audit(p), "JX-A03") == 0);
  p.department->expenditure = {};  // not printed: nothing to check
  CHECK(count(audit(p), "JX-A03") == 0);
}

TEST_CASE("JX-A04 fires when the income breakdown equals none of the funds columns") {
  Package p = correct_package();
  p.department->income.other = M("5");  // 210 + 5
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A04") == 1);
  const Finding& f = *with_code(r, "JX-A04")[0];
  CHECK(f.path() == "$.department.income");
  CHECK(f.field() == "income");
  CHECK(f.expected() == "210.00");
  CHECK(f.found() == "215.00");
  CHECK(contains(f.zh(), "按收入性质分：一般公共预算 210.00 + 其他资金 5.00 = 215.00 万元"));
}

TEST_CASE("JX-A04 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-A04") == 0);
  Package p = correct_package();
  p.department->income.general_public_budget = M("200");  // = 年初预算数
  CHECK(count(audit(p), "JX-A04") == 0);
}

// ---- JX-A05 -------------------------------------------------------------------------------------

TEST_CASE("JX-A05 fires on a printed execution rate that is wrong") {
  Package p = correct_package();
  p.projects[0].funds.total.execution_rate = P("95%");
  p.projects[0].funds.current_year->execution_rate = P("99.00%");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A05") == 2);
  const Finding* f = at(r, "JX-A05", "$.projects[0].funds.total.execution_rate");
  REQUIRE(f);
  CHECK(f->row() == "年度资金总额");
  CHECK(f->field() == "execution_rate");
  CHECK(f->expected() == "100.00%");
  CHECK(f->found() == "95%");
  CHECK(contains(f->zh(), "年度资金总额的执行率填报 95%，按全年执行数 100.00 ÷ 全年预算数 100.00 计算为 100.00%（容差 0.01 个百分点）"));
  CHECK(at(r, "JX-A05", "$.projects[0].funds.current_year.execution_rate"));
}

TEST_CASE("JX-A05 is silent on a correct table, and compares a rate at the places it is printed with") {
  CHECK(count(audit(correct_package()), "JX-A05") == 0);
  Package p = correct_package();
  p.projects[0].funds.total.execution_rate = P("100%");  // the seed's "100%" against 100.00%
  CHECK(count(audit(p), "JX-A05") == 0);
  p.projects[0].funds.total.executed = M("99.996");       // 99.996%: "100%" and "100.00%" are both right
  p.projects[0].funds.total.self_score = D("10");
  CHECK(count(audit(p), "JX-A05") == 0);
  p.projects[0].funds.total.execution_rate = P("100.00%");
  CHECK(count(audit(p), "JX-A05") == 0);
  p.projects[0].funds.total.execution_rate = P("99.99%");  // 0.01 points off: within the tolerance
  CHECK(count(audit(p), "JX-A05") == 0);
}

// ---- JX-A06 -------------------------------------------------------------------------------------

TEST_CASE("JX-A06 fires on a printed control rate that is wrong") {
  Package p = correct_package();
  p.basic_data->staffing.control_rate = P("72.00%");
  p.basic_data->buildings.investment_control_rate = P("90%");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A06") == 2);
  const Finding* f = at(r, "JX-A06", "$.basic_data.staffing.control_rate");
  REQUIRE(f);
  CHECK(f->form() == "basic_data");
  CHECK(f->row() == "财政供养人员情况");
  CHECK(f->field() == "control_rate");
  CHECK(f->expected() == "72.22%");
  CHECK(f->found() == "72.00%");
  CHECK(contains(f->zh(), "在职人员控制率填报 72.00%，按表内数字计算为 72.22%（容差 0.01 个百分点）"));
  CHECK(contains(f->zh(), "实际在职人数 13 ÷ 编制数 18"));
  const Finding* g = at(r, "JX-A06", "$.basic_data.buildings.investment_control_rate");
  REQUIRE(g);
  CHECK(g->expected() == "96.00%");
  CHECK(g->found() == "90%");
}

TEST_CASE("JX-A06 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-A06") == 0);
  Package p = correct_package();
  p.basic_data->staffing.control_rate = P("72.2%");  // 72.2222…% to one place
  p.basic_data->buildings.scale_control_rate = P("95%");
  CHECK(count(audit(p), "JX-A06") == 0);
}

// ---- JX-A07 -------------------------------------------------------------------------------------

TEST_CASE("JX-A07 fires on a self-score above its points") {
  Package p = correct_package();
  p.projects[0].indicators[0].groups[0].indicators[0].self_score = D("21");  // points 20
  p.projects[0].funds.total.self_score = D("11");                           // points 10
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A07") == 2);
  const Finding* f = at(r, "JX-A07", "$.projects[0].indicators[0].groups[0].indicators[0].self_score");
  REQUIRE(f);
  CHECK(f->row() == "完成培训人数");
  CHECK(f->field() == "self_score");
  CHECK(f->expected() == "20");
  CHECK(f->found() == "21");
  CHECK(contains(f->zh(), "“完成培训人数”的自评得分 21 高于分值 20"));
  const Finding* g = at(r, "JX-A07", "$.projects[0].funds.total.self_score");
  REQUIRE(g);
  CHECK(g->expected() == "10");
  CHECK(g->found() == "11");
}

TEST_CASE("JX-A07 fires on a funds score above the policy's points when the row prints none") {
  Package p = correct_package();
  p.department->funds.total.weight.reset();
  p.department->funds.total.self_score = D("12");
  const AuditResult r = audit(p);
  const Finding* f = at(r, "JX-A07", "$.department.funds.total.self_score");
  REQUIRE(f);
  CHECK(f->expected() == "10");
  CHECK(contains(f->zh(), "评分规则的预算执行率分值 10"));
}

TEST_CASE("JX-A07 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-A07") == 0);
}

// ---- JX-A08 -------------------------------------------------------------------------------------

TEST_CASE("JX-A08 fires when the filed total is not the sum of the filed scores") {
  Package p = correct_package();
  p.projects[0].total_self_score = D("95");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A08") == 1);
  const Finding& f = *with_code(r, "JX-A08")[0];
  CHECK(f.row() == "总分");
  CHECK(f.field() == "total_self_score");
  CHECK(f.path() == "$.projects[0].total_self_score");
  CHECK(f.expected() == "100");
  CHECK(f.found() == "95");
  CHECK(contains(f.zh(), "总分自评得分填报 95，而各项自评得分之和为 100 = 预算执行率 10 + 产出指标 50 + 效益指标 30 + "
                       "满意度指标 10（容差 0.1 分）"));
}

TEST_CASE("JX-A08 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-A08") == 0);
  Package p = correct_package();
  p.projects[0].total_self_score = D("99.95");  // within 0.1
  CHECK(count(audit(p), "JX-A08") == 0);
}

// ---- JX-A09 -------------------------------------------------------------------------------------

TEST_CASE("JX-A09 fires when the filed execution score does not follow from the rate") {
  Package p = correct_package();
  p.projects[0].funds.total.executed = M("90");  // 90% → 9.00; filed 10
  p.projects[0].funds.total.execution_rate = P("90.00%");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A09") == 1);
  const Finding& f = *with_code(r, "JX-A09")[0];
  CHECK(f.row() == "年度资金总额");
  CHECK(f.field() == "self_score");
  CHECK(f.path() == "$.projects[0].funds.total.self_score");
  CHECK(f.expected() == "9.00");
  CHECK(f.found() == "10");
  CHECK(contains(f.zh(), "预算执行率得分填报 10，按执行率 90.00% 应为 9.00（9.00 = 90 ÷ 100 × 10"));
  CHECK(contains(f.zh(), "（容差 0.1 分）"));
}

TEST_CASE("JX-A09 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-A09") == 0);
  Package p = correct_package();
  p.projects[0].funds.total.executed = M("90");
  p.projects[0].funds.total.execution_rate = P("90%");
  p.projects[0].funds.total.self_score = D("9.05");  // within 0.1 of 9.00
  CHECK(count(audit(p), "JX-A09") == 0);
}

// ---- JX-A10 -------------------------------------------------------------------------------------

TEST_CASE("JX-A10 fires when more is executed than budgeted") {
  Package p = correct_package();
  p.projects[0].funds.total.executed = M("105");
  p.projects[0].funds.total.execution_rate = P("105%");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-A10") == 1);
  const Finding& f = *with_code(r, "JX-A10")[0];
  CHECK(f.severity() == jixiao::Severity::warning);
  CHECK(f.row() == "年度资金总额");
  CHECK(f.field() == "executed");
  CHECK(f.path() == "$.projects[0].funds.total.executed");
  CHECK(f.expected() == "100.00");
  CHECK(f.found() == "105.00");
  CHECK(contains(f.zh(), "年度资金总额的全年执行数 105.00 万元 超过全年预算数 100.00 万元，超出 5.00 万元（容差 0.01 万元）"));
}

TEST_CASE("JX-A10 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-A10") == 0);
  Package p = correct_package();
  p.projects[0].funds.total.executed = M("100.005");  // within 0.01 万元
  CHECK(count(audit(p), "JX-A10") == 0);
}

// ---- the bundled example ------------------------------------------------------------------------

TEST_CASE("JX-A01..A10 on the bundled example: the arithmetic of the seed foots") {
  // 附件一 rows foot (0.26 / 2 / 2; 57 / 53.83 / 55.38; 23.73 / 24 / 19.45); 13 ÷ 18 = 72.22%;
  // 附件二 基本 155.38 + 项目 53.83 = 209.21 and 一般公共预算 209.21 equal 年初预算数; its 执行率 is
  // blank; the projects' "100%" equal 100.00%; every total is the sum of its scores; nothing is over
  // budget at the funds rows (附件一's 项目支出 55.38 > 53.83 is not a funds row).
  const AuditResult r = audit(example_package());
  CHECK(counts(r, "JX-A").empty());
}
