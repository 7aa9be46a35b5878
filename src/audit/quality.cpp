// JX-Q01..Q12: the quality of the indicator tables (指标质量). Semantics: docs/audit/quality.md.
#include "audit_context.hpp"

#include "../utf8.hpp"

#include <jixiao/text_normalize.hpp>

#include <fmt/format.h>

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::audit_detail {
namespace {

// ---- the tables and their places -------------------------------------------------------------

/// One indicator table: the department's, or a project's.
struct Table {
  const std::vector<IndicatorSection>* sections;
  std::string base;                   ///< "$.department", "$.projects[1]"
  std::optional<std::size_t> project; ///< the project's index, or none for the department
};

std::vector<Table> tables(const Package& p) {
  std::vector<Table> out;
  if (p.department) out.push_back({&p.department->indicators, "$.department", std::nullopt});
  for (std::size_t i = 0; i < p.projects.size(); ++i)
    out.push_back({&p.projects[i].indicators, fmt::format("$.projects[{}]", i), i});
  return out;
}

Place place(const Package& p, const Table& t, std::string row, std::string field, std::string path) {
  return t.project ? project_place(p, *t.project, std::move(row), std::move(field), std::move(path))
                   : department_place(p, std::move(row), std::move(field), std::move(path));
}

std::string row_path(const Table& t, std::size_t s, std::size_t g, std::size_t k) {
  return fmt::format("{}.indicators[{}].groups[{}].indicators[{}]", t.base, s, g, k);
}

// ---- text --------------------------------------------------------------------------------------

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) (void)detail::next_code_point(s, i);
  return n;
}

/// A cell as quoted in a message: trimmed, line breaks as spaces, at most 40 characters.
std::string quote(std::string_view text) {
  const std::string_view t = trim(text);
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < t.size();) {
    const std::size_t start = i;
    const std::int32_t cp = detail::next_code_point(t, i);
    if (n == 40) {
      out += "…";
      break;
    }
    if (cp == '\n' || cp == '\r' || cp == '\t')
      out += ' ';
    else
      out.append(t.substr(start, i - start));
    ++n;
  }
  return out;
}

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

template <std::size_t N>
bool contains_any(std::string_view s, const std::array<std::string_view, N>& parts) {
  for (const std::string_view p : parts)
    if (contains(s, p)) return true;
  return false;
}

/// The parser's verdict "a template placeholder" (“*”、“……”、“XX”、“指标1”): ValueKind::text with
/// the placeholder note (docs/indicator-values.md §2, row 2).
bool is_placeholder(const IndicatorValue& v) {
  return v.kind == ValueKind::text && contains(v.note_en, "is a placeholder, not a value");
}

bool is_placeholder_text(std::string_view text) { return jixiao::is_placeholder(text); }

/// The 二级 label as printed, without its points and line breaks: "可持续影响指标".
std::string label(const Category& c) {
  std::string name = split_label(c.label).name;
  if (name.empty()) name = std::string(category_display_name(c.id));
  return name;
}

/// "“成本指标” (Cost)" for the English messages.
std::string label_en(const Category& c) {
  const std::string_view en = category_display_name(c.id, Lang::en);
  return en.empty() ? fmt::format("\"{}\"", label(c)) : fmt::format("\"{}\" ({})", label(c), en);
}

// ---- categories ------------------------------------------------------------------------------

/// The category a row is judged by: its 二级 when the catalogue knows it, else its 一级.
CategoryId effective(const IndicatorSection& s, const IndicatorGroup& g) {
  return g.category.id != CategoryId::custom ? g.category.id : s.category.id;
}

/// Q01: where a target must be a quantity (数量、质量、时效、成本、经济成本、满意度).
bool expects_quantity(CategoryId id) {
  switch (id) {
    case CategoryId::quantity:
    case CategoryId::quality:
    case CategoryId::timeliness:
    case CategoryId::cost:
    case CategoryId::economic_cost:
    case CategoryId::service_satisfaction:
    case CategoryId::satisfaction: return true;
    default: return false;
  }
}

bool is_cost(const IndicatorSection& s, const IndicatorGroup& g) {
  if (s.category.id == CategoryId::cost) return true;
  switch (g.category.id) {
    case CategoryId::cost:
    case CategoryId::economic_cost:
    case CategoryId::social_cost:
    case CategoryId::ecological_cost: return true;
    default: return false;
  }
}

