// The figures a narrative report states, read with a small grammar (docs/narrative.md).
//
// The text is decoded once into a "clean" sequence of code points: spaces and single line breaks
// dropped, a blank line kept as a paragraph mark, full-width ASCII forms (（）：；％１２ …) folded to
// ASCII except the full-width comma, which stays a clause delimiter. Every code point remembers its
// byte offset, so claims point back into the original text.
#include <jixiao/narrative_claims.hpp>

#include "figure_kind.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao {
namespace {

constexpr char32_t kPara = 0x2029;       // a paragraph break (blank line)
constexpr char32_t kWideComma = 0xFF0C;  // ，

struct Ch {
  char32_t c;
  std::size_t off;  // byte offset in the text
  std::size_t len;  // byte length (0 for the paragraph mark)
};
using Text = std::vector<Ch>;

std::pair<char32_t, std::size_t> decode_at(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  std::size_t n = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    cp = b0 & 0x1Fu;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    cp = b0 & 0x0Fu;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    cp = b0 & 0x07u;
  } else {
    return {0xFFFD, 1};
  }
  if (i + n > s.size()) return {0xFFFD, 1};
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return {0xFFFD, 1};
  return {cp, n};
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (const char32_t c : s) append_utf8(out, c);
  return out;
}

bool is_space(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == 0x3000 || c == 0xA0;
}

char32_t fold(char32_t c) noexcept {
  if (c >= 0xFF01 && c <= 0xFF5E && c != kWideComma) return c - 0xFEE0;  // （）：；％１２． …
  if (c == 0x2212 || c == 0x2013) return '-';                            // minus sign, en dash
  if (c == 0xFF61) return U'。';                                         // half-width full stop
  return c;
}

Text clean(std::string_view s) {
  Text out;
  out.reserve(s.size() / 2);
  std::size_t i = 0;
  while (i < s.size()) {
    auto [c, n] = decode_at(s, i);
    if (is_space(c) || c == '\n') {
      // A run of white space is dropped; with two line breaks in it, it is a paragraph break.
      const std::size_t start = i;
      int newlines = 0;
      while (i < s.size()) {
        const auto [c2, n2] = decode_at(s, i);
        if (c2 == '\n')
          ++newlines;
        else if (!is_space(c2))
          break;
        i += n2;
      }
      if (newlines >= 2 && !out.empty()) out.push_back({kPara, start, 0});
      continue;
    }
    out.push_back({fold(c), i, n});
    i += n;
  }
  return out;
}

bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char32_t c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_terminator(char32_t c) noexcept { return c == U'。' || c == '!' || c == '?' || c == kPara; }
bool is_comma(char32_t c) noexcept { return c == ',' || c == kWideComma; }
/// Ends a label going backwards and separates list items.
bool is_delim(char32_t c) noexcept { return is_comma(c) || c == U'、' || c == ';' || c == ':' || is_terminator(c); }
bool is_range_char(char32_t c) noexcept { return c == '-' || c == '~' || c == U'—' || c == U'至' || c == U'到'; }

