// jixiao: exact fixed-point decimal numbers.
//
// A Decimal is an integer coefficient times 10^-scale: 1234.50 is (123450, 2). Addition, subtraction
// and multiplication are exact; a result that does not fit is an Error(out_of_range), never a wrapped
// or rounded value. Division and rounding always name the scale and the rounding mode. The scale
// a value was written with is kept (2.50 prints as "2.50") but does not affect comparison
// (2.50 == 2.5), as in Java's BigDecimal.compareTo and Python's decimal.
//
// The coefficient is a native 128-bit integer with overflow checks (__builtin_*_overflow): the same
// checked semantics as Boost's checked_int128_t at twice its speed. Products and quotients that
// need more room go through Boost.Multiprecision's int512_t out of line.
#ifndef JIXIAO_DECIMAL_HPP
#define JIXIAO_DECIMAL_HPP

#include <jixiao/error.hpp>
#include <jixiao/rounding_mode.hpp>

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <iterator>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>

namespace jixiao {

__extension__ using int128 = __int128;            ///< the coefficient type
__extension__ using uint128 = unsigned __int128;  ///< its magnitude

/// Options of Decimal::to_string(FormatSpec).
struct FormatSpec {
  int scale = -1;                             ///< digits after the point; -1 keeps the value's own
  bool grouping = false;                      ///< thousands separators: 1,234,567.89
  RoundingMode mode = RoundingMode::half_up;  ///< how to drop digits when scale is smaller
};

/// Why a text is not a number, without throwing (see Decimal::try_parse).
struct ParseError {
  ErrorCode code = ErrorCode::ok;
  int column = 0;  ///< 1-based character position of the problem, 0 for the text as a whole
  enum class Reason {
    none,
    empty,              ///< "" or only spaces
    no_digits,          ///< "+", ".", "-."
    unexpected_char,    ///< a character that has no place in a number
    second_point,       ///< "1.2.3"
    misplaced_group,    ///< "7,00.0,77", "1,23", ",1"
    not_finite,         ///< "NaN", "Infinity"
    exponent,           ///< "1e5" where scientific notation was not asked for
    bad_exponent,       ///< "1e", "1e+", "1e99999999999"
    too_many_digits,    ///< more than 38 significant digits
    scale_too_large,    ///< more than 38 digits after the point
    percent_sign,       ///< "12%" given to a plain number parser
    missing_percent,    ///< "12" given to the percent parser
  } reason = Reason::none;

  explicit operator bool() const noexcept { return code != ErrorCode::ok; }
  /// The Error that Decimal::parse would throw for this input.
  [[nodiscard]] Error to_error(std::string_view input) const;
};

class Decimal {
 public:
  static constexpr int max_digits = 38;  ///< significant digits of the coefficient
  static constexpr int max_scale = 38;   ///< digits after the point
  static constexpr int128 max_coefficient =
      int128{10'000'000'000'000'000'000ull} * int128{10'000'000'000'000'000'000ull} - 1;  // 10^38-1

  /// Zero, scale 0.
  constexpr Decimal() noexcept = default;

  /// An integer, exactly (scale 0). Implicit, so that `amount * 3` and `rate == 100` read naturally.
  template <std::integral I>
    requires(!std::same_as<I, bool> && sizeof(I) <= 8)
  constexpr Decimal(I value) noexcept : coef_(value) {}  // NOLINT(google-explicit-constructor)

  /// coefficient × 10^-scale. Throws Error(out_of_range) if |coefficient| > 10^38−1,
  /// Error(invalid_argument) if scale ∉ [0, 38].
  static Decimal from_coefficient(int128 coefficient, int scale);

  /// Parses plain decimal text: "1234.50", "-0.01", "+3", ".5", "1,234.56" (thousands groups of
  /// three, the first not starting with 0: "0,001" is rejected as ambiguous), full-width digits, signs and point as pasted from Chinese documents ("１２３．４５",
  /// "－3"), surrounded by spaces. Rejects "", "1.2.3", "7,00.0,77", "NaN", "1e5", "12%" and
  /// anything beyond 38 digits or scale 38, with an Error that says where and why.
  static Decimal parse(std::string_view text);
  /// As parse, plus an exponent: "1.23E+3" → 1230, "5e-3" → 0.005.
  static Decimal parse_scientific(std::string_view text);
  /// As parse, without throwing: the number, or the reason in *error when given.
  static std::optional<Decimal> try_parse(std::string_view text, ParseError* error = nullptr) noexcept;
  static std::optional<Decimal> try_parse_scientific(std::string_view text,
                                                     ParseError* error = nullptr) noexcept;

  constexpr int128 coefficient() const noexcept { return coef_; }
  constexpr int scale() const noexcept { return scale_; }
  constexpr int signum() const noexcept { return coef_ > 0 ? 1 : (coef_ < 0 ? -1 : 0); }
  constexpr bool is_zero() const noexcept { return coef_ == 0; }
  constexpr bool is_negative() const noexcept { return coef_ < 0; }
  /// True when the value has no fractional part (2.00 is an integer).
  bool is_integer() const noexcept;
  /// Number of significant digits of the coefficient (0 has 1).
  int precision() const noexcept;

