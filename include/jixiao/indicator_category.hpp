// jixiao: the catalogue of indicator categories (一级指标、二级指标) and their spellings.
#ifndef JIXIAO_INDICATOR_CATEGORY_HPP
#define JIXIAO_INDICATOR_CATEGORY_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

/// Known categories. Names are stable (they appear in JSON and policies).
enum class CategoryId {
  custom,  ///< a name the catalogue does not know; kept as written
  // 一级 of 项目支出 (财预〔2020〕10号) and of the 部门整体 self-evaluation table
  output,        ///< 产出指标
  benefit,       ///< 效益指标
  satisfaction,  ///< 满意度指标 / 服务对象满意度指标 (as 一级)
  cost,          ///< 成本指标: 一级 as in 财预〔2021〕101号, or 二级 under 产出 in older tables
  // 一级 of the 部门整体 framework (财预〔2013〕53号)
  input,    ///< 投入
  process,  ///< 过程
  effect,   ///< 效果
  // 二级
  quantity,              ///< 数量指标
  quality,               ///< 质量指标
  timeliness,            ///< 时效指标
  economic_cost,         ///< 经济成本指标
  social_cost,           ///< 社会成本指标
  ecological_cost,       ///< 生态环境成本指标
  economic_benefit,      ///< 经济效益指标
  social_benefit,        ///< 社会效益指标
  ecological_benefit,    ///< 生态效益指标
  sustainability,        ///< 可持续影响指标
  service_satisfaction,  ///< 服务对象满意度指标 (as 二级)
  goal_setting,          ///< 目标设定
  budget_allocation,     ///< 预算配置
  budget_execution,      ///< 预算执行
  budget_management,     ///< 预算管理
  asset_management,      ///< 资产管理
  duty_performance,      ///< 职责履行
  performance_benefit,   ///< 履职效益
};

/// Which level a category is found at.
enum class CategoryLevel { level1, level2 };

/// A category as written in a form, recognised against the catalogue.
struct Category {
  CategoryId id = CategoryId::custom;
  std::string label;  ///< as written, e.g. "产出指标\n(50 分)"

  friend bool operator==(const Category&, const Category&) = default;
};

/// The stable name of an id ("output", "social_benefit").
std::string_view category_id_name(CategoryId id) noexcept;
std::optional<CategoryId> category_id_from_name(std::string_view name) noexcept;
/// The canonical Chinese name ("产出指标") and an English one ("Outputs").
std::string_view category_display_name(CategoryId id, Lang lang = Lang::zh) noexcept;

/// A label split into its name and the points printed in it: "产出指标\n(50 分)" → {"产出指标", 50};
/// "效益指标（40 分）" → {"效益指标", 40}; "数量指标" → {"数量指标", none}.
struct LabelParts {
  std::string name;  ///< normalised (normalize_label), points removed
  std::optional<Decimal> points;
};
LabelParts split_label(std::string_view label);

/// Recognises a label at a level, tolerant of spaces, line breaks, full-width punctuation, a
/// printed weight and synonyms ("服务对象满意度指标" / "满意度指标" / "服务对象满意度"; "产出" /
/// "产出指标"). CategoryId::custom when the label is not in the catalogue.
CategoryId classify_category(std::string_view label, CategoryLevel level);

/// The 一级 a known 二级 belongs to in the 项目支出 framework (quantity → output, cost → output,
/// social_benefit → benefit …); CategoryId::custom when it has none.
CategoryId parent_of(CategoryId level2) noexcept;

}  // namespace jixiao

#endif  // JIXIAO_INDICATOR_CATEGORY_HPP
