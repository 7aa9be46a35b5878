// A target (年度指标值) or actual (实际完成值) cell, parsed from what people type.
//
// The cell is first normalized (spaces and line breaks dropped, full-width forms folded to ASCII,
// ≥/≤ spelled >=/<=, the long dashes of a range spelled '~'), then read in this order: placeholder
// (empty), placeholder (text), tier phrase, comparator words, date or deadline, range, number with
// unit, qualitative phrase, and whatever is left is text with a note saying why. The grammar is
// documented in docs/indicator-values.md.
#include <jixiao/indicator_value.hpp>

#include "cell_in_place.hpp"
#include "short_strings.hpp"
#include "utf8.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <utility>

namespace jixiao {
namespace {

using detail::is_space;
using detail::next_code_point;

void append_utf8(std::string& out, std::int32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// Code points of valid UTF-8.
std::size_t length_in_chars(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    (void)next_code_point(s, i);
    ++n;
  }
  return n;
}

/// Dashes that, alone, mean "nothing to report": - － − — – ― ─ ━ ‐ ‑ ‒ ﹣ ﹘ ⸺ ⸻ ー.
bool is_dash(std::int32_t cp) noexcept {
  switch (cp) {
    case '-': case 0xFF0D: case 0x2212: case 0x2010: case 0x2011: case 0x2012: case 0x2013:
    case 0x2014: case 0x2015: case 0x2500: case 0x2501: case 0xFE63: case 0xFE58: case 0x2E3A:
    case 0x2E3B: case 0x30FC:
      return true;
    default:
      return false;
  }
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

bool has_digit(std::string_view s) noexcept {
  for (const char c : s)
    if (is_digit(c)) return true;
  return false;
}

// ---- normalization -------------------------------------------------------------------------------

struct Normalized {
  std::string text;
  bool all_dashes = false;  ///< every character written was a dash
};

/// Spaces and line breaks dropped (kept as one ' ' only between two digits, so that "3 5" is not
/// read as 35); full-width ASCII folded (１００％ → 100%, ＞＝ → >=); ≥ ≧ ⩾ → ">=", ≤ ≦ ⩽ → "<=";
/// − ﹣ ‐ → '-'; the long dashes and waves of a range (— – ― ─ ～ 〜 ∼) → '~'; 【】〔〕〖〗 → [ ].
Normalized normalize(std::string_view s) {
  Normalized n;
  n.text.reserve(s.size());
  bool pending_space = false;
  bool any = false;
  bool dashes = true;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const std::int32_t cp = next_code_point(s, i);
    if (is_space(cp)) {
      pending_space = true;
      continue;
    }
    any = true;
    dashes = dashes && is_dash(cp);
    char folded = 0;
    std::string_view piece;
    if (cp >= 0xFF01 && cp <= 0xFF5E) folded = static_cast<char>(cp - 0xFEE0), piece = {&folded, 1};
    else if (cp == 0x2265 || cp == 0x2267 || cp == 0x2A7E) piece = ">=";
    else if (cp == 0x2264 || cp == 0x2266 || cp == 0x2A7D) piece = "<=";
    else if (cp == 0x2212 || cp == 0xFE63 || cp == 0x2010 || cp == 0x2011) piece = "-";
    else if (cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2500 || cp == 0x2501 ||
             cp == 0x301C || cp == 0x223C || cp == 0x2053 || cp == 0xFE58 || cp == 0x2E3A || cp == 0x2E3B)
      piece = "~";
    else if (cp == 0x3010 || cp == 0x3014 || cp == 0x3016) piece = "[";
    else if (cp == 0x3011 || cp == 0x3015 || cp == 0x3017) piece = "]";
    else if (cp >= 0) piece = s.substr(start, i - start);  // valid UTF-8: its own bytes
    else append_utf8(n.text, cp), piece = {};
    if (pending_space && !n.text.empty() && !piece.empty() && is_digit(n.text.back()) && is_digit(piece.front()))
      n.text += ' ';
    pending_space = false;
    n.text += piece;
  }
  n.all_dashes = any && dashes;
  return n;
}

// The last byte is compared first: for CJK words it settles most mismatches without a memcmp.
bool starts_with(std::string_view s, std::string_view p) noexcept {
  return s.size() >= p.size() && (p.empty() || s[p.size() - 1] == p.back()) && detail::equal_short(s.substr(0, p.size()), p);
}
bool ends_with(std::string_view s, std::string_view p) noexcept {
  return s.size() >= p.size() && (p.empty() || s.back() == p.back()) &&
         detail::equal_short(s.substr(s.size() - p.size()), p);
}

/// Trailing sentence punctuation, wrapping quotes and "(含)" (inclusive, which ≥/≤/以上/以下
/// already are) carry no value. The result views s, or `storage` when a "(含)" had to be cut out.
std::string_view tidy(std::string_view s, std::string& storage) {
  if (s.find("(含)") != std::string_view::npos) {
    storage.assign(s);
    for (std::size_t at; (at = storage.find("(含)")) != std::string::npos;) storage.erase(at, std::string_view("(含)").size());
    s = storage;
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (const std::string_view p : {"。", "；", ";", ",", "、", "!"}) {
      if (s.size() > p.size() && ends_with(s, p)) {
        s.remove_suffix(p.size());
        changed = true;
      }
    }
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"“", "”"}, {"\"", "\""},
                                      {"‘", "’"}, {"'", "'"}, {"「", "」"}}) {
      if (s.size() > open.size() + close.size() && starts_with(s, open) && ends_with(s, close)) {
        s = s.substr(open.size(), s.size() - open.size() - close.size());
        changed = true;
      }
    }
  }
  return s;
}

