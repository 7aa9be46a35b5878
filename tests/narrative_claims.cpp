// extract_claims / extract_grades: the grammar of docs/narrative.md, phrasing by phrasing, and the
// claims of the bundled example's report (examples/hengshan-2024).
#include <jixiao/narrative_claims.hpp>
#include <jixiao/package_json.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

using jixiao::Claim;
using jixiao::ClaimKind;
using jixiao::Decimal;
using jixiao::extract_claims;
using jixiao::StatedFigure;

namespace {

std::vector<Claim> of_kind(const std::vector<Claim>& claims, ClaimKind kind) {
  std::vector<Claim> out;
  std::copy_if(claims.begin(), claims.end(), std::back_inserter(out), [&](const Claim& c) { return c.kind == kind; });
  return out;
}

/// "label=value unit" for each figure, to compare a whole list at once.
std::string show(const StatedFigure& f) { return f.label + "=" + f.value.to_string() + f.unit; }
std::string show(const std::vector<StatedFigure>& fs) {
  std::string s;
  for (const StatedFigure& f : fs) s += (s.empty() ? "" : "; ") + show(f);
  return s;
}
std::string amounts(const std::vector<Claim>& claims) {
  std::string s;
  for (const Claim& c : of_kind(claims, ClaimKind::amount)) s += (s.empty() ? "" : "; ") + show(c.figure);
  return s;
}

Decimal sum(const std::vector<StatedFigure>& fs) {
  Decimal total;
  for (const StatedFigure& f : fs) total += f.value;
  return total;
}

const std::string& example_report() {
  static const std::string text =
      jixiao::read_package_file(std::string(JIXIAO_SOURCE_DIR) + "/examples/hengshan-2024/package.json")
          .package.report->text;
  return text;
}

const Claim& breakdown_of(const std::vector<Claim>& claims, std::string_view total_label) {
  for (const Claim& c : claims)
    if (c.kind == ClaimKind::breakdown && c.figure.label == total_label) return c;
  FAIL("no breakdown of " << std::string(total_label));
  return claims.front();
}

}  // namespace

TEST_CASE("claims: a labelled amount, its value as written, unit, offset, year and sentence") {
  const std::string text = "2024年年初预算安排收入209.21万元。";
  const auto claims = extract_claims(text);
  REQUIRE(claims.size() == 1);
  const Claim& c = claims[0];
  CHECK(c.kind == ClaimKind::amount);
  CHECK(c.figure.label == "年初预算安排收入");  // the date is trimmed from the label …
  CHECK(c.figure.year == 2024);                 // … and kept as the year
  CHECK(c.figure.value.to_string() == "209.21");
  CHECK(c.figure.unit == "万元");
  CHECK(c.figure.offset == text.find("209.21"));
  CHECK(c.sentence == text);
  CHECK(c.offset == 0);
}

TEST_CASE("claims: units 万元 元 亿元 人 名 个 件 次 项 人次 % 百分点, and scale as written") {
  const auto claims = extract_claims(
      "甲1万元，乙2元，丙3.50亿元，丁4人，戊5名，己6个，庚7件，辛8次，壬9项，癸10人次，子11.0%，提高1个百分点。");
  CHECK(amounts(claims) ==
        "甲=1万元; 乙=2元; 丙=3.50亿元; 丁=4人; 戊=5名; 己=6个; 庚=7件; 辛=8次; 壬=9项; 癸=10人次; 子=11.0%");
  const auto diffs = of_kind(claims, ClaimKind::difference);
  REQUIRE(diffs.size() == 1);  // "提高1个百分点": a difference with no reference
  CHECK(diffs[0].figure.unit == "百分点");
  CHECK(diffs[0].direction == 1);
}

TEST_CASE("claims: labels are trimmed of connectives and dates") {
  const auto claims = extract_claims(
      "截至2024年12月31日，累计完成全县人员入编527人，其中行政编总计73人，事业编共计454人。"
      "全年共计办理业务事项245件。2024年度政府采购支出0万元。合计人员为5人。");
  CHECK(amounts(claims) ==
        "完成全县人员入编=527人; 行政编=73人; 事业编=454人; 办理业务事项=245件; 政府采购支出=0万元; 人员=5人");
}

