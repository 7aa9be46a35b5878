// jixiao: calendar dates as written in the forms (填报日期, deadlines such as 2025年12月31日前).
#ifndef JIXIAO_DATE_HPP
#define JIXIAO_DATE_HPP

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

/// A calendar date, or a month or a year when the day (or month) was not written: "2023年12月" is
/// {2023, 12, 0}. Comparison orders a month before any of its days.
struct Date {
  int year = 0;
  int month = 0;  ///< 1..12, 0 when only the year is known
  int day = 0;    ///< 1..31, 0 when only the year and month are known

  friend auto operator<=>(const Date&, const Date&) = default;

  bool is_complete() const noexcept { return month != 0 && day != 0; }
  /// The last day the date covers: 2023年12月 → 2023-12-31, 2024年 → 2024-12-31.
  Date last_day() const noexcept;
  /// "2025-06-20", "2023-12", "2024"; "--12-31", "--12" without the year.
  std::string to_string() const;
  /// The same text written into [first, last); returns its end, or nullptr if it does not fit
  /// (40 chars always suffice).
  char* to_chars(char* first, char* last) const noexcept;
};

/// True for a real day of the Gregorian calendar (2024-02-29 yes, 2025-02-29 no).
bool is_valid_date(int year, int month, int day) noexcept;

/// Parses "2025年6月20日", "2025年06月20日", "2023年12月", "2024年", "2025-06-20", "2025/6/20",
/// "2025.6.20", "2025-06", full-width digits included, surrounding spaces allowed. Empty when the
/// text is not a date or names an impossible one ("2025年2月30日").
std::optional<Date> parse_date(std::string_view text) noexcept;

}  // namespace jixiao

#endif  // JIXIAO_DATE_HPP
