// Tests of the quality checks JX-Q01..Q12 (src/audit/quality.cpp, docs/audit/quality.md): each rule
// fires on a broken cell and is silent on a correct one, and the bundled example gives exactly the
// findings worked out by hand from the seed.
#include "audit_test_support.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace audit_test;
using jixiao::Indicator;
using jixiao::Severity;

namespace {

/// The row [s][g][k] of the first project (see correct_indicators for the layout).
Indicator& cell(Package& p, std::size_t s, std::size_t g, std::size_t k = 0) {
  return p.projects[0].indicators[s].groups[g].indicators[k];
}

void set(Indicator& i, std::string_view target, std::string_view actual) {
  i.target = jixiao::parse_indicator_value(target, jixiao::parse_unit(i.unit));
  i.actual = jixiao::parse_indicator_value(actual, jixiao::parse_unit(i.unit));
}

std::string row_path(std::size_t s, std::size_t g, std::size_t k = 0) {
  return "$.projects[0].indicators[" + std::to_string(s) + "].groups[" + std::to_string(g) + "].indicators[" +
         std::to_string(k) + "]";
}

AuditResult run(const Package& p) { return jixiao::audit(p); }

}  // namespace

TEST_CASE("JX-Q rules are silent on the correct package") {
  CHECK(counts(run(correct_package()), "JX-Q").empty());
}

TEST_CASE("JX-Q01 fires on a qualitative target of unknown tier under 成本 and 满意度") {
  Package p = correct_package();
  set(cell(p, 0, 3), "严格控制", "严格控制");
  set(cell(p, 2, 0), "行政事业单位满意度", "96%");
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q01").size() == 2);
  const Finding* f = at(r, "JX-Q01", row_path(0, 3) + ".target");
  REQUIRE(f);
  CHECK(f->severity() == Severity::warning);
  CHECK(f->form() == "project");
  CHECK(f->form_name() == "示例培训项目");
  CHECK(f->row() == "人均培训成本");
  CHECK(f->field() == "target");
  CHECK(contains(f->zh(), "成本指标下的年度指标值“严格控制”是定性表述"));
  CHECK(contains(f->en(), "the target \"严格控制\" under \"成本指标\" (Cost)"));
  CHECK(at(r, "JX-Q01", row_path(2, 0) + ".target"));
}

TEST_CASE("JX-Q01 is silent on qualitative targets under 社会效益 and 可持续影响, and on tier phrases") {
  Package p = correct_package();
  set(cell(p, 1, 0), "进一步完善", "已完善");       // 社会效益: allowed
  set(cell(p, 1, 1), "进一步推进", "已建立长效机制");  // 可持续影响: allowed
  set(cell(p, 0, 2), "按规定完成", "按规定完成");      // 时效: a tier phrase, not unknown
  set(cell(p, 0, 0), "≥200人", "210人");
  CHECK(with_code(run(p), "JX-Q01").empty());
}

TEST_CASE("JX-Q02 fires on a number target with no unit in the cell and no unit column") {
  Package p = correct_package();
  set(cell(p, 0, 0), "221", "221");
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q02").size() == 1);
  const Finding* f = at(r, "JX-Q02", row_path(0, 0) + ".target");
  REQUIRE(f);
  CHECK(f->row() == "完成培训人数");
  CHECK(contains(f->zh(), "年度指标值“221”是数值，但单元格中和计量单位列都没有计量单位"));
  CHECK(contains(f->en(), "the target \"221\" is a number with no unit of measure"));
}

TEST_CASE("JX-Q02 is silent on a unit in the cell, in the unit column, a percent and a zero target") {
  Package p = correct_package();
  set(cell(p, 0, 0), "221个", "221个");
  cell(p, 0, 1).unit = "个";
  set(cell(p, 0, 1), "221", "221");
  set(cell(p, 0, 2), "100%", "100%");
  set(cell(p, 0, 3), "=0", "0");
  CHECK(with_code(run(p), "JX-Q02").empty());
}

