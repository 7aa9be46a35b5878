// JX-N01..N06: the figures of the narrative report (自评报告) against each other and against the
// tables (docs/audit/narrative.md). The claims come from extract_claims (docs/narrative.md).
#include "audit_context.hpp"
#include "../figure_kind.hpp"

#include <jixiao/narrative_claims.hpp>
#include <jixiao/text_normalize.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::audit_detail {
namespace {

using Dim = detail::FigureKind;
constexpr Dim dim_of(std::string_view unit) noexcept { return detail::figure_kind(unit); }

std::optional<Money> money_of(const StatedFigure& f) {
  try {
    if (f.unit == "元") return Money::yuan(f.value);
    if (f.unit == "万元") return Money::wan_yuan(f.value);
    if (f.unit == "亿元") return Money::wan_yuan(f.value * Decimal(10000));
  } catch (const Error&) {
  }
  return std::nullopt;
}

bool contains(std::string_view s, std::string_view w) noexcept { return s.find(w) != std::string_view::npos; }

std::size_t utf8_length(unsigned char b) noexcept {
  return b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
}

/// The sentence for a message: line breaks removed, at most 80 characters. When the figure it is
/// about (`focus`, a byte offset in the sentence) lies further in, the quote starts at the clause
/// before it, marked with "…".
std::string quote(std::string_view sentence, std::size_t focus = 0) {
  std::vector<std::string_view> chars;  // one UTF-8 character each
  std::size_t focus_char = 0;
  for (std::size_t i = 0; i < sentence.size();) {
    const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(sentence[i])), sentence.size() - i);
    if (i <= focus) focus_char = chars.size();
    if (sentence[i] != '\n' && sentence[i] != '\r') chars.push_back(sentence.substr(i, n));
    i += n;
  }
  constexpr std::size_t width = 80;
  std::size_t begin = 0;
  if (focus_char > 60 && chars.size() > width) {
    begin = focus_char - 30;
    for (std::size_t k = begin; k < focus_char; ++k)
      if (chars[k] == "，" || chars[k] == "；" || chars[k] == "：" || chars[k] == "、" || chars[k] == ",") {
        begin = k + 1;
        break;
      }
  }
  std::string out = begin > 0 ? "…" : "";
  std::size_t k = begin;
  for (; k < chars.size() && k < begin + width; ++k) out += chars[k];
  if (k < chars.size()) out += "…";
  // The quote goes between “”, so its own quotation marks become ‘’.
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"“", "‘"}, {"”", "’"}})
    for (std::size_t p; (p = out.find(from)) != std::string::npos;) out.replace(p, from.size(), to);
  return std::string(trim(out));
}

/// A label between quotation marks, its own “” turned into ‘’: “‘三公’经费决算数”.
std::string q(std::string_view label) {
  std::string s(label);
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"“", "‘"}, {"”", "’"}})
    for (std::size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, from.size(), to);
  return "“" + s + "”";
}

std::string_view grade_en(std::string_view canonical) noexcept {
  if (canonical == "优") return "excellent";
  if (canonical == "良") return "good";
  if (canonical == "中") return "fair";
  if (canonical == "差") return "poor";
  return canonical;
}

// ---- which figure of the tables a label names ------------------------------------------------

/// The column a figure is about: 年初预算, 全年预算 (adjusted), 决算/执行, 上年.
enum class Ctx { none, initial, annual, final, prior };

/// The first context keyword in `s`.
Ctx earliest_context(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, Ctx>, 12> words{{{"上年", Ctx::prior},
                                                                           {"上一年", Ctx::prior},
                                                                           {"去年", Ctx::prior},
                                                                           {"全年预算", Ctx::annual},
                                                                           {"调整后预算", Ctx::annual},
                                                                           {"调整预算", Ctx::annual},
                                                                           {"年初", Ctx::initial},
                                                                           {"决算", Ctx::final},
                                                                           {"执行数", Ctx::final},
                                                                           {"实际支出", Ctx::final},
                                                                           {"实际执行", Ctx::final},
                                                                           {"预算", Ctx::initial}}};
  std::size_t best = std::string_view::npos;
  Ctx ctx = Ctx::none;
  for (const auto& [w, x] : words) {
    const std::size_t p = s.find(w);
    if (p != std::string_view::npos && (best == std::string_view::npos || p < best)) {
      best = p;
      ctx = x;
    }
  }
  return ctx;
}