bool match(const Text& t, std::size_t i, std::size_t end, std::u32string_view w) noexcept {
  if (i > end || end - i < w.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if (t[i + k].c != w[k]) return false;
  return true;
}

std::u32string u32(const Text& t, std::size_t b, std::size_t e) {
  std::u32string s;
  for (std::size_t i = b; i < e; ++i)
    if (t[i].c != kPara) s += t[i].c;
  return s;
}

bool starts_with(std::u32string_view s, std::u32string_view w) noexcept { return s.substr(0, w.size()) == w; }
bool ends_with(std::u32string_view s, std::u32string_view w) noexcept {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

// ---- number + unit ---------------------------------------------------------------------------

struct UnitSpelling {
  std::u32string_view text;
  std::string_view name;
};
// Longest first where one is a prefix of another.
constexpr std::array<UnitSpelling, 13> kUnits{{{U"个百分点", "百分点"},
                                               {U"百分点", "百分点"},
                                               {U"万元", "万元"},
                                               {U"亿元", "亿元"},
                                               {U"元", "元"},
                                               {U"人次", "人次"},
                                               {U"人", "人"},
                                               {U"名", "名"},
                                               {U"个", "个"},
                                               {U"件", "件"},
                                               {U"次", "次"},
                                               {U"项", "项"},
                                               {U"%", "%"}}};

using Dim = detail::FigureKind;
constexpr Dim dim_of(std::string_view unit) noexcept { return detail::figure_kind(unit); }

enum class Role { plain, difference, share, reference, whole };

struct Fig {
  std::size_t begin = 0;  // clean index of the first digit
  std::size_t end = 0;    // after the unit
  Decimal value;
  std::string unit;
  std::size_t label_begin = 0;
  std::u32string raw;    // the words before it, untrimmed
  std::u32string label;  // trimmed
  int year = 0;
  long paren = -1;  // innermost enclosing parenthesis (clean index of its '('), -1 for none
  Role role = Role::plain;
  int direction = 0;
  std::u32string reference;
  long base = -1;   // difference: earlier figure; share: the part
  long other = -1;  // difference: later figure; share: the whole
  std::u32string whole_words;
  long list = -1;  // the breakdown it is a part of
};

bool preceded_by(const Text& t, std::size_t b, std::size_t i, std::u32string_view w) noexcept {
  return i >= b + w.size() && match(t, i - w.size(), i, w);
}

/// Numbers followed by a unit, in [b, e). Skips ordinals (第3次), approximations (约20人, 20余次,
/// 5万元以上), ranges (1%-3%, 3至5人), rates (200元/人) and 3个月.
std::vector<Fig> scan_figs(const Text& t, std::size_t b, std::size_t e) {
  std::vector<Fig> figs;
  bool skip_next = false;
  std::size_t i = b;
  while (i < e) {
    // Not inside a number, and not glued to a Latin word ("G20"; "A 60万元" is a label and a figure).
    if (!is_digit(t[i].c) || (i > b && (is_digit(t[i - 1].c) || t[i - 1].c == '.' ||
                                        (is_ascii_alpha(t[i - 1].c) && t[i - 1].off + t[i - 1].len == t[i].off)))) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    std::string num;
    std::size_t j = i;
    while (j < e && is_digit(t[j].c)) num += static_cast<char>(t[j++].c);
    while (j + 3 < e && t[j].c == ',' && is_digit(t[j + 1].c) && is_digit(t[j + 2].c) && is_digit(t[j + 3].c) &&
           !(j + 4 < e && is_digit(t[j + 4].c))) {
      num += ',';
      for (std::size_t k = 1; k <= 3; ++k) num += static_cast<char>(t[j + k].c);
      j += 4;
    }
    if (j + 1 < e && t[j].c == '.' && is_digit(t[j + 1].c)) {
      num += '.';
      ++j;
      while (j < e && is_digit(t[j].c)) num += static_cast<char>(t[j++].c);
    }
    std::size_t u = j;
    std::string unit;
    for (const UnitSpelling& s : kUnits) {
      if (match(t, u, e, s.text)) {
        unit = s.name;
        u += s.text.size();
        break;
      }
    }
    bool skip = skip_next;
    skip_next = false;
    if (u + 1 < e && is_range_char(t[u].c) && is_digit(t[u + 1].c)) {  // "1%-3%", "1-3人": both ends
      skip = true;
      skip_next = true;
    }
    i = u;
    if (skip || unit.empty()) continue;
    if (start > b && t[start - 1].c == U'第') continue;
    static constexpr std::array<std::u32string_view, 8> before{U"约",   U"近",   U"逾",   U"超过",
                                                               U"不足", U"不到", U"大约", U"将近"};
    if (std::any_of(before.begin(), before.end(), [&](auto w) { return preceded_by(t, b, start, w); })) continue;
    static constexpr std::array<std::u32string_view, 5> after{U"以上", U"以下", U"左右", U"/", U"每"};
    if (std::any_of(after.begin(), after.end(), [&](auto w) { return match(t, u, e, w); })) continue;
    if (unit == "个" && (match(t, u, e, U"月") || match(t, u, e, U"季度") || match(t, u, e, U"工作日") ||
                         match(t, u, e, U"小时") || match(t, u, e, U"星期")))
      continue;
    if (unit == "项" && match(t, u, e, U"目")) continue;
    const std::optional<Decimal> value = Decimal::try_parse(num);
    if (!value) continue;
    Fig f;
    f.begin = start;
    f.end = u;
    f.value = *value;
    f.unit = unit;
    figs.push_back(std::move(f));
  }
  return figs;
}

/// A year "2024年" at u32 position i of s (four digits not part of a longer number), or 0.
int year_at(std::u32string_view s, std::size_t i) noexcept {
  if (i + 5 > s.size() || (i > 0 && is_digit(s[i - 1]))) return 0;
  int y = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    if (!is_digit(s[i + k])) return 0;
    y = y * 10 + static_cast<int>(s[i + k] - '0');
  }
  return s[i + 4] == U'年' && y >= 1900 && y <= 2100 ? y : 0;
}

int first_year(std::u32string_view s) noexcept {
  for (std::size_t i = 0; i + 5 <= s.size(); ++i)
    if (const int y = year_at(s, i)) return y;
  return 0;
}

// ---- labels ----------------------------------------------------------------------------------

bool strip_prefix(std::u32string& s, std::u32string_view w) {
  if (!starts_with(s, w)) return false;
  s.erase(0, w.size());
  return true;
}
bool strip_suffix(std::u32string& s, std::u32string_view w) {
  if (!ends_with(s, w)) return false;
  s.erase(s.size() - w.size());
  return true;
}

/// "2024年", "2024年度", "2024年12月31日", "截至2024年12月" at the start.
bool strip_date(std::u32string& s) {
  std::size_t i = 0;
  if (starts_with(s, U"截至") || starts_with(s, U"截止")) i = 2;
  if (!year_at(s, i)) return false;
  i += 5;
  if (i < s.size() && s[i] == U'度') ++i;
  auto number_then = [&](char32_t unit) {
    std::size_t k = i;
    while (k < s.size() && k - i < 2 && is_digit(s[k])) ++k;
    if (k > i && k < s.size() && s[k] == unit) i = k + 1;
  };
  number_then(U'月');
  number_then(U'日');
  s.erase(0, i);
  return true;
}

std::u32string trim_label(std::u32string s, bool after_figure) {
  static constexpr std::array<std::u32string_view, 13> leading{U"其中", U"包含",   U"包括", U"含",   U"以及",
                                                               U"另有", U"共计",   U"共有", U"累计", U"合计",
                                                               U"总计", U"分别为", U"分别"};
  static constexpr std::array<std::u32string_view, 4> joining{U"以及", U"和", U"及", U"与"};
  if (after_figure)
    for (auto w : joining)
      if (strip_prefix(s, w)) break;
  for (bool changed = true; changed;) {
    changed = strip_prefix(s, U":") || strip_date(s);
    for (auto w : leading) changed = strip_prefix(s, w) || changed;
  }
  // "全年累计向市委编办申请用编" → "向市委编办申请用编"
  std::size_t cut = std::u32string::npos;
  for (std::u32string_view w : {U"累计", U"共计", U"合计", U"总计"}) {
    const std::size_t p = s.rfind(w);
    if (p != std::u32string::npos && p + w.size() < s.size() && (cut == std::u32string::npos || p + w.size() > cut))
      cut = p + w.size();
  }
  if (cut != std::u32string::npos) s.erase(0, cut);
  static constexpr std::array<std::u32string_view, 11> trailing{U"总计", U"合计", U"共计", U"累计", U"分别为", U"分别",
                                                                U"达到", U"为",   U"达",   U"约",   U":"};
  for (bool changed = true; changed;) {
    changed = false;
    for (auto w : trailing) changed = strip_suffix(s, w) || changed;
    if (ends_with(s, U"共") && !ends_with(s, U"公共")) changed = strip_suffix(s, U"共") || changed;
  }
  return s;
}

// ---- differences and shares ------------------------------------------------------------------

struct Verb {
  std::u32string_view text;
  int direction;
};
constexpr std::array<Verb, 11> kVerbs{{{U"增加", 1},
                                       {U"增长", 1},
                                       {U"提高", 1},
                                       {U"上升", 1},
                                       {U"减少", -1},
                                       {U"下降", -1},
                                       {U"降低", -1},
                                       {U"节约", -1},
                                       {U"缩减", -1},
                                       {U"多", 1},
                                       {U"少", -1}}};

struct Marker {
  bool found = false;
  std::u32string subject;    // the words before the marker: "支出" in "支出较上年减少"
  std::u32string reference;  // "上年"
};

std::u32string clean_reference(std::u32string r) {
  for (bool changed = true; changed;) {
    changed = false;
    for (std::u32string_view w : {U"的", U"而言", U"来说", U"相比", U"相较", U","})
      changed = strip_suffix(r, w) || changed;
  }
  return r;
}

/// 较X / 比X / 与X相比 / 同比 / 环比 in `head` (the words before the verb).
Marker find_marker(const std::u32string& head) {
  Marker m;
  if (const std::size_t p = head.find(U"同比"); p != std::u32string::npos)
    return {true, head.substr(0, p), U"上年同期"};
  if (const std::size_t p = head.find(U"环比"); p != std::u32string::npos) return {true, head.substr(0, p), U"上期"};
  if (const std::size_t p = head.find(U"相比"); p != std::u32string::npos) {
    std::size_t s = std::u32string::npos;
    for (std::size_t k = 0; k < p; ++k)
      if (head[k] == U'与' || head[k] == U'同' || head[k] == U'和' || head[k] == U'跟') s = k;
    if (s != std::u32string::npos) return {true, head.substr(0, s), clean_reference(head.substr(s + 1, p - s - 1))};
    return {true, head.substr(0, p), clean_reference(head.substr(p + 2))};
  }
  static constexpr std::u32string_view not_after_jiao = U"好大高低为快慢强弱差";
  static constexpr std::u32string_view not_after_bi = U"例重率值较";
  static constexpr std::u32string_view not_before_bi = U"占对评排相";
  for (std::size_t k = 0; k < head.size(); ++k) {
    const char32_t c = head[k];
    const char32_t next = k + 1 < head.size() ? head[k + 1] : 0;
    const char32_t prev = k > 0 ? head[k - 1] : 0;
    if (c == U'较' && next != 0 && not_after_jiao.find(next) == std::u32string_view::npos)
      return {true, head.substr(0, k), clean_reference(head.substr(k + 1))};
    if (c == U'比' && next != 0 && not_after_bi.find(next) == std::u32string_view::npos &&
        not_before_bi.find(prev) == std::u32string_view::npos)
      return {true, head.substr(0, k), clean_reference(head.substr(k + 1))};
  }
  return m;
}

/// The words after 占 that name the whole: "总支出" in "占总支出的", "" in "占比".
std::u32string whole_words_of(std::u32string w) {
  for (bool changed = true; changed;) {
    changed = false;
    for (std::u32string_view x : {U"了", U"为", U"达", U"是", U"的比重", U"的比例", U"比重", U"比例", U"之比", U"的"})
      changed = strip_suffix(w, x) || changed;
  }
  if (w == U"比") w.clear();
  return w;
}

// ---- sentences -------------------------------------------------------------------------------

struct Span {
  std::size_t b = 0, e = 0;   // clean indices of the sentence's content
  std::size_t quote_end = 0;  // clean index after the last character quoted (its terminator included)
};

bool contains(const Text& t, std::size_t b, std::size_t e, std::u32string_view w) {
  for (std::size_t i = b; i < e; ++i)
    if (match(t, i, e, w)) return true;
  return false;
}

/// Whether a ；-segment continues the breakdown opened before it (docs/narrative.md, "sentences").
bool continues_list(const Text& t, std::size_t cb, std::size_t ce, std::size_t sb, std::size_t se) {
  bool open = contains(t, cb, ce, U"其中");
  if (!open)
    for (const Fig& f : scan_figs(t, cb, ce))
      if (f.end < ce && t[f.end].c == ':') open = true;
  if (!open || contains(t, sb, se, U"其中")) return false;
  if (year_at(u32(t, sb, std::min(se, sb + 6)), 0)) return false;
  std::size_t first_delim = se;
  for (std::size_t i = sb; i < se; ++i)
    if (is_delim(t[i].c) || t[i].c == '(') {
      first_delim = i;
      break;
    }
  const std::vector<Fig> figs = scan_figs(t, sb, se);
  return !figs.empty() && figs.front().begin < first_delim;
}

std::vector<Span> sentences(const Text& t) {
  std::vector<Span> out;
  std::size_t start = 0;
  auto finish = [&](std::size_t end, std::size_t quote_end) {
    // Split at top-level ；, then merge the segments that continue a breakdown.
    std::vector<std::pair<std::size_t, std::size_t>> segments;
    int depth = 0;
    std::size_t s = start;
    for (std::size_t i = start; i < end; ++i) {
      if (t[i].c == '(') ++depth;
      if (t[i].c == ')' && depth > 0) --depth;
      if (t[i].c == ';' && depth == 0) {
        segments.emplace_back(s, i);
        s = i + 1;
      }
    }
    segments.emplace_back(s, end);
    std::size_t cb = segments[0].first, ce = segments[0].second;
    for (std::size_t k = 1; k < segments.size(); ++k) {
      const auto [sb, se] = segments[k];
      if (continues_list(t, cb, ce, sb, se)) {
        ce = se;
      } else {
        if (ce > cb) out.push_back({cb, ce, ce + 1});
        cb = sb;
        ce = se;
      }
    }
    if (ce > cb) out.push_back({cb, ce, quote_end});
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!is_terminator(t[i].c)) continue;
    if (i > start) finish(i, t[i].c == kPara ? i : i + 1);
    start = i + 1;
  }
  if (start < t.size()) finish(t.size(), t.size());
  return out;
}

