// Decimal to text: plain notation, a fixed scale, thousands grouping. No exponent, never "-0".
#include "decimal_internal.hpp"

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

/// Decimal digits of v (1 for 0).
int digit_count(std::uint64_t v) noexcept {
  int n = 1;
  for (; v >= 10; v /= 10) ++n;
  return n;
}

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
    for (int i = 0; i < scale_; ++i, v /= 10) *--p = static_cast<char>('0' + v % 10);
    if (scale_ > 0) *--p = '.';
    do {
      *--p = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v != 0);
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
