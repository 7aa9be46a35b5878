// Decimal to text: plain notation, a fixed scale, thousands grouping. No exponent, never "-0".
#include "decimal_internal.hpp"

#include <bit>
#include <cstring>

namespace jixiao {
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

/// The magnitude v (ndigits digits) at `scale`, written backwards straight into place: the
/// fraction (its leading zeros come out of v running to 0), the point, the integer part, the sign.
/// U is uint64_t for nearly every value, uint128 for the rest.
template <class U>
char* write_plain(U v, int ndigits, int scale, bool negative, char* first, char* last) noexcept {
  const int int_digits = ndigits > scale ? ndigits - scale : 1;
  const auto needed = static_cast<std::size_t>(negative + int_digits + (scale ? 1 + scale : 0));
  if (static_cast<std::size_t>(last - first) < needed) return nullptr;
  char* const end = first + needed;
  char* p = end;
  const auto put_digits = [&](int count) {  // two per division
    for (; count >= 2; count -= 2, v /= 100) {
      p -= 2;
      std::memcpy(p, digit_pairs + 2 * static_cast<std::size_t>(v % 100), 2);
    }
    if (count == 1) {
      *--p = static_cast<char>('0' + static_cast<int>(v % 10));
      v /= 10;
    }
  };
  put_digits(scale);
  if (scale > 0) *--p = '.';
  put_digits(int_digits);
  if (negative) *--p = '-';
  return end;
}

}  // namespace

char* Decimal::to_chars(char* first, char* last) const noexcept {
  const uint128 m = detail::magnitude(coef_);
  if (m <= UINT64_MAX) [[likely]] {
    const auto v = static_cast<std::uint64_t>(m);
    return write_plain(v, digit_count(v), scale_, coef_ < 0, first, last);
  }
  // At most 38 digits: m ÷ 10^19 fits in 64 bits.
  constexpr uint128 e19 = 10'000'000'000'000'000'000ull;
  return write_plain(m, 19 + digit_count(static_cast<std::uint64_t>(m / e19)), scale_, coef_ < 0, first, last);
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
