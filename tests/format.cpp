// Tests of include/jixiao/format.hpp.
#include <jixiao/format.hpp>

#include <doctest/doctest.h>

using jixiao::Decimal;
using jixiao::Money;
using jixiao::MoneyUnit;
using jixiao::Percent;

namespace {
Decimal D(std::string_view s) { return Decimal::parse(s); }
}  // namespace

TEST_CASE("fmt: a Decimal with scale, grouping, width and fill") {
  CHECK(fmt::format("{}", D("1234.50")) == "1234.50");
  CHECK(fmt::format("{:.2}", D("1.005")) == "1.01");
  CHECK(fmt::format("{:.2f}", 1.005) == "1.00");  // why money never passes through a double
  CHECK(fmt::format("{:,.2}", D("1234567.891")) == "1,234,567.89");
  CHECK(fmt::format("{:,}", D("-1234567")) == "-1,234,567");
  CHECK(fmt::format("{:>10.1}", D("3.14")) == "       3.1");
  CHECK(fmt::format("{:<6}|", D("1.5")) == "1.5   |");
  CHECK(fmt::format("{:^7}", D("1.5")) == "  1.5  ");
  CHECK(fmt::format("{:8}", D("1.5")) == "     1.5");  // numbers align right by default
  CHECK(fmt::format("{:*>6}", D("1.5")) == "***1.5");
  CHECK(fmt::format("{:　>6}", D("1.5")) == "　　　1.5");  // a full-width fill counts as one column
  CHECK(fmt::format("{:.0}", D("-0.4")) == "0");
}

TEST_CASE("fmt: Money and Percent") {
  const Money m = Money::parse("209.21", MoneyUnit::wan_yuan);
  CHECK(fmt::format("{}", m) == "209.21万元");
  CHECK(fmt::format("{:.1w}", m) == "209.2万元");
  CHECK(fmt::format("{:,.2y}", m) == "2,092,100.00元");
  CHECK(fmt::format("{:y}", Money::yuan(D("0.5"))) == "0.50元");
  CHECK(fmt::format("{:>12}", m) == "  209.21万元");  // 万元 takes four terminal columns
  CHECK(jixiao::detail::display_width("209.21万元") == 10);
  CHECK(jixiao::detail::display_width("ａ") == 2);
  CHECK(fmt::format("{}", Percent::of(13, 18)) == "72.22%");
  CHECK(fmt::format("{:.1}", Percent::of(13, 18)) == "72.2%");
  CHECK(fmt::format("{:>8.0}", Percent::parse("99.5%")) == "    100%");
}

TEST_CASE("fmt: invalid specs are format errors") {
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:.}"), D("1")), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:.39}"), D("1")), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:x}"), D("1")), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:w}"), D("1")), fmt::format_error);  // units are for Money
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:99999}"), D("1")), fmt::format_error);
  CHECK(fmt::format(fmt::runtime("{:y}"), Money()) == "0.00元");
}
