// JX-N01..N06: each rule fires on a wrong sentence and is silent on a correct one, against the
// tables of the bundled example (examples/hengshan-2024) with its report replaced; then the exact
// narrative findings of the example itself, every number worked out by hand.
#include <jixiao/audit.hpp>
#include <jixiao/package_json.hpp>

#include <doctest/doctest.h>

#include "audit_test_support.hpp"

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

using jixiao::Finding;
using jixiao::Package;

namespace {

const Package& example() { return audit_test::example_package(); }

std::vector<Finding> narrative(const Package& p) {
  std::vector<Finding> out;
  for (const Finding& f : jixiao::audit(p).findings)
    if (f.code().starts_with("JX-N")) out.push_back(f);
  return out;
}

/// The example's tables (年初预算 209.21, 全年预算 211.34, 执行 211.34; 基本 155.38, 项目 53.83;
/// 三公 budget 2 / final 2 / 2023 final 0.26, 公务接待 the same; 项目支出 final 55.38; 编制 18,
/// 在职 13; computed total 98, 优) with this report text.
std::vector<Finding> narrative(std::string text) {
  Package p = example();
  p.report->text = std::move(text);
  return narrative(p);
}

std::vector<Finding> with_code(const std::vector<Finding>& fs, std::string_view code) {
  std::vector<Finding> out;
  for (const Finding& f : fs)
    if (f.code() == code) out.push_back(f);
  return out;
}

std::string E(const Finding& f) { return std::string(f.expected().value_or("none")); }
std::string F(const Finding& f) { return std::string(f.found().value_or("none")); }

}  // namespace

// ---- JX-N01 -----------------------------------------------------------------------------------

TEST_CASE("JX-N01 fires when the parts listed after 其中 do not add up to the total") {
  const auto fs =
      narrative("全年共计办理业务事项245件，其中：事业单位法人年度报告公示148个，设立登记5个，变更登记58个。");
  REQUIRE(fs.size() == 1);
  const Finding& f = fs[0];
  CHECK(f.code() == "JX-N01");
  CHECK(f.severity() == jixiao::Severity::error);
  CHECK(f.form() == "report");
  CHECK(f.form_name() == example().report->title);
  CHECK(f.path() == "$.report.text");
  CHECK(f.row() == "办理业务事项");
  CHECK(E(f) == "211");  // 148 + 5 + 58
  CHECK(F(f) == "245");
  CHECK(f.zh() ==
        "报告中“办理业务事项”为 245件，但其中所列 3 项之和为 148 + 5 + 58 = 211件："
        "“全年共计办理业务事项245件，其中：事业单位法人年度报告公示148个，设立登记5个，变更登记58个。”");
  CHECK(f.en().starts_with(
      "the report gives “办理业务事项” as 245, but the 3 parts it lists add up to 148 + 5 + 58 = 211: "));
}

TEST_CASE("JX-N01 is silent when the parts add up, within the amount tolerance, or with one part") {
  CHECK(narrative("全年共计办理业务事项245件，其中：事业单位法人年度报告公示148个，事业单位设立登记5个，变更登记58个，"
                  "注销登记19个，到期换证8个，机关群团统一社会代码证书初领和信息变更7个。")
            .empty());
  CHECK(narrative("2024年年初预算安排支出 209.21万元，其中：基本支出155.38万元，项目支出 53.83万元。").empty());
  CHECK(narrative("支出10.01万元，其中：甲5万元，乙5万元。").empty());        // 0.01 万元 is the tolerance
  CHECK(narrative("收入209.21万元，其中一般公共财政拨款200万元。").empty());  // one part: maybe not all of them
}

TEST_CASE("JX-N01 on a list marked incomplete (…等) fires only when the parts exceed the total") {
  CHECK(narrative("共有人员20人，其中：男10人，女8人等。").empty());
  const auto fs = narrative("共有人员20人，其中：男12人，女10人等。");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].code() == "JX-N01");
  CHECK(E(fs[0]) == "22");
}

