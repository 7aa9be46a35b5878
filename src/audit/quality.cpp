// JX-Q01..Q12: the quality of the indicator tables (指标质量). Semantics: docs/audit/quality.md.
#include "audit_context.hpp"

#include "../utf8.hpp"

#include <jixiao/text_normalize.hpp>

#include <boost/container/small_vector.hpp>
#include <fmt/format.h>

#include <array>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
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

boost::container::small_vector<Table, 4> tables(const Package& p) {
  boost::container::small_vector<Table, 4> out;  // no allocation for up to 4 tables
  if (p.department) out.push_back({&p.department->indicators, "$.department", std::nullopt});
  for (std::size_t i = 0; i < p.projects.size(); ++i)
    out.push_back({&p.projects[i].indicators, message<"$.projects[{}]">(i), i});
  return out;
}

Place place(const Package& p, const Table& t, std::string row, std::string field, std::string path) {
  return t.project ? project_place(p, *t.project, std::move(row), std::move(field), std::move(path))
                   : department_place(p, std::move(row), std::move(field), std::move(path));
}

std::string row_path(const Table& t, std::size_t s, std::size_t g, std::size_t k) {
  return message<"{}.indicators[{}].groups[{}].indicators[{}]">(t.base, s, g, k);
}

// ---- text --------------------------------------------------------------------------------------

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) (void)detail::next_code_point(s, i);
  return n;
}

/// A cell as quoted in a message: trimmed, line breaks as spaces, at most 40 characters.
/// A quoted cell: a view of the cell itself when it is quoted as it is, else the text built.
struct Quoted {
  std::string_view text;
  std::string built;
  bool is_built = false;
  operator std::string_view() const noexcept { return is_built ? std::string_view(built) : text; }  // NOLINT
};

/// No byte of `t` is a tab, LF or CR: eight bytes at a time, looking closer only where a byte is
/// below 0x0E (SWAR "has a byte less than n").
bool no_tab_or_break(std::string_view t) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  const auto exact = [](std::string_view s) {
    return std::none_of(s.begin(), s.end(), [](char ch) { return ch == '\n' || ch == '\r' || ch == '\t'; });
  };
  std::size_t i = 0;
  for (; i + 8 <= t.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, t.data() + i, 8);
    if (((w - ones * 0x0E) & ~w & highs) != 0 && !exact(t.substr(i, 8))) return false;
  }
  return exact(t.substr(i));
}