TEST_CASE("JX-Q03 fires on an actual with a comparison sign, a deadline actual included") {
  Package p = correct_package();
  set(cell(p, 2, 0), "≥96%", "≥96%");
  set(cell(p, 0, 2), "2024年12月31日前", "2024年12月31日前");
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q03").size() == 2);
  const Finding* f = at(r, "JX-Q03", row_path(2, 0) + ".actual");
  REQUIRE(f);
  CHECK(f->field() == "actual");
  CHECK(contains(f->zh(), "实际完成值“≥96%”带有比较符号“≥”"));
  CHECK(contains(f->en(), "the actual \"≥96%\" carries the sign \"≥\""));
  CHECK(at(r, "JX-Q03", row_path(0, 2) + ".actual"));
}

TEST_CASE("JX-Q03 is silent on definite actuals, a range target and a dated actual") {
  Package p = correct_package();
  set(cell(p, 2, 0), "≥96%", "96.5%");
  set(cell(p, 0, 1), "85%-95%", "90%");
  set(cell(p, 0, 2), "2024年12月31日前", "2024年11月20日");
  CHECK(with_code(run(p), "JX-Q03").empty());
}

TEST_CASE("JX-Q04 fires (info) on an actual repeating a qualitative target word for word") {
  Package p = correct_package();
  set(cell(p, 1, 0), "进一步完善", "进一步\n完善");  // the same words, a line break apart
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q04").size() == 1);
  const Finding* f = at(r, "JX-Q04", row_path(1, 0) + ".actual");
  REQUIRE(f);
  CHECK(f->severity() == Severity::info);
  CHECK(contains(f->zh(), "照抄年度指标值"));
  CHECK(contains(f->en(), "repeats the target word for word"));
}

TEST_CASE("JX-Q04 is silent on a tier phrase repeated and on an actual that says what was done") {
  Package p = correct_package();
  set(cell(p, 1, 1), "达成年度指标", "达成年度指标");  // the way a tier is reported
  set(cell(p, 1, 0), "进一步完善", "建立制度3项");
  CHECK(with_code(run(p), "JX-Q04").empty());
}

TEST_CASE("JX-Q05 fires on the same indicator name twice in a form, spacing aside") {
  Package p = correct_package();
  cell(p, 0, 1).name = "完成培训\n人数";  // 质量 repeats 数量's 完成培训人数
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q05").size() == 1);
  const Finding* f = at(r, "JX-Q05", row_path(0, 1) + ".name");
  REQUIRE(f);
  CHECK(f->field() == "name");
  CHECK(contains(f->zh(), "重复出现：“数量指标”下（" + row_path(0, 0) + "）已有同名指标"));
  CHECK(contains(f->en(), "appears twice"));
}

TEST_CASE("JX-Q05 is silent on distinct names and on one name in two different forms") {
  Package p = correct_package();
  p.projects.push_back(correct_project("另一个项目"));  // the same names, another table
  CHECK(with_code(run(p), "JX-Q05").empty());
}

TEST_CASE("JX-Q06 fires on a missing 一级 dimension and on one printed with no rows") {
  Package p = correct_package();
  p.projects[0].indicators.pop_back();                  // no 满意度 section
  p.department->indicators[1].groups[0].indicators.clear();  // 效益 printed, rows gone
  p.department->indicators[1].groups[1].indicators.clear();
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q06").size() == 2);
  const Finding* f = at(r, "JX-Q06", "$.projects[0].indicators");
  REQUIRE(f);
  CHECK(f->severity() == Severity::error);
  CHECK(f->row() == "满意度指标");
  CHECK(contains(f->zh(), "缺少一级指标“满意度指标”：绩效指标应覆盖产出、效益、满意度各维度"));
  CHECK(contains(f->en(), "no level-1 indicator \"满意度指标\" (Satisfaction)"));
  const Finding* g = at(r, "JX-Q06", "$.department.indicators[1]");
  REQUIRE(g);
  CHECK(contains(g->zh(), "一级指标“效益指标”下没有任何三级指标"));
}

