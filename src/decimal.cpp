// Decimal arithmetic: the slow paths of + − × and comparison, rounding, division.
#include "decimal_internal.hpp"

#include <fmt/format.h>

#include <limits>
#include <ostream>

namespace jixiao {
namespace detail {

[[noreturn]] void throw_out_of_range(const char* operation) {
  throw Error(ErrorCode::out_of_range,
              fmt::format("运算“{}”的结果超出范围（最多38位有效数字、38位小数）", operation),
              fmt::format("result of '{}' is out of range (at most 38 significant digits and scale 38)",
                          operation));
}

[[noreturn]] void throw_rounding_necessary(const char* operation) {
  throw Error(ErrorCode::rounding_necessary,
              fmt::format("运算“{}”需要舍入，但舍入方式为 unnecessary（不允许舍入）", operation),
              fmt::format("'{}' would round, but the rounding mode is 'unnecessary'", operation));
}

[[noreturn]] void throw_invalid_scale(int scale, const char* operation) {
  throw Error(ErrorCode::invalid_argument,
              fmt::format("运算“{}”的小数位数 {} 无效（应为 0 至 38）", operation, scale),
              fmt::format("invalid scale {} for '{}' (expected 0 to 38)", scale, operation));
}

Decimal make_checked(uint128 mag, bool negative, int scale, const char* operation) {
  if (mag > max_magnitude) throw_out_of_range(operation);
  const auto c = static_cast<int128>(mag);
  return make(negative ? -c : c, scale);
}

namespace {

/// |c| × 10^k at the larger scale, when it fits in 128 bits.
bool scale_up(int128 c, int k, int128& out) noexcept {
  return !__builtin_mul_overflow(c, static_cast<int128>(pow10[k]), &out);
}

uint512 to_wide(uint128 v) {
  uint512 w = static_cast<std::uint64_t>(v >> 64);
  w <<= 64;
  w |= static_cast<std::uint64_t>(v);
  return w;
}

uint128 from_wide(const uint512& w) {  // caller guarantees w < 2^128
  const auto hi = static_cast<std::uint64_t>(w >> 64);
  const auto lo = static_cast<std::uint64_t>(w & std::numeric_limits<std::uint64_t>::max());
  return (static_cast<uint128>(hi) << 64) | lo;
}

}  // namespace

Decimal add_slow(const Decimal& a, const Decimal& b) {
  const bool a_finer = a.scale() > b.scale();
  const Decimal& fine = a_finer ? a : b;
  const Decimal& coarse = a_finer ? b : a;
  const int k = fine.scale() - coarse.scale();
  int128 aligned = 0;
  int128 total = 0;
  if (scale_up(coarse.coefficient(), k, aligned) &&
      !__builtin_add_overflow(aligned, fine.coefficient(), &total)) {
    return make_checked(magnitude(total), total < 0, fine.scale(), "+");
  }
  // Beyond 128 bits on the way, yet the sum may still fit: (10^38−1)·10 − (10^38−1)·9 does.
  const uint512 c = to_wide(magnitude(coarse.coefficient())) * to_wide(pow10[k]);
  const uint512 f = to_wide(magnitude(fine.coefficient()));
  const bool c_neg = coarse.is_negative();
  const bool f_neg = fine.is_negative();
  uint512 mag;
  bool negative;
  if (c_neg == f_neg) {
    mag = c + f;
    negative = c_neg;
  } else if (c >= f) {
    mag = c - f;
    negative = c_neg;
  } else {
    mag = f - c;
    negative = f_neg;
  }
  if (mag > to_wide(max_magnitude)) throw_out_of_range("+");
  return make_checked(from_wide(mag), negative, fine.scale(), "+");
}

Decimal multiply_slow(const Decimal& a, const Decimal& b) {
  const int scale = a.scale() + b.scale();
  if (scale > Decimal::max_scale) throw_out_of_range("*");
  int128 p = 0;
  if (__builtin_mul_overflow(a.coefficient(), b.coefficient(), &p)) throw_out_of_range("*");
  return make_checked(magnitude(p), p < 0, scale, "*");
}

std::weak_ordering compare_slow(const Decimal& a, const Decimal& b) noexcept {
  const bool a_finer = a.scale() > b.scale();
  const Decimal& fine = a_finer ? a : b;
  const Decimal& coarse = a_finer ? b : a;
  int128 aligned = 0;
  std::weak_ordering coarse_vs_fine = std::weak_ordering::equivalent;
  if (scale_up(coarse.coefficient(), fine.scale() - coarse.scale(), aligned)) {
    coarse_vs_fine = aligned <=> fine.coefficient();
  } else {
    // |aligned| ≥ 2^127 > 10^38 > |fine|: the coarse value's sign decides.
    coarse_vs_fine = coarse.is_negative() ? std::weak_ordering::less : std::weak_ordering::greater;
  }
  if (a_finer) return 0 <=> coarse_vs_fine;  // a is the fine one: reverse
  return coarse_vs_fine;
}

}  // namespace detail

using detail::magnitude;
using detail::pow10;

Decimal Decimal::from_coefficient(int128 coefficient, int scale) {
  if (scale < 0 || scale > max_scale) detail::throw_invalid_scale(scale, "from_coefficient");
  return detail::make_checked(magnitude(coefficient), coefficient < 0, scale, "from_coefficient");
}

bool Decimal::is_integer() const noexcept {
  return scale_ == 0 || magnitude(coef_) % pow10[scale_] == 0;
}

int Decimal::precision() const noexcept {
  const uint128 m = magnitude(coef_);
  int digits = 1;
  while (digits < max_digits && m >= pow10[digits]) ++digits;
  return digits;
}

Decimal Decimal::strip_trailing_zeros() const noexcept {
  int128 c = coef_;
  int s = scale_;
  while (s > 0 && c % 10 == 0) {
    c /= 10;
    --s;
  }
  return Decimal(c, s);
}

std::size_t Decimal::hash() const noexcept {
  const Decimal n = strip_trailing_zeros();
  const auto u = static_cast<uint128>(n.coef_);
  const std::size_t h1 = std::hash<std::uint64_t>{}(static_cast<std::uint64_t>(u));
  const std::size_t h2 = std::hash<std::uint64_t>{}(static_cast<std::uint64_t>(u >> 64));
  return h1 ^ (h2 * 0x9E3779B97F4A7C15ull) ^ (static_cast<std::size_t>(n.scale_) << 56);
}

Decimal Decimal::round(int scale, RoundingMode mode) const {
  if (scale < 0 || scale > max_scale) detail::throw_invalid_scale(scale, "round");
  if (scale == scale_) return *this;
  const bool negative = coef_ < 0;
  const uint128 m = magnitude(coef_);
  if (scale > scale_) {
    const uint128 factor = pow10[scale - scale_];
    if (m > detail::max_magnitude / factor) detail::throw_out_of_range("round");
    return Decimal(coef_ * static_cast<int128>(factor), scale);
  }
  const int k = scale_ - scale;
  uint128 q;
  if (m <= UINT64_MAX && k <= 19) {
    std::uint64_t r = 0;
    std::uint64_t q64 = detail::divide_pow10(static_cast<std::uint64_t>(m), k, r);
    q64 += detail::rounds_away<std::uint64_t>(q64, r, detail::pow10_u64[k], negative, mode, "round");
    q = q64;
  } else {
    q = detail::divide_rounded<uint128>(m, pow10[k], negative, mode, "round");
  }
  const auto c = static_cast<int128>(q);  // q ≤ m: always in range
  return Decimal(negative ? -c : c, scale);
}

Decimal Decimal::divide(const Decimal& divisor, int scale, RoundingMode mode) const {
  if (scale < 0 || scale > max_scale) detail::throw_invalid_scale(scale, "divide");
  if (divisor.coef_ == 0) {
    throw Error(ErrorCode::division_by_zero, fmt::format("除数为零：{} ÷ 0", to_string()),
                fmt::format("division by zero: {} / 0", to_string()));
  }
  const bool negative = (coef_ < 0) != (divisor.coef_ < 0);
  // this / divisor = (a / b) · 10^(divisor.scale − scale_); the quotient's coefficient at `scale` is
  // round(a · 10^e / b) with e = scale + divisor.scale − scale_, which may be negative.
  const int e = scale + divisor.scale_ - scale_;
  const uint128 a = magnitude(coef_);
  const uint128 b = magnitude(divisor.coef_);
  uint128 n = a;
  uint128 d = b;
  bool narrow = true;
  if (e > 0) narrow = e <= 38 && !__builtin_mul_overflow(a, pow10[e], &n);
  if (e < 0) narrow = -e <= 38 && !__builtin_mul_overflow(b, pow10[-e], &d);
  if (narrow) {
    if (n <= UINT64_MAX && d <= UINT64_MAX) {
      const auto q = detail::divide_rounded<std::uint64_t>(static_cast<std::uint64_t>(n),
                                                           static_cast<std::uint64_t>(d), negative, mode, "divide");
      return detail::make_checked(q, negative, scale, "divide");
    }
    return detail::make_checked(detail::divide_rounded<uint128>(n, d, negative, mode, "divide"), negative,
                                scale, "divide");
  }
  using detail::uint512;
  uint512 wn = detail::to_wide(a);
  uint512 wd = detail::to_wide(b);
  for (int i = 0; i < e; ++i) wn *= 10u;
  for (int i = 0; i < -e; ++i) wd *= 10u;
  const uint512 q = detail::divide_rounded<uint512>(wn, wd, negative, mode, "divide");
  if (q > detail::to_wide(detail::max_magnitude)) detail::throw_out_of_range("divide");
  return detail::make_checked(detail::from_wide(q), negative, scale, "divide");
}

std::ostream& operator<<(std::ostream& os, const Decimal& d) {
  char buf[64];
  const char* end = d.to_chars(buf, buf + sizeof buf);
  return os.write(buf, end - buf);
}

}  // namespace jixiao
