// Scoring whole forms: 预算执行率, the indicator sections, totals and grades.
#include <jixiao/evaluation.hpp>

#include "concat.hpp"
#include "indicator_scoring.hpp"
#include "evaluation_text.hpp"

namespace jixiao {

namespace detail {
BasicDataResult evaluate_basic_data(const BasicDataForm& form, MoneyUnit unit);
}  // namespace detail

namespace {

using detail::amount_text;
using detail::rounding_phrase;


/// The policy's points for a 一级 category, when an entry names it and the form has no other
/// section sharing that entry (成本 printed beside 产出 shares 产出's 50).
std::optional<Decimal> policy_weight(const Policy& policy, CategoryId id,
                                     const std::vector<IndicatorSection>& sections) {
  for (const SectionWeight& w : policy.section_weights) {
    if (std::find(w.categories.begin(), w.categories.end(), id) == w.categories.end()) continue;
    for (const IndicatorSection& other : sections) {
      if (other.category.id != id &&
          std::find(w.categories.begin(), w.categories.end(), other.category.id) != w.categories.end())
        return std::nullopt;
    }
    return w.weight;
  }
  return std::nullopt;
}

void add_filed(std::optional<Decimal>& sum, const std::optional<Decimal>& part) {
  if (part) sum = sum ? *sum + *part : *part;
}

struct FormView {
  std::string form;
  std::string path;
  std::string name;
  const FundsBlock& funds;
  const std::vector<IndicatorSection>& sections;
  const std::optional<Decimal>& total_self_score;
};

/// Written with at least the policy's places, the value unchanged: 28 → 28.00.
Decimal pad(const Decimal& d, const Policy& policy) {
  return d.scale() < policy.rounding.scale ? d.round(policy.rounding.scale) : d;
}

FormResult evaluate_form(const FormView& view, const Policy& policy, MoneyUnit unit) {
  FormResult result;
  result.form = view.form;
  result.path = view.path;
  result.name = view.name;
  result.execution = score_execution(view.funds.total, policy, unit);

  Decimal indicators;
  std::string parts_zh, parts_en;
  // Results are built where they are kept: they are large, and moving them copies every short string.
  result.sections.reserve(view.sections.size());
  for (std::size_t i = 0; i < view.sections.size(); ++i) {
    const IndicatorSection& section = view.sections[i];
    SectionResult& s = result.sections.emplace_back();
    s.category = section.category;
    s.path = detail::concat({view.path, ".indicators[", i, "]"});
    s.printed_weight = section.weight;
    s.policy_weight = policy_weight(policy, section.category.id, view.sections);
    s.groups.reserve(section.groups.size());
    for (std::size_t j = 0; j < section.groups.size(); ++j) {
      const IndicatorGroup& group = section.groups[j];
      GroupResult& g = s.groups.emplace_back();
      g.category = group.category;
      g.path = detail::concat({s.path, ".groups[", j, "]"});
      g.indicators.reserve(group.indicators.size());
      for (std::size_t k = 0; k < group.indicators.size(); ++k) {
        IndicatorResult& r = g.indicators.emplace_back();
        r.path = detail::concat({g.path, ".indicators[", k, "]"});
        detail::score_indicator_into(r, group.indicators[k], policy);
        g.weight += r.weight;
        g.score += r.counted_score;
        add_filed(g.filed_score, r.filed_score);
      }
      g.score = pad(g.score, policy);
      s.weight += g.weight;
      s.score += g.score;
      add_filed(s.filed_score, g.filed_score);
    }
    s.score = pad(s.score, policy);
    indicators += s.score;
    std::string custom_name;  // a category the catalogue does not know: its own label
    std::string_view label = category_display_name(section.category.id, Lang::zh);
    if (section.category.id == CategoryId::custom) label = custom_name = split_label(section.category.label).name;
    const std::string_view label_en = category_display_name(section.category.id, Lang::en);
    detail::append(parts_zh, {" + ", label, " ", s.score});
    detail::append(parts_en, {" + ", label_en.empty() ? label : label_en, " ", s.score});
  }
  result.indicator_score = indicators;
  const Decimal execution = result.execution.score.value_or(Decimal(0));
  const Decimal exact = execution + indicators;
  result.total = exact.round(policy.rounding.scale, policy.rounding.mode);
  result.total_explanation = {
      detail::concat({result.total, " = 预算执行率得分 ", execution, parts_zh, "，", rounding_phrase(policy.rounding.scale, policy.rounding.mode, Lang::zh)}),
      detail::concat({result.total, " = execution ", execution, parts_en, ", ", rounding_phrase(policy.rounding.scale, policy.rounding.mode, Lang::en)})};
  result.grade = grade_of(policy, result.total);
  result.filed_total = view.total_self_score;
  if (result.filed_total) result.filed_grade = grade_of(policy, *result.filed_total);
  return result;
}

}  // namespace

ExecutionResult score_execution(const FundsRow& total, const Policy& policy, MoneyUnit unit) {
  ExecutionResult r;
  r.weight = policy.execution_weight;
  r.filed_score = total.self_score;
  r.printed_rate = total.execution_rate;
  const int scale = policy.rounding.scale;
  const RoundingMode mode = policy.rounding.mode;
  if (!total.annual_budget || !total.executed) {
    const std::string missing_zh = !total.annual_budget ? "全年预算数" : "全年执行数";
    const std::string missing_en = !total.annual_budget ? "the full-year budget" : "the amount executed";
    r.rate_explanation = {detail::concat({missing_zh, "为空，无法计算执行率"}),
                          detail::concat({missing_en, " is blank: no execution rate"})};
    r.score_explanation = r.rate_explanation;
    return r;
  }
  const Money& budget = *total.annual_budget;
  const Money& spent = *total.executed;
  const std::string b = amount_text(budget, unit);
  const std::string e = amount_text(spent, unit);
  if (budget.is_zero()) {
    r.rate_explanation = {"全年预算数为 0，无法计算执行率", "the full-year budget is 0: no execution rate"};
    r.score_explanation = r.rate_explanation;
    return r;
  }
  r.rate = Percent::of(spent, budget, 2, mode);
  r.rate_explanation = {
      detail::concat({r.rate->to_string(), " = 全年执行数 ", e, " ÷ 全年预算数 ", b, " × 100%，", rounding_phrase(2, mode, Lang::zh)}),
      detail::concat({r.rate->to_string(), " = executed ", e, " / full-year budget ", b, " × 100%, ", rounding_phrase(2, mode, Lang::en)})};

  if (policy.execution.method == ExecutionMethod::bands) {
    const Percent exact = Percent::of(spent, budget, 10, RoundingMode::down);
    for (const ExecutionBand& band : policy.execution.bands) {
      if (exact < band.min_rate) continue;
      r.score = (r.weight * band.score_ratio).round(scale, mode);
      r.score_explanation = {
          detail::concat({*r.score, " = ", r.weight, " × ", band.score_ratio, "（执行率 ", r.rate->to_string(), " ≥ ", band.min_rate.to_string(), "）"}),
          detail::concat({*r.score, " = ", r.weight, " × ", band.score_ratio, " (execution rate ", r.rate->to_string(), " ≥ ", band.min_rate.to_string(), ")"})};
      return r;
    }
    r.score = Decimal(0).round(scale);
    r.score_explanation = {detail::concat({"0（执行率 ", r.rate->to_string(), " 低于所有档次）"}),
                           detail::concat({"0 (execution rate ", r.rate->to_string(), " is below every band)"})};
    return r;
  }
  // The rate is used unrounded: score = executed × points ÷ budget, rounded once.
  const Decimal raw = (spent.yuan() * r.weight).divide(budget.yuan(), scale, mode);
  const bool capped = policy.execution.cap && raw > r.weight;
  r.score = capped ? r.weight.round(scale, mode) : raw;
  r.score_explanation = {
      detail::concat({*r.score, " = ", e, " ÷ ", b, " × ", r.weight, "，", rounding_phrase(scale, mode, Lang::zh), capped ? detail::concat({"（", raw, " 超过分值，按分值计）"}) : ""}),
      detail::concat({*r.score, " = ", e, " / ", b, " × ", r.weight, ", ", rounding_phrase(scale, mode, Lang::en), capped ? detail::concat({" (", raw, " exceeds the points: capped)"}) : ""})};
  return r;
}

EvaluationResult evaluate(const Package& package, const Policy& policy) {
  EvaluationResult result;
  result.policy_id = policy.id;
  result.money_unit = package.money_unit;
  result.unit_name = package.unit_name;
  result.year = package.year;
  if (package.basic_data) result.basic_data = detail::evaluate_basic_data(*package.basic_data, package.money_unit);
  if (const auto& d = package.department) {
    result.department = evaluate_form({"department", "$.department", d->unit_name.empty() ? package.unit_name : d->unit_name,
                                       d->funds, d->indicators, d->total_self_score},
                                      policy, package.money_unit);
  }
  result.projects.reserve(package.projects.size());
  for (std::size_t i = 0; i < package.projects.size(); ++i) {
    const ProjectForm& p = package.projects[i];
    result.projects.push_back(evaluate_form(
        {"project", detail::concat({"$.projects[", i, "]"}), p.project_name, p.funds, p.indicators, p.total_self_score}, policy,
        package.money_unit));
  }
  return result;
}

std::string_view score_method_name(ScoreMethod method) noexcept {
  switch (method) {
    case ScoreMethod::full_marks: return "full_marks";
    case ScoreMethod::proportional: return "proportional";
    case ScoreMethod::equal_zero: return "equal_zero";
    case ScoreMethod::reverse_linear: return "reverse_linear";
    case ScoreMethod::reverse_ratio: return "reverse_ratio";
    case ScoreMethod::range: return "range";
    case ScoreMethod::deadline: return "deadline";
    case ScoreMethod::qualitative: return "qualitative";
    case ScoreMethod::rate_rule: return "rate_rule";
    case ScoreMethod::not_scored: return "not_scored";
  }
  return "unknown";
}

}  // namespace jixiao
