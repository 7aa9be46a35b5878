// Tests of include/jixiao/result_json.hpp: the "jixiao-result" format (docs/json-format.md).
#include <jixiao/package_json.hpp>
#include <jixiao/result_json.hpp>

#include <doctest/doctest.h>

#include "json_test_support.hpp"

#include <string>

using namespace jixiao;

namespace {

Decimal D(std::string_view s) { return Decimal::parse(s); }
Money M(std::string_view s) { return Money::parse(s, MoneyUnit::wan_yuan); }

/// A small result by hand: one project with one row scored 90 ÷ 96 × 10 = 9.375 → 9.38.
EvaluationResult small_result() {
  EvaluationResult r;
  r.policy_id = "national-2020";
  r.money_unit = MoneyUnit::wan_yuan;
  r.unit_name = "中共衡山县委机构编制委员会办公室";
  r.year = 2024;

  BasicDataResult b;
  b.rates.push_back(DerivedRate{"staffing_control_rate", "在职人员控制率", "staffing control rate", Percent::of(13, 18),
                                Percent::parse("72.22%"),
                                Explanation{"72.22% = 13 ÷ 18 × 100%，四舍五入保留2位",
                                            "72.22% = 13 / 18 × 100%, rounded half up to 2 places"}});
  b.rates.push_back(DerivedRate{"building_control_rate", "规模控制率", "building scale control rate", std::nullopt,
                                std::nullopt, Explanation{"无数据", "no data"}});
  b.row_totals.push_back(RowTotal{"$.basic_data.three_public", "三公经费:", "budget", M("2"), M("2"),
                                  Explanation{"2.00 = 0 + 2.00", "2.00 = 0 + 2.00"}});
  r.basic_data = b;

  IndicatorResult row;
  row.path = "$.projects[0].indicators[0].groups[0].indicators[0]";
  row.name = "机构编制调整及改革数量";
  row.weight = D("10");
  row.filed_score = D("10");
  row.computed_score = D("9.38");
  row.counted_score = D("9.38");
  row.method = ScoreMethod::proportional;
  row.explanation = Explanation{"9.38 = 90 ÷ 96 × 10，四舍五入保留2位", "9.38 = 90 / 96 × 10, rounded half up to 2 places"};
  row.completion = D("0.9375");
  IndicatorResult qualitative;
  qualitative.path = "$.projects[0].indicators[0].groups[0].indicators[1]";
  qualitative.name = "制度建设";
  qualitative.weight = D("5");
  qualitative.filed_score = D("4.5");
  qualitative.counted_score = D("4.5");
  qualitative.method = ScoreMethod::qualitative;
  qualitative.tier = QualitativeTier::achieved;
  qualitative.tier_min = D("4");
  qualitative.tier_max = D("5");
  qualitative.tier_max_inclusive = true;
  qualitative.self_score_in_tier = true;
  qualitative.over_achievement = true;

  GroupResult g{Category{CategoryId::quantity, "数量指标"}, "$.projects[0].indicators[0].groups[0]", D("15"),
                D("13.88"), D("14.5"), {row, qualitative}};
  SectionResult s{Category{CategoryId::output, "产出指标\n(50 分)"}, "$.projects[0].indicators[0]", D("50"), D("50"),
                  D("15"), D("13.88"), D("14.5"), {g}};

  FormResult f;
  f.form = "project";
  f.path = "$.projects[0]";
  f.name = "业务工作经费";
  f.execution = ExecutionResult{Percent::parse("100.00%"), Percent::parse("100%"), D("10"), D("10.00"), D("10"),
                                Explanation{"100.00% = 211.34 ÷ 211.34 × 100%", "100.00% = 211.34 / 211.34 × 100%"},
                                Explanation{"10.00 = 100.00% × 10", "10.00 = 100.00% × 10"}};
  f.sections = {s};
  f.indicator_score = D("13.88");
  f.total = D("23.88");
  f.total_explanation = Explanation{"23.88 = 10.00 + 13.88", "23.88 = 10.00 + 13.88"};
  f.filed_total = D("24.5");
  f.grade = GradeBand{D("0"), "差", "poor"};
  f.filed_grade = GradeBand{D("0"), "差", "poor"};
  r.projects.push_back(f);
  return r;
}

}  // namespace

