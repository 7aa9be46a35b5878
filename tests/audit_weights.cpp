// The weights checks JX-W01..W09 (docs/audit/weights.md): each fires on a broken cell and is silent
// on a correct table; the bundled example's findings are counted by hand.
#include "audit_test_support.hpp"

#include <doctest/doctest.h>

using namespace audit_test;
using jixiao::audit;

namespace {

std::size_t count(const AuditResult& r, std::string_view code) { return with_code(r, code).size(); }

/// The project's 产出 split into 产出 (40分) and a 一级 成本 (10分), as in 财预〔2021〕101号.
Package with_cost_section() {
  Package p = correct_package();
  auto& sections = p.projects[0].indicators;
  sections[0] = section("产出指标（40分）", {sections[0].groups[0], sections[0].groups[1], sections[0].groups[2]});
  sections.insert(sections.begin() + 1,
                  section("成本指标（10分）", {group("经济成本指标", {row("人均培训成本", "≤500元", "480元", "10", "10")})}));
  return p;
}

}  // namespace

// ---- JX-W01 -------------------------------------------------------------------------------------

TEST_CASE("JX-W01 fires when the rows' points differ from the points printed for their level-1 indicator") {
  Package p = correct_package();
  p.department->indicators[1] = section("效益指标\n（40 分）", p.department->indicators[1].groups);  // rows 20 + 10
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-W01") == 1);
  const Finding& f = *with_code(r, "JX-W01")[0];
  CHECK(f.form() == "department");
  CHECK(f.form_name() == "示例县财政局");
  CHECK(f.row() == "效益指标（40 分）");
  CHECK(f.field() == "weight");
  CHECK(f.path() == "$.department.indicators[1].weight");
  CHECK(f.expected() == "30");
  CHECK(f.found() == "40");
  CHECK(f.zh() == "“效益指标”标注 40 分，但其下三级指标分值之和为 30 分（20 + 10）");
  CHECK(f.en() == "'效益指标' is labelled 40 points, but its rows' points add up to 30 (20 + 10)");
}

TEST_CASE("JX-W01 fires on a level-2 label's points and counts blank points as 0") {
  Package p = correct_package();
  p.projects[0].indicators[1].groups[0].weight = D("15");  // 社会效益 rows: 20
  p.projects[0].indicators[2].groups[0].indicators[0].weight.reset();
  const AuditResult r = audit(p);
  const Finding* g = at(r, "JX-W01", "$.projects[0].indicators[1].groups[0].weight");
  REQUIRE(g);
  CHECK(g->expected() == "20");
  CHECK(g->found() == "15");
  CHECK(contains(g->zh(), "二级指标“社会效益指标”标注 15 分"));
  const Finding* s = at(r, "JX-W01", "$.projects[0].indicators[2].weight");
  REQUIRE(s);
  CHECK(s->expected() == "0");
  CHECK(s->found() == "10");
  CHECK(contains(s->zh(), "（空白；1 行未填分值，按 0 计）"));
}

TEST_CASE("JX-W01 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-W01") == 0);
  CHECK(count(audit(with_cost_section()), "JX-W01") == 0);
  Package p = correct_package();
  p.projects[0].indicators[0].weight.reset();  // nothing printed: nothing to compare
  CHECK(count(audit(p), "JX-W01") == 0);
}

// ---- JX-W02 -------------------------------------------------------------------------------------

TEST_CASE("JX-W02 fires when a section's rows differ from the policy's points") {
  Package p = correct_package();
  auto& rows = p.projects[0].indicators[1].groups[0].indicators[0];  // 政策知晓率 20 → 15
  rows.weight = D("15");
  rows.self_score = D("15");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-W02") == 1);
  const Finding& f = *with_code(r, "JX-W02")[0];
  CHECK(f.form() == "project");
  CHECK(f.row() == "效益指标（30分）");
  CHECK(f.field().empty());
  CHECK(f.path() == "$.projects[0].indicators[1]");
  CHECK(f.expected() == "30");
  CHECK(f.found() == "25");
  CHECK(f.zh() == "“效益指标”的三级指标分值合计 25 分，评分规则 national-2020 规定 30 分");
}

TEST_CASE("JX-W02 adds the sections that share one policy weight") {
  Package p = with_cost_section();
  p.projects[0].indicators[1].groups[0].indicators[0].weight = D("5");  // 产出 40 + 成本 5 = 45 against 50
  p.projects[0].indicators[1].groups[0].indicators[0].self_score = D("5");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-W02") == 1);
  const Finding& f = *with_code(r, "JX-W02")[0];
  CHECK(f.row() == "产出指标 + 成本指标");
  CHECK(f.path() == "$.projects[0].indicators[0]");
  CHECK(f.expected() == "50");
  CHECK(f.found() == "45");
  CHECK(contains(f.zh(), "规定二者合计 50 分"));
}

TEST_CASE("JX-W02 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-W02") == 0);
  CHECK(count(audit(with_cost_section()), "JX-W02") == 0);  // 40 + 10 = 50
}

// ---- JX-W03 -------------------------------------------------------------------------------------

