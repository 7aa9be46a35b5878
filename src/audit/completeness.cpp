// JX-C01..C08: blank required cells, names, goals, sign-offs and dates (完整性与日期).
// Semantics: docs/audit/completeness.md.
#include "audit_context.hpp"

#include <jixiao/text_normalize.hpp>

#include <boost/container/small_vector.hpp>
#include <fmt/format.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::audit_detail {
namespace {

bool blank(std::string_view s) { return is_blank(s); }

std::string unit_name(const Package& p) {
  return p.unit_name.empty() && p.department ? p.department->unit_name : p.unit_name;
}

Place basic_place(const Package& p, std::string row, std::string field, std::string path) {
  return {"basic_data", unit_name(p), std::move(row), std::move(field), std::move(path)};
}

Place report_place(const Package& p, std::string row, std::string field, std::string path) {
  return {"report", p.report ? p.report->title : std::string(), std::move(row), std::move(field), std::move(path)};
}

/// One form with a sign-off line, in package order.
struct Form {
  std::string kind;  ///< "basic_data", "department", "project"
  std::string base;  ///< "$.basic_data"
  std::optional<std::size_t> project;
  const std::string* title;
  const SignOff* sign_off;
  std::string_view zh_fixed;  ///< "基础数据表", "部门整体支出绩效自评表"; for a project see zh()
  std::string_view en_fixed;

