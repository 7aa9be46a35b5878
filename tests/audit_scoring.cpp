// The scoring checks JX-S01..S10 (docs/audit/scoring.md): each fires on a broken cell and is silent
// on a correct table; the bundled example's findings are counted by hand.
#include "audit_test_support.hpp"

#include <doctest/doctest.h>

using namespace audit_test;
using jixiao::audit;

namespace {

std::size_t count(const AuditResult& r, std::string_view code) { return with_code(r, code).size(); }

/// The project's row at [section][group][0].
jixiao::Indicator& project_row(Package& p, std::size_t section, std::size_t group) {
  return p.projects[0].indicators[section].groups[group].indicators[0];
}

constexpr std::string_view quality_row = "$.projects[0].indicators[0].groups[1].indicators[0]";  // 培训合格率 ≥95%, 10
constexpr std::string_view quantity_row = "$.projects[0].indicators[0].groups[0].indicators[0]";  // 完成培训人数 ≥200人, 20

std::string cell(std::string_view row, std::string_view field) { return std::string(row) + "." + std::string(field); }

}  // namespace

// ---- JX-S01 -------------------------------------------------------------------------------------

TEST_CASE("JX-S01 fires on full marks for a missed target") {
  Package p = correct_package();
  project_row(p, 0, 1).actual = jixiao::parse_indicator_value("90%");  // 90 ÷ 95 × 10 = 9.47; filed 10
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S01") == 1);
  const Finding& f = *with_code(r, "JX-S01")[0];
  CHECK(f.row() == "培训合格率");
  CHECK(f.field() == "self_score");
  CHECK(f.path() == cell(quality_row, "self_score"));
  CHECK(f.expected() == "9.47");
  CHECK(f.found() == "10");
  CHECK(contains(f.zh(), "“培训合格率”的实际完成值“90%”未完成年度指标值“≥95%”，按规则应得 9.47 分（9.47 = 90 ÷ 95 × 10"));
  CHECK(contains(f.zh(), "自评却给了满分 10（容差 0.1 分）"));
  CHECK(count(r, "JX-S02") == 0);  // the same row is not reported twice
}

TEST_CASE("JX-S01 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-S01") == 0);
  Package p = correct_package();
  project_row(p, 0, 1).actual = jixiao::parse_indicator_value("94.9%");  // 9.99: within 0.1 of full marks
  CHECK(count(audit(p), "JX-S01") == 0);
}

// ---- JX-S02 -------------------------------------------------------------------------------------

TEST_CASE("JX-S02 fires when the self-score differs from the rule's score") {
  Package p = correct_package();
  project_row(p, 0, 1).actual = jixiao::parse_indicator_value("90%");
  project_row(p, 0, 1).self_score = D("8");
  project_row(p, 0, 1).deviation = "培训考核标准提高";
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S02") == 1);
  const Finding& f = *with_code(r, "JX-S02")[0];
  CHECK(f.path() == cell(quality_row, "self_score"));
  CHECK(f.expected() == "9.47");
  CHECK(f.found() == "8");
  CHECK(contains(f.zh(), "“培训合格率”的自评得分 8 与按规则计算的 9.47 不符（年度指标值“≥95%”，实际完成值“90%”；"));
  CHECK(contains(f.zh(), "（容差 0.1 分）"));
  CHECK(contains(f.en(), "differs from the rule's 9.47"));
}

TEST_CASE("JX-S02 is silent on a correct table, within the tolerance, and on qualitative rows") {
  CHECK(count(audit(correct_package()), "JX-S02") == 0);
  Package p = correct_package();
  project_row(p, 0, 1).actual = jixiao::parse_indicator_value("90%");
  project_row(p, 0, 1).self_score = D("9.4");  // 0.07 from 9.47
  project_row(p, 0, 1).deviation = "培训考核标准提高";
  CHECK(count(audit(p), "JX-S02") == 0);
  p = correct_package();
  project_row(p, 1, 1).self_score = D("9");  // 达成: [8, 10]; no rule score to differ from
  project_row(p, 1, 1).deviation = "机制仍需完善";
  CHECK(count(audit(p), "JX-S02") == 0);
}

// ---- JX-S03 -------------------------------------------------------------------------------------

TEST_CASE("JX-S03 fires on a qualitative self-score outside its tier") {
  Package p = correct_package();
  project_row(p, 1, 1).actual = jixiao::parse_indicator_value("部分达成年度指标并具有一定效果");
  project_row(p, 1, 1).self_score = D("9");
  project_row(p, 1, 1).deviation = "部分制度尚未出台";
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S03") == 1);
  const Finding& f = *with_code(r, "JX-S03")[0];
  CHECK(f.row() == "长效机制建设");
  CHECK(f.path() == "$.projects[0].indicators[1].groups[1].indicators[0].self_score");
  CHECK(f.expected() == "[6.00, 8.00)");
  CHECK(f.found() == "9");
  CHECK(f.zh() == "“长效机制建设”的实际完成值“部分达成年度指标并具有一定效果”属“部分达成年度指标并具有一定效果”档次，"
                "分值 10 时该档得分区间为 [6.00, 8.00)，自评得分 9 不在区间内");
  CHECK(contains(f.en(), "whose range for 10 points is [6.00, 8.00); the self-score 9 lies outside it"));
}

