// Tests of include/jixiao/evaluation.hpp: every scoring rule with values worked out by hand.
#include <jixiao/evaluation.hpp>

#include <doctest/doctest.h>

using jixiao::Decimal;
using jixiao::Indicator;
using jixiao::IndicatorResult;
using jixiao::Policy;
using jixiao::ScoreMethod;

namespace {

Decimal D(std::string_view s) { return Decimal::parse(s); }

Indicator row(std::string_view target, std::string_view actual, std::string_view weight,
              std::optional<std::string_view> self = std::nullopt, std::string_view name = "指标") {
  Indicator i;
  i.name = std::string(name);
  i.target = jixiao::parse_indicator_value(target);
  i.actual = jixiao::parse_indicator_value(actual);
  if (!weight.empty()) i.weight = D(weight);
  if (self) i.self_score = D(*self);
  return i;
}

IndicatorResult score(const Indicator& i, const Policy& p = jixiao::default_policy()) {
  return jixiao::score_indicator(i, p, "$.x");
}

std::string S(const std::optional<Decimal>& d) { return d ? d->to_string() : "none"; }

}  // namespace

TEST_CASE("positive targets: met gives the points, missed gives actual ÷ target × points") {
  IndicatorResult r = score(row("≥96%", "98%", "10"));
  CHECK(r.method == ScoreMethod::full_marks);
  CHECK(S(r.computed_score) == "10.00");

  r = score(row("96", "90", "10", "10"));
  CHECK(r.method == ScoreMethod::proportional);
  CHECK(S(r.computed_score) == "9.38");  // 90 ÷ 96 × 10 = 9.375
  CHECK(r.counted_score == D("9.38"));
  CHECK(r.explanation.zh == "9.38 = 90 ÷ 96 × 10，四舍五入保留2位（未完成指标值，按完成比例计分）");
  CHECK(r.explanation.en == "9.38 = 90 / 96 × 10, rounded half up to 2 places (target missed: in proportion)");
  CHECK(S(r.completion) == "0.937500");
  CHECK(r.path == "$.x");

  CHECK(S(score(row("221", "200", "15")).computed_score) == "13.57");  // 200 × 15 ÷ 221 = 13.5746…
  CHECK(S(score(row("＞80%", "80%", "5")).computed_score) == "5.00");     // ＞ is scored like ≥ (C1)
  CHECK(S(score(row("≥10", "-5", "10")).computed_score) == "0.00");    // a negative actual counts 0
  CHECK(S(score(row("≥0", "3", "4")).computed_score) == "4.00");
}

TEST_CASE("over-achievement at the policy threshold (130%)") {
  CHECK(score(row("≥100", "130", "10")).over_achievement);
  CHECK_FALSE(score(row("≥100", "129.99", "10")).over_achievement);
  CHECK(score(row("≥100", "130", "10")).computed_score->to_string() == "10.00");  // still full marks
}

TEST_CASE("equal targets, including target 0") {
  CHECK(S(score(row("=100%", "95%", "10")).computed_score) == "9.50");
  CHECK(S(score(row("＝100%", "120%", "10")).computed_score) == "10.00");  // over-shoot not penalised
  IndicatorResult r = score(row("=0", "0", "10"));
  CHECK(r.method == ScoreMethod::equal_zero);
  CHECK(S(r.computed_score) == "10.00");
  r = score(row("=0", "2", "10"));
  CHECK(r.method == ScoreMethod::equal_zero);
  CHECK(S(r.computed_score) == "0.00");
}

