// jixiao: percentages and rates (百分比、比率), such as 执行率 and 控制率.
#ifndef JIXIAO_PERCENT_HPP
#define JIXIAO_PERCENT_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/money.hpp>

#include <compare>
#include <string>
#include <string_view>

namespace jixiao {

/// A percentage, held as its number of percentage points (72.22 for 72.22%). A distinct type so
/// that a rate is never added to money or to a bare number by mistake; Percent ± Percent is a
/// difference in percentage points.
class Percent {
 public:
  /// 0%.
  constexpr Percent() noexcept = default;

  /// 72.22 → 72.22%.
  static Percent from_points(const Decimal& points) noexcept { return Percent(points); }
  /// 0.7222 → 72.22%, exactly (the scale grows by 2 less any trailing zeros it does not need).
  static Percent from_ratio(const Decimal& ratio);
  /// The explicit percent parser: "12%", "72.22％", "-3.5 %" (the sign is required to be there;
  /// a plain "12" is rejected, as is "12%" by Decimal::parse).
  static Percent parse(std::string_view text);

  /// part ÷ whole × 100, rounded to `scale` places: of(13, 18) = 72.22%. The rounding is applied
  /// once, to the percentage as written, never to an intermediate ratio.
  static Percent of(const Decimal& part, const Decimal& whole, int scale = 2,
                    RoundingMode mode = RoundingMode::half_up);
  static Percent of(const Money& part, const Money& whole, int scale = 2,
                    RoundingMode mode = RoundingMode::half_up) {
    return of(part.yuan(), whole.yuan(), scale, mode);
  }

  /// Percentage points: 72.22.
  const Decimal& points() const noexcept { return points_; }
  /// The bare ratio, exactly: 0.7222.
  Decimal ratio() const;

  Percent round(int scale, RoundingMode mode = RoundingMode::half_up) const {
    return Percent(points_.round(scale, mode));
  }
  int signum() const noexcept { return points_.signum(); }
  Percent operator-() const noexcept { return Percent(-points_); }

  friend Percent operator+(const Percent& a, const Percent& b) { return Percent(a.points_ + b.points_); }
  friend Percent operator-(const Percent& a, const Percent& b) { return Percent(a.points_ - b.points_); }
  /// A share of an amount: 10% of 200万元 = 20万元, exactly.
  friend Money operator*(const Money& amount, const Percent& p) { return amount * p.ratio(); }
  friend Money operator*(const Percent& p, const Money& amount) { return amount * p.ratio(); }

  friend bool operator==(const Percent& a, const Percent& b) noexcept { return a.points_ == b.points_; }
  friend std::weak_ordering operator<=>(const Percent& a, const Percent& b) noexcept {
    return a.points_ <=> b.points_;
  }

  /// "72.22%" (the value's own scale, or `scale` places rounded half-up).
  std::string to_string(int scale = -1) const;

 private:
  explicit Percent(const Decimal& points) noexcept : points_(points) {}
  Decimal points_;
};

}  // namespace jixiao

#endif  // JIXIAO_PERCENT_HPP
