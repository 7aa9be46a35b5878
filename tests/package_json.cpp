// Tests of include/jixiao/package_json.hpp: the "jixiao-package" format (docs/json-format.md).
#include <jixiao/indicator_category.hpp>
#include <jixiao/indicator_value.hpp>
#include <jixiao/package_json.hpp>
#include <jixiao/unit.hpp>

#include <doctest/doctest.h>

#include "json_test_support.hpp"

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

using namespace jixiao;

namespace {

Decimal D(std::string_view s) { return Decimal::parse(s); }
Money M(std::string_view s) { return Money::parse(s, MoneyUnit::wan_yuan); }
Percent P(std::string_view s) { return Percent::parse(s); }
IndicatorValue V(std::string_view text, std::string_view unit = {}) {
  return parse_indicator_value(text, parse_unit(unit));
}
Category C1(std::string label) { return Category{classify_category(label, CategoryLevel::level1), std::move(label)}; }
Category C2(std::string label) { return Category{classify_category(label, CategoryLevel::level2), std::move(label)}; }

FundsRow full_row(std::string_view budget, std::string_view executed) {
  return FundsRow{M(budget), M(budget), M(executed), D("10"), Percent::of(M(executed), M(budget)), D("9.50")};
}

std::vector<IndicatorSection> indicators() {
  Indicator count{"涉及部门数量", V("≥33", "个"), V("33", "个"), "个", D("10"), D("10"), ""};
  Indicator rate{"群众满意度", V("≥95%"), V("96.5%"), "", D("10"), D("9.5"), "偏差原因：\n1. 调查样本少；\n2. “回访”不及时"};
  Indicator deadline{"完成时限", V("2024年12月31日前"), V("2024年11月"), "", D("5"), std::nullopt, ""};
  Indicator qualitative{"制度建设", V("进一步完善"), V("达成年度指标"), "", std::nullopt, D("4.5"), ""};
  Indicator blank{"（空行）", V(""), V("——"), "", std::nullopt, std::nullopt, ""};
  IndicatorSection output{C1("产出指标\n(50 分)"), D("50"),
                          {IndicatorGroup{C2("数量指标"), std::nullopt, {count, blank}},
                           IndicatorGroup{C2("时效指标"), D("5"), {deadline}}}};
  // printed points but an explicitly empty weight: written as null, read back empty
  IndicatorSection benefit{C1("效益指标（40 分）"), std::nullopt,
                           {IndicatorGroup{C2("社会效益指标"), std::nullopt, {qualitative}},
                            IndicatorGroup{C2("经济效益指标"), std::nullopt, {}}}};
  IndicatorSection satisfaction{C1("满意度指标"), D("10"), {IndicatorGroup{C2("服务对象满意度指标"), std::nullopt, {rate}}}};
  IndicatorSection custom{C1("自定义一级"), std::nullopt, {IndicatorGroup{C2("自定义二级"), D("1.5"), {}}}};
  return {output, benefit, satisfaction, custom};
}

/// Every member set, some to unusual values: Unicode, line breaks, quotes, empty optionals.
Package full_package() {
  Package p;
  p.unit_name = "中共衡山县委机构编制委员会办公室 ✓ 𠀀";
  p.year = 2024;
  p.money_unit = MoneyUnit::wan_yuan;

  BasicDataForm b;
  b.title = "2024年度部门整体支出绩效评价基础数据表";
  b.staffing = Staffing{D("18"), D("13"), P("72.22%")};
  b.three_public = AmountRow{
      "三公经费:",
      YearColumns{M("0.26"), M("2"), M("2")},
      {AmountRow{"1、公务用车购置和维护经费",
                 YearColumns{},
                 {AmountRow{"其中：公车购置", YearColumns{std::nullopt, M("0"), std::nullopt}, {}},
                  AmountRow{"公车运行维护", YearColumns{M("0.001"), std::nullopt, M("12345678901234567890.12")}, {}}}},
       AmountRow{"4、公务接待", YearColumns{M("0.26"), M("2"), M("2")}, {}}}};
  b.project_spending = AmountRow{"项目支出：", YearColumns{M("57"), M("53.83"), M("55.38")}, {AmountRow{"……", {}, {}}}};
  b.public_funds = AmountRow{"公用经费", YearColumns{M("23.73"), M("24"), M("19.45")}, {}};
  b.government_procurement = YearColumns{M("1.5"), M("-2.25"), M("0")};
  b.basic_budget_adjustment = YearColumns{std::nullopt, M("3"), std::nullopt};
  b.buildings = BuildingControl{D("1200.5"), D("1180"), P("98.30%"), M("500"), M("480.125"), P("96.03%")};
  b.savings_measures = "1. 严格执行“八项规定”\n2. 压缩一般性支出\t（≥5%）\\ \"引号\"";
  b.sign_off = SignOff{"王永强", Date{2025, 6, 20}};
  p.basic_data = b;

  DepartmentForm d;
  d.title = "2024年度部门整体支出绩效自评表";
  d.unit_name = p.unit_name;
  d.funds = FundsBlock{full_row("211.34", "211.34"), full_row("209.21", "209.21"), FundsRow{}, std::nullopt};
  d.income = IncomeBreakdown{M("209.21"), std::nullopt, M("0.00"), M("2.13")};
  d.expenditure = ExpenditureBreakdown{M("155.38"), M("53.83")};
  d.goals = Goals{"预期目标：\n一、……", "实际完成情况：全部完成"};
  d.indicators = indicators();
  d.total_weight = D("100");
  d.total_self_score = D("98.00");
  d.sign_off = SignOff{"王永强", Date{2025, 6, 0}};
  p.department = d;

  ProjectForm a;
  a.title = "2024年度项目支出绩效自评表";
  a.project_name = "机构编制业务工作经费";
  a.competent_department = "中共衡山县委";
  a.implementing_unit = "衡山县编办";
  a.funds = FundsBlock{full_row("53.83", "55.38"), full_row("50", "50"), full_row("3.83", "5.38"),
                       FundsRow{std::nullopt, M("0.1"), std::nullopt, std::nullopt, std::nullopt, std::nullopt}};
  a.goals = Goals{"目标", "完成"};
  a.indicators = indicators();
  a.total_weight = D("100");
  a.total_self_score = D("97.5");
  a.sign_off = SignOff{"李四", std::nullopt};
  p.projects.push_back(a);
  p.projects.push_back(ProjectForm{});  // everything empty

  p.report = NarrativeReport{"2024年度中共衡山县委机构编制委员会办公室部门整体支出绩效自评报告", Date{2025, 6, 20},
                             "一、部门概况\n\n二、绩效目标……\n\n\"结语\""};
  return p;
}

std::string header(std::string_view rest) {
  return std::string(R"({"format": "jixiao-package", "version": 1)") + (rest.empty() ? "" : ", ") + std::string(rest) +
         "}";
}

Error error_of(std::string_view json, const ReadOptions& options = {}) {
  try {
    (void)read_package_json(json, options);
  } catch (const Error& e) {
    return e;
  }
  FAIL("no error for: " << json);
  return Error(ErrorCode::ok, "", "");
}

}  // namespace