/// The label without the words that say which column it is: "决算一般公共财政拨款收入" → "收入".
std::string subject_of(std::string_view label) {
  std::string s = normalize_label(label);
  static constexpr std::array<std::string_view, 21> words{"一般公共财政拨款",
                                                          "一般公共预算拨款",
                                                          "一般公共预算",
                                                          "财政拨款",
                                                          "年初",
                                                          "全年",
                                                          "本年",
                                                          "年度",
                                                          "当年",
                                                          "上年",
                                                          "预算",
                                                          "安排",
                                                          "决算",
                                                          "执行数",
                                                          "执行",
                                                          "实际",
                                                          "部门",
                                                          "合计",
                                                          "完成",
                                                          "总",
                                                          "数"};
  for (const std::string_view w : words)
    for (std::size_t p; (p = s.find(w)) != std::string::npos;) s.erase(p, w.size());
  return s;
}

std::string row_name(std::string_view printed) {
  std::string s = normalize_label(printed);
  while (!s.empty() && (s.back() == ':' || s.back() == ' ')) s.pop_back();
  return s;
}

/// A figure of the tables that a report figure should equal.
struct TableFigure {
  Money value;
  std::vector<Money> also;  ///< other figures that are as good (决算收入: 全年预算数 or 全年执行数)
  std::string zh, en;       ///< where it is
};

class Narrative {
 public:
  explicit Narrative(const Context& c) : c_(c), report_(*c.package.report) {
    claims_ = extract_claims(report_.text);
    form_name_ = report_.title.empty() ? c.package.unit_name : report_.title;
  }

  void run() {
    for (std::size_t i = 0; i < claims_.size(); ++i) {
      const Claim& cl = claims_[i];
      try {  // a figure of 38 digits can overflow a sum or a share: that claim is not checked
        check_claim(i, cl);
      } catch (const Error&) {
      }
    }
    check_grades();
    std::stable_sort(pending_.begin(), pending_.end(),
                     [](const Pending& a, const Pending& b) { return a.offset < b.offset; });
    for (Pending& p : pending_)
      c_.report(p.code, std::move(p.place), std::move(p.zh), std::move(p.en), std::move(p.expected),
                std::move(p.found));
  }

 private:
  void check_claim(std::size_t i, const Claim& cl) {
    switch (cl.kind) {
      case ClaimKind::amount:
        check_table(i);
        check_staffing(i);
        break;
      case ClaimKind::breakdown:
        check_sum(cl);
        check_parts(cl);
        break;
      case ClaimKind::difference: check_difference(i); break;
      case ClaimKind::share: check_share(cl); break;
    }
  }

  struct Pending {
    std::size_t offset;
    std::string code;
    Place place;
    std::string zh, en;
    std::optional<std::string> expected, found;
  };

  void add(std::size_t offset, std::string_view code, std::string row, std::string zh, std::string en,
           std::optional<std::string> expected, std::optional<std::string> found) {
    pending_.push_back({offset, std::string(code), Place{"report", form_name_, std::move(row), "", "$.report.text"},
                        std::move(zh), std::move(en), std::move(expected), std::move(found)});
  }

  // ---- formatting ----

