// Scoring one 三级 indicator under a policy: the quantitative rules, qualitative tiers, rate rules.
#include <jixiao/evaluation.hpp>
#include <jixiao/text_normalize.hpp>

#include "evaluation_text.hpp"

#include <jixiao/format.hpp>

#include <fmt/compile.h>
#include <fmt/format.h>

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

void full_marks(IndicatorResult& r, const Rounder& round, std::string why_zh, std::string why_en) {
  r.method = ScoreMethod::full_marks;
  r.computed_score = round.pad(r.weight);
  r.explanation = {fmt::format(FMT_COMPILE("{} = 分值（{}）"), *r.computed_score, why_zh),
                   fmt::format(FMT_COMPILE("{} = full points ({})"), *r.computed_score, why_en)};
}

void not_scored(IndicatorResult& r, std::string why_zh, std::string why_en) {
  r.method = ScoreMethod::not_scored;
  r.computed_score.reset();
  r.explanation = {fmt::format(FMT_COMPILE("不能自动计分：{}；沿用自评得分"), why_zh),
                   fmt::format(FMT_COMPILE("not scored automatically: {}; the self-score is kept"), why_en)};
}

void zero(IndicatorResult& r, const Rounder& round, ScoreMethod method, std::string why_zh, std::string why_en) {
  r.method = method;
  r.computed_score = round.pad(Decimal(0));
  r.explanation = {fmt::format(FMT_COMPILE("{}（{}）"), *r.computed_score, why_zh),
                   fmt::format(FMT_COMPILE("{} ({})"), *r.computed_score, why_en)};
}

/// a ÷ t × w with one rounding: "9.38 = 90 ÷ 96 × 10，四舍五入保留2位".
void proportional(IndicatorResult& r, const Decimal& a, const Decimal& t, const Rounder& round,
                  const char* what_zh, const char* what_en) {
  r.method = ScoreMethod::proportional;
  r.computed_score = (a * r.weight).divide(t, round.scale(), round.mode());
  r.explanation = {fmt::format(FMT_COMPILE("{} = {} ÷ {} × {}，{}（{}）"), *r.computed_score, a, t, r.weight,
                               round.phrase(Lang::zh), what_zh),
                   fmt::format(FMT_COMPILE("{} = {} / {} × {}, {} ({})"), *r.computed_score, a, t, r.weight,
                               round.phrase(Lang::en), what_en)};
}

/// A reverse target missed: linear deviation (1 − (a − t) ÷ t) × w, or the ratio t ÷ a × w.
void reverse(IndicatorResult& r, const Decimal& a, const Decimal& t, const Policy& policy, const Rounder& round) {
  if (policy.quantitative.reverse == ReverseMethod::ratio) {
    r.method = ScoreMethod::reverse_ratio;
    r.computed_score = (t * r.weight).divide(a, round.scale(), round.mode());
    r.explanation = {fmt::format(FMT_COMPILE("{} = {} ÷ {} × {}，{}（反向指标超出目标，按比值计分）"), *r.computed_score, t,
                                 a, r.weight, round.phrase(Lang::zh)),
                     fmt::format(FMT_COMPILE("{} = {} / {} × {}, {} (reverse target exceeded: ratio rule)"), *r.computed_score,
                                 t, a, r.weight, round.phrase(Lang::en))};
    return;
  }
  if (a >= t * 2) {
    zero(r, round, ScoreMethod::reverse_linear, fmt::format(FMT_COMPILE("实际完成值 {} 达到年度指标值 {} 的两倍及以上"), a, t),
         fmt::format(FMT_COMPILE("the actual {} is at least twice the target {}"), a, t));
    return;
  }
  r.method = ScoreMethod::reverse_linear;
  // (1 − (a − t)/t) × w = (2t − a) × w ÷ t, one rounding.
  r.computed_score = ((t * 2 - a) * r.weight).divide(t, round.scale(), round.mode());
  r.explanation = {fmt::format(FMT_COMPILE("{} = (1 − ({} − {}) ÷ {}) × {}，{}（反向指标超出目标，按偏离度扣分）"),
                               *r.computed_score, a, t, t, r.weight, round.phrase(Lang::zh)),
                   fmt::format(FMT_COMPILE("{} = (1 − ({} − {}) / {}) × {}, {} (reverse target exceeded: linear deviation)"),
                               *r.computed_score, a, t, t, r.weight, round.phrase(Lang::en))};
}