std::string original(std::string_view text, const Text& t, std::size_t b, std::size_t e) {
  if (e <= b) return {};
  const std::size_t from = t[b].off;
  std::size_t last = e - 1;
  while (last > b && t[last].c == kPara) --last;
  return std::string(text.substr(from, t[last].off + t[last].len - from));
}

// ---- one sentence ----------------------------------------------------------------------------

struct List {
  std::size_t total = 0;
  long level = -1;  // the parenthesis its parts sit in (-1: none)
  std::vector<std::size_t> parts;
  bool partial = false;
};

class SentenceReader {
 public:
  SentenceReader(std::string_view text, const Text& t, const Span& s) : t_(t), b_(s.b), e_(s.e) {
    sentence_ = original(text, t, s.b, s.quote_end);
    offset_ = t[s.b].off;
    year_ = first_year(u32(t, b_, e_));
  }

  void read(std::vector<Claim>& out) {
    parentheses();
    figures();
    for (std::size_t i = 0; i < figs_.size(); ++i) role(i);
    lists();
    for (std::size_t i = 0; i < figs_.size(); ++i)
      if (figs_[i].role == Role::share && figs_[i].other < 0) resolve_whole(i);
    emit(out);
  }

 private:
  void parentheses() {
    const std::size_t n = e_ - b_;
    open_.assign(n, -1);
    std::vector<std::size_t> stack;
    for (std::size_t i = b_; i < e_; ++i) {
      open_[i - b_] = stack.empty() ? -1 : static_cast<long>(stack.back());
      if (t_[i].c == '(') {
        parents_.emplace_back(i, stack.empty() ? -1 : static_cast<long>(stack.back()));
        stack.push_back(i);
        open_[i - b_] = static_cast<long>(i);  // the '(' belongs to its own group
      } else if (t_[i].c == ')' && !stack.empty()) {
        close_to_open_.emplace_back(i, stack.back());
        stack.pop_back();
      }
    }
  }

