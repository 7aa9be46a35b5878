// jixiao: scoring rules as data (评分规则). Provinces differ; a policy says how a package is scored.
#ifndef JIXIAO_POLICY_HPP
#define JIXIAO_POLICY_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/indicator_category.hpp>
#include <jixiao/indicator_value.hpp>
#include <jixiao/percent.hpp>
#include <jixiao/rounding_mode.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

/// Points for one or more 一级 categories together: {output} 50, or {benefit, satisfaction} 40 in
/// the Hubei-style 20/40/40 rule.
struct SectionWeight {
  std::vector<CategoryId> categories;
  Decimal weight;

  friend bool operator==(const SectionWeight&, const SectionWeight&) = default;
};

/// How 预算执行率 becomes points.
enum class ExecutionMethod {
  proportional,  ///< score = rate × weight (capped at the weight when `cap`)
  bands,         ///< the first band whose min_rate the rate reaches gives weight × score_ratio
};

struct ExecutionBand {
  Percent min_rate;     ///< inclusive lower bound, e.g. 95%
  Decimal score_ratio;  ///< share of the weight, e.g. 1 for full marks

  friend bool operator==(const ExecutionBand&, const ExecutionBand&) = default;
};

struct ExecutionRule {
  ExecutionMethod method = ExecutionMethod::proportional;
  bool cap = true;                    ///< an execution rate above 100% still gives at most the weight
  std::vector<ExecutionBand> bands;   ///< for ExecutionMethod::bands, highest min_rate first

  friend bool operator==(const ExecutionRule&, const ExecutionRule&) = default;
};

/// How a reverse (≤ <) target scores when the actual exceeds it.
enum class ReverseMethod {
  linear_deviation,  ///< (1 − (actual − target) / target) × w, 0 from 2 × target (the national implementation)
  ratio,             ///< target / actual × w
};

struct QuantitativeRule {
  ReverseMethod reverse = ReverseMethod::linear_deviation;
  bool negative_actual_as_zero = true;  ///< a negative 实际完成值 is scored as 0
  /// actual ÷ target at or above which an over-achievement needs an explanation (1.3 = 130%).
  Decimal over_achievement_ratio = Decimal::parse("1.3");

  friend bool operator==(const QuantitativeRule&, const QuantitativeRule&) = default;
};

/// The share of an indicator's points a qualitative tier allows: [min_ratio, max_ratio), the upper
/// bound inclusive only when `max_inclusive` (達成: 80%（含）–100%（含）).
struct QualitativeTierRule {
  QualitativeTier tier = QualitativeTier::unknown;
  Decimal min_ratio;
  Decimal max_ratio;
  bool max_inclusive = false;

  friend bool operator==(const QualitativeTierRule&, const QualitativeTierRule&) = default;
};

/// Where scores are rounded.
enum class RoundingPoint {
  indicator,  ///< each computed score is rounded, and sums add the rounded scores (the usual practice)
  total,      ///< scores are kept exact and only subtotals and the total are rounded
};

struct ScoreRounding {
  int scale = 2;
  RoundingMode mode = RoundingMode::half_up;
  RoundingPoint at = RoundingPoint::indicator;

  friend bool operator==(const ScoreRounding&, const ScoreRounding&) = default;
};

/// A grade band: totals at or above `min` (inclusive) get `name`, unless a higher band applies.
struct GradeBand {
  Decimal min;
  std::string name;     ///< 优
  std::string name_en;  ///< excellent

  friend bool operator==(const GradeBand&, const GradeBand&) = default;
};

/// The 部门整体 framework's rate rules, matched by indicator name.
enum class RateRuleKind {
  control_rate,  ///< 控制率: ≤ limit full marks; each point over deducts `deduction` × weight
  change_rate,   ///< 变动率: ≤ limit (0) full marks; each point over deducts `deduction` × weight
};

struct RateRule {
  std::string name_contains;  ///< matched against the normalised 三级 name, e.g. "在职人员控制率"
  RateRuleKind kind = RateRuleKind::control_rate;
  Decimal limit;              ///< in percentage points: 100 for control rates, 0 for change rates
  Decimal deduction;          ///< share of the weight per point over the limit: 0.1
  bool prorate = true;        ///< partial points deduct proportionally (else every started point counts)

  friend bool operator==(const RateRule&, const RateRule&) = default;
};

/// Differences at or below these are not findings.
struct Tolerances {
  Decimal amount = Decimal::parse("0.01");  ///< in the package's money unit (万元)
  Decimal score = Decimal::parse("0.1");    ///< points, for units that round to one decimal
  Decimal rate = Decimal::parse("0.01");    ///< percentage points, for printed rates

  friend bool operator==(const Tolerances&, const Tolerances&) = default;
};

struct Policy {
  std::string id;       ///< "national-2020"
  std::string name;     ///< 中文名称
  std::string name_en;
  std::string basis;    ///< the rule it follows, e.g. 财预〔2020〕10号
  Decimal total = Decimal(100);           ///< points of a whole table
  Decimal execution_weight = Decimal(10); ///< 预算执行率 points
  std::vector<SectionWeight> section_weights;  ///< 一级 points
  ExecutionRule execution;
  QuantitativeRule quantitative;
  std::vector<QualitativeTierRule> qualitative_tiers;
  ScoreRounding rounding;
  std::vector<GradeBand> grades;  ///< highest min first
  std::vector<RateRule> rate_rules;
  Tolerances tolerances;

  friend bool operator==(const Policy&, const Policy&) = default;
};

/// Names of the built-in policies: "national-2020" (default), "hubei-20-40-40", "grades-80-70-60".
std::vector<std::string_view> builtin_policy_ids();
/// A built-in policy; Error(unknown_policy) for another name.
Policy builtin_policy(std::string_view id);
/// The default: 财预〔2020〕10号 单位自评.
Policy default_policy();

/// Checks a policy and throws Error(invalid_policy) naming the field ("$.grades[1].min") and the
/// reason: weights that do not add up to the total, bands out of order, tiers that overlap or leave
/// gaps, a scale outside 0..38, a ratio outside [0, 1].
void validate(const Policy& policy);

/// The grade of a total under the policy's bands.
const GradeBand& grade_of(const Policy& policy, const Decimal& total);

}  // namespace jixiao

#endif  // JIXIAO_POLICY_HPP