/// 定性: the tier, its score range, and whether the self-score lies in it.
void qualitative(IndicatorResult& r, const Indicator& ind, const Policy& policy) {
  r.method = ScoreMethod::qualitative;
  QualitativeTier tier = ind.actual.kind == ValueKind::qualitative ? ind.actual.tier : QualitativeTier::unknown;
  bool inferred = false;
  if (tier == QualitativeTier::unknown && !trim(ind.actual.text).empty() &&
      normalize_label(ind.actual.text) == normalize_label(ind.target.text)) {
    tier = QualitativeTier::achieved;  // the actual repeats the target word for word
    inferred = true;
  }
  r.tier = tier;
  r.computed_score = r.filed_score;
  std::string range_zh, range_en;
  if (tier != QualitativeTier::unknown) {
    for (const QualitativeTierRule& rule : policy.qualitative_tiers) {
      if (rule.tier != tier) continue;
      // The thresholds themselves are rounded as the systems do: round(0.8 × w, 2).
      r.tier_min = (rule.min_ratio * r.weight).round(policy.rounding.scale, policy.rounding.mode);
      r.tier_max = (rule.max_ratio * r.weight).round(policy.rounding.scale, policy.rounding.mode);
      r.tier_max_inclusive = rule.max_inclusive;
      range_zh = fmt::format(FMT_COMPILE("[{}, {}{}"), *r.tier_min, *r.tier_max, rule.max_inclusive ? "]" : ")");
      range_en = range_zh;
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
  std::string zh = "定性指标，自评得分保留";
  std::string en = "qualitative: the self-score is kept";
  if (tier != QualitativeTier::unknown) {
    zh += fmt::format(FMT_COMPILE("；{}“{}”，得分区间 {}"), inferred ? "实际完成值与年度指标值相同，视为" : "实际完成值为", tier_zh,
                      range_zh);
    en += fmt::format(FMT_COMPILE("; {} '{}', score range {}"), inferred ? "the actual repeats the target: read as" : "the actual is",
                      tier_en, range_en);
    if (r.self_score_in_tier)
      zh += *r.self_score_in_tier ? "，自评得分在区间内" : "，自评得分不在区间内",
          en += *r.self_score_in_tier ? ", the self-score lies in it" : ", the self-score lies outside it";
  } else {
    zh += fmt::format(FMT_COMPILE("；实际完成值“{}”未表明达成档次"), shown(ind.actual));
    en += fmt::format(FMT_COMPILE("; the actual '{}' names no tier"), shown(ind.actual));
  }
  if (!r.filed_score) {
    r.method = ScoreMethod::not_scored;
    zh += "；未填自评得分";
    en += "; no self-score filed";
  }
  r.explanation = {std::move(zh), std::move(en)};
}

/// A 部门整体 rate rule (控制率, 变动率): ≤ limit full; each point over deducts a share of the points.
bool rate_rule(IndicatorResult& r, const Indicator& ind, const Policy& policy, const Rounder& round) {
  // Rate rules score a percentage: anything else is settled before any name is compared.
  if (policy.rate_rules.empty() || ind.actual.kind != ValueKind::number ||
      ind.actual.unit.dimension != Dimension::percent)
    return false;
  const std::string name = normalize_label(ind.name);
  for (const RateRule& rule : policy.rate_rules) {
    if (name.find(rule.name_contains) == std::string::npos &&
        (is_normalized_label(rule.name_contains) ||
         name.find(normalize_label(rule.name_contains)) == std::string::npos))
      continue;
    r.method = ScoreMethod::rate_rule;
    const Decimal& rate = ind.actual.number;
    const std::string kind_zh = rule.kind == RateRuleKind::control_rate ? "控制率" : "变动率";
    const std::string kind_en = rule.kind == RateRuleKind::control_rate ? "control rate" : "change rate";
    if (rate <= rule.limit) {
      r.computed_score = round.pad(r.weight);
      r.explanation = {fmt::format(FMT_COMPILE("{} = 分值（{} {}% ≤ {}%）"), *r.computed_score, kind_zh, rate, rule.limit),
                       fmt::format(FMT_COMPILE("{} = full points ({} {}% ≤ {}%)"), *r.computed_score, kind_en, rate,
                                   rule.limit)};
      return true;
    }
    Decimal over = rate - rule.limit;
    if (!rule.prorate && !over.is_integer()) over = over.round(0, RoundingMode::ceiling);
    const Decimal deduction = r.weight * rule.deduction * over;
    const Decimal score = deduction >= r.weight ? Decimal(0) : r.weight - deduction;
    r.computed_score = score.round(round.scale(), round.mode());
    r.explanation = {fmt::format(FMT_COMPILE("{} = {} − {} × {} × {}（{} {}% 超出 {}% 共 {} 个百分点，每点扣分值的 {}，扣完为止），{}"),
                                 *r.computed_score, r.weight, r.weight, rule.deduction, over, kind_zh,
                                 rate, rule.limit, over, rule.deduction, round.phrase(Lang::zh)),
                     fmt::format(FMT_COMPILE("{} = {} − {} × {} × {} ({} {}% is {} points over {}%, each point deducts {} of the "
                                             "points, down to 0), {}"),
                                 *r.computed_score, r.weight, r.weight, rule.deduction, over, kind_en,
                                 rate, over, rule.limit, rule.deduction, round.phrase(Lang::en))};
    return true;
  }
  return false;
}

/// The actual as a number in the target's unit, or why it cannot be.
std::optional<Decimal> comparable_actual(IndicatorResult& r, const Indicator& ind) {
  const IndicatorValue& t = ind.target;
  const IndicatorValue& a = ind.actual;
  if (a.kind == ValueKind::empty) {
    not_scored(r, "实际完成值为空", "the actual is blank");
    return std::nullopt;
  }
  if (a.kind != ValueKind::number) {
    not_scored(r, fmt::format(FMT_COMPILE("实际完成值“{}”不是数值"), shown(a)), fmt::format(FMT_COMPILE("the actual '{}' is not a number"), shown(a)));
    return std::nullopt;
  }
  if (t.unit.empty() || a.unit.empty() || t.unit == a.unit) return a.number;
  if (const auto converted = convert(a.number, a.unit, t.unit)) return converted;
  not_scored(r, fmt::format(FMT_COMPILE("单位不一致：年度指标值为“{}”，实际完成值为“{}”"), t.unit.name, a.unit.name),
             fmt::format(FMT_COMPILE("the units differ: target in '{}', actual in '{}'"), t.unit.name, a.unit.name));
  return std::nullopt;
}

}  // namespace

IndicatorResult score_indicator(const Indicator& ind, const Policy& policy, std::string path) {
  IndicatorResult r;
  r.path = std::move(path);
  r.name = ind.name;
  r.weight = ind.weight.value_or(Decimal(0));
  r.filed_score = ind.self_score;
  const Rounder round{policy};

  const auto finish = [&]() -> IndicatorResult {
    r.counted_score = r.computed_score ? *r.computed_score : r.filed_score.value_or(Decimal(0));
    return std::move(r);
  };

  if (!ind.weight) {
    not_scored(r, "未填分值", "no points (分值) given");
    return finish();
  }
  if (rate_rule(r, ind, policy, round)) return finish();

  const IndicatorValue& t = ind.target;
  switch (t.kind) {
    case ValueKind::empty:
      not_scored(r, "年度指标值为空", "the target is blank");
      return finish();
    case ValueKind::text:
      not_scored(r, fmt::format(FMT_COMPILE("年度指标值“{}”无法解析"), shown(t)), fmt::format(FMT_COMPILE("the target '{}' cannot be read"), shown(t)));
      return finish();
    case ValueKind::qualitative:
      qualitative(r, ind, policy);
      return finish();
    case ValueKind::date: {
      if (ind.actual.kind != ValueKind::date || !ind.actual.date || !t.date) {
        not_scored(r, fmt::format(FMT_COMPILE("时限目标“{}”的实际完成值“{}”不是日期"), shown(t), shown(ind.actual)),
                   fmt::format(FMT_COMPILE("the deadline '{}' has an actual '{}' that is not a date"), shown(t), shown(ind.actual)));
        return finish();
      }
      const Date due = t.date->last_day();
      const Date done = ind.actual.date->last_day();
      if (done <= due) {
        full_marks(r, round, fmt::format(FMT_COMPILE("于 {} 完成，不晚于 {}"), done.to_string(), due.to_string()),
                   fmt::format(FMT_COMPILE("done on {}, not after {}"), done.to_string(), due.to_string()));
        r.method = ScoreMethod::deadline;
      } else {
        zero(r, round, ScoreMethod::deadline, fmt::format(FMT_COMPILE("于 {} 完成，晚于时限 {}"), done.to_string(), due.to_string()),
             fmt::format(FMT_COMPILE("done on {}, after the deadline {}"), done.to_string(), due.to_string()));
      }
      return finish();
    }
    case ValueKind::range: {
      const auto a0 = comparable_actual(r, ind);
      if (!a0) return finish();
      Decimal a = *a0;
      if (a < 0 && policy.quantitative.negative_actual_as_zero) a = 0;
      if (a >= t.low && a <= t.high) {
        full_marks(r, round, fmt::format(FMT_COMPILE("{} 在区间 [{}, {}] 内"), a, t.low, t.high),
                   fmt::format(FMT_COMPILE("{} lies in [{}, {}]"), a, t.low, t.high));
      } else if (a < t.low) {
        if (t.low.is_zero()) {
          full_marks(r, round, "区间下限为 0", "the range starts at 0");
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
        full_marks(r, round, fmt::format(FMT_COMPILE("实际完成值 {} ≤ 年度指标值 {}"), a, target),
                   fmt::format(FMT_COMPILE("actual {} ≤ target {}"), a, target));
      } else if (target <= 0) {
        zero(r, round, ScoreMethod::equal_zero, fmt::format(FMT_COMPILE("年度指标值为 {}，实际完成值 {} 超出"), target, a),
             fmt::format(FMT_COMPILE("the target is {} and the actual {} exceeds it"), target, a));
      } else {
        reverse(r, a, target, policy, round);
      }
      return finish();
    case Comparator::equal:
      if (target.is_zero()) {
        if (a <= 0) {
          full_marks(r, round, "年度指标值为 0，实际完成值为 0", "target 0, actual 0");
          r.method = ScoreMethod::equal_zero;
        } else {
          zero(r, round, ScoreMethod::equal_zero, fmt::format(FMT_COMPILE("年度指标值为 0，实际完成值为 {}"), a),
               fmt::format(FMT_COMPILE("target 0, actual {}"), a));
        }
        return finish();
      }
      [[fallthrough]];
    case Comparator::none:
    case Comparator::greater_equal:
    case Comparator::greater:
      if (a >= target) {
        full_marks(r, round, fmt::format(FMT_COMPILE("实际完成值 {} ≥ 年度指标值 {}"), a, target),
                   fmt::format(FMT_COMPILE("actual {} ≥ target {}"), a, target));
        r.over_achievement = r.completion && *r.completion >= policy.quantitative.over_achievement_ratio;
      } else if (target <= 0) {
        full_marks(r, round, fmt::format(FMT_COMPILE("年度指标值为 {}"), target), fmt::format(FMT_COMPILE("the target is {}"), target));
      } else {
        proportional(r, a, target, round, "未完成指标值，按完成比例计分", "target missed: in proportion");
      }
      return finish();
  }
  return finish();
}

}  // namespace jixiao