  /// A figure's number for expected/found and messages: money in the package's unit ("211.48"),
  /// anything else as written ("272", "73.8").
  std::string number(const StatedFigure& f) const {
    if (const auto m = money_of(f)) return c_.amount(*m);
    return f.value.to_string();
  }
  std::string unit(const StatedFigure& f, Lang lang) const {
    switch (dim_of(f.unit)) {
      case Dim::money:
        return lang == Lang::zh ? std::string(money_unit_name(c_.package.money_unit, Lang::zh))
                                : " " + std::string(money_unit_name(c_.package.money_unit, Lang::en));
      case Dim::percent: return "%";
      case Dim::points: return lang == Lang::zh ? "个百分点" : " percentage points";
      case Dim::count: return lang == Lang::zh ? f.unit : "";
      case Dim::none: return "";
    }
    return "";
  }
  std::string shown(const StatedFigure& f, Lang lang) const { return number(f) + unit(f, lang); }
  static std::string quoted(const Claim& cl, const StatedFigure& focus) {
    return quote(cl.sentence, focus.offset >= cl.offset ? focus.offset - cl.offset : 0);
  }
  std::string tolerance(const StatedFigure& f, Lang lang) const {
    return dim_of(f.unit) == Dim::money ? c_.amount_tolerance(lang) : std::string();
  }

  // ---- arithmetic on figures of one dimension ----

  /// The value to compute with: money in 元 (exact), anything else as written.
  static std::optional<Decimal> comparable(const StatedFigure& f) {
    if (const auto m = money_of(f)) return m->yuan();
    if (dim_of(f.unit) == Dim::money) return std::nullopt;
    return f.value;
  }
  /// Whether two values (元 for money) differ beyond the tolerance of their kind.
  bool differ(Dim d, const Decimal& a, const Decimal& b) const {
    if (d == Dim::money) return c_.amounts_differ(Money::yuan(a), Money::yuan(b));
    return a != b;
  }
  /// A value (元 for money) as a figure of the same kind as `like`, for messages and expected/found.
  StatedFigure as_figure(const Decimal& v, const StatedFigure& like) const {
    StatedFigure f = like;
    f.value = v;
    if (dim_of(like.unit) == Dim::money) f.unit = "元";  // comparable() gives money in 元
    return f;
  }

  // ---- JX-N01, JX-N05 ----

  void check_sum(const Claim& cl) {
    if (cl.parts.size() < 2) return;
    const Dim d = dim_of(cl.figure.unit);
    if (d != Dim::money && d != Dim::count) return;
    const auto total = comparable(cl.figure);
    if (!total) return;
    Decimal sum;
    std::string terms;
    for (const StatedFigure& p : cl.parts) {
      const auto v = comparable(p);
      if (!v || dim_of(p.unit) != d) return;
      sum += *v;
      terms += (terms.empty() ? "" : " + ") + number(p);
    }
    if (!differ(d, sum, *total)) return;
    if (cl.partial && !(sum > *total)) return;  // "…等": the list may leave parts out
    const StatedFigure s = as_figure(sum, cl.figure);
    add(cl.figure.offset, "JX-N01", cl.figure.label,
        fmt::format("报告中{}为 {}，但其中所列 {} 项之和为 {} = {}{}：“{}”", q(cl.figure.label),
                    shown(cl.figure, Lang::zh), cl.parts.size(), terms, shown(s, Lang::zh),
                    tolerance(cl.figure, Lang::zh), quoted(cl, cl.figure)),
        fmt::format("the report gives {} as {}, but the {} parts it lists add up to {} = {}{}: “{}”",
                    q(cl.figure.label), shown(cl.figure, Lang::en), cl.parts.size(), terms, shown(s, Lang::en),
                    tolerance(cl.figure, Lang::en), quoted(cl, cl.figure)),
        number(s), number(cl.figure));
  }

  void check_parts(const Claim& cl) {
    const Dim d = dim_of(cl.figure.unit);
    const auto total = comparable(cl.figure);
    if (!total || (d != Dim::money && d != Dim::count)) return;
    for (const StatedFigure& p : cl.parts) {
      const auto v = comparable(p);
      if (!v || dim_of(p.unit) != d || !(*v > *total) || !differ(d, *v, *total)) continue;
      add(p.offset, "JX-N05", p.label,
          fmt::format("报告中分项{}为 {}，大于其合计{} {}：“{}”", q(p.label), shown(p, Lang::zh), q(cl.figure.label),
                      shown(cl.figure, Lang::zh), quoted(cl, p)),
          fmt::format("the report's part {} ({}) is larger than its total {} ({}): “{}”", q(p.label),
                      shown(p, Lang::en), q(cl.figure.label), shown(cl.figure, Lang::en), quoted(cl, p)),
          number(cl.figure), number(p));
    }
  }