TEST_CASE("claims: a breakdown introduced by 其中, parts separated by ，、 和 以及") {
  const auto claims =
      extract_claims("支出211.48万元，其中：基本支出156.1万元、项目支出50万元和其他支出5万元以及结余0.38万元。");
  const auto b = of_kind(claims, ClaimKind::breakdown);
  REQUIRE(b.size() == 1);
  CHECK(show(b[0].figure) == "支出=211.48万元");
  CHECK(show(b[0].parts) == "基本支出=156.1万元; 项目支出=50万元; 其他支出=5万元; 结余=0.38万元");
  CHECK_FALSE(b[0].partial);
  CHECK(sum(b[0].parts) == Decimal::parse("211.48"));
  // the breakdown follows the amount claim of its total
  CHECK(claims[0].kind == ClaimKind::amount);
  CHECK(claims[1].kind == ClaimKind::breakdown);
}

TEST_CASE("claims: ；continues a 其中 list, but ends the sentence before a new dated statement") {
  const auto claims = extract_claims(
      "2024年年初预算安排收入209.21万元，其中一般公共财政拨款209.21万元；2024年年初预算安排支出 "
      "209.21万元，其中：基本支出155.38万元，"
      "项目支出 "
      "53.83万元。支出211.48万元，其中：基本支出156.1万元，占总支出的73.8%；项目支出55.38万元，占总支出的26.2%");
  const auto b = of_kind(claims, ClaimKind::breakdown);
  REQUIRE(b.size() == 3);
  CHECK(show(b[0].parts) == "一般公共财政拨款=209.21万元");
  CHECK(b[0].sentence == "2024年年初预算安排收入209.21万元，其中一般公共财政拨款209.21万元；");
  CHECK(show(b[1].parts) == "基本支出=155.38万元; 项目支出=53.83万元");
  CHECK(b[1].sentence.starts_with("2024年年初预算安排支出"));
  CHECK(show(b[2].parts) == "基本支出=156.1万元; 项目支出=55.38万元");
  CHECK(b[2].sentence.ends_with("占总支出的26.2%"));
}

TEST_CASE("claims: a figure followed by ：opens a sub-list that ；closes (入编 of the example)") {
  const auto claims = extract_claims(
      "累计完成全县人员入编527人，其中行政编总计73人：公务员考试40人（1人为2023年考录延迟入编人员）、省选调生33人；"
      "事业编总计454人：事业单位公开招聘101人、公务员考试3人（参公事业编）、卫健系统公开招聘350人。");
  const auto b = of_kind(claims, ClaimKind::breakdown);
  REQUIRE(b.size() == 3);
  CHECK(show(b[0].figure) == "完成全县人员入编=527人");
  CHECK(show(b[0].parts) == "行政编=73人; 事业编=454人");
  CHECK(show(b[1].parts) == "公务员考试=40人; 省选调生=33人");  // "1人为…": a note, not a part
  CHECK(show(b[2].parts) == "事业单位公开招聘=101人; 公务员考试=3人; 卫健系统公开招聘=350人");
  CHECK(amounts(claims).find("=1人") == std::string::npos);
}

TEST_CASE("claims: （含…） is a breakdown of the item before it, and its parts stay out of the outer sum") {
  const auto claims = extract_claims(
      "申请用编272名，其中：公务员招录用编46名、医疗系统用编38名（含校招用编15名、2024年定向培养农村订单免费医学生计划"
      "用编5名、"
      "大学生乡村医生用编18名）、教育系统用编124名（含公费师范生安置用编114名、2024年期满特岗教师安置用编10名）、其他用"
      "编64名。");
  const auto b = of_kind(claims, ClaimKind::breakdown);
  REQUIRE(b.size() == 3);
  CHECK(show(b[0].parts) == "公务员招录用编=46名; 医疗系统用编=38名; 教育系统用编=124名; 其他用编=64名");
  CHECK(sum(b[0].parts) == 272);  // 46 + 38 + 124 + 64, the 含 items not counted again
  CHECK(show(b[1].figure) == "医疗系统用编=38名");
  CHECK(show(b[1].parts) == "校招用编=15名; 定向培养农村订单免费医学生计划用编=5名; 大学生乡村医生用编=18名");
  CHECK(show(b[2].parts) == "公费师范生安置用编=114名; 期满特岗教师安置用编=10名");
  CHECK(b[2].parts[1].year == 2024);
}