TEST_CASE("JX-W03 fires when the execution row's points differ from the policy") {
  Package p = correct_package();
  p.projects[0].funds.total.weight = D("20");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-W03") == 1);
  const Finding& f = *with_code(r, "JX-W03")[0];
  CHECK(f.row() == "年度资金总额");
  CHECK(f.field() == "weight");
  CHECK(f.path() == "$.projects[0].funds.total.weight");
  CHECK(f.expected() == "10");
  CHECK(f.found() == "20");
  CHECK(f.zh() == "预算执行率分值填报 20 分，评分规则 national-2020 规定 10 分");

  // Under the Hubei-style policy the correct national table's 10 is wrong: 20 there.
  const AuditResult h = audit(correct_package(), jixiao::builtin_policy("hubei-20-40-40"));
  CHECK(count(h, "JX-W03") == 2);  // the department's and the project's
  CHECK(with_code(h, "JX-W03")[0]->expected() == "20");
}

TEST_CASE("JX-W03 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-W03") == 0);
  Package p = correct_package();
  p.projects[0].funds.total.weight.reset();  // blank: nothing printed to compare
  CHECK(count(audit(p), "JX-W03") == 0);
}

// ---- JX-W04 -------------------------------------------------------------------------------------

TEST_CASE("JX-W04 fires on a printed total other than the policy's") {
  Package p = correct_package();
  p.projects[0].total_weight = D("90");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-W04") == 1);
  const Finding& f = *with_code(r, "JX-W04")[0];
  CHECK(f.row() == "总分");
  CHECK(f.field() == "total_weight");
  CHECK(f.path() == "$.projects[0].total_weight");
  CHECK(f.expected() == "100");
  CHECK(f.found() == "90");
  CHECK(contains(f.zh(), "总分的分值填报 90"));
}

TEST_CASE("JX-W04 fires when execution and rows do not add up to the policy's total") {
  Package p = correct_package();
  p.projects[0].indicators[2].groups[0].indicators[0].weight = D("5");  // 满意度 10 → 5
  p.projects[0].indicators[2].groups[0].indicators[0].self_score = D("5");
  const AuditResult r = audit(p);
  const Finding* f = at(r, "JX-W04", "$.projects[0]");
  REQUIRE(f);
  CHECK(f->field().empty());
  CHECK(f->expected() == "100");
  CHECK(f->found() == "95");
  CHECK(f->zh() == "各项分值合计 95 = 预算执行率 10 + 产出指标 50 + 效益指标 30 + 满意度指标 5，评分规则 national-2020 "
                 "规定总分 100");
}

TEST_CASE("JX-W04 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-W04") == 0);
  Package p = correct_package();
  p.projects[0].funds.total.weight.reset();  // the policy's 10 is taken for a blank execution row
  CHECK(count(audit(p), "JX-W04") == 0);
}

// ---- JX-W05 -------------------------------------------------------------------------------------

TEST_CASE("JX-W05 fires on points of zero or less") {
  Package p = correct_package();
  p.projects[0].indicators[0].groups[1].indicators[0].weight = D("0");
  p.projects[0].indicators[0].groups[1].indicators[0].self_score = D("0");
  p.department->funds.total.weight = D("-10");
  const AuditResult r = audit(p);
  const Finding* f = at(r, "JX-W05", "$.projects[0].indicators[0].groups[1].indicators[0].weight");
  REQUIRE(f);
  CHECK(f->row() == "培训合格率");
  CHECK(f->field() == "weight");
  CHECK_FALSE(f->expected());
  CHECK(f->found() == "0");
  CHECK(f->zh() == "“培训合格率”的分值为 0，分值应大于 0");
  CHECK(at(r, "JX-W05", "$.department.funds.total.weight"));
  CHECK(count(r, "JX-W05") == 2);
}

TEST_CASE("JX-W05 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-W05") == 0);
}

// ---- JX-W06 -------------------------------------------------------------------------------------

TEST_CASE("JX-W06 fires on a level-2 indicator with no rows") {
  Package p = correct_package();
  auto& groups = p.projects[0].indicators[1].groups;
  groups.insert(groups.begin() + 1, group("生态效益指标", {}));
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-W06") == 1);
  const Finding& f = *with_code(r, "JX-W06")[0];
  CHECK(f.severity() == jixiao::Severity::warning);
  CHECK(f.row() == "生态效益指标");
  CHECK(f.field() == "indicators");
  CHECK(f.path() == "$.projects[0].indicators[1].groups[1].indicators");
  CHECK_FALSE(f.expected());
  CHECK_FALSE(f.found());
  CHECK(f.zh() == "二级指标“生态效益指标”（属“效益指标”）下没有三级指标");
}

TEST_CASE("JX-W06 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-W06") == 0);
}

// ---- JX-W07 -------------------------------------------------------------------------------------