  // ---- JX-N02 ----

  /// The amount the difference is measured from, when the sentence names none: first a figure stated
  /// earlier in the report for the same thing in the referenced column ("年初预算安排收入209.21万元"
  /// for "决算…收入…较预算增加"), then the tables.
  struct Base {
    StatedFigure figure;
    std::string zh, en;  // where it comes from
  };

  std::optional<Base> resolve_base(std::size_t index) const {
    const Claim& d = claims_[index];
    const Ctx ref = reference_context(d.reference);
    if (ref == Ctx::none) return std::nullopt;
    const std::string subject = subject_of(d.other->label);
    if (subject.empty()) return std::nullopt;
    for (std::size_t k = index; k-- > 0;) {
      const Claim& cand = claims_[k];
      if (cand.kind != ClaimKind::amount || cand.figure.offset >= d.other->offset) continue;
      if (dim_of(cand.figure.unit) != dim_of(d.other->unit)) continue;
      if (earliest_context(cand.figure.label) != ref) continue;
      const std::string s = subject_of(cand.figure.label);
      if (s.empty() || !(s.ends_with(subject) || subject.ends_with(s))) continue;
      return Base{cand.figure, fmt::format("报告前文{}", q(cand.figure.label)),
                  fmt::format("stated earlier in the report as {}", q(cand.figure.label))};
    }
    if (dim_of(d.other->unit) != Dim::money) return std::nullopt;
    const auto t = table_money(d.other->label, ref);
    if (!t) return std::nullopt;
    StatedFigure f = *d.other;
    f.label = d.reference;
    f.unit = "元";
    f.value = t->value.yuan();
    return Base{f, t->zh, t->en};
  }

  Ctx reference_context(std::string_view reference) const {
    const int y = c_.package.year;
    if (y > 0 && contains(reference, fmt::format("{}年", y - 1))) return Ctx::prior;
    return earliest_context(reference);
  }

  void check_difference(std::size_t index) {
    const Claim& d = claims_[index];
    if (!d.other || d.direction == 0) return;
    std::optional<Base> base;
    if (d.base)
      base = Base{*d.base, "同句所述", "stated in the same sentence"};
    else
      base = resolve_base(index);
    if (!base) return;
    const StatedFigure& o = *d.other;
    const StatedFigure& b = base->figure;
    const Dim od = dim_of(o.unit), bd = dim_of(b.unit), dd = dim_of(d.figure.unit);
    if (od != bd) return;
    const auto ov = comparable(o), bv = comparable(b), found = comparable(d.figure);
    if (!ov || !bv || !found) return;
    const Decimal change = d.direction > 0 ? *ov - *bv : *bv - *ov;
    std::string expected_text, computed_zh, computed_en;
    bool wrong = false;
    if ((od == Dim::money || od == Dim::count) && dd == od) {
      wrong = differ(od, change, *found);
      const StatedFigure e = as_figure(change, d.figure);
      expected_text = number(e);
      const StatedFigure diff = as_figure(*ov - *bv, o);
      computed_zh = fmt::format("{} − {} = {}", number(o), number(b), shown(diff, Lang::zh));
      computed_en = fmt::format("{} − {} = {}", number(o), number(b), shown(diff, Lang::en));
    } else if ((od == Dim::money || od == Dim::count) && dd == Dim::percent) {
      if (bv->is_zero()) return;
      const int scale = d.figure.value.scale();
      const Decimal rate = (change * Decimal(100)).divide(*bv, scale);
      wrong = rate != d.figure.value;
      expected_text = rate.to_string() + "%";
      computed_zh = fmt::format("({} − {}) ÷ {} = {}%（按所写的 {} 位小数四舍五入）", number(o), number(b), number(b),
                                ((*ov - *bv) * Decimal(100)).divide(*bv, scale).to_string(), scale);
      computed_en =
          fmt::format("({} − {}) ÷ {} = {}% (rounded half up to the {} decimals written)", number(o), number(b),
                      number(b), ((*ov - *bv) * Decimal(100)).divide(*bv, scale).to_string(), scale);
    } else if (od == Dim::percent && dd == Dim::points) {
      wrong = change != *found;
      expected_text = change.to_string();
      computed_zh = fmt::format("{}% − {}% = {} 个百分点", number(o), number(b), (*ov - *bv).to_string());
      computed_en = fmt::format("{}% − {}% = {} percentage points", number(o), number(b), (*ov - *bv).to_string());
    } else {
      return;
    }
    if (!wrong) return;
    const std::string found_text = dd == Dim::percent ? number(d.figure) + "%" : number(d.figure);
    const std::string_view verb_zh = d.direction > 0 ? "增加" : "减少";
    const std::string_view verb_en = d.direction > 0 ? "more" : "less";
    add(d.figure.offset, "JX-N02", o.label,
        fmt::format("报告称{}为 {}，较{}{} {}；{}为 {}（{}），{}{}：“{}”", q(o.label), shown(o, Lang::zh), d.reference,
                    verb_zh, shown(d.figure, Lang::zh), q(d.reference), shown(b, Lang::zh), base->zh, computed_zh,
                    tolerance(d.figure, Lang::zh), quoted(d, d.figure)),
        fmt::format("the report says {} is {}, {} {} than {}; {} is {} ({}), and {}{}: “{}”", q(o.label),
                    shown(o, Lang::en), shown(d.figure, Lang::en), verb_en, q(d.reference), q(d.reference),
                    shown(b, Lang::en), base->en, computed_en, tolerance(d.figure, Lang::en), quoted(d, d.figure)),
        expected_text, found_text);
  }

