// Decimal to text: plain notation, a fixed scale, thousands grouping. No exponent, never "-0".
#include "decimal_internal.hpp"

#include <bit>
#include <cstring>

namespace jixiao {
namespace {

/// Writes the decimal digits of m backwards, ending at `end`; returns the first digit.
char* write_digits_backwards(uint128 m, char* end) noexcept {
  // Peel 19-digit chunks so that the inner loop runs on 64-bit integers.
  constexpr std::uint64_t chunk = 10'000'000'000'000'000'000ull;
  while (m > UINT64_MAX) {
    auto low = static_cast<std::uint64_t>(m % chunk);
    m /= chunk;
    for (int i = 0; i < 19; ++i) {
      *--end = static_cast<char>('0' + low % 10);
      low /= 10;
    }
  }
  auto v = static_cast<std::uint64_t>(m);
  do {
    *--end = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  return end;
}

}  // namespace

namespace {

/// Decimal digits of v (1 for 0), from its bit width: ⌊log10⌋ ≈ bits × 1233 / 4096, then one
/// comparison.
int digit_count(std::uint64_t v) noexcept {
  static constexpr std::uint64_t powers[20] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
                                               10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
                                               100000000000ull, 1000000000000ull, 10000000000000ull,
                                               100000000000000ull, 1000000000000000ull, 10000000000000000ull,
                                               100000000000000000ull, 1000000000000000000ull,
                                               10000000000000000000ull};
  const int t = static_cast<int>((std::bit_width(v | 1) * 1233) >> 12);  // ≤ 19
  return v == 0 ? 1 : t + (v >= powers[t]);
}

/// "00" "01" … "99".
constexpr char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

}  // namespace

char* Decimal::to_chars(char* first, char* last) const noexcept {
  const uint128 m = detail::magnitude(coef_);
  if (m <= UINT64_MAX) [[likely]] {
    // Written backwards straight into place: the fraction (its leading zeros come out of v running
    // to 0), the point, the integer part, the sign. No digits buffer, no copies.
    auto v = static_cast<std::uint64_t>(m);
    const int ndigits = digit_count(v);
    const int int_digits = ndigits > scale_ ? ndigits - scale_ : 1;
    const auto needed = static_cast<std::size_t>((coef_ < 0) + int_digits + (scale_ ? 1 + scale_ : 0));
    if (static_cast<std::size_t>(last - first) < needed) return nullptr;
    char* const end = first + needed;
    char* p = end;
    // The fraction's digits then the integer part's, two per division, backwards.
    const auto put_digits = [&](int count) {
      for (; count >= 2; count -= 2, v /= 100) {
        p -= 2;
        std::memcpy(p, digit_pairs + 2 * (v % 100), 2);
      }
      if (count == 1) {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
      }
    };
    put_digits(scale_);
    if (scale_ > 0) *--p = '.';
    put_digits(int_digits);
    if (coef_ < 0) *--p = '-';
    return end;
  }
  // At most 38 digits, a sign, a point and the leading "0." padding of scale 38: 41 < 64.
  char digits[48];
  char* const dend = digits + sizeof digits;
  char* d = write_digits_backwards(detail::magnitude(coef_), dend);
  const int ndigits = static_cast<int>(dend - d);
  const int int_digits = ndigits > scale_ ? ndigits - scale_ : 0;
  const std::size_t needed = (coef_ < 0) + (int_digits ? int_digits : 1) + (scale_ ? 1 + scale_ : 0);
  if (static_cast<std::size_t>(last - first) < needed) return nullptr;
  char* out = first;
  if (coef_ < 0) *out++ = '-';
  if (int_digits == 0) {
    *out++ = '0';
  } else {
    std::memcpy(out, d, static_cast<std::size_t>(int_digits));
    out += int_digits;
    d += int_digits;
  }
  if (scale_ > 0) {
    *out++ = '.';
    for (int i = ndigits; i < scale_; ++i) *out++ = '0';
    const auto rest = static_cast<std::size_t>(dend - d);
    std::memcpy(out, d, rest);
    out += rest;
  }
  return out;
}

std::string Decimal::to_string() const {
  char buf[64];
  return std::string(buf, to_chars(buf, buf + sizeof buf));
}

std::string Decimal::to_string(const FormatSpec& spec) const {
  const Decimal shown = spec.scale >= 0 ? round(spec.scale, spec.mode) : *this;
  std::string plain = shown.to_string();
  if (!spec.grouping) return plain;
  const std::size_t sign = plain[0] == '-' ? 1 : 0;
  const std::size_t point = std::min(plain.find('.'), plain.size());
  std::string grouped(plain, 0, sign);
  for (std::size_t i = sign; i < point; ++i) {
    if (i > sign && (point - i) % 3 == 0) grouped += ',';
    grouped += plain[i];
  }
  grouped.append(plain, point);
  return grouped;
}

}  // namespace jixiao
