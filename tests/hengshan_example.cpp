// The bundled example (examples/hengshan-2024: the seed package of 衡山县委编办, 2024) evaluated end
// to end. Every expected number here was recomputed by hand from the seed's tables.
#include <jixiao/evaluation.hpp>
#include <jixiao/package_json.hpp>

#include <doctest/doctest.h>

#include <string>

using jixiao::Decimal;
using jixiao::EvaluationResult;
using jixiao::Package;

namespace {

const Package& example() {
  static const Package package = [] {
    const jixiao::PackageReadResult read =
        jixiao::read_package_file(std::string(JIXIAO_SOURCE_DIR) + "/examples/hengshan-2024/package.json");
    REQUIRE(read.warnings.empty());
    return read.package;
  }();
  return package;
}

std::string S(const std::optional<Decimal>& d) { return d ? d->to_string() : "none"; }
std::string P(const std::optional<jixiao::Percent>& p) { return p ? p->to_string() : "none"; }

const jixiao::DerivedRate& rate(const EvaluationResult& r, std::string_view key) {
  for (const auto& x : r.basic_data->rates)
    if (x.key == key) return x;
  FAIL("no rate " << std::string(key));
  return r.basic_data->rates.front();
}

}  // namespace

TEST_CASE("example: the package reads without warnings and round-trips") {
  const Package& p = example();
  CHECK(p.unit_name == "中共衡山县委机构编制委员会办公室");
  CHECK(p.year == 2024);
  CHECK(p.projects.size() == 3);
  const std::string once = jixiao::write_package_json(p);
  const Package again = jixiao::read_package_json(once).package;
  CHECK(again == p);
  CHECK(jixiao::write_package_json(again) == once);
}

TEST_CASE("example: project totals 99, 98, 98 and the department's 98 under the national policy") {
  const EvaluationResult r = jixiao::evaluate(example(), jixiao::builtin_policy("national-2020"));
  REQUIRE(r.projects.size() == 3);
  // 10 (execution 28 ÷ 28) + 15 + 15 + 10 + 10 + 10 + 10 + 9 + 10
  CHECK(r.projects[0].total.to_string() == "99.00");
  // 10 + 15 + 15 + 10 + 10 + 10 + 10 + 8 + 10, twice
  CHECK(r.projects[1].total.to_string() == "98.00");
  CHECK(r.projects[2].total.to_string() == "98.00");
  for (const auto& f : r.projects) {
    CHECK(*f.filed_total == f.total);
    CHECK(f.grade.name == "优");
    CHECK(P(f.execution.rate) == "100.00%");
    CHECK(P(f.execution.printed_rate) == "100%");
    CHECK(S(f.execution.score) == "10.00");
  }
  CHECK(r.projects[0].name == "事业单位法人登记及证书管理");
  CHECK(r.projects[0].sections[1].score.to_string() == "29.00");  // 效益: 10 + 10 + 9

  // 部门整体: 10 + 产出 50 + 效益 10 + 18 + 满意度 10 (a row with no points: its self-score is kept).
  const jixiao::FormResult& d = *r.department;
  CHECK(d.total.to_string() == "98.00");
  CHECK(S(d.filed_total) == "98");
  CHECK(P(d.execution.rate) == "100.00%");  // 全年执行数 211.34 ÷ 全年预算数 211.34, not 年初 209.21
  CHECK_FALSE(d.execution.printed_rate);    // the form leaves 执行率 blank
  CHECK(d.execution.rate_explanation.zh == "100.00% = 全年执行数 211.34 ÷ 全年预算数 211.34 × 100%，四舍五入保留2位");
  REQUIRE(d.sections.size() == 3);
  CHECK(S(d.sections[1].printed_weight) == "40");  // printed "（40 分）"
  CHECK(S(d.sections[1].policy_weight) == "30");
  CHECK(d.sections[1].weight.to_string() == "30");  // 10 + 20: the label is wrong
  const jixiao::IndicatorResult& sustain = d.sections[1].groups[3].indicators[0];
  CHECK(sustain.tier == jixiao::QualitativeTier::achieved);
  CHECK(S(sustain.tier_min) == "16.00");
  CHECK(sustain.self_score_in_tier == true);
  const jixiao::IndicatorResult& satisfaction = d.sections[2].groups[0].indicators[0];
  CHECK(satisfaction.method == jixiao::ScoreMethod::not_scored);
  CHECK(satisfaction.counted_score == Decimal(10));
}

TEST_CASE("example: the basic data table's rates and sub-row sums") {
  const EvaluationResult r = jixiao::evaluate(example());
  REQUIRE(r.basic_data);
  CHECK(P(rate(r, "staffing_control_rate").value) == "72.22%");  // 13 ÷ 18 = 72.222…%
  CHECK(P(rate(r, "staffing_control_rate").printed) == "72.22%");
  CHECK(P(rate(r, "three_public_control_rate").value) == "100.00%");  // 2 ÷ 2
  CHECK(P(rate(r, "three_public_change_rate").value) == "669.23%");   // (2 − 0.26) ÷ 0.26 = 6.6923…
  CHECK(P(rate(r, "public_funds_control_rate").value) == "81.04%");   // 19.45 ÷ 24 = 0.81041…
  CHECK(P(rate(r, "project_spending_execution_rate").value) == "102.88%");  // 55.38 ÷ 53.83 = 1.02879…
  CHECK_FALSE(rate(r, "procurement_execution_rate").value);
  CHECK_FALSE(rate(r, "building_scale_control_rate").value);

  // 公用经费 = 办公经费 + 水费、电费、差旅费 (+ 会议费、培训费, blank) in each column.
  const auto in_wan = [](const jixiao::Money& m) { return m.in(jixiao::MoneyUnit::wan_yuan).strip_trailing_zeros().to_string(); };
  int public_funds_rows = 0;
  for (const jixiao::RowTotal& t : r.basic_data->row_totals) {
    CAPTURE(t.path);
    CAPTURE(t.column);
    REQUIRE(t.printed);
    CHECK(*t.printed == t.computed);  // every total in this table foots
    if (t.path != "$.basic_data.public_funds") continue;
    ++public_funds_rows;
    if (t.column == "prior_final") CHECK(in_wan(t.computed) == "23.73");  // 21.9 + 1.83
    if (t.column == "budget") CHECK(in_wan(t.computed) == "24");          // 16 + 8
    if (t.column == "final") CHECK(in_wan(t.computed) == "19.45");        // 17.72 + 1.73
  }
  CHECK(public_funds_rows == 3);
}

TEST_CASE("example: the same package under the other built-in policies") {
  // 80/70/60 bands: the same scores, the same grade at 98.
  const EvaluationResult local = jixiao::evaluate(example(), jixiao::builtin_policy("grades-80-70-60"));
  CHECK(local.department->total.to_string() == "98.00");
  CHECK(local.department->grade.name == "优");
  // 20/40/40: execution weighs 20, the rows keep their printed points: 20 + 89 = 109 for the first
  // project — the package was not drawn up for this rule, which is what an audit will say.
  const EvaluationResult hubei = jixiao::evaluate(example(), jixiao::builtin_policy("hubei-20-40-40"));
  CHECK(S(hubei.projects[0].execution.score) == "20.00");
  CHECK(hubei.projects[0].total.to_string() == "109.00");
  CHECK_FALSE(hubei.projects[0].sections[1].policy_weight);  // 效益 and 满意度 share 40 there
}
