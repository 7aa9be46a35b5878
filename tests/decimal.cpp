// Tests of include/jixiao/decimal.hpp. Expected values are worked out by hand (and cross-checked
// with Python's decimal where noted); the bulk oracle comparisons live in dectest/ and differential/.
#include <jixiao/decimal.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <random>
#include <sstream>
#include <unordered_set>
#include <vector>

using jixiao::Decimal;
using jixiao::ErrorCode;
using jixiao::Lang;
using jixiao::RoundingMode;

namespace {
Decimal D(std::string_view s) { return Decimal::parse(s); }
std::string S(const Decimal& d) { return d.to_string(); }
const std::string max_text = "99999999999999999999999999999999999999";  // 38 nines

// The error a parse throws; fails the test if it does not throw.
jixiao::Error parse_error(std::string_view text) {
  try {
    (void)Decimal::parse(text);
  } catch (const jixiao::Error& e) {
    return e;
  }
  FAIL("parse(\"" << std::string(text) << "\") did not throw");
  return jixiao::Error(ErrorCode::ok, "", "");
}
}  // namespace

TEST_CASE("parse: plain forms keep their scale") {
  CHECK(S(D("1234.50")) == "1234.50");
  CHECK(D("1234.50").scale() == 2);
  CHECK(D("1234.50").coefficient() == 123450);
  CHECK(S(D("-0.01")) == "-0.01");
  CHECK(S(D("+3")) == "3");
  CHECK(S(D("0")) == "0");
  CHECK(S(D(".5")) == "0.5");
  CHECK(S(D("5.")) == "5");
  CHECK(S(D("007.10")) == "7.10");
  CHECK(S(D("  12.5\t\n")) == "12.5");
}

TEST_CASE("parse: thousands grouping") {
  CHECK(S(D("1,234.56")) == "1234.56");
  CHECK(S(D("1,234,567")) == "1234567");
  CHECK(S(D("-12,345.6")) == "-12345.6");
  CHECK(S(D("999")) == "999");
}

TEST_CASE("parse: full-width forms pasted from Chinese documents") {
  CHECK(S(D("１２３．４５")) == "123.45");  // full-width digits and point
  CHECK(S(D("－3")) == "-3");              // U+FF0D full-width minus
  CHECK(S(D("＋3")) == "3");               // U+FF0B
  CHECK(S(D("−7.5")) == "-7.5");           // U+2212 minus sign
  CHECK(S(D("１，２３４．５")) == "1234.5");  // full-width comma as a thousands separator
  CHECK(S(D("\u3000209.21\u3000")) == "209.21");  // ideographic spaces around the cell
  CHECK(S(D("\u00a053.83")) == "53.83");           // no-break space
}

TEST_CASE("parse: -0 is normalised to 0 with its scale") {
  const Decimal z = D("-0.00");
  CHECK(z.signum() == 0);
  CHECK_FALSE(z.is_negative());
  CHECK(S(z) == "0.00");
  CHECK(S(D("-0")) == "0");
  CHECK(S(D("-0.004").round(2)) == "0.00");  // rounding to zero never leaves a sign
  CHECK(S(D("0.5") - D("0.5")) == "0.0");
  CHECK(S(-D("0.0")) == "0.0");
}