TEST_CASE("package round trip: every member, Unicode, line breaks, empty optionals") {
  const Package p = full_package();
  for (const bool pretty : {true, false}) {
    const std::string text = write_package_json(p, pretty);
    const PackageReadResult back = read_package_json(text);
    CHECK(back.warnings.empty());
    CHECK(back.package == p);
    CHECK(write_package_json(back.package, pretty) == text);
  }
  // yuan: the same amounts, written and read in 元
  Package y = p;
  y.money_unit = MoneyUnit::yuan;
  const std::string text = write_package_json(y);
  CHECK(text.find(R"("money_unit": "yuan")") != std::string::npos);
  CHECK(text.find(R"("initial_budget": "2113400")") != std::string::npos);  // 211.34 万元 in 元
  CHECK(read_package_json(text).package == y);
}

TEST_CASE("package writer: the text of each kind of value") {
  const std::string text = write_package_json(full_package());
  CHECK(text.starts_with("{\n  \"format\": \"jixiao-package\",\n  \"version\": 1,\n  \"unit_name\": "));
  CHECK(text.find(R"("prior_final": "0.26")") != std::string::npos);               // 万元, two places
  CHECK(text.find(R"("budget": "2.00")") != std::string::npos);                    // 2 万元 → "2.00"
  CHECK(text.find(R"("prior_final": "0.001")") != std::string::npos);              // more places kept
  CHECK(text.find(R"("final": "12345678901234567890.12")") != std::string::npos);  // exact
  CHECK(text.find(R"("control_rate": "72.22%")") != std::string::npos);
  CHECK(text.find(R"("fill_date": "2025-06-20")") != std::string::npos);
  CHECK(text.find(R"("fill_date": "2025-06")") != std::string::npos);
  CHECK(text.find(R"x("category": "产出指标\n(50 分)")x") != std::string::npos);
  CHECK(text.find(R"("target": "≥33")") != std::string::npos);
  CHECK(text.find(R"("self_score": "9.50")") != std::string::npos);
  CHECK(text.find(R"("carryover": null)") != std::string::npos);
  CHECK(text.find(R"(\t（≥5%）\\ \"引号\")") != std::string::npos);
  CHECK(text.find("𠀀") != std::string::npos);  // non-BMP kept as UTF-8
  // compact form: no spaces or line breaks outside strings
  const std::string compact = write_package_json(full_package(), false);
  CHECK(compact.starts_with(R"({"format":"jixiao-package","version":1,"unit_name":)"));
  CHECK(compact.find('\n') == std::string::npos);
  CHECK(boost::json::parse(text) == boost::json::parse(compact));
}