  constexpr Decimal abs() const noexcept { return coef_ < 0 ? Decimal(-coef_, scale_) : *this; }
  constexpr Decimal negate() const noexcept { return Decimal(-coef_, scale_); }
  constexpr Decimal operator-() const noexcept { return negate(); }
  constexpr Decimal operator+() const noexcept { return *this; }

  /// The value at exactly `scale` digits after the point (quantize): fewer digits are rounded with
  /// `mode`, more are padded with zeros. Throws Error(invalid_argument) for scale ∉ [0, 38],
  /// Error(out_of_range) if the padded value has more than 38 digits, Error(rounding_necessary)
  /// under RoundingMode::unnecessary when digits would be lost.
  Decimal round(int scale, RoundingMode mode = RoundingMode::half_up) const;
  /// The same value with trailing fractional zeros removed: 2.500 → 2.5, 100 → 100.
  Decimal strip_trailing_zeros() const noexcept;

  /// this ÷ divisor, rounded to `scale` digits after the point with `mode`.
  /// Throws Error(division_by_zero), Error(out_of_range), Error(rounding_necessary).
  Decimal divide(const Decimal& divisor, int scale, RoundingMode mode = RoundingMode::half_up) const;

  Decimal& operator+=(const Decimal& other) { return *this = *this + other; }
  Decimal& operator-=(const Decimal& other) { return *this = *this - other; }
  Decimal& operator*=(const Decimal& other) { return *this = *this * other; }

  /// Exact sum; the result has the larger of the two scales.
  friend Decimal operator+(const Decimal& a, const Decimal& b);
  /// Exact difference; the result has the larger of the two scales.
  friend Decimal operator-(const Decimal& a, const Decimal& b) { return a + b.negate(); }
  /// Exact product; the result scale is the sum of the scales (must stay ≤ 38).
  friend Decimal operator*(const Decimal& a, const Decimal& b);

  /// Numeric comparison across scales: 2.50 == 2.5, 2.50 <=> 2.5 is equivalent.
  friend bool operator==(const Decimal& a, const Decimal& b) noexcept;
  friend std::weak_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept;

  /// Plain text, no exponent, the value's own scale: "-1234.50". Never "-0".
  std::string to_string() const;
  std::string to_string(const FormatSpec& spec) const;
  /// Writes plain text into [first, last); returns the end, or nullptr if it does not fit
  /// (64 chars always suffice for plain text, 80 with grouping).
  char* to_chars(char* first, char* last) const noexcept;

  /// Hash consistent with ==: 2.5 and 2.50 hash alike.
  std::size_t hash() const noexcept;

 private:
  constexpr Decimal(int128 coef, int scale) noexcept : coef_(coef), scale_(static_cast<std::int32_t>(scale)) {}
  friend struct DecimalAccess;