TEST_CASE("reverse targets: linear deviation and the ratio form") {
  IndicatorResult r = score(row("≤8万元", "10万元", "10"));
  CHECK(r.method == ScoreMethod::reverse_linear);
  CHECK(S(r.computed_score) == "7.50");  // (1 − (10 − 8) ÷ 8) × 10
  CHECK(r.explanation.zh == "7.50 = (1 − (10 − 8) ÷ 8) × 10，四舍五入保留2位（反向指标超出目标，按偏离度扣分）");
  CHECK(S(score(row("≤8万元", "16万元", "10")).computed_score) == "0.00");  // twice the target
  CHECK(S(score(row("≤8万元", "7.5万元", "10")).computed_score) == "10.00");
  CHECK(S(score(row("＜5%", "6%", "4")).computed_score) == "3.20");     // (10 − 6) × 4 ÷ 5
  CHECK(S(score(row("≤0", "1", "4")).computed_score) == "0.00");

  Policy ratio = jixiao::default_policy();
  ratio.quantitative.reverse = jixiao::ReverseMethod::ratio;
  r = score(row("≤8万元", "10万元", "10"), ratio);
  CHECK(r.method == ScoreMethod::reverse_ratio);
  CHECK(S(r.computed_score) == "8.00");  // 8 ÷ 10 × 10
}

TEST_CASE("units convert, or the row is not scored") {
  // 90000 元 = 9 万元: (16 − 9) × 10 ÷ 8 = 8.75
  CHECK(S(score(row("≤8万元", "90000元", "10")).computed_score) == "8.75");
  IndicatorResult r = score(row("100个", "100人", "10", "9"));
  CHECK(r.method == ScoreMethod::not_scored);
  CHECK_FALSE(r.computed_score);
  CHECK(r.counted_score == D("9"));  // the self-score is kept
  CHECK(r.explanation.zh == "不能自动计分：单位不一致：年度指标值为“个”，实际完成值为“人”；沿用自评得分");
}

TEST_CASE("range targets") {
  CHECK(S(score(row("85%-95%", "90%", "10")).computed_score) == "10.00");
  CHECK(S(score(row("85%-95%", "80%", "10")).computed_score) == "9.41");   // 80 ÷ 85 × 10 = 9.4117…
  CHECK(S(score(row("85%-95%", "100%", "10")).computed_score) == "9.47");  // (190 − 100) × 10 ÷ 95 = 9.4736…
  CHECK(score(row("[80,90]", "85", "10")).method == ScoreMethod::range);
}

TEST_CASE("deadlines") {
  IndicatorResult r = score(row("2025年12月31日前", "2025年11月", "10"));
  CHECK(r.method == ScoreMethod::deadline);
  CHECK(S(r.computed_score) == "10.00");
  r = score(row("2025年12月31日前", "2026年1月5日", "10"));
  CHECK(r.method == ScoreMethod::deadline);
  CHECK(S(r.computed_score) == "0.00");
  CHECK(score(row("2025年12月31日前", "已完成", "10", "10")).method == ScoreMethod::not_scored);
}

TEST_CASE("qualitative rows keep the self-score and check it against the tier") {
  IndicatorResult r = score(row("按规定完成", "按规定完成", "10", "10"));
  CHECK(r.method == ScoreMethod::qualitative);
  CHECK(r.tier == jixiao::QualitativeTier::achieved);
  CHECK(S(r.tier_min) == "8.00");
  CHECK(S(r.tier_max) == "10.00");
  CHECK(r.self_score_in_tier == true);
  CHECK(r.counted_score == D("10"));

  // The seed's 可持续影响: "进一步完善" / "进一步完善", 20 points, self-score 18.
  r = score(row("进一步完善", "进一步完善", "20", "18"));
  CHECK(r.tier == jixiao::QualitativeTier::achieved);  // the actual repeats the target
  CHECK(S(r.tier_min) == "16.00");
  CHECK(r.self_score_in_tier == true);
  CHECK(r.explanation.zh ==
        "定性指标，自评得分保留；实际完成值与年度指标值相同，视为“达成年度指标”，得分区间 [16.00, 20.00]，自评得分在区间内");

  CHECK(score(row("按规定完成", "按规定完成", "10", "7")).self_score_in_tier == false);
  r = score(row("达成年度指标", "部分达成年度指标并具有一定效果", "10", "7"));
  CHECK(r.tier == jixiao::QualitativeTier::partial);
  CHECK(S(r.tier_min) == "6.00");
  CHECK(S(r.tier_max) == "8.00");
  CHECK(r.self_score_in_tier == true);
  CHECK(score(row("达成年度指标", "部分达成年度指标并具有一定效果", "10", "8")).self_score_in_tier == false);
  CHECK(score(row("达成年度指标", "未达成年度指标且效果较差", "10", "5.99")).self_score_in_tier == true);
  CHECK(score(row("达成年度指标", "未达成年度指标且效果较差", "10", "6")).self_score_in_tier == false);
  // The 80/50 variant moves the partial tier down to 50%.
  r = score(row("达成年度指标", "部分达成年度指标并具有一定效果", "10", "5"), jixiao::builtin_policy("hubei-20-40-40"));
  CHECK(S(r.tier_min) == "5.00");
  CHECK(r.self_score_in_tier == true);
  // No tier named: the self-score is kept, no range.
  r = score(row("严格控制", "基本控制", "10", "9"));
  CHECK(r.tier == jixiao::QualitativeTier::unknown);
  CHECK_FALSE(r.self_score_in_tier);
  CHECK(r.counted_score == D("9"));
}

