// Calendar dates as written in the forms: 2025年6月20日, 2025-06-20, 2023年12月, 2024年.
#include <jixiao/date.hpp>

#include <charconv>
#include <cstring>

#include "utf8.hpp"

#include <cstdint>

namespace jixiao {
namespace {

bool is_leap(int year) noexcept { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

/// Days of a month; year 0 (a date written without its year) counts as a leap year, so that
/// "2月29日" and "2月底" are not rejected for want of a year.
int days_in_month(int year, int month) noexcept {
  constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && is_leap(year)) return 29;
  return days[month - 1];
}

using detail::is_space;
using detail::next_code_point;

/// The date reduced to ASCII tokens: digits, 'Y' 年, 'M' 月, 'D' 日/号, 'q' 度 (年度), and the
/// separators - / . (full-width forms folded). Fixed capacity: a date is short.
struct Tokens {
  char buf[48] = {};
  int size = 0;
  bool push(char c) noexcept {
    if (size == static_cast<int>(sizeof buf)) return false;
    buf[size++] = c;
    return true;
  }
};

bool tokenize(std::string_view text, Tokens& out) noexcept {
  std::size_t i = 0;
  bool pending_space = false;
  while (i < text.size()) {
    const std::int32_t cp = next_code_point(text, i);
    if (cp < 0) return false;
    if (is_space(cp)) {
      pending_space = out.size > 0;
      continue;
    }
    char c = 0;
    if (cp >= '0' && cp <= '9') c = static_cast<char>(cp);
    else if (cp >= 0xFF10 && cp <= 0xFF19) c = static_cast<char>('0' + (cp - 0xFF10));
    else if (cp == '-' || cp == 0xFF0D || cp == 0x2212 || cp == 0x2010 || cp == 0x2011) c = '-';
    else if (cp == '/' || cp == 0xFF0F) c = '/';
    else if (cp == '.' || cp == 0xFF0E) c = '.';
    else if (cp == 0x5E74) c = 'Y';                  // 年
    else if (cp == 0x6708) c = 'M';                  // 月
    else if (cp == 0x65E5 || cp == 0x53F7) c = 'D';  // 日 号
    else if (cp == 0x5EA6) c = 'q';                  // 度
    else return false;
    // A space may separate the parts ("2024 年"), never the digits of one number ("20 24").
    if (pending_space && c >= '0' && c <= '9' && out.buf[out.size - 1] >= '0' && out.buf[out.size - 1] <= '9')
      return false;
    pending_space = false;
    if (!out.push(c)) return false;
  }
  return true;
}

/// Reads 1..max_digits digits at p; the value, or -1.
int read_number(const Tokens& t, int& p, int min_digits, int max_digits) noexcept {
  int value = 0;
  int n = 0;
  while (p < t.size && t.buf[p] >= '0' && t.buf[p] <= '9') {
    if (++n > max_digits) return -1;
    value = value * 10 + (t.buf[p] - '0');
    ++p;
  }
  return n >= min_digits ? value : -1;
}

}  // namespace

bool is_valid_date(int year, int month, int day) noexcept {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

Date Date::last_day() const noexcept {
  if (month < 1 || month > 12) return month == 0 ? Date{year, 12, 31} : *this;
  if (day == 0) return Date{year, month, days_in_month(year, month)};
  return *this;
}

namespace {

/// v in at least `width` digits, zero-padded after any sign, as fmt's "{:0N}".
char* write_padded(char* p, int v, int width) noexcept {
  if (v < 0) *p++ = '-', --width;
  const unsigned magnitude = v < 0 ? 0u - static_cast<unsigned>(v) : static_cast<unsigned>(v);
  char digits[12];
  const auto r = std::to_chars(digits, digits + sizeof digits, magnitude);
  const auto n = static_cast<int>(r.ptr - digits);
  for (int i = n; i < width; ++i) *p++ = '0';
  for (int i = 0; i < n; ++i) *p++ = digits[i];
  return p;
}

/// "2025-06-20", "2023-12", "2024", "--12-31", "--12": at most 37 chars.
char* write_iso(const Date& d, char* p) noexcept {
  const auto [year, month, day] = d;
  if (year == 0) {  // a date written without its year: ISO 8601's "--MM" and "--MM-DD"
    if (month == 0) return p;
    *p++ = '-';
    *p++ = '-';
  } else {
    p = write_padded(p, year, 4);
    if (month == 0) return p;
    *p++ = '-';
  }
  p = write_padded(p, month, 2);
  if (day == 0) return p;
  *p++ = '-';
  return write_padded(p, day, 2);
}

}  // namespace

char* Date::to_chars(char* first, char* last) const noexcept {
  char buf[40];
  const char* end = write_iso(*this, buf);
  const auto n = end - buf;
  if (last - first < n) return nullptr;
  std::memcpy(first, buf, static_cast<std::size_t>(n));
  return first + n;
}

std::string Date::to_string() const {
  char buf[40];
  return std::string(buf, write_iso(*this, buf));
}

std::optional<Date> parse_date(std::string_view text) noexcept {
  Tokens t;
  if (!tokenize(text, t) || t.size == 0) return std::nullopt;
  int p = 0;
  const int year = read_number(t, p, 4, 4);
  if (year < 1) return std::nullopt;
  Date d{year, 0, 0};
  bool month_written = false;
  bool day_written = false;
  if (p == t.size) return std::nullopt;  // a bare "2024" is a number, not a date
  const char sep = t.buf[p];
  if (sep == '-' || sep == '/' || sep == '.') {
    // 2025-06-20, 2025/6/20, 2025.6.20, 2025-06: one separator throughout.
    ++p;
    d.month = read_number(t, p, 1, 2);
    if (d.month < 0) return std::nullopt;
    month_written = true;
    if (p < t.size) {
      if (t.buf[p] != sep) return std::nullopt;
      ++p;
      d.day = read_number(t, p, 1, 2);
      if (d.day < 0) return std::nullopt;
      day_written = true;
    }
    if (p != t.size) return std::nullopt;
  } else if (sep == 'Y') {
    // 2025年6月20日, 2023年12月, 2024年, 2024年度
    ++p;
    if (p < t.size && t.buf[p] == 'q') {
      ++p;
      return p == t.size ? std::optional<Date>(d) : std::nullopt;
    }
    if (p < t.size) {
      d.month = read_number(t, p, 1, 2);
      if (d.month < 0 || p == t.size || t.buf[p] != 'M') return std::nullopt;
      month_written = true;
      ++p;
      if (p < t.size) {
        d.day = read_number(t, p, 1, 2);
        if (d.day < 0 || (p < t.size && t.buf[p] != 'D')) return std::nullopt;  // 日 may be left off
        day_written = true;
        if (p < t.size) ++p;
      }
    }
    if (p != t.size) return std::nullopt;
  } else {
    return std::nullopt;
  }
  // A month or day that is written must be real: "2025年0月", "2025-06-00" and "2025年2月30日" are not dates.
  if (month_written && (d.month < 1 || d.month > 12)) return std::nullopt;
  if (day_written && !is_valid_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

}  // namespace jixiao
