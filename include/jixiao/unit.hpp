// jixiao: units of measure of indicator values (计量单位) and their conversions.
#ifndef JIXIAO_UNIT_HPP
#define JIXIAO_UNIT_HPP

#include <jixiao/decimal.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

/// What a unit measures. Values convert only within one dimension, and for `count` only between
/// units of the same counted thing (3 人 is not 3 个; 1.5 万人 is 15000 人). The catalogue is in
/// docs/indicator-values.md.
enum class Dimension {
  none,      ///< no unit written
  count,     ///< 个 人 件 次 项 户 家 所 座 台 套 辆 篇 份 场 批 本 册 名 人次 个数 ...
  length,    ///< 米 (base) 千米/公里 厘米
  area,      ///< 平方米/㎡ (base) 亩 公顷 平方公里
  duration,  ///< 天/日 (base), 小时; 月 and 年 only compare with themselves (a month is not 30 days)
  money,     ///< 元 (base) 万元 亿元
  percent,   ///< % (also 百分比); ‰ = 0.1 %
  mass,      ///< 千克/公斤 (base) 克 吨 斤
  other,     ///< a unit jixiao does not know: compared by name only
};

/// A unit as written, recognised against the catalogue.
struct Unit {
  std::string name;                    ///< canonical spelling: "平方米" for "㎡", "天" for "日"
  Dimension dimension = Dimension::none;
  Decimal to_base = Decimal(1);        ///< factor to the dimension's base unit: 万元 → 10000 (元);
                                       ///< rounded to 38 digits for 亩 (666.666…67) and 小时 (0.041666…67)

  bool empty() const noexcept { return dimension == Dimension::none; }
  friend bool operator==(const Unit& a, const Unit& b) noexcept { return a.name == b.name; }
};

/// The catalogue entry for a unit name ("万元", "㎡", "％", "人次"), or a Unit of Dimension::other
/// carrying the text when the name is unknown; Dimension::none for empty text.
Unit parse_unit(std::string_view text);

/// Whether a value in `from` can be converted to `to` (same dimension, and for count the same
/// counted thing, for other/月/年/周/季度/工作日 the same name). Units of one name always are.
bool convertible(const Unit& from, const Unit& to) noexcept;

/// value (in `from`) expressed in `to`, exactly: 5 万元 → 50000 元; 1500 米 → 1.5 千米. The result
/// keeps at least the scale of `value` (1.5 千米 → 1500.0 米). Empty when not convertible, and also
/// when the exact result does not terminate within 38 digits: factors that are not decimal
/// fractions (亩 = 2000/3 平方米, 小时 = 1/24 天) are applied as exact rationals, so 3 亩 → 2000
/// 平方米 but 1 亩 → 平方米 is empty. Never uses floating point. See docs/indicator-values.md.
std::optional<Decimal> convert(const Decimal& value, const Unit& from, const Unit& to);

}  // namespace jixiao

#endif  // JIXIAO_UNIT_HPP