  long matching_open(std::size_t close) const {
    for (const auto& [c, o] : close_to_open_)
      if (c == close) return static_cast<long>(o);
    return -1;
  }

  long parent_of(std::size_t open) const {
    for (const auto& [o, p] : parents_)
      if (o == open) return p;
    return -1;
  }

  /// A parenthesis that opens right after a figure with 含/包含/包括/其中 is that figure's breakdown;
  /// any other parenthesis is a note, and the figures in it are not read.
  bool is_list_paren(std::size_t open, const std::vector<Fig>& all) const {
    std::size_t k = open + 1;
    bool keyword = false;
    for (std::u32string_view w : {U"含", U"包含", U"包括", U"其中"})
      if (match(t_, k, e_, w)) keyword = true;
    if (!keyword) return false;
    return std::any_of(all.begin(), all.end(), [&](const Fig& f) { return f.end == open; });
  }

  bool in_note(std::size_t i, const std::vector<Fig>& all) const {
    for (long p = open_[i - b_]; p >= 0; p = parent_of(static_cast<std::size_t>(p)))
      if (!is_list_paren(static_cast<std::size_t>(p), all)) return true;
    return false;
  }

  void figures() {
    const std::vector<Fig> all = scan_figs(t_, b_, e_);
    for (const Fig& f : all)
      if (!in_note(f.begin, all)) figs_.push_back(f);
    for (const Fig& f : all)
      if (f.end < e_ && t_[f.end].c == '(' && is_list_paren(f.end, all)) list_parens_.push_back(f.end);
    for (std::size_t i = 0; i < figs_.size(); ++i) {
      Fig& f = figs_[i];
      f.paren = open_[f.begin - b_];
      const std::size_t floor = i > 0 ? std::max(b_, figs_[i - 1].end) : b_;
      std::size_t k = f.begin;
      while (k > floor) {
        const char32_t c = t_[k - 1].c;
        if (is_delim(c) || c == '(') break;
        if (c == ')') {
          const long o = matching_open(k - 1);
          if (o < 0 || static_cast<std::size_t>(o) < floor) break;
          k = static_cast<std::size_t>(o);
          continue;
        }
        --k;
      }
      f.label_begin = k;
      f.raw = u32(t_, k, f.begin);
      f.label = trim_label(f.raw, i > 0 && k == figs_[i - 1].end);
      f.year = 0;
      for (std::size_t p = 0; p + 5 <= f.raw.size() && !f.year; ++p) f.year = year_at(f.raw, p);
      if (!f.year) f.year = year_;
    }
  }