TEST_CASE("JX-N01 keeps （含…） items out of the outer sum and checks them against their own item") {
  const std::string ok =
      "全年累计向市委编办申请用编272名，其中：公务员招录用编46名、选调生需求用编7名、事业单位人才引进用编34名、"
      "2024年期满三支一扶人员安置用编1名、基层农技特岗毕业生安置用编7名、基层水利特岗毕业生安置用编4名、"
      "“五方面人员”公开选拔用编1名、村支书公开选聘用编9名、从特别优秀警务辅助人员中考试录用人民警察用编1名、"
      "医疗系统用编38名（含校招用编15名、2024年定向培养农村订单免费医学生计划用编5名、2025年定向培养农村订单免费医学生"
      "用编10名、2024年度农村定向医疗订单生安置用编5名、大学生乡村医生用编3名）、教育系统用编124名（含高校毕业生"
      "“三支一扶”人员计划用编6名、公费师范生安置用编114名、2024年期满特岗教师安置用编4名）。";
  CHECK(narrative(ok).empty());
  // 医疗 38 with its parts changed to 15 + 5 + 10 + 5 + 13 = 48: only the inner breakdown is wrong
  std::string bad = ok;
  bad.replace(bad.find("大学生乡村医生用编3名"), std::string("大学生乡村医生用编3名").size(), "大学生乡村医生用编13名");
  const auto fs = narrative(bad);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].code() == "JX-N01");
  CHECK(fs[0].row() == "医疗系统用编");
  CHECK(E(fs[0]) == "48");
  CHECK(F(fs[0]) == "38");
}

// ---- JX-N02 -----------------------------------------------------------------------------------

TEST_CASE("JX-N02 fires when 较预算增加 does not equal the difference (the budget from earlier in the report)") {
  const auto fs = narrative(
      "2024年年初预算安排收入209.21万元。\n\n2024年决算一般公共财政拨款收入211.34万元，较预算增加12.13万元。");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].code() == "JX-N02");
  CHECK(fs[0].row() == "决算一般公共财政拨款收入");
  CHECK(E(fs[0]) == "2.13");
  CHECK(F(fs[0]) == "12.13");
  CHECK(fs[0].zh() ==
        "报告称“决算一般公共财政拨款收入”为 211.34万元，较预算增加 12.13万元；“预算”为 "
        "209.21万元（报告前文“年初预算安排收入”），"
        "211.34 − 209.21 = 2.13万元（容差 0.01 "
        "万元）：“2024年决算一般公共财政拨款收入211.34万元，较预算增加12.13万元。”");
}

TEST_CASE("JX-N02 takes the budget from the tables when the report states none") {
  const auto fs = narrative("2024年决算一般公共财政拨款收入211.34万元，较预算增加12.13万元。");
  REQUIRE(fs.size() == 1);
  CHECK(E(fs[0]) == "2.13");  // 211.34 − 年初预算数 209.21
  CHECK(fs[0].zh().find("部门整体自评表年初预算数") != std::string::npos);
  CHECK(narrative("2024年决算一般公共财政拨款收入211.34万元，较预算增加2.13万元。").empty());
}

TEST_CASE("JX-N02 with both figures in the sentence, decreases, wrong directions and growth rates") {
  CHECK(narrative("2024年收入100万元，较2023年的90万元增加10万元。").empty());
  auto fs = narrative("2024年收入100万元，较2023年的90万元增加12万元。");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].code() == "JX-N02");
  CHECK(E(fs[0]) == "10.00");
  CHECK(F(fs[0]) == "12.00");

  CHECK(narrative("公用经费90万元，比上年的100万元减少10万元。").empty());
  fs = narrative("公用经费90万元，比上年的100万元增加10万元。");  // it went down
  REQUIRE(fs.size() == 1);
  CHECK(E(fs[0]) == "-10.00");

  CHECK(narrative("培训110人次，比上年的100人次增长10%。").empty());
  fs = narrative("培训110人次，比上年的100人次增长12%。");
  REQUIRE(fs.size() == 1);
  CHECK(E(fs[0]) == "10%");
  CHECK(F(fs[0]) == "12%");
}

// ---- JX-N03 -----------------------------------------------------------------------------------

