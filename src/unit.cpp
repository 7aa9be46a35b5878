// Units of measure of indicator values (计量单位): the catalogue and exact conversions.
//
// Every factor is an exact rational num/den to the dimension's base unit. Most are powers of ten;
// 亩 (2000/3 平方米), 小时 (1/24 天), 分钟 (1/1440 天) and 斤 (1/2 千克) are not all decimal
// fractions, so convert() multiplies by num and divides by den, and gives up (empty) when the
// quotient does not terminate within 38 digits. No floating point anywhere.
#include <jixiao/unit.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace jixiao {
namespace {

enum class Family {
  own,        ///< converts only with itself: a count (人, 个) — and its 万/亿 multiples
  dimension,  ///< converts with every unit of the dimension (米 ↔ 千米)
  self_only,  ///< converts only with itself, no multiples: 月 年 周 季度 工作日 (a month is not 30 days)
};

struct Entry {
  std::string_view names;  ///< canonical name first, then the aliases, separated by '|'
  Dimension dimension;
  std::int64_t num;
  std::int64_t den;
  Family family;
};

// The catalogue. Canonical spellings follow GB 3100 (千米, 平方千米, 千克); the everyday names
// (公里, 平方公里, 公斤) are aliases and compare equal to them.
constexpr Entry catalogue[] = {
    // count: each counts its own thing
    {"个", Dimension::count, 1, 1, Family::own},
    {"人", Dimension::count, 1, 1, Family::own},
    {"人次", Dimension::count, 1, 1, Family::own},
    {"名", Dimension::count, 1, 1, Family::own},
    {"件", Dimension::count, 1, 1, Family::own},
    {"次", Dimension::count, 1, 1, Family::own},
    {"项", Dimension::count, 1, 1, Family::own},
    {"户", Dimension::count, 1, 1, Family::own},
    {"户次", Dimension::count, 1, 1, Family::own},
    {"家", Dimension::count, 1, 1, Family::own},
    {"所", Dimension::count, 1, 1, Family::own},
    {"座", Dimension::count, 1, 1, Family::own},
    {"台", Dimension::count, 1, 1, Family::own},
    {"套", Dimension::count, 1, 1, Family::own},
    {"辆", Dimension::count, 1, 1, Family::own},
    {"篇", Dimension::count, 1, 1, Family::own},
    {"份", Dimension::count, 1, 1, Family::own},
    {"场", Dimension::count, 1, 1, Family::own},
    {"场次", Dimension::count, 1, 1, Family::own},
    {"批", Dimension::count, 1, 1, Family::own},
    {"本", Dimension::count, 1, 1, Family::own},
    {"册", Dimension::count, 1, 1, Family::own},
    {"个数", Dimension::count, 1, 1, Family::own},
    {"宗", Dimension::count, 1, 1, Family::own},
    {"起", Dimension::count, 1, 1, Family::own},
    {"期", Dimension::count, 1, 1, Family::own},
    {"条", Dimension::count, 1, 1, Family::own},
    {"张", Dimension::count, 1, 1, Family::own},
    {"处", Dimension::count, 1, 1, Family::own},
    {"间", Dimension::count, 1, 1, Family::own},
    {"棵", Dimension::count, 1, 1, Family::own},
    {"株", Dimension::count, 1, 1, Family::own},
    {"头", Dimension::count, 1, 1, Family::own},
    {"只", Dimension::count, 1, 1, Family::own},
    {"支", Dimension::count, 1, 1, Family::own},
    {"部", Dimension::count, 1, 1, Family::own},
    {"类", Dimension::count, 1, 1, Family::own},
    {"种", Dimension::count, 1, 1, Family::own},
    {"栋", Dimension::count, 1, 1, Family::own},
    {"艘", Dimension::count, 1, 1, Family::own},
    {"架", Dimension::count, 1, 1, Family::own},
    {"块", Dimension::count, 1, 1, Family::own},
    {"笔", Dimension::count, 1, 1, Family::own},
    {"例", Dimension::count, 1, 1, Family::own},
    {"课时", Dimension::count, 1, 1, Family::own},
    // length: 米
    {"米|m", Dimension::length, 1, 1, Family::dimension},
    {"千米|公里|km|\xE3\x8E\x9E", Dimension::length, 1000, 1, Family::dimension},  // ㎞
    {"厘米|cm|\xE3\x8E\x9D", Dimension::length, 1, 100, Family::dimension},         // ㎝
    {"毫米|mm|\xE3\x8E\x9C", Dimension::length, 1, 1000, Family::dimension},        // ㎜
    // area: 平方米
    {"平方米|\xE3\x8E\xA1|m\xC2\xB2|m2|平米", Dimension::area, 1, 1, Family::dimension},  // ㎡ m²
    {"亩", Dimension::area, 2000, 3, Family::dimension},
    {"公顷|hm\xC2\xB2|ha", Dimension::area, 10000, 1, Family::dimension},
    {"平方千米|平方公里|km\xC2\xB2|\xE3\x8E\xA2", Dimension::area, 1000000, 1, Family::dimension},  // ㎢
    // duration: 天
    {"天|日|d", Dimension::duration, 1, 1, Family::dimension},
    {"小时|个小时|h", Dimension::duration, 1, 24, Family::dimension},
    {"分钟", Dimension::duration, 1, 1440, Family::dimension},
    {"周|星期|个星期", Dimension::duration, 1, 1, Family::self_only},
    {"月|个月", Dimension::duration, 1, 1, Family::self_only},
    {"季度|个季度", Dimension::duration, 1, 1, Family::self_only},
    {"年", Dimension::duration, 1, 1, Family::self_only},
    {"工作日|个工作日", Dimension::duration, 1, 1, Family::self_only},
    // money: 元
    {"元|人民币元", Dimension::money, 1, 1, Family::dimension},
    {"千元", Dimension::money, 1000, 1, Family::dimension},
    {"万元", Dimension::money, 10000, 1, Family::dimension},
    {"百万元", Dimension::money, 1000000, 1, Family::dimension},
    {"亿元", Dimension::money, 100000000, 1, Family::dimension},
    // percent: %
    {"%|百分比|百分率", Dimension::percent, 1, 1, Family::dimension},
    {"\xE2\x80\xB0", Dimension::percent, 1, 10, Family::dimension},  // ‰
    // mass: 千克
    {"千克|公斤|kg|\xE3\x8E\x8F", Dimension::mass, 1, 1, Family::dimension},  // ㎏
    {"克|g", Dimension::mass, 1, 1000, Family::dimension},
    {"吨|t", Dimension::mass, 1000, 1, Family::dimension},
    {"斤", Dimension::mass, 1, 2, Family::dimension},
};

/// A unit with everything convert() needs: the exact factor and what it converts with.
struct Info {
  Unit unit;
  std::string family;  ///< units convert when their dimension and family agree
  Decimal num = 1;     ///< to_base = num / den, exactly (integers for the catalogue)
  Decimal den = 1;
  bool known = false;  ///< from the catalogue (or a 万/亿 multiple of a catalogue unit)
};

std::string_view canonical_name(const Entry& e) noexcept { return e.names.substr(0, e.names.find('|')); }

std::string dimension_family(Dimension d) { return "\x01" + std::to_string(static_cast<int>(d)); }

std::string family_of(const Entry& e) {
  return e.family == Family::dimension ? dimension_family(e.dimension) : std::string(canonical_name(e));
}

int decimal_digits(uint128 v) noexcept {
  int n = 1;
  while (v >= 10) {
    v /= 10;
    ++n;
  }
  return n;
}

/// numerator / denominator (denominator > 0) exactly, or empty when the quotient does not terminate
/// within 38 digits. The result has the smallest scale ≥ keep_scale that holds it.
std::optional<Decimal> exact_quotient(const Decimal& numerator, const Decimal& denominator, int keep_scale) {
  // n·10^-s ÷ d·10^-t: only the 2s and 5s of d can give a terminating quotient; what is left (k)
  // must divide n, and then max(2s, 5s) more places than s − t are enough.
  const Decimal den = denominator.strip_trailing_zeros();
  int128 d = den.coefficient();
  if (d <= 0) return std::nullopt;
  int twos = 0;
  int fives = 0;
  while (d % 2 == 0) {
    d /= 2;
    ++twos;
  }
  while (d % 5 == 0) {
    d /= 5;
    ++fives;
  }
  if (numerator.coefficient() % d != 0) return std::nullopt;
  int scale = numerator.scale() - den.scale() + (twos > fives ? twos : fives);
  if (scale < 0) scale = 0;
  if (scale > Decimal::max_scale) scale = Decimal::max_scale;
  try {
    Decimal q = numerator.divide(denominator, scale, RoundingMode::unnecessary).strip_trailing_zeros();
    if (q.scale() < keep_scale) {
      try {
        q = q.round(keep_scale);
      } catch (const Error&) {  // no room to pad: the value itself is right
      }
    }
    return q;
  } catch (const Error&) {
    return std::nullopt;
  }
}

/// to_base for display: exact when num/den terminates, else rounded half up to 38 digits.
Decimal factor_decimal(const Decimal& num, const Decimal& den) {
  if (auto exact = exact_quotient(num, den, 0)) return *exact;
  const Decimal whole = num.divide(den, 0, RoundingMode::down);
  const int int_digits = whole.is_zero() ? 0 : decimal_digits(static_cast<uint128>(whole.coefficient()));
  return num.divide(den, Decimal::max_digits - int_digits);
}

struct Catalogue {
  std::vector<Info> units;
  std::unordered_map<std::string, std::size_t> by_name;  // canonical names and aliases
  std::vector<bool> prefixable;                         // may take 万 / 亿 in front