/// Q07: cost rows that measure a saving or a reduction, where "at least" is the right sign.
constexpr std::array<std::string_view, 8> saving_words{"节约", "节省", "节支", "降低", "下降", "减少", "压减", "压缩"};

/// Q08: a rate that cannot exceed 100%: 质量 and 满意度 rows and names with 率 or 满意度, except
/// growth, change, completion and execution rates and returns, which can.
constexpr std::array<std::string_view, 11> unbounded_words{"增", "变动", "变化", "提高", "提升", "降",
                                                           "减少", "倍", "完成率", "执行率", "回报"};
bool rate_is_bounded(const IndicatorSection& s, const IndicatorGroup& g, const std::string& name) {
  if (contains_any(name, unbounded_words) || contains(name, "收益率")) return false;
  return g.category.id == CategoryId::quality || g.category.id == CategoryId::service_satisfaction ||
         s.category.id == CategoryId::satisfaction || contains(name, "率") || contains(name, "满意度");
}

/// The 一级 dimension a row counts toward (Q06): its 二级's parent, else its 一级; 成本 counts as 产出.
CategoryId dimension(const IndicatorSection& s, const IndicatorGroup& g) {
  CategoryId d = g.category.id != CategoryId::custom ? parent_of(g.category.id) : CategoryId::custom;
  if (d == CategoryId::custom) d = s.category.id;
  if (d == CategoryId::cost) d = CategoryId::output;
  return d;
}

bool is_blank_row(const Indicator& i) {
  return trim(i.name).empty() && trim(i.target.text).empty() && trim(i.actual.text).empty() && !i.weight &&
         !i.self_score && trim(i.deviation).empty();
}

// ---- Q06 -------------------------------------------------------------------------------------

void check_dimensions(const Context& c, const Table& t) {
  const std::vector<IndicatorSection>& sections = *t.sections;
  const auto is_2013 = [](CategoryId d) {
    return d == CategoryId::input || d == CategoryId::process || d == CategoryId::effect;
  };
  bool framework_2013 = false;  // 投入/过程/产出/效果 (财预〔2013〕53号)
  std::map<CategoryId, bool> has_rows;
  for (const IndicatorSection& s : sections) {
    for (const IndicatorGroup& g : s.groups) {
      const CategoryId d = dimension(s, g);
      framework_2013 = framework_2013 || is_2013(d);
      for (const Indicator& i : g.indicators)
        if (!is_blank_row(i)) has_rows[d] = true;
    }
    framework_2013 = framework_2013 || is_2013(s.category.id);
  }
  static constexpr std::array<CategoryId, 3> current{CategoryId::output, CategoryId::benefit, CategoryId::satisfaction};
  static constexpr std::array<CategoryId, 4> older{CategoryId::input, CategoryId::process, CategoryId::output,
                                                   CategoryId::effect};
  const std::span<const CategoryId> required =
      framework_2013 ? std::span<const CategoryId>(older) : std::span<const CategoryId>(current);
  for (const CategoryId d : required) {
    if (has_rows[d]) continue;
    // the section printed for it, if any (产出 also by an 一级 成本)
    std::optional<std::size_t> printed;
    for (std::size_t s = 0; s < sections.size() && !printed; ++s) {
      CategoryId sid = sections[s].category.id;
      if (sid == CategoryId::cost) sid = CategoryId::output;
      if (sid == d) printed = s;
    }
    const std::string zh_name(category_display_name(d, Lang::zh));
    const std::string en_name(category_display_name(d, Lang::en));
    const std::string framework_zh = framework_2013 ? "投入、过程、产出、效果" : "产出、效益、满意度";
    const std::string framework_en = framework_2013 ? "inputs, process, outputs, effects"
                                                    : "outputs, benefits, satisfaction";
    if (printed) {
      c.report("JX-Q06",
               place(c.package, t, zh_name, "indicators", fmt::format("{}.indicators[{}]", t.base, *printed)),
               fmt::format("一级指标“{}”下没有任何三级指标：绩效指标应覆盖{}各维度", zh_name, framework_zh),
               fmt::format("the level-1 indicator \"{}\" ({}) has no rows: the indicators must cover {}",
                           split_label(sections[*printed].category.label).name, en_name, framework_en));
    } else {
      c.report("JX-Q06", place(c.package, t, zh_name, "indicators", t.base + ".indicators"),
               fmt::format("缺少一级指标“{}”：绩效指标应覆盖{}各维度", zh_name, framework_zh),
               fmt::format("no level-1 indicator \"{}\" ({}): the indicators must cover {}", zh_name, en_name,
                           framework_en));
    }
  }
}

