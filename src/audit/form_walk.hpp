// Internal: walking the scored self-evaluation tables (部门整体 and 项目支出) for the arithmetic,
// weights and scoring checks: each form with its funds rows, its rows and its result side by side.
#ifndef JIXIAO_SRC_AUDIT_FORM_WALK_HPP
#define JIXIAO_SRC_AUDIT_FORM_WALK_HPP

#include "audit_context.hpp"

#include <jixiao/text_normalize.hpp>

#include <boost/container/static_vector.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::audit_detail {

/// A scored table: the package's form and the evaluation's result for it.
struct FormWalk {
  const FundsBlock& funds;
  const std::vector<IndicatorSection>& sections;
  const std::optional<Decimal>& total_weight;
  const std::optional<Decimal>& total_self_score;
  const FormResult& result;
  std::optional<std::size_t> project;  ///< the index in package.projects; empty for the department

  const std::string& path() const { return result.path; }
  /// A finding of rule `code` on this form at the JSON path message<Path>(path...), for the caller
  /// to fill in place (the same place as report(code, place(…), …)).
  template <Literal Path, class... Args>
  FindingDraft add(const Context& c, std::string_view code, std::string_view row, std::string_view field,
                    const Args&... path) const {
    return c.add<Path>(code, project, row, field, path...);
  }
  /// The place of a cell of this form; `path` empty means the form itself.
  Place place(const Package& p, std::string row, std::string field, std::string path) const {
    return project ? project_place(p, *project, std::move(row), std::move(field), std::move(path))
                   : department_place(p, std::move(row), std::move(field), std::move(path));
  }
};

/// The department's table, then the projects', in package order (those the evaluation scored):
/// fn(FormWalk) for each.
template <class Fn>
void for_each_form(const Context& c, Fn fn) {
  if (c.package.department && c.evaluation.department) {
    const DepartmentForm& d = *c.package.department;
    fn(FormWalk{d.funds, d.indicators, d.total_weight, d.total_self_score, *c.evaluation.department, std::nullopt});
  }
  const std::size_t n = std::min(c.package.projects.size(), c.evaluation.projects.size());
  for (std::size_t i = 0; i < n; ++i) {
    const ProjectForm& p = c.package.projects[i];
    fn(FormWalk{p.funds, p.indicators, p.total_weight, p.total_self_score, c.evaluation.projects[i], i});
  }
}

/// A funds row with its JSON key and printed name.
struct FundsRowRef {
  const FundsRow& row;
  std::string_view key;      ///< "total", "current_year", "carryover", "other"
  std::string_view name_zh;  ///< "年度资金总额" …
  std::string_view name_en;
  bool total;
};

/// 年度资金总额 and the 其中 rows the form prints.
inline boost::container::static_vector<FundsRowRef, 4> funds_rows(const FundsBlock& f) {
  boost::container::static_vector<FundsRowRef, 4> out;  // no allocation
  out.push_back({f.total, "total", "年度资金总额", "the funds total", true});
  if (f.current_year)
    out.push_back({*f.current_year, "current_year", "其中：当年财政拨款", "of which: this year's appropriation", false});
  if (f.carryover) out.push_back({*f.carryover, "carryover", "上年结转资金", "carry-over from last year", false});
  if (f.other) out.push_back({*f.other, "other", "其他资金", "other funds", false});
  return out;
}

/// A 三级 row as filed and as scored.
struct RowWalk {
  const Indicator& indicator;
  const IndicatorResult& result;
  const IndicatorSection& section;
  const IndicatorGroup& group;
};

/// Every 三级 row of a form, in order: fn(RowWalk) for each.
template <class Fn>
void for_each_row(const FormWalk& f, Fn fn) {
  const std::size_t ns = std::min(f.sections.size(), f.result.sections.size());
  for (std::size_t i = 0; i < ns; ++i) {
    const IndicatorSection& section = f.sections[i];
    const SectionResult& sr = f.result.sections[i];
    const std::size_t ng = std::min(section.groups.size(), sr.groups.size());
    for (std::size_t j = 0; j < ng; ++j) {
      const IndicatorGroup& group = section.groups[j];
      const GroupResult& gr = sr.groups[j];
      const std::size_t nk = std::min(group.indicators.size(), gr.indicators.size());
      for (std::size_t k = 0; k < nk; ++k) fn(RowWalk{group.indicators[k], gr.indicators[k], section, group});
    }
  }
}

/// A label as printed, on one line: "效益指标\n（40 分）" → "效益指标（40 分）".
inline std::string one_line(std::string_view label) {
  std::string out;
  for (const char ch : trim(label))
    if (ch != '\n' && ch != '\r') out += ch;
  return out;
}

/// A number as filed or computed, as it reads: "10", "9.38".
inline std::string num(const Decimal& d) { return d.to_string(); }

}  // namespace jixiao::audit_detail

#endif  // JIXIAO_SRC_AUDIT_FORM_WALK_HPP