TEST_CASE("JX-S03 states the tier read off an actual that repeats the target") {
  Package p = correct_package();
  project_row(p, 1, 1) = row("长效机制建设", "进一步完善", "进一步完善", "10", "7", "机制仍需完善");  // read as 达成
  REQUIRE(count(audit(p), "JX-S02") == 0);
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S03") == 1);
  CHECK(with_code(r, "JX-S03")[0]->expected() == "[8.00, 10.00]");
  CHECK(contains(with_code(r, "JX-S03")[0]->zh(), "的实际完成值与年度指标值相同，视为“达成年度指标”档次"));
}

TEST_CASE("JX-S03 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-S03") == 0);
  Package p = correct_package();
  project_row(p, 1, 1).actual = jixiao::parse_indicator_value("部分达成年度指标并具有一定效果");
  project_row(p, 1, 1).self_score = D("7");
  project_row(p, 1, 1).deviation = "部分制度尚未出台";
  CHECK(count(audit(p), "JX-S03") == 0);
  project_row(p, 1, 1).self_score = D("6");  // the lower bound is inclusive
  CHECK(count(audit(p), "JX-S03") == 0);
}

// ---- JX-S04 -------------------------------------------------------------------------------------

TEST_CASE("JX-S04 fires on points deducted with no deviation analysis") {
  Package p = correct_package();
  project_row(p, 1, 1).self_score = D("8");  // the seed's 8 / 10 with a blank 偏差原因
  project_row(p, 1, 1).deviation = " ";
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S04") == 1);
  const Finding& f = *with_code(r, "JX-S04")[0];
  CHECK(f.severity() == jixiao::Severity::warning);
  CHECK(f.row() == "长效机制建设");
  CHECK(f.field() == "deviation");
  CHECK(f.path() == "$.projects[0].indicators[1].groups[1].indicators[0].deviation");
  CHECK_FALSE(f.expected());
  CHECK_FALSE(f.found());
  CHECK(f.zh() == "“长效机制建设”自评得分 8 低于分值 10（扣 2 分），但偏差原因分析及改进措施为空");
}

TEST_CASE("JX-S04 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-S04") == 0);
  Package p = correct_package();
  project_row(p, 1, 1).self_score = D("8");
  project_row(p, 1, 1).deviation = "个别制度尚在起草，下一年度出台";
  CHECK(count(audit(p), "JX-S04") == 0);
}

// ---- JX-S05 -------------------------------------------------------------------------------------

TEST_CASE("JX-S05 fires on a far over-achievement with no explanation") {
  Package p = correct_package();
  project_row(p, 0, 0).actual = jixiao::parse_indicator_value("300人");  // 150% of ≥200人
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S05") == 1);
  const Finding& f = *with_code(r, "JX-S05")[0];
  CHECK(f.row() == "完成培训人数");
  CHECK(f.path() == cell(quantity_row, "deviation"));
  CHECK_FALSE(f.expected());
  CHECK(f.found() == "150.00%");
  CHECK(contains(f.zh(), "“完成培训人数”的实际完成值“300人”达到年度指标值“≥200人”的 150.00%（不低于 130%）"));
}

TEST_CASE("JX-S05 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-S05") == 0);
  Package p = correct_package();
  project_row(p, 0, 0).actual = jixiao::parse_indicator_value("250人");  // 125%: below 130%
  CHECK(count(audit(p), "JX-S05") == 0);
  project_row(p, 0, 0).actual = jixiao::parse_indicator_value("300人");
  project_row(p, 0, 0).deviation = "上级追加培训任务";
  CHECK(count(audit(p), "JX-S05") == 0);
}

// ---- JX-S06 -------------------------------------------------------------------------------------

TEST_CASE("JX-S06 fires when indicator completion is well above budget execution") {
  Package p = correct_package();
  p.projects[0].funds.total.executed = M("70");  // 7.00 of 10 against 90 of 90
  p.projects[0].funds.total.execution_rate = P("70.00%");
  p.projects[0].funds.total.self_score = D("7");
  p.projects[0].total_self_score = D("97");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S06") == 1);
  const Finding& f = *with_code(r, "JX-S06")[0];
  CHECK(f.form() == "project");
  CHECK(f.row() == "总分");
  CHECK(f.field().empty());
  CHECK(f.path() == "$.projects[0]");
  CHECK_FALSE(f.expected());
  CHECK(f.found() == "30.00%");
  CHECK(contains(f.zh(), "指标得分率 100.00%（指标得分 90.00 ÷ 指标分值 90）比预算执行率得分率 70.00%（执行率得分 7.00 ÷ 10）"
                       "高出 30.00%"));
}