TEST_CASE("claims: （其中…） after a figure is its breakdown; a parenthesis elsewhere is a note") {
  const auto claims =
      extract_claims("支出100万元（其中：人员经费60万元，公用经费40万元）。因公出国（境）费0万元（未发生3次）。");
  const auto b = of_kind(claims, ClaimKind::breakdown);
  REQUIRE(b.size() == 1);
  CHECK(show(b[0].parts) == "人员经费=60万元; 公用经费=40万元");
  CHECK(amounts(claims) == "支出=100万元; 人员经费=60万元; 公用经费=40万元; 因公出国(境)费=0万元");
}

TEST_CASE("claims: two breakdowns in one sentence, and a 其中 inside a 其中 list") {
  auto b = of_kind(extract_claims("收入100万元，其中甲60万元、乙40万元，支出90万元，其中丙50万元和丁30万元。"),
                   ClaimKind::breakdown);
  REQUIRE(b.size() == 2);
  CHECK(show(b[0].parts) == "甲=60万元; 乙=40万元");
  CHECK(show(b[1].figure) == "支出=90万元");
  CHECK(show(b[1].parts) == "丙=50万元; 丁=30万元");

  b = of_kind(extract_claims("支出100万元，其中：基本支出60万元，其中人员经费40万元、公用经费20万元；项目支出40万元。"),
              ClaimKind::breakdown);
  REQUIRE(b.size() == 2);
  CHECK(show(b[0].parts) == "基本支出=60万元; 项目支出=40万元");
  CHECK(show(b[1].parts) == "人员经费=40万元; 公用经费=20万元");
}

TEST_CASE("claims: a list marked incomplete (…等, 其中主要…) is partial") {
  CHECK(of_kind(extract_claims("共有人员20人，其中：男10人，女8人等。"), ClaimKind::breakdown)[0].partial);
  CHECK(
      of_kind(extract_claims("支出100万元，其中主要有：差旅费10万元、会议费5万元。"), ClaimKind::breakdown)[0].partial);
  CHECK_FALSE(
      of_kind(extract_claims("支出15万元，其中：差旅费10万元、会议费5万元。"), ClaimKind::breakdown)[0].partial);
}

TEST_CASE("claims: a breakdown's parts share the total's dimension") {
  const auto b =
      of_kind(extract_claims("培训支出10万元，其中：培训200人次，场地费4万元，讲课费6万元。"), ClaimKind::breakdown);
  REQUIRE(b.size() == 1);
  CHECK(show(b[0].parts) == "场地费=4万元; 讲课费=6万元");
  // 件 and 个 are both counts (the example's 245件 is split in 个)
  const auto c =
      of_kind(extract_claims("办理业务事项245件，其中：年度报告公示148个，变更登记97个。"), ClaimKind::breakdown);
  CHECK(sum(c[0].parts) == 245);
}

TEST_CASE("claims: differences — 较/比/与…相比/同比, with one figure, two figures, or none") {
  SUBCASE("one figure: the other is named only by a word") {
    const auto d = of_kind(extract_claims("2024年决算一般公共财政拨款收入211.34万元，较预算增加12.13万元。"),
                           ClaimKind::difference);
    REQUIRE(d.size() == 1);
    CHECK(show(d[0].figure) == "较预算增加=12.13万元");
    CHECK(d[0].direction == 1);
    CHECK(d[0].reference == "预算");
    REQUIRE(d[0].other);
    CHECK(show(*d[0].other) == "决算一般公共财政拨款收入=211.34万元");
    CHECK_FALSE(d[0].base);
  }
  SUBCASE("two figures") {
    const auto claims = extract_claims("2024年收入100万元，较2023年的90万元增加10万元。");
    const auto d = of_kind(claims, ClaimKind::difference);
    REQUIRE(d.size() == 1);
    REQUIRE(d[0].base);
    CHECK(d[0].base->value == 90);
    CHECK(d[0].base->year == 2023);
    CHECK(d[0].reference == "2023年");
    CHECK(d[0].other->value == 100);
    CHECK(amounts(claims) == "收入=100万元");  // the compared figure is not an amount of its own
  }
  SUBCASE("decrease, 比, 与…相比, 同比") {
    auto d = of_kind(extract_claims("公用经费19.45万元，比上年减少4.28万元。"), ClaimKind::difference);
    REQUIRE(d.size() == 1);
    CHECK(d[0].direction == -1);
    CHECK(d[0].reference == "上年");
    CHECK(d[0].other->value == Decimal::parse("19.45"));
    d = of_kind(extract_claims("支出90万元，与上年相比，下降了10万元。"), ClaimKind::difference);
    REQUIRE(d.size() == 1);
    CHECK(d[0].reference == "上年");
    CHECK(d[0].direction == -1);
    REQUIRE(d[0].other);
    CHECK(d[0].other->value == 90);
    d = of_kind(extract_claims("支出110万元，同比增长10%。"), ClaimKind::difference);
    REQUIRE(d.size() == 1);
    CHECK(d[0].reference == "上年同期");
    CHECK(d[0].figure.unit == "%");
  }
  SUBCASE("the subject named without a figure: no other") {
    const auto d = of_kind(extract_claims("支出较上年减少5万元。"), ClaimKind::difference);
    REQUIRE(d.size() == 1);
    CHECK_FALSE(d[0].other);
  }
  SUBCASE("not differences") {
    CHECK(of_kind(extract_claims("最多5人，至少3人，较好地完成了20项任务。"), ClaimKind::difference).empty());
  }
}

