// Tests of include/jixiao/date.hpp. Dates from the seed package where noted.
#include <jixiao/date.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>

using jixiao::Date;
using jixiao::is_valid_date;
using jixiao::parse_date;

namespace {
std::string S(std::string_view text) {
  const auto d = parse_date(text);
  return d ? d->to_string() : "none";
}
}  // namespace

TEST_CASE("date: parse the forms written in the tables") {
  CHECK(S("2025年6月20日") == "2025-06-20");  // seed: 填报日期
  CHECK(S("2025年6月23日") == "2025-06-23");  // seed
  CHECK(S("2024年6月12日") == "2024-06-12");  // seed
  CHECK(S("2024年12月31日") == "2024-12-31");  // seed: 截至2024年12月31日
  CHECK(S("2025年06月20日") == "2025-06-20");
  CHECK(S("2025年6月20号") == "2025-06-20");
  CHECK(S("2025年6月20") == "2025-06-20");  // 日 left off
  CHECK(S("2023年12月") == "2023-12");
  CHECK(S("2024年") == "2024");
  CHECK(S("2024年度") == "2024");
  CHECK(S("2025-06-20") == "2025-06-20");
  CHECK(S("2025/6/20") == "2025-06-20");
  CHECK(S("2025.6.20") == "2025-06-20");
  CHECK(S("2025-06") == "2025-06");
  CHECK(S("2025/6") == "2025-06");
  CHECK(S("2025.06") == "2025-06");
}

TEST_CASE("date: full-width digits and spaces") {
  CHECK(S("２０２５年６月２０日") == "2025-06-20");
  CHECK(S("２０２５－０６－２０") == "2025-06-20");
  CHECK(S("２０２５／６／２０") == "2025-06-20");
  CHECK(S("  2025年6月20日\n") == "2025-06-20");
  CHECK(S("\xE3\x80\x80" "2025年6月20日" "\xE3\x80\x80") == "2025-06-20");  // U+3000 around
  CHECK(S("2024 年") == "2024");                                           // seed: "2024 年实际在职人数"
  CHECK(S("2025 年 6 月 20 日") == "2025-06-20");
  CHECK(S("2025年\n6月20日") == "2025-06-20");  // a line break inside the cell
  CHECK(S("20 25年6月20日") == "none");          // a space never splits a number
  CHECK(S("2025年6月2 0日") == "none");
}

TEST_CASE("date: impossible and malformed dates are rejected") {
  CHECK(S("2025年2月29日") == "none");  // 2025 is not a leap year
  CHECK(S("2024年2月29日") == "2024-02-29");
  CHECK(S("2000年2月29日") == "2000-02-29");  // divisible by 400
  CHECK(S("1900年2月29日") == "none");        // divisible by 100
  CHECK(S("2025年2月30日") == "none");
  CHECK(S("2025年4月31日") == "none");
  CHECK(S("2025年13月") == "none");
  CHECK(S("2025年0月") == "none");
  CHECK(S("2025年6月0日") == "none");
  CHECK(S("2025-06-00") == "none");
  CHECK(S("2025-00") == "none");
  CHECK(S("2025-6/20") == "none");  // mixed separators
  CHECK(S("2025-06-20-1") == "none");
  CHECK(S("2025-123") == "none");
  CHECK(S("25年6月20日") == "none");  // the year has four digits
  CHECK(S("0000年1月1日") == "none");
  CHECK(S("2025") == "none");  // a bare number is not a date
  CHECK(S("6月20日") == "none");  // no year
  CHECK(S("") == "none");
  CHECK(S("   ") == "none");
  CHECK(S("2025年6月20日前") == "none");  // a deadline is an indicator value, not a date
  CHECK(S("abc") == "none");
  CHECK(S("2025年6月20日\xFF") == "none");  // invalid UTF-8
  CHECK(S("2025年6\xE6") == "none");        // truncated sequence
  CHECK(S(std::string(100, '1')) == "none");
}