TEST_CASE("parse: every rejected form, with code, position and message") {
  struct Case {
    const char* text;
    ErrorCode code;
    int column;
    const char* zh;
    const char* en;
  };
  const Case cases[] = {
      {"", ErrorCode::invalid_number, 0, "空文本不是数字", "empty text is not a number"},
      {"   ", ErrorCode::invalid_number, 0, "空文本不是数字", "empty text is not a number"},
      {"1.2.3", ErrorCode::invalid_number, 4, "“1.2.3”第4个字符是第二个小数点",
       "second decimal point at position 4 in \"1.2.3\""},
      {"7,00.0,77", ErrorCode::invalid_number, 2,
       "“7,00.0,77”第2个字符处的千分位分隔符位置不对（整数部分应每三位一组）",
       "misplaced thousands separator at position 2 in \"7,00.0,77\" (groups of three digits expected)"},
      {"1,23", ErrorCode::invalid_number, 2,
       "“1,23”第2个字符处的千分位分隔符位置不对（整数部分应每三位一组）",
       "misplaced thousands separator at position 2 in \"1,23\" (groups of three digits expected)"},
      {"1234,567", ErrorCode::invalid_number, 5,
       "“1234,567”第5个字符处的千分位分隔符位置不对（整数部分应每三位一组）",
       "misplaced thousands separator at position 5 in \"1234,567\" (groups of three digits expected)"},
      {",123", ErrorCode::invalid_number, 1,
       "“,123”第1个字符处的千分位分隔符位置不对（整数部分应每三位一组）",
       "misplaced thousands separator at position 1 in \",123\" (groups of three digits expected)"},
      {"0,001", ErrorCode::invalid_number, 2,
       "“0,001”第2个字符处的千分位分隔符位置不对（整数部分应每三位一组）",
       "misplaced thousands separator at position 2 in \"0,001\" (groups of three digits expected)"},
      {"1.234,5", ErrorCode::invalid_number, 6,
       "“1.234,5”第6个字符处的千分位分隔符位置不对（整数部分应每三位一组）",
       "misplaced thousands separator at position 6 in \"1.234,5\" (groups of three digits expected)"},
      {"NaN", ErrorCode::invalid_number, 0, "“NaN”不是有限数（不接受 NaN 和无穷大）",
       "\"NaN\" is not a finite number (NaN and infinity are not accepted)"},
      {"-Infinity", ErrorCode::invalid_number, 0, "“-Infinity”不是有限数（不接受 NaN 和无穷大）",
       "\"-Infinity\" is not a finite number (NaN and infinity are not accepted)"},
      {"1e5", ErrorCode::invalid_number, 2, "“1e5”第2个字符：此处不接受科学计数法（需要时请用 parse_scientific）",
       "scientific notation at position 2 in \"1e5\" is not accepted here (use parse_scientific)"},
      {"12%", ErrorCode::invalid_number, 3, "“12%”第3个字符：普通数字中不能有百分号（百分数请用 Percent::parse）",
       "percent sign at position 3 in \"12%\": use Percent::parse for percentages"},
      {"+", ErrorCode::invalid_number, 0, "“+”中没有数字", "no digits in \"+\""},
      {"-.", ErrorCode::invalid_number, 0, "“-.”中没有数字", "no digits in \"-.\""},
      {"abc", ErrorCode::invalid_number, 1, "“abc”第1个字符“a”不能出现在数字中",
       "unexpected character 'a' at position 1 in \"abc\""},
      {"12 3", ErrorCode::invalid_number, 4, "“12 3”第4个字符“3”不能出现在数字中",
       "unexpected character '3' at position 4 in \"12 3\""},
      {"２０万元", ErrorCode::invalid_number, 3, "“２０万元”第3个字符“万”不能出现在数字中",
       "unexpected character '万' at position 3 in \"２０万元\""},
      {"--1", ErrorCode::invalid_number, 2, "“--1”第2个字符“-”不能出现在数字中",
       "unexpected character '-' at position 2 in \"--1\""},
      {"123456789012345678901234567890123456789", ErrorCode::out_of_range, 0,
       "“123456789012345678901234567890123456789”超出范围：有效数字超过38位",
       "\"123456789012345678901234567890123456789\" is out of range: more than 38 significant digits"},
      {"0.000000000000000000000000000000000000001", ErrorCode::out_of_range, 0,
       "“0.000000000000000000000000000000000000001”超出范围：小数位数超过38位",
       "\"0.000000000000000000000000000000000000001\" is out of range: more than 38 digits after the decimal "
       "point"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const jixiao::Error e = parse_error(c.text);
    CHECK(e.code() == c.code);
    CHECK(e.column() == c.column);
    CHECK(e.message(Lang::zh) == c.zh);
    CHECK(e.message(Lang::en) == c.en);
    CHECK(std::string(e.what()) == c.zh);
    jixiao::ParseError pe;
    CHECK_FALSE(Decimal::try_parse(c.text, &pe).has_value());
    CHECK(pe.code == c.code);
    CHECK(pe.column == c.column);
  }
}

TEST_CASE("parse: an invalid UTF-8 byte is quoted as U+FFFD, never copied into the message") {
  const jixiao::Error e = parse_error("1\xff");
  CHECK(e.code() == ErrorCode::invalid_number);
  CHECK(e.column() == 2);
  CHECK(e.message(Lang::en) == "unexpected character '\xEF\xBF\xBD' at position 2 in \"1\xEF\xBF\xBD\"");
}

TEST_CASE("parse: the message quotes a long text shortened") {
  const std::string text = std::string(100, '1') + "x";
  const jixiao::Error e = parse_error(text);
  CHECK(e.column() == 101);
  CHECK(e.message(Lang::en) ==
        "unexpected character 'x' at position 101 in \"" + std::string(60, '1') + "…\"");
}

TEST_CASE("parse: range limits are 38 digits and scale 38") {
  CHECK(S(D(max_text)) == max_text);
  CHECK(S(D("-" + max_text)) == "-" + max_text);
  CHECK(D(max_text).coefficient() == Decimal::max_coefficient);
  const std::string smallest = "0." + std::string(37, '0') + "1";
  CHECK(D(smallest).scale() == 38);
  CHECK(D(smallest).coefficient() == 1);
  CHECK(S(D(smallest)) == smallest);
  // Leading zeros do not count as digits; trailing fraction zeros count toward the scale.
  CHECK(S(D("000" + max_text)) == max_text);
  CHECK(parse_error("0." + std::string(38, '0') + "0").code() == ErrorCode::out_of_range);
  CHECK(parse_error("1" + max_text).code() == ErrorCode::out_of_range);
}

TEST_CASE("parse_scientific") {
  CHECK(S(Decimal::parse_scientific("1.23E+3")) == "1230");
  CHECK(S(Decimal::parse_scientific("1.23e3")) == "1230");
  CHECK(S(Decimal::parse_scientific("5e-3")) == "0.005");
  CHECK(S(Decimal::parse_scientific("1.50E-1")) == "0.150");
  CHECK(S(Decimal::parse_scientific("-0E+5")) == "0");
  CHECK(S(Decimal::parse_scientific("12.5")) == "12.5");
  CHECK(Decimal::parse_scientific("1E+37").to_string() == "1" + std::string(37, '0'));
  jixiao::ParseError pe;
  CHECK_FALSE(Decimal::try_parse_scientific("1E+38", &pe));  // 39 digits
  CHECK(pe.code == ErrorCode::out_of_range);
  CHECK_FALSE(Decimal::try_parse_scientific("1e", &pe));
  CHECK(pe.reason == jixiao::ParseError::Reason::bad_exponent);
  CHECK(pe.column == 3);
  CHECK_FALSE(Decimal::try_parse_scientific("1e+", &pe));
  CHECK(pe.reason == jixiao::ParseError::Reason::bad_exponent);
  CHECK_FALSE(Decimal::try_parse_scientific("1e99999999999999", &pe));
  CHECK(pe.reason == jixiao::ParseError::Reason::bad_exponent);
  CHECK_FALSE(Decimal::try_parse_scientific("1e-39", &pe));
  CHECK(pe.reason == jixiao::ParseError::Reason::scale_too_large);
}

TEST_CASE("from_coefficient and integers") {
  CHECK(S(Decimal::from_coefficient(-12345, 3)) == "-12.345");
  CHECK(S(Decimal(42)) == "42");
  CHECK(S(Decimal(-9223372036854775807LL - 1)) == "-9223372036854775808");
  CHECK(S(Decimal(18446744073709551615ULL)) == "18446744073709551615");
  CHECK_THROWS_AS(Decimal::from_coefficient(1, 39), jixiao::Error);
  CHECK_THROWS_AS(Decimal::from_coefficient(1, -1), jixiao::Error);
  CHECK_THROWS_AS(Decimal::from_coefficient(Decimal::max_coefficient + 1, 0), jixiao::Error);
  CHECK(Decimal::from_coefficient(-Decimal::max_coefficient, 0) == -D(max_text));
}

TEST_CASE("addition and subtraction are exact across scales") {
  CHECK(S(D("1.30") + D("1.2")) == "2.50");
  CHECK(S(D("0.1") + D("0.2")) == "0.3");
  CHECK(S(D("155.38") + D("53.83")) == "209.21");  // seed: 基本支出 + 项目支出 = 年初预算
  CHECK(S(D("21.9") + D("1.83")) == "23.73");      // seed: 公用经费 2023
  CHECK(S(D("17.72") + D("1.73")) == "19.45");     // seed: 公用经费 2024 决算
  CHECK(S(D("1") - D("0.001")) == "0.999");
  CHECK(S(D("-5.5") + D("2")) == "-3.5");
  CHECK(S(D("10") - D("10.00")) == "0.00");
  Decimal acc = D("0.10");
  acc += D("0.05");
  acc -= D("1");
  CHECK(S(acc) == "-0.85");
}

TEST_CASE("addition: overflow is an error, never a wrap") {
  const Decimal m = D(max_text);
  CHECK(S(m + D("0")) == max_text);
  CHECK(S(m - m) == "0");
  CHECK(S(-m - -m) == "0");
  auto overflows = [](auto f) {
    try {
      f();
    } catch (const jixiao::Error& e) {
      return e.code() == ErrorCode::out_of_range;
    }
    return false;
  };
  CHECK(overflows([&] { return m + 1; }));
  CHECK(overflows([&] { return -m - 1; }));
  CHECK(overflows([&] { return m + m; }));
  CHECK(overflows([&] { return m + D("0.1"); }));  // 39 digits at scale 1
  CHECK(S(D("1" + std::string(36, '0')) - D("9" + std::string(35, '9') + ".9")) == "0.1");
  // Aligning the coarse operand leaves 128 bits (1.71·10^38 > 2^127), yet the sum comes back in range.
  const Decimal coarse = D("171" + std::string(35, '0'));
  const Decimal fine = D("-9" + std::string(36, '0') + ".5");
  CHECK(S(coarse + fine) == "80" + std::string(35, '9') + ".5");  // 1.71e37 − 9e36 − 0.5
  CHECK(S(fine + coarse) == "80" + std::string(35, '9') + ".5");  // 1.71e37 − 9e36 − 0.5
  CHECK(overflows([&] { return coarse + -fine; }));
}

TEST_CASE("multiplication is exact; the scale is the sum of the scales") {
  CHECK(S(D("2.50") * D("0.21")) == "0.5250");
  CHECK(S(D("-1.5") * D("3")) == "-4.5");
  CHECK(S(D("0.0") * D("-7")) == "0.0");
  CHECK(S(D("1.1") * D("1.1")) == "1.21");
  CHECK(S(D("123456789012.34") * D("1000")) == "123456789012340.00");
  // Past int64 coefficients: the 128-bit path.
  CHECK(S(D("12345678901234567890") * D("10")) == "123456789012345678900");
  CHECK(S(D("9999999999999999999") * D("9999999999999999999")) == "99999999999999999980000000000000000001");
  CHECK_THROWS_AS(D("99999999999999999999") * D("9999999999999999999"), jixiao::Error);  // 39 digits
  CHECK_THROWS_AS(D(max_text) * D(max_text), jixiao::Error);                           // beyond 128 bits
  CHECK_THROWS_AS(D("0." + std::string(19, '1')) * D("0." + std::string(20, '1')), jixiao::Error);  // scale 39
  CHECK(S(D(max_text) * D("1")) == max_text);
  CHECK(S(D(max_text) * D("-1")) == "-" + max_text);
}

TEST_CASE("division needs a scale and a rounding mode") {
  CHECK(S(D("90").divide(D("96"), 2)) == "0.94");
  CHECK(S(D("90").divide(D("96"), 4)) == "0.9375");
  CHECK(S(D("1").divide(D("3"), 6)) == "0.333333");
  CHECK(S(D("2").divide(D("3"), 6)) == "0.666667");
  CHECK(S(D("2").divide(D("3"), 6, RoundingMode::down)) == "0.666666");
  CHECK(S(D("-2").divide(D("3"), 2, RoundingMode::floor)) == "-0.67");
  CHECK(S(D("-2").divide(D("3"), 2, RoundingMode::ceiling)) == "-0.66");
  CHECK(S(D("1").divide(D("8"), 2, RoundingMode::half_even)) == "0.12");
  CHECK(S(D("3").divide(D("8"), 2, RoundingMode::half_even)) == "0.38");
  CHECK(S(D("1").divide(D("8"), 2, RoundingMode::half_down)) == "0.12");
  CHECK(S(D("-1").divide(D("8"), 2, RoundingMode::half_up)) == "-0.13");
  CHECK(S(D("211.34").divide(D("211.34"), 4)) == "1.0000");
  CHECK(S(D("10.00").divide(D("0.04"), 0)) == "250");
  CHECK(S(D("1234.5678").divide(D("100"), 2)) == "12.35");   // e < 0: the divisor is scaled
  CHECK(S(D("0.001").divide(D("1000"), 2)) == "0.00");
  CHECK(S(D("1").divide(D("0.0000000000000000000000000000000000001"), 0)) ==
        "10000000000000000000000000000000000000");  // e = 37 beyond 64 bits
  CHECK(S(D(max_text).divide(D("3"), 0)) == "33333333333333333333333333333333333333");
  // Past 128 bits in the numerator (10^38 · 10^38): the wide path.
  CHECK(S(D(max_text).divide(D(max_text), 37)) == "1." + std::string(37, '0'));
  CHECK_THROWS_AS(D(max_text).divide(D(max_text), 38), jixiao::Error);  // 1.000… has 39 digits
  CHECK(S(D("1").divide(D("7"), 38)) == "0.14285714285714285714285714285714285714");
  CHECK(S(D("6").divide(D("7"), 37)) == "0.8571428571428571428571428571428571429");
  try {
    (void)D("1").divide(D("0.00"), 2);
    FAIL("no throw");
  } catch (const jixiao::Error& e) {
    CHECK(e.code() == ErrorCode::division_by_zero);
    CHECK(e.message(Lang::en) == "division by zero: 1 / 0");
    CHECK(e.message(Lang::zh) == "除数为零：1 ÷ 0");
  }
  CHECK_THROWS_AS(D(max_text).divide(D("0.1"), 0), jixiao::Error);  // quotient has 39 digits
  CHECK_THROWS_AS(D("1").divide(D("3"), 2, RoundingMode::unnecessary), jixiao::Error);
  CHECK(S(D("1").divide(D("4"), 2, RoundingMode::unnecessary)) == "0.25");
  CHECK_THROWS_AS(D("1").divide(D("3"), 39), jixiao::Error);
  CHECK_THROWS_AS(D("1").divide(D("3"), -1), jixiao::Error);
}

TEST_CASE("round (quantize) to a scale") {
  CHECK(S(D("1.005").round(2)) == "1.01");  // the number a double gets wrong: 1.00
  CHECK(S(D("2.675").round(2)) == "2.68");
  CHECK(S(D("-2.675").round(2)) == "-2.68");
  CHECK(S(D("9.375").round(2, RoundingMode::half_even)) == "9.38");
  CHECK(S(D("9.365").round(2, RoundingMode::half_even)) == "9.36");
  CHECK(S(D("99.995").round(2)) == "100.00");
  CHECK(S(D("1.5").round(3)) == "1.500");  // more places pad zeros
  CHECK(S(D("7").round(2)) == "7.00");
  CHECK(S(D("123.456").round(0)) == "123");
  CHECK(S(D("0.0000000000000000000000000000000000005").round(0)) == "0");
  CHECK(S(D("0.5" + std::string(36, '0')).round(0)) == "1");
  CHECK(S(D(max_text).round(0)) == max_text);
  // A coefficient beyond 64 bits takes the 128-bit path.
  CHECK(S(D("123456789012345678901234.5678").round(2)) == "123456789012345678901234.57");
  CHECK_THROWS_AS(D(max_text).round(1), jixiao::Error);  // padding past 38 digits
  CHECK_THROWS_AS(D("1").round(39), jixiao::Error);
  try {
    (void)D("1.25").round(1, RoundingMode::unnecessary);
    FAIL("no throw");
  } catch (const jixiao::Error& e) {
    CHECK(e.code() == ErrorCode::rounding_necessary);
  }
  CHECK(S(D("1.20").round(1, RoundingMode::unnecessary)) == "1.2");
  CHECK(S(jixiao::round(D("2.5"), 0, RoundingMode::half_down)) == "2");
}

TEST_CASE("comparison is numeric across scales") {
  CHECK(D("2.50") == D("2.5"));
  CHECK(D("2.50") != D("2.51"));
  CHECK(D("-1") < D("0.5"));
  CHECK(D("0.1") > D("0.09999"));
  CHECK(D("100") == Decimal(100));
  CHECK((D("2.50") <=> D("2.5")) == std::weak_ordering::equivalent);
  CHECK(D("-0.00") == D("0"));
  // Aligning a 38-digit integer to scale 1 leaves 128 bits: the sign decides.
  CHECK(D(max_text) > D("0.5"));
  CHECK(-D(max_text) < D("-0.5"));
  CHECK(D("0.5") < D(max_text));
  CHECK(D("-0.5") > -D(max_text));
  CHECK(jixiao::min(D("2.5"), D("2.50")).scale() == 1);
  CHECK(jixiao::max(D("2.50"), D("2.5")).scale() == 2);
  CHECK(S(jixiao::min(D("3"), D("-1"))) == "-1");
  CHECK(S(jixiao::max(D("3"), D("-1"))) == "3");
}

TEST_CASE("abs, negate, signum, is_integer, precision, strip_trailing_zeros") {
  CHECK(S(D("-1.50").abs()) == "1.50");
  CHECK(S(jixiao::abs(D("2"))) == "2");
  CHECK(S(D("1.50").negate()) == "-1.50");
  CHECK(S(-D("-3")) == "3");
  CHECK(D("-0.01").signum() == -1);
  CHECK(D("0.00").signum() == 0);
  CHECK(D("7").signum() == 1);
  CHECK(D("2.00").is_integer());
  CHECK_FALSE(D("2.01").is_integer());
  CHECK(D("0.0").is_integer());
  CHECK(D("0").precision() == 1);
  CHECK(D("123.45").precision() == 5);
  CHECK(D(max_text).precision() == 38);
  CHECK(S(D("2.500").strip_trailing_zeros()) == "2.5");
  CHECK(S(D("100").strip_trailing_zeros()) == "100");
  CHECK(S(D("0.000").strip_trailing_zeros()) == "0");
}

TEST_CASE("sum over a range") {
  // seed 附件一: 公用经费 2024 预算 = 办公经费 16 + 水费、电费、差旅费 8
  const std::vector<Decimal> rows{D("16"), D("8"), D("0.00")};
  CHECK(S(jixiao::sum(rows)) == "24.00");
  CHECK(S(jixiao::sum(std::vector<Decimal>{})) == "0");
  const std::vector<Decimal> cents(100, D("0.01"));
  CHECK(S(jixiao::sum(cents)) == "1.00");  // a double gives 1.0000000000000007
}

TEST_CASE("hash agrees with ==") {
  std::hash<Decimal> h;
  CHECK(h(D("2.5")) == h(D("2.50")));
  CHECK(h(D("0")) == h(D("0.000")));
  std::unordered_set<Decimal> set{D("1.0"), D("1.00"), D("2")};
  CHECK(set.size() == 2);
}

TEST_CASE("to_string with a FormatSpec, to_chars and streams") {
  CHECK(D("1234567.891").to_string({2, true}) == "1,234,567.89");
  CHECK(D("-1234567.891").to_string({2, true}) == "-1,234,567.89");
  CHECK(D("999.995").to_string({2, true}) == "1,000.00");
  CHECK(D("123").to_string({-1, true}) == "123");
  CHECK(D("-0.5").to_string({0, false, RoundingMode::half_even}) == "0");
  CHECK(D("12.345").to_string({2, false, RoundingMode::down}) == "12.34");
  CHECK(D("1.5").to_string({}) == "1.5");
  char buf[8];
  CHECK(D("-12.50").to_chars(buf, buf + 6) == buf + 6);
  CHECK(std::string(buf, 6) == "-12.50");
  CHECK(D("-12.50").to_chars(buf, buf + 5) == nullptr);
  CHECK(S(D("-0." + std::string(37, '0') + "1")) == "-0." + std::string(37, '0') + "1");
  std::ostringstream os;
  os << D("3.140");
  CHECK(os.str() == "3.140");
}

TEST_CASE("text round trip: parse(to_string(x)) keeps value and scale, with and without grouping") {
  std::mt19937_64 rng(20261127);
  for (int i = 0; i < 20000; ++i) {
    const int digits = 1 + static_cast<int>(rng() % 38);
    jixiao::uint128 m = 0;
    for (int k = 0; k < digits; ++k) m = m * 10 + rng() % 10;
    const auto c = static_cast<jixiao::int128>(m);
    const Decimal x = Decimal::from_coefficient(rng() % 2 ? -c : c, static_cast<int>(rng() % 39));
    const Decimal back = D(x.to_string());
    REQUIRE(back.coefficient() == x.coefficient());
    REQUIRE(back.scale() == x.scale());
    const Decimal grouped = D(x.to_string({-1, true}));
    REQUIRE(grouped.coefficient() == x.coefficient());
    REQUIRE(grouped.scale() == x.scale());
  }
}

TEST_CASE("arbitrary bytes never crash the parser, and what it accepts prints back the same") {
  // Bytes drawn from the characters the grammar cares about, plus anything at all.
  const std::string alphabet[] = {"0", "1", "9", ".", ",", "-", "+", " ", "e", "E", "%", "１", "．", "，",
                                  "－", "％", "\u3000", "\xff", "\xe3\x80", "n", "a", "i", "\n", "0"};
  std::mt19937_64 rng(7);
  int accepted = 0;
  for (int i = 0; i < 50000; ++i) {
    std::string text;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      if (rng() % 8 == 0) {
        text += static_cast<char>(rng() % 256);
      } else {
        text += alphabet[rng() % std::size(alphabet)];
      }
    }
    jixiao::ParseError error;
    const auto value = Decimal::try_parse_scientific(text, &error);
    if (value) {
      ++accepted;
      REQUIRE(D(value->to_string()) == *value);
    } else {
      REQUIRE(error.code != ErrorCode::ok);
      const jixiao::Error e = error.to_error(text);  // the message can always be built
      REQUIRE_FALSE(e.message(Lang::en).empty());
    }
  }
  CHECK(accepted > 100);
}