TEST_CASE("claims: shares — 占…的N%, 占比, and a whole given as a figure") {
  SUBCASE("占总支出的 within a breakdown: the whole is the breakdown's total") {
    const auto s = of_kind(
        extract_claims("支出211.48万元，其中：基本支出156.1万元，占总支出的73.8%；项目支出55.38万元，占比26.2%。"),
        ClaimKind::share);
    REQUIRE(s.size() == 2);
    CHECK(s[0].figure.value.to_string() == "73.8");
    CHECK(show(*s[0].base) == "基本支出=156.1万元");
    CHECK(show(*s[0].other) == "支出=211.48万元");
    CHECK(show(*s[1].base) == "项目支出=55.38万元");
    CHECK(show(*s[1].other) == "支出=211.48万元");
  }
  SUBCASE("the whole as a figure") {
    const auto claims = extract_claims("基本支出60万元，占全年预算200万元的30%。");
    const auto s = of_kind(claims, ClaimKind::share);
    REQUIRE(s.size() == 1);
    CHECK(show(*s[0].base) == "基本支出=60万元");
    CHECK(show(*s[0].other) == "全年预算=200万元");
    CHECK(amounts(claims) == "基本支出=60万元");
  }
  SUBCASE("the whole by its label earlier in the sentence") {
    const auto s = of_kind(extract_claims("项目支出总额50万元，培训费10万元，占项目支出总额的20%。"), ClaimKind::share);
    REQUIRE(s.size() == 1);
    CHECK(show(*s[0].other) == "项目支出总额=50万元");
  }
  SUBCASE("a rate is not a share") {
    const auto claims = extract_claims("资产使用率100%。");
    CHECK(of_kind(claims, ClaimKind::share).empty());
    CHECK(amounts(claims) == "资产使用率=100%");
  }
}

TEST_CASE("claims: full-width digits and punctuation, ASCII punctuation, spaces read alike") {
  const std::string wide = "支出２１１．４８万元，其中：基本支出１５６．１万元；项目支出５５．３８万元。";
  const std::string ascii = "支出211.48万元,其中:基本支出156.1万元;项目支出55.38万元.";
  const std::string spaced = "支出 211.48 万元， 其中： 基本支出　156.1万元；项目支出\u00a055.38万元。";
  for (const std::string& text : {wide, ascii, spaced}) {
    CAPTURE(text);
    const auto b = of_kind(extract_claims(text), ClaimKind::breakdown);
    REQUIRE(b.size() == 1);
    CHECK(show(b[0].figure) == "支出=211.48万元");
    CHECK(show(b[0].parts) == "基本支出=156.1万元; 项目支出=55.38万元");
  }
  CHECK(amounts(extract_claims("因公出国（境）费０万元")) == "因公出国(境)费=0万元");
  CHECK(amounts(extract_claims("合计1,234.50万元")) == "=1234.50万元");
}

TEST_CASE("claims: a line break inside a sentence is not a break; a blank line is") {
  const std::string text =
      "2024年年初预算安排支出209.21万元，其中：基本支出155.38万元，项目\n支出53.83万\n元\n\n项目支出10万元";
  const auto claims = extract_claims(text);
  const auto b = of_kind(claims, ClaimKind::breakdown);
  REQUIRE(b.size() == 1);
  CHECK(show(b[0].parts) == "基本支出=155.38万元; 项目支出=53.83万元");
  CHECK(b[0].sentence.ends_with("万\n元"));
  const Claim& last = claims.back();
  CHECK(show(last.figure) == "项目支出=10万元");  // its own paragraph, not a part
  CHECK(last.offset == text.find("项目支出10"));
  CHECK(text.substr(last.offset, last.sentence.size()) == last.sentence);
}