// ---- one row ---------------------------------------------------------------------------------

struct Cell {
  const IndicatorValue& value;
  std::string_view field;  ///< "target", "actual"
  std::string_view zh;     ///< 年度指标值, 实际完成值
  std::string_view en;
};

void check_row(const Context& c, const Table& t, const IndicatorSection& s, const IndicatorGroup& g,
               const Indicator& i, const std::string& path) {
  const auto at = [&](std::string_view field) {
    return place(c.package, t, i.name, std::string(field), fmt::format("{}.{}", path, field));
  };
  const Cell target{i.target, "target", "年度指标值", "target"};
  const Cell actual{i.actual, "actual", "实际完成值", "actual"};
  const CategoryId cat = effective(s, g);
  const Unit column = parse_unit(i.unit);

  // Q09: an indicator name left from the template.
  if (is_placeholder_text(i.name))
    c.report("JX-Q09", at("name"),
             fmt::format("三级指标名称“{}”是模板占位内容，未替换为实际指标", quote(i.name)),
             fmt::format("the indicator name \"{}\" is a template placeholder, not a real indicator", quote(i.name)));

  // Q12: a name over 100 characters (spaces and line breaks not counted).
  if (const std::size_t n = code_points(normalize_label(i.name)); n > 100)
    c.report("JX-Q12", at("name"),
             fmt::format("三级指标名称长{}个字符，超过100个字符：指标名称应简明，说明性文字宜放在指标解释中", n),
             fmt::format("the indicator name is {} characters long, over 100: a name should be short, with any "
                         "explanation kept elsewhere",
                         n),
             "≤ 100", std::to_string(n));

  // Q01: a target that names no measure where a quantity is expected.
  if (target.value.kind == ValueKind::qualitative && target.value.tier == QualitativeTier::unknown &&
      expects_quantity(cat)) {
    const Category& judged = g.category.id != CategoryId::custom ? g.category : s.category;
    c.report("JX-Q01", at("target"),
             fmt::format("{}下的年度指标值“{}”是定性表述，既不是数值也不是评价档次，无法衡量是否完成；{}应设定可量化的指标值"
                         "（数量、比率、时限或金额）",
                         label(judged), quote(target.value.text), label(judged)),
             fmt::format("the target \"{}\" under {} is a qualitative phrase that is neither a value nor a tier, so "
                         "its achievement cannot be measured; this category needs a quantified target (a count, "
                         "rate, deadline or amount)",
                         quote(target.value.text), label_en(judged)));
  }

  // Q02: a number target (not a percent) with no unit of measure anywhere.
  if ((target.value.kind == ValueKind::number || target.value.kind == ValueKind::range) &&
      target.value.unit.empty() && column.empty() &&
      !(target.value.kind == ValueKind::number && target.value.number.is_zero()))
    c.report("JX-Q02", at("target"),
             fmt::format("年度指标值“{}”是数值，但单元格中和计量单位列都没有计量单位（个、人、项、%等），看不出衡量的是什么",
                         quote(target.value.text)),
             fmt::format("the target \"{}\" is a number with no unit of measure, neither in the cell nor in a unit "
                         "column (个, 人, 项, % …): what it measures cannot be told",
                         quote(target.value.text)));

  // Q03: an actual written as an inequality.
  if (actual.value.comparator != Comparator::none &&
      (actual.value.kind == ValueKind::number || actual.value.kind == ValueKind::date))
    c.report("JX-Q03", at("actual"),
             fmt::format("实际完成值“{}”带有比较符号“{}”，写成了目标的形式：实际完成值应填写实际达到的确定数值",
                         quote(actual.value.text), comparator_symbol(actual.value.comparator)),
             fmt::format("the actual \"{}\" carries the sign \"{}\", as a target does: an actual must be the "
                         "definite value achieved",
                         quote(actual.value.text), comparator_symbol(actual.value.comparator)));

  // Q04: an actual that repeats a qualitative target word for word.
  if (target.value.kind == ValueKind::qualitative && target.value.tier == QualitativeTier::unknown &&
      !trim(actual.value.text).empty() && normalize_label(actual.value.text) == normalize_label(target.value.text))
    c.report("JX-Q04", at("actual"),
             fmt::format("实际完成值“{}”照抄年度指标值，没有说明实际完成了什么", quote(actual.value.text)),
             fmt::format("the actual \"{}\" repeats the target word for word and says nothing of what was done",
                         quote(actual.value.text)));

  // Q07: a cost target with ≥ or ＞.
  if (is_cost(s, g) && !contains_any(normalize_label(i.name), saving_words) &&
      (target.value.comparator == Comparator::greater_equal || target.value.comparator == Comparator::greater) &&
      target.value.kind == ValueKind::number)
    c.report("JX-Q07", at("target"),
             fmt::format("成本指标的年度指标值“{}”使用了“{}”：成本指标是上限，应使用“≤”或“＜”", quote(target.value.text),
                         comparator_symbol(target.value.comparator)),
             fmt::format("the cost target \"{}\" uses \"{}\": a cost target is a ceiling and takes ≤ or ＜",
                         quote(target.value.text), comparator_symbol(target.value.comparator)));

  const std::string normalized_name = normalize_label(i.name);
  for (const Cell* cell : {&target, &actual}) {
    const IndicatorValue& v = cell->value;
    // Q08: a percentage above 100% where a rate cannot exceed it.
    if ((v.kind == ValueKind::number || v.kind == ValueKind::range) && v.unit.dimension == Dimension::percent &&
        rate_is_bounded(s, g, normalized_name)) {
      const Decimal written = v.kind == ValueKind::number ? v.number : v.high;
      const std::optional<Decimal> points = convert(written, v.unit, parse_unit("%"));
      if (points && *points > Decimal(100))
        c.report("JX-Q08", at(cell->field),
                 fmt::format("{}“{}”超过100%：“{}”是不能超过100%的比率", cell->zh, quote(v.text), quote(i.name)),
                 fmt::format("the {} \"{}\" is above 100%: \"{}\" is a rate that cannot exceed 100%", cell->en,
                             quote(v.text), quote(i.name)),
                 "≤ 100%", points->strip_trailing_zeros().to_string() + "%");
    }
    // Q09: a placeholder in the cell; Q10: anything else that cannot be read.
    if (is_placeholder(v))
      c.report("JX-Q09", at(cell->field),
               fmt::format("{}“{}”是模板占位内容，未填写实际数值：{}", cell->zh, quote(v.text), v.note_zh),
               fmt::format("the {} \"{}\" is a template placeholder, not a value: {}", cell->en, quote(v.text),
                           v.note_en));
    else if (v.kind == ValueKind::text)
      c.report("JX-Q10", at(cell->field), fmt::format("{}无法解析：{}", cell->zh, v.note_zh),
               fmt::format("the {} cannot be read: {}", cell->en, v.note_en));
  }

  // Q11: units that do not convert (target vs actual, else a cell vs the 计量单位 column).
  const auto quantitative = [](const IndicatorValue& v) {
    return (v.kind == ValueKind::number || v.kind == ValueKind::range) && !v.unit.empty();
  };
  const bool target_off_column =
      quantitative(target.value) && !column.empty() && !convertible(target.value.unit, column);
  if (target_off_column)
    c.report("JX-Q11", at("target"),
             fmt::format("年度指标值“{}”的单位“{}”与计量单位列的“{}”不一致，无法换算", quote(target.value.text),
                         target.value.unit.name, column.name),
             fmt::format("the target \"{}\" is in \"{}\", which does not convert to the unit column's \"{}\"",
                         quote(target.value.text), target.value.unit.name, column.name));
  if (quantitative(actual.value)) {
    // an actual that follows the column while the target does not: the target's finding says it all
    if (quantitative(target.value) && !convertible(target.value.unit, actual.value.unit) &&
        !(target_off_column && convertible(actual.value.unit, column)))
      c.report("JX-Q11", at("actual"),
               fmt::format("实际完成值“{}”的单位“{}”与年度指标值“{}”的单位“{}”不一致，无法换算比较",
                           quote(actual.value.text), actual.value.unit.name, quote(target.value.text),
                           target.value.unit.name),
               fmt::format("the actual \"{}\" is in \"{}\" and the target \"{}\" in \"{}\": the two do not convert",
                           quote(actual.value.text), actual.value.unit.name, quote(target.value.text),
                           target.value.unit.name));
    else if (!column.empty() && !convertible(actual.value.unit, column))
      c.report("JX-Q11", at("actual"),
               fmt::format("实际完成值“{}”的单位“{}”与计量单位列的“{}”不一致，无法换算", quote(actual.value.text),
                           actual.value.unit.name, column.name),
               fmt::format("the actual \"{}\" is in \"{}\", which does not convert to the unit column's \"{}\"",
                           quote(actual.value.text), actual.value.unit.name, column.name));
  }
}

