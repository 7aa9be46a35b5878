// The audit driver: scores the package, runs every group of checks, orders the findings.
#include "audit_context.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace jixiao {

std::string_view severity_name(Severity s) noexcept {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "unknown";
}

std::string_view severity_label_zh(Severity s) noexcept {
  switch (s) {
    case Severity::info: return "提示";
    case Severity::warning: return "警告";
    case Severity::error: return "错误";
  }
  return "未知";
}

namespace audit_detail {

void Context::report(std::string_view code, Place place, std::string zh, std::string en,
                     std::optional<std::string> expected, std::optional<std::string> found) const {
  const AuditRule* rule = find_audit_rule(code);
  findings.push_back(Finding{std::string(code), rule ? rule->severity : Severity::error, std::move(place.form),
                             std::move(place.form_name), std::move(place.row), std::move(place.field),
                             std::move(place.path), std::move(zh), std::move(en), std::move(expected),
                             std::move(found)});
}

std::string Context::amount(const Money& m) const {
  const Decimal v = m.in(package.money_unit).strip_trailing_zeros();
  return (v.scale() < 2 ? v.round(2) : v).to_string();
}

std::string Context::amount_tolerance(Lang lang) const {
  return lang == Lang::zh ? fmt::format("（容差 {} {}）", policy.tolerances.amount.to_string(),
                                        money_unit_name(package.money_unit, Lang::zh))
                          : fmt::format(" (tolerance {} {})", policy.tolerances.amount.to_string(),
                                        money_unit_name(package.money_unit, Lang::en));
}

std::string Context::score_tolerance(Lang lang) const {
  return lang == Lang::zh ? fmt::format("（容差 {} 分）", policy.tolerances.score.to_string())
                          : fmt::format(" (tolerance {} points)", policy.tolerances.score.to_string());
}

std::string Context::rate_tolerance(Lang lang) const {
  return lang == Lang::zh ? fmt::format("（容差 {} 个百分点）", policy.tolerances.rate.to_string())
                          : fmt::format(" (tolerance {} percentage points)", policy.tolerances.rate.to_string());
}

bool Context::amounts_differ(const Money& a, const Money& b) const {
  return (a - b).abs().in(package.money_unit) > policy.tolerances.amount;
}

bool Context::scores_differ(const Decimal& a, const Decimal& b) const {
  return (a - b).abs() > policy.tolerances.score;
}

bool Context::rates_differ(const Percent& a, const Percent& b) const {
  return (a - b).points().abs() > policy.tolerances.rate;
}

Place department_place(const Package& p, std::string row, std::string field, std::string path) {
  const std::string name = p.department && !p.department->unit_name.empty() ? p.department->unit_name : p.unit_name;
  return {"department", name, std::move(row), std::move(field), path.empty() ? "$.department" : std::move(path)};
}

Place project_place(const Package& p, std::size_t index, std::string row, std::string field, std::string path) {
  return {"project", p.projects[index].project_name, std::move(row), std::move(field),
          path.empty() ? fmt::format("$.projects[{}]", index) : std::move(path)};
}

}  // namespace audit_detail

AuditResult audit(const Package& package, const Policy& policy) {
  AuditResult result{evaluate(package, policy), {}};
  const audit_detail::Context context{package, policy, result.evaluation, result.findings};
  audit_detail::check_arithmetic(context);
  audit_detail::check_weights(context);
  audit_detail::check_scoring(context);
  audit_detail::check_quality(context);
  audit_detail::check_completeness(context);
  audit_detail::check_cross_form(context);
  audit_detail::check_narrative(context);
  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
  return result;
}

}  // namespace jixiao