TEST_CASE("JX-Q06 is silent on 成本 as 一级 for 产出, 满意度 as 二级 under 效益, and the 2013 framework") {
  Package p = correct_package();
  // 成本 as its own 一级 standing for 产出
  auto& ind = p.projects[0].indicators;
  ind[0] = section("成本指标", {group("经济成本指标", {row("人均培训成本", "≤500元", "480元", "50", "50")})});
  // 满意度 as a 二级 under 效益 (older templates)
  auto& dep = p.department->indicators;
  dep[1].groups.push_back(group("服务对象满意度指标", {row("参训人员满意度", "≥90%", "95%", "10", "10")}));
  dep.pop_back();
  CHECK(with_code(run(p), "JX-Q06").empty());

  // 财预〔2013〕53号: 投入、过程、产出、效果 — all four present is fine, 效果 missing is not
  Package q = correct_package();
  q.department->indicators = {
      section("投入", {group("预算配置", {row("在职人员控制率", "≤100%", "72.22%", "25", "25")})}),
      section("过程", {group("预算执行", {row("预算完成率", "100%", "100%", "25", "25")})}),
      section("产出", {group("职责履行", {row("重点工作完成率", "100%", "100%", "25", "25")})}),
      section("效果", {group("履职效益", {row("社会公众满意度", "≥90%", "95%", "25", "25")})})};
  CHECK(with_code(run(q), "JX-Q06").empty());
  q.department->indicators.pop_back();
  const AuditResult r = run(q);
  REQUIRE(with_code(r, "JX-Q06").size() == 1);
  CHECK(contains(with_code(r, "JX-Q06")[0]->zh(), "缺少一级指标“效果”：绩效指标应覆盖投入、过程、产出、效果各维度"));
}

TEST_CASE("JX-Q07 fires on a cost target with ≥ or ＞") {
  Package p = correct_package();
  set(cell(p, 0, 3), "≥500元", "480元");
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q07").size() == 1);
  const Finding* f = at(r, "JX-Q07", row_path(0, 3) + ".target");
  REQUIRE(f);
  CHECK(contains(f->zh(), "成本指标的年度指标值“≥500元”使用了“≥”：成本指标是上限，应使用“≤”或“＜”"));
  CHECK(contains(f->en(), "a cost target is a ceiling"));
  Package q = correct_package();
  q.projects[0].indicators[0].groups[3].indicators[0].target = jixiao::parse_indicator_value("＞8万元");
  CHECK(at(run(q), "JX-Q07", row_path(0, 3) + ".target"));
}

TEST_CASE("JX-Q07 is silent on ≤ cost targets, on savings measured with ≥, and on ≥ outside 成本") {
  Package p = correct_package();
  set(cell(p, 0, 3), "≤500元", "520元");
  p.projects[0].indicators[0].groups[3].indicators.push_back(row("成本节约率", "≥5%", "6%", "0.5", "0.5"));
  CHECK(with_code(run(p), "JX-Q07").empty());
}

TEST_CASE("JX-Q08 fires on a rate above 100% under 质量, 满意度 and names with 率") {
  Package p = correct_package();
  set(cell(p, 0, 1), "≥95%", "105%");   // 质量: 培训合格率
  set(cell(p, 2, 0), "≥101%", "100%");  // 满意度
  set(cell(p, 1, 0), "≥90%", "1200‰");   // 政策知晓率, in per mille
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q08").size() == 3);
  const Finding* f = at(r, "JX-Q08", row_path(0, 1) + ".actual");
  REQUIRE(f);
  CHECK(f->expected() == "≤ 100%");
  CHECK(f->found() == "105%");
  CHECK(contains(f->zh(), "实际完成值“105%”超过100%：“培训合格率”是不能超过100%的比率"));
  CHECK(contains(f->en(), "the actual \"105%\" is above 100%"));
  CHECK(at(r, "JX-Q08", row_path(2, 0) + ".target"));
  REQUIRE(at(r, "JX-Q08", row_path(1, 0) + ".actual"));
  CHECK(at(r, "JX-Q08", row_path(1, 0) + ".actual")->found() == "120%");
}