  // ---- JX-N03 ----

  void check_share(const Claim& cl) {
    if (!cl.base || !cl.other) return;
    const Dim d = dim_of(cl.base->unit);
    if (d != dim_of(cl.other->unit) || (d != Dim::money && d != Dim::count)) return;
    const auto part = comparable(*cl.base), whole = comparable(*cl.other);
    if (!part || !whole || whole->is_zero()) return;
    const int scale = cl.figure.value.scale();
    const Decimal computed = (*part * Decimal(100)).divide(*whole, scale);
    if (computed == cl.figure.value) return;
    const std::string exact = (*part * Decimal(100)).divide(*whole, scale + 2).to_string();
    add(cl.figure.offset, "JX-N03", cl.base->label,
        fmt::format("报告称{} {} 占{} {} 的 {}%，但 {} ÷ {} = {}%，按所写的 {} 位小数四舍五入为 {}%：“{}”",
                    q(cl.base->label), shown(*cl.base, Lang::zh), q(cl.other->label), shown(*cl.other, Lang::zh),
                    cl.figure.value.to_string(), number(*cl.base), number(*cl.other), exact, scale,
                    computed.to_string(), quoted(cl, cl.figure)),
        fmt::format("the report says {} ({}) is {}% of {} ({}), but {} ÷ {} = {}%, which is {}% at the {} decimals "
                    "written: “{}”",
                    q(cl.base->label), shown(*cl.base, Lang::en), cl.figure.value.to_string(), q(cl.other->label),
                    shown(*cl.other, Lang::en), number(*cl.base), number(*cl.other), exact, computed.to_string(), scale,
                    quoted(cl, cl.figure)),
        computed.to_string() + "%", cl.figure.value.to_string() + "%");
  }

  // ---- JX-N04 ----

  /// The breakdown claim that lists the figure at `offset` as a part, if any.
  const Claim* breakdown_of(std::size_t index) const {
    const Claim& a = claims_[index];
    for (const Claim& cl : claims_) {
      if (cl.kind != ClaimKind::breakdown || cl.offset != a.offset) continue;
      for (const StatedFigure& p : cl.parts)
        if (p.offset == a.figure.offset) return &cl;
    }
    return nullptr;
  }