void check_table(const Context& c, const Table& t) {
  check_dimensions(c, t);
  struct Seen {
    std::string path;
    std::string group;
  };
  std::map<std::string, Seen> names;  // Q05: normalised name → its first row
  const std::vector<IndicatorSection>& sections = *t.sections;
  for (std::size_t s = 0; s < sections.size(); ++s)
    for (std::size_t g = 0; g < sections[s].groups.size(); ++g) {
      const IndicatorGroup& group = sections[s].groups[g];
      for (std::size_t k = 0; k < group.indicators.size(); ++k) {
        const Indicator& i = group.indicators[k];
        if (is_blank_row(i)) continue;  // an empty row: JX-W06's business
        const std::string path = row_path(t, s, g, k);
        const std::string key = normalize_label(i.name);
        if (!key.empty() && !is_placeholder_text(i.name)) {
          const auto [it, inserted] = names.try_emplace(key, Seen{path, label(group.category)});
          if (!inserted)
            c.report("JX-Q05", place(c.package, t, i.name, "name", path + ".name"),
                     fmt::format("三级指标“{}”重复出现：“{}”下（{}）已有同名指标，同一指标不应在表中出现两次",
                                 quote(i.name), it->second.group, it->second.path),
                     fmt::format("the indicator \"{}\" appears twice: a row of the same name is already under "
                                 "\"{}\" ({}); one metric must not be counted twice",
                                 quote(i.name), it->second.group, it->second.path));
        }
        check_row(c, t, sections[s], group, i, path);
      }
    }
}