/// True when normalize() would return s unchanged and s is valid UTF-8 with no dash: printable
/// ASCII other than '-' and three-byte characters led by E4–E9 (the CJK ideographs and nothing
/// normalize folds). Most cells that reach the full grammar are such text ("按规定完成").
bool is_plain_cell(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b > 0x20 && b < 0x7F && b != '-') {
      ++i;
    } else if (b >= 0xE4 && b <= 0xE9 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// ---- notes ---------------------------------------------------------------------------------------

/// The cell as quoted in a note: trimmed, line breaks shown as spaces, cut at 90 bytes (30 CJK
/// characters).
std::string quote(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  std::size_t kept = 0;  // out's size up to its last non-space character
  while (i < text.size()) {
    if (out.size() >= 90) {
      out.resize(kept);
      out += "…";
      return out;
    }
    const std::size_t start = i;
    const std::int32_t cp = next_code_point(text, i);
    if (is_space(cp)) {
      if (!out.empty()) out += ' ';
      continue;
    }
    out.append(text.substr(start, i - start));
    kept = out.size();
  }
  out.resize(kept);
  return out;
}

/// The cell as quoted in a note, made on first use: most cells get no note.
class Quoted {
 public:
  explicit Quoted(std::string_view cell) noexcept : cell_(cell) {}
  const std::string& str() const {
    if (!made_) text_ = quote(cell_), made_ = true;
    return text_;
  }

 private:
  std::string_view cell_;
  mutable std::string text_;
  mutable bool made_ = false;
};

struct Note {
  std::string zh, en;
  explicit operator bool() const noexcept { return !zh.empty(); }
};

Note not_a_number(const Quoted& q, std::string_view why_zh = {}, std::string_view why_en = {}) {
  if (why_zh.empty()) return {fmt::format("“{}”无法解析为数值", q.str()), fmt::format("\"{}\" cannot be read as a number", q.str())};
  return {fmt::format("“{}”无法解析为数值：{}", q.str(), why_zh), fmt::format("\"{}\" cannot be read as a number: {}", q.str(), why_en)};
}

Note approximate(const Quoted& q) {
  return not_a_number(q, "约数（约、左右、余、多等）不是确定的值",
                      "an approximation (约, 左右, 余, 多 …) is not a definite value");
}

Note not_a_range(const Quoted& q, std::string_view why_zh = {}, std::string_view why_en = {}) {
  if (why_zh.empty()) return {fmt::format("“{}”不是有效的区间", q.str()), fmt::format("\"{}\" is not a valid range", q.str())};
  return {fmt::format("“{}”不是有效的区间：{}", q.str(), why_zh), fmt::format("\"{}\" is not a valid range: {}", q.str(), why_en)};
}

// ---- vocabulary ----------------------------------------------------------------------------------

struct Phrase {
  std::string_view text;
  QualitativeTier tier;
};

// The three tiers of 财预〔2020〕10号, with the spellings deployments and people use.
constexpr Phrase tier_phrases[] = {
    {"达成年度指标", QualitativeTier::achieved},
    {"达成预期指标", QualitativeTier::achieved},
    {"达成年度目标", QualitativeTier::achieved},
    {"达成预期目标", QualitativeTier::achieved},
    {"完成年度指标", QualitativeTier::achieved},
    {"完成年度目标", QualitativeTier::achieved},
    {"达成", QualitativeTier::achieved},
    {"已达成", QualitativeTier::achieved},
    {"全部达成", QualitativeTier::achieved},
    {"完成", QualitativeTier::achieved},
    {"已完成", QualitativeTier::achieved},
    {"全部完成", QualitativeTier::achieved},
    {"圆满完成", QualitativeTier::achieved},
    {"按规定完成", QualitativeTier::achieved},
    {"按要求完成", QualitativeTier::achieved},
    {"按时完成", QualitativeTier::achieved},
    {"按期完成", QualitativeTier::achieved},
    {"如期完成", QualitativeTier::achieved},
    {"按年初设定目标完成", QualitativeTier::achieved},
    {"已按年初设定目标完成", QualitativeTier::achieved},
    {"好", QualitativeTier::achieved},
    {"优", QualitativeTier::achieved},
    {"优秀", QualitativeTier::achieved},
    {"是", QualitativeTier::achieved},
    {"部分达成年度指标并具有一定效果", QualitativeTier::partial},
    {"部分达成预期指标并具有一定效果", QualitativeTier::partial},
    {"部分达成", QualitativeTier::partial},
    {"部分完成", QualitativeTier::partial},
    {"基本达成", QualitativeTier::partial},
    {"基本完成", QualitativeTier::partial},
    {"较好", QualitativeTier::partial},
    {"良好", QualitativeTier::partial},
    {"良", QualitativeTier::partial},
    {"未达成年度指标且效果较差", QualitativeTier::not_achieved},
    {"未达成预期指标且效果较差", QualitativeTier::not_achieved},
    {"未完成预期指标且效果较差", QualitativeTier::not_achieved},
    {"未完成年度指标且效果较差", QualitativeTier::not_achieved},
    {"未达成", QualitativeTier::not_achieved},
    {"未完成", QualitativeTier::not_achieved},
    {"未达标", QualitativeTier::not_achieved},
    {"差", QualitativeTier::not_achieved},
    {"较差", QualitativeTier::not_achieved},
    {"否", QualitativeTier::not_achieved},
};

/// A short phrase without digits that contains one of these reads as a qualitative target or result
/// whose tier it does not name ("严格控制", "进一步完善", "有效提升").
constexpr std::string_view qualitative_words[] = {
    "进一步", "完成", "达成", "达到", "达标", "实现", "提高", "提升", "改善", "完善", "规范", "加强", "增强",
    "促进", "推进", "推动", "维护", "保障", "保持", "控制", "显著", "明显", "有效", "逐步", "持续", "稳步",
    "稳定", "不断", "基本", "合格", "满意", "良好", "优秀", "优化", "降低", "减少", "增加", "增长", "下降",
    "及时", "按时", "按期", "符合", "正常", "健全", "落实", "确保", "到位", "准确", "严格", "成效", "效果",
    "改进", "巩固", "扩大", "节约", "杜绝", "顺利", "有序", "充分", "全面", "大幅", "较大", "较高", "较好",
};

struct ComparatorWord {
  std::string_view text;
  Comparator comparator;
};

// Longest first where one is the start of another (大于等于 before 大于, 不低于 before 低于).
constexpr ComparatorWord prefix_comparators[] = {
    {">=", Comparator::greater_equal},      {"<=", Comparator::less_equal},
    {"=>", Comparator::greater_equal},      {"=<", Comparator::less_equal},
    {"==", Comparator::equal},              {">", Comparator::greater},
    {"<", Comparator::less},                {"=", Comparator::equal},
    {"大于或等于", Comparator::greater_equal}, {"大于等于", Comparator::greater_equal},
    {"小于或等于", Comparator::less_equal},    {"小于等于", Comparator::less_equal},
    {"不低于", Comparator::greater_equal},    {"不少于", Comparator::greater_equal},
    {"不小于", Comparator::greater_equal},    {"至少", Comparator::greater_equal},
    {"达到", Comparator::greater_equal},      {"不高于", Comparator::less_equal},
    {"不超过", Comparator::less_equal},       {"不多于", Comparator::less_equal},
    {"不大于", Comparator::less_equal},       {"至多", Comparator::less_equal},
    {"最多", Comparator::less_equal},         {"控制在", Comparator::less_equal},
    {"不晚于", Comparator::less_equal},       {"不迟于", Comparator::less_equal},
    {"截止到", Comparator::less_equal},       {"截至", Comparator::less_equal},
    {"截止", Comparator::less_equal},         {"高于", Comparator::greater},
    {"大于", Comparator::greater},            {"超过", Comparator::greater},
    {"多于", Comparator::greater},            {"晚于", Comparator::greater},
    {"等于", Comparator::equal},              {"低于", Comparator::less},
    {"小于", Comparator::less},               {"少于", Comparator::less},
    {"不足", Comparator::less},               {"早于", Comparator::less},
};

// After the value: "95%以上", "8万元以内", "3天内". Longest first.
constexpr ComparatorWord suffix_comparators[] = {
    {"及以上", Comparator::greater_equal}, {"或以上", Comparator::greater_equal},
    {"以上", Comparator::greater_equal},   {"及以下", Comparator::less_equal},
    {"或以下", Comparator::less_equal},    {"以下", Comparator::less_equal},
    {"以内", Comparator::less_equal},      {"之内", Comparator::less_equal},
    {"内", Comparator::less_equal},
};

constexpr std::string_view approximate_prefixes[] = {"大约", "大概", "将近", "接近", "约", "近"};
constexpr std::string_view approximate_suffixes[] = {"左右", "上下", "余", "多", "许", "来"};

/// Characters that never appear in a unit of measure: they mean the "unit" is really words.
constexpr std::string_view not_in_units = "余多约近来左右上下以及内前后之不超低高于至到或完达共含每计累整";

Comparator strip_prefix(std::string_view& s, bool& found) {
  for (const ComparatorWord& w : prefix_comparators) {
    if (!s.empty() && s[0] == w.text[0] && starts_with(s, w.text)) {
      s.remove_prefix(w.text.size());
      found = true;
      return w.comparator;
    }
  }
  return Comparator::none;
}

Comparator strip_suffix(std::string_view& s, bool& found) {
  for (const ComparatorWord& w : suffix_comparators) {
    if (s.size() > w.text.size() && ends_with(s, w.text)) {
      s.remove_suffix(w.text.size());
      found = true;
      return w.comparator;
    }
  }
  return Comparator::none;
}

bool contains_char_of(std::string_view s, std::string_view chars) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    (void)next_code_point(s, i);
    if (chars.find(s.substr(start, i - start)) != std::string_view::npos) return true;
  }
  return false;
}