TEST_CASE("rows that cannot be scored say why and keep the self-score") {
  IndicatorResult r = score(row("100", "100", "", "10"));
  CHECK(r.method == ScoreMethod::not_scored);
  CHECK(r.counted_score == D("10"));
  r = score(row("", "5", "10", "8"));
  CHECK(r.method == ScoreMethod::not_scored);
  CHECK(r.explanation.en == "not scored automatically: the target is blank; the self-score is kept");
  r = score(row("100", "", "10"));
  CHECK(r.counted_score == D("0"));
  CHECK(r.explanation.en == "not scored automatically: the actual is blank; the self-score is kept");
}

TEST_CASE("部门整体 control and change rates") {
  IndicatorResult r = score(row("≤100%", "105%", "5", std::nullopt, "在职人员控制率"));
  CHECK(r.method == ScoreMethod::rate_rule);
  CHECK(S(r.computed_score) == "2.50");  // 5 − 5 × 0.1 × 5
  CHECK(S(score(row("≤100%", "72.22%", "5", std::nullopt, "在职人员控制率")).computed_score) == "5.00");
  CHECK(S(score(row("≤100%", "120%", "5", std::nullopt, "在职人员控制率")).computed_score) == "0.00");
  CHECK(S(score(row("≤0", "3.5%", "8", std::nullopt, "“三公经费”变动率")).computed_score) == "5.20");  // 8 − 8 × 0.1 × 3.5
  Policy whole_points = jixiao::default_policy();
  whole_points.rate_rules[1].prorate = false;  // every started point counts: 3.5 → 4
  CHECK(S(score(row("≤0", "3.5%", "8", std::nullopt, "三公经费变动率"), whole_points).computed_score) == "4.80");
}