TEST_CASE("JX-N03 fires when a share does not match part ÷ whole at the precision written") {
  const auto fs = narrative("支出200万元，其中：基本支出150万元，占总支出的70%；项目支出50万元，占总支出的25%。");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].code() == "JX-N03");
  CHECK(fs[0].row() == "基本支出");
  CHECK(E(fs[0]) == "75%");
  CHECK(F(fs[0]) == "70%");
  CHECK(
      fs[0].zh().starts_with("报告称“基本支出” 150.00万元 占“支出” 200.00万元 的 70%，但 150.00 ÷ 200.00 = 75.00%，"
                           "按所写的 0 位小数四舍五入为 75%"));
  const auto g = narrative("基本支出60万元，占全年预算200万元的35%。");
  REQUIRE(g.size() == 1);
  CHECK(E(g[0]) == "30%");
}

TEST_CASE("JX-N03 is silent on shares that round to what is written") {
  // 156.1 ÷ 211.48 = 73.81% → 73.8; 55.38 ÷ 211.48 = 26.19% → 26.2 (the tables are not consulted)
  CHECK(with_code(
            narrative("一般公共财政拨款支出211.48万元，其中：基本支出156.1万元，占总支出的73.8%；项目支出55.38万元，"
                      "占总支出的26.2%"),
            "JX-N03")
            .empty());
  CHECK(narrative("基本支出60万元，占全年预算200万元的30.0%。").empty());
}

// ---- JX-N04 -----------------------------------------------------------------------------------

TEST_CASE("JX-N04 fires when a labelled amount differs from the tables") {
  SUBCASE("年初预算收入 → 年初预算数") {
    const auto fs = narrative("2024年年初预算安排收入200万元。");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].code() == "JX-N04");
    CHECK(fs[0].row() == "年初预算安排收入");
    CHECK(E(fs[0]) == "209.21");
    CHECK(F(fs[0]) == "200.00");
    CHECK(fs[0].zh() ==
          "报告中“年初预算安排收入”为 200.00万元，而部门整体自评表年初预算数为 209.21万元（容差 0.01 "
          "万元）：“2024年年初预算安排收入200万元。”");
  }
  SUBCASE("决算支出 → 全年执行数") {
    const auto fs = narrative("2024年决算支出211.48万元。");
    REQUIRE(fs.size() == 1);
    CHECK(E(fs[0]) == "211.34");
    CHECK(F(fs[0]) == "211.48");
  }
  SUBCASE("三公 决算数 → basic data 2024 决算数; 公务接待费 by its 决算 context") {
    const auto fs = narrative("“三公”经费决算数3万元，其中：公务接待费1.5万元。");
    REQUIRE(fs.size() == 2);
    CHECK(fs[0].row() == "“三公”经费决算数");
    CHECK(E(fs[0]) == "2.00");
    CHECK(F(fs[0]) == "3.00");
    CHECK(fs[1].row() == "公务接待费");
    CHECK(E(fs[1]) == "2.00");
    CHECK(F(fs[1]) == "1.50");
    CHECK(fs[1].zh().find("基础数据表“4、公务接待”行2024年决算数") != std::string::npos);
  }
  SUBCASE("年初 基本支出 / 项目支出 → 按支出性质分") {
    const auto fs = narrative("2024年年初预算安排支出209.21万元，其中：基本支出150万元，项目支出59.21万元。");
    REQUIRE(fs.size() == 2);
    CHECK(E(fs[0]) == "155.38");
    CHECK(E(fs[1]) == "53.83");
  }
  SUBCASE("实有在职人数 and 编制") {
    const auto fs = narrative("我单位现有行政编制10名，全额拨款事业编制9名，实有在职在编人员12人。");
    REQUIRE(fs.size() == 2);
    CHECK(fs[0].row() == "编制数");
    CHECK(E(fs[0]) == "18");
    CHECK(F(fs[0]) == "19");  // 10 + 9
    CHECK(fs[1].row() == "实有在职在编人员");
    CHECK(E(fs[1]) == "13");
    CHECK(F(fs[1]) == "12");
  }
}

