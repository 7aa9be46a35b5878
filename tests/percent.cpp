// Tests of include/jixiao/percent.hpp. Rates from the seed package where noted.
#include <jixiao/percent.hpp>

#include <doctest/doctest.h>

#include "operator_concepts.hpp"

using jixiao::Decimal;
using jixiao::Money;
using jixiao::MoneyUnit;
using jixiao::Percent;
using jixiao::RoundingMode;

namespace {
Decimal D(std::string_view s) { return Decimal::parse(s); }
}  // namespace

static_assert(can_subtract<Percent, Percent>);
static_assert(!can_add<Percent, Decimal>);
static_assert(!can_add<Percent, Money>);
static_assert(!std::is_convertible_v<Decimal, Percent>);

TEST_CASE("ratio to percent rounds once, as written") {
  CHECK(Percent::of(13, 18).to_string() == "72.22%");  // seed: 在职人员控制率 = 13 / 18
  CHECK(Percent::of(D("211.34"), D("211.34")).to_string() == "100.00%");  // seed: 执行率
  CHECK(Percent::of(2, 3).to_string() == "66.67%");
  CHECK(Percent::of(2, 3, 2, RoundingMode::down).to_string() == "66.66%");
  CHECK(Percent::of(1, 8, 1).to_string() == "12.5%");
  CHECK(Percent::of(1, 8, 0).to_string() == "13%");
  CHECK(Percent::of(1, 8, 0, RoundingMode::half_even).to_string() == "12%");
  CHECK(Percent::of(D("19.45"), D("24")).to_string() == "81.04%");  // 公用经费控制率 = 19.45 / 24 = 81.0417%
  CHECK(Percent::of(D("2"), D("0.26")).to_string() == "769.23%");  // 三公经费 2024 vs 2023
  const Money spent = Money::parse("55.38", MoneyUnit::wan_yuan);
  const Money budget = Money::parse("53.83", MoneyUnit::wan_yuan);
  CHECK(Percent::of(spent, budget).to_string() == "102.88%");
  CHECK_THROWS_AS(Percent::of(1, 0), jixiao::Error);
}

TEST_CASE("parse needs the percent sign") {
  CHECK(Percent::parse("12%").points() == D("12"));
  CHECK(Percent::parse("72.22％").to_string() == "72.22%");
  CHECK(Percent::parse(" -3.5 % ").to_string() == "-3.5%");
  CHECK(Percent::parse("１００．００％").to_string() == "100.00%");
  try {
    (void)Percent::parse("12");
    FAIL("no throw");
  } catch (const jixiao::Error& e) {
    CHECK(e.code() == jixiao::ErrorCode::invalid_number);
    CHECK(e.message(jixiao::Lang::en) == "\"12\" has no percent sign");
    CHECK(e.message() == "“12”缺少百分号");
  }
  CHECK_THROWS_AS(Percent::parse("12%%"), jixiao::Error);
  CHECK_THROWS_AS(Percent::parse("%"), jixiao::Error);
  CHECK_THROWS_AS(Percent::parse("12% 3"), jixiao::Error);
}

TEST_CASE("points, ratio and shares of money") {
  const Percent p = Percent::parse("72.22%");
  CHECK(p.ratio().to_string() == "0.7222");
  CHECK(Percent::from_ratio(D("0.7222")) == p);
  CHECK(Percent::from_ratio(D("0.5")).to_string() == "50%");
  CHECK(Percent::from_ratio(D("1")).to_string() == "100%");
  CHECK(Percent::from_points(D("95")).ratio().to_string() == "0.95");
  CHECK((Percent::parse("95%") - Percent::parse("90.5%")).to_string() == "4.5%");
  CHECK((Money::parse("200", MoneyUnit::wan_yuan) * Percent::parse("10%")) ==
        Money::parse("20", MoneyUnit::wan_yuan));
  CHECK(Percent::parse("99.995%").round(2).to_string() == "100.00%");
  CHECK(Percent::parse("72.2222%").to_string(2) == "72.22%");
  CHECK(Percent::parse("130%") > Percent::parse("129.99%"));
  CHECK((-Percent::parse("5%")).signum() == -1);
}