Quoted quote(std::string_view text) {
  const std::string_view t = trimmed(text);
  // At most 40 bytes with no tab or line break: at most 40 characters, quoted as they are.
  if (t.size() <= 40 && no_tab_or_break(t)) return {t, {}, false};
  Quoted q{{}, {}, true};
  std::string& out = q.built;
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
  return q;
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

bool is_placeholder_text(std::string_view text) {
  return !surely_not_placeholder(text) && jixiao::is_placeholder(text);
}

/// The 二级 label as printed, without its points and line breaks: "可持续影响指标".
std::string label(const Category& c) {
  std::string name = split_label(c.label).name;
  if (name.empty()) name = std::string(category_display_name(c.id));
  return name;
}

/// "“成本指标” (Cost)" for the English messages.
std::string label_en(const Category& c) {
  const std::string_view en = category_display_name(c.id, Lang::en);
  return en.empty() ? message<"\"{}\"">(label(c)) : message<"\"{}\" ({})">(label(c), en);
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
bool rate_is_bounded(const IndicatorSection& s, const IndicatorGroup& g, std::string_view name) {
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
  return is_blank(i.name) && is_blank(i.target.text) && is_blank(i.actual.text) && !i.weight && !i.self_score &&
         is_blank(i.deviation);
}

// ---- Q06 -------------------------------------------------------------------------------------

void check_dimensions(const Context& c, const Table& t) {
  const std::vector<IndicatorSection>& sections = *t.sections;
  const auto is_2013 = [](CategoryId d) {
    return d == CategoryId::input || d == CategoryId::process || d == CategoryId::effect;
  };
  bool framework_2013 = false;  // 投入/过程/产出/效果 (财预〔2013〕53号)
  // indexed by CategoryId (performance_benefit is the last one)
  std::array<bool, static_cast<std::size_t>(CategoryId::performance_benefit) + 1> has_rows{};
  const auto at = [&](CategoryId d) -> bool& { return has_rows[static_cast<std::size_t>(d)]; };
  for (const IndicatorSection& s : sections) {
    for (const IndicatorGroup& g : s.groups) {
      const CategoryId d = dimension(s, g);
      framework_2013 = framework_2013 || is_2013(d);
      for (const Indicator& i : g.indicators)
        if (!at(d) && !is_blank_row(i)) at(d) = true;
    }
    framework_2013 = framework_2013 || is_2013(s.category.id);
  }
  static constexpr std::array<CategoryId, 3> current{CategoryId::output, CategoryId::benefit, CategoryId::satisfaction};
  static constexpr std::array<CategoryId, 4> older{CategoryId::input, CategoryId::process, CategoryId::output,
                                                   CategoryId::effect};
  const std::span<const CategoryId> required =
      framework_2013 ? std::span<const CategoryId>(older) : std::span<const CategoryId>(current);
  for (const CategoryId d : required) {
    if (at(d)) continue;
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
               place(c.package, t, zh_name, "indicators", message<"{}.indicators[{}]">(t.base, *printed)),
               message<"一级指标“{}”下没有任何三级指标：绩效指标应覆盖{}各维度">(zh_name, framework_zh),
               message<"the level-1 indicator \"{}\" ({}) has no rows: the indicators must cover {}">(split_label(sections[*printed].category.label).name, en_name, framework_en));
    } else {
      c.report("JX-Q06", place(c.package, t, zh_name, "indicators", message<"{}.indicators">(t.base)),
               message<"缺少一级指标“{}”：绩效指标应覆盖{}各维度">(zh_name, framework_zh),
               message<"no level-1 indicator \"{}\" ({}): the indicators must cover {}">(zh_name, en_name,
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

/// Where a row is: its indices in the table (its JSON path is written only for a finding).
struct RowAt {
  std::size_t s, g, k;
};

/// convertible(a, b), answered without the call when the two are the same unit (as convertible()
/// itself does first).
bool units_convert(const Unit& a, const Unit& b) noexcept {
  return (a.dimension == b.dimension && a.name == b.name) || convertible(a, b);
}

/// The % unit, for Q08.
const Unit& percent_unit() {
  static const Unit u = parse_unit("%");
  return u;
}

/// `v` (in `from`) in %: convert(), without its look-ups when `from` is already % (convert gives the
/// value back then).
std::optional<Decimal> in_percent(const Decimal& v, const Unit& from) {
  const Unit& pct = percent_unit();
  if (from.name == pct.name && from.dimension == pct.dimension) return v;
  return convert(v, from, pct);
}

void check_row(const Context& c, const Table& t, const IndicatorSection& s, const IndicatorGroup& g,
               const Indicator& i, RowAt where, std::string_view normalized_name, bool placeholder_name) {
  const auto at = [&](std::string_view field) {
    return place(c.package, t, i.name, std::string(field),
                 message<"{}.indicators[{}].groups[{}].indicators[{}].{}">(t.base, where.s,
                                 where.g, where.k, field));
  };
  // a finding at a cell of the row, its place set, for the caller to fill in place
  const auto add = [&](std::string_view code, std::string_view field) -> FindingDraft {
    return c.add<"{}.indicators[{}].groups[{}].indicators[{}].{}">(code, t.project, i.name, field, t.base, where.s,
                                                                   where.g, where.k, field);
  };
  const Cell target{i.target, "target", "年度指标值", "target"};
  const Cell actual{i.actual, "actual", "实际完成值", "actual"};
  const CategoryId cat = effective(s, g);
  const Unit column = i.unit.empty() ? Unit{} : parse_unit(i.unit);  // parse_unit("") is empty too

  // Q09: an indicator name left from the template.
  if (placeholder_name)
    c.report("JX-Q09", at("name"),
             message<"三级指标名称“{}”是模板占位内容，未替换为实际指标">(quote(i.name)),
             message<"the indicator name \"{}\" is a template placeholder, not a real indicator">(quote(i.name)));

  // Q12: a name over 100 characters (spaces and line breaks not counted).
  // (the normalised name has at most as many code points as the name has bytes)
  if (const std::size_t n = i.name.size() > 100 ? code_points(normalized_name) : 0; n > 100)
    c.report("JX-Q12", at("name"),
             message<"三级指标名称长{}个字符，超过100个字符：指标名称应简明，说明性文字宜放在指标解释中">(n),
             message<"the indicator name is {} characters long, over 100: a name should be short, with any "
                         "explanation kept elsewhere">(n),
             "≤ 100", std::to_string(n));

  // Q01: a target that names no measure where a quantity is expected.
  if (target.value.kind == ValueKind::qualitative && target.value.tier == QualitativeTier::unknown &&
      expects_quantity(cat)) {
    const Category& judged = g.category.id != CategoryId::custom ? g.category : s.category;
    const Quoted text = quote(target.value.text);
    const std::string name = label(judged);
    FindingDraft x = add("JX-Q01", "target");
    x.zh<"{}下的年度指标值“{}”是定性表述，既不是数值也不是评价档次，无法衡量是否完成；{}应设定可量化的指标值"
                   "（数量、比率、时限或金额）">(name, text, name);
    x.en<"the target \"{}\" under {} is a qualitative phrase that is neither a value nor a tier, so "
                   "its achievement cannot be measured; this category needs a quantified target (a count, "
                   "rate, deadline or amount)">(text, label_en(judged));
  }

  // Q02: a number target (not a percent) with no unit of measure anywhere.
  if ((target.value.kind == ValueKind::number || target.value.kind == ValueKind::range) &&
      target.value.unit.empty() && column.empty() &&
      !(target.value.kind == ValueKind::number && target.value.number.is_zero())) {
    const Quoted text = quote(target.value.text);
    FindingDraft x = add("JX-Q02", "target");
    x.zh<"年度指标值“{}”是数值，但单元格中和计量单位列都没有计量单位（个、人、项、%等），看不出衡量的是什么">(text);
    x.en<"the target \"{}\" is a number with no unit of measure, neither in the cell nor in a unit "
                   "column (个, 人, 项, % …): what it measures cannot be told">(text);
  }

  // Q03: an actual written as an inequality.
  if (actual.value.comparator != Comparator::none &&
      (actual.value.kind == ValueKind::number || actual.value.kind == ValueKind::date))
    c.report("JX-Q03", at("actual"),
             message<"实际完成值“{}”带有比较符号“{}”，写成了目标的形式：实际完成值应填写实际达到的确定数值">(quote(actual.value.text), comparator_symbol(actual.value.comparator)),
             message<"the actual \"{}\" carries the sign \"{}\", as a target does: an actual must be the "
                         "definite value achieved">(quote(actual.value.text), comparator_symbol(actual.value.comparator)));

  // Q04: an actual that repeats a qualitative target word for word.
  std::string actual_buffer, target_buffer;
  if (target.value.kind == ValueKind::qualitative && target.value.tier == QualitativeTier::unknown &&
      !is_blank(actual.value.text) &&
      (actual.value.text == target.value.text ||  // the same text: the same normalised text
       normalized(actual.value.text, actual_buffer) == normalized(target.value.text, target_buffer))) {
    const Quoted text = quote(actual.value.text);
    FindingDraft x = add("JX-Q04", "actual");
    x.zh<"实际完成值“{}”照抄年度指标值，没有说明实际完成了什么">(text);
    x.en<"the actual \"{}\" repeats the target word for word and says nothing of what was done">(text);
  }

  // Q07: a cost target with ≥ or ＞.
  if (is_cost(s, g) &&
      (target.value.comparator == Comparator::greater_equal || target.value.comparator == Comparator::greater) &&
      target.value.kind == ValueKind::number && !contains_any(normalized_name, saving_words))
    c.report("JX-Q07", at("target"),
             message<"成本指标的年度指标值“{}”使用了“{}”：成本指标是上限，应使用“≤”或“＜”">(quote(target.value.text),
                         comparator_symbol(target.value.comparator)),
             message<"the cost target \"{}\" uses \"{}\": a cost target is a ceiling and takes ≤ or ＜">(quote(target.value.text), comparator_symbol(target.value.comparator)));

  for (const Cell* cell : {&target, &actual}) {
    const IndicatorValue& v = cell->value;
    // Q08: a percentage above 100% where a rate cannot exceed it.
    if ((v.kind == ValueKind::number || v.kind == ValueKind::range) && v.unit.dimension == Dimension::percent) {
      const Decimal written = v.kind == ValueKind::number ? v.number : v.high;
      const std::optional<Decimal> points = in_percent(written, v.unit);
      if (points && greater(*points, Decimal(100)) && rate_is_bounded(s, g, normalized_name))
        c.report("JX-Q08", at(cell->field),
                 message<"{}“{}”超过100%：“{}”是不能超过100%的比率">(cell->zh, quote(v.text), quote(i.name)),
                 message<"the {} \"{}\" is above 100%: \"{}\" is a rate that cannot exceed 100%">(cell->en,
                             quote(v.text), quote(i.name)),
                 "≤ 100%", points->strip_trailing_zeros().to_string() + "%");
    }
    // Q09: a placeholder in the cell; Q10: anything else that cannot be read.
    if (is_placeholder(v))
      c.report("JX-Q09", at(cell->field),
               message<"{}“{}”是模板占位内容，未填写实际数值：{}">(cell->zh, quote(v.text), v.note_zh),
               message<"the {} \"{}\" is a template placeholder, not a value: {}">(cell->en, quote(v.text),
                           v.note_en));
    else if (v.kind == ValueKind::text)
      c.report("JX-Q10", at(cell->field), message<"{}无法解析：{}">(cell->zh, v.note_zh),
               message<"the {} cannot be read: {}">(cell->en, v.note_en));
  }

  // Q11: units that do not convert (target vs actual, else a cell vs the 计量单位 column).
  const auto quantitative = [](const IndicatorValue& v) {
    return (v.kind == ValueKind::number || v.kind == ValueKind::range) && !v.unit.empty();
  };
  const bool target_off_column =
      quantitative(target.value) && !column.empty() && !units_convert(target.value.unit, column);
  if (target_off_column)
    c.report("JX-Q11", at("target"),
             message<"年度指标值“{}”的单位“{}”与计量单位列的“{}”不一致，无法换算">(quote(target.value.text),
                         target.value.unit.name, column.name),
             message<"the target \"{}\" is in \"{}\", which does not convert to the unit column's \"{}\"">(quote(target.value.text), target.value.unit.name, column.name));
  if (quantitative(actual.value)) {
    // an actual that follows the column while the target does not: the target's finding says it all
    if (quantitative(target.value) && !units_convert(target.value.unit, actual.value.unit) &&
        !(target_off_column && units_convert(actual.value.unit, column)))
      c.report("JX-Q11", at("actual"),
               message<"实际完成值“{}”的单位“{}”与年度指标值“{}”的单位“{}”不一致，无法换算比较">(quote(actual.value.text), actual.value.unit.name, quote(target.value.text),
                           target.value.unit.name),
               message<"the actual \"{}\" is in \"{}\" and the target \"{}\" in \"{}\": the two do not convert">(quote(actual.value.text), actual.value.unit.name, quote(target.value.text),
                           target.value.unit.name));
    else if (!column.empty() && !units_convert(actual.value.unit, column))
      c.report("JX-Q11", at("actual"),
               message<"实际完成值“{}”的单位“{}”与计量单位列的“{}”不一致，无法换算">(quote(actual.value.text),
                           actual.value.unit.name, column.name),
               message<"the actual \"{}\" is in \"{}\", which does not convert to the unit column's \"{}\"">(quote(actual.value.text), actual.value.unit.name, column.name));
  }
}

/// A hash of a name for Q05, from its size and first and last 8 bytes (equal hashes are then
/// compared in full).
std::size_t cheap_hash(std::string_view s) noexcept {
  std::uint64_t a = 0, b = 0;
  if (s.size() >= 8) {
    std::memcpy(&a, s.data(), 8);
    std::memcpy(&b, s.data() + s.size() - 8, 8);
  } else {
    std::memcpy(&a, s.data(), s.size());
  }
  return static_cast<std::size_t>((a * 0x9E3779B97F4A7C15u) ^ (b + s.size()));
}

void check_table(const Context& c, const Table& t) {
  check_dimensions(c, t);
  // Q05: the normalised names seen so far, each with its first row: views into the package's names,
  // or places in `folded` for a name normalize_label changes; a hash first, the text to confirm. The
  // lists are kept per thread (emptied here, their capacity kept: no allocation once warm).
  struct Seen {
    std::size_t hash;
    const char* text;  ///< the name in the package, or nullptr: in `folded` from `at`
    std::size_t at, size;
    RowAt first;
  };
  const std::vector<IndicatorSection>& sections = *t.sections;
  thread_local std::vector<Seen> names;
  thread_local std::string folded, buffer;
  names.clear();
  folded.clear();
  const auto key_of = [&](const Seen& n) {
    return std::string_view(n.text ? n.text : folded.data() + n.at, n.size);
  };
  for (std::size_t s = 0; s < sections.size(); ++s)
    for (std::size_t g = 0; g < sections[s].groups.size(); ++g) {
      const IndicatorGroup& group = sections[s].groups[g];
      for (std::size_t k = 0; k < group.indicators.size(); ++k) {
        const Indicator& i = group.indicators[k];
        if (is_blank_row(i)) continue;  // an empty row: JX-W06's business
        const std::string_view key = normalized(i.name, buffer);  // valid until the next row
        const bool is_folded = key.data() == buffer.data();
        const bool placeholder_name = is_placeholder_text(i.name);
        if (!key.empty() && !placeholder_name) {
          const std::size_t hash = cheap_hash(key);
          const auto it = std::find_if(names.begin(), names.end(),
                                       [&](const Seen& n) { return n.hash == hash && key_of(n) == key; });
          if (it == names.end()) {
            if (is_folded) {
              names.push_back({hash, nullptr, folded.size(), key.size(), {s, g, k}});
              folded.append(key);
            } else {
              names.push_back({hash, key.data(), 0, key.size(), {s, g, k}});
            }
          } else {
            const std::string path = row_path(t, s, g, k);
            const RowAt f = it->first;
            const std::string first_path = row_path(t, f.s, f.g, f.k);
            const std::string first_group = label(sections[f.s].groups[f.g].category);
            c.report("JX-Q05", place(c.package, t, i.name, "name", message<"{}.name">(path)),
                     message<"三级指标“{}”重复出现：“{}”下（{}）已有同名指标，同一指标不应在表中出现两次">(quote(i.name), first_group, first_path),
                     message<"the indicator \"{}\" appears twice: a row of the same name is already under "
                                 "\"{}\" ({}); one metric must not be counted twice">(quote(i.name), first_group, first_path));
          }
        }
        check_row(c, t, sections[s], group, i, {s, g, k}, key, placeholder_name);
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
    const std::string child_path = message<"{}.children[{}]">(path, k);
    if (is_template_row(child)) {
      const bool blank = !child.amounts.prior_final && !child.amounts.budget && !child.amounts.final;
      const std::string name = c.package.unit_name.empty() && c.package.department ? c.package.department->unit_name
                                                                                   : c.package.unit_name;
      c.report("JX-Q09", Place{"basic_data", name, child.name, "name", message<"{}.name">(child_path)},
               blank ? message<"“{}”是表格模板中的示例行，未删除（金额均为空白）">(quote(child.name))
                     : message<"“{}”是表格模板中的示例行，填了金额但未改为具体项目名称">(quote(child.name)),
               blank ? message<"\"{}\" is a sample row of the template, left in (its amounts are blank)">(quote(child.name))
                     : message<"\"{}\" is a sample row of the template: it carries amounts but was not renamed "
                                   "to the real item">(quote(child.name)));
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