/// "*", "……", "...", "XX%", "××", "指标1", "指标值", "待定": a template left unfilled.
bool is_placeholder_text(std::string_view s) {
  if (s == "待定" || s == "待填" || s == "待补充" || s == "略") return true;
  if (starts_with(s, "指标")) {
    std::string_view rest = s.substr(std::string_view("指标").size());
    if (starts_with(rest, "值")) rest.remove_prefix(std::string_view("值").size());
    bool plain = true;
    for (const char c : rest) plain = plain && (is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '%');
    return plain;
  }
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::int32_t cp = next_code_point(s, i);
    if (cp == '%') continue;
    any = true;
    switch (cp) {
      case '*': case '.': case 'x': case 'X': case '?': case '_': case '#': case 0x2026 /* … */:
      case 0x3002 /* 。 */: case 0x00D7 /* × */: case 0x25CB /* ○ */: case 0x25A1 /* □ */:
      case 0x25A0 /* ■ */: case 0x25B3 /* △ */: case 0x2606 /* ☆ */: case 0x2605 /* ★ */: case 0x22EF /* ⋯ */:
        break;
      default:
        return false;
    }
  }
  return any;
}

// ---- numbers with units --------------------------------------------------------------------------

struct Quantity {
  Decimal number;              ///< the value, 万/亿 applied
  Decimal written;             ///< the value as written, before 万/亿
  std::string_view multiplier;  ///< "万", "亿" or ""
  Unit unit;                   ///< empty when none was written
};

