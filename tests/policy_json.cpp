// Tests of include/jixiao/policy_json.hpp: the "jixiao-policy" format (docs/json-format.md).
#include <jixiao/indicator_category.hpp>
#include <jixiao/policy_json.hpp>

#include <doctest/doctest.h>

#include "json_test_support.hpp"

#include <cstdio>
#include <fstream>
#include <string>

using namespace jixiao;

namespace {

Decimal D(std::string_view s) { return Decimal::parse(s); }

Error error_of(std::string_view json, const ReadOptions& options = {}) {
  try {
    (void)read_policy_json(json, options);
  } catch (const Error& e) {
    return e;
  }
  FAIL("no error for: " << json);
  return Error(ErrorCode::ok, "", "");
}

/// A small valid policy, by hand: 100 = 10 + 50 + 30 + 10.
const char* const small_policy = R"({
  "format": "jixiao-policy",
  "version": 1,
  "id": "test-bands",
  "name": "测试",
  "section_weights": [
    {"categories": ["output", "cost"], "weight": "50"},
    {"categories": ["benefit"], "weight": 30},
    {"categories": ["satisfaction"], "weight": "10"}
  ],
  "execution": {"method": "bands", "cap": false,
                "bands": [{"min_rate": "95%", "score_ratio": "1"}, {"min_rate": "80%", "score_ratio": 0.5}]},
  "quantitative": {"reverse": "ratio", "negative_actual_as_zero": false, "over_achievement_ratio": "1.5"},
  "qualitative_tiers": [
    {"tier": "achieved", "min_ratio": "0.8", "max_ratio": "1", "max_inclusive": true},
    {"tier": "partial", "min_ratio": "0.6", "max_ratio": "0.8"},
    {"tier": "not_achieved", "min_ratio": "0", "max_ratio": "0.6"}
  ],
  "rounding": {"scale": 1, "mode": "ROUND_HALF_EVEN", "at": "total"},
  "grades": [{"min": "90", "name": "优", "name_en": "excellent"}, {"min": 0, "name": "差", "name_en": "poor"}],
  "rate_rules": [{"name_contains": "控制率", "kind": "control_rate", "limit": "100", "deduction": "0.1"}],
  "tolerances": {"amount": "0.005"}
})";

}  // namespace

TEST_CASE("policy round trip: every built-in policy") {
  const auto ids = builtin_policy_ids();
  CHECK(ids.size() >= 3);
  for (const std::string_view id : ids) {
    CAPTURE(id);
    const Policy p = builtin_policy(id);
    const std::string text = write_policy_json(p);
    const PolicyReadResult back = read_policy_json(text);
    CHECK(back.warnings.empty());
    CHECK(back.policy == p);
    CHECK(write_policy_json(back.policy) == text);
    CHECK(read_policy_json(write_policy_json(p, false)).policy == p);
    CHECK(load_policy(id) == p);
  }
  const std::string text = write_policy_json(default_policy());
  CHECK(text.starts_with("{\n  \"format\": \"jixiao-policy\",\n  \"version\": 1,\n  \"id\": \"national-2020\","));
  CHECK(text.find("\"categories\": [\n        \"output\",\n        \"cost\"\n      ]") != std::string::npos);
  CHECK(text.find(R"("over_achievement_ratio": "1.3")") != std::string::npos);
  CHECK(text.find(R"("mode": "half_up")") != std::string::npos);
  CHECK(text.find(R"("scale": 2)") != std::string::npos);
  CHECK(text.find(R"("cap": true)") != std::string::npos);
}