TEST_CASE("JX-S06 uses the policy's points, not 90 and 10") {
  // Hubei-style: execution 20, indicators 80. 产出 40 + 效益 30 + 满意度 10, all full: 80 of 80;
  // 92% executed: 18.40 of 20. (100% − 92%) ÷ 100% = 8% > 5%. Divided by 90 and 10 instead, the
  // same scores would read 80/90 = 88.89% against 18.40/10 = 184%: no finding.
  Package p = correct_package();
  p.department.reset();
  auto& output = p.projects[0].indicators[0];
  output.groups[0].indicators[0] = row("完成培训人数", "≥200人", "210人", "10", "10");
  output = section("产出指标（40分）", output.groups);
  p.projects[0].funds.total = funds_row("100", "100", "92", "20", "92.00%", "18.4");
  p.projects[0].funds.current_year = funds_row("100", "100", "92");
  p.projects[0].total_self_score = D("98.4");
  const AuditResult r = audit(p, jixiao::builtin_policy("hubei-20-40-40"));
  REQUIRE(count(r, "JX-S06") == 1);
  CHECK(with_code(r, "JX-S06")[0]->found() == "8.00%");
  CHECK(count(audit(p), "JX-S06") == 0);  // the national policy reads the same table otherwise
}

TEST_CASE("JX-S06 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-S06") == 0);
  Package p = correct_package();
  p.projects[0].funds.total.executed = M("95");  // (100% − 95%) ÷ 100% = 5%: not above 5%
  p.projects[0].funds.total.execution_rate = P("95%");
  p.projects[0].funds.total.self_score = D("9.5");
  p.projects[0].total_self_score = D("99.5");
  CHECK(count(audit(p), "JX-S06") == 0);
}

// ---- JX-S07 -------------------------------------------------------------------------------------

TEST_CASE("JX-S07 fires on an execution rate below 80%") {
  Package p = correct_package();
  p.projects[0].funds.total.executed = M("75");
  p.projects[0].funds.total.execution_rate = P("75%");
  p.projects[0].funds.total.self_score = D("7.5");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S07") == 1);
  const Finding& f = *with_code(r, "JX-S07")[0];
  CHECK(f.severity() == jixiao::Severity::warning);
  CHECK(f.row() == "年度资金总额");
  CHECK(f.field() == "execution_rate");
  CHECK(f.path() == "$.projects[0].funds.total.execution_rate");
  CHECK(f.found() == "75.00%");
  CHECK(contains(f.zh(), "预算执行率 75.00% 低于 80%（75.00% = 全年执行数 75 ÷ 全年预算数 100 × 100%"));
}

TEST_CASE("JX-S07 fires on a zero full-year budget") {
  Package p = correct_package();
  p.projects[0].funds.total = funds_row("0", "0", "0", "10");
  p.projects[0].funds.current_year = funds_row("0", "0", "0");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S07") == 1);
  const Finding& f = *with_code(r, "JX-S07")[0];
  CHECK(f.field() == "annual_budget");
  CHECK(f.path() == "$.projects[0].funds.total.annual_budget");
  CHECK(f.found() == "0.00");
  CHECK(f.zh() == "全年预算数为 0，无法计算预算执行率");
}

TEST_CASE("JX-S07 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-S07") == 0);
  Package p = correct_package();
  p.projects[0].funds.total.executed = M("80");  // exactly 80%
  p.projects[0].funds.total.execution_rate = P("80%");
  p.projects[0].funds.total.self_score = D("8");
  CHECK(count(audit(p), "JX-S07") == 0);
}

// ---- JX-S08 -------------------------------------------------------------------------------------

TEST_CASE("JX-S08 reports a row no rule can score") {
  Package p = correct_package();
  project_row(p, 0, 0).target = jixiao::parse_indicator_value("200个");
  project_row(p, 0, 0).actual = jixiao::parse_indicator_value("210人");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S08") == 1);
  const Finding& f = *with_code(r, "JX-S08")[0];
  CHECK(f.severity() == jixiao::Severity::info);
  CHECK(f.row() == "完成培训人数");
  CHECK(f.field().empty());
  CHECK(f.path() == quantity_row);
  CHECK(f.zh() == "“完成培训人数”不能自动计分：单位不一致：年度指标值为“个”，实际完成值为“人”；沿用自评得分");
}

TEST_CASE("JX-S08 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-S08") == 0);
}

// ---- JX-S09 -------------------------------------------------------------------------------------

