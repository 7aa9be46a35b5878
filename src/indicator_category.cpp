#include <jixiao/indicator_category.hpp>
#include <jixiao/text_normalize.hpp>

#include <array>
#include <initializer_list>

namespace jixiao {
namespace {

struct Entry {
  CategoryId id;
  std::string_view name;     // stable name
  std::string_view zh;       // canonical Chinese name
  std::string_view en;
};

constexpr std::array<Entry, 26> entries{{
    {CategoryId::custom, "custom", "", ""},
    {CategoryId::output, "output", "产出指标", "Outputs"},
    {CategoryId::benefit, "benefit", "效益指标", "Benefits"},
    {CategoryId::satisfaction, "satisfaction", "满意度指标", "Satisfaction"},
    {CategoryId::cost, "cost", "成本指标", "Cost"},
    {CategoryId::input, "input", "投入", "Inputs"},
    {CategoryId::process, "process", "过程", "Process"},
    {CategoryId::effect, "effect", "效果", "Effects"},
    {CategoryId::quantity, "quantity", "数量指标", "Quantity"},
    {CategoryId::quality, "quality", "质量指标", "Quality"},
    {CategoryId::timeliness, "timeliness", "时效指标", "Timeliness"},
    {CategoryId::economic_cost, "economic_cost", "经济成本指标", "Economic cost"},
    {CategoryId::social_cost, "social_cost", "社会成本指标", "Social cost"},
    {CategoryId::ecological_cost, "ecological_cost", "生态环境成本指标", "Ecological cost"},
    {CategoryId::economic_benefit, "economic_benefit", "经济效益指标", "Economic benefits"},
    {CategoryId::social_benefit, "social_benefit", "社会效益指标", "Social benefits"},
    {CategoryId::ecological_benefit, "ecological_benefit", "生态效益指标", "Ecological benefits"},
    {CategoryId::sustainability, "sustainability", "可持续影响指标", "Sustainable impact"},
    {CategoryId::service_satisfaction, "service_satisfaction", "服务对象满意度指标", "Service-recipient satisfaction"},
    {CategoryId::goal_setting, "goal_setting", "目标设定", "Goal setting"},
    {CategoryId::budget_allocation, "budget_allocation", "预算配置", "Budget allocation"},
    {CategoryId::budget_execution, "budget_execution", "预算执行", "Budget execution"},
    {CategoryId::budget_management, "budget_management", "预算管理", "Budget management"},
    {CategoryId::asset_management, "asset_management", "资产管理", "Asset management"},
    {CategoryId::duty_performance, "duty_performance", "职责履行", "Duty performance"},
    {CategoryId::performance_benefit, "performance_benefit", "履职效益", "Performance benefits"},
}};

struct Spelling {
  std::string_view text;  // normalised, without a trailing 指标
  CategoryId id;
};

constexpr std::array<Spelling, 9> level1_spellings{{
    {"产出", CategoryId::output},
    {"效益", CategoryId::benefit},
    {"满意度", CategoryId::satisfaction},
    {"服务对象满意度", CategoryId::satisfaction},
    {"社会公众或服务对象满意度", CategoryId::satisfaction},
    {"成本", CategoryId::cost},
    {"投入", CategoryId::input},
    {"过程", CategoryId::process},
    {"效果", CategoryId::effect},
}};

constexpr std::array<Spelling, 24> level2_spellings{{
    {"数量", CategoryId::quantity},
    {"质量", CategoryId::quality},
    {"时效", CategoryId::timeliness},
    {"成本", CategoryId::cost},
    {"经济成本", CategoryId::economic_cost},
    {"社会成本", CategoryId::social_cost},
    {"生态环境成本", CategoryId::ecological_cost},
    {"生态成本", CategoryId::ecological_cost},
    {"经济效益", CategoryId::economic_benefit},
    {"社会效益", CategoryId::social_benefit},
    {"生态效益", CategoryId::ecological_benefit},
    {"可持续影响", CategoryId::sustainability},
    {"可持续发展", CategoryId::sustainability},
    {"服务对象满意度", CategoryId::service_satisfaction},
    {"满意度", CategoryId::service_satisfaction},
    {"社会公众或服务对象满意度", CategoryId::service_satisfaction},
    {"目标设定", CategoryId::goal_setting},
    {"预算配置", CategoryId::budget_allocation},
    {"预算执行", CategoryId::budget_execution},
    {"预算管理", CategoryId::budget_management},
    {"资产管理", CategoryId::asset_management},
    {"职责履行", CategoryId::duty_performance},
    {"履职效益", CategoryId::performance_benefit},
    {"履职效能", CategoryId::performance_benefit},
}};

bool ends_with(std::string_view s, std::string_view suffix) noexcept {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string_view category_id_name(CategoryId id) noexcept {
  for (const Entry& e : entries)
    if (e.id == id) return e.name;
  return "custom";
}

std::optional<CategoryId> category_id_from_name(std::string_view name) noexcept {
  for (const Entry& e : entries)
    if (e.name == name) return e.id;
  return std::nullopt;
}

std::string_view category_display_name(CategoryId id, Lang lang) noexcept {
  for (const Entry& e : entries)
    if (e.id == id) return lang == Lang::zh ? e.zh : e.en;
  return {};
}

LabelParts split_label(std::string_view label) {
  LabelParts parts{normalize_label(label), std::nullopt};
  std::string& name = parts.name;
  // "产出指标(50分)": the points sit in the last parentheses, optionally followed by 分.
  if (!ends_with(name, ")")) return parts;
  const std::size_t open = name.rfind('(');
  if (open == std::string::npos) return parts;
  std::string_view inside = std::string_view(name).substr(open + 1, name.size() - open - 2);
  if (ends_with(inside, "分")) inside.remove_suffix(std::string_view("分").size());
  if (const auto points = Decimal::try_parse(inside)) {
    parts.points = *points;
    name.erase(open);
  }
  return parts;
}

CategoryId classify_category(std::string_view label, CategoryLevel level) {
  // A label already normalized and without "(50分)" is its own name: no copy (the common case).
  std::string split;
  std::string_view name = label;
  if (!is_normalized_label(label) || ends_with(label, ")")) name = split = split_label(label).name;
  if (ends_with(name, "指标")) name.remove_suffix(std::string_view("指标").size());
  if (ends_with(name, "类")) name.remove_suffix(std::string_view("类").size());
  const auto find = [&](const auto& spellings) {
    for (const Spelling& s : spellings)
      if (s.text == name) return s.id;
    return CategoryId::custom;
  };
  return level == CategoryLevel::level1 ? find(level1_spellings) : find(level2_spellings);
}

CategoryId parent_of(CategoryId level2) noexcept {
  switch (level2) {
    case CategoryId::quantity:
    case CategoryId::quality:
    case CategoryId::timeliness:
    case CategoryId::cost:
    case CategoryId::duty_performance: return CategoryId::output;
    case CategoryId::economic_cost:
    case CategoryId::social_cost:
    case CategoryId::ecological_cost: return CategoryId::cost;
    case CategoryId::economic_benefit:
    case CategoryId::social_benefit:
    case CategoryId::ecological_benefit:
    case CategoryId::sustainability: return CategoryId::benefit;
    case CategoryId::service_satisfaction: return CategoryId::satisfaction;
    case CategoryId::goal_setting:
    case CategoryId::budget_allocation: return CategoryId::input;
    case CategoryId::budget_execution:
    case CategoryId::budget_management:
    case CategoryId::asset_management: return CategoryId::process;
    case CategoryId::performance_benefit: return CategoryId::effect;
    default: return CategoryId::custom;
  }
}

}  // namespace jixiao
