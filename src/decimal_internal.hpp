// Internal helpers shared by the decimal sources: powers of ten, the rounding decision, the wide type.
#ifndef JIXIAO_SRC_DECIMAL_INTERNAL_HPP
#define JIXIAO_SRC_DECIMAL_INTERNAL_HPP

#include <jixiao/decimal.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <array>
#include <string_view>

namespace jixiao::detail {

/// Wide unsigned magnitudes for products and quotients that outgrow 128 bits: 10^38 × 10^76 < 2^512.
using uint512 = boost::multiprecision::uint512_t;

inline constexpr std::array<uint128, 39> pow10 = [] {
  std::array<uint128, 39> p{};
  p[0] = 1;
  for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
  return p;
}();

inline constexpr uint128 max_magnitude = static_cast<uint128>(Decimal::max_coefficient);

inline uint128 magnitude(int128 c) noexcept { return c < 0 ? -static_cast<uint128>(c) : static_cast<uint128>(c); }

inline Decimal make(int128 coefficient, int scale) noexcept { return DecimalAccess::make(coefficient, scale); }
/// Builds ±magnitude at scale, or throws out_of_range naming the operation.
Decimal make_checked(uint128 magnitude, bool negative, int scale, const char* operation);

[[noreturn]] void throw_rounding_necessary(const char* operation);
[[noreturn]] void throw_invalid_scale(int scale, const char* operation);

/// Whether the truncated quotient magnitude q (remainder r, divisor d, 0 ≤ r < d) moves one step
/// away from zero under `mode`; `negative` is the sign of the exact quotient.
template <class U>
bool rounds_away(const U& q, const U& r, const U& d, bool negative, RoundingMode mode, const char* operation) {
  if (r == 0) return false;
  switch (mode) {
    case RoundingMode::up: return true;
    case RoundingMode::down: return false;
    case RoundingMode::ceiling: return !negative;
    case RoundingMode::floor: return negative;
    case RoundingMode::unnecessary: throw_rounding_necessary(operation);
    case RoundingMode::half_up:
    case RoundingMode::half_down:
    case RoundingMode::half_even: break;
  }
  const U rest = d - r;  // compare r with d/2 without computing 2r, which could overflow
  if (r != rest) return r > rest;
  if (mode == RoundingMode::half_up) return true;
  if (mode == RoundingMode::half_down) return false;
  return (q & 1) != 0;  // half_even: the odd neighbour moves
}

/// round(n / d) for magnitudes, under `mode` with the sign of the exact result.
template <class U>
U divide_rounded(const U& n, const U& d, bool negative, RoundingMode mode, const char* operation) {
  U q = n / d;
  const U r = n - q * d;
  if (rounds_away(q, r, d, negative, mode, operation)) ++q;
  return q;
}

/// The parser behind Decimal::parse, parse_scientific and Percent::parse.
enum class NumberSyntax { plain, scientific, percent };
ParseError parse_number(std::string_view text, NumberSyntax syntax, Decimal& out) noexcept;

/// `text` shortened and made valid UTF-8, for quoting inside an error message.
std::string quote_for_message(std::string_view text);

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_DECIMAL_INTERNAL_HPP