TEST_CASE("result JSON: decimal strings, percentages, explanations, enums by name") {
  const std::string text = write_result_json(small_result());
  CHECK(text.starts_with("{\n  \"format\": \"jixiao-result\",\n  \"version\": 1,\n  \"policy_id\": \"national-2020\","));
  CHECK(text.find(R"("money_unit": "wan_yuan")") != std::string::npos);
  CHECK(text.find(R"("computed_score": "9.38")") != std::string::npos);
  CHECK(text.find(R"("value": "72.22%")") != std::string::npos);
  CHECK(text.find(R"("completion": "0.9375")") != std::string::npos);
  CHECK(text.find(R"("method": "proportional")") != std::string::npos);
  CHECK(text.find(R"("zh": "9.38 = 90 ÷ 96 × 10，四舍五入保留2位")") != std::string::npos);
  CHECK(text.find(R"("en": "9.38 = 90 / 96 × 10, rounded half up to 2 places")") != std::string::npos);
  CHECK(text.find(R"("computed": "2.00")") != std::string::npos);  // Money in 万元
  CHECK(text.find(R"("computed_score": null)") != std::string::npos);

  const boost::json::value v = boost::json::parse(text);
  CHECK(v.at("year") == 2024);
  const auto& project = v.at("projects").at(0);
  CHECK(project.at("total") == "23.88");
  CHECK(project.at("grade") == boost::json::parse(R"({"min": "0", "name": "差", "name_en": "poor"})"));
  CHECK(project.at("execution").at("rate") == "100.00%");
  CHECK(project.at("execution").at("printed_rate") == "100%");
  CHECK(project.at("execution").at("score_explanation") ==
        boost::json::parse(R"({"zh": "10.00 = 100.00% × 10", "en": "10.00 = 100.00% × 10"})"));
  const auto& section = project.at("sections").at(0);
  CHECK(section.at("category") == boost::json::parse(R"x({"id": "output", "label": "产出指标\n(50 分)"})x"));
  const auto& group = section.at("groups").at(0);
  CHECK(group.at("category").at("id") == "quantity");
  const auto& q = group.at("indicators").at(1);
  CHECK(q.at("tier") == "achieved");
  CHECK(q.at("tier_max_inclusive") == true);
  CHECK(q.at("self_score_in_tier") == true);
  CHECK(q.at("over_achievement") == true);
  CHECK(group.at("indicators").at(0).at("self_score_in_tier").is_null());
  CHECK(v.at("department").is_null());
  const auto& rates = v.at("basic_data").at("rates");
  CHECK(rates.at(1).at("value").is_null());
  CHECK(v.at("basic_data").at("row_totals").at(0).at("printed") == "2.00");

  const std::string compact = write_result_json(small_result(), false);
  CHECK(compact.find('\n') == std::string::npos);
  CHECK(boost::json::parse(compact) == v);
}

TEST_CASE("result JSON: amounts in the package's money unit, every score method by its name") {
  EvaluationResult r = small_result();
  r.money_unit = MoneyUnit::yuan;
  CHECK(boost::json::parse(write_result_json(r)).at("basic_data").at("row_totals").at(0).at("computed") == "20000");
  for (int m = 0; m <= static_cast<int>(ScoreMethod::not_scored); ++m) {
    r.projects[0].sections[0].groups[0].indicators[0].method = static_cast<ScoreMethod>(m);
    const boost::json::value v = boost::json::parse(write_result_json(r, false));
    CHECK(v.at("projects").at(0).at("sections").at(0).at("groups").at(0).at("indicators").at(0).at("method").as_string() ==
          score_method_name(static_cast<ScoreMethod>(m)));
  }
}

TEST_CASE("result schema: parses, names every key of a result, the example's result fits") {
  const boost::json::value schema =
      boost::json::parse(jixiao_test::slurp(jixiao_test::source_dir() / "docs/schema/result.schema.json"));
  jixiao_test::SchemaCheck check(schema);
  const auto problems = check.check(boost::json::parse(write_result_json(small_result())));
  CHECK_MESSAGE(problems.empty(), (problems.empty() ? std::string() : problems.front()));
  EvaluationResult with_department = small_result();
  with_department.department = with_department.projects[0];
  CHECK(check.check(boost::json::parse(write_result_json(with_department))).empty());
  for (const std::string& name : check.all_properties()) CHECK_MESSAGE(check.visited().contains(name), name);

  const auto example = jixiao_test::source_dir() / "examples/hengshan-2024/package.json";
  if (std::filesystem::exists(example)) {
    const EvaluationResult result = evaluate(read_package_file(example.string()).package);
    const std::string text = write_result_json(result);
    const auto p = check.check(boost::json::parse(text));
    CHECK_MESSAGE(p.empty(), (p.empty() ? std::string() : p.front()));
  }
}