TEST_CASE("JX-S09 fires when the filed total differs from the computed total") {
  Package p = correct_package();
  project_row(p, 0, 1).actual = jixiao::parse_indicator_value("90%");  // 9.47 counted; 100 filed
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S09") == 1);
  const Finding& f = *with_code(r, "JX-S09")[0];
  CHECK(f.row() == "总分");
  CHECK(f.field() == "total_self_score");
  CHECK(f.path() == "$.projects[0].total_self_score");
  CHECK(f.expected() == "99.47");
  CHECK(f.found() == "100");
  CHECK(contains(f.zh(), "总分填报 100，按规则计算为 99.47（99.47 = 预算执行率得分 10.00 + 产出指标 49.47"));
  CHECK(contains(f.zh(), "（容差 0.1 分）"));
}

TEST_CASE("JX-S09 names the grade a corrected total changes to") {
  Package p = correct_package();
  project_row(p, 0, 0).actual = jixiao::parse_indicator_value("150人");  // 15 of 20
  project_row(p, 1, 0).actual = jixiao::parse_indicator_value("75%");   // 75 ÷ 90 × 20 = 16.67
  p.projects[0].total_self_score = D("90");
  const AuditResult r = audit(p);
  const Finding* f = at(r, "JX-S09", "$.projects[0].total_self_score");
  REQUIRE(f);
  CHECK(f->expected() == "91.67");
  p.projects[0].total_self_score = D("92");
  project_row(p, 0, 1).actual = jixiao::parse_indicator_value("60%");  // 60 ÷ 95 × 10 = 6.32
  const AuditResult g = audit(p);
  const Finding* h = at(g, "JX-S09", "$.projects[0].total_self_score");
  REQUIRE(h);
  CHECK(h->expected() == "87.99");
  CHECK(contains(h->zh(), "；等级由“优”变为“良”"));
}

TEST_CASE("JX-S09 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-S09") == 0);
  Package p = correct_package();
  project_row(p, 0, 1).actual = jixiao::parse_indicator_value("94.9%");  // 9.99: total 99.99 against 100
  CHECK(count(audit(p), "JX-S09") == 0);
}

// ---- JX-S10 -------------------------------------------------------------------------------------

TEST_CASE("JX-S10 fires on a negative self-score") {
  Package p = correct_package();
  project_row(p, 0, 1).self_score = D("-1");
  p.projects[0].funds.total.self_score = D("-2");
  p.projects[0].total_self_score = D("-3");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-S10") == 3);
  const Finding* f = at(r, "JX-S10", cell(quality_row, "self_score"));
  REQUIRE(f);
  CHECK(f->row() == "培训合格率");
  CHECK(f->field() == "self_score");
  CHECK_FALSE(f->expected());
  CHECK(f->found() == "-1");
  CHECK(f->zh() == "“培训合格率”的自评得分为负数 -1，得分最低为 0");
  CHECK(at(r, "JX-S10", "$.projects[0].funds.total.self_score"));
  CHECK(at(r, "JX-S10", "$.projects[0].total_self_score"));
  CHECK(count(r, "JX-S02") == 0);  // a negative score is this rule's, not also a difference
}

TEST_CASE("JX-S10 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-S10") == 0);
  Package p = correct_package();
  project_row(p, 0, 1).actual = jixiao::parse_indicator_value("0%");
  project_row(p, 0, 1).self_score = D("0");
  project_row(p, 0, 1).deviation = "未开展";
  CHECK(count(audit(p), "JX-S10") == 0);
}

// ---- the bundled example ------------------------------------------------------------------------

TEST_CASE("JX-S01..S10 on the bundled example") {
  const AuditResult r = audit(example_package());
  // 可持续影响 rows deducted with a blank 偏差原因: 附件二 18/20, projects 9/10, 8/10, 8/10 (S04 ×4);
  // 附件二's 满意度 row has no 分值, so no rule scores it (S08). Every other row is met (33/33, 100%,
  // ≥96%) or qualitative within its tier; every execution is 100%; every total equals the computed one.
  const std::map<std::string, int> expected{{"JX-S04", 4}, {"JX-S08", 1}};
  CHECK(counts(r, "JX-S") == expected);
  CHECK(at(r, "JX-S04", "$.department.indicators[1].groups[3].indicators[0].deviation"));
  for (const char* project : {"$.projects[0]", "$.projects[1]", "$.projects[2]"})
    CHECK(at(r, "JX-S04", std::string(project) + ".indicators[1].groups[3].indicators[0].deviation"));
  const Finding* s08 = at(r, "JX-S08", "$.department.indicators[2].groups[0].indicators[0]");
  REQUIRE(s08);
  CHECK(s08->zh() == "“服务对象满意度指标”不能自动计分：未填分值；沿用自评得分");
}