TEST_CASE("date: is_valid_date") {
  CHECK(is_valid_date(2024, 2, 29));
  CHECK_FALSE(is_valid_date(2025, 2, 29));
  CHECK(is_valid_date(2025, 12, 31));
  CHECK_FALSE(is_valid_date(2025, 12, 32));
  CHECK_FALSE(is_valid_date(2025, 11, 31));
  CHECK(is_valid_date(2025, 1, 31));
  CHECK(is_valid_date(2025, 4, 30));
  CHECK_FALSE(is_valid_date(2025, 0, 1));
  CHECK_FALSE(is_valid_date(2025, 13, 1));
  CHECK_FALSE(is_valid_date(2025, 6, 0));
  CHECK_FALSE(is_valid_date(0, 1, 1));
  CHECK(is_valid_date(1, 1, 1));
  CHECK(is_valid_date(9999, 12, 31));
  CHECK_FALSE(is_valid_date(10000, 1, 1));
}

TEST_CASE("date: last_day, to_string and order") {
  CHECK(Date{2023, 12, 0}.last_day() == Date{2023, 12, 31});
  CHECK(Date{2024, 0, 0}.last_day() == Date{2024, 12, 31});
  CHECK(Date{2024, 2, 0}.last_day() == Date{2024, 2, 29});
  CHECK(Date{2025, 2, 0}.last_day() == Date{2025, 2, 28});
  CHECK(Date{2025, 4, 0}.last_day() == Date{2025, 4, 30});
  CHECK(Date{2025, 6, 20}.last_day() == Date{2025, 6, 20});
  CHECK(Date{0, 12, 0}.last_day() == Date{0, 12, 31});  // 12月底: a month without its year
  CHECK(Date{0, 2, 0}.last_day() == Date{0, 2, 29});    // a yearless February may have 29 days

  CHECK(Date{2025, 6, 20}.to_string() == "2025-06-20");
  CHECK(Date{2023, 12, 0}.to_string() == "2023-12");
  CHECK(Date{2024, 0, 0}.to_string() == "2024");
  CHECK(Date{0, 12, 0}.to_string() == "--12");  // ISO 8601 forms without a year
  CHECK(Date{0, 6, 30}.to_string() == "--06-30");
  CHECK(Date{0, 0, 0}.to_string().empty());
  CHECK(Date{999, 1, 2}.to_string() == "0999-01-02");

  CHECK(Date{2023, 12, 0} < Date{2023, 12, 1});  // a month sorts before its days
  CHECK(Date{2023, 12, 31} < Date{2024, 0, 0});
  CHECK(Date{2024, 0, 0} < Date{2024, 1, 1});
  CHECK(Date{2025, 6, 20} == *parse_date("2025年6月20日"));
  CHECK(Date{2025, 6, 20}.is_complete());
  CHECK_FALSE(Date{2025, 6, 0}.is_complete());
  CHECK_FALSE(Date{2025, 0, 0}.is_complete());
}

TEST_CASE("date: round trip of every day of 2023-2024 and random bytes") {
  int days = 0;
  for (int y = 2023; y <= 2024; ++y)
    for (int m = 1; m <= 12; ++m)
      for (int d = 1; d <= 31; ++d) {
        const std::string cjk = std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
        const auto parsed = parse_date(cjk);
        CHECK(parsed.has_value() == is_valid_date(y, m, d));
        if (parsed) {
          ++days;
          CHECK(parse_date(parsed->to_string()) == parsed);
        }
      }
  CHECK(days == 365 + 366);

  std::mt19937 rng(20250620);
  const std::string alphabet[] = {"2", "0", "5", "1", "年", "月", "日", "-", "/", ".", " ", "\xFF", "\xE5", "号", "度"};
  for (int i = 0; i < 2000; ++i) {
    std::string s;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) s += alphabet[rng() % std::size(alphabet)];
    const auto d = parse_date(s);
    if (d) CHECK((d->month == 0 || (d->month >= 1 && d->month <= 12)));
    if (d && d->day != 0) CHECK(is_valid_date(d->year, d->month, d->day));
  }
}