TEST_CASE("package reader: amounts and scores are exact, from JSON numbers and strings") {
  const auto read_total = [](std::string_view total) {
    return read_package_json(header(R"("department": {"funds": {"total": )" + std::string(total) + "}}"))
        .package.department->funds.total;
  };
  const FundsRow n = read_total(
      R"({"initial_budget": 0.1, "annual_budget": 209.21, "executed": 12345678901234567890.12, "weight": 1E+2,
          "self_score": 9.375, "execution_rate": "100.00%"})");
  CHECK(n.initial_budget == M("0.1"));
  CHECK(n.initial_budget->in(MoneyUnit::yuan).to_string() == "1000");
  CHECK(n.annual_budget->in(MoneyUnit::wan_yuan).to_string() == "209.2100");
  CHECK(n.executed->in(MoneyUnit::yuan).to_string() == "123456789012345678901200");
  CHECK(n.weight->to_string() == "100");
  CHECK(n.self_score->to_string() == "9.375");
  CHECK(n.execution_rate->to_string() == "100.00%");
  const FundsRow s = read_total(R"({"initial_budget": "0.1", "annual_budget": "1,209.21", "weight": "１０",
                                    "self_score": " 9.50 "})");
  CHECK(s.initial_budget == M("0.1"));
  CHECK(s.annual_budget == M("1209.21"));
  CHECK(s.weight == D("10"));
  CHECK(s.self_score->to_string() == "9.50");
  // blank and dashed cells are empty
  const FundsRow b = read_total(R"({"initial_budget": "", "annual_budget": "—", "executed": "——", "weight": null,
                                    "execution_rate": " － ", "self_score": "　"})");
  CHECK(b == FundsRow{});
  // every space and dash of a blank cell, and what is not one
  for (const char* blank : {"-", "‐", "‑", "‒", "–", "—", "―", "−", "－", R"( \t\r\n)", "\u00a0", "\u3000", "—\u3000—"}) {
    CAPTURE(blank);
    CHECK_FALSE(read_total(R"({"executed": ")" + std::string(blank) + R"("})").executed.has_value());
  }
  for (const char* not_blank : {"\u2016", "\u2216", "\uff0e", "\u3001", "\u00a1"}) {  // ‖ ∖ ． 、 ¡
    CAPTURE(not_blank);
    CHECK(error_of(header(R"("department": {"funds": {"total": {"executed": ")" + std::string(not_blank) + R"("}}})"))
              .code() == ErrorCode::invalid_package);
  }

  const Error big = error_of(header(R"("department": {"funds": {"total": {"executed": 1e400}}})"));
  CHECK(big.code() == ErrorCode::invalid_package);
  CHECK(big.path() == "$.department.funds.total.executed");
  CHECK(big.line() == 1);
  CHECK(big.column() == 91);
  CHECK(big.message(Lang::en) ==
        "$.department.funds.total.executed: expected an amount such as \"28.00\", found 1e400: out of range: more "
        "than 38 significant digits");
  const Error nan = error_of(header(R"("department": {"funds": {"total": {"weight": "NaN"}}})"));
  CHECK(nan.path() == "$.department.funds.total.weight");
  CHECK(nan.message(Lang::en) ==
        "$.department.funds.total.weight: expected a number such as \"9.38\", found \"NaN\": NaN and infinity are not "
        "accepted");
  CHECK(error_of(header(R"("department": {"funds": {"total": {"weight": "1e5"}}})")).path() ==
        "$.department.funds.total.weight");
}