enum class Outcome { ok, absent, failed };

bool is_unit_char(std::int32_t cp) noexcept {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 'a' && cp <= 'z') ||
         (cp >= 'A' && cp <= 'Z') || cp == 0xB0 /* ° */ || cp == 0x2103 /* ℃ */ || cp == 0xB2 || cp == 0xB3 ||
         cp == 0xB7 /* · */ || (cp >= 0x3380 && cp <= 0x33DF) /* ㎡ ㎞ … */;
}

/// A unit the catalogue does not know, accepted when it looks like one: 1 to 4 letters or CJK
/// characters, none of them a word of comparison, approximation or achievement ("分", "kWh").
bool looks_like_unit(std::string_view u) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < u.size();) {
    if (!is_unit_char(next_code_point(u, i))) return false;
    ++n;
  }
  return n >= 1 && n <= 4 && !contains_char_of(u, not_in_units);
}

/// The unit written after a number: a catalogue unit (or a 万/亿 multiple), a rate such as
/// "次/年" or "元/人", or a short unknown unit.
std::optional<Unit> read_unit(std::string_view u) {
  Unit unit = parse_unit(u);
  if (unit.dimension != Dimension::other) return unit;
  if (const std::size_t slash = u.find('/'); slash != std::string_view::npos) {
    const std::string_view a = u.substr(0, slash);
    const std::string_view b = u.substr(slash + 1);
    auto side_ok = [](std::string_view x) { return parse_unit(x).dimension != Dimension::other || looks_like_unit(x); };
    if (!a.empty() && !b.empty() && side_ok(a) && side_ok(b)) return unit;
    return std::nullopt;
  }
  if (looks_like_unit(u)) return unit;
  return std::nullopt;
}

/// The end of a number token at the start of s ([+-] digits . ,), or 0 when s does not start with
/// one.
std::size_t number_token_end(std::string_view s) noexcept {
  std::size_t p = 0;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
  bool digit = false;
  for (; p < s.size() && (is_digit(s[p]) || s[p] == '.' || s[p] == ','); ++p)
    if (is_digit(s[p])) digit = true;
  return digit ? p : 0;
}

/// number [万|亿] [unit]: "221", "100%", "8万元", "1.5万人" (15000 人), "2次/年".
Outcome read_quantity(std::string_view s, const Quoted& q, Quantity& out, Note& note) {
  const std::size_t end = number_token_end(s);
  if (end == 0) return Outcome::absent;
  const std::string_view token = s.substr(0, end);
  ParseError pe;
  const std::optional<Decimal> value = Decimal::try_parse(token, &pe);
  if (!value) {
    const Error e = pe.to_error(token);
    note = not_a_number(q, e.message(Lang::zh), e.message(Lang::en));
    return Outcome::failed;
  }
  out.number = out.written = *value;
  std::string_view rest = s.substr(end);
  auto approximate_next = [&] {
    for (const std::string_view a : approximate_suffixes)
      if (starts_with(rest, a)) return true;
    return false;
  };
  if (approximate_next()) {
    note = approximate(q);
    return Outcome::failed;
  }
  // 万 and 亿 multiply, except in the money units 万元 and 亿元 (and 万亿元).
  for (const auto& [word, power] : {std::pair<std::string_view, int>{"万", 4}, {"亿", 8}}) {
    if (!starts_with(rest, word) || starts_with(rest.substr(word.size()), "元")) continue;
    try {
      Decimal factor = 1;
      for (int k = 0; k < power; ++k) factor = factor * 10;
      const int scale = value->scale() > power ? value->scale() - power : 0;
      out.number = (*value * factor).round(scale, RoundingMode::unnecessary);
    } catch (const Error& e) {
      note = not_a_number(q, e.message(Lang::zh), e.message(Lang::en));
      return Outcome::failed;
    }
    out.multiplier = word;
    rest.remove_prefix(word.size());
    if (approximate_next()) {
      note = approximate(q);
      return Outcome::failed;
    }
    break;
  }
  if (rest.empty()) return Outcome::ok;
  if (rest.front() == ' ') {  // normalize() keeps a space only between two digits
    note = not_a_number(q, "数字中间有空格", "a space inside the number");
    return Outcome::failed;
  }
  if (const std::optional<Unit> unit = read_unit(rest)) {
    out.unit = *unit;
    return Outcome::ok;
  }
  for (const std::string_view a : approximate_suffixes) {
    if (rest.find(a) != std::string_view::npos) {  // "30人左右"
      note = approximate(q);
      return Outcome::failed;
    }
  }
  const std::string u = quote(rest);
  note = not_a_number(q, fmt::format("数值后的“{}”不是计量单位", u), fmt::format("\"{}\" after the number is not a unit", u));
  return Outcome::failed;
}

