// Tests of include/jixiao/money.hpp. Amounts from the seed package (衡山县委编办 2024) where noted.
#include <jixiao/money.hpp>
#include <jixiao/percent.hpp>

#include <doctest/doctest.h>

#include "operator_concepts.hpp"

#include <vector>

using jixiao::Decimal;
using jixiao::Money;
using jixiao::MoneyUnit;

namespace {
Decimal D(std::string_view s) { return Decimal::parse(s); }
Money wan(std::string_view s) { return Money::parse(s, MoneyUnit::wan_yuan); }
}  // namespace

// Type safety: amounts never mix with bare numbers or rates by accident.
static_assert(can_add<Money, Money>);
static_assert(can_multiply<Money, Decimal>);
static_assert(!can_add<Money, Decimal>);
static_assert(!can_add<Decimal, Money>);
static_assert(!can_subtract<Money, Decimal>);
static_assert(!can_add<Money, jixiao::Percent>);
static_assert(!can_subtract<Money, jixiao::Percent>);
static_assert(!can_multiply<Money, Money>);
static_assert(!can_compare<Money, int>);
static_assert(!can_compare<Money, jixiao::Percent>);
static_assert(!can_add<jixiao::Percent, Money>);
static_assert(!std::is_convertible_v<Decimal, Money>);
static_assert(!std::is_convertible_v<Money, Decimal>);

TEST_CASE("万元 and 元 convert exactly") {
  const Money m = wan("209.21");
  CHECK(m.yuan().to_string() == "2092100");
  CHECK(m.wan_yuan().to_string() == "209.2100");
  CHECK(m.in(MoneyUnit::wan_yuan, 2).to_string() == "209.21");
  CHECK(Money::wan_yuan(D("1.23456")).yuan().to_string() == "12345.6");
  CHECK(Money::wan_yuan(D("0.0001")).yuan().to_string() == "1");
  CHECK(Money::yuan(D("12345.67")).in(MoneyUnit::wan_yuan, 2).to_string() == "1.23");
  CHECK(Money::yuan(D("12345.67")).wan_yuan().to_string() == "1.234567");
  CHECK(Money::yuan(D("15000")).in(MoneyUnit::wan_yuan, 0).to_string() == "2");  // 1.5 → 2 (四舍五入)
  CHECK(Money::in(MoneyUnit::yuan, D("5")) == Money::yuan(D("5.00")));
  CHECK(Money::parse("1,234.5", MoneyUnit::yuan).yuan().to_string() == "1234.5");
  CHECK(wan("1") == Money::yuan(D("10000")));
  CHECK_THROWS_AS(Money::parse("12万", MoneyUnit::wan_yuan), jixiao::Error);
  CHECK_THROWS_AS(Money::wan_yuan(D("99999999999999999999999999999999999")), jixiao::Error);  // 39 digits in 元
  // Scale 38 in 元 cannot gain four places in 万元 unless the last digits are zeros.
  const Money fine = Money::yuan(D("0." + std::string(31, '0') + "1000000"));  // 10^-32 元, scale 38
  CHECK(fine.wan_yuan().to_string() == "0." + std::string(35, '0') + "100");  // 10^-36 万元, scale 38
  CHECK_THROWS_AS(Money::yuan(D("0." + std::string(37, '0') + "1")).wan_yuan(), jixiao::Error);
}

TEST_CASE("seed package: sub-rows foot to their totals (附件一、附件二)") {
  // 公用经费 = 办公经费 + 水费、电费、差旅费, in each of the three columns.
  CHECK(wan("21.9") + wan("1.83") == wan("23.73"));   // 2023 年决算数
  CHECK(wan("16") + wan("8") == wan("24"));           // 2024 年预算数
  CHECK(wan("17.72") + wan("1.73") == wan("19.45"));  // 2024 年决算数
  // 年初预算数 209.21 = 基本支出 155.38 + 项目支出 53.83.
  CHECK(wan("155.38") + wan("53.83") == wan("209.21"));
  // 全年预算数 − 年初预算数 = 2.13万元 of adjustments (the narrative's "12.13" is wrong).
  CHECK((wan("211.34") - wan("209.21")).in(MoneyUnit::wan_yuan, 2).to_string() == "2.13");
}

TEST_CASE("arithmetic, comparison, ratio") {
  Money m = wan("10");
  m += wan("0.5");
  m -= Money::yuan(D("5000"));
  CHECK(m == wan("10"));
  CHECK((m * D("0.3")).to_string() == "3.00万元");
  CHECK((D("3") * m).to_string(MoneyUnit::yuan) == "300000.00元");
  CHECK((-m).signum() == -1);
  CHECK((-m).abs() == m);
  CHECK(Money().is_zero());
  CHECK(wan("1") < wan("1.01"));
  CHECK(ratio(wan("211.34"), wan("211.34"), 4).to_string() == "1.0000");
  CHECK(ratio(wan("55.38"), wan("53.83"), 4).to_string() == "1.0288");
  CHECK_THROWS_AS(ratio(wan("1"), Money(), 2), jixiao::Error);
}

TEST_CASE("to_string in either unit and language") {
  const Money m = wan("209.21");
  CHECK(m.to_string() == "209.21万元");
  CHECK(m.to_string(MoneyUnit::yuan, 2) == "2092100.00元");
  CHECK(m.to_string(MoneyUnit::wan_yuan, -1) == "209.2100万元");
  CHECK(m.to_string(MoneyUnit::wan_yuan, 1, jixiao::Lang::en) == "209.2" "10k yuan");
  CHECK(jixiao::money_unit_name(MoneyUnit::yuan, jixiao::Lang::en) == "yuan");
}