TEST_CASE("package reader: a bad amount names path, line, column, what was expected and found") {
  const std::string text = R"({
  "format": "jixiao-package",
  "version": 1,
  "projects": [
    {
      "funds": {"total": {"annual_budget": "28.00", "executed": "12.3.4"}}
    }
  ]
})";
  const Error e = error_of(text);
  CHECK(e.code() == ErrorCode::invalid_package);
  CHECK(e.path() == "$.projects[0].funds.total.executed");
  CHECK(e.line() == 6);
  CHECK(e.column() == 65);
  CHECK(e.message() == "$.projects[0].funds.total.executed: 应为金额（如 \"28.00\"），实际为 \"12.3.4\"：第5个字符是第二个小数点");
  CHECK(e.message(Lang::en) ==
        "$.projects[0].funds.total.executed: expected an amount such as \"28.00\", found \"12.3.4\": second decimal "
        "point at position 5");
}

TEST_CASE("package reader: syntax errors at their line and column, in characters") {
  const Error comma = error_of("{\n  \"format\": \"jixiao-package\",\n  \"version\": 1,\n}");
  CHECK(comma.code() == ErrorCode::invalid_json);
  CHECK(comma.line() == 4);
  CHECK(comma.column() == 1);
  CHECK(comma.message(Lang::en) == "JSON syntax error at line 4, column 1: trailing comma before '}'");
  CHECK(comma.message() == "JSON 语法错误（第4行第1列）：“}”之前多了一个逗号");

  const Error bare = error_of("{\"format\": \"jixiao-package\", \"version\": 1,\n \"unit_name\": \"编办\", \"year\": 二〇二四}");
  CHECK(bare.code() == ErrorCode::invalid_json);
  CHECK(bare.line() == 2);
  CHECK(bare.column() == 29);  // characters, not bytes: "编办" counts 2
  CHECK(bare.message(Lang::en) == "JSON syntax error at line 2, column 29: unexpected '二' (strings need double quotes)");

  const Error end = error_of("{\"format\": \"jixiao-package\",\r\n\"version\": 1");
  CHECK(end.line() == 2);
  CHECK(end.column() == 13);
  CHECK(end.message(Lang::en).ends_with("unexpected end of the text (a missing }, ] or quote?)"));

  CHECK(error_of("").message(Lang::en) == "JSON syntax error at line 1, column 1: empty input: no JSON value");
  CHECK(error_of("{} {}").message(Lang::en) == "JSON syntax error at line 1, column 4: extra text after the JSON value: '{'");
  CHECK(error_of("{\"a\": tru}").message(Lang::en).ends_with(
      "unrecognised 'tru' (strings need double quotes; the only literals are true, false and null)"));
  CHECK(error_of("{\"a\": \"x\ny\"}").message(Lang::en).ends_with(
      "unescaped control character in a string (write a line break as \\n, a tab as \\t)"));
  CHECK(error_of("{“format”: 1}").message(Lang::en).ends_with(
      "unexpected '“': JSON names and strings need straight double quotes \""));
  CHECK(error_of("{\"a\": \"\xff\"}").message(Lang::en).ends_with("invalid UTF-8 byte 0xFF (save the file as UTF-8)"));
  CHECK(error_of("{'a': 1}").message(Lang::en).ends_with("JSON strings need double quotes, not single quotes"));
  CHECK(error_of("{\"a\": 1 // note\n}").code() == ErrorCode::invalid_json);
}