TEST_CASE("policy reader: a policy by hand, members absent keep Policy{}'s defaults") {
  const PolicyReadResult r = read_policy_json(small_policy);
  CHECK(r.warnings.empty());
  const Policy& p = r.policy;
  CHECK(p.id == "test-bands");
  CHECK(p.name_en.empty());
  CHECK(p.total == 100);             // absent: the default
  CHECK(p.execution_weight == 10);   // absent: the default
  REQUIRE(p.section_weights.size() == 3);
  CHECK(p.section_weights[0].categories == std::vector<CategoryId>{CategoryId::output, CategoryId::cost});
  CHECK(p.section_weights[1].weight == 30);
  CHECK(p.execution.method == ExecutionMethod::bands);
  CHECK(!p.execution.cap);
  REQUIRE(p.execution.bands.size() == 2);
  CHECK(p.execution.bands[0].min_rate == Percent::parse("95%"));
  CHECK(p.execution.bands[1].score_ratio.to_string() == "0.5");
  CHECK(p.quantitative.reverse == ReverseMethod::ratio);
  CHECK(!p.quantitative.negative_actual_as_zero);
  CHECK(p.quantitative.over_achievement_ratio == D("1.5"));
  CHECK(p.qualitative_tiers[1].tier == QualitativeTier::partial);
  CHECK(!p.qualitative_tiers[1].max_inclusive);
  CHECK(p.rounding.scale == 1);
  CHECK(p.rounding.mode == RoundingMode::half_even);  // Python's spelling accepted
  CHECK(p.rounding.at == RoundingPoint::total);
  CHECK(p.grades[1].min == 0);
  CHECK(p.rate_rules[0].kind == RateRuleKind::control_rate);
  CHECK(p.rate_rules[0].prorate);  // absent: the default
  CHECK(p.tolerances.amount == D("0.005"));
  CHECK(p.tolerances.score == D("0.1"));  // absent: the default
  CHECK(read_policy_json(write_policy_json(p)).policy == p);
}

TEST_CASE("policy reader: an invalid policy names the member, with its line and column") {
  std::string text = small_policy;
  const std::string from = R"({"min": 0, "name": "差")";
  text.replace(text.find(from), from.size(), R"({"min": "95", "name": "差")");
  const Error e = error_of(text);
  CHECK(e.code() == ErrorCode::invalid_policy);
  CHECK(e.path() == "$.grades[1].min");
  CHECK(e.line() == 20);
  CHECK(e.column() == 74);
  CHECK(e.message(Lang::en).find("grades must be ordered by min, highest first") != std::string::npos);

  // a path that names an array member, and one whose member is absent from the text (its parent is found)
  std::string no_grades = small_policy;
  no_grades.replace(no_grades.find("\"grades\""), 8, "\"gradez\"");
  const Error g = error_of(no_grades);
  CHECK(g.path() == "$.grades");
  CHECK(g.line() == 1);  // absent: the document's position
  CHECK(g.column() == 1);
  std::string level2 = small_policy;
  level2.replace(level2.find("\"benefit\""), 9, "\"quantity\"");
  const Error l = error_of(level2);
  CHECK(l.path() == "$.section_weights[1].categories[0]");
  CHECK(l.line() == 8);
  CHECK(l.column() == 21);
}

TEST_CASE("policy reader: types, enum names and percentages") {
  const Error method = error_of(R"({"format": "jixiao-policy", "version": 1, "execution": {"method": "steps"}})");
  CHECK(method.code() == ErrorCode::invalid_policy);
  CHECK(method.path() == "$.execution.method");
  CHECK(method.column() == 67);
  CHECK(method.message(Lang::en) ==
        "$.execution.method: expected one of the names proportional, bands, found \"steps\"");
  const Error category =
      error_of(R"({"format": "jixiao-policy", "version": 1, "section_weights": [{"categories": ["outputs"]}]})");
  CHECK(category.path() == "$.section_weights[0].categories[0]");
  CHECK(category.message(Lang::en).starts_with(
      "$.section_weights[0].categories[0]: expected one of the names custom, output, benefit, satisfaction, cost, "));
  const Error mode = error_of(R"({"format": "jixiao-policy", "version": 1, "rounding": {"mode": 0}})");
  CHECK(mode.message(Lang::en) ==
        "$.rounding.mode: expected one of the names half_up, half_even, half_down, up, down, ceiling, floor, "
        "unnecessary, found 0");
  const Error rate = error_of(
      R"({"format": "jixiao-policy", "version": 1, "execution": {"bands": [{"min_rate": 95, "score_ratio": "1"}]}})");
  CHECK(rate.path() == "$.execution.bands[0].min_rate");
  CHECK(rate.message(Lang::en).ends_with("found 95: write the % sign, as in \"95%\""));
  const Error flag = error_of(R"({"format": "jixiao-policy", "version": 1, "execution": {"cap": "yes"}})");
  CHECK(flag.message(Lang::en) == "$.execution.cap: expected true or false, found \"yes\"");
  const Error scale = error_of(R"({"format": "jixiao-policy", "version": 1, "rounding": {"scale": 99999999999}})");
  CHECK(scale.message(Lang::en) == "$.rounding.scale: expected an integer, found 99999999999: out of range");
  const Error package = error_of(R"({"format": "jixiao-package", "version": 1})");
  CHECK(package.message(Lang::en) ==
        "$.format: expected \"jixiao-policy\", found \"jixiao-package\": this is a package file, not a policy file");
  CHECK(error_of("{\"format\": \"jixiao-policy\",}").code() == ErrorCode::invalid_json);
}