  /// The column a stated amount is about: its own words, else its breakdown's total, else the first
  /// keyword of its sentence before it. Figures dated another year are the prior year's final
  /// accounts (上年决算) or not compared at all.
  Ctx figure_context(std::size_t index) const {
    const Claim& a = claims_[index];
    Ctx x = earliest_context(a.figure.label);
    if (x == Ctx::none)
      if (const Claim* b = breakdown_of(index)) x = earliest_context(b->figure.label);
    if (x == Ctx::none && a.figure.offset >= a.offset)
      x = earliest_context(
          std::string_view(a.sentence).substr(0, std::min(a.sentence.size(), a.figure.offset - a.offset)));
    const int y = c_.package.year;
    if (a.figure.year != 0 && y != 0 && a.figure.year != y) {
      if (a.figure.year == y - 1 && (x == Ctx::final || x == Ctx::prior)) return Ctx::prior;
      return Ctx::none;
    }
    return x;
  }

  std::optional<TableFigure> year_columns(const YearColumns& cols, std::string_view row, Ctx ctx) const {
    const int y = c_.package.year;
    const std::string this_year = y ? fmt::format("{}年", y) : std::string("本年");
    const std::string last_year = y ? fmt::format("{}年", y - 1) : std::string("上年");
    const std::string this_en = y ? fmt::format("{}", y) : std::string("this year's");
    const std::string last_en = y ? fmt::format("{}", y - 1) : std::string("last year's");
    const std::optional<Money>* cell = nullptr;
    std::string col_zh, col_en;
    switch (ctx) {
      case Ctx::initial:
      case Ctx::annual:
        cell = &cols.budget;
        col_zh = this_year + "预算数";
        col_en = this_en + " budget";
        break;
      case Ctx::final:
        cell = &cols.final;
        col_zh = this_year + "决算数";
        col_en = this_en + " final accounts";
        break;
      case Ctx::prior:
        cell = &cols.prior_final;
        col_zh = last_year + "决算数";
        col_en = last_en + " final accounts";
        break;
      case Ctx::none: return std::nullopt;
    }
    if (!cell->has_value()) return std::nullopt;
    return TableFigure{**cell,
                       {},
                       fmt::format("基础数据表{}行{}", q(row), col_zh),
                       fmt::format("{} of row {} in the basic data table", col_en, q(row))};
  }

  std::optional<TableFigure> dept(const std::optional<Money>& m, std::string_view zh, std::string_view en) const {
    if (!m) return std::nullopt;
    return TableFigure{*m, {}, fmt::format("部门整体自评表{}", zh), fmt::format("{} in the department table", en)};
  }