  Catalogue() {
    for (const Entry& e : catalogue) {
      Info info;
      info.unit.name = std::string(canonical_name(e));
      info.unit.dimension = e.dimension;
      info.unit.to_base = factor_decimal(Decimal(e.num), Decimal(e.den));
      info.family = family_of(e);
      info.num = Decimal(e.num);
      info.den = Decimal(e.den);
      info.known = true;
      const std::size_t index = units.size();
      units.push_back(std::move(info));
      prefixable.push_back(e.family != Family::self_only && e.dimension != Dimension::percent);
      std::string_view names = e.names;
      while (!names.empty()) {
        const std::size_t bar = names.find('|');
        by_name.emplace(std::string(names.substr(0, bar)), index);
        names = bar == std::string_view::npos ? std::string_view{} : names.substr(bar + 1);
      }
    }
  }

  const Info* find(const std::string& name) const {
    const auto it = by_name.find(name);
    return it == by_name.end() ? nullptr : &units[it->second];
  }
};

const Catalogue& the_catalogue() {
  static const Catalogue c;
  return c;
}

/// UTF-8 length of the sequence led by b, or 0 when b cannot lead one.
int lead_length(unsigned char b) noexcept {
  return b < 0x80 ? 1 : (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3 : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
}

/// The unit text with every space removed (U+3000 and U+00A0 included), full-width ASCII folded
/// (％ → %, ｍ → m, ／ → /) and one pair of surrounding brackets dropped: "（个）" → "个".
std::string normalize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    const int len = lead_length(b0);
    bool whole = len > 0 && i + static_cast<std::size_t>(len) <= text.size();
    for (int k = 1; whole && k < len; ++k)
      whole = (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0xC0) == 0x80;
    if (!whole) {  // not UTF-8: kept as it is, byte by byte
      out += text[i++];
      continue;
    }
    const std::string_view ch = text.substr(i, static_cast<std::size_t>(len));
    i += static_cast<std::size_t>(len);
    if (len == 1 && (b0 == ' ' || (b0 >= 0x09 && b0 <= 0x0D))) continue;
    if (ch == "\xC2\xA0" || ch == "\xE3\x80\x80" || ch == "\xEF\xBB\xBF" || ch == "\xE2\x80\x8B") continue;
    if (len == 3 && b0 == 0xEF) {
      const auto b1 = static_cast<unsigned char>(ch[1]);
      const auto b2 = static_cast<unsigned char>(ch[2]);
      const int cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        out += static_cast<char>(cp - 0xFEE0);
        continue;
      }
    }
    if (ch == "\xE3\x80\x90") out += '[';       // 【
    else if (ch == "\xE3\x80\x91") out += ']';  // 】
    else out.append(ch);
  }
  if (out.size() >= 2 && ((out.front() == '(' && out.back() == ')') || (out.front() == '[' && out.back() == ']')))
    out = out.substr(1, out.size() - 2);
  return out;
}