TEST_CASE("JX-W07 fires on a 其中 row with its own points or score") {
  Package p = correct_package();
  p.projects[0].funds.current_year->weight = D("10");  // as the seed's projects print it
  p.projects[0].funds.current_year->self_score = D("10");
  p.projects[0].funds.carryover->self_score = D("0");
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-W07") == 2);
  const Finding* f = at(r, "JX-W07", "$.projects[0].funds.current_year.weight");
  REQUIRE(f);
  CHECK(f->row() == "其中：当年财政拨款");
  CHECK(f->field() == "weight");
  CHECK_FALSE(f->expected());
  CHECK(f->found() == "10");
  CHECK(contains(f->zh(), "其中项“其中：当年财政拨款”填了分值 10、自评得分 10"));
  const Finding* g = at(r, "JX-W07", "$.projects[0].funds.carryover.self_score");
  REQUIRE(g);
  CHECK(g->field() == "self_score");
  CHECK(g->found() == "0");
}

TEST_CASE("JX-W07 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-W07") == 0);
}

// ---- JX-W08 -------------------------------------------------------------------------------------

TEST_CASE("JX-W08 fires on a self-score without points") {
  Package p = correct_package();
  p.department->indicators[2].groups[0].indicators[0].weight.reset();
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-W08") == 1);
  const Finding& f = *with_code(r, "JX-W08")[0];
  CHECK(f.form() == "department");
  CHECK(f.row() == "参训人员满意度");
  CHECK(f.field() == "weight");
  CHECK(f.path() == "$.department.indicators[2].groups[0].indicators[0].weight");
  CHECK(f.zh() == "“参训人员满意度”填了自评得分 10，但分值为空");
}

TEST_CASE("JX-W08 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-W08") == 0);
  Package p = correct_package();
  p.department->indicators[2].groups[0].indicators[0].weight.reset();
  p.department->indicators[2].groups[0].indicators[0].self_score.reset();  // both blank: not this rule
  CHECK(count(audit(p), "JX-W08") == 0);
}

// ---- JX-W09 -------------------------------------------------------------------------------------

TEST_CASE("JX-W09 fires when the printed points differ from the policy") {
  Package p = correct_package();
  p.department->indicators[1] = section("效益指标\n（40 分）", p.department->indicators[1].groups);
  const AuditResult r = audit(p);
  REQUIRE(count(r, "JX-W09") == 1);
  const Finding& f = *with_code(r, "JX-W09")[0];
  CHECK(f.severity() == jixiao::Severity::warning);
  CHECK(f.row() == "效益指标（40 分）");
  CHECK(f.field() == "weight");
  CHECK(f.path() == "$.department.indicators[1].weight");
  CHECK(f.expected() == "30");
  CHECK(f.found() == "40");
  CHECK(f.zh() == "“效益指标”标注 40 分，评分规则 national-2020 规定 30 分");
}

TEST_CASE("JX-W09 is silent on a correct table") {
  CHECK(count(audit(correct_package()), "JX-W09") == 0);
  CHECK(count(audit(with_cost_section()), "JX-W09") == 0);  // 40 + 10 printed, 50 shared
}

// ---- the bundled example ------------------------------------------------------------------------

TEST_CASE("JX-W01..W09 on the bundled example") {
  const AuditResult r = audit(example_package());
  // 附件二: 效益 "(40 分)" vs rows 10 + 20 = 30 (W01, W09); 满意度 "(10 分)" vs its one row whose
  // 分值 is blank (W01 0 vs 10, W02 0 vs the policy's 10, W08); 10 + 50 + 30 + 0 = 90 ≠ 100 (W04);
  // 经济效益 and 生态效益 have no rows (W06 ×2). 附件三 ×3: 其中：当年财政拨款 prints 10 / 10 (W07)
  // and 生态效益 has no rows (W06).
  const std::map<std::string, int> expected{{"JX-W01", 2}, {"JX-W02", 1}, {"JX-W04", 1}, {"JX-W06", 5},
                                            {"JX-W07", 3}, {"JX-W08", 1}, {"JX-W09", 1}};
  CHECK(counts(r, "JX-W") == expected);

  const Finding* w01 = at(r, "JX-W01", "$.department.indicators[1].weight");
  REQUIRE(w01);
  CHECK(w01->expected() == "30");
  CHECK(w01->found() == "40");
  const Finding* w01s = at(r, "JX-W01", "$.department.indicators[2].weight");
  REQUIRE(w01s);
  CHECK(w01s->expected() == "0");
  CHECK(w01s->found() == "10");
  CHECK(at(r, "JX-W02", "$.department.indicators[2]"));
  const Finding* w04 = at(r, "JX-W04", "$.department");
  REQUIRE(w04);
  CHECK(w04->found() == "90");
  CHECK(at(r, "JX-W08", "$.department.indicators[2].groups[0].indicators[0].weight"));
  CHECK(at(r, "JX-W09", "$.department.indicators[1].weight"));
  CHECK(at(r, "JX-W06", "$.department.indicators[1].groups[0].indicators"));
  CHECK(at(r, "JX-W06", "$.department.indicators[1].groups[2].indicators"));
  for (const char* project : {"$.projects[0]", "$.projects[1]", "$.projects[2]"}) {
    CHECK(at(r, "JX-W07", std::string(project) + ".funds.current_year.weight"));
    CHECK(at(r, "JX-W06", std::string(project) + ".indicators[1].groups[2].indicators"));
  }
}
