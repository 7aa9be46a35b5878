#include <jixiao/percent.hpp>

#include "decimal_internal.hpp"

namespace jixiao {

Percent Percent::from_ratio(const Decimal& ratio) {
  // × 100 exactly: drop two places of scale where there are two, pad the coefficient otherwise.
  const int s = ratio.scale();
  if (s >= 2) return Percent(detail::make(ratio.coefficient(), s - 2));
  return Percent(detail::make(ratio.coefficient(), 0) * detail::make(static_cast<int128>(detail::pow10[2 - s]), 0));
}

Percent Percent::parse(std::string_view text) {
  Decimal points;
  if (const ParseError e = detail::parse_number(text, detail::NumberSyntax::percent, points))
    throw e.to_error(text);
  return Percent(points);
}

Percent Percent::of(const Decimal& part, const Decimal& whole, int scale, RoundingMode mode) {
  // part × 100 ÷ whole in one rounding step: 13 ÷ 18 = 72.22%, never 72.00% from a rounded ratio.
  return Percent((part * 100).divide(whole, scale, mode));
}

Decimal Percent::ratio() const {
  if (points_.scale() + 2 <= Decimal::max_scale) return detail::make(points_.coefficient(), points_.scale() + 2);
  return points_.divide(100, Decimal::max_scale, RoundingMode::unnecessary);
}

std::string Percent::to_string(int scale) const {
  return (scale >= 0 ? points_.round(scale) : points_).to_string() + "%";
}

}  // namespace jixiao