/// Everything about a unit name: the catalogue entry, a 万/亿 multiple of one ("万人次", "万亩"),
/// or an unknown name (Dimension::other).
Info resolve_name(const std::string& name) {
  const Catalogue& c = the_catalogue();
  if (name.empty()) return Info{Unit{}, std::string(), 1, 1, true};
  if (const Info* info = c.find(name)) return *info;
  for (const auto& [prefix, factor] : {std::pair<std::string_view, std::int64_t>{"万", 10000},
                                       std::pair<std::string_view, std::int64_t>{"亿", 100000000}}) {
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const auto it = c.by_name.find(name.substr(prefix.size()));
    if (it == c.by_name.end() || !c.prefixable[it->second]) continue;
    Info info = c.units[it->second];
    info.unit.name = std::string(prefix) + info.unit.name;  // "万平米" → "万平方米"
    info.num = info.num * factor;
    info.unit.to_base = factor_decimal(info.num, info.den);
    return info;
  }
  Info info;
  info.unit = Unit{name, Dimension::other, Decimal(1)};
  info.family = name;
  return info;
}

/// A Unit as handed in: resolved through the catalogue by its name when the catalogue knows the name
/// (so a hand-made {"公里", length, 1000} converts like 千米), else taken at its word.
Info resolve(const Unit& u) {
  Info info = resolve_name(u.name);
  if (info.known && info.unit.dimension == u.dimension) return info;
  info = Info{};
  info.unit = u;
  info.known = false;
  const bool measured = u.dimension != Dimension::none && u.dimension != Dimension::count &&
                        u.dimension != Dimension::other;
  info.family = measured ? dimension_family(u.dimension) : u.name;
  info.num = u.to_base.strip_trailing_zeros();
  info.den = Decimal(1);
  return info;
}

}  // namespace