  /// The table figure a money label names in a column (the mapping of docs/audit/narrative.md).
  std::optional<TableFigure> table_money(std::string_view label, Ctx ctx) const {
    const std::string n = normalize_label(label);
    const Package& p = c_.package;
    const BasicDataForm* bd = p.basic_data ? &*p.basic_data : nullptr;
    const DepartmentForm* df = p.department ? &*p.department : nullptr;
    if (ctx == Ctx::none) return std::nullopt;
    // "三公" and its rows
    const auto three_public_child = [&](std::initializer_list<std::string_view> keys) -> std::optional<TableFigure> {
      if (!bd) return std::nullopt;
      for (const AmountRow& r : bd->three_public.children)
        for (const std::string_view k : keys)
          if (contains(normalize_label(r.name), k)) return year_columns(r.amounts, row_name(r.name), ctx);
      return std::nullopt;
    };
    if (contains(n, "公务接待")) return three_public_child({"公务接待"});
    if (contains(n, "出国")) return three_public_child({"出国"});
    if (contains(n, "公务用车") || contains(n, "公车")) return three_public_child({"公务用车", "公车"});
    if (contains(n, "三公"))
      return bd ? year_columns(bd->three_public.amounts, row_name(bd->three_public.name), ctx) : std::nullopt;
    if (contains(n, "公用经费"))
      return bd ? year_columns(bd->public_funds.amounts, row_name(bd->public_funds.name), ctx) : std::nullopt;
    if (contains(n, "政府采购"))
      return bd ? year_columns(bd->government_procurement, "政府采购金额", ctx) : std::nullopt;
    if (contains(n, "项目支出")) {
      if (ctx == Ctx::initial && df && df->expenditure.project)
        return dept(df->expenditure.project, "按支出性质分的项目支出", "project expenditure (by nature)");
      if (ctx == Ctx::annual) return std::nullopt;
      return bd ? year_columns(bd->project_spending.amounts, row_name(bd->project_spending.name), ctx) : std::nullopt;
    }
    if (contains(n, "基本支出")) {
      if (ctx == Ctx::initial && df)
        return dept(df->expenditure.basic, "按支出性质分的基本支出", "basic expenditure (by nature)");
      return std::nullopt;
    }
    const std::string s = subject_of(n);
    if (!df || (s != "收入" && s != "支出")) return std::nullopt;
    const FundsRow& total = df->funds.total;
    switch (ctx) {
      case Ctx::initial: return dept(total.initial_budget, "年初预算数", "initial budget (年初预算数)");
      case Ctx::annual: return dept(total.annual_budget, "全年预算数", "full-year budget (全年预算数)");
      case Ctx::final:
        if (s == "收入" && total.annual_budget) {
          auto t = dept(total.annual_budget, "全年预算数", "full-year budget (全年预算数)");
          if (total.executed) t->also.push_back(*total.executed);
          return t;
        }
        return dept(total.executed, "全年执行数", "amount executed (全年执行数)");
      case Ctx::prior:
      case Ctx::none: break;
    }
    return std::nullopt;
  }

  void check_table(std::size_t index) {
    const Claim& a = claims_[index];
    const auto stated = money_of(a.figure);
    if (!stated) return;
    const auto t = table_money(a.figure.label, figure_context(index));
    if (!t || !c_.amounts_differ(*stated, t->value)) return;
    for (const Money& m : t->also)
      if (!c_.amounts_differ(*stated, m)) return;
    add(a.figure.offset, "JX-N04", a.figure.label,
        fmt::format("报告中{}为 {}，而{}为 {}{}{}：“{}”", q(a.figure.label), shown(a.figure, Lang::zh), t->zh,
                    c_.amount(t->value), money_unit_name(c_.package.money_unit, Lang::zh),
                    c_.amount_tolerance(Lang::zh), quoted(a, a.figure)),
        fmt::format("the report gives {} as {}, but the {} is {} {}{}: “{}”", q(a.figure.label),
                    shown(a.figure, Lang::en), t->en, c_.amount(t->value),
                    money_unit_name(c_.package.money_unit, Lang::en), c_.amount_tolerance(Lang::en),
                    quoted(a, a.figure)),
        c_.amount(t->value), number(a.figure));
  }

