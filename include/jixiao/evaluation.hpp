// jixiao: scoring a package under a policy, every number with its explanation (绩效评分).
#ifndef JIXIAO_EVALUATION_HPP
#define JIXIAO_EVALUATION_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/explanation.hpp>
#include <jixiao/funds.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/money.hpp>
#include <jixiao/package.hpp>
#include <jixiao/percent.hpp>
#include <jixiao/policy.hpp>

#include <optional>
#include <string>
#include <vector>

namespace jixiao {

/// Which rule produced an indicator's computed score.
enum class ScoreMethod {
  full_marks,       ///< the target is met: all the points
  proportional,     ///< 未完成: actual ÷ target × points (≥ ＞ ＝ and a bare number)
  equal_zero,       ///< ＝ 0: all the points when the actual is 0 (or less), none otherwise
  reverse_linear,   ///< ≤ ＜ missed: (1 − (actual − target) ÷ target) × points, 0 from twice the target
  reverse_ratio,    ///< ≤ ＜ missed, ratio form: target ÷ actual × points
  range,            ///< inside [low, high] all; below: proportional to low; above: reverse against high
  deadline,         ///< a date target: on or before it all the points, after it none
  qualitative,      ///< 定性: the self-score is kept and checked against its tier's range
  rate_rule,        ///< a 部门整体 control or change rate rule of the policy
  not_scored,       ///< no rule applies (text target, units that do not compare, no points): self-score kept
};

/// One 三级 row.
struct IndicatorResult {
  std::string path;                         ///< JSON path of the row in the package
  std::string name;
  Decimal weight;                           ///< 分值 (0 when blank)
  std::optional<Decimal> filed_score;       ///< 自评得分 as filed
  std::optional<Decimal> computed_score;    ///< by the rule; empty for not_scored
  Decimal counted_score;                    ///< what the subtotals add: computed, else filed, else 0
  ScoreMethod method = ScoreMethod::not_scored;
  Explanation explanation;
  std::optional<Decimal> completion;        ///< actual ÷ target (1 = 100%), where the rule uses it
  bool over_achievement = false;            ///< completion at or above the policy's threshold
  QualitativeTier tier = QualitativeTier::unknown;  ///< for qualitative rows: the tier read off the actual
  std::optional<Decimal> tier_min;          ///< the score range the tier allows (qualitative rows)
  std::optional<Decimal> tier_max;
  bool tier_max_inclusive = false;
  std::optional<bool> self_score_in_tier;   ///< qualitative rows with a known tier and a self-score
};

/// A 二级 group: the sum of its rows.
struct GroupResult {
  Category category;
  std::string path;
  Decimal weight;                      ///< Σ row points
  Decimal score;                       ///< Σ counted scores
  std::optional<Decimal> filed_score;  ///< Σ filed scores, when any row has one
  std::vector<IndicatorResult> indicators;
};

/// A 一级 section.
struct SectionResult {
  Category category;
  std::string path;
  std::optional<Decimal> printed_weight;  ///< the points printed in the label ("(50 分)")
  std::optional<Decimal> policy_weight;   ///< the policy's points for this category, when it names one alone
  Decimal weight;                         ///< Σ row points
  Decimal score;                          ///< Σ counted scores
  std::optional<Decimal> filed_score;
  std::vector<GroupResult> groups;
};

/// 预算执行率 and its points.
struct ExecutionResult {
  std::optional<Percent> rate;           ///< 全年执行数 ÷ 全年预算数, 2 places
  std::optional<Percent> printed_rate;   ///< as printed
  Decimal weight;                        ///< from the policy
  std::optional<Decimal> score;
  std::optional<Decimal> filed_score;
  Explanation rate_explanation;
  Explanation score_explanation;
};

/// A scored self-evaluation table (项目支出 or 部门整体).
struct FormResult {
  std::string form;  ///< "project" or "department"
  std::string path;  ///< "$.projects[0]", "$.department"
  std::string name;  ///< the project's name, or the unit's
  ExecutionResult execution;
  std::vector<SectionResult> sections;
  Decimal indicator_score;  ///< Σ sections
  Decimal total;            ///< execution + indicators, rounded per the policy
  Explanation total_explanation;
  std::optional<Decimal> filed_total;  ///< 总分 as filed
  GradeBand grade;
  std::optional<GradeBand> filed_grade;  ///< the grade the filed total would get
};

/// A rate derived from the basic data table (在职人员控制率 …).
struct DerivedRate {
  std::string key;       ///< "staffing_control_rate"
  std::string name;      ///< 在职人员控制率
  std::string name_en;   ///< staffing control rate
  std::optional<Percent> value;    ///< empty when an input is blank or the denominator is 0
  std::optional<Percent> printed;  ///< as printed in the form, where it has a cell
  Explanation explanation;
};

/// A row's amount in one column against the sum of its sub-rows.
struct RowTotal {
  std::string path;    ///< of the row
  std::string name;
  std::string column;  ///< "prior_final", "budget" or "final"
  std::optional<Money> printed;
  Money computed;      ///< Σ sub-rows (blank sub-rows count 0)
  Explanation explanation;
};

struct BasicDataResult {
  std::vector<DerivedRate> rates;
  std::vector<RowTotal> row_totals;
};

struct EvaluationResult {
  std::string policy_id;
  MoneyUnit money_unit = MoneyUnit::wan_yuan;  ///< the unit amounts are written in (the package's)
  std::string unit_name;
  int year = 0;
  std::optional<BasicDataResult> basic_data;
  std::optional<FormResult> department;
  std::vector<FormResult> projects;
};

/// Scores every form of the package and derives the basic data table's rates.
EvaluationResult evaluate(const Package& package, const Policy& policy = default_policy());

/// One row on its own, for systems that hold indicators in their own tables. `path` is copied
/// into the result.
IndicatorResult score_indicator(const Indicator& indicator, const Policy& policy, std::string path = {});

/// 预算执行率 and its points from a funds row on its own; `unit` is the unit the explanation
/// writes amounts in.
ExecutionResult score_execution(const FundsRow& total, const Policy& policy,
                                MoneyUnit unit = MoneyUnit::wan_yuan);

/// The stable name of a method ("proportional").
std::string_view score_method_name(ScoreMethod method) noexcept;

}  // namespace jixiao

#endif  // JIXIAO_EVALUATION_HPP