Unit parse_unit(std::string_view text) { return resolve_name(normalize(text)).unit; }

bool convertible(const Unit& from, const Unit& to) noexcept {
  try {
    if (from.name == to.name && from.dimension == to.dimension) return true;
    const Info a = resolve(from);
    const Info b = resolve(to);
    if (a.unit.dimension != b.unit.dimension) return false;
    if (a.unit.dimension == Dimension::none) return true;
    if (a.unit.dimension == Dimension::other) return a.unit.name == b.unit.name;
    return a.family == b.family && !a.num.is_zero() && !b.num.is_zero();
  } catch (...) {  // only allocation can fail here
    return false;
  }
}

std::optional<Decimal> convert(const Decimal& value, const Unit& from, const Unit& to) {
  if (!convertible(from, to)) return std::nullopt;
  try {
    const Info a = resolve(from);
    const Info b = resolve(to);
    if (a.unit.name == b.unit.name && a.num == b.num && a.den == b.den) return value;
    // value × (a.num / a.den) ÷ (b.num / b.den) = value × a.num × b.den ÷ (a.den × b.num)
    return exact_quotient(value * a.num * b.den, a.den * b.num, value.scale());
  } catch (const Error&) {  // a product of more than 38 digits or scale 38
    return std::nullopt;
  }
}

}  // namespace jixiao