TEST_CASE("JX-N04 is silent on figures that match, that no table holds, or of another year") {
  CHECK(narrative(
            "截至2024年12月31日，我单位现有行政编制10名，全额拨款事业编制8名（衡山县机构编制事务中心），实有在职在编人"
            "员13人，"
            "退休人员4人。2024年年初预算安排收入209.21万元，其中一般公共财政拨款209.21万元；2024年年初预算安排支出 "
            "209.21万元，"
            "其中：基本支出155.38万元，项目支出 "
            "53.83万元。2024年决算收入211.34万元，决算项目支出55.38万元，决算基本支出156.1万元。"
            "2024年“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费0万元，公务接待费2万元。"
            "2023年决算收入300万元，2025年预算支出400万元。年末资产总额11.71万元。")
            .empty());
  CHECK(narrative("2024年年初预算安排收入2092100元。").empty());  // 元 against 万元 tables
  CHECK(narrative("2024年年初预算安排收入0.020921亿元。").empty());
  CHECK(narrative("2023年“三公”经费决算数0.26万元。").empty());  // the basic data table's 2023 column
}

// ---- JX-N05 -----------------------------------------------------------------------------------

TEST_CASE("JX-N05 fires when a part is larger than its total") {
  const auto fs = with_code(narrative("“三公”经费决算数0.26万元，其中：公务接待费2万元。"), "JX-N05");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity() == jixiao::Severity::warning);
  CHECK(fs[0].row() == "公务接待费");
  CHECK(E(fs[0]) == "0.26");
  CHECK(F(fs[0]) == "2.00");
  CHECK(fs[0].zh() ==
        "报告中分项“公务接待费”为 2.00万元，大于其合计“‘三公’经费决算数” "
        "0.26万元：“‘三公’经费决算数0.26万元，其中：公务接待费2万元。”");
  const auto counts = narrative("参训人员20人，其中：新入职人员25人。");
  REQUIRE(counts.size() == 1);
  CHECK(counts[0].code() == "JX-N05");
}

TEST_CASE("JX-N05 is silent when every part is within its total") {
  CHECK(narrative("“三公”经费决算数2万元，其中：公务接待费2万元。").empty());
  CHECK(narrative("参训人员20人，其中：新入职人员5人。").empty());
}

// ---- JX-N06 -----------------------------------------------------------------------------------

TEST_CASE("JX-N06 fires when the report's grade differs from the computed one") {
  const auto fs = narrative("经认真自评，自评结果良好，达到预期绩效效果。");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].code() == "JX-N06");
  CHECK(fs[0].severity() == jixiao::Severity::warning);
  CHECK(fs[0].row() == "自评结果良好");
  CHECK(E(fs[0]) == "优");
  CHECK(F(fs[0]) == "良好");
  CHECK(fs[0].zh() ==
        "报告称“自评结果良好”（等级“良”），但部门整体自评表按评分规则计算的总分为 98.00 "
        "分，等级为“优”：“经认真自评，自评结果良好，达到预期绩效效果。”");
  CHECK(with_code(narrative("评价等级为中。"), "JX-N06").size() == 1);
  // a lower computed grade makes "优" a finding
  Package p = example();
  p.report->text = "自评结果为优。";
  p.department->indicators.clear();  // only the 10 points of the execution rate remain: 差
  const auto low = with_code(narrative(p), "JX-N06");
  REQUIRE(low.size() == 1);
  CHECK(E(low[0]) == "差");
  CHECK(F(low[0]) == "优");
}

TEST_CASE("JX-N06 is silent when the grade matches, or when no grade is stated") {
  CHECK(narrative("自评结果为优。评价等级为“优秀”。").empty());
  CHECK(narrative("在评价结果中发现的问题已整改，绩效评价结果优化了预算安排。").empty());
}

// ---- the bundled example ----------------------------------------------------------------------

