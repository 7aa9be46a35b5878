// Helpers for the audit tests: small packages built in code (a correct one to start from and break),
// the bundled example, and looking findings up by code. Header only, no doctest macros.
//
//   Package p = audit_test::correct_package();      // every table correct under national-2020
//   p.projects[0].funds.total.self_score = D("9");  // break one cell
//   const AuditResult r = jixiao::audit(p);
//   const auto hits = audit_test::with_code(r, "JX-A09");
#ifndef JIXIAO_TESTS_AUDIT_TEST_SUPPORT_HPP
#define JIXIAO_TESTS_AUDIT_TEST_SUPPORT_HPP

#include <jixiao/audit.hpp>
#include <jixiao/package_json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit_test {

using jixiao::AuditResult;
using jixiao::Decimal;
using jixiao::Finding;
using jixiao::Money;
using jixiao::Package;
using jixiao::Percent;

inline Decimal D(std::string_view s) { return Decimal::parse(s); }
/// An amount in 万元.
inline Money M(std::string_view s) { return Money::parse(s, jixiao::MoneyUnit::wan_yuan); }
inline Percent P(std::string_view s) { return Percent::parse(s); }
/// An optional number: "" is a blank cell.
inline std::optional<Decimal> opt(std::string_view s) {
  return s.empty() ? std::nullopt : std::optional<Decimal>(D(s));
}
inline std::optional<Money> opt_money(std::string_view s) {
  return s.empty() ? std::nullopt : std::optional<Money>(M(s));
}

/// A 三级 row; "" leaves 分值 or 自评得分 blank.
inline jixiao::Indicator row(std::string name, std::string_view target, std::string_view actual,
                             std::string_view weight, std::string_view self_score, std::string deviation = {}) {
  jixiao::Indicator i;
  i.name = std::move(name);
  i.target = jixiao::parse_indicator_value(target);
  i.actual = jixiao::parse_indicator_value(actual);
  i.weight = opt(weight);
  i.self_score = opt(self_score);
  i.deviation = std::move(deviation);
  return i;
}

/// A 二级 group, its label recognised as a level-2 category.
inline jixiao::IndicatorGroup group(std::string_view label, std::vector<jixiao::Indicator> rows) {
  jixiao::IndicatorGroup g;
  g.category = {jixiao::classify_category(label, jixiao::CategoryLevel::level2), std::string(label)};
  g.indicators = std::move(rows);
  return g;
}

/// A 一级 section; the points printed in the label ("产出指标（50分）") become its weight, as the
/// JSON reader does.
inline jixiao::IndicatorSection section(std::string_view label, std::vector<jixiao::IndicatorGroup> groups) {
  jixiao::IndicatorSection s;
  s.category = {jixiao::classify_category(label, jixiao::CategoryLevel::level1), std::string(label)};
  s.weight = jixiao::split_label(label).points;
  s.groups = std::move(groups);
  return s;
}

/// A funds row in 万元; "" leaves a cell blank.
inline jixiao::FundsRow funds_row(std::string_view initial, std::string_view annual, std::string_view executed,
                                  std::string_view weight = "", std::string_view rate = "",
                                  std::string_view self_score = "") {
  jixiao::FundsRow r;
  r.initial_budget = opt_money(initial);
  r.annual_budget = opt_money(annual);
  r.executed = opt_money(executed);
  r.weight = opt(weight);
  if (!rate.empty()) r.execution_rate = P(rate);
  r.self_score = opt(self_score);
  return r;
}

/// 产出 50 (20 + 10 + 10 + 10), 效益 30 (20 + 10), 满意度 10: every target met, full marks filed.
/// Paths: [0] 产出 → groups 数量, 质量, 时效, 成本; [1] 效益 → 社会效益, 可持续影响; [2] 满意度.
inline std::vector<jixiao::IndicatorSection> correct_indicators() {
  return {
      section("产出指标（50分）",
              {group("数量指标", {row("完成培训人数", "≥200人", "210人", "20", "20")}),
               group("质量指标", {row("培训合格率", "≥95%", "98%", "10", "10")}),
               group("时效指标", {row("按期完成率", "100%", "100%", "10", "10")}),
               group("成本指标", {row("人均培训成本", "≤500元", "480元", "10", "10")})}),
      section("效益指标（30分）",
              {group("社会效益指标", {row("政策知晓率", "≥90%", "92%", "20", "20")}),
               group("可持续影响指标", {row("长效机制建设", "达成年度指标", "达成年度指标", "10", "10")})}),
      section("满意度指标（10分）", {group("服务对象满意度指标", {row("参训人员满意度", "≥90%", "95%", "10", "10")})}),
  };
}

inline constexpr std::string_view unit_name = "示例县财政局";

/// A correct 项目支出绩效自评表: 100 budgeted and executed (万元), execution 10, indicators 90.
inline jixiao::ProjectForm correct_project(std::string name = "示例培训项目") {
  jixiao::ProjectForm p;
  p.title = "2024年度项目支出绩效自评表";
  p.project_name = std::move(name);
  p.competent_department = std::string(unit_name);
  p.implementing_unit = std::string(unit_name);
  p.funds.total = funds_row("100", "100", "100", "10", "100.00%", "10");
  p.funds.current_year = funds_row("100", "100", "100");
  p.funds.carryover = jixiao::FundsRow{};
  p.funds.other = jixiao::FundsRow{};
  p.goals = {"完成全县业务培训200人次", "完成培训210人次"};
  p.indicators = correct_indicators();
  p.total_weight = D("100");
  p.total_self_score = D("100");
  p.sign_off = {"张三", jixiao::Date{2025, 3, 10}};
  return p;
}

