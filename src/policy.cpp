// The built-in policies, their validation, and grading.
#include <jixiao/policy.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace jixiao {
namespace {

Decimal D(std::string_view text) { return Decimal::parse(text); }

std::vector<QualitativeTierRule> tiers(std::string_view partial_min) {
  return {{QualitativeTier::achieved, D("0.8"), D("1"), true},
          {QualitativeTier::partial, D(partial_min), D("0.8"), false},
          {QualitativeTier::not_achieved, D("0"), D(partial_min), false}};
}

/// 财预〔2020〕10号, 单位自评: the national rule every variant starts from.
Policy national_2020() {
  Policy p;
  p.id = "national-2020";
  p.name = "财预〔2020〕10号 单位自评（执行率10、产出50、效益30、满意度10）";
  p.name_en = "MOF 2020 No. 10 self-evaluation (execution 10, outputs 50, benefits 30, satisfaction 10)";
  p.basis = "财预〔2020〕10号《项目支出绩效评价管理办法》";
  p.total = 100;
  p.execution_weight = 10;
  // 成本 printed as its own 一级 (财预〔2021〕101号) shares 产出's points.
  p.section_weights = {{{CategoryId::output, CategoryId::cost}, 50},
                       {{CategoryId::benefit}, 30},
                       {{CategoryId::satisfaction}, 10}};
  p.execution = {ExecutionMethod::proportional, true, {}};
  p.qualitative_tiers = tiers("0.6");
  p.grades = {{90, "优", "excellent"}, {80, "良", "good"}, {60, "中", "fair"}, {0, "差", "poor"}};
  p.rate_rules = {{"控制率", RateRuleKind::control_rate, 100, D("0.1"), true},
                  {"变动率", RateRuleKind::change_rate, 0, D("0.1"), true}};
  return p;
}

/// The Hubei-style rule: execution 20, outputs 40, benefits and satisfaction 40, tiers 80/50.
Policy hubei_20_40_40() {
  Policy p = national_2020();
  p.id = "hubei-20-40-40";
  p.name = "预算执行20、产出40、效益和满意度40，定性档次80%/50%";
  p.name_en = "Execution 20, outputs 40, benefits and satisfaction 40; qualitative tiers 80%/50%";
  p.basis = "湖北省部门自评评分说明（不设加分项）";
  p.execution_weight = 20;
  p.section_weights = {{{CategoryId::output, CategoryId::cost}, 40},
                       {{CategoryId::benefit, CategoryId::satisfaction}, 40}};
  p.qualitative_tiers = tiers("0.5");
  return p;
}

/// The national weights with the local grade bands 优 ≥ 80, 良 ≥ 70, 中 ≥ 60.
Policy grades_80_70_60() {
  Policy p = national_2020();
  p.id = "grades-80-70-60";
  p.name = "财预〔2020〕10号权重，等级 优≥80、良≥70、中≥60";
  p.name_en = "MOF 2020 No. 10 weights with grades excellent ≥ 80, good ≥ 70, fair ≥ 60";
  p.basis = "地方评价等级（80/70/60）";
  p.grades = {{80, "优", "excellent"}, {70, "良", "good"}, {60, "中", "fair"}, {0, "差", "poor"}};
  return p;
}

[[noreturn]] void invalid(const std::string& path, const std::string& zh, const std::string& en) {
  throw Error(ErrorCode::invalid_policy, fmt::format("评分规则 {}：{}", path, zh),
              fmt::format("policy {}: {}", path, en), Location{path, 0, 0});
}

void require_ratio(const Decimal& value, const std::string& path) {
  if (value < 0 || value > 1)
    invalid(path, fmt::format("比例 {} 应在 0 至 1 之间", value.to_string()),
            fmt::format("ratio {} must be between 0 and 1", value.to_string()));
}

bool is_level1(CategoryId id) {
  switch (id) {
    case CategoryId::output:
    case CategoryId::benefit:
    case CategoryId::satisfaction:
    case CategoryId::cost:
    case CategoryId::input:
    case CategoryId::process:
    case CategoryId::effect: return true;
    default: return false;
  }
}

}  // namespace