  /// Whether only commas and enumeration commas stand between clean indices a and b.
  bool only_delims(std::size_t a, std::size_t b, int max) const {
    int n = 0;
    for (std::size_t i = a; i < b; ++i) {
      if (!is_comma(t_[i].c) && t_[i].c != U'、' && t_[i].c != ';') return false;
      ++n;
    }
    return n <= max;
  }

  /// The plain figure right before clean index `pos` (with at most `max` delimiters between).
  long adjacent_plain(std::size_t before_index, std::size_t pos, int max) const {
    if (before_index == 0) return -1;
    const Fig& g = figs_[before_index - 1];
    if (g.role != Role::plain || !only_delims(g.end, pos, max)) return -1;
    return static_cast<long>(before_index - 1);
  }

  /// The nearest earlier plain figure whose label ends with `words`.
  long labelled(std::size_t before_index, std::u32string words) const {
    strip_prefix(words, U"总");
    if (words.empty()) return -1;
    for (std::size_t k = before_index; k-- > 0;)
      if (figs_[k].role == Role::plain && ends_with(figs_[k].label, words)) return static_cast<long>(k);
    return -1;
  }

  void role(std::size_t i) {
    Fig& f = figs_[i];
    std::u32string pre = f.raw;
    while (strip_suffix(pre, U"了") || strip_suffix(pre, U"达")) {
    }
    for (const Verb& v : kVerbs) {
      if (!ends_with(pre, v.text)) continue;
      const std::u32string head = pre.substr(0, pre.size() - v.text.size());
      Marker m = find_marker(head);
      long base = -1;
      std::size_t anchor = f.label_begin;  // where the comparison starts
      std::size_t anchor_index = i;
      if (!m.found && head.empty() && i > 0 && figs_[i - 1].end == f.label_begin) {
        // "较上年的0.26万元增加1.74万元": the figure before the verb is the base.
        Fig& q = figs_[i - 1];
        const Marker qm = find_marker(q.raw);
        if (qm.found && q.role == Role::plain) {
          m = qm;
          base = static_cast<long>(i - 1);
          anchor = q.label_begin;
          anchor_index = i - 1;
        }
      }
      if (!m.found && head.empty() && f.label_begin > b_ && is_comma(t_[f.label_begin - 1].c)) {
        // "与上年相比，增加12万元": the comparison is the clause before.
        std::size_t k = f.label_begin - 1;
        const std::size_t floor = i > 0 ? std::max(b_, figs_[i - 1].end) : b_;
        while (k > floor && !is_delim(t_[k - 1].c) && t_[k - 1].c != '(') --k;
        const std::u32string clause = u32(t_, k, f.label_begin - 1);
        const Marker cm = find_marker(clause);
        if (cm.found) {
          m = cm;
          anchor = k;
        }
      }
      if (!m.found && !(head.empty() && v.text.size() > 1)) return;  // "最多5人" is not a difference
      f.role = Role::difference;
      f.direction = v.direction;
      f.reference = m.reference;
      if (base >= 0) {
        figs_[static_cast<std::size_t>(base)].role = Role::reference;
        f.base = base;
      }
      if (m.subject.empty()) f.other = adjacent_plain(anchor_index, anchor, 2);
      return;
    }
    if (f.unit != "%") return;
    std::size_t zhan = pre.find(U'占');
    long part_anchor_index = static_cast<long>(i);
    std::size_t anchor = f.label_begin;
    std::u32string subject;
    if (zhan != std::u32string::npos) {
      f.whole_words = whole_words_of(pre.substr(zhan + 1));
      subject = pre.substr(0, zhan);
    } else {
      // "占全年预算211.34万元的73.8%": the figure before names the whole.
      const std::u32string rest = whole_words_of(pre);
      if (!rest.empty() || i == 0 || figs_[i - 1].end != f.label_begin) return;
      Fig& q = figs_[i - 1];
      zhan = q.raw.find(U'占');
      if (zhan == std::u32string::npos || q.role != Role::plain || dim_of(q.unit) == Dim::percent) return;
      q.role = Role::whole;
      f.other = static_cast<long>(i - 1);
      f.whole_words = q.raw.substr(zhan + 1);
      subject = q.raw.substr(0, zhan);
      part_anchor_index = static_cast<long>(i - 1);
      anchor = q.label_begin;
    }
    f.role = Role::share;
    const std::size_t ai = static_cast<std::size_t>(part_anchor_index);
    f.base = subject.empty() ? adjacent_plain(ai, anchor, 1) : labelled(ai, subject);
  }