/// A correct 部门整体支出绩效自评表: 年初 200, 全年 210, executed 210; income 210 = 一般公共预算;
/// expenditure 基本 110 + 项目 100 = 210.
inline jixiao::DepartmentForm correct_department() {
  jixiao::DepartmentForm d;
  d.title = "2024年度部门整体支出绩效自评表";
  d.unit_name = std::string(unit_name);
  d.funds.total = funds_row("200", "210", "210", "10", "100.00%", "10");
  d.income.general_public_budget = M("210");
  d.expenditure.basic = M("110");
  d.expenditure.project = M("100");
  d.goals = {"保障单位正常运转，完成年度培训任务", "已完成"};
  d.indicators = correct_indicators();
  d.total_weight = D("100");
  d.total_self_score = D("100");
  d.sign_off = {"张三", jixiao::Date{2025, 3, 10}};
  return d;
}

inline jixiao::AmountRow amount_row(std::string name, std::string_view prior, std::string_view budget,
                                    std::string_view final_amount, std::vector<jixiao::AmountRow> children = {}) {
  return {std::move(name), {opt_money(prior), opt_money(budget), opt_money(final_amount)}, std::move(children)};
}

/// A correct 基础数据表: every row foots and every printed rate is right.
/// three_public 1.5 / 2 / 1.8 = 公务用车 (购置 0.5 + 运行维护 0.5 …) + 出国 0 + 公务接待;
/// project_spending 90 / 100 / 100 (the one project's 100);
/// public_funds 20 / 24 / 19.45 = 18 + 2 / 16 + 8 / 17.72 + 1.73.
inline jixiao::BasicDataForm correct_basic_data() {
  jixiao::BasicDataForm b;
  b.title = "2024年度部门整体支出绩效评价基础数据表";
  b.staffing = {D("18"), D("13"), P("72.22%")};
  b.three_public = amount_row(
      "“三公”经费", "1.5", "2", "1.8",
      {amount_row("1、公务用车购置和维护经费", "1", "1.2", "1.1",
                  {amount_row("其中：公车购置", "0.5", "0.5", "0.5"), amount_row("公车运行维护", "0.5", "0.7", "0.6")}),
       amount_row("2、出国经费", "0", "0", "0"), amount_row("3、公务接待", "0.5", "0.8", "0.7")});
  b.project_spending = amount_row("项目支出", "90", "100", "100", {amount_row("1、业务工作经费", "90", "100", "100")});
  b.public_funds = amount_row("公用经费", "20", "24", "19.45",
                              {amount_row("其中：办公经费", "18", "16", "17.72"),
                               amount_row("水费、电费、差旅费", "2", "8", "1.73")});
  b.government_procurement = {M("10"), M("12"), M("11")};
  b.buildings.approved_area = D("1000");
  b.buildings.actual_area = D("950");
  b.buildings.scale_control_rate = P("95.00%");
  b.buildings.budgeted_investment = M("500");
  b.buildings.actual_investment = M("480");
  b.buildings.investment_control_rate = P("96.00%");
  b.savings_measures = "严格执行公务接待标准，压减一般性支出";
  b.sign_off = {"张三", jixiao::Date{2025, 3, 10}};
  return b;
}

/// A package of the three correct tables and one correct project (2024, 万元).
inline Package correct_package() {
  Package p;
  p.unit_name = std::string(unit_name);
  p.year = 2024;
  p.basic_data = correct_basic_data();
  p.department = correct_department();
  p.projects.push_back(correct_project());
  return p;
}

/// The bundled example (examples/hengshan-2024/package.json); needs JIXIAO_SOURCE_DIR.
inline const Package& example_package() {
  static const Package package =
      jixiao::read_package_file(std::string(JIXIAO_SOURCE_DIR) + "/examples/hengshan-2024/package.json").package;
  return package;
}

/// The findings of a rule, in the order reported.
inline std::vector<const Finding*> with_code(const AuditResult& r, std::string_view code) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings)
    if (f.code() == code) out.push_back(&f);
  return out;
}

/// The finding of a rule at a JSON path, or nullptr.
inline const Finding* at(const AuditResult& r, std::string_view code, std::string_view path) {
  for (const Finding& f : r.findings)
    if (f.code() == code && f.path() == path) return &f;
  return nullptr;
}

/// How many findings each code has, for the codes starting with `prefix` ("JX-A", "" for all).
inline std::map<std::string, int> counts(const AuditResult& r, std::string_view prefix = "") {
  std::map<std::string, int> out;
  for (const Finding& f : r.findings)
    if (std::string_view(f.code()).substr(0, prefix.size()) == prefix) ++out[std::string(f.code())];
  return out;
}

/// Whether `text` contains `part` (for message fragments).
inline bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace audit_test

#endif  // JIXIAO_TESTS_AUDIT_TEST_SUPPORT_HPP
