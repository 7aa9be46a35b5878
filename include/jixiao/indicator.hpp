// jixiao: the indicator hierarchy of a self-evaluation table (绩效指标: 一级 → 二级 → 三级).
#ifndef JIXIAO_INDICATOR_HPP
#define JIXIAO_INDICATOR_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/indicator_category.hpp>
#include <jixiao/indicator_value.hpp>

#include <optional>
#include <string>
#include <vector>

namespace jixiao {

/// One 三级指标 row.
struct Indicator {
  std::string name;                   ///< 三级指标
  IndicatorValue target;              ///< 年度指标值
  IndicatorValue actual;              ///< 实际完成值
  std::string unit;                   ///< 计量单位, when the form has the column (the seed's forms do not)
  std::optional<Decimal> weight;      ///< 分值
  std::optional<Decimal> self_score;  ///< 自评得分, as filed
  std::string deviation;              ///< 偏差原因分析及改进措施

  friend bool operator==(const Indicator&, const Indicator&) = default;
};

/// A 二级指标 and its rows. A 二级 printed with no rows (the seed's 经济效益指标) has none.
struct IndicatorGroup {
  Category category;              ///< 二级指标
  std::optional<Decimal> weight;  ///< points printed in the label, rare at this level
  std::vector<Indicator> indicators;

  friend bool operator==(const IndicatorGroup&, const IndicatorGroup&) = default;
};

/// A 一级指标 with the points printed in its label ("产出指标 (50 分)") and its 二级 groups.
struct IndicatorSection {
  Category category;              ///< 一级指标
  std::optional<Decimal> weight;  ///< the printed points, kept to compare with the rows and the policy
  std::vector<IndicatorGroup> groups;

  friend bool operator==(const IndicatorSection&, const IndicatorSection&) = default;
};

}  // namespace jixiao

#endif  // JIXIAO_INDICATOR_HPP