// ---- ranges --------------------------------------------------------------------------------------

struct Range {
  Quantity low, high;
  Unit unit;
};

Outcome finish_range(Range& r, const Quoted& q, Note& note) {
  if (r.low.unit.empty() && r.low.multiplier.empty() && !r.high.multiplier.empty()) {
    // "1-2万人": the 万 of the upper bound applies to both
    Decimal factor = 1;
    for (int k = 0; k < (r.high.multiplier == "万" ? 4 : 8); ++k) factor = factor * 10;
    try {
      r.low.number = r.low.written * factor;
    } catch (const Error& e) {
      note = not_a_number(q, e.message(Lang::zh), e.message(Lang::en));
      return Outcome::failed;
    }
    r.low.multiplier = r.high.multiplier;
  }
  if (!r.low.unit.empty() && !r.high.unit.empty() && !(r.low.unit == r.high.unit)) {
    note = not_a_range(q, fmt::format("两端的计量单位不同（{}、{}）", r.low.unit.name, r.high.unit.name),
                       fmt::format("the bounds have different units ({}, {})", r.low.unit.name, r.high.unit.name));
    return Outcome::failed;
  }
  r.unit = r.high.unit.empty() ? r.low.unit : r.high.unit;
  if (r.low.number > r.high.number) {
    const std::string lo = r.low.number.to_string();
    const std::string hi = r.high.number.to_string();
    note = not_a_range(q, fmt::format("下限{}大于上限{}", lo, hi),
                       fmt::format("the lower bound {} is above the upper bound {}", lo, hi));
    return Outcome::failed;
  }
  return Outcome::ok;
}

/// "[80,90]", "85%-95%", "85-95%", "85%~95%", "80%至90%", "80—90分" (both bounds inclusive).
Outcome read_range(std::string_view s, const Quoted& q, Range& r, Note& note) {
  std::string_view first;
  std::string_view second;
  std::string_view suffix_unit;
  if (starts_with(s, "[")) {
    const std::size_t close = s.find(']');
    if (close == std::string_view::npos) {
      note = not_a_range(q);
      return Outcome::failed;
    }
    const std::string_view inside = s.substr(1, close - 1);
    suffix_unit = s.substr(close + 1);
    std::size_t sep = inside.find(',');
    std::size_t sep_len = 1;
    if (sep == std::string_view::npos || inside.find(',', sep + 1) != std::string_view::npos) {
      sep = inside.find(';');
      if (sep == std::string_view::npos) sep = inside.find('~');
      if (sep == std::string_view::npos) {
        const std::size_t e = number_token_end(inside);
        sep = e == 0 ? std::string_view::npos : inside.find('-', e);
      }
    }
    if (sep == std::string_view::npos) {
      note = not_a_range(q);
      return Outcome::failed;
    }
    first = inside.substr(0, sep);
    second = inside.substr(sep + sep_len);
  } else {
    const std::size_t e = number_token_end(s);
    if (e == 0) return Outcome::absent;
    std::size_t k = e;
    std::size_t sep_len = 0;
    while (k < s.size()) {
      if (is_digit(s[k])) return Outcome::absent;
      if (s[k] == '-' || s[k] == '~') {
        sep_len = 1;
        while (k + sep_len < s.size() && s[k + sep_len] == '~') ++sep_len;  // "80——90": one separator
        break;
      }
      if (starts_with(s.substr(k), "至") || starts_with(s.substr(k), "到")) {
        sep_len = std::string_view("至").size();
        break;
      }
      (void)next_code_point(s, k);
    }
    if (sep_len == 0) return Outcome::absent;
    first = s.substr(0, k);
    second = s.substr(k + sep_len);
    if (number_token_end(second) == 0) return Outcome::absent;
  }
  if (read_quantity(first, q, r.low, note) != Outcome::ok || read_quantity(second, q, r.high, note) != Outcome::ok) {
    if (!note) note = not_a_range(q);
    return Outcome::failed;
  }
  if (!suffix_unit.empty()) {
    const std::optional<Unit> unit = read_unit(suffix_unit);
    if (!unit || (!r.high.unit.empty() && !(r.high.unit == *unit)) || (!r.low.unit.empty() && !(r.low.unit == *unit))) {
      note = not_a_range(q);
      return Outcome::failed;
    }
    r.high.unit = *unit;
  }
  return finish_range(r, q, note);
}

// ---- dates ---------------------------------------------------------------------------------------

/// Reads digits at s[p]; their value (or -1 beyond 4 digits) and count.
int read_digits(std::string_view s, std::size_t& p, int& count) noexcept {
  int value = 0;
  count = 0;
  while (p < s.size() && is_digit(s[p])) {
    if (count == 4) return -1;
    value = value * 10 + (s[p] - '0');
    ++count;
    ++p;
  }
  return value;
}

bool eat(std::string_view s, std::size_t& p, std::string_view word) noexcept {
  if (!starts_with(s.substr(p), word)) return false;
  p += word.size();
  return true;
}