TEST_CASE("package reader: wrong types at their path, line and column") {
  const std::string text = "{\"format\": \"jixiao-package\", \"version\": 1,\n"
                           "  \"projects\": [{}, {\"sign_off\": {\"filled_by\": [\"张三\"]}}]}";
  const Error e = error_of(text);
  CHECK(e.code() == ErrorCode::invalid_package);
  CHECK(e.path() == "$.projects[1].sign_off.filled_by");
  CHECK(e.line() == 2);
  CHECK(e.column() == 47);
  CHECK(e.message(Lang::en) == "$.projects[1].sign_off.filled_by: expected a string, found an array");
  CHECK(e.message() == "$.projects[1].sign_off.filled_by: 应为文本，实际为数组");

  const Error year = error_of(header(R"("year": "2024")"));
  CHECK(year.path() == "$.year");
  CHECK(year.message(Lang::en) == "$.year: expected an integer, found \"2024\"");
  CHECK(error_of(header(R"("year": 2024.5)")).message(Lang::en) == "$.year: expected an integer, found 2024.5");
  CHECK(error_of(header(R"("projects": {})")).message(Lang::en) == "$.projects: expected an array, found an object");
  CHECK(error_of(header(R"("department": [])")).message(Lang::en) == "$.department: expected an object, found an array");
  CHECK(error_of(header(R"("report": {"date": "2025年2月30日"})")).message(Lang::en) ==
        "$.report.date: expected a date such as \"2025-06-20\" or \"2025年6月20日\", found \"2025年2月30日\": not a "
        "valid date");
  CHECK(error_of("[1, 2]").message(Lang::en) ==
        "$: expected an object: a package document starting with { (\"format\": \"jixiao-package\"), found an array");
}

TEST_CASE("package reader: format and version are required and checked") {
  const Error missing = error_of(R"({"version": 1, "year": 2024})");
  CHECK(missing.code() == ErrorCode::invalid_package);
  CHECK(missing.path() == "$");
  CHECK(missing.line() == 1);
  CHECK(missing.column() == 1);
  CHECK(missing.message(Lang::en) == "$: missing required field \"format\" (expected \"jixiao-package\")");
  CHECK(missing.message() == "$: 缺少必需字段“format”（应为 \"jixiao-package\"）");

  const Error no_version = error_of(R"({"format": "jixiao-package"})");
  CHECK(no_version.message(Lang::en) == "$: missing required field \"version\" (expected 1)");

  const Error version = error_of(R"({"format": "jixiao-package", "version": 2})");
  CHECK(version.path() == "$.version");
  CHECK(version.column() == 41);
  CHECK(version.message(Lang::en) == "$.version: expected 1, found 2: unsupported version 2: this jixiao reads version 1");

  const Error policy = error_of(R"({"format": "jixiao-policy", "version": 1})");
  CHECK(policy.path() == "$.format");
  CHECK(policy.message(Lang::en) ==
        "$.format: expected \"jixiao-package\", found \"jixiao-policy\": this is a policy file, not a package file");
  CHECK(policy.message() ==
        "$.format: 应为\"jixiao-package\"，实际为 \"jixiao-policy\"：这是评分规则文件，不是评价材料文件");
}

TEST_CASE("package reader: unknown fields are warnings, or errors when asked") {
  const std::string text = "{\"format\": \"jixiao-package\", \"version\": 1, \"yaer\": 2024,\n"
                           "  \"projects\": [{\"funds\": {\"total\": {\"totl\": \"1\", \"executed\": \"2\"}}}]}";
  const PackageReadResult r = read_package_json(text);
  REQUIRE(r.warnings.size() == 2);
  CHECK(r.warnings[0].where.path == "$.yaer");
  CHECK(r.warnings[0].where.line == 1);
  CHECK(r.warnings[0].where.column == 44);
  CHECK(r.warnings[0].zh == "未知字段“yaer”，已忽略");
  CHECK(r.warnings[0].en == "unknown field 'yaer' ignored");
  CHECK(r.warnings[1].where.path == "$.projects[0].funds.total.totl");
  CHECK(r.warnings[1].where.line == 2);
  CHECK(r.warnings[1].where.column == 37);
  CHECK(r.package.year == 0);
  CHECK(r.package.projects.at(0).funds.total.executed == M("2"));

  const Error strict = error_of(text, ReadOptions{true});
  CHECK(strict.code() == ErrorCode::invalid_package);
  CHECK(strict.path() == "$.yaer");
  CHECK(strict.column() == 44);
  CHECK(strict.message(Lang::en) == "$.yaer: unknown field 'yaer'");
  // names that are not identifiers are quoted in paths
  const PackageReadResult odd = read_package_json(header(R"("report": {"备 注": 1, "a.b": 2})"));
  REQUIRE(odd.warnings.size() == 2);
  CHECK(odd.warnings[0].where.path == "$.report[\"备 注\"]");
  CHECK(odd.warnings[1].where.path == "$.report[\"a.b\"]");
  CHECK(odd.warnings[1].where.column == 65);
}