  /// "部门整体支出绩效自评表", "项目“…”的项目支出绩效自评表" (written when asked for: only messages need it)
  std::string zh(const Package& p) const {
    return project ? fmt::format("项目“{}”的项目支出绩效自评表", p.projects[*project].project_name) : std::string(zh_fixed);
  }
  std::string en(const Package& p) const {
    return project ? fmt::format("the project table of \"{}\"", p.projects[*project].project_name)
                   : std::string(en_fixed);
  }
};

using Forms = boost::container::small_vector<Form, 4>;

Forms forms(const Package& p) {
  Forms out;  // no allocation for up to 4 forms
  if (p.basic_data)
    out.push_back({"basic_data", "$.basic_data", std::nullopt, &p.basic_data->title, &p.basic_data->sign_off,
                   "部门整体支出绩效评价基础数据表", "the basic data table"});
  if (p.department)
    out.push_back({"department", "$.department", std::nullopt, &p.department->title, &p.department->sign_off,
                   "部门整体支出绩效自评表", "the department self-evaluation table"});
  for (std::size_t i = 0; i < p.projects.size(); ++i)
    out.push_back({"project", message<"$.projects[{}]">(i), i, &p.projects[i].title, &p.projects[i].sign_off, {},
                   {}});
  return out;
}

Place form_place(const Package& p, const Form& f, std::string row, std::string field, std::string path) {
  if (f.kind == "basic_data") return basic_place(p, std::move(row), std::move(field), std::move(path));
  if (f.project) return project_place(p, *f.project, std::move(row), std::move(field), std::move(path));
  return department_place(p, std::move(row), std::move(field), std::move(path));
}

/// Every four-digit year written before 年 in a title ("2024年度…" → 2024), full-width digits included.
boost::container::small_vector<int, 4> title_years(std::string_view title) {
  std::string buffer;
  const std::string_view t = normalized(title, buffer);
  boost::container::small_vector<int, 4> years;
  static constexpr std::string_view nian = "年";
  for (std::size_t pos = t.find(nian); pos != std::string::npos; pos = t.find(nian, pos + nian.size())) {
    if (pos < 4) continue;
    bool digits = true;
    for (std::size_t k = pos - 4; k < pos; ++k) digits = digits && t[k] >= '0' && t[k] <= '9';
    if (!digits || (pos > 4 && t[pos - 5] >= '0' && t[pos - 5] <= '9')) continue;
    years.push_back((t[pos - 4] - '0') * 1000 + (t[pos - 3] - '0') * 100 + (t[pos - 2] - '0') * 10 + (t[pos - 1] - '0'));
  }
  return years;
}

// ---- C07 -------------------------------------------------------------------------------------

template <class Where, class Names>
void check_title(const Context& c, const std::string& title, const Where& where, const Names& names) {
  if (c.package.year == 0) return;
  const auto years = title_years(title);
  if (years.empty()) return;
  for (const int y : years)
    if (y == c.package.year) return;
  const auto [zh_form, en_form] = names();
  c.report("JX-C07", where(),
           fmt::format("{}的表名“{}”写的是{}年度，评价年度是{}年", zh_form, title, years.front(), c.package.year),
           fmt::format("the title \"{}\" of {} names the year {}, but the evaluated year is {}", title, en_form,
                       years.front(), c.package.year),
           std::to_string(c.package.year), std::to_string(years.front()));
}

// ---- C04 -------------------------------------------------------------------------------------

template <class Where, class What>
void check_date_after_year(const Context& c, const std::optional<Date>& date, const Where& where, const What& what) {
  if (!date || c.package.year == 0 || date->year > c.package.year) return;
  const auto [zh_what, en_what] = what();
  c.report("JX-C04", where(),
           fmt::format("{}为{}，早于评价年度{}年结束（{}-12-31）：年度自评应在年度结束、数据完整后填报", zh_what,
                       date->to_string(), c.package.year, c.package.year),
           fmt::format("{} is {}, before the evaluated year {} ended ({}-12-31): a year's self-evaluation is filed "
                       "once the year is over and its figures are complete",
                       en_what, date->to_string(), c.package.year, c.package.year),
           fmt::format("≥ {}-01-01", c.package.year + 1), date->to_string());
}

// ---- C02, C03 ----------------------------------------------------------------------------------

void check_goals(const Context& c, const Goals& goals, const std::string& base, const auto& at) {
  if (blank(goals.expected))
    c.report("JX-C02", at("年度总体目标", "expected", base + ".goals.expected"),
             "年度总体目标的“预期目标”未填写", "the expected goals (预期目标) of the overall goals are blank");
  if (blank(goals.actual))
    c.report("JX-C02", at("年度总体目标", "actual", base + ".goals.actual"),
             "年度总体目标的“实际完成情况”未填写", "the achieved results (实际完成情况) of the overall goals are blank");
}

void check_funds(const Context& c, const FundsRow& total, const std::string& base, const auto& at) {
  if (!total.annual_budget)
    c.report("JX-C03", at("年度资金总额", "annual_budget", base + ".funds.total.annual_budget"),
             "年度资金总额的“全年预算数”为空：预算执行率以全年预算数为分母，无法计算",
             "the full-year budget (全年预算数) of the funds total is blank: the execution rate is computed on it");
  if (!total.executed)
    c.report("JX-C03", at("年度资金总额", "executed", base + ".funds.total.executed"),
             "年度资金总额的“全年执行数”为空：无法计算预算执行率",
             "the amount executed (全年执行数) of the funds total is blank: the execution rate cannot be computed");
}

/// Blank as C03 sees a target or actual: nothing, or only a dash or "/" (a written 无 means none,
/// a value, and is not blank).
bool blank_value(const IndicatorValue& v) {
  return v.kind == ValueKind::empty && normalize_label(v.text).find("无") == std::string::npos;
}

std::string shown(const IndicatorValue& v) {
  return blank(v.text) ? std::string() : fmt::format("（填写为“{}”）", std::string(trim(v.text)));
}
std::string shown_en(const IndicatorValue& v) {
  return blank(v.text) ? std::string() : fmt::format(" (written \"{}\")", std::string(trim(v.text)));
}

void check_rows(const Context& c, const std::vector<IndicatorSection>& sections, const std::string& base,
                const auto& at) {
  for (std::size_t s = 0; s < sections.size(); ++s)
    for (std::size_t g = 0; g < sections[s].groups.size(); ++g) {
      const IndicatorGroup& group = sections[s].groups[g];
      for (std::size_t k = 0; k < group.indicators.size(); ++k) {
        const Indicator& i = group.indicators[k];
        if (blank(i.name) && blank(i.target.text) && blank(i.actual.text) && !i.weight && !i.self_score &&
            blank(i.deviation))
          continue;  // an empty row: JX-W06's business
        if (!blank(i.name) && !blank_value(i.target) && !blank_value(i.actual) && i.self_score)
          continue;  // nothing blank: no message to write
        const std::string path = fmt::format("{}.indicators[{}].groups[{}].indicators[{}]", base, s, g, k);
        const std::string row = blank(i.name) ? split_label(group.category.label).name : i.name;
        const std::string where_zh = blank(i.name) ? fmt::format("“{}”下一行", row) : fmt::format("三级指标“{}”", row);
        const std::string where_en =
            blank(i.name) ? fmt::format("a row under \"{}\"", row) : fmt::format("the indicator \"{}\"", row);
        if (blank(i.name))
          c.report("JX-C03", at(row, "name", path + ".name"), fmt::format("{}的三级指标名称为空", where_zh),
                   fmt::format("{} has no indicator name", where_en));
        if (blank_value(i.target))
          c.report("JX-C03", at(row, "target", path + ".target"),
                   fmt::format("{}的年度指标值为空{}", where_zh, shown(i.target)),
                   fmt::format("{} has no target{}", where_en, shown_en(i.target)));
        if (blank_value(i.actual))
          c.report("JX-C03", at(row, "actual", path + ".actual"),
                   fmt::format("{}的实际完成值为空{}", where_zh, shown(i.actual)),
                   fmt::format("{} has no actual{}", where_en, shown_en(i.actual)));
        if (!i.weight && !i.self_score)  // a score without points is JX-W08's
          c.report("JX-C03", at(row, "weight", path + ".weight"), fmt::format("{}的分值为空", where_zh),
                   fmt::format("{} has no points (分值)", where_en));
        if (!i.self_score)
          c.report("JX-C03", at(row, "self_score", path + ".self_score"), fmt::format("{}的自评得分为空", where_zh),
                   fmt::format("{} has no self-score", where_en));
      }
    }
}

}  // namespace