/// A date or month, after any deadline word is removed: "2025年12月31日", "2023年12月", "2025年",
/// "2025年度", "12月31日", "12月", "12月底", "2025年底", "年底", "2025-12-31", "2025/12/31",
/// "2025.12.31", "2025-12". Yearless dates have year 0 and are checked against a leap year.
/// absent: not shaped like a date; failed: shaped like one but impossible ("2025年2月29日").
Outcome read_date_shape(std::string_view s, Date& d) noexcept {
  d = Date{};
  if (s == "年底" || s == "年末" || s == "年终" || s == "年内") {
    d.month = 12;
    return Outcome::ok;
  }
  std::size_t p = 0;
  int n = 0;
  int v = read_digits(s, p, n);
  if (n == 0 || v < 0) return Outcome::absent;
  bool month_written = false;
  bool day_written = false;
  if (n == 4 && p < s.size() && (s[p] == '-' || s[p] == '/' || s[p] == '.')) {
    // ISO-like: 2025-12-31, 2025/12/31, 2025.12.31, 2025-12, 2025/12. A 2025.12 is a number.
    const char sep = s[p++];
    if (v < 1900 || v > 2100) return Outcome::absent;
    d.year = v;
    d.month = read_digits(s, p, n);
    if (n == 0 || n > 2) return Outcome::absent;
    month_written = true;
    if (p < s.size()) {
      if (s[p] != sep) return Outcome::absent;
      ++p;
      d.day = read_digits(s, p, n);
      if (n == 0 || n > 2 || p != s.size()) return Outcome::absent;
      day_written = true;
    } else if (sep == '.') {
      return Outcome::absent;
    }
  } else {
    if (eat(s, p, "年")) {
      if (n != 4) return Outcome::absent;  // "3年" is a duration
      d.year = v;
      if (eat(s, p, "度")) return p == s.size() ? Outcome::ok : Outcome::absent;
      if (eat(s, p, "底") || eat(s, p, "末")) {
        d.month = 12;
        return p == s.size() ? Outcome::ok : Outcome::absent;
      }
      if (p == s.size()) return Outcome::ok;
      v = read_digits(s, p, n);
      if (n == 0 || v < 0) return Outcome::absent;
    }
    if (!eat(s, p, "月")) return Outcome::absent;
    if (n > 2) return Outcome::absent;
    d.month = v;
    month_written = true;
    (void)eat(s, p, "份");
    if (p < s.size() && is_digit(s[p])) {
      d.day = read_digits(s, p, n);
      // 日 may be left off after a full year and month ("2025年6月30"), as parse_date allows
      if (n > 2 || !(eat(s, p, "日") || eat(s, p, "号") || (p == s.size() && d.year != 0))) return Outcome::absent;
      day_written = true;
    } else if (eat(s, p, "底") || eat(s, p, "末")) {
      // the month as a whole: its last day is Date::last_day()
    }
    if (p != s.size()) return Outcome::absent;
  }
  if (month_written && (d.month < 1 || d.month > 12)) return Outcome::failed;
  if (day_written && !is_valid_date(d.year == 0 ? 2000 : d.year, d.month, d.day)) return Outcome::failed;
  return Outcome::ok;
}

/// A date with its deadline word: "2025年12月31日前", "…之前", "…以前", "12月底前", "年内",
/// optionally introduced by 于/在 and followed by 完成 ("2025年6月底前完成").
Outcome read_date(std::string_view s, Date& d, bool& deadline) {
  if (starts_with(s, "于") || starts_with(s, "在")) s.remove_prefix(std::string_view("于").size());
  if (ends_with(s, "完成") && s.size() > std::string_view("完成").size()) s.remove_suffix(std::string_view("完成").size());
  if (s == "年内") {  // within the year: by its last day
    deadline = true;
    return read_date_shape(s, d);
  }
  for (const std::string_view w : {"以前", "之前", "前", "以内", "之内", "内"}) {
    if (s.size() > w.size() && ends_with(s, w)) {
      s.remove_suffix(w.size());
      deadline = true;
      break;
    }
  }
  return read_date_shape(s, d);
}

// ---- the cell ------------------------------------------------------------------------------------

IndicatorValue text_value(IndicatorValue v, Note note) {
  IndicatorValue t;
  t.text = std::move(v.text);
  v = std::move(t);  // a text value carries nothing but the cell and the note
  v.kind = ValueKind::text;
  v.note_zh = std::move(note.zh);
  v.note_en = std::move(note.en);
  return v;
}

bool is_qualitative_phrase(std::string_view s) {
  if (has_digit(s) || length_in_chars(s) > 20) return false;
  // Every word is CJK, three bytes per character: at each character, the words that start with it.
  for (std::size_t i = 0; i + 3 <= s.size(); ++i) {
    const std::string_view rest = s.substr(i);
    for (const std::string_view w : qualitative_words)
      if (rest[0] == w[0] && rest[2] == w[2] && rest[1] == w[1] && rest.starts_with(w)) return true;
  }
  return false;
}

Comparator combine(Comparator a, Comparator b, bool& conflict) noexcept {
  if (a == Comparator::none) return b;
  if (b == Comparator::none || a == b) return a;
  conflict = true;
  return a;
}

/// Units a plain number may carry on the shortcut below: every one reads the same through the full
/// grammar (no 万/亿 multiplier, no 年/月/日 that could make a date, no 以内/以上 comparator word).
constexpr std::array<std::string_view, 33> shortcut_units{
    "个", "人", "人次", "名", "件", "次", "项", "户", "家", "所", "座", "台", "套", "辆", "篇", "份", "场",
    "批", "本", "册", "宗", "条", "张", "处", "间", "米", "千米", "公里", "平方米", "亩", "公顷", "元", "万元"};

