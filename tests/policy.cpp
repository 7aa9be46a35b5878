// Tests of include/jixiao/policy.hpp: the built-ins, validation errors, grade bands at their bounds.
#include <jixiao/policy.hpp>

#include <doctest/doctest.h>

using jixiao::Decimal;
using jixiao::ErrorCode;
using jixiao::Policy;

namespace {
jixiao::Error validation_error(const Policy& p) {
  try {
    jixiao::validate(p);
  } catch (const jixiao::Error& e) {
    return e;
  }
  FAIL("validate did not throw");
  return jixiao::Error(ErrorCode::ok, "", "");
}
}  // namespace

TEST_CASE("every built-in policy validates") {
  for (auto id : jixiao::builtin_policy_ids()) {
    CAPTURE(id);
    const Policy p = jixiao::builtin_policy(id);
    CHECK(p.id == id);
    CHECK_NOTHROW(jixiao::validate(p));
  }
  CHECK(jixiao::default_policy().id == "national-2020");
  try {
    (void)jixiao::builtin_policy("national");
    FAIL("no throw");
  } catch (const jixiao::Error& e) {
    CHECK(e.code() == ErrorCode::unknown_policy);
    CHECK(e.message(jixiao::Lang::en) ==
          "no built-in policy named 'national' (available: national-2020, hubei-20-40-40, grades-80-70-60)");
  }
}

TEST_CASE("the national rule: 10 / 50 / 30 / 10, tiers 80/60") {
  const Policy p = jixiao::builtin_policy("national-2020");
  CHECK(p.execution_weight == 10);
  REQUIRE(p.section_weights.size() == 3);
  CHECK(p.section_weights[0].weight == 50);
  CHECK(p.section_weights[1].weight == 30);
  CHECK(p.section_weights[2].weight == 10);
  CHECK(p.qualitative_tiers[1].min_ratio == Decimal::parse("0.6"));
  const Policy h = jixiao::builtin_policy("hubei-20-40-40");
  CHECK(h.execution_weight == 20);
  CHECK(h.section_weights[1].categories.size() == 2);
  CHECK(h.qualitative_tiers[1].min_ratio == Decimal::parse("0.5"));
}

TEST_CASE("grade bands have inclusive lower bounds: exactly 90, 80, 60") {
  const Policy p = jixiao::default_policy();
  auto grade = [&](const char* total) { return jixiao::grade_of(p, Decimal::parse(total)).name; };
  CHECK(grade("100") == "优");
  CHECK(grade("90") == "优");
  CHECK(grade("90.00") == "优");
  CHECK(grade("89.99") == "良");
  CHECK(grade("80") == "良");
  CHECK(grade("79.99") == "中");
  CHECK(grade("60") == "中");
  CHECK(grade("59.99") == "差");
  CHECK(grade("0") == "差");
  CHECK(grade("-1") == "差");
  const Policy local = jixiao::builtin_policy("grades-80-70-60");
  auto local_grade = [&](const char* total) { return jixiao::grade_of(local, Decimal::parse(total)).name; };
  CHECK(local_grade("80") == "优");
  CHECK(local_grade("79.99") == "良");
  CHECK(local_grade("70") == "良");
  CHECK(local_grade("69.99") == "中");
  CHECK(local_grade("60") == "中");
  CHECK(local_grade("59.99") == "差");
  CHECK(jixiao::grade_of(p, Decimal(95)).name_en == "excellent");
}

TEST_CASE("validation names the field and the reason") {
  Policy p = jixiao::default_policy();
  p.section_weights[1].weight = 40;
  jixiao::Error e = validation_error(p);
  CHECK(e.code() == ErrorCode::invalid_policy);
  CHECK(e.path() == "$.section_weights");
  CHECK(e.message(jixiao::Lang::en) ==
        "policy $.section_weights: level-1 weights plus the execution weight add up to 110, not the total 100");

  p = jixiao::default_policy();
  std::swap(p.grades[1], p.grades[2]);
  CHECK(validation_error(p).path() == "$.grades[2].min");

  p = jixiao::default_policy();
  p.grades.back().min = 10;
  CHECK(validation_error(p).path() == "$.grades[3].min");

  p = jixiao::default_policy();
  p.qualitative_tiers[1].min_ratio = Decimal::parse("0.5");  // gap between 50% and 60%
  CHECK(validation_error(p).path() == "$.qualitative_tiers");

  p = jixiao::default_policy();
  p.qualitative_tiers[0].min_ratio = Decimal::parse("1.2");
  CHECK(validation_error(p).path() == "$.qualitative_tiers[0].min_ratio");

  p = jixiao::default_policy();
  p.rounding.scale = 39;
  CHECK(validation_error(p).path() == "$.rounding.scale");

  p = jixiao::default_policy();
  p.section_weights[0].categories.push_back(jixiao::CategoryId::benefit);
  CHECK(validation_error(p).path() == "$.section_weights[1].categories[0]");

  p = jixiao::default_policy();
  p.section_weights[0].categories = {jixiao::CategoryId::quantity};
  CHECK(validation_error(p).path() == "$.section_weights[0].categories[0]");

  p = jixiao::default_policy();
  p.execution.method = jixiao::ExecutionMethod::bands;
  CHECK(validation_error(p).path() == "$.execution.bands");
  p.execution.bands = {{jixiao::Percent::parse("80%"), 1}, {jixiao::Percent::parse("95%"), Decimal::parse("0.5")}};
  CHECK(validation_error(p).path() == "$.execution.bands[1].min_rate");

  p = jixiao::default_policy();
  p.quantitative.over_achievement_ratio = Decimal::parse("0.9");
  CHECK(validation_error(p).path() == "$.quantitative.over_achievement_ratio");

  p = jixiao::default_policy();
  p.rate_rules[0].deduction = 2;
  CHECK(validation_error(p).path() == "$.rate_rules[0].deduction");

  p = jixiao::default_policy();
  p.grades.clear();
  CHECK_THROWS_AS((void)jixiao::grade_of(p, 50), jixiao::Error);
}