  void lists() {
    std::vector<List> stack;
    auto close_top = [&] {
      lists_.push_back(std::move(stack.back()));
      stack.pop_back();
    };
    std::size_t next = 0;
    for (std::size_t i = b_; i < e_; ++i) {
      if (next < figs_.size() && i == figs_[next].begin) {
        on_figure(next, stack, close_top);
        i = figs_[next].end - 1;
        ++next;
        continue;
      }
      const char32_t c = t_[i].c;
      if (c == ';') {  // ends the lists opened inside the current one ("行政编总计73人：…；事业编…")
        const long level = open_[i - b_];
        while (stack.size() >= 2 && stack.back().level == level && stack[stack.size() - 2].level == level) close_top();
      } else if (c == ')') {
        const long o = matching_open(i);
        while (o >= 0 && !stack.empty() && stack.back().level == o) close_top();
      }
    }
    while (!stack.empty()) close_top();
    std::stable_sort(lists_.begin(), lists_.end(), [](const List& a, const List& b) { return a.total < b.total; });
    for (std::size_t l = 0; l < lists_.size(); ++l)
      for (const std::size_t p : lists_[l].parts) figs_[p].list = static_cast<long>(l);
  }

  template <class Close>
  void on_figure(std::size_t fi, std::vector<List>& stack, Close& close_top) {
    const Fig& f = figs_[fi];
    if (f.role != Role::plain) return;
    long added_to = -1;
    if (!stack.empty() && stack.back().level == f.paren && dim_of(f.unit) == dim_of(figs_[stack.back().total].unit)) {
      stack.back().parts.push_back(fi);
      added_to = static_cast<long>(stack.size() - 1);
    }
    if (f.end < e_ && t_[f.end].c == U'等' && added_to >= 0) stack[static_cast<std::size_t>(added_to)].partial = true;
    const Dim d = dim_of(f.unit);
    if (d != Dim::money && d != Dim::count) return;
    const std::size_t j = f.end;
    if (j < e_ && t_[j].c == ':') {
      stack.push_back({fi, f.paren, {}, false});
    } else if (j < e_ && t_[j].c == '(' &&
               std::find(list_parens_.begin(), list_parens_.end(), j) != list_parens_.end()) {
      stack.push_back({fi, static_cast<long>(j), {}, false});
    } else {
      std::size_t k = j;
      if (k < e_ && is_comma(t_[k].c)) ++k;
      if (!match(t_, k, e_, U"其中")) return;
      if (added_to >= 0 && static_cast<std::size_t>(added_to) + 1 == stack.size() && stack.back().parts.size() > 1) {
        // A second breakdown in the sentence: "收入…，其中…，支出90万元，其中…".
        stack.back().parts.pop_back();
        close_top();
      }
      List l{fi, f.paren, {}, false};
      std::size_t m = k + 2;
      if (m < e_ && t_[m].c == ':') ++m;
      if (match(t_, m, e_, U"主要")) l.partial = true;
      stack.push_back(std::move(l));
    }
  }