/// The common cells in one pass, before any copy or normalisation: an optional sign (≥ ≤ ＞ ＜ ＝
/// > < = >= <=), ASCII digits with at most one point, and % or ％ or one of shortcut_units — "221",
/// "100%", "≥96%", "≤8万元", "5000人". They read exactly as the full grammar reads them
/// (tests/indicator_value.cpp compares the two); anything else goes the long way.
bool parse_simple_number(std::string_view text, const Unit* column, IndicatorValue& v) {
  std::size_t i = 0;
  Comparator comparator = Comparator::none;
  const auto take = [&](std::string_view token) {
    if (!starts_with(text.substr(i), token)) return false;
    i += token.size();
    return true;
  };
  if (!text.empty() && !is_digit(text[0])) {  // most cells start with their number
    if (take(">=") || take("\u2265")) comparator = Comparator::greater_equal;
    else if (take("<=") || take("\u2264")) comparator = Comparator::less_equal;
    else if (take(">") || take("\uFF1E")) comparator = Comparator::greater;
    else if (take("<") || take("\uFF1C")) comparator = Comparator::less;
    else if (take("=") || take("\uFF1D")) comparator = Comparator::equal;
  }
  const std::size_t start = i;
  bool point = false;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || (text[i] == '.' && !point))) point |= text[i++] == '.';
  const std::string_view digits = text.substr(start, i - start);
  if (digits.empty() || digits.front() == '.' || digits.back() == '.' || digits.size() > 19) return false;
  static const std::array<Unit, shortcut_units.size()> units = [] {
    std::array<Unit, shortcut_units.size()> parsed;
    for (std::size_t k = 0; k < parsed.size(); ++k) parsed[k] = parse_unit(shortcut_units[k]);
    return parsed;
  }();
  static const Unit percent_unit = parse_unit("%");
  const Unit* unit = nullptr;
  if (take("%") || take("\uFF05")) {
    unit = &percent_unit;
  } else if (i < text.size()) {
    const std::string_view rest = text.substr(i);
    for (std::size_t k = 0; k < shortcut_units.size() && !unit; ++k)
      if (detail::equal_short(rest, shortcut_units[k])) unit = &units[k];
    if (!unit) return false;
    i = text.size();
  }
  if (i != text.size()) return false;
  const auto number = Decimal::try_parse(digits);
  if (!number) return false;
  v.kind = ValueKind::number;
  v.comparator = comparator;
  v.number = *number;
  if (unit) v.unit = *unit;
  else if (column && !column->empty()) v.unit = *column;
  return true;
}

IndicatorValue parse_cell_in_full(std::string_view text, const Unit* column) {
  IndicatorValue v;  // its text is set by the caller (parse_cell's callers), once
  Normalized normalized;  // left empty when the text needs no normalizing
  std::string_view folded = text;
  if (!is_plain_cell(text)) {
    if (!detail::is_valid_utf8(text))
      return text_value(std::move(v), {"单元格含有无效的UTF-8字节，无法解析", "the cell holds bytes that are not valid UTF-8"});
    normalized = normalize(text);
    folded = normalized.text;
  }
  const Quoted q(text);
  if (folded.empty() || normalized.all_dashes) return v;  // blank, "—", "——", "-"
  std::string tidied;
  const std::string_view n = tidy(folded, tidied);
  if (n == "无" || n == "\\" || n.find_first_not_of('/') == std::string::npos) return v;
  if (is_placeholder_text(n))
    return text_value(std::move(v), {fmt::format("“{}”是占位符，不是指标值", q.str()),
                                     fmt::format("\"{}\" is a placeholder, not a value", q.str())});
  for (const Phrase& p : tier_phrases) {
    if (detail::equal_short(n, p.text)) {
      v.kind = ValueKind::qualitative;
      v.tier = p.tier;
      return v;
    }
  }

  std::string_view core = n;
  bool prefix_found = false;
  const Comparator before = strip_prefix(core, prefix_found);
  for (const std::string_view a : approximate_prefixes)
    if (starts_with(core, a) && has_digit(core)) return text_value(std::move(v), approximate(q));

  // Dates and deadlines.
  {
    Date d;
    bool deadline = false;
    const Outcome o = read_date(core, d, deadline);
    if (o == Outcome::failed)
      return text_value(std::move(v), {fmt::format("“{}”不是有效日期", q.str()), fmt::format("\"{}\" is not a valid date", q.str())});
    if (o == Outcome::ok) {
      bool conflict = false;
      // A deadline is ≤; a sign written before it must agree ("不晚于…前", "<2025年…前" keep theirs).
      if (deadline && (before == Comparator::less || before == Comparator::less_equal)) v.comparator = before;
      else v.comparator = combine(before, deadline ? Comparator::less_equal : Comparator::none, conflict);
      if (conflict)
        return text_value(std::move(v), {fmt::format("“{}”的比较符号相互矛盾", q.str()),
                                         fmt::format("\"{}\" has conflicting comparison signs", q.str())});
      v.kind = ValueKind::date;
      v.date = d;
      return v;
    }
  }

  bool suffix_found = false;
  const Comparator after = strip_suffix(core, suffix_found);
  bool conflict = false;
  const Comparator comparator = combine(before, after, conflict);

  Note note;
  Range range;
  const Outcome ro = read_range(core, q, range, note);
  if (ro == Outcome::failed) return text_value(std::move(v), std::move(note));
  if (ro == Outcome::ok) {
    if (prefix_found || suffix_found)
      return text_value(std::move(v), not_a_range(q, "区间不能再带比较符号", "a range cannot also carry a comparison sign"));
    v.kind = ValueKind::range;
    v.low = range.low.number;
    v.high = range.high.number;
    v.unit = range.unit;
    if (v.unit.empty() && column && !column->empty()) {
      v.unit = *column;
      if (!range.high.multiplier.empty() && starts_with(column->name, range.high.multiplier)) {
        v.low = range.low.written;  // "1-2万" in a 万元 column is 1-2 万元
        v.high = range.high.written;
      }
    }
    return v;
  }

  Quantity quantity;
  const Outcome qo = read_quantity(core, q, quantity, note);
  if (qo == Outcome::failed) return text_value(std::move(v), std::move(note));
  if (qo == Outcome::ok) {
    if (conflict)
      return text_value(std::move(v), {fmt::format("“{}”的比较符号相互矛盾", q.str()),
                                       fmt::format("\"{}\" has conflicting comparison signs", q.str())});
    v.kind = ValueKind::number;
    v.comparator = comparator;
    v.number = quantity.number;
    v.unit = quantity.unit;
    if (v.unit.empty() && column && !column->empty()) {
      v.unit = *column;
      if (!quantity.multiplier.empty() && starts_with(column->name, quantity.multiplier))
        v.number = quantity.written;  // "8万" in a 万元 column is 8 万元
    }
    return v;
  }

  // No number where one was expected.
  if (!has_digit(n)) {
    if (is_qualitative_phrase(n)) {
      v.kind = ValueKind::qualitative;
      return v;
    }
    if ((prefix_found || suffix_found) && core.empty())
      return text_value(std::move(v), {fmt::format("“{}”只有比较符号，没有数值", q.str()),
                                       fmt::format("\"{}\" has a comparison sign but no value", q.str())});
    if (length_in_chars(n) > 20)
      return text_value(std::move(v), {fmt::format("“{}”是说明文字（超过20个字），不是指标值", q.str()),
                                       fmt::format("\"{}\" is descriptive text (more than 20 characters), not a value", q.str())});
    return text_value(std::move(v), {fmt::format("“{}”不是数值、区间、日期或可识别的定性表述", q.str()),
                                     fmt::format("\"{}\" is not a number, range, date or recognised qualitative phrase", q.str())});
  }
  for (const std::string_view a : approximate_suffixes)
    if (n.find(a) != std::string::npos) return text_value(std::move(v), approximate(q));
  return text_value(std::move(v), not_a_number(q));
}