// ---- Q09 in the basic data table ---------------------------------------------------------------

/// A template row of 经费控制情况: "……", a placeholder, or a row still carrying the template's
/// instruction ("4、省级专项资金（每个专项一行）").
bool is_template_row(const AmountRow& r) {
  const std::string n = normalize_label(r.name);
  return contains(n, "一行)") || is_placeholder_text(n);
}

void check_amount_rows(const Context& c, const AmountRow& row, const std::string& path) {
  for (std::size_t k = 0; k < row.children.size(); ++k) {
    const AmountRow& child = row.children[k];
    const std::string child_path = fmt::format("{}.children[{}]", path, k);
    if (is_template_row(child)) {
      const bool blank = !child.amounts.prior_final && !child.amounts.budget && !child.amounts.final;
      const std::string name = c.package.unit_name.empty() && c.package.department ? c.package.department->unit_name
                                                                                   : c.package.unit_name;
      c.report("JX-Q09", Place{"basic_data", name, child.name, "name", child_path + ".name"},
               blank ? fmt::format("“{}”是表格模板中的示例行，未删除（金额均为空白）", quote(child.name))
                     : fmt::format("“{}”是表格模板中的示例行，填了金额但未改为具体项目名称", quote(child.name)),
               blank ? fmt::format("\"{}\" is a sample row of the template, left in (its amounts are blank)",
                                   quote(child.name))
                     : fmt::format("\"{}\" is a sample row of the template: it carries amounts but was not renamed "
                                   "to the real item",
                                   quote(child.name)));
    }
    check_amount_rows(c, child, child_path);
  }
}

}  // namespace

void check_quality(const Context& c) {
  if (c.package.basic_data) {
    const BasicDataForm& b = *c.package.basic_data;
    check_amount_rows(c, b.three_public, "$.basic_data.three_public");
    check_amount_rows(c, b.project_spending, "$.basic_data.project_spending");
    check_amount_rows(c, b.public_funds, "$.basic_data.public_funds");
  }
  for (const Table& t : tables(c.package)) check_table(c, t);
}

}  // namespace jixiao::audit_detail