TEST_CASE("JX-Q08 is silent on 100%, on growth and completion rates, and outside bounded categories") {
  Package p = correct_package();
  set(cell(p, 0, 1), "100%", "100%");
  cell(p, 1, 0).name = "培训人数增长率";
  set(cell(p, 1, 0), "≥10%", "120%");
  cell(p, 0, 2).name = "任务完成率";
  set(cell(p, 0, 2), "100%", "105%");
  cell(p, 1, 1).name = "带动社会投资";
  set(cell(p, 1, 1), "≥100%", "150%");  // 可持续影响, no 率 in the name
  CHECK(with_code(run(p), "JX-Q08").empty());
}

TEST_CASE("JX-Q09 fires on placeholders in indicator cells and template rows in the basic data table") {
  Package p = correct_package();
  cell(p, 0, 0).name = "指标1";
  set(cell(p, 0, 1), "*", "……");
  p.basic_data->project_spending.children.push_back(amount_row("……", "", "", ""));
  p.basic_data->project_spending.children.push_back(amount_row("4、省级专项资金（每个专项一行）", "", "", ""));
  const AuditResult r = run(p);
  CHECK(with_code(r, "JX-Q09").size() == 5);
  const Finding* name = at(r, "JX-Q09", row_path(0, 0) + ".name");
  REQUIRE(name);
  CHECK(contains(name->zh(), "三级指标名称“指标1”是模板占位内容"));
  const Finding* target = at(r, "JX-Q09", row_path(0, 1) + ".target");
  REQUIRE(target);
  CHECK(contains(target->zh(), "年度指标值“*”是模板占位内容"));
  CHECK(contains(target->en(), "\"*\" is a placeholder, not a value"));
  CHECK(at(r, "JX-Q09", row_path(0, 1) + ".actual"));
  const Finding* dots = at(r, "JX-Q09", "$.basic_data.project_spending.children[1].name");
  REQUIRE(dots);
  CHECK(dots->form() == "basic_data");
  CHECK(dots->row() == "……");
  CHECK(contains(dots->zh(), "是表格模板中的示例行，未删除（金额均为空白）"));
  const Finding* each = at(r, "JX-Q09", "$.basic_data.project_spending.children[2].name");
  REQUIRE(each);
  CHECK(contains(each->en(), "is a sample row of the template"));
  CHECK(with_code(r, "JX-Q10").empty());  // a placeholder is Q09, not Q10
}

TEST_CASE("JX-Q09 is silent on real names and values, including a template row renamed") {
  Package p = correct_package();
  p.basic_data->project_spending.children.push_back(amount_row("2、运行维护经费", "", "", ""));
  p.basic_data->project_spending.children[0].name = "1、省级专项资金：编制信息化建设";
  CHECK(with_code(run(p), "JX-Q09").empty());
}

TEST_CASE("JX-Q10 fires on a cell the parser cannot read, with the parser's note") {
  Package p = correct_package();
  set(cell(p, 0, 0), "≥200人", "约210人");
  set(cell(p, 1, 0), "不适用", "不适用");
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q10").size() == 3);
  const Finding* f = at(r, "JX-Q10", row_path(0, 0) + ".actual");
  REQUIRE(f);
  CHECK(contains(f->zh(), "实际完成值无法解析：“约210人”无法解析为数值"));
  CHECK(contains(f->en(), "the actual cannot be read: \"约210人\" cannot be read as a number"));
  CHECK(at(r, "JX-Q10", row_path(1, 0) + ".target"));
}

TEST_CASE("JX-Q10 is silent on every readable kind: numbers, ranges, dates, qualitative, blank") {
  Package p = correct_package();
  set(cell(p, 0, 1), "85%-95%", "90%");
  set(cell(p, 0, 2), "2024年12月31日前", "2024年12月20日");
  set(cell(p, 1, 1), "进一步推进", "部分达成");
  CHECK(with_code(run(p), "JX-Q10").empty());
}