IndicatorValue parse_cell(std::string_view text, const Unit* column) {
  IndicatorValue v;
  if (parse_simple_number(text, column, v)) return v;
  return parse_cell_in_full(text, column);
}

}  // namespace

bool is_placeholder(std::string_view text) {
  // Placeholders are made of symbols, ASCII and the ideographs of 指标值 / 待定 / 待填 / 待补充 / 略:
  // any other ideograph settles it before any copy (indicator names are long Chinese text).
  constexpr std::u32string_view placeholder_ideographs = U"指标值待定填补充略";
  for (std::size_t i = 0; i < text.size();) {
    const std::int32_t cp = next_code_point(text, i);
    if (cp < 0) return false;
    if (cp >= 0x4E00 && cp <= 0x9FFF && placeholder_ideographs.find(static_cast<char32_t>(cp)) == std::u32string_view::npos)
      return false;
  }
  const Normalized normalized = normalize(text);
  if (normalized.text.empty() || normalized.all_dashes) return false;
  std::string tidied;
  return is_placeholder_text(tidy(normalized.text, tidied));
}

namespace {

/// parse_cell, never throwing anything but bad_alloc: a defect of the parser, not of the cell, is
/// still reported as an unreadable cell. The value's text is left empty for the caller to set.
IndicatorValue parse_cell_guarded(std::string_view text, const Unit& column_unit) {
  try {
    return parse_cell(text, &column_unit);
  } catch (const std::bad_alloc&) {
    throw;
  } catch (...) {
    IndicatorValue v;
    v.kind = ValueKind::text;
    v.note_zh = "无法解析";
    v.note_en = "cannot be parsed";
    return v;
  }
}

}  // namespace

namespace detail {
IndicatorValue parse_indicator_value_in_full(std::string_view text, const Unit& column_unit) {
  IndicatorValue v = parse_cell_in_full(text, &column_unit);
  v.text = std::string(text);
  return v;
}

void parse_cell_in_place(IndicatorValue& cell, const Unit& column_unit) {
  std::string text = std::move(cell.text);
  // The common cells are written straight into the cell (which holds nothing but its text: a
  // plain number fills only the fields it sets); the rest are built whole and moved in.
  if (!parse_simple_number(text, &column_unit, cell)) cell = parse_cell_guarded(text, column_unit);
  cell.text = std::move(text);
}
}  // namespace detail

IndicatorValue parse_indicator_value(std::string_view text) { return parse_indicator_value(text, Unit{}); }

IndicatorValue parse_indicator_value(std::string_view text, const Unit& column_unit) {
  IndicatorValue v = parse_cell_guarded(text, column_unit);
  v.text = std::string(text);
  return v;
}

}  // namespace jixiao
