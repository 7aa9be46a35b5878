// jixiao: amounts of money (金额), kept exactly in 元 and read or written in 元 or 万元.
#ifndef JIXIAO_MONEY_HPP
#define JIXIAO_MONEY_HPP

#include <jixiao/decimal.hpp>

#include <compare>
#include <string>
#include <string_view>

namespace jixiao {

/// The unit an amount is written in. Budget tables use 万元; vouchers and the C API may use 元.
enum class MoneyUnit : int {
  yuan = 0,      ///< 元
  wan_yuan = 1,  ///< 万元 = 10,000 元
};

/// "元" / "万元" (Lang::zh) or "yuan" / "10k yuan" (Lang::en).
std::string_view money_unit_name(MoneyUnit unit, Lang lang = Lang::zh) noexcept;

/// An amount of money (金额). It is a distinct type so that an amount cannot be added to a rate,
/// a score or a bare number by mistake: Money + Money and Money × Decimal compile, Money + Decimal
/// and Money + Percent do not. Conversions between 元 and 万元 are exact (a shift of the point).
class Money {
 public:
  /// 0 元.
  constexpr Money() noexcept = default;

  static Money yuan(const Decimal& amount) noexcept { return Money(amount); }
  /// 209.21 万元 → 2092100 元, exactly. Throws Error(out_of_range) past 38 digits.
  static Money wan_yuan(const Decimal& amount);
  static Money in(MoneyUnit unit, const Decimal& amount) {
    return unit == MoneyUnit::yuan ? yuan(amount) : wan_yuan(amount);
  }
  /// Parses the number with Decimal::parse and reads it in `unit`: parse("209.21", wan_yuan).
  static Money parse(std::string_view text, MoneyUnit unit);

  /// Exact value in 元 (the scale it was given with, less 4 for 万元 input, at least 0).
  const Decimal& yuan() const noexcept { return yuan_; }
  /// Exact value in 万元 (scale of yuan() + 4: 2092100 元 → 209.2100).
  Decimal wan_yuan() const;
  /// Exact value in `unit`.
  Decimal in(MoneyUnit unit) const { return unit == MoneyUnit::yuan ? yuan_ : wan_yuan(); }
  /// Value in `unit` rounded to `scale` places (2 for 万元 tables), 四舍五入 unless told otherwise.
  Decimal in(MoneyUnit unit, int scale, RoundingMode mode = RoundingMode::half_up) const {
    return in(unit).round(scale, mode);
  }

  int signum() const noexcept { return yuan_.signum(); }
  bool is_zero() const noexcept { return yuan_.is_zero(); }
  Money abs() const noexcept { return Money(yuan_.abs()); }
  Money operator-() const noexcept { return Money(-yuan_); }

  Money& operator+=(const Money& o) { yuan_ += o.yuan_; return *this; }
  Money& operator-=(const Money& o) { yuan_ -= o.yuan_; return *this; }
  friend Money operator+(const Money& a, const Money& b) { return Money(a.yuan_ + b.yuan_); }
  friend Money operator-(const Money& a, const Money& b) { return Money(a.yuan_ - b.yuan_); }
  /// Scaling by a bare factor (a count, a ratio) is exact.
  friend Money operator*(const Money& a, const Decimal& factor) { return Money(a.yuan_ * factor); }
  friend Money operator*(const Decimal& factor, const Money& a) { return Money(a.yuan_ * factor); }
  /// a ÷ b as a bare ratio, rounded to `scale` places.
  friend Decimal ratio(const Money& a, const Money& b, int scale,
                       RoundingMode mode = RoundingMode::half_up) {
    return a.yuan_.divide(b.yuan_, scale, mode);
  }

  friend bool operator==(const Money& a, const Money& b) noexcept { return a.yuan_ == b.yuan_; }
  friend std::weak_ordering operator<=>(const Money& a, const Money& b) noexcept {
    return a.yuan_ <=> b.yuan_;
  }

  /// "209.21万元": the amount in `unit` at `scale` places (−1: exact) followed by the unit name.
  std::string to_string(MoneyUnit unit = MoneyUnit::wan_yuan, int scale = 2, Lang lang = Lang::zh) const;

 private:
  explicit Money(const Decimal& yuan) noexcept : yuan_(yuan) {}
  Decimal yuan_;
};

}  // namespace jixiao

#endif  // JIXIAO_MONEY_HPP