TEST_CASE("claims: no figures from dates, section numbers, ordinals, approximations, ranges, rates") {
  const auto claims = extract_claims(
      "1、部门预算情况\n\n①坚持系统谋划。（一）存在的问题。截至2024年12月31日，第3次会议召开。开展调研20余次，约30人参"
      "加，"
      "50人以上出席，按照1%-3%比例抽查，每年2至3次，补助200元/人，为期3个月，G20峰会。");
  CHECK(claims.empty());
}

TEST_CASE("claims: every claim's sentence is the text at its offset") {
  const std::string& text = example_report();
  for (const Claim& c : extract_claims(text)) {
    CHECK(text.substr(c.offset, c.sentence.size()) == c.sentence);
    CHECK(c.figure.offset >= c.offset);
    CHECK(c.figure.offset < c.offset + c.sentence.size());
  }
}

TEST_CASE("claims: the example report's breakdowns") {
  const auto claims = extract_claims(example_report());
  const auto b = of_kind(claims, ClaimKind::breakdown);
  std::vector<std::string> totals;
  for (const Claim& c : b) totals.push_back(show(c.figure) + " (" + std::to_string(c.parts.size()) + ")");
  CHECK(totals == std::vector<std::string>{"年初预算安排收入=209.21万元 (1)", "年初预算安排支出=209.21万元 (2)",
                                           "一般公共财政拨款支出=211.48万元 (2)", "“三公”经费预算数=2万元 (3)",
                                           "“三公”经费决算数=0.26万元 (3)", "政府采购支出=0万元 (3)",
                                           "向市委编办申请用编=272名 (11)", "医疗系统用编=38名 (5)",
                                           "教育系统用编=124名 (3)", "完成全县人员入编=527人 (2)", "行政编=73人 (7)",
                                           "事业编=454人 (18)", "办理业务事项=245件 (6)"});

  // 用编272名: 46 + 7 + 34 + 1 + 7 + 4 + 1 + 9 + 1 + 38 + 124 = 272, by hand. The （含…） items
  // (15 + 5 + 10 + 5 + 3 = 38 and 6 + 114 + 4 = 124) are the breakdowns of 38 and 124, not outer parts.
  const Claim& used = breakdown_of(claims, "向市委编办申请用编");
  std::string values;
  for (const StatedFigure& p : used.parts) values += (values.empty() ? "" : "+") + p.value.to_string();
  CHECK(values == "46+7+34+1+7+4+1+9+1+38+124");
  CHECK(sum(used.parts) == 272);
  CHECK(sum(breakdown_of(claims, "医疗系统用编").parts) == 38);
  CHECK(sum(breakdown_of(claims, "教育系统用编").parts) == 124);
  // 入编527 = 行政编 73 (40+12+16+1+2+1+1) + 事业编 454; 登记 245 = 148+5+58+19+8+7
  CHECK(sum(breakdown_of(claims, "完成全县人员入编").parts) == 527);
  CHECK(sum(breakdown_of(claims, "行政编").parts) == 73);
  CHECK(sum(breakdown_of(claims, "事业编").parts) == 454);
  CHECK(sum(breakdown_of(claims, "办理业务事项").parts) == 245);
  // 三公 决算数 0.26 lists parts that add up to 2
  CHECK(sum(breakdown_of(claims, "“三公”经费决算数").parts) == 2);

  const auto d = of_kind(claims, ClaimKind::difference);
  REQUIRE(d.size() == 1);
  CHECK(show(d[0].figure) == "较预算增加=12.13万元");
  const auto s = of_kind(claims, ClaimKind::share);
  REQUIRE(s.size() == 2);
  CHECK(show(*s[1].base) == "项目支出=55.38万元");
  CHECK(show(*s[1].other) == "一般公共财政拨款支出=211.48万元");
  // 4 + 2 + 3 + 4 + 4 + 4 + 4 + 3 + 3 + 1 + 20 + 28 + 7 + 1, sentence by sentence
  CHECK(of_kind(claims, ClaimKind::amount).size() == 88);
}