  /// 在职/实有人数 against 实际在职人数, and 编制 (one figure, or the sum of 行政编制 + 事业编制 …)
  /// against 编制数.
  void check_staffing(std::size_t index) {
    const Claim& a = claims_[index];
    if (!c_.package.basic_data || (a.figure.unit != "人" && a.figure.unit != "名" && a.figure.unit != "个")) return;
    const Staffing& st = c_.package.basic_data->staffing;
    const std::string n = normalize_label(a.figure.label);
    if ((contains(n, "在职") || contains(n, "实有")) && !contains(n, "退休") && !contains(n, "离休") &&
        !contains(n, "编制") && st.actual && a.figure.unit != "个" && *st.actual != a.figure.value) {
      add(a.figure.offset, "JX-N04", a.figure.label,
          fmt::format("报告中{}为 {}{}，而基础数据表实际在职人数为 {}：“{}”", q(a.figure.label), number(a.figure),
                      a.figure.unit, st.actual->to_string(), quoted(a, a.figure)),
          fmt::format("the report gives {} as {}, but the basic data table has {} staff in post: “{}”",
                      q(a.figure.label), number(a.figure), st.actual->to_string(), quoted(a, a.figure)),
          st.actual->to_string(), number(a.figure));
      return;
    }
    if (!is_establishment(n) || !st.authorized) return;
    // Once per sentence, at its first 编制 figure.
    for (std::size_t k = index; k-- > 0 && claims_[k].offset == a.offset;)
      if (claims_[k].kind == ClaimKind::amount && is_establishment(normalize_label(claims_[k].figure.label))) return;
    std::vector<const StatedFigure*> figures;
    const StatedFigure* whole = nullptr;
    for (std::size_t k = index; k < claims_.size() && claims_[k].offset == a.offset; ++k) {
      const Claim& cl = claims_[k];
      if (cl.kind != ClaimKind::amount || dim_of(cl.figure.unit) != Dim::count) continue;
      std::string l = normalize_label(cl.figure.label);
      if (!is_establishment(l)) continue;
      figures.push_back(&cl.figure);
      for (std::string_view w : {"我单位", "本单位", "现有", "共有", "实有", "核定"})
        if (l.starts_with(w)) l.erase(0, w.size());
      if (l == "编制" || l == "编制数" || l == "编制总数" || l == "总编制") whole = &cl.figure;
    }
    Decimal sum;
    std::string terms;
    if (whole) {
      sum = whole->value;
      terms = whole->value.to_string();
    } else if (figures.size() >= 2) {
      for (const StatedFigure* f : figures) {
        sum += f->value;
        terms += (terms.empty() ? "" : " + ") + f->value.to_string();
      }
      terms += " = " + sum.to_string();
    } else {
      return;
    }
    if (sum == *st.authorized) return;
    add(a.figure.offset, "JX-N04", "编制数",
        fmt::format("报告所述编制为 {}，而基础数据表编制数为 {}：“{}”", terms, st.authorized->to_string(),
                    quoted(a, a.figure)),
        fmt::format("the report states an establishment of {}, but the basic data table has {}: “{}”", terms,
                    st.authorized->to_string(), quoted(a, a.figure)),
        st.authorized->to_string(), sum.to_string());
  }

  static bool is_establishment(std::string_view n) {
    if (!(n.ends_with("编制") || n.ends_with("编制数"))) return false;
    for (std::string_view w : {"用编", "入编", "申请", "空编", "核减", "核增", "调剂", "划转", "使用", "收回"})
      if (contains(n, w)) return false;
    return true;
  }

  // ---- JX-N06 ----

  void check_grades() {
    const EvaluationResult& ev = c_.evaluation;
    const FormResult* form = ev.department ? &*ev.department : (ev.projects.size() == 1 ? &ev.projects[0] : nullptr);
    if (!form) return;
    const std::string computed = canonical_grade(form->grade.name);
    const std::string_view form_zh = form->form == "department" ? "部门整体自评表" : "项目支出绩效自评表";
    const std::string_view form_en = form->form == "department" ? "department table" : "project table";
    for (const StatedGrade& g : extract_grades(report_.text)) {
      if (g.grade == computed) continue;
      add(g.offset, "JX-N06", g.phrase,
          fmt::format("报告称{}（等级“{}”），但{}按评分规则计算的总分为 {} 分，等级为“{}”：“{}”", q(g.phrase), g.grade,
                      form_zh, form->total.to_string(), form->grade.name,
                      quote(g.sentence, g.phrase_offset - g.offset)),
          fmt::format("the report says {} (grade {}, {}), but the {}'s computed total is {}, grade {} ({}): “{}”",
                      q(g.phrase), g.grade, grade_en(g.grade), form_en, form->total.to_string(), form->grade.name,
                      form->grade.name_en, quote(g.sentence, g.phrase_offset - g.offset)),
          form->grade.name, g.word);
    }
  }

  const Context& c_;
  const NarrativeReport& report_;
  std::string form_name_;
  std::vector<Claim> claims_;
  std::vector<Pending> pending_;
};

}  // namespace

void check_narrative(const Context& c) {
  if (!c.package.report || trim(c.package.report->text).empty()) return;
  Narrative(c).run();
}

}  // namespace jixiao::audit_detail