TEST_CASE("policy reader: unknown fields") {
  std::string text = small_policy;
  text.replace(text.find("\"tolerances\""), 12, "\"tolerance\"");
  const PolicyReadResult r = read_policy_json(text);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].where.path == "$.tolerance");
  CHECK(r.warnings[0].where.line == 22);
  CHECK(r.warnings[0].where.column == 3);
  CHECK(r.policy.tolerances.amount == D("0.01"));
  const Error e = error_of(text, ReadOptions{true});
  CHECK(e.code() == ErrorCode::invalid_policy);
  CHECK(e.path() == "$.tolerance");
}

TEST_CASE("load_policy: a built-in id, else a file") {
  CHECK(load_policy("hubei-20-40-40") == builtin_policy("hubei-20-40-40"));
  const std::string path = "jixiao-test-policy.json";
  {
    std::ofstream out(path, std::ios::binary);
    out << small_policy;
  }
  CHECK(load_policy(path).id == "test-bands");
  CHECK(read_policy_file(path).policy == read_policy_json(small_policy).policy);
  std::remove(path.c_str());
  try {
    (void)load_policy("no-such-policy");
    FAIL("no throw");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::io_error);
    CHECK(e.message(Lang::en).starts_with("cannot read file 'no-such-policy': "));
  }
}

TEST_CASE("policy writer: enumerators are written by the library's own names") {
  Policy p;
  for (int i = 0; i <= static_cast<int>(CategoryId::performance_benefit); ++i)
    p.section_weights.push_back(SectionWeight{{static_cast<CategoryId>(i)}, 1});
  for (int i = 0; i <= static_cast<int>(RoundingMode::unnecessary); ++i) {
    p.rounding.mode = static_cast<RoundingMode>(i);
    const boost::json::value v = boost::json::parse(write_policy_json(p));
    CHECK(v.at("rounding").at("mode").as_string() == rounding_mode_name(p.rounding.mode));
    if (i > 0) continue;
    const auto& weights = v.at("section_weights").as_array();
    REQUIRE(weights.size() == p.section_weights.size());
    for (std::size_t k = 0; k < weights.size(); ++k)
      CHECK(weights[k].at("categories").at(0).as_string() == category_id_name(p.section_weights[k].categories[0]));
  }
}

TEST_CASE("policy schema: parses and names every key of every built-in policy") {
  const boost::json::value schema =
      boost::json::parse(jixiao_test::slurp(jixiao_test::source_dir() / "docs/schema/policy.schema.json"));
  jixiao_test::SchemaCheck check(schema);
  for (const std::string_view id : builtin_policy_ids()) {
    Policy p = builtin_policy(id);
    p.execution.bands = {ExecutionBand{Percent::parse("95%"), 1}};  // so that the band object is walked too
    const auto problems = check.check(boost::json::parse(write_policy_json(p)));
    CHECK_MESSAGE(problems.empty(), (problems.empty() ? std::string() : problems.front()));
  }
  CHECK(check.check(boost::json::parse(small_policy)).empty());
  for (const std::string& name : check.all_properties()) CHECK_MESSAGE(check.visited().contains(name), name);
}