std::vector<std::string_view> builtin_policy_ids() { return {"national-2020", "hubei-20-40-40", "grades-80-70-60"}; }

Policy builtin_policy(std::string_view id) {
  if (id == "national-2020") return national_2020();
  if (id == "hubei-20-40-40") return hubei_20_40_40();
  if (id == "grades-80-70-60") return grades_80_70_60();
  throw Error(ErrorCode::unknown_policy,
              fmt::format("没有名为“{}”的内置评分规则（可用：national-2020、hubei-20-40-40、grades-80-70-60）", id),
              fmt::format("no built-in policy named '{}' (available: national-2020, hubei-20-40-40, grades-80-70-60)",
                          id));
}

Policy default_policy() { return national_2020(); }

void validate(const Policy& p) {
  if (p.id.empty()) invalid("$.id", "缺少规则标识", "the id is empty");
  if (p.total <= 0) invalid("$.total", "总分应大于 0", "the total must be greater than 0");
  if (p.execution_weight < 0 || p.execution_weight > p.total)
    invalid("$.execution_weight", "预算执行率分值应在 0 至总分之间", "the execution weight must be between 0 and the total");

  Decimal weights = p.execution_weight;
  std::set<CategoryId> seen;
  for (std::size_t i = 0; i < p.section_weights.size(); ++i) {
    const SectionWeight& w = p.section_weights[i];
    const std::string path = fmt::format("$.section_weights[{}]", i);
    if (w.categories.empty()) invalid(path + ".categories", "至少应列出一个一级指标", "lists no category");
    for (std::size_t k = 0; k < w.categories.size(); ++k) {
      const CategoryId id = w.categories[k];
      const std::string cpath = fmt::format("{}.categories[{}]", path, k);
      if (!is_level1(id))
        invalid(cpath, fmt::format("“{}”不是一级指标", category_id_name(id)),
                fmt::format("'{}' is not a level-1 category", category_id_name(id)));
      if (!seen.insert(id).second)
        invalid(cpath, fmt::format("一级指标“{}”出现了两次", category_id_name(id)),
                fmt::format("level-1 category '{}' appears twice", category_id_name(id)));
    }
    if (w.weight <= 0) invalid(path + ".weight", "分值应大于 0", "the weight must be greater than 0");
    weights += w.weight;
  }
  if (!p.section_weights.empty() && weights != p.total)
    invalid("$.section_weights",
            fmt::format("一级指标分值与预算执行率分值之和为 {}，不等于总分 {}", weights.to_string(), p.total.to_string()),
            fmt::format("level-1 weights plus the execution weight add up to {}, not the total {}", weights.to_string(),
                        p.total.to_string()));

  if (p.execution.method == ExecutionMethod::bands) {
    if (p.execution.bands.empty())
      invalid("$.execution.bands", "按档次计分时至少需要一个档次", "band scoring needs at least one band");
    for (std::size_t i = 0; i < p.execution.bands.size(); ++i) {
      const std::string path = fmt::format("$.execution.bands[{}]", i);
      require_ratio(p.execution.bands[i].score_ratio, path + ".score_ratio");
      if (i > 0 && !(p.execution.bands[i].min_rate < p.execution.bands[i - 1].min_rate))
        invalid(path + ".min_rate", "档次应按执行率从高到低排列", "bands must be ordered by min_rate, highest first");
    }
  }

  if (p.quantitative.over_achievement_ratio < 1)
    invalid("$.quantitative.over_achievement_ratio", "超额完成阈值应不小于 1（100%）",
            "the over-achievement threshold must be at least 1 (100%)");

  // Tiers: achieved, partial, not_achieved, each once, covering [0, 1] without gaps or overlaps.
  const auto tier_index = [&](QualitativeTier t) -> std::ptrdiff_t {
    const auto it = std::find_if(p.qualitative_tiers.begin(), p.qualitative_tiers.end(),
                                 [&](const QualitativeTierRule& r) { return r.tier == t; });
    return it == p.qualitative_tiers.end() ? -1 : it - p.qualitative_tiers.begin();
  };
  if (p.qualitative_tiers.size() != 3 || tier_index(QualitativeTier::achieved) < 0 ||
      tier_index(QualitativeTier::partial) < 0 || tier_index(QualitativeTier::not_achieved) < 0)
    invalid("$.qualitative_tiers", "应恰好包含 achieved、partial、not_achieved 三个档次",
            "must hold exactly the tiers achieved, partial and not_achieved");
  for (std::size_t i = 0; i < p.qualitative_tiers.size(); ++i) {
    const QualitativeTierRule& r = p.qualitative_tiers[i];
    const std::string path = fmt::format("$.qualitative_tiers[{}]", i);
    require_ratio(r.min_ratio, path + ".min_ratio");
    require_ratio(r.max_ratio, path + ".max_ratio");
    if (!(r.min_ratio < r.max_ratio))
      invalid(path, "下限应小于上限", "min_ratio must be below max_ratio");
  }
  const auto& achieved = p.qualitative_tiers[static_cast<std::size_t>(tier_index(QualitativeTier::achieved))];
  const auto& partial = p.qualitative_tiers[static_cast<std::size_t>(tier_index(QualitativeTier::partial))];
  const auto& failed = p.qualitative_tiers[static_cast<std::size_t>(tier_index(QualitativeTier::not_achieved))];
  if (achieved.max_ratio != 1 || !achieved.max_inclusive || achieved.min_ratio != partial.max_ratio ||
      partial.min_ratio != failed.max_ratio || failed.min_ratio != 0)
    invalid("$.qualitative_tiers", "三个档次应首尾相接地覆盖 0 至 100%（达成档含 100%）",
            "the tiers must cover 0 to 100% end to end (achieved including 100%)");

  if (p.rounding.scale < 0 || p.rounding.scale > Decimal::max_scale)
    invalid("$.rounding.scale", "保留位数应在 0 至 38 之间", "the scale must be between 0 and 38");

  if (p.grades.empty()) invalid("$.grades", "至少需要一个等级", "needs at least one grade");
  for (std::size_t i = 0; i < p.grades.size(); ++i) {
    const std::string path = fmt::format("$.grades[{}]", i);
    if (p.grades[i].name.empty()) invalid(path + ".name", "等级名称为空", "the grade name is empty");
    if (i > 0 && !(p.grades[i].min < p.grades[i - 1].min))
      invalid(path + ".min", "等级应按下限从高到低排列", "grades must be ordered by min, highest first");
  }
  if (p.grades.back().min > 0)
    invalid(fmt::format("$.grades[{}].min", p.grades.size() - 1), "最低等级的下限应为 0，使每个总分都有等级",
            "the lowest grade must start at 0 so that every total has a grade");

  for (std::size_t i = 0; i < p.rate_rules.size(); ++i) {
    const std::string path = fmt::format("$.rate_rules[{}]", i);
    if (p.rate_rules[i].name_contains.empty())
      invalid(path + ".name_contains", "匹配的指标名称为空", "the name to match is empty");
    require_ratio(p.rate_rules[i].deduction, path + ".deduction");
  }

  if (p.tolerances.amount < 0) invalid("$.tolerances.amount", "容差不能为负", "a tolerance cannot be negative");
  if (p.tolerances.score < 0) invalid("$.tolerances.score", "容差不能为负", "a tolerance cannot be negative");
  if (p.tolerances.rate < 0) invalid("$.tolerances.rate", "容差不能为负", "a tolerance cannot be negative");
}

const GradeBand& grade_of(const Policy& policy, const Decimal& total) {
  if (policy.grades.empty()) invalid("$.grades", "至少需要一个等级", "needs at least one grade");
  for (const GradeBand& band : policy.grades)
    if (total >= band.min) return band;
  return policy.grades.back();
}

}  // namespace jixiao