TEST_CASE("JX-N01..N06 on the bundled example: the exact findings") {
  const auto fs = narrative(example());
  std::vector<std::string> got;
  for (const Finding& f : fs) got.push_back(std::string(f.code()) + " " + std::string(f.row()) + " " + E(f) + " " + F(f));
  // Errors first (the audit orders by severity), each group in text order:
  //  N02 211.34 − 年初预算安排收入 209.21 = 2.13, not 12.13;
  //  N04 一般公共财政拨款支出 211.48 (决算) vs 全年执行数 211.34;
  //  N04 “三公”经费决算数 0.26 vs the basic data table's 2024 决算数 2;
  //  N01 its parts 0 + 0 + 2 = 2, not 0.26;
  //  N05 公务接待费 2 > 0.26;
  //  N06 "自评结果良好" while the computed total 98 is 优.
  // Silent: 用编 272, 医疗 38, 教育 124, 入编 527 = 73 + 454, 245, 年初 155.38 + 53.83 = 209.21,
  // 决算 156.1 + 55.38 = 211.48, shares 73.8% and 26.2%, 三公 预算数 2 = 0 + 0 + 2, 编制 10 + 8 = 18,
  // 在职 13, 项目支出 55.38 = 基础数据表 决算数.
  CHECK(got == std::vector<std::string>{
                   "JX-N02 决算一般公共财政拨款收入 2.13 12.13",
                   "JX-N04 一般公共财政拨款支出 211.34 211.48",
                   "JX-N04 “三公”经费决算数 2.00 0.26",
                   "JX-N01 “三公”经费决算数 2.00 0.26",
                   "JX-N05 公务接待费 0.26 2.00",
                   "JX-N06 自评结果良好 优 良好",
               });
  for (const Finding& f : fs) {
    CHECK(f.form() == "report");
    CHECK(f.path() == "$.report.text");
    CHECK(f.form_name() == "2024年度中共衡山县委机构编制委员会办公室部门整体支出绩效自评报告");
    CHECK(f.zh().ends_with("”"));
  }
  REQUIRE(fs.size() == 6);
  CHECK(fs[0].zh().find("211.34 − 209.21 = 2.13万元") != std::string::npos);
  CHECK(fs[1].zh().find("部门整体自评表全年执行数为 211.34万元") != std::string::npos);
  CHECK(fs[2].zh().find("基础数据表“三公经费”行2024年决算数为 2.00万元") != std::string::npos);
  CHECK(fs[3].zh().find("0.00 + 0.00 + 2.00 = 2.00万元") != std::string::npos);
  CHECK(fs[5].en().find("computed total is 98.00, grade 优 (excellent)") != std::string::npos);
}

TEST_CASE("JX-N rules: a package without a report, or with an empty one, has no narrative findings") {
  Package p = example();
  p.report.reset();
  CHECK(narrative(p).empty());
  CHECK(narrative(std::string("  \n\n ")).empty());
}

TEST_CASE("JX-N rules: odd report text never throws and reports only narrative places") {
  static constexpr std::string_view tokens[] = {"其中",
                                                "：",
                                                "，",
                                                "、",
                                                "；",
                                                "。",
                                                "（含",
                                                "）",
                                                "较预算",
                                                "较上年的",
                                                "增加",
                                                "减少",
                                                "占总支出的",
                                                "12.5",
                                                "3",
                                                "0",
                                                "209.21",
                                                "万元",
                                                "元",
                                                "亿元",
                                                "人",
                                                "%",
                                                "等",
                                                "2024年",
                                                "2023年",
                                                "\n\n",
                                                "基本支出",
                                                "项目支出",
                                                "决算",
                                                "年初预算安排收入",
                                                "“三公”经费决算数",
                                                "公务接待费",
                                                "行政编制",
                                                "实有在职人员",
                                                "自评结果",
                                                "为优",
                                                "良好",
                                                "99999999999999999999999999999999999999"};
  std::uint32_t state = 12;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  Package p = example();
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const std::uint32_t n = 3 + next() % 30;
    for (std::uint32_t k = 0; k < n; ++k) text += tokens[next() % std::size(tokens)];
    CAPTURE(text);
    p.report->text = text;
    std::vector<Finding> fs;
    REQUIRE_NOTHROW(fs = narrative(p));
    for (const Finding& f : fs) {
      CHECK(f.form() == "report");
      CHECK(f.path() == "$.report.text");
      CHECK(jixiao::find_audit_rule(f.code()) != nullptr);
    }
  }
}