TEST_CASE("package reader: enum names, with the allowed names listed") {
  const Error e = error_of(header(R"("money_unit": "dollars")"));
  CHECK(e.path() == "$.money_unit");
  CHECK(e.message(Lang::en) == "$.money_unit: expected one of the names wan_yuan, yuan, 万元, 元, found \"dollars\"");
  CHECK(e.message() == "$.money_unit: 应为以下名称之一：wan_yuan、yuan、万元、元，实际为 \"dollars\"");
  CHECK(read_package_json(header(R"("money_unit": "万元")")).package.money_unit == MoneyUnit::wan_yuan);
  // amounts are read in the unit, wherever "money_unit" is in the object
  const Package y = read_package_json(header(R"("department": {"income": {"other": "1234.5"}}, "money_unit": "元")"))
                        .package;
  CHECK(y.money_unit == MoneyUnit::yuan);
  CHECK(y.department->income.other == Money::yuan(D("1234.5")));
  CHECK(read_package_json(header("")).package.money_unit == MoneyUnit::wan_yuan);
}

TEST_CASE("package reader: a percentage needs its % sign") {
  const Error bare = error_of(header(R"("basic_data": {"staffing": {"control_rate": 72.22}})"));
  CHECK(bare.path() == "$.basic_data.staffing.control_rate");
  CHECK(bare.message(Lang::en) == "$.basic_data.staffing.control_rate: expected a percentage such as \"72.22%\", found "
                                  "72.22: write the % sign, as in \"72.22%\"");
  const Error text = error_of(header(R"("basic_data": {"staffing": {"control_rate": "72.22"}})"));
  CHECK(text.message(Lang::en).ends_with("found \"72.22\": the % sign is missing (write it, as in \"72.22%\")"));
  CHECK(read_package_json(header(R"("basic_data": {"staffing": {"control_rate": "72.22％"}})"))
            .package.basic_data->staffing.control_rate == P("72.22%"));
}

TEST_CASE("package reader: categories, printed weights, cells and dates") {
  const Package p = read_package_json(header(R"x("department": {"indicators": [
      {"category": "产出指标\n(50 分)", "groups": [
        {"category": "数量指标", "indicators": [
          {"name": "涉及部门数量", "target": 33, "actual": "≥33", "unit": "个", "weight": "10"}]}]},
      {"category": "效益指标（40 分）", "weight": null, "groups": []},
      {"category": "满意度指标（10 分）", "weight": "12", "groups": []}],
    "sign_off": {"fill_date": "2025年6月20日"}}, "report": {"date": ""})x"))
                        .package;
  const auto& sections = p.department->indicators;
  REQUIRE(sections.size() == 3);
  CHECK(sections[0].category.id == CategoryId::output);
  CHECK(sections[0].weight == D("50"));  // absent: the points printed in the label
  CHECK(sections[1].category.id == CategoryId::benefit);
  CHECK(!sections[1].weight);  // null: empty, whatever the label says
  CHECK(sections[2].weight == D("12"));
  const IndicatorGroup& g = sections[0].groups.at(0);
  CHECK(g.category.id == CategoryId::quantity);
  CHECK(!g.weight);
  const Indicator& row = g.indicators.at(0);
  CHECK(row.target == V("33", "个"));
  CHECK(row.target.text == "33");
  CHECK(row.actual == V("≥33", "个"));
  CHECK(p.department->sign_off.fill_date == Date{2025, 6, 20});
  CHECK(p.report->date == std::nullopt);
}

