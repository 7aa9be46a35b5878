// Tests of include/jixiao/rounding_mode.hpp: every mode against the table of Java's RoundingMode
// documentation (docs.oracle.com/javase/8/docs/api/java/math/RoundingMode.html), as quoted in
// shared/reference/anchors.md A.5.
#include <jixiao/decimal.hpp>
#include <jixiao/rounding_mode.hpp>

#include <doctest/doctest.h>

#include <array>
#include <optional>

using jixiao::Decimal;
using jixiao::RoundingMode;

namespace {
constexpr std::array<const char*, 10> inputs{"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"};

// std::nullopt: RoundingMode::unnecessary throws (Java's ArithmeticException).
struct Row {
  RoundingMode mode;
  std::array<std::optional<int>, 10> expected;
};
const std::array<Row, 8> table{{
    {RoundingMode::up, {6, 3, 2, 2, 1, -1, -2, -2, -3, -6}},
    {RoundingMode::down, {5, 2, 1, 1, 1, -1, -1, -1, -2, -5}},
    {RoundingMode::ceiling, {6, 3, 2, 2, 1, -1, -1, -1, -2, -5}},
    {RoundingMode::floor, {5, 2, 1, 1, 1, -1, -2, -2, -3, -6}},
    {RoundingMode::half_up, {6, 3, 2, 1, 1, -1, -1, -2, -3, -6}},
    {RoundingMode::half_down, {5, 2, 2, 1, 1, -1, -1, -2, -2, -5}},
    {RoundingMode::half_even, {6, 2, 2, 1, 1, -1, -1, -2, -2, -6}},
    {RoundingMode::unnecessary,
     {std::nullopt, std::nullopt, std::nullopt, std::nullopt, 1, -1, std::nullopt, std::nullopt, std::nullopt,
      std::nullopt}},
}};
}  // namespace

TEST_CASE("every rounding mode against Java's RoundingMode table") {
  for (const Row& row : table) {
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      CAPTURE(jixiao::rounding_mode_name(row.mode));
      CAPTURE(inputs[i]);
      const Decimal x = Decimal::parse(inputs[i]);
      if (row.expected[i]) {
        CHECK(x.round(0, row.mode) == Decimal(*row.expected[i]));
        // The same decision through division: x = (10x) ÷ 10.
        CHECK((x * 10).divide(10, 0, row.mode) == Decimal(*row.expected[i]));
        // And one place further down: x/10 to one place is the table divided by 10.
        CHECK(x.divide(10, 1, row.mode) * 10 == Decimal(*row.expected[i]));
      } else {
        try {
          (void)x.round(0, row.mode);
          FAIL("no throw");
        } catch (const jixiao::Error& e) {
          CHECK(e.code() == jixiao::ErrorCode::rounding_necessary);
        }
      }
    }
  }
}

TEST_CASE("half_up is half away from zero at every place (四舍五入)") {
  CHECK(Decimal::parse("0.125").round(2) == Decimal::parse("0.13"));
  CHECK(Decimal::parse("-0.125").round(2) == Decimal::parse("-0.13"));
  CHECK(Decimal::parse("0.1249999").round(2) == Decimal::parse("0.12"));
  CHECK(Decimal::parse("72.2222").round(2) == Decimal::parse("72.22"));
  CHECK(Decimal::parse("9.375").round(2) == Decimal::parse("9.38"));
}

TEST_CASE("rounding mode names") {
  for (const Row& row : table) {
    const auto name = jixiao::rounding_mode_name(row.mode);
    CHECK(jixiao::rounding_mode_from_name(name) == row.mode);
  }
  CHECK(jixiao::rounding_mode_name(RoundingMode::half_up) == "half_up");
  CHECK(jixiao::rounding_mode_from_name("ROUND_HALF_EVEN") == RoundingMode::half_even);
  CHECK(jixiao::rounding_mode_from_name("HALF_DOWN") == RoundingMode::half_down);
  CHECK(jixiao::rounding_mode_from_name("ROUND_CEILING") == RoundingMode::ceiling);
  CHECK_FALSE(jixiao::rounding_mode_from_name("ROUND_05UP"));
  CHECK_FALSE(jixiao::rounding_mode_from_name(""));
  CHECK_FALSE(jixiao::rounding_mode_from_name("half-up"));
  // The numbers are ABI: they never change.
  CHECK(static_cast<int>(RoundingMode::half_up) == 0);
  CHECK(static_cast<int>(RoundingMode::unnecessary) == 7);
}