TEST_CASE("claims: grade phrases (extract_grades) and their grade") {
  const auto g = jixiao::extract_grades(
      "自评结果良好，达到预期。评价等级为“优”。综合评价结果：优秀。在评价结果中发现问题。绩效评价结果优化了流程。结果一"
      "般用于预算。"
      "自评等级为中等。被评为较差。");
  REQUIRE(g.size() == 5);
  CHECK(g[0].phrase == "自评结果良好");
  CHECK(g[0].word == "良好");
  CHECK(g[0].grade == "良");
  CHECK(g[1].phrase == "评价等级为“优”");
  CHECK(g[1].grade == "优");
  CHECK(g[2].grade == "优");
  CHECK(g[3].grade == "中");
  CHECK(g[4].grade == "差");

  const auto seed = jixiao::extract_grades(example_report());
  REQUIRE(seed.size() == 1);
  CHECK(seed[0].phrase == "自评结果良好");
  CHECK(example_report().substr(seed[0].phrase_offset, seed[0].phrase.size()) == "自评结果良好");
}

TEST_CASE("claims: canonical_grade") {
  CHECK(jixiao::canonical_grade("优秀") == "优");
  CHECK(jixiao::canonical_grade("良好") == "良");
  CHECK(jixiao::canonical_grade("一般") == "中");
  CHECK(jixiao::canonical_grade("较差") == "差");
  CHECK(jixiao::canonical_grade("A") == "A");
}

namespace {

/// The invariants of any extraction: every sentence is the text at its offset, and every figure lies
/// inside its sentence.
void check_invariants(const std::string& text) {
  const auto claims = extract_claims(text);
  for (const Claim& c : claims) {
    REQUIRE(c.offset + c.sentence.size() <= text.size());
    CHECK(text.compare(c.offset, c.sentence.size(), c.sentence) == 0);
    auto inside = [&](const StatedFigure& f) {
      CHECK(f.offset >= c.offset);
      CHECK(f.offset < c.offset + c.sentence.size());
    };
    inside(c.figure);
    for (const StatedFigure& p : c.parts) inside(p);
    if (c.base) inside(*c.base);
    if (c.other) inside(*c.other);
  }
  for (const jixiao::StatedGrade& g : jixiao::extract_grades(text)) {
    CHECK(text.compare(g.offset, g.sentence.size(), g.sentence) == 0);
    CHECK(g.phrase_offset >= g.offset);
  }
}

}  // namespace

TEST_CASE("claims: odd text — invalid UTF-8, unbalanced brackets, bare keywords, huge numbers — reads safely") {
  const std::vector<std::string> odd{
      "",
      "\xff\xfe其中：1万元",
      "（（（1万元",
      "）)）2万元（",
      "其中：",
      "：：1人；；",
      "1万元（含",
      "1万元（含2万元（含3万元（含",
      "较增加5万元",
      "占的5%",
      "。。。；；；\n\n\n",
      "\xe4\xb8",
      "收入\xe4\xb8\x80\xe4万元",
      "1,2,3,4万元，1,234,567元",
      "99999999999999999999999999999999999999999万元",
      "支出99999999999999999999999999999999999999万元，其中：甲99999999999999999999999999999999999999万元，"
      "乙99999999999999999999999999999999999999万元，占总支出的99.9%，较上年的1万元增加5%",
      "自评结果“",
      "结果为",
  };
  for (const std::string& text : odd) {
    CAPTURE(text);
    check_invariants(text);
  }
  CHECK(amounts(extract_claims("1,2,3,4万元，1,234,567元")) == "=4万元; =1234567元");
}

TEST_CASE("claims: a soup of the grammar's tokens never breaks the reader's invariants") {
  static constexpr std::string_view tokens[] = {
      "其中",   "：", "，",   "、",       "；",         "。",   "（含",   "（",   "）",  "较上年", "较预算", "增加",
      "减少",   "占", "的",   "总支出",   "12.5",       "3",    "０．５", "万元", "人",  "%",      "个",     "等",
      "2024年", "\n", "\n\n", "基本支出", "自评结果",   "优",   "良好",   "为",   "“",   "”",      "1%-3%",  "第",
      "约",     "和", "以及", "同比",     "与上年相比", "占比", "：",     " ",    "\xe4"};
  std::uint32_t state = 20240612;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const std::uint32_t n = 3 + next() % 40;
    for (std::uint32_t k = 0; k < n; ++k) text += tokens[next() % std::size(tokens)];
    CAPTURE(text);
    check_invariants(text);
  }
}