  void resolve_whole(std::size_t i) {
    Fig& s = figs_[i];
    if (s.base < 0) return;
    const Fig& part = figs_[static_cast<std::size_t>(s.base)];
    std::u32string core = s.whole_words;
    strip_prefix(core, U"全部");
    strip_prefix(core, U"总");
    if (part.list >= 0) {
      const List& l = lists_[static_cast<std::size_t>(part.list)];
      const Fig& total = figs_[l.total];
      if (core.empty() || starts_with(s.whole_words, U"总") || core == U"额" || core == U"数" || core == U"计" ||
          s.whole_words == U"合计" || ends_with(total.label, core)) {
        s.other = static_cast<long>(l.total);
        return;
      }
    }
    s.other = labelled(static_cast<std::size_t>(s.base), core);
  }

  StatedFigure stated(const Fig& f) const {
    return StatedFigure{utf8(f.label), f.value, f.unit, t_[f.begin].off, f.year};
  }

  Claim claim(ClaimKind kind, const Fig& f) const {
    Claim c;
    c.kind = kind;
    c.sentence = sentence_;
    c.offset = offset_;
    c.figure = stated(f);
    return c;
  }

  void emit(std::vector<Claim>& out) const {
    const std::size_t first = out.size();
    for (const Fig& f : figs_) {
      switch (f.role) {
        case Role::plain: out.push_back(claim(ClaimKind::amount, f)); break;
        case Role::difference: {
          Claim c = claim(ClaimKind::difference, f);
          c.direction = f.direction;
          c.reference = utf8(f.reference);
          if (f.base >= 0) {
            c.base = stated(figs_[static_cast<std::size_t>(f.base)]);
            c.base->label = c.reference;
          }
          if (f.other >= 0) c.other = stated(figs_[static_cast<std::size_t>(f.other)]);
          out.push_back(std::move(c));
          break;
        }
        case Role::share: {
          Claim c = claim(ClaimKind::share, f);
          c.figure.label = utf8(U"占" + f.whole_words);
          if (f.base >= 0) c.base = stated(figs_[static_cast<std::size_t>(f.base)]);
          if (f.other >= 0) {
            const Fig& w = figs_[static_cast<std::size_t>(f.other)];
            c.other = stated(w);
            if (w.role == Role::whole) c.other->label = utf8(whole_words_of(f.whole_words));
          }
          out.push_back(std::move(c));
          break;
        }
        case Role::reference:
        case Role::whole: break;
      }
    }
    for (const List& l : lists_) {
      if (l.parts.empty()) continue;
      Claim c = claim(ClaimKind::breakdown, figs_[l.total]);
      c.partial = l.partial;
      for (const std::size_t p : l.parts) c.parts.push_back(stated(figs_[p]));
      out.push_back(std::move(c));
    }
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [](const Claim& a, const Claim& b) {
      return a.figure.offset != b.figure.offset ? a.figure.offset < b.figure.offset
                                                : static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
  }

  const Text& t_;
  std::size_t b_, e_;
  std::string sentence_;
  std::size_t offset_ = 0;
  int year_ = 0;
  std::vector<long> open_;  // per clean index of the sentence: the innermost enclosing '(' (or itself)
  std::vector<std::pair<std::size_t, std::size_t>> close_to_open_;
  std::vector<std::pair<std::size_t, long>> parents_;
  std::vector<std::size_t> list_parens_;
  std::vector<Fig> figs_;
  std::vector<List> lists_;
};

// ---- grades ----------------------------------------------------------------------------------

struct GradeWord {
  std::u32string_view text;
  std::string_view grade;
};
constexpr std::array<GradeWord, 9> kGradeWords{{{U"优秀", "优"},
                                                {U"良好", "良"},
                                                {U"中等", "中"},
                                                {U"一般", "中"},
                                                {U"较差", "差"},
                                                {U"优", "优"},
                                                {U"良", "良"},
                                                {U"中", "中"},
                                                {U"差", "差"}}};

bool is_open_quote(char32_t c) noexcept { return c == U'“' || c == U'「' || c == U'『' || c == '"' || c == '\''; }
bool is_close_quote(char32_t c) noexcept { return c == U'”' || c == U'」' || c == U'』' || c == '"' || c == '\''; }

}  // namespace

