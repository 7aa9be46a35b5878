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
/// away from zero under `mode`; `negative` is the sign of the exact quotient. The half modes come
/// first and compare without branching: on real data the remainder's side of one half is a coin
/// flip, and a mispredicted branch costs more than the division.
template <class U>
bool rounds_away(const U& q, const U& r, const U& d, bool negative, RoundingMode mode, const char* operation) {
  const U rest = d - r;  // compare r with d/2 without computing 2r, which could overflow
  switch (mode) {
    case RoundingMode::half_up: return r >= rest;  // r = 0 gives rest = d > r
    case RoundingMode::half_down: return r > rest;
    case RoundingMode::half_even: return (r > rest) | ((r == rest) & ((q & 1) != 0));
    case RoundingMode::up: return r != 0;
    case RoundingMode::down: return false;
    case RoundingMode::ceiling: return (r != 0) & !negative;
    case RoundingMode::floor: return (r != 0) & negative;
    case RoundingMode::unnecessary: break;
  }
  if (r != 0) throw_rounding_necessary(operation);
  return false;
}

/// round(n / d) for magnitudes, under `mode` with the sign of the exact result.
template <class U>
U divide_rounded(const U& n, const U& d, bool negative, RoundingMode mode, const char* operation) {
  U q = n / d;
  const U r = n - q * d;
  if (rounds_away(q, r, d, negative, mode, operation)) ++q;
  return q;
}

/// n / 10^k and its remainder for k ≤ 19, with k a constant in each branch so that the compiler
/// divides by multiplying.
inline std::uint64_t divide_pow10(std::uint64_t n, int k, std::uint64_t& remainder) noexcept {
  std::uint64_t q = 0;
  switch (k) {
#define JIXIAO_DIVIDE_CASE(K) \
  case K: q = n / pow10_u64[K]; break;
    JIXIAO_DIVIDE_CASE(0) JIXIAO_DIVIDE_CASE(1) JIXIAO_DIVIDE_CASE(2) JIXIAO_DIVIDE_CASE(3)
    JIXIAO_DIVIDE_CASE(4) JIXIAO_DIVIDE_CASE(5) JIXIAO_DIVIDE_CASE(6) JIXIAO_DIVIDE_CASE(7)
    JIXIAO_DIVIDE_CASE(8) JIXIAO_DIVIDE_CASE(9) JIXIAO_DIVIDE_CASE(10) JIXIAO_DIVIDE_CASE(11)
    JIXIAO_DIVIDE_CASE(12) JIXIAO_DIVIDE_CASE(13) JIXIAO_DIVIDE_CASE(14) JIXIAO_DIVIDE_CASE(15)
    JIXIAO_DIVIDE_CASE(16) JIXIAO_DIVIDE_CASE(17) JIXIAO_DIVIDE_CASE(18) JIXIAO_DIVIDE_CASE(19)
#undef JIXIAO_DIVIDE_CASE
    default: break;
  }
  remainder = n - q * pow10_u64[k];
  return q;
}

/// The parser behind Decimal::parse, parse_scientific and Percent::parse.
enum class NumberSyntax { plain, scientific, percent };
ParseError parse_number(std::string_view text, NumberSyntax syntax, Decimal& out) noexcept;

/// `text` shortened and made valid UTF-8, for quoting inside an error message.
std::string quote_for_message(std::string_view text);

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_DECIMAL_INTERNAL_HPP
