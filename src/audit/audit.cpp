// The audit driver: scores the package, runs every group of checks, orders the findings.
#include "audit_context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>

namespace jixiao {

namespace audit_detail {

namespace {

/// The catalogue's severity by code, without a search: "JX-" + a capital + two digits indexes a
/// table built once from the catalogue; any other code is looked up.
Severity severity_of(std::string_view code) {
  static const std::array<signed char, 26 * 100> table = [] {
    std::array<signed char, 26 * 100> t{};
    t.fill(-1);
    for (const AuditRule& r : audit_rules()) {
      const std::string_view k = r.code;
      if (k.size() == 6 && k.substr(0, 3) == "JX-" && k[3] >= 'A' && k[3] <= 'Z' && k[4] >= '0' && k[4] <= '9' &&
          k[5] >= '0' && k[5] <= '9')
        t[static_cast<std::size_t>((k[3] - 'A') * 100 + (k[4] - '0') * 10 + (k[5] - '0'))] =
            static_cast<signed char>(r.severity);
    }
    return t;
  }();
  if (code.size() == 6 && code.substr(0, 3) == "JX-" && code[3] >= 'A' && code[3] <= 'Z' && code[4] >= '0' &&
      code[4] <= '9' && code[5] >= '0' && code[5] <= '9') {
    const signed char s = table[static_cast<std::size_t>((code[3] - 'A') * 100 + (code[4] - '0') * 10 + (code[5] - '0'))];
    if (s >= 0) return static_cast<Severity>(s);
  }
  const AuditRule* rule = find_audit_rule(code);
  return rule ? rule->severity : Severity::error;
}

}  // namespace

void Context::report(std::string_view code, const Place& place, std::string_view zh, std::string_view en,
                     std::optional<std::string_view> expected, std::optional<std::string_view> found) const {
  findings.add({code, severity_of(code), place.form, place.form_name, place.row, place.field, place.path, zh, en,
                expected, found});
}

void Context::start(std::string_view code, std::optional<std::size_t> project, std::string_view row,
                    std::string_view field) const {
  if (project)
    findings.start(severity_of(code), code, "project", package.projects[*project].project_name, row, field);
  else
    findings.start(severity_of(code), code, "department",
                   package.department && !package.department->unit_name.empty() ? package.department->unit_name
                                                                                : package.unit_name,
                   row, field);
}

std::string Context::amount(const Money& m) const {
  const Decimal v = m.in(package.money_unit).strip_trailing_zeros();
  return (v.scale() < 2 ? v.round(2) : v).to_string();
}

namespace {

/// A tolerance phrase pair, kept per thread for the last tolerance (and unit) it was written for:
/// the policy is usually the same from one audit to the next.
struct Phrases {
  std::optional<Decimal> tolerance;
  MoneyUnit unit{};
  std::string zh, en;

  /// Whether the phrases are for `t` (same value and scale: the same text) and `u`.
  bool for_(const Decimal& t, MoneyUnit u) const {
    return tolerance && tolerance->scale() == t.scale() && *tolerance == t && unit == u;
  }
};

}  // namespace

const std::string& Context::amount_tolerance(Lang lang) const {
  thread_local Phrases p;
  const Decimal& t = policy.tolerances.amount;
  if (!p.for_(t, package.money_unit)) {
    p.zh = fmt::format("（容差 {} {}）", t.to_string(), money_unit_name(package.money_unit, Lang::zh));
    p.en = fmt::format(" (tolerance {} {})", t.to_string(), money_unit_name(package.money_unit, Lang::en));
    p.tolerance = t;
    p.unit = package.money_unit;
  }
  return lang == Lang::zh ? p.zh : p.en;
}

const std::string& Context::score_tolerance(Lang lang) const {
  thread_local Phrases p;
  const Decimal& t = policy.tolerances.score;
  if (!p.for_(t, MoneyUnit{})) {
    p.zh = fmt::format("（容差 {} 分）", t.to_string());
    p.en = fmt::format(" (tolerance {} points)", t.to_string());
    p.tolerance = t;
  }
  return lang == Lang::zh ? p.zh : p.en;
}

const std::string& Context::rate_tolerance(Lang lang) const {
  thread_local Phrases p;
  const Decimal& t = policy.tolerances.rate;
  if (!p.for_(t, MoneyUnit{})) {
    p.zh = fmt::format("（容差 {} 个百分点）", t.to_string());
    p.en = fmt::format(" (tolerance {} percentage points)", t.to_string());
    p.tolerance = t;
  }
  return lang == Lang::zh ? p.zh : p.en;
}

bool Context::amounts_differ(const Money& a, const Money& b) const {
  return greater((a - b).abs().in(package.money_unit), policy.tolerances.amount);
}

bool Context::rates_differ(const Percent& a, const Percent& b) const {
  return greater((a - b).points().abs(), policy.tolerances.rate);
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
  // the findings wait in a collector kept per thread (emptied, its capacity kept), and are made
  // at the end, sharing one block of text
  thread_local audit_detail::FindingCollector findings;
  findings.clear();
  const audit_detail::Context context{package, policy, result.evaluation, findings};
  audit_detail::check_arithmetic(context);
  audit_detail::check_weights(context);
  audit_detail::check_scoring(context);
  audit_detail::check_quality(context);
  audit_detail::check_completeness(context);
  audit_detail::check_cross_form(context);
  audit_detail::check_narrative(context);
  result.findings = findings.take();  // errors, then warnings, then infos, each in the order found
  return result;
}

}  // namespace jixiao