TEST_CASE("execution rate: 全年执行数 ÷ 全年预算数, never 年初预算数") {
  jixiao::FundsRow f;
  f.initial_budget = jixiao::Money::parse("209.21", jixiao::MoneyUnit::wan_yuan);
  f.annual_budget = jixiao::Money::parse("211.34", jixiao::MoneyUnit::wan_yuan);
  f.executed = jixiao::Money::parse("211.34", jixiao::MoneyUnit::wan_yuan);
  jixiao::ExecutionResult e = jixiao::score_execution(f, jixiao::default_policy());
  CHECK(e.rate->to_string() == "100.00%");
  CHECK(S(e.score) == "10.00");
  CHECK(e.rate_explanation.zh == "100.00% = 全年执行数 211.34 ÷ 全年预算数 211.34 × 100%，四舍五入保留2位");
  CHECK(e.score_explanation.zh == "10.00 = 211.34 ÷ 211.34 × 10，四舍五入保留2位");

  f.annual_budget = jixiao::Money::parse("96", jixiao::MoneyUnit::wan_yuan);
  f.executed = jixiao::Money::parse("90", jixiao::MoneyUnit::wan_yuan);
  e = jixiao::score_execution(f, jixiao::default_policy());
  CHECK(e.rate->to_string() == "93.75%");
  CHECK(S(e.score) == "9.38");

  f.executed = jixiao::Money::parse("110", jixiao::MoneyUnit::wan_yuan);
  f.annual_budget = jixiao::Money::parse("100", jixiao::MoneyUnit::wan_yuan);
  e = jixiao::score_execution(f, jixiao::default_policy());
  CHECK(e.rate->to_string() == "110.00%");
  CHECK(S(e.score) == "10.00");
  CHECK(e.score_explanation.zh == "10.00 = 110 ÷ 100 × 10，四舍五入保留2位（11.00 超过分值，按分值计）");

  Policy bands = jixiao::default_policy();
  bands.execution.method = jixiao::ExecutionMethod::bands;
  bands.execution.bands = {{jixiao::Percent::parse("95%"), 1}, {jixiao::Percent::parse("80%"), D("0.6")}};
  f.executed = jixiao::Money::parse("95", jixiao::MoneyUnit::wan_yuan);
  CHECK(S(jixiao::score_execution(f, bands).score) == "10.00");
  f.executed = jixiao::Money::parse("94.99", jixiao::MoneyUnit::wan_yuan);
  CHECK(S(jixiao::score_execution(f, bands).score) == "6.00");
  f.executed = jixiao::Money::parse("10", jixiao::MoneyUnit::wan_yuan);
  CHECK(S(jixiao::score_execution(f, bands).score) == "0.00");

  f.annual_budget = jixiao::Money();
  e = jixiao::score_execution(f, jixiao::default_policy());
  CHECK_FALSE(e.rate);
  CHECK_FALSE(e.score);
  f.annual_budget.reset();
  CHECK(jixiao::score_execution(f, jixiao::default_policy()).rate_explanation.en ==
        "the full-year budget is blank: no execution rate");
}

TEST_CASE("a whole form: subtotals, total, grade; rounding at the total") {
  jixiao::Package pkg;
  pkg.year = 2024;
  jixiao::ProjectForm p;
  p.project_name = "测试项目";
  p.funds.total.annual_budget = jixiao::Money::parse("96", jixiao::MoneyUnit::wan_yuan);
  p.funds.total.executed = jixiao::Money::parse("90", jixiao::MoneyUnit::wan_yuan);
  jixiao::IndicatorSection output{{jixiao::CategoryId::output, "产出指标"}, D("50"), {}};
  output.groups.push_back({{jixiao::CategoryId::quantity, "数量指标"}, std::nullopt,
                           {row("3", "1", "25", "25"), row("3", "2", "25", "20")}});
  p.indicators.push_back(output);
  p.total_self_score = D("90");
  pkg.projects.push_back(p);

  jixiao::EvaluationResult r = jixiao::evaluate(pkg);
  REQUIRE(r.projects.size() == 1);
  const jixiao::FormResult& f = r.projects[0];
  CHECK(S(f.execution.score) == "9.38");
  CHECK(f.sections[0].groups[0].indicators[0].computed_score == D("8.33"));   // 1 ÷ 3 × 25 = 8.333…
  CHECK(f.sections[0].groups[0].indicators[1].computed_score == D("16.67"));  // 2 ÷ 3 × 25 = 16.666…
  CHECK(f.sections[0].score == D("25.00"));
  CHECK(f.sections[0].filed_score == D("45"));
  CHECK(f.sections[0].policy_weight == D("50"));
  CHECK(f.total.to_string() == "34.38");
  CHECK(f.total_explanation.zh == "34.38 = 预算执行率得分 9.38 + 产出指标 25.00，四舍五入保留2位");
  CHECK(f.grade.name == "差");
  CHECK(f.filed_grade->name == "优");
  CHECK(f.sections[0].groups[0].indicators[1].path == "$.projects[0].indicators[0].groups[0].indicators[1]");

  Policy at_total = jixiao::default_policy();
  at_total.rounding.at = jixiao::RoundingPoint::total;
  const jixiao::FormResult g = jixiao::evaluate(pkg, at_total).projects[0];
  // 8.3333333333 + 16.6666666667 = 25.0000000000: the rounded total does not change here,
  CHECK(g.total.to_string() == "34.38");
  // but the indicators are kept to 10 places until the total.
  CHECK(g.sections[0].groups[0].indicators[0].computed_score == D("8.3333333333"));
}