void check_completeness(const Context& c) {
  const Package& p = c.package;

  // C01: the unit's name.
  if (blank(p.unit_name))
    c.report("JX-C01", Place{"package", unit_name(p), "预算部门、单位名称", "unit_name", "$.unit_name"},
             "自评材料的预算部门（单位）名称为空", "the package names no budget unit (unit_name is blank)");

  for (const Form& f : forms(p)) {
    const auto at = [&](std::string row, std::string field, std::string path) {
      return form_place(p, f, std::move(row), std::move(field), std::move(path));
    };
    if (c.package.year != 0 && !f.title->empty())
      check_title(c, *f.title, [&] { return at("表名", "title", f.base + ".title"); },
                  [&] { return std::pair{f.zh(p), f.en(p)}; });
    if (f.kind == "department") {
      const DepartmentForm& d = *p.department;
      if (blank(d.unit_name))
        c.report("JX-C01", at("预算部门、单位名称", "unit_name", "$.department.unit_name"),
                 "部门整体支出绩效自评表的预算部门（单位）名称为空",
                 "the department table names no budget unit (unit_name is blank)");
      check_funds(c, d.funds.total, f.base, at);
      check_goals(c, d.goals, f.base, at);
      check_rows(c, d.indicators, f.base, at);
    } else if (f.project) {
      const ProjectForm& pr = p.projects[*f.project];
      if (blank(pr.competent_department))
        c.report("JX-C06", at("主管部门", "competent_department", f.base + ".competent_department"),
                 fmt::format("项目“{}”的主管部门未填写", pr.project_name),
                 fmt::format("the project \"{}\" names no competent department (主管部门)", pr.project_name));
      if (blank(pr.implementing_unit))
        c.report("JX-C06", at("实施单位", "implementing_unit", f.base + ".implementing_unit"),
                 fmt::format("项目“{}”的实施单位未填写", pr.project_name),
                 fmt::format("the project \"{}\" names no implementing unit (实施单位)", pr.project_name));
      check_funds(c, pr.funds.total, f.base, at);
      check_goals(c, pr.goals, f.base, at);
      check_rows(c, pr.indicators, f.base, at);
    }
    if (blank(f.sign_off->filled_by))
      c.report("JX-C08", at("填表人", "filled_by", f.base + ".sign_off.filled_by"),
               fmt::format("{}没有填写填表人", f.zh(p)), fmt::format("{} gives no name of who filled it in", f.en(p)));
    check_date_after_year(
        c, f.sign_off->fill_date, [&] { return at("填报日期", "fill_date", f.base + ".sign_off.fill_date"); },
        [&] {
          return std::pair{fmt::format("{}的填报日期", f.zh(p)), fmt::format("the fill-in date of {}", f.en(p))};
        });
  }

  if (p.report) {
    const NarrativeReport& r = *p.report;
    check_title(c, r.title, [&] { return report_place(p, "标题", "title", "$.report.title"); },
                [] { return std::pair<std::string_view, std::string_view>{"自评报告", "the report"}; });
    check_date_after_year(
        c, r.date, [&] { return report_place(p, "报告日期", "date", "$.report.date"); },
        [] { return std::pair<std::string_view, std::string_view>{"自评报告的日期", "the report's date"}; });
    // C05: the report dated before the latest form it summarises.
    if (r.date) {
      const Form* latest = nullptr;
      std::size_t later = 0;
      const Forms all = forms(p);
      for (const Form& f : all) {
        const std::optional<Date>& d = f.sign_off->fill_date;
        if (!d || !(r.date->last_day() < *d)) continue;
        ++later;
        if (!latest || *latest->sign_off->fill_date < *d) latest = &f;
      }
      if (latest)
        c.report("JX-C05", report_place(p, "报告日期", "date", "$.report.date"),
                 fmt::format("自评报告日期{}早于 {} 张所依据表格的填报日期，最晚的是{}（{}）：报告应在表格填报之后形成",
                             r.date->to_string(), later, latest->zh(p), latest->sign_off->fill_date->to_string()),
                 fmt::format("the report is dated {}, before the fill-in date of {} of the forms it summarises, the "
                             "latest being {} ({}): a report comes after its forms",
                             r.date->to_string(), later, latest->en(p), latest->sign_off->fill_date->to_string()),
                 "≥ " + latest->sign_off->fill_date->to_string(), r.date->to_string());
    }
  }
}

}  // namespace jixiao::audit_detail