std::string canonical_grade(std::string_view word) {
  for (const GradeWord& g : kGradeWords)
    if (utf8(g.text) == word) return std::string(g.grade);
  return std::string(word);
}

std::vector<Claim> extract_claims(std::string_view text) {
  const Text t = clean(text);
  std::vector<Claim> out;
  for (const Span& s : sentences(t)) SentenceReader(text, t, s).read(out);
  return out;
}

std::vector<StatedGrade> extract_grades(std::string_view text) {
  const Text t = clean(text);
  std::vector<StatedGrade> out;
  for (const Span& s : sentences(t)) {
    std::size_t last_word = 0;
    auto try_grade = [&](std::size_t phrase_begin, std::size_t j, bool connected) {
      bool quoted = false;
      if (j < s.e && is_open_quote(t[j].c)) {
        ++j;
        quoted = true;
      }
      for (const GradeWord& g : kGradeWords) {
        if (!match(t, j, s.e, g.text)) continue;
        if (g.text.size() == 1 && !connected && !quoted) return;
        std::size_t k = j + g.text.size();
        if (quoted && k < s.e && is_close_quote(t[k].c)) ++k;
        const bool boundary = k >= s.e || is_delim(t[k].c) || t[k].c == '(' || t[k].c == ')' ||
                              is_close_quote(t[k].c) || match(t, k, s.e, U"等级") || match(t, k, s.e, U"等次") ||
                              match(t, k, s.e, U"级") || match(t, k, s.e, U"档");
        if (!boundary || (last_word != 0 && last_word == j + 1)) return;
        last_word = j + 1;
        std::size_t pb = phrase_begin;
        for (std::u32string_view w : {U"自评", U"评价", U"绩效", U"综合", U"考核", U"整体"})
          if (pb >= s.b + w.size() && match(t, pb - w.size(), pb, w)) {
            pb -= w.size();
            break;
          }
        out.push_back({utf8(g.text), std::string(g.grade), utf8(u32(t, pb, k)), original(text, t, s.b, s.quote_end),
                       t[s.b].off, t[pb].off});
        return;
      }
    };
    for (std::size_t i = s.b; i < s.e; ++i) {
      for (std::u32string_view kw : {U"结果", U"等级", U"等次", U"评级", U"级别"}) {
        if (!match(t, i, s.e, kw)) continue;
        std::size_t j = i + kw.size();
        bool connected = false;
        for (std::u32string_view c : {U"评定为", U"被评为", U"评为", U"定为", U"达到", U"属于", U"为", U"是", U":"})
          if (match(t, j, s.e, c)) {
            j += c.size();
            connected = true;
            break;
          }
        try_grade(i, j, connected);
      }
      for (std::u32string_view kw : {U"自评为", U"评价为", U"评定为", U"被评为"})
        if (match(t, i, s.e, kw)) try_grade(i, i + kw.size(), true);
    }
  }
  return out;
}

}  // namespace jixiao
