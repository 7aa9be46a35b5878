// Tests of include/jixiao/audit.hpp: the catalogue and the driver. The rules themselves are tested
// group by group in audit_<group>.cpp.
#include <jixiao/audit.hpp>
#include <jixiao/package_json.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

TEST_CASE("the rule catalogue: at least 40 rules, unique stable codes in order") {
  const auto rules = jixiao::audit_rules();
  CHECK(rules.size() >= 40);
  std::set<std::string_view> codes;
  std::string_view previous;
  for (const jixiao::AuditRule& r : rules) {
    CAPTURE(r.code);
    CHECK(codes.insert(r.code).second);
    CHECK(r.code.substr(0, 3) == "JX-");
    CHECK(r.code.size() == 6);
    CHECK_FALSE(r.title_zh.empty());
    CHECK_FALSE(r.title_en.empty());
    CHECK(jixiao::find_audit_rule(r.code) == &r);
    if (!previous.empty() && previous[3] == r.code[3]) CHECK(previous < r.code);
    previous = r.code;
  }
  CHECK(jixiao::find_audit_rule("JX-Z99") == nullptr);
  CHECK(jixiao::find_audit_rule("JX-A01")->severity == jixiao::Severity::error);
}

TEST_CASE("docs/audit-rules.md lists every rule of the catalogue") {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/docs/audit-rules.md");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  for (const jixiao::AuditRule& r : jixiao::audit_rules()) {
    CAPTURE(r.code);
    CHECK(text.str().find("[" + std::string(r.code) + "]") != std::string::npos);
    CHECK(text.str().find(std::string(r.title_zh)) != std::string::npos);
  }
}

TEST_CASE("audit: findings are ordered most severe first, each with a known code and a place") {
  const auto read =
      jixiao::read_package_file(std::string(JIXIAO_SOURCE_DIR) + "/examples/hengshan-2024/package.json");
  const jixiao::AuditResult r = jixiao::audit(read.package);
  CHECK(r.evaluation.department->total.to_string() == "98.00");
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const jixiao::Finding& f = r.findings[i];
    CAPTURE(f.code());
    const jixiao::AuditRule* rule = jixiao::find_audit_rule(f.code());
    REQUIRE(rule != nullptr);
    CHECK(f.severity() == rule->severity);
    CHECK(f.path().substr(0, 2) == "$.");
    CHECK_FALSE(f.zh().empty());
    CHECK_FALSE(f.en().empty());
    if (i > 0) CHECK(r.findings[i - 1].severity() >= f.severity());
  }
  CHECK(jixiao::severity_name(jixiao::Severity::warning) == "warning");
  CHECK(jixiao::severity_label_zh(jixiao::Severity::error) == "错误");
}

TEST_CASE("audit: a clean small package has no findings") {
  // A project table that foots, with every cell filled and consistent, scored as filed.
  const char* json = R"json({"format":"jixiao-package","version":1,"unit_name":"测试单位","year":2024,
    "projects":[{"title":"2024年度项目支出绩效自评表","project_name":"测试项目","competent_department":"测试局",
      "implementing_unit":"测试单位",
      "funds":{"total":{"initial_budget":"10","annual_budget":"10","executed":"10","weight":"10",
                        "execution_rate":"100.00%","self_score":"10"}},
      "goals":{"expected":"完成采购100台","actual":"完成采购100台"},
      "indicators":[
        {"category":"产出指标(50分)","groups":[
          {"category":"数量指标","indicators":[{"name":"采购设备数量","target":"≥100台","actual":"100台","weight":"30","self_score":"30","deviation":""}]},
          {"category":"时效指标","indicators":[{"name":"完成时间","target":"2024年12月31日前","actual":"2024年11月30日","weight":"20","self_score":"20","deviation":""}]}]},
        {"category":"效益指标(30分)","groups":[
          {"category":"社会效益指标","indicators":[{"name":"服务覆盖率","target":"≥90%","actual":"95%","weight":"30","self_score":"30","deviation":""}]}]},
        {"category":"满意度指标(10分)","groups":[
          {"category":"服务对象满意度指标","indicators":[{"name":"使用单位满意度","target":"≥90%","actual":"92%","weight":"10","self_score":"10","deviation":""}]}]}],
      "total_weight":"100","total_self_score":"100",
      "sign_off":{"filled_by":"张三","fill_date":"2025-03-01"}}]})json";
  const jixiao::AuditResult r = jixiao::audit(jixiao::read_package_json(json).package);
  CHECK(r.evaluation.projects[0].total.to_string() == "100.00");
  for (const jixiao::Finding& f : r.findings) {
    CAPTURE(f.code());
    CAPTURE(f.path());
    CAPTURE(f.zh());
    CHECK(f.severity() == jixiao::Severity::info);  // nothing wrong: at most notes
  }
}