  int128 coef_ = 0;
  std::int32_t scale_ = 0;
};

/// Free-function spellings, for generic code.
inline Decimal abs(const Decimal& d) noexcept { return d.abs(); }
inline Decimal round(const Decimal& d, int scale, RoundingMode mode = RoundingMode::half_up) {
  return d.round(scale, mode);
}
inline Decimal divide(const Decimal& a, const Decimal& b, int scale,
                      RoundingMode mode = RoundingMode::half_up) {
  return a.divide(b, scale, mode);
}
/// The smaller value; `a` when they are equal (so 2.5 vs 2.50 gives back 2.5).
inline const Decimal& min(const Decimal& a, const Decimal& b) noexcept { return b < a ? b : a; }
/// The larger value; `a` when they are equal.
inline const Decimal& max(const Decimal& a, const Decimal& b) noexcept { return a < b ? b : a; }

/// Exact sum of a range of Decimals (0 for an empty range).
template <std::ranges::input_range R>
  requires std::convertible_to<std::ranges::range_reference_t<R>, const Decimal&>
Decimal sum(R&& range) {
  Decimal total;
  for (const Decimal& d : range) total += d;
  return total;
}

std::ostream& operator<<(std::ostream& os, const Decimal& d);

// ---- inline fast paths -----------------------------------------------------------------------

namespace detail {
// Out-of-line slow paths (different scales, wide products); defined in src/decimal.cpp.
Decimal add_slow(const Decimal& a, const Decimal& b);
Decimal multiply_slow(const Decimal& a, const Decimal& b);
std::weak_ordering compare_slow(const Decimal& a, const Decimal& b) noexcept;
[[noreturn]] void throw_out_of_range(const char* operation);

inline constexpr std::uint64_t pow10_u64[20] = {1ull,
                                               10ull,
                                               100ull,
                                               1000ull,
                                               10000ull,
                                               100000ull,
                                               1000000ull,
                                               10000000ull,
                                               100000000ull,
                                               1000000000ull,
                                               10000000000ull,
                                               100000000000ull,
                                               1000000000000ull,
                                               10000000000000ull,
                                               100000000000000ull,
                                               1000000000000000ull,
                                               10000000000000000ull,
                                               100000000000000000ull,
                                               1000000000000000000ull,
                                               10000000000000000000ull};

/// a + b when both coefficients fit in 64 bits and the scales are at most 18 apart: then the sum is
/// below 2^64 · 10^18 < 10^38 and cannot leave the range, so there is nothing to check or throw.
/// False (nothing written) otherwise. For callers that must not throw, such as the C API.
constexpr bool add_small(std::int64_t ca, int sa, std::int64_t cb, int sb, int128& sum, int& scale) noexcept {
  if (sa == sb) {
    sum = int128{ca} + cb;
    scale = sa;
    return true;
  }
  const bool a_finer = sa > sb;
  const int gap = a_finer ? sa - sb : sb - sa;
  if (gap > 18) return false;
  const auto factor = static_cast<std::int64_t>(pow10_u64[gap]);
  sum = a_finer ? int128{cb} * factor + ca : int128{ca} * factor + cb;
  scale = a_finer ? sa : sb;
  return true;
}

/// True when |c| ≤ 10^38−1, in one unsigned comparison.
constexpr bool coefficient_in_range(uint128 biased_by_max) noexcept {
  return biased_by_max <= 2 * static_cast<uint128>(Decimal::max_coefficient);
}
}  // namespace detail

struct DecimalAccess {
  static constexpr Decimal make(int128 coef, int scale) noexcept { return Decimal(coef, scale); }
};

inline Decimal operator+(const Decimal& a, const Decimal& b) {
  if (a.scale_ == b.scale_) [[likely]] {
    // |a|, |b| ≤ max, so a + b + max lies in [−max, 3·max] ⊂ (−2^128, 2^128): the wrapped unsigned
    // sum is exact when in range and lands above 2·max otherwise.
    const uint128 biased = static_cast<uint128>(a.coef_) + static_cast<uint128>(b.coef_) +
                           static_cast<uint128>(Decimal::max_coefficient);
    if (detail::coefficient_in_range(biased)) [[likely]]
      return Decimal(a.coef_ + b.coef_, a.scale_);
    detail::throw_out_of_range("+");
  }
  // Scales differ (2.5 + 0.25): align the coarser operand when it fits in 64 bits and the gap is at
  // most 18 places; the product is below 2^123 and the sum below 2^127, so nothing can overflow.
  const bool a_finer = a.scale_ > b.scale_;
  const Decimal& fine = a_finer ? a : b;
  const Decimal& coarse = a_finer ? b : a;
  const int gap = fine.scale_ - coarse.scale_;
  if (gap <= 18 && coarse.coef_ == static_cast<std::int64_t>(coarse.coef_)) [[likely]] {
    const int128 total = static_cast<int128>(static_cast<std::int64_t>(coarse.coef_)) *
                             static_cast<std::int64_t>(detail::pow10_u64[gap]) +
                         fine.coef_;
    if (detail::coefficient_in_range(static_cast<uint128>(total) +
                                     static_cast<uint128>(Decimal::max_coefficient))) [[likely]]
      return Decimal(total, fine.scale_);
    detail::throw_out_of_range("+");
  }
  return detail::add_slow(a, b);
}

inline Decimal operator*(const Decimal& a, const Decimal& b) {
  // Both coefficients within int64: the 128-bit product is exact in one instruction.
  if (a.coef_ == static_cast<std::int64_t>(a.coef_) && b.coef_ == static_cast<std::int64_t>(b.coef_) &&
      a.scale_ + b.scale_ <= Decimal::max_scale) [[likely]] {
    const int128 p = static_cast<int128>(static_cast<std::int64_t>(a.coef_)) *
                     static_cast<std::int64_t>(b.coef_);
    if (detail::coefficient_in_range(static_cast<uint128>(p) +
                                     static_cast<uint128>(Decimal::max_coefficient))) [[likely]]
      return Decimal(p, a.scale_ + b.scale_);
  }
  return detail::multiply_slow(a, b);
}

inline bool operator==(const Decimal& a, const Decimal& b) noexcept {
  if (a.scale_ == b.scale_) return a.coef_ == b.coef_;
  return detail::compare_slow(a, b) == std::weak_ordering::equivalent;
}

inline std::weak_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept {
  if (a.scale_ == b.scale_) {
    return a.coef_ < b.coef_ ? std::weak_ordering::less
                             : (a.coef_ > b.coef_ ? std::weak_ordering::greater : std::weak_ordering::equivalent);
  }
  return detail::compare_slow(a, b);
}

}  // namespace jixiao

template <>
struct std::hash<jixiao::Decimal> {
  std::size_t operator()(const jixiao::Decimal& d) const noexcept { return d.hash(); }
};

#endif  // JIXIAO_DECIMAL_HPP
