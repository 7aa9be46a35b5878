// JX-X01..X05: the forms against each other (表间核对). Semantics: docs/audit/cross_form.md.
#include "audit_context.hpp"

#include <jixiao/text_normalize.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::audit_detail {
namespace {

std::string unit_name(const Package& p) {
  return p.unit_name.empty() && p.department ? p.department->unit_name : p.unit_name;
}

Place basic_place(const Package& p, std::string row, std::string field, std::string path) {
  return {"basic_data", unit_name(p), std::move(row), std::move(field), std::move(path)};
}

std::string tolerance_zh(const Context& c) { return c.amount_tolerance(Lang::zh); }
std::string tolerance_en(const Context& c) { return c.amount_tolerance(Lang::en); }
std::string unit_zh(const Context& c) { return std::string(money_unit_name(c.package.money_unit, Lang::zh)); }
std::string unit_en(const Context& c) { return std::string(money_unit_name(c.package.money_unit, Lang::en)); }

/// Σ of one column over the project tables' funds totals; empty when a project leaves it blank
/// (the sum would be partial: JX-C03 reports the blank).
std::optional<Money> project_sum(const Package& p, std::optional<Money> FundsRow::*column) {
  Money sum;
  for (const ProjectForm& pr : p.projects) {
    if (!(pr.funds.total.*column)) return std::nullopt;
    sum += *(pr.funds.total.*column);
  }
  return sum;
}

/// "28.00 + 12.00 + 8.00" (at most 12 terms, else "3 个项目" / "3 projects").
std::string terms(const Context& c, std::optional<Money> FundsRow::*column, Lang lang) {
  if (c.package.projects.size() > 12)
    return lang == Lang::zh ? fmt::format("{}个项目", c.package.projects.size())
                            : fmt::format("{} projects", c.package.projects.size());
  std::string out;
  for (const ProjectForm& pr : c.package.projects) {
    if (!out.empty()) out += " + ";
    out += c.amount(*(pr.funds.total.*column));
  }
  return out;
}

// ---- X01 -------------------------------------------------------------------------------------

/// The project tables' Σ against one amount of another form. `alternative` is the Σ of 年初预算数,
/// accepted as well where the other form's figure may be on the initial basis.
void compare_sum(const Context& c, const std::optional<Money>& other, const Money& sum,
                 const std::optional<Money>& alternative, std::optional<Money> FundsRow::*column, Place where,
                 std::string_view other_zh, std::string_view other_en) {
  if (!other || !c.amounts_differ(*other, sum)) return;
  if (alternative && !c.amounts_differ(*other, *alternative)) return;
  const bool budget = column != &FundsRow::executed;
  const std::string col_zh = budget ? "全年预算数" : "全年执行数";
  const std::string col_en = budget ? "full-year budgets" : "amounts executed";
  const Money diff = *other - sum;
  const std::string gap_zh =
      diff.signum() > 0 ? fmt::format("{}中有 {} {}没有对应的项目支出绩效自评表，或数字有误", other_zh,
                                      c.amount(diff), unit_zh(c))
                        : fmt::format("各项目表合计比{}多 {} {}", other_zh, c.amount(diff.abs()), unit_zh(c));
  const std::string gap_en =
      diff.signum() > 0 ? fmt::format("{} {} of {} has no project table, or a figure is wrong", c.amount(diff),
                                      unit_en(c), other_en)
                        : fmt::format("the project tables add up to {} {} more than {}", c.amount(diff.abs()),
                                      unit_en(c), other_en);
  c.report("JX-X01", std::move(where),
           fmt::format("{}张项目支出绩效自评表的{}合计 {} = {} {}，与{} {} {}不符{}：{}", c.package.projects.size(),
                       col_zh, terms(c, column, Lang::zh), c.amount(sum), unit_zh(c), other_zh, c.amount(*other),
                       unit_zh(c), tolerance_zh(c), gap_zh),
           fmt::format("the {} project tables' {} add up to {} = {} {}, not to {} of {} {}{}: {}",
                       c.package.projects.size(), col_en, terms(c, column, Lang::en), c.amount(sum), unit_en(c),
                       other_en, c.amount(*other), unit_en(c), tolerance_en(c), gap_en),
           c.amount(sum), c.amount(*other));
}

void check_project_sums(const Context& c) {
  const Package& p = c.package;
  if (p.projects.empty()) return;
  const std::optional<Money> annual = project_sum(p, &FundsRow::annual_budget);
  const std::optional<Money> initial = project_sum(p, &FundsRow::initial_budget);
  const std::optional<Money> executed = project_sum(p, &FundsRow::executed);
  if (p.basic_data) {
    const AmountRow& row = p.basic_data->project_spending;
    if (annual)
      compare_sum(c, row.amounts.budget, *annual, initial, &FundsRow::annual_budget,
                  basic_place(p, row.name, "budget", "$.basic_data.project_spending.amounts.budget"),
                  "基础数据表项目支出本年预算数", "the basic data table's project spending budget");
    if (executed)
      compare_sum(c, row.amounts.final, *executed, std::nullopt, &FundsRow::executed,
                  basic_place(p, row.name, "final", "$.basic_data.project_spending.amounts.final"),
                  "基础数据表项目支出本年决算数", "the basic data table's project spending final accounts");
  }
  if (p.department && annual)
    compare_sum(c, p.department->expenditure.project, *annual, initial, &FundsRow::annual_budget,
                department_place(p, "项目支出", "project", "$.department.expenditure.project"),
                "部门整体支出绩效自评表按支出性质分的项目支出", "the department table's project expenditure");
}

// ---- X02 -------------------------------------------------------------------------------------

void check_department_vs_basic(const Context& c) {
  const Package& p = c.package;
  if (!p.department || !p.basic_data) return;
  const DepartmentForm& d = *p.department;
  const BasicDataForm& b = *p.basic_data;

  // 项目支出: the department's 按支出性质分 against the basic data's 本年预算数.
  if (d.expenditure.project && b.project_spending.amounts.budget &&
      c.amounts_differ(*d.expenditure.project, *b.project_spending.amounts.budget)) {
    const Money diff = (*d.expenditure.project - *b.project_spending.amounts.budget).abs();
    c.report("JX-X02", department_place(p, "项目支出", "project", "$.department.expenditure.project"),
             fmt::format("部门整体支出绩效自评表的项目支出 {0} {2}与基础数据表项目支出本年预算数 {1} {2}不符，相差 {3} {2}{4}",
                         c.amount(*d.expenditure.project), c.amount(*b.project_spending.amounts.budget), unit_zh(c),
                         c.amount(diff), tolerance_zh(c)),
             fmt::format("the department table's project expenditure of {0} {2} differs from the basic data table's "
                         "project spending budget of {1} {2} by {3} {2}{4}",
                         c.amount(*d.expenditure.project), c.amount(*b.project_spending.amounts.budget), unit_en(c),
                         c.amount(diff), tolerance_en(c)),
             c.amount(*b.project_spending.amounts.budget), c.amount(*d.expenditure.project));
  }

  // 公用经费 is part of 基本支出 (基本支出 = 人员经费 + 公用经费).
  if (d.expenditure.basic && b.public_funds.amounts.budget &&
      *b.public_funds.amounts.budget - *d.expenditure.basic > Money::in(p.money_unit, c.policy.tolerances.amount))
    c.report("JX-X02", basic_place(p, b.public_funds.name, "budget", "$.basic_data.public_funds.amounts.budget"),
             fmt::format("基础数据表公用经费本年预算数 {0} {2}大于部门整体支出绩效自评表的基本支出 {1} {2}{3}："
                         "公用经费是基本支出的一部分（基本支出 = 人员经费 + 公用经费）",
                         c.amount(*b.public_funds.amounts.budget), c.amount(*d.expenditure.basic), unit_zh(c),
                         tolerance_zh(c)),
             fmt::format("the basic data table's public funds budget of {0} {2} is more than the department table's "
                         "basic expenditure of {1} {2}{3}: public funds are part of basic expenditure (basic = "
                         "personnel + public funds)",
                         c.amount(*b.public_funds.amounts.budget), c.amount(*d.expenditure.basic), unit_en(c),
                         tolerance_en(c)),
             "≤ " + c.amount(*d.expenditure.basic), c.amount(*b.public_funds.amounts.budget));

  // 项目支出 本年决算数 is part of what the unit spent in the year (全年执行数).
  if (d.funds.total.executed && b.project_spending.amounts.final &&
      *b.project_spending.amounts.final - *d.funds.total.executed >
          Money::in(p.money_unit, c.policy.tolerances.amount))
    c.report("JX-X02",
             basic_place(p, b.project_spending.name, "final", "$.basic_data.project_spending.amounts.final"),
             fmt::format("基础数据表项目支出本年决算数 {0} {2}大于部门整体支出绩效自评表的全年执行数 {1} {2}{3}："
                         "项目支出是全部支出的一部分",
                         c.amount(*b.project_spending.amounts.final), c.amount(*d.funds.total.executed), unit_zh(c),
                         tolerance_zh(c)),
             fmt::format("the basic data table's project spending final accounts of {0} {2} are more than the "
                         "department table's amount executed of {1} {2}{3}: project spending is part of all spending",
                         c.amount(*b.project_spending.amounts.final), c.amount(*d.funds.total.executed), unit_en(c),
                         tolerance_en(c)),
             "≤ " + c.amount(*d.funds.total.executed), c.amount(*b.project_spending.amounts.final));
}

// ---- X03 -------------------------------------------------------------------------------------

void check_implementing_units(const Context& c) {
  const Package& p = c.package;
  std::string own_buffer, unit_buffer;
  const std::string_view own = normalized(p.unit_name.empty() && p.department ? std::string_view(p.department->unit_name)
                                                                              : std::string_view(p.unit_name),
                                          own_buffer);
  if (own.empty()) return;
  for (std::size_t i = 0; i < p.projects.size(); ++i) {
    const std::string_view unit = normalized(p.projects[i].implementing_unit, unit_buffer);
    if (unit.empty() || unit == own || unit.find(own) != std::string_view::npos ||
        own.find(unit) != std::string_view::npos)
      continue;
    c.report("JX-X03",
             project_place(p, i, "实施单位", "implementing_unit", fmt::format("$.projects[{}].implementing_unit", i)),
             fmt::format("项目“{}”的实施单位“{}”不是本单位“{}”：请核实项目是否属于本单位的自评范围，或单位名称是否填写有误",
                         p.projects[i].project_name, std::string(trim(p.projects[i].implementing_unit)),
                         unit_name(p)),
             fmt::format("the project \"{}\" is implemented by \"{}\", not by the evaluated unit \"{}\": check that "
                         "the project belongs to this unit's self-evaluation, or the unit's name",
                         p.projects[i].project_name, std::string(trim(p.projects[i].implementing_unit)),
                         unit_name(p)));
  }
}

// ---- X04 -------------------------------------------------------------------------------------

bool is_satisfaction(const IndicatorSection& s, const IndicatorGroup& g) {
  return s.category.id == CategoryId::satisfaction || g.category.id == CategoryId::service_satisfaction;
}

bool is_placeholder_text(std::string_view text) {
  return !surely_not_placeholder(text) && jixiao::is_placeholder(text);
}

void check_copies(const Context& c) {
  const Package& p = c.package;
  if (p.projects.size() < 2) return;  // a copy needs two projects
  std::map<std::string, std::size_t> goals;  // normalised 预期目标 → first project
  struct First {
    std::size_t project, s, g, k;  // its path is written only for a finding
  };
  const auto row_path = [](std::size_t i, std::size_t s, std::size_t g, std::size_t k) {
    return fmt::format("$.projects[{}].indicators[{}].groups[{}].indicators[{}]", i, s, g, k);
  };
  std::map<std::pair<std::string, std::string>, First> rows;  // (name, target) → first project's row
  for (std::size_t i = 0; i < p.projects.size(); ++i) {
    const ProjectForm& pr = p.projects[i];
    const std::string expected = normalize_label(pr.goals.expected);
    if (!expected.empty() && !is_placeholder_text(pr.goals.expected)) {
      const auto [it, inserted] = goals.try_emplace(expected, i);
      if (!inserted) {
        const ProjectForm& first = p.projects[it->second];
        c.report("JX-X04",
                 project_place(p, i, "年度总体目标", "expected", fmt::format("$.projects[{}].goals.expected", i)),
                 fmt::format("项目“{}”的年度总体目标（预期目标）与项目“{}”的一字不差（$.projects[{}].goals.expected），"
                             "不同项目的目标应各自填写",
                             pr.project_name, first.project_name, it->second),
                 fmt::format("the expected goals of the project \"{}\" are word for word those of the project \"{}\" "
                             "($.projects[{}].goals.expected): each project states its own goals",
                             pr.project_name, first.project_name, it->second));
      }
    }
    std::map<std::pair<std::string, std::string>, bool> in_this;  // one finding per row of a project
    for (std::size_t s = 0; s < pr.indicators.size(); ++s)
      for (std::size_t g = 0; g < pr.indicators[s].groups.size(); ++g) {
        const IndicatorGroup& group = pr.indicators[s].groups[g];
        if (is_satisfaction(pr.indicators[s], group)) continue;  // one survey may serve every project
        for (std::size_t k = 0; k < group.indicators.size(); ++k) {
          const Indicator& row = group.indicators[k];
          const std::string name = normalize_label(row.name);
          const std::string target = normalize_label(row.target.text);
          if (name.empty() || target.empty() || is_placeholder_text(row.name)) continue;
          const std::pair key{name, target};
          const auto [it, inserted] = rows.try_emplace(key, First{i, s, g, k});
          if (inserted || it->second.project == i || in_this[key]) continue;
          in_this[key] = true;
          const ProjectForm& first = p.projects[it->second.project];
          const std::string path = row_path(i, s, g, k);
          const std::string first_path = row_path(it->second.project, it->second.s, it->second.g, it->second.k);
          c.report("JX-X04", project_place(p, i, row.name, "name", path + ".name"),
                   fmt::format("项目“{}”的三级指标“{}”（年度指标值“{}”）与项目“{}”的（{}）完全相同，疑为照抄",
                               pr.project_name, std::string(trim(row.name)), std::string(trim(row.target.text)),
                               first.project_name, first_path),
                   fmt::format("the indicator \"{}\" with target \"{}\" of the project \"{}\" is the same as the "
                               "project \"{}\"'s ({}): copied?",
                               std::string(trim(row.name)), std::string(trim(row.target.text)), pr.project_name,
                               first.project_name, first_path));
        }
      }
  }
}

// ---- X05 -------------------------------------------------------------------------------------

void check_budget_basis(const Context& c) {
  const Package& p = c.package;
  for (std::size_t i = 0; i < p.projects.size(); ++i) {
    const FundsBlock& f = p.projects[i].funds;
    struct Row {
      const FundsRow* row;
      std::string_view key;
      std::string_view zh;
      std::string_view en;
    };
    const std::array<Row, 4> funds_rows{{
        {&f.total, "total", "年度资金总额", "funds total"},
        {f.current_year ? &*f.current_year : nullptr, "current_year", "当年财政拨款", "current-year appropriation"},
        {f.carryover ? &*f.carryover : nullptr, "carryover", "上年结转资金", "carry-over"},
        {f.other ? &*f.other : nullptr, "other", "其他资金", "other funds"}}};
    for (const Row& r : funds_rows) {
      if (!r.row) continue;
      const FundsRow& row = *r.row;
      const auto base = [&] { return fmt::format("$.projects[{}].funds.{}", i, r.key); };  // only for a finding
      if (!row.annual_budget && row.initial_budget && row.executed) {
        c.report("JX-X05", project_place(p, i, std::string(r.zh), "annual_budget", base() + ".annual_budget"),
                 fmt::format("{}填了年初预算数 {} {}和全年执行数 {} {}，但全年预算数为空：执行率应以全年预算数"
                             "（调整后预算）为分母，不能以年初预算数代替",
                             r.zh, c.amount(*row.initial_budget), unit_zh(c), c.amount(*row.executed), unit_zh(c)),
                 fmt::format("the {} row gives the initial budget ({} {}) and the amount executed ({} {}) but no "
                             "full-year budget: the execution rate is taken on the full-year (adjusted) budget, "
                             "never on the initial one",
                             r.en, c.amount(*row.initial_budget), unit_en(c), c.amount(*row.executed), unit_en(c)));
        continue;
      }
      // A printed rate worked out on 年初预算数 where 全年预算数 differs.
      if (!row.annual_budget || !row.initial_budget || !row.executed || !row.execution_rate) continue;
      if (row.annual_budget->is_zero() || row.initial_budget->is_zero()) continue;
      if (!c.amounts_differ(*row.annual_budget, *row.initial_budget)) continue;
      const int scale = std::max(row.execution_rate->points().scale(), 0);
      const Percent on_annual = Percent::of(*row.executed, *row.annual_budget, scale);
      const Percent on_initial = Percent::of(*row.executed, *row.initial_budget, scale);
      if (c.rates_differ(*row.execution_rate, on_annual) && !c.rates_differ(*row.execution_rate, on_initial))
        c.report("JX-X05", project_place(p, i, std::string(r.zh), "execution_rate", base() + ".execution_rate"),
                 fmt::format("{}的执行率 {} 是按年初预算数计算的（{} ÷ {} = {}）：应按全年预算数计算，{} ÷ {} = {}{}",
                             r.zh, row.execution_rate->to_string(), c.amount(*row.executed),
                             c.amount(*row.initial_budget), on_initial.to_string(), c.amount(*row.executed),
                             c.amount(*row.annual_budget), on_annual.to_string(), c.rate_tolerance(Lang::zh)),
                 fmt::format("the {} row's execution rate {} was worked out on the initial budget ({} / {} = {}): it "
                             "is taken on the full-year budget, {} / {} = {}{}",
                             r.en, row.execution_rate->to_string(), c.amount(*row.executed),
                             c.amount(*row.initial_budget), on_initial.to_string(), c.amount(*row.executed),
                             c.amount(*row.annual_budget), on_annual.to_string(), c.rate_tolerance(Lang::en)),
                 on_annual.to_string(), row.execution_rate->to_string());
    }
  }
}

/// The order of a finding's form in the package: basic data, department, projects, report.
std::size_t form_order(std::string_view form, std::string_view path) {
  if (form == "basic_data") return 0;
  if (form == "department") return 1;
  if (form == "project") {
    std::size_t index = 0;
    const std::size_t open = path.find('[');
    if (open != std::string_view::npos) std::from_chars(path.data() + open + 1, path.data() + path.size(), index);
    return 2 + index;
  }
  return static_cast<std::size_t>(-1);
}

template <class Check>
void guarded(const Context& c, Check check) {
  try {
    check(c);
  } catch (const Error&) {
    // amounts beyond 38 digits cannot be added up or divided: nothing to compare
  }
}

}  // namespace

void check_cross_form(const Context& c) {
  const std::array<Severity, 3> severities{Severity::error, Severity::warning, Severity::info};
  std::array<std::size_t, 3> first{};
  for (std::size_t k = 0; k < 3; ++k) first[k] = c.list(severities[k]).size();
  guarded(c, check_project_sums);
  guarded(c, check_department_vs_basic);
  guarded(c, check_implementing_units);
  guarded(c, check_copies);
  guarded(c, check_budget_basis);
  // package order within the group, rule order within a form (in each severity's list: the same
  // order as sorting the group's findings and then taking them by severity)
  for (std::size_t k = 0; k < 3; ++k) {
    using Record = FindingCollector::Record;
    std::vector<Record>& list = c.list(severities[k]);
    const auto order = [&](const Record& r) { return form_order(c.findings.form(r), c.findings.path(r)); };
    std::stable_sort(list.begin() + static_cast<std::ptrdiff_t>(first[k]), list.end(),
                     [&](const Record& a, const Record& b) { return order(a) < order(b); });
  }
}

}  // namespace jixiao::audit_detail
