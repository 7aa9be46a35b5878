// Scoring one 三级 indicator under a policy: the quantitative rules, qualitative tiers, rate rules.
#include <jixiao/evaluation.hpp>
#include <jixiao/text_normalize.hpp>

#include "concat.hpp"
#include "indicator_scoring.hpp"
#include "evaluation_text.hpp"


namespace jixiao {
namespace {

using detail::rounding_phrase;

/// Computed scores are rounded at the indicator, or kept to 10 places until the total.
struct Rounder {
  const Policy& policy;
  int scale() const { return policy.rounding.at == RoundingPoint::indicator ? policy.rounding.scale : 10; }
  RoundingMode mode() const { return policy.rounding.mode; }
  const std::string& phrase(Lang lang) const { return rounding_phrase(scale(), mode(), lang); }
  /// Written with at least the policy's places, without changing the value: 10 → 10.00.
  Decimal pad(const Decimal& d) const { return d.scale() < scale() ? d.round(scale()) : d; }
};

/// The value a cell shows, with its unit: "96%", "221", "8万元".
std::string_view shown(const IndicatorValue& v) { return trim(v.text); }

/// Why a score is what it is, as pieces joined into the explanation without a string of its own.
using Why = std::initializer_list<detail::TextPiece>;

void full_marks(IndicatorResult& r, const Rounder& round, Why why_zh, Why why_en) {
  r.method = ScoreMethod::full_marks;
  r.computed_score = round.pad(r.weight);
  r.explanation = {detail::concat({*r.computed_score, " = 分值（"}, why_zh, {"）"}),
                   detail::concat({*r.computed_score, " = full points ("}, why_en, {")"})};
}

void not_scored(IndicatorResult& r, Why why_zh, Why why_en) {
  r.method = ScoreMethod::not_scored;
  r.computed_score.reset();
  r.explanation = {detail::concat({"不能自动计分："}, why_zh, {"；沿用自评得分"}),
                   detail::concat({"not scored automatically: "}, why_en, {"; the self-score is kept"})};
}

void zero(IndicatorResult& r, const Rounder& round, ScoreMethod method, Why why_zh, Why why_en) {
  r.method = method;
  r.computed_score = round.pad(Decimal(0));
  r.explanation = {detail::concat({*r.computed_score, "（"}, why_zh, {"）"}),
                   detail::concat({*r.computed_score, " ("}, why_en, {")"})};
}

/// a ÷ t × w with one rounding: "9.38 = 90 ÷ 96 × 10，四舍五入保留2位".
void proportional(IndicatorResult& r, const Decimal& a, const Decimal& t, const Rounder& round,
                  const char* what_zh, const char* what_en) {
  r.method = ScoreMethod::proportional;
  r.computed_score = (a * r.weight).divide(t, round.scale(), round.mode());
  r.explanation = {detail::concat({*r.computed_score, " = ", a, " ÷ ", t, " × ", r.weight, "，", round.phrase(Lang::zh), "（", what_zh, "）"}),
                   detail::concat({*r.computed_score, " = ", a, " / ", t, " × ", r.weight, ", ", round.phrase(Lang::en), " (", what_en, ")"})};
}

/// A reverse target missed: linear deviation (1 − (a − t) ÷ t) × w, or the ratio t ÷ a × w.
void reverse(IndicatorResult& r, const Decimal& a, const Decimal& t, const Policy& policy, const Rounder& round) {
  if (policy.quantitative.reverse == ReverseMethod::ratio) {
    r.method = ScoreMethod::reverse_ratio;
    r.computed_score = (t * r.weight).divide(a, round.scale(), round.mode());
    r.explanation = {detail::concat({*r.computed_score, " = ", t, " ÷ ", a, " × ", r.weight, "，", round.phrase(Lang::zh), "（反向指标超出目标，按比值计分）"}),
                     detail::concat({*r.computed_score, " = ", t, " / ", a, " × ", r.weight, ", ", round.phrase(Lang::en), " (reverse target exceeded: ratio rule)"})};
    return;
  }
  if (a >= t * 2) {
    zero(r, round, ScoreMethod::reverse_linear, {"实际完成值 ", a, " 达到年度指标值 ", t, " 的两倍及以上"},
         {"the actual ", a, " is at least twice the target ", t});
    return;
  }
  r.method = ScoreMethod::reverse_linear;
  // (1 − (a − t)/t) × w = (2t − a) × w ÷ t, one rounding.
  r.computed_score = ((t * 2 - a) * r.weight).divide(t, round.scale(), round.mode());
  r.explanation = {detail::concat({*r.computed_score, " = (1 − (", a, " − ", t, ") ÷ ", t, ") × ", r.weight, "，", round.phrase(Lang::zh), "（反向指标超出目标，按偏离度扣分）"}),
                   detail::concat({*r.computed_score, " = (1 − (", a, " − ", t, ") / ", t, ") × ", r.weight, ", ", round.phrase(Lang::en), " (reverse target exceeded: linear deviation)"})};
}

/// normalize_label(a) == normalize_label(b), without copies when both are normalized already.
bool same_label(std::string_view a, std::string_view b) {
  if (is_normalized_label(a) && is_normalized_label(b)) return a == b;
  return normalize_label(a) == normalize_label(b);
}

/// 定性: the tier, its score range, and whether the self-score lies in it.
void qualitative(IndicatorResult& r, const Indicator& ind, const Policy& policy) {
  r.method = ScoreMethod::qualitative;
  QualitativeTier tier = ind.actual.kind == ValueKind::qualitative ? ind.actual.tier : QualitativeTier::unknown;
  bool inferred = false;
  if (tier == QualitativeTier::unknown && !trim(ind.actual.text).empty() && same_label(ind.actual.text, ind.target.text)) {
    tier = QualitativeTier::achieved;  // the actual repeats the target word for word
    inferred = true;
  }
  r.tier = tier;
  r.computed_score = r.filed_score;
  std::string range;  // "[8.00, 10.00]": the same in both languages
  if (tier != QualitativeTier::unknown) {
    for (const QualitativeTierRule& rule : policy.qualitative_tiers) {
      if (rule.tier != tier) continue;
      // The thresholds themselves are rounded as the systems do: round(0.8 × w, 2).
      r.tier_min = (rule.min_ratio * r.weight).round(policy.rounding.scale, policy.rounding.mode);
      r.tier_max = (rule.max_ratio * r.weight).round(policy.rounding.scale, policy.rounding.mode);
      r.tier_max_inclusive = rule.max_inclusive;
      range = detail::concat({"[", *r.tier_min, ", ", *r.tier_max, rule.max_inclusive ? "]" : ")"});
      if (r.filed_score)
        r.self_score_in_tier = *r.filed_score >= *r.tier_min &&
                               (rule.max_inclusive ? *r.filed_score <= *r.tier_max : *r.filed_score < *r.tier_max);
    }
  }
  const std::string_view tier_zh = tier == QualitativeTier::achieved   ? "达成年度指标"
                                   : tier == QualitativeTier::partial  ? "部分达成年度指标并具有一定效果"
                                   : tier == QualitativeTier::not_achieved ? "未达成年度指标且效果较差"
                                                                           : "";
  const std::string_view tier_en = tier == QualitativeTier::achieved   ? "achieved"
                                   : tier == QualitativeTier::partial  ? "partly achieved"
                                   : tier == QualitativeTier::not_achieved ? "not achieved"
                                                                           : "";
  if (!r.filed_score) r.method = ScoreMethod::not_scored;
  const std::string_view unfiled_zh = r.filed_score ? "" : "；未填自评得分";
  const std::string_view unfiled_en = r.filed_score ? "" : "; no self-score filed";
  if (tier == QualitativeTier::unknown) {
    r.explanation = {detail::concat({"定性指标，自评得分保留；实际完成值“", shown(ind.actual), "”未表明达成档次", unfiled_zh}),
                     detail::concat({"qualitative: the self-score is kept; the actual '", shown(ind.actual), "' names no tier",
                                     unfiled_en})};
    return;
  }
  const std::string_view in_tier_zh = !r.self_score_in_tier  ? ""
                                      : *r.self_score_in_tier ? "，自评得分在区间内"
                                                              : "，自评得分不在区间内";
  const std::string_view in_tier_en = !r.self_score_in_tier  ? ""
                                      : *r.self_score_in_tier ? ", the self-score lies in it"
                                                              : ", the self-score lies outside it";
  r.explanation = {detail::concat({"定性指标，自评得分保留；", inferred ? "实际完成值与年度指标值相同，视为" : "实际完成值为", "“", tier_zh,
                                   "”，得分区间 ", range, in_tier_zh, unfiled_zh}),
                   detail::concat({"qualitative: the self-score is kept; ",
                                   inferred ? "the actual repeats the target: read as" : "the actual is", " '", tier_en,
                                   "', score range ", range, in_tier_en, unfiled_en})};
}

/// A 部门整体 rate rule (控制率, 变动率): ≤ limit full; each point over deducts a share of the points.
bool rate_rule(IndicatorResult& r, const Indicator& ind, const Policy& policy, const Rounder& round) {
  // Rate rules score a percentage: anything else is settled before any name is compared.
  if (policy.rate_rules.empty() || ind.actual.kind != ValueKind::number ||
      ind.actual.unit.dimension != Dimension::percent)
    return false;
  std::string normalized;  // only when the name has spaces or full-width forms to fold
  const std::string_view name = is_normalized_label(ind.name) ? std::string_view(ind.name)
                                                               : std::string_view(normalized = normalize_label(ind.name));
  for (const RateRule& rule : policy.rate_rules) {
    if (name.find(rule.name_contains) == std::string::npos &&
        (is_normalized_label(rule.name_contains) ||
         name.find(normalize_label(rule.name_contains)) == std::string::npos))
      continue;
    r.method = ScoreMethod::rate_rule;
    const Decimal& rate = ind.actual.number;
    const std::string_view kind_zh = rule.kind == RateRuleKind::control_rate ? "控制率" : "变动率";
    const std::string_view kind_en = rule.kind == RateRuleKind::control_rate ? "control rate" : "change rate";
    if (rate <= rule.limit) {
      r.computed_score = round.pad(r.weight);
      r.explanation = {detail::concat({*r.computed_score, " = 分值（", kind_zh, " ", rate, "% ≤ ", rule.limit, "%）"}),
                       detail::concat({*r.computed_score, " = full points (", kind_en, " ", rate, "% ≤ ", rule.limit, "%)"})};
      return true;
    }
    Decimal over = rate - rule.limit;
    if (!rule.prorate && !over.is_integer()) over = over.round(0, RoundingMode::ceiling);
    const Decimal deduction = r.weight * rule.deduction * over;
    const Decimal score = deduction >= r.weight ? Decimal(0) : r.weight - deduction;
    r.computed_score = score.round(round.scale(), round.mode());
    r.explanation = {detail::concat({*r.computed_score, " = ", r.weight, " − ", r.weight, " × ", rule.deduction, " × ", over, "（", kind_zh, " ", rate, "% 超出 ", rule.limit, "% 共 ", over, " 个百分点，每点扣分值的 ", rule.deduction, "，扣完为止），", round.phrase(Lang::zh)}),
                     detail::concat({*r.computed_score, " = ", r.weight, " − ", r.weight, " × ", rule.deduction, " × ", over, " (", kind_en, " ", rate, "% is ", over, " points over ", rule.limit, "%, each point deducts ", rule.deduction, " of the points, down to 0), ", round.phrase(Lang::en)})};
    return true;
  }
  return false;
}

/// The actual as a number in the target's unit, or why it cannot be.
std::optional<Decimal> comparable_actual(IndicatorResult& r, const Indicator& ind) {
  const IndicatorValue& t = ind.target;
  const IndicatorValue& a = ind.actual;
  if (a.kind == ValueKind::empty) {
    not_scored(r, {"实际完成值为空"}, {"the actual is blank"});
    return std::nullopt;
  }
  if (a.kind != ValueKind::number) {
    not_scored(r, {"实际完成值“", shown(a), "”不是数值"}, {"the actual '", shown(a), "' is not a number"});
    return std::nullopt;
  }
  if (t.unit.empty() || a.unit.empty() || t.unit == a.unit) return a.number;
  if (const auto converted = convert(a.number, a.unit, t.unit)) return converted;
  not_scored(r, {"单位不一致：年度指标值为“", t.unit.name, "”，实际完成值为“", a.unit.name, "”"},
             {"the units differ: target in '", t.unit.name, "', actual in '", a.unit.name, "'"});
  return std::nullopt;
}

}  // namespace

IndicatorResult score_indicator(const Indicator& ind, const Policy& policy, std::string path) {
  IndicatorResult r;
  r.path = std::move(path);
  detail::score_indicator_into(r, ind, policy);
  return r;
}

void detail::score_indicator_into(IndicatorResult& r, const Indicator& ind, const Policy& policy) {
  r.name = ind.name;
  r.weight = ind.weight.value_or(Decimal(0));
  r.filed_score = ind.self_score;
  const Rounder round{policy};

  const auto finish = [&] { r.counted_score = r.computed_score ? *r.computed_score : r.filed_score.value_or(Decimal(0)); };

  if (!ind.weight) {
    not_scored(r, {"未填分值"}, {"no points (分值) given"});
    return finish();
  }
  if (rate_rule(r, ind, policy, round)) return finish();

  const IndicatorValue& t = ind.target;
  switch (t.kind) {
    case ValueKind::empty:
      not_scored(r, {"年度指标值为空"}, {"the target is blank"});
      return finish();
    case ValueKind::text:
      not_scored(r, {"年度指标值“", shown(t), "”无法解析"}, {"the target '", shown(t), "' cannot be read"});
      return finish();
    case ValueKind::qualitative:
      qualitative(r, ind, policy);
      return finish();
    case ValueKind::date: {
      if (ind.actual.kind != ValueKind::date || !ind.actual.date || !t.date) {
        not_scored(r, {"时限目标“", shown(t), "”的实际完成值“", shown(ind.actual), "”不是日期"},
                   {"the deadline '", shown(t), "' has an actual '", shown(ind.actual), "' that is not a date"});
        return finish();
      }
      const Date due = t.date->last_day();
      const Date done = ind.actual.date->last_day();
      if (done <= due) {
        full_marks(r, round, {"于 ", done, " 完成，不晚于 ", due},
                   {"done on ", done, ", not after ", due});
        r.method = ScoreMethod::deadline;
      } else {
        zero(r, round, ScoreMethod::deadline, {"于 ", done, " 完成，晚于时限 ", due},
             {"done on ", done, ", after the deadline ", due});
      }
      return finish();
    }
    case ValueKind::range: {
      const auto a0 = comparable_actual(r, ind);
      if (!a0) return finish();
      Decimal a = *a0;
      if (a < 0 && policy.quantitative.negative_actual_as_zero) a = 0;
      if (a >= t.low && a <= t.high) {
        full_marks(r, round, {a, " 在区间 [", t.low, ", ", t.high, "] 内"},
                   {a, " lies in [", t.low, ", ", t.high, "]"});
      } else if (a < t.low) {
        if (t.low.is_zero()) {
          full_marks(r, round, {"区间下限为 0"}, {"the range starts at 0"});
        } else {
          proportional(r, a, t.low, round, "低于区间下限，按比例计分", "below the range: proportional to its low end");
        }
      } else {
        reverse(r, a, t.high, policy, round);
      }
      r.method = ScoreMethod::range;
      return finish();
    }
    case ValueKind::number: break;
  }

  const auto a0 = comparable_actual(r, ind);
  if (!a0) return finish();
  Decimal a = *a0;
  const Decimal& target = t.number;
  if (a < 0 && policy.quantitative.negative_actual_as_zero) a = Decimal(0).round(a.scale());
  if (!target.is_zero()) r.completion = a.divide(target, 6);

  switch (t.comparator) {
    case Comparator::less:
    case Comparator::less_equal:
      if (a <= target) {
        full_marks(r, round, {"实际完成值 ", a, " ≤ 年度指标值 ", target},
                   {"actual ", a, " ≤ target ", target});
      } else if (target <= 0) {
        zero(r, round, ScoreMethod::equal_zero, {"年度指标值为 ", target, "，实际完成值 ", a, " 超出"},
             {"the target is ", target, " and the actual ", a, " exceeds it"});
      } else {
        reverse(r, a, target, policy, round);
      }
      return finish();
    case Comparator::equal:
      if (target.is_zero()) {
        if (a <= 0) {
          full_marks(r, round, {"年度指标值为 0，实际完成值为 0"}, {"target 0, actual 0"});
          r.method = ScoreMethod::equal_zero;
        } else {
          zero(r, round, ScoreMethod::equal_zero, {"年度指标值为 0，实际完成值为 ", a},
               {"target 0, actual ", a});
        }
        return finish();
      }
      [[fallthrough]];
    case Comparator::none:
    case Comparator::greater_equal:
    case Comparator::greater:
      if (a >= target) {
        full_marks(r, round, {"实际完成值 ", a, " ≥ 年度指标值 ", target},
                   {"actual ", a, " ≥ target ", target});
        r.over_achievement = r.completion && *r.completion >= policy.quantitative.over_achievement_ratio;
      } else if (target <= 0) {
        full_marks(r, round, {"年度指标值为 ", target}, {"the target is ", target});
      } else {
        proportional(r, a, target, round, "未完成指标值，按完成比例计分", "target missed: in proportion");
      }
      return finish();
  }
  return finish();
}

}  // namespace jixiao