TEST_CASE("add_small: the throw-free sum of 64-bit coefficients agrees with operator+") {
  std::mt19937_64 rng(11);
  for (int i = 0; i < 20000; ++i) {
    const auto ca = static_cast<std::int64_t>(rng());
    const auto cb = static_cast<std::int64_t>(rng()) >> (rng() % 64);
    const int sa = static_cast<int>(rng() % 39);
    const int sb = static_cast<int>(rng() % 39);
    jixiao::int128 sum = 0;
    int scale = 0;
    const bool fast = jixiao::detail::add_small(ca, sa, cb, sb, sum, scale);
    CHECK(fast == (std::abs(sa - sb) <= 18));
    if (!fast) continue;
    const Decimal expected = Decimal::from_coefficient(ca, sa) + Decimal::from_coefficient(cb, sb);
    REQUIRE(sum == expected.coefficient());
    REQUIRE(scale == expected.scale());
  }
}

TEST_CASE("to_string at every digit count and scale: 0, 9…9 and 10…0 up to 2^64 − 1, positive and negative") {
  // The reference: the coefficient's digits from std::to_string, padded with zeros to more than the
  // scale, the point put in by hand.
  const auto reference = [](std::uint64_t coefficient, int scale, bool negative) {
    std::string digits = std::to_string(coefficient);
    if (static_cast<int>(digits.size()) <= scale) digits.insert(0, static_cast<std::size_t>(scale + 1) - digits.size(), '0');
    if (scale > 0) digits.insert(digits.size() - static_cast<std::size_t>(scale), 1, '.');
    return (negative && coefficient != 0 ? "-" : "") + digits;
  };
  std::vector<std::uint64_t> values = {0, 1, 5, 18446744073709551615ull};
  for (std::uint64_t p = 10; p <= 1000000000000000000ull; p *= 10) values.insert(values.end(), {p - 1, p, p + 1});
  values.push_back(10000000000000000000ull);
  for (const std::uint64_t c : values)
    for (int scale = 0; scale <= 25; ++scale)
      for (const bool negative : {false, true}) {
        const jixiao::int128 coefficient = negative ? -static_cast<jixiao::int128>(c) : static_cast<jixiao::int128>(c);
        CAPTURE(reference(c, scale, negative));
        CHECK(jixiao::Decimal::from_coefficient(coefficient, scale).to_string() == reference(c, scale, negative));
      }
  // Beyond 64 bits (20 to 38 digits): 9…9 and 10…0 written by hand, read and written back.
  for (std::size_t digits = 20; digits <= 38; ++digits)
    for (const std::string& integer : {std::string(digits, '9'), "1" + std::string(digits - 1, '0')})
      for (const std::size_t scale : {std::size_t{0}, std::size_t{2}, digits - 1, digits})
        for (const char* sign : {"", "-"}) {
          std::string text = integer;
          text.insert(text.size() - scale, scale == digits ? "0." : (scale ? "." : ""));
          text.insert(0, sign);
          CAPTURE(text);
          CHECK(jixiao::Decimal::parse(text).to_string() == text);
        }
}