TEST_CASE("package reader: a byte order mark, null members and files") {
  CHECK(read_package_json("\xEF\xBB\xBF" + header(R"("year": 2024, "unit_name": null, "projects": null)")).package.year ==
        2024);
  try {
    (void)read_package_file("/nonexistent/package.json");
    FAIL("no throw");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::io_error);
    CHECK(e.message(Lang::en).starts_with("cannot read file '/nonexistent/package.json': "));
  }
  const auto example = jixiao_test::source_dir() / "examples/hengshan-2024/package.json";
  if (std::filesystem::exists(example)) {
    const PackageReadResult r = read_package_file(example.string());
    CHECK(r.warnings.empty());
    CHECK(r.package.year == 2024);
    REQUIRE(r.package.department);
    CHECK(r.package.department->funds.total.annual_budget == M("211.34"));
    CHECK(read_package_json(write_package_json(r.package)).package == r.package);
  }
}

TEST_CASE("package schema: parses, names every key the writer writes and the example uses") {
  const boost::json::value schema =
      boost::json::parse(jixiao_test::slurp(jixiao_test::source_dir() / "docs/schema/package.schema.json"));
  CHECK(schema.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
  jixiao_test::SchemaCheck check(schema);
  for (const bool pretty : {true, false}) {
    const auto problems = check.check(boost::json::parse(write_package_json(full_package(), pretty)));
    CHECK_MESSAGE(problems.empty(), (problems.empty() ? std::string() : problems.front()));
  }
  // every property the schema names is written for a full package
  for (const std::string& name : check.all_properties()) CHECK_MESSAGE(check.visited().contains(name), name);
  const auto example = jixiao_test::source_dir() / "examples/hengshan-2024/package.json";
  if (std::filesystem::exists(example)) {
    const auto problems = check.check(boost::json::parse(jixiao_test::slurp(example)));
    CHECK_MESSAGE(problems.empty(), (problems.empty() ? std::string() : problems.front()));
  }
}

TEST_CASE("package JSON: a directory or a missing file is an io_error naming the path") {
  for (const char* path : {"/tmp", "/nonexistent/package.json"}) {
    CAPTURE(path);
    try {
      (void)jixiao::read_package_file(path);
      FAIL("no throw");
    } catch (const jixiao::Error& e) {
      CHECK(e.code() == jixiao::ErrorCode::io_error);
      CHECK(e.message(jixiao::Lang::en).find(path) != std::string::npos);
    }
  }
}

namespace {

/// The writer's escaping, written the slow, obvious way: one code point at a time, by the table of
/// well-formed UTF-8 (RFC 3629 §4); any other byte becomes U+FFFD.
std::string escape_by_reference(std::string_view s) {
  std::string out = "\"";
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = byte(i);
    if (c < 0x80) {
      static constexpr char hex[] = "0123456789abcdef";
      if (c == '"') out += "\\\"";
      else if (c == '\\') out += "\\\\";
      else if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c == '\t') out += "\\t";
      else if (c == '\b') out += "\\b";
      else if (c == '\f') out += "\\f";
      else if (c < 0x20) out += std::string("\\u00") + hex[c >> 4] + hex[c & 0xF];
      else out += static_cast<char>(c);
      ++i;
      continue;
    }
    // (lead range, second-byte range, length)
    struct Row { unsigned lo, hi, second_lo, second_hi; std::size_t len; };
    static constexpr Row rows[] = {{0xC2, 0xDF, 0x80, 0xBF, 2}, {0xE0, 0xE0, 0xA0, 0xBF, 3}, {0xE1, 0xEC, 0x80, 0xBF, 3},
                                   {0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3}, {0xF0, 0xF0, 0x90, 0xBF, 4},
                                   {0xF1, 0xF3, 0x80, 0xBF, 4}, {0xF4, 0xF4, 0x80, 0x8F, 4}};
    std::size_t len = 0;
    for (const Row& r : rows) {
      if (c < r.lo || c > r.hi || i + r.len > s.size()) continue;
      bool ok = byte(i + 1) >= r.second_lo && byte(i + 1) <= r.second_hi;
      for (std::size_t k = 2; k < r.len; ++k) ok = ok && (byte(i + k) & 0xC0) == 0x80;
      if (ok) len = r.len;
    }
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("package writer: strings escaped as JSON, bytes that are not UTF-8 as U+FFFD (against a reference)") {
  // Pieces chosen to meet every branch: plain ASCII runs longer and shorter than 8 bytes, the
  // characters to escape, CJK (the three-byte fast path), the lead bytes E0 and ED with their
  // limited second bytes, two- and four-byte sequences, truncated and stray bytes.
  const std::vector<std::string> pieces = {
      "a", "abcdefghijkl", "\"", "\\", "\n", "\x01", "\x1f", "\x7f", "年度指标值", "，", "÷", "×", "𠀀",
      "\xE0\xA0\x80", "\xE0\x80\x80", "\xED\x9F\xBF", "\xED\xA0\x80", "\xEF\xBF\xBF", "\xC2", "\xC0\x80",
      "\xE4\xB8", "\xF0\x9F", "\xF4\x90\x80\x80", "\x80", "\xFF", "\xF5\x80\x80\x80", "12.5%",
      "实际完成值", "分值（", "达成年度指标", "abcdefghijklmnop", "完成"};
  std::uint64_t state = 0x6a697869616f0007;
  const auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  Package p;
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    const std::size_t count = next() % (n < 10000 ? 12 : 40);
    for (std::size_t k = 0; k < count; ++k) s += pieces[next() % pieces.size()];
    p.unit_name = s;
    const std::string text = write_package_json(p, false);
    const std::string expected = "\"unit_name\":" + escape_by_reference(s) + ",";
    INFO("piece string #" << n);
    REQUIRE(text.find(expected) != std::string::npos);
    CHECK_NOTHROW(boost::json::parse(text));  // always valid JSON
  }
}

TEST_CASE("package reader: a name written twice counts once, with its last value") {
  const std::string text = header(
      R"("unit_name": "甲", "unit_name": "乙", "department": {"funds": {"total": {"executed": "1", "executed": null,
"annual_budget": "2", "annual_budget": "3"}}}, "extra": 1, "extra": 2)");
  const PackageReadResult r = read_package_json(text);
  CHECK(r.package.unit_name == "乙");
  const FundsRow& t = r.package.department->funds.total;
  CHECK_FALSE(t.executed.has_value());  // the later null wins
  CHECK(t.annual_budget == M("3"));
  REQUIRE(r.warnings.size() == 1);  // one warning for the unknown name, at its last place
  CHECK(r.warnings[0].where.path == "$.extra");
  CHECK(r.warnings[0].where.line == 2);
  // the line ends in `"extra": 2}` (11 characters): the name of the second "extra"
  CHECK(r.warnings[0].where.column == static_cast<int>(text.size() - text.find("\n") - 1) - 10);
}

