#include <jixiao/money.hpp>

#include "decimal_internal.hpp"

namespace jixiao {

std::string_view money_unit_name(MoneyUnit unit, Lang lang) noexcept {
  if (unit == MoneyUnit::yuan) return lang == Lang::zh ? "元" : "yuan";
  return lang == Lang::zh ? "万元" : "10k yuan";
}

Money Money::wan_yuan(const Decimal& amount) {
  // Shift the point four places right: scale s becomes s − 4, or 0 with the coefficient padded.
  const int s = amount.scale();
  if (s >= 4) return Money(detail::make(amount.coefficient(), s - 4));
  return Money(detail::make(amount.coefficient(), 0) * detail::make(static_cast<int128>(detail::pow10[4 - s]), 0));
}

Money Money::parse(std::string_view text, MoneyUnit unit) { return in(unit, Decimal::parse(text)); }

Decimal Money::wan_yuan() const {
  if (yuan_.scale() + 4 <= Decimal::max_scale) return detail::make(yuan_.coefficient(), yuan_.scale() + 4);
  // Past scale 38 the last digits cannot be kept; say so rather than drop them.
  return yuan_.divide(10000, Decimal::max_scale, RoundingMode::unnecessary);
}

std::string Money::to_string(MoneyUnit unit, int scale, Lang lang) const {
  const Decimal v = in(unit);
  std::string text = scale >= 0 ? v.round(scale).to_string() : v.to_string();
  text += money_unit_name(unit, lang);
  return text;
}

}  // namespace jixiao