TEST_CASE("JX-Q11 fires on target and actual units that do not convert, and on a cell against its unit column") {
  Package p = correct_package();
  set(cell(p, 0, 0), "≥200个", "210人");
  set(cell(p, 0, 2), "100个", "100%");
  cell(p, 1, 0).unit = "个";
  set(cell(p, 1, 0), "≥90人", "92");  // the actual takes 个 from the column
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q11").size() == 3);
  const Finding* f = at(r, "JX-Q11", row_path(0, 0) + ".actual");
  REQUIRE(f);
  CHECK(contains(f->zh(), "实际完成值“210人”的单位“人”与年度指标值“≥200个”的单位“个”不一致"));
  CHECK(contains(f->en(), "the actual \"210人\" is in \"人\" and the target \"≥200个\" in \"个\""));
  CHECK(at(r, "JX-Q11", row_path(0, 2) + ".actual"));
  const Finding* col = at(r, "JX-Q11", row_path(1, 0) + ".target");
  REQUIRE(col);
  CHECK(contains(col->zh(), "与计量单位列的“个”不一致"));
}

TEST_CASE("JX-Q11 is silent on convertible units and on an actual written without its unit") {
  Package p = correct_package();
  set(cell(p, 0, 3), "≤2万元", "19800元");
  set(cell(p, 0, 0), "≥1.5万人", "15200人");
  set(cell(p, 1, 0), "≥90%", "92");
  CHECK(with_code(run(p), "JX-Q11").empty());
}

TEST_CASE("JX-Q12 fires (info) on an indicator name over 100 characters") {
  Package p = correct_package();
  std::string name;
  for (int k = 0; k < 101; ++k) name += "字";
  cell(p, 0, 0).name = name;
  const AuditResult r = run(p);
  REQUIRE(with_code(r, "JX-Q12").size() == 1);
  const Finding* f = at(r, "JX-Q12", row_path(0, 0) + ".name");
  REQUIRE(f);
  CHECK(f->severity() == Severity::info);
  CHECK(f->found() == "101");
  CHECK(f->expected() == "≤ 100");
  CHECK(contains(f->zh(), "三级指标名称长101个字符，超过100个字符"));
}

TEST_CASE("JX-Q12 is silent on 100 characters, line breaks not counted") {
  Package p = correct_package();
  std::string name;
  for (int k = 0; k < 100; ++k) name += k == 50 ? "字\n" : "字";
  cell(p, 0, 0).name = name;
  CHECK(with_code(run(p), "JX-Q12").empty());
}

TEST_CASE("JX-Q on the bundled example: exactly the findings worked out from the seed") {
  const AuditResult r = run(example_package());
  // Q01: 严格控制 under 成本 ×4 (department, three projects) and the department's shifted 满意度
  //      row, whose target cell holds 行政事业单位满意度.
  // Q02: 33, 82, 82 (department), 221, 398, 398.
  // Q03: ≥96% as 满意度 actual in all four tables.
  // Q04: 严格控制 / 进一步完善 ×2 (department); 严格控制, 进一步完成, 进一步促进 (project 1);
  //      严格控制, 基本维护, 进一步推进 (projects 2 and 3).
  // Q05: 机构编制调整及改革数量 under 数量 and 质量 (department).
  // Q09: the basic data table's template rows "……", "4、省级专项资金（每个专项一行）", "……".
  const std::map<std::string, int> expected{{"JX-Q01", 5}, {"JX-Q02", 6}, {"JX-Q03", 4},
                                            {"JX-Q04", 12}, {"JX-Q05", 1}, {"JX-Q09", 3}};
  CHECK(counts(r, "JX-Q") == expected);
  CHECK(at(r, "JX-Q05", "$.department.indicators[0].groups[1].indicators[0].name"));
  CHECK(at(r, "JX-Q01", "$.department.indicators[2].groups[0].indicators[0].target"));
  CHECK(at(r, "JX-Q02", "$.projects[0].indicators[0].groups[0].indicators[0].target"));
  CHECK(at(r, "JX-Q09", "$.basic_data.project_spending.children[3].name"));
  for (const char* path : {"$.department", "$.projects[0]", "$.projects[1]", "$.projects[2]"})
    CHECK(at(r, "JX-Q03", std::string(path) + ".indicators[2].groups[0].indicators[0].actual"));
}