TEST_CASE("package reader: 3,000 damaged copies of the example read or fail with an Error, never otherwise") {
  // Random edits of a real package (bytes replaced, inserted, deleted; spans cut out or repeated)
  // reach every part of the tape reader and the model reader: each must give a package or a
  // jixiao::Error (under the sanitizers in CI: without touching memory it should not).
  std::string original;
  {
    const auto example = jixiao_test::source_dir() / "examples/hengshan-2024/package.json";
    std::ifstream in(example, std::ios::binary);
    original.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  REQUIRE(original.size() > 1000);
  std::uint64_t state = 0x6a697869616f000a;
  const auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  const std::string alphabet = "{}[]:,\"\\ 0123456789.-+eE\xff\xe4\xb8\x80tfn\n";
  int read = 0, failed = 0;
  for (int n = 0; n < 3000; ++n) {
    std::string text = original;
    for (std::size_t edits = 1 + next() % 4; edits > 0; --edits) {
      const std::size_t at = next() % text.size();
      switch (next() % 5) {
        case 0: text[at] = alphabet[next() % alphabet.size()]; break;
        case 1: text.insert(at, 1, alphabet[next() % alphabet.size()]); break;
        case 2: text.erase(at, 1 + next() % 8); break;
        case 3: text.erase(at, next() % 400); break;
        default: text.insert(at, text.substr(next() % text.size(), next() % 200)); break;
      }
      if (text.empty()) text = "{";
    }
    try {
      (void)read_package_json(text);
      ++read;
    } catch (const Error&) {
      ++failed;
    }
  }
  CHECK(read + failed == 3000);
  CHECK(failed > 1000);  // most edits break the JSON or the format
  CHECK(read > 10);      // and some keep it readable
}
