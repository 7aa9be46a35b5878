// Tests of include/jixiao/indicator_value.hpp and comparator.hpp: target and actual cells as people
// type them. The seed package's cells are checked one by one.
#include <jixiao/comparator.hpp>
#include <jixiao/indicator_value.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>

using jixiao::Comparator;
using jixiao::Dimension;
using jixiao::IndicatorValue;
using jixiao::parse_indicator_value;
using jixiao::parse_unit;
using jixiao::QualitativeTier;
using jixiao::ValueKind;

namespace {
void number(std::string_view cell, Comparator c, std::string_view value, std::string_view unit) {
  CAPTURE(cell);
  const IndicatorValue v = parse_indicator_value(cell);
  CAPTURE(v.note_en);
  CHECK(v.kind == ValueKind::number);
  CHECK(v.comparator == c);
  CHECK(v.number.to_string() == value);
  CHECK(v.unit.name == unit);
  CHECK(v.text == cell);
}

void range(std::string_view cell, std::string_view low, std::string_view high, std::string_view unit) {
  CAPTURE(cell);
  const IndicatorValue v = parse_indicator_value(cell);
  CAPTURE(v.note_en);
  CHECK(v.kind == ValueKind::range);
  CHECK(v.comparator == Comparator::none);
  CHECK(v.low.to_string() == low);
  CHECK(v.high.to_string() == high);
  CHECK(v.unit.name == unit);
}

void date(std::string_view cell, Comparator c, std::string_view iso) {
  CAPTURE(cell);
  const IndicatorValue v = parse_indicator_value(cell);
  CAPTURE(v.note_en);
  CHECK(v.kind == ValueKind::date);
  CHECK(v.comparator == c);
  REQUIRE(v.date.has_value());
  CHECK(v.date->to_string() == iso);
}

void qualitative(std::string_view cell, QualitativeTier tier) {
  CAPTURE(cell);
  const IndicatorValue v = parse_indicator_value(cell);
  CAPTURE(v.note_en);
  CHECK(v.kind == ValueKind::qualitative);
  CHECK(v.tier == tier);
  CHECK(v.comparator == Comparator::none);
}

void empty(std::string_view cell) {
  CAPTURE(cell);
  const IndicatorValue v = parse_indicator_value(cell);
  CHECK(v.kind == ValueKind::empty);
  CHECK(v.note_zh.empty());
  CHECK(v.text == cell);
}

/// A text cell; returns it for the note to be checked.
IndicatorValue text(std::string_view cell) {
  CAPTURE(cell);
  const IndicatorValue v = parse_indicator_value(cell);
  CHECK(v.kind == ValueKind::text);
  CHECK_FALSE(v.note_zh.empty());
  CHECK_FALSE(v.note_en.empty());
  CHECK(v.comparator == Comparator::none);
  CHECK(v.unit.empty());
  CHECK(v.text == cell);
  return v;
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}
}  // namespace

TEST_CASE("indicator value: comparator_symbol") {
  CHECK(jixiao::comparator_symbol(Comparator::none).empty());
  CHECK(jixiao::comparator_symbol(Comparator::greater_equal) == "≥");
  CHECK(jixiao::comparator_symbol(Comparator::greater) == "＞");
  CHECK(jixiao::comparator_symbol(Comparator::equal) == "＝");
  CHECK(jixiao::comparator_symbol(Comparator::less) == "＜");
  CHECK(jixiao::comparator_symbol(Comparator::less_equal) == "≤");
  // every symbol reads back as itself
  for (const Comparator c : {Comparator::greater_equal, Comparator::greater, Comparator::equal, Comparator::less,
                             Comparator::less_equal}) {
    const std::string cell = std::string(jixiao::comparator_symbol(c)) + "5";
    CHECK(parse_indicator_value(cell).comparator == c);
  }
}

TEST_CASE("indicator value: the seed package's cells") {
  number("33", Comparator::none, "33", "");
  number("82", Comparator::none, "82", "");
  number("221", Comparator::none, "221", "");
  number("398", Comparator::none, "398", "");
  number("100%", Comparator::none, "100", "%");
  number("≥96%", Comparator::greater_equal, "96", "%");
  number("72.22%", Comparator::none, "72.22", "%");
  qualitative("按规定完成", QualitativeTier::achieved);
  qualitative("已按年初设定目标完成", QualitativeTier::achieved);
  qualitative("严格控制", QualitativeTier::unknown);
  qualitative("进一步完善", QualitativeTier::unknown);
  qualitative("进一步完成", QualitativeTier::unknown);
  qualitative("进一步促进", QualitativeTier::unknown);
  qualitative("基本维护", QualitativeTier::unknown);
  qualitative("进一步推进", QualitativeTier::unknown);
  empty("");
  empty("——");  // seed: 政府采购金额 2023 年决算数
  // the same cells as the actual value (实际完成值): parsed alike, the audit judges them
  const IndicatorValue actual = parse_indicator_value("≥96%");
  CHECK(actual.kind == ValueKind::number);
  CHECK(actual.comparator == Comparator::greater_equal);
  CHECK(actual.unit.dimension == Dimension::percent);
  CHECK(actual.number == 96);
  // the 三级指标 text of a row is not a value
  CHECK(text("严格控制事业单位登记系统更新维护、换证等费用").note_en ==
        "\"严格控制事业单位登记系统更新维护、换证等费用\" is descriptive text (more than 20 characters), not a value");
}

TEST_CASE("indicator value: comparator signs") {
  number("≥95", Comparator::greater_equal, "95", "");
  number(">=95", Comparator::greater_equal, "95", "");
  number("＞=95", Comparator::greater_equal, "95", "");
  number("＞＝95", Comparator::greater_equal, "95", "");
  number("≧95", Comparator::greater_equal, "95", "");
  number("＞=95 %", Comparator::greater_equal, "95", "%");
  number("> = 95", Comparator::greater_equal, "95", "");
  number("＞95", Comparator::greater, "95", "");
  number(">95", Comparator::greater, "95", "");
  number("＝0", Comparator::equal, "0", "");
  number("=0", Comparator::equal, "0", "");
  number("＜5%", Comparator::less, "5", "%");
  number("<5%", Comparator::less, "5", "%");
  number("≤8万元", Comparator::less_equal, "8", "万元");
  number("<=8", Comparator::less_equal, "8", "");
  number("＜＝8", Comparator::less_equal, "8", "");
  number("≦8", Comparator::less_equal, "8", "");
  number("95", Comparator::none, "95", "");
}

TEST_CASE("indicator value: comparator words") {
  number("不低于95%", Comparator::greater_equal, "95", "%");
  number("不少于30人", Comparator::greater_equal, "30", "人");
  number("不小于10", Comparator::greater_equal, "10", "");
  number("大于等于90分", Comparator::greater_equal, "90", "分");
  number("大于或等于90", Comparator::greater_equal, "90", "");
  number("至少3次", Comparator::greater_equal, "3", "次");
  number("达到100%", Comparator::greater_equal, "100", "%");
  number("高于80%", Comparator::greater, "80", "%");
  number("大于80%", Comparator::greater, "80", "%");
  number("超过5家", Comparator::greater, "5", "家");
  number("多于5家", Comparator::greater, "5", "家");
  number("不足5%", Comparator::less, "5", "%");
  number("少于5个", Comparator::less, "5", "个");
  number("至多3次", Comparator::less_equal, "3", "次");
  number("不大于3", Comparator::less_equal, "3", "");
  number("等于0", Comparator::equal, "0", "");
  number("低于3%", Comparator::less, "3", "%");
  number("小于3%", Comparator::less, "3", "%");
  number("不高于5%", Comparator::less_equal, "5", "%");
  number("不超过10天", Comparator::less_equal, "10", "天");
  number("不多于2次", Comparator::less_equal, "2", "次");
  number("小于等于5", Comparator::less_equal, "5", "");
  number("控制在8万元以内", Comparator::less_equal, "8", "万元");
  number("控制在8万元", Comparator::less_equal, "8", "万元");
  number("8万元以内", Comparator::less_equal, "8", "万元");
  number("5%以下", Comparator::less_equal, "5", "%");
  number("3天内", Comparator::less_equal, "3", "天");
  number("3个工作日内", Comparator::less_equal, "3", "工作日");
  number("95%以上", Comparator::greater_equal, "95", "%");
  number("95%及以上", Comparator::greater_equal, "95", "%");
  number("95%（含）以上", Comparator::greater_equal, "95", "%");
  number("≥95%以上", Comparator::greater_equal, "95", "%");  // said twice, the same way
  CHECK(text("≥95%以下").note_zh == "“≥95%以下”的比较符号相互矛盾");
  CHECK(text("≥").note_en == "\"≥\" has a comparison sign but no value");
  text("不低于");
}

TEST_CASE("indicator value: numbers and units") {
  number("100 人", Comparator::none, "100", "人");
  number("100人次", Comparator::none, "100", "人次");
  number("8万元", Comparator::none, "8", "万元");
  number("2亿元", Comparator::none, "2", "亿元");
  number("1.5万人", Comparator::none, "15000", "人");  // 万 multiplies a count
  number("1.5万平方米", Comparator::none, "15000", "平方米");
  number("2万亩", Comparator::none, "20000", "亩");
  number("3.2万人次", Comparator::none, "32000", "人次");
  number("1.23456万", Comparator::none, "12345.6", "");
  number("1亿", Comparator::none, "100000000", "");
  number("30天", Comparator::none, "30", "天");
  number("30日", Comparator::none, "30", "天");
  number("12个月", Comparator::none, "12", "月");
  number("3年", Comparator::none, "3", "年");
  number("2次/年", Comparator::none, "2", "次/年");
  number("8万元/人", Comparator::none, "8", "万元/人");
  number("5‰", Comparator::none, "5", "‰");
  number("12.5％", Comparator::none, "12.5", "%");
  number("100.00%", Comparator::none, "100.00", "%");
  number("１００％", Comparator::none, "100", "%");
  number("1,234.5元", Comparator::none, "1234.5", "元");
  number("１，２３４", Comparator::none, "1234", "");
  number("-5", Comparator::none, "-5", "");
  number("−5%", Comparator::none, "-5", "%");
  number("+5", Comparator::none, "5", "");
  number(".5", Comparator::none, "0.5", "");
  number("0", Comparator::none, "0", "");
  number("90分", Comparator::none, "90", "分");
  number("5公里", Comparator::none, "5", "千米");
  number("120㎡", Comparator::none, "120", "平方米");
  number("2025.12", Comparator::none, "2025.12", "");  // a number, not a month
  const IndicatorValue p = parse_indicator_value("96%");
  CHECK(p.unit.dimension == Dimension::percent);
  CHECK(p.number == 96);  // the points, not 0.96
  CHECK(parse_indicator_value("8万元").unit.to_base == 10000);
  CHECK(parse_indicator_value("100 人").unit.dimension == Dimension::count);
}

TEST_CASE("indicator value: line breaks, full-width spaces and punctuation inside a cell") {
  number("≥\n96%", Comparator::greater_equal, "96", "%");
  number(" ≥ 96 % ", Comparator::greater_equal, "96", "%");
  number("100\xE3\x80\x80人", Comparator::none, "100", "人");  // U+3000
  number("\xC2\xA0" "221\r\n", Comparator::none, "221", "");
  number("100%。", Comparator::none, "100", "%");
  number("“100%”", Comparator::none, "100", "%");
  qualitative("达成年度\n指标", QualitativeTier::achieved);
  qualitative("按规定\r\n完成", QualitativeTier::achieved);
  qualitative("进一步\xE3\x80\x80完善。", QualitativeTier::unknown);
  date("2025年\n12月31日前", Comparator::less_equal, "2025-12-31");
  CHECK(text("3 5").note_zh == "“3 5”无法解析为数值：数字中间有空格");
  text("1\n000");
}

TEST_CASE("indicator value: ranges") {
  range("85%-95%", "85", "95", "%");
  range("85%～95%", "85", "95", "%");
  range("85%~95%", "85", "95", "%");
  range("85%〜95%", "85", "95", "%");
  range("85%—95%", "85", "95", "%");
  range("85%–95%", "85", "95", "%");
  range("85-95%", "85", "95", "%");
  range("[80,90]", "80", "90", "");
  range("［80，90］", "80", "90", "");
  range("【80,90】", "80", "90", "");
  range("[80%,90%]", "80", "90", "%");
  range("[80,90]分", "80", "90", "分");
  range("[80-90]", "80", "90", "");
  range("[80;90]", "80", "90", "");
  range("80%至90%", "80", "90", "%");
  range("80到90", "80", "90", "");
  range("80—90分", "80", "90", "分");
  range("80——90分", "80", "90", "分");  // a doubled dash is one separator
  range("-5%~5%", "-5", "5", "%");
  range("1-2万元", "1", "2", "万元");
  range("1-2万人", "10000", "20000", "人");  // the 万 applies to both bounds
  range("2020-2025", "2020", "2025", "");
  range("85 - 95 %", "85", "95", "%");
  range("90-90", "90", "90", "");
  CHECK(text("95%-85%").note_zh == "“95%-85%”不是有效的区间：下限95大于上限85");
  CHECK(text("95%-85%").note_en == "\"95%-85%\" is not a valid range: the lower bound 95 is above the upper bound 85");
  CHECK(text("1千米-1500米").note_en ==
        "\"1千米-1500米\" is not a valid range: the bounds have different units (千米, 米)");
  CHECK(text("≥85%-95%").note_en == "\"≥85%-95%\" is not a valid range: a range cannot also carry a comparison sign");
  text("[80,90");
  text("[1,000,2,000]");  // grouping inside brackets is ambiguous
  text("(80,90)");        // open intervals are not read
  text("80%-");
  text("[80,90]%%");
}

TEST_CASE("indicator value: dates and deadlines") {
  date("2025年12月31日前", Comparator::less_equal, "2025-12-31");
  date("2025年12月31日之前", Comparator::less_equal, "2025-12-31");
  date("2025年12月31日以前", Comparator::less_equal, "2025-12-31");
  date("2025年12月31日", Comparator::none, "2025-12-31");
  date("2025年12月31号", Comparator::none, "2025-12-31");
  date("2023年12月", Comparator::none, "2023-12");
  date("2023年12月份", Comparator::none, "2023-12");
  date("2025年", Comparator::none, "2025");
  date("2025年度", Comparator::none, "2025");
  date("2025年底", Comparator::none, "2025-12");
  date("2025年底前", Comparator::less_equal, "2025-12");
  date("2025年6月底前完成", Comparator::less_equal, "2025-06");
  date("2025年12月31日前完成", Comparator::less_equal, "2025-12-31");
  date("于2025年6月底前", Comparator::less_equal, "2025-06");
  date("在2025年12月31日前完成", Comparator::less_equal, "2025-12-31");
  date("不晚于2025年6月30日", Comparator::less_equal, "2025-06-30");
  date("不迟于2025年6月30日", Comparator::less_equal, "2025-06-30");
  date("截至2025年6月30日", Comparator::less_equal, "2025-06-30");
  date("≤2025年6月30日", Comparator::less_equal, "2025-06-30");
  date("早于2025年6月30日", Comparator::less, "2025-06-30");
  date("2025-06-20", Comparator::none, "2025-06-20");
  date("2025/6/20", Comparator::none, "2025-06-20");
  date("2025.6.20", Comparator::none, "2025-06-20");
  date("2025-06", Comparator::none, "2025-06");
  date("2025/06", Comparator::none, "2025-06");
  date("2025年末", Comparator::none, "2025-12");
  date("2025年6月30", Comparator::none, "2025-06-30");
  date("年终", Comparator::none, "--12");
  date("２０２５年１２月３１日前", Comparator::less_equal, "2025-12-31");
  date("2024年2月29日", Comparator::none, "2024-02-29");
  // without a year: year 0, to be taken from the evaluated year
  date("12月底前", Comparator::less_equal, "--12");
  date("12月底", Comparator::none, "--12");
  date("12月", Comparator::none, "--12");
  date("6月30日前", Comparator::less_equal, "--06-30");
  date("2月29日前", Comparator::less_equal, "--02-29");  // a leap day is possible in some year
  date("年底前", Comparator::less_equal, "--12");
  date("年底", Comparator::none, "--12");
  date("年内", Comparator::less_equal, "--12");
  date("2025年内", Comparator::less_equal, "2025");
  CHECK(parse_indicator_value("12月底前").date->last_day() == jixiao::Date{0, 12, 31});
  // impossible dates
  CHECK(text("2025年2月29日").note_zh == "“2025年2月29日”不是有效日期");
  CHECK(text("2025年2月29日").note_en == "\"2025年2月29日\" is not a valid date");
  text("2025年2月30日前");
  text("2月30日前");
  text("2025年13月");
  text("13月");
  text("2025-13-01");
  text("2025-02-29");
  CHECK(text(">2025年12月31日前").note_en == "\">2025年12月31日前\" has conflicting comparison signs");
  // qualitative, not a date
  qualitative("按时完成", QualitativeTier::achieved);
  qualitative("按期完成", QualitativeTier::achieved);
  // a deadline word after a number that is not a date
  text("30天前");
}

TEST_CASE("indicator value: qualitative tiers") {
  for (const char* s : {"达成年度指标", "达成预期指标", "达成", "已达成", "完成", "已完成", "全部完成", "按规定完成",
                        "按时完成", "按期完成", "已按年初设定目标完成", "好", "优", "优秀", "是"})
    qualitative(s, QualitativeTier::achieved);
  for (const char* s : {"部分达成年度指标并具有一定效果", "部分达成", "基本达成", "基本完成", "较好", "良好", "良"})
    qualitative(s, QualitativeTier::partial);
  for (const char* s : {"未达成年度指标且效果较差", "未达成", "未完成", "差", "否"})
    qualitative(s, QualitativeTier::not_achieved);
  for (const char* s : {"严格控制", "进一步完善", "进一步完成", "进一步促进", "进一步推进", "基本维护", "有效提升",
                        "明显提高", "逐步改善", "持续提升", "提高", "改善", "规范", "显著", "合格", "效果显著",
                        "群众满意度明显提高", "控制在预算范围内", "不低于良好"})
    qualitative(s, QualitativeTier::unknown);
}

TEST_CASE("indicator value: placeholders and blanks") {
  for (const char* s : {"", " ", "\n", "\xE3\x80\x80", "—", "——", "-", "--", "－", "―", "─", "/", "//", "无",
                        " 无 ", "无。", "\\"})
    empty(s);
  for (const char* s : {"*", "**", "＊", "……", "…", "...", "XX", "xx", "××", "XX%", "X%", "指标1", "指标2",
                        "指标值", "指标", "?", "待定", "略"}) {
    const IndicatorValue v = text(s);
    CHECK(v.note_en == "\"" + std::string(s) + "\" is a placeholder, not a value");
  }
  CHECK(text("*").note_zh == "“*”是占位符，不是指标值");
}

TEST_CASE("indicator value: what becomes text, and the notes") {
  CHECK(text("约30人").note_zh == "“约30人”无法解析为数值：约数（约、左右、余、多等）不是确定的值");
  CHECK(text("约30人").note_en ==
        "\"约30人\" cannot be read as a number: an approximation (约, 左右, 余, 多 …) is not a definite value");
  for (const char* s : {"约30", "大约30人", "近30人", "30左右", "30人左右", "30余", "30余人", "30多人", "3万余人"}) {
    CAPTURE(s);
    CHECK(text(s).note_en.find("approximation") != std::string::npos);
  }
  CHECK(text("1.2.3").note_en == "\"1.2.3\" cannot be read as a number: second decimal point at position 4 in \"1.2.3\"");
  CHECK(text("完成100%").note_zh == "“完成100%”无法解析为数值");
  CHECK(text("1e5").note_en == "\"1e5\" cannot be read as a number: \"e5\" after the number is not a unit");
  CHECK(text("天气很好").note_zh == "“天气很好”不是数值、区间、日期或可识别的定性表述");
  CHECK(text("天气很好").note_en == "\"天气很好\" is not a number, range, date or recognised qualitative phrase");
  text("不适用");
  text("一百");  // Chinese numerals are not read
  text("百分之九十");
  text("100%完成");
  text("√");
  text("12,5");
  text("99999999999999999999999999999999999999万");  // out of range after 万
  text("999999999999999999999999999999999999999");   // 39 digits
  text("2025年6月30日至2025年12月31日");
  const IndicatorValue bad = text("12\xFF");
  CHECK(bad.note_zh == "单元格含有无效的UTF-8字节，无法解析");
  CHECK(bad.note_en == "the cell holds bytes that are not valid UTF-8");
  // a long cell is quoted cut short
  const std::string long_cell(200, 'a');
  const IndicatorValue l = text(long_cell);
  CHECK(l.note_zh.size() < 200);  // the 200 characters are quoted cut at 90 bytes
  CHECK(valid_utf8(l.note_zh));
}

TEST_CASE("indicator value: the unit column") {
  const jixiao::Unit ge = parse_unit("个");
  IndicatorValue v = parse_indicator_value("221", ge);
  CHECK(v.kind == ValueKind::number);
  CHECK(v.number == 221);
  CHECK(v.unit.name == "个");
  CHECK(v.unit.dimension == Dimension::count);

  v = parse_indicator_value("≥96", parse_unit("%"));
  CHECK(v.comparator == Comparator::greater_equal);
  CHECK(v.number == 96);
  CHECK(v.unit.dimension == Dimension::percent);

  v = parse_indicator_value("100人", ge);  // the cell's own unit wins; the audit compares them
  CHECK(v.unit.name == "人");

  v = parse_indicator_value("8万", parse_unit("万元"));  // 8 in a 万元 column is 8 万元, not 80000 万元
  CHECK(v.number == 8);
  CHECK(v.unit.name == "万元");
  v = parse_indicator_value("8万", parse_unit("元"));
  CHECK(v.number == 80000);
  CHECK(v.unit.name == "元");
  v = parse_indicator_value("1.5万", parse_unit("万人次"));
  CHECK(v.number.to_string() == "1.5");

  v = parse_indicator_value("85-95", parse_unit("%"));
  CHECK(v.kind == ValueKind::range);
  CHECK(v.unit.name == "%");
  v = parse_indicator_value("1-2万", parse_unit("万元"));
  CHECK(v.kind == ValueKind::range);
  CHECK(v.low == 1);
  CHECK(v.high == 2);

  v = parse_indicator_value("严格控制", ge);  // not a number: no unit
  CHECK(v.kind == ValueKind::qualitative);
  CHECK(v.unit.empty());
  v = parse_indicator_value("2025年12月31日前", ge);
  CHECK(v.kind == ValueKind::date);
  CHECK(v.unit.empty());
  v = parse_indicator_value("221", jixiao::Unit{});
  CHECK(v.unit.empty());
}

TEST_CASE("indicator value: random bytes never crash and keep the invariants") {
  std::mt19937 rng(20240612);  // fixed: the same cases every run
  const std::string pieces[] = {"0", "1", "9", "5", ".", ",", "%", "％", "-", "~", "—", "≥", "≤", ">", "<", "=",
                                "万", "元", "人", "年", "月", "日", "前", "以上", "以内", "[", "]", "至", "约",
                                "完成", "进一步", " ", "\n", "\xE3\x80\x80", "１", "\xFF", "\xE5", "\xC0\xAF",
                                "\xED\xA0\x80", "/", "*", "亩", "小时", "余", "(含)", "“", "”"};
  int cases = 0;
  auto check = [&](const std::string& s) {
    ++cases;
    IndicatorValue v;
    CHECK_NOTHROW(v = parse_indicator_value(s));
    CHECK(v.text == s);
    switch (v.kind) {
      case ValueKind::text:
        CHECK_FALSE(v.note_zh.empty());
        CHECK_FALSE(v.note_en.empty());
        break;
      case ValueKind::range:
        CHECK(v.low <= v.high);
        break;
      case ValueKind::date:
        REQUIRE(v.date.has_value());
        CHECK(v.date->month >= 0);
        CHECK(v.date->month <= 12);
        break;
      default:
        CHECK(v.note_zh.empty());
    }
    CHECK(valid_utf8(v.note_zh));
    CHECK(valid_utf8(v.note_en));
    (void)parse_indicator_value(s, parse_unit("万元"));
  };
  for (int i = 0; i < 2000; ++i) {  // raw bytes
    std::string s(rng() % 24, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    check(s);
  }
  for (int i = 0; i < 2000; ++i) {  // pieces of real cells, shuffled
    std::string s;
    const unsigned n = rng() % 8;
    for (unsigned k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    check(s);
  }
  CHECK(cases == 4000);
}

namespace jixiao::detail {
// The full grammar without the shortcut for plain numbers (src/indicator_value.cpp).
IndicatorValue parse_indicator_value_in_full(std::string_view text, const Unit& column_unit);
}  // namespace jixiao::detail

TEST_CASE("indicator value: the shortcut for plain numbers reads exactly as the full grammar") {
  const char* signs[] = {"", "≥", "≤", "＞", "＜", "＝", ">", "<", "=", ">=", "<="};
  const char* numbers[] = {"0", "5", "96", "221", "0.5", "100.00", "007", "12345678901234567890", "1.", ".5", "1.2.3"};
  const char* units[] = {"", "%", "％", "个", "人", "人次", "名", "件", "次", "项", "户", "家", "所", "座", "台", "套",
                         "辆", "篇", "份", "场", "批", "本", "册", "宗", "条", "张", "处", "间", "米", "千米", "公里",
                         "平方米", "亩", "公顷", "元", "万元", "万人", "年", "月", "天", "以上", "以内", " 个", "个 "};
  const jixiao::Unit columns[] = {jixiao::Unit{}, jixiao::parse_unit("个"), jixiao::parse_unit("万元"),
                                  jixiao::parse_unit("%")};
  int compared = 0;
  for (const char* sign : signs)
    for (const char* number : numbers)
      for (const char* unit : units)
        for (const jixiao::Unit& column : columns) {
          const std::string cell = std::string(sign) + number + unit;
          CAPTURE(cell);
          CAPTURE(column.name);
          const jixiao::IndicatorValue fast = jixiao::parse_indicator_value(cell, column);
          const jixiao::IndicatorValue full = jixiao::detail::parse_indicator_value_in_full(cell, column);
          CHECK(fast == full);
          ++compared;
        }
  CHECK(compared == 11 * 11 * 44 * 4);
}

TEST_CASE("indicator value: is_placeholder agrees with the parser's placeholder note") {
  for (const char* cell : {"*", "……", "...", "XX", "XX%", "××", "?", "指标1", "指标值", "待定", "略", "", "—", "无", "100%",
                           "按规定完成", "完成全县机构编制实名制数据库更新、维护等", "指标完成率", "2025年12月31日前", "\xff"}) {
    CAPTURE(cell);
    const jixiao::IndicatorValue v = jixiao::parse_indicator_value(cell);
    const bool noted = v.kind == jixiao::ValueKind::text && v.note_en.find("is a placeholder") != std::string::npos;
    CHECK(jixiao::is_placeholder(cell) == noted);
  }
  CHECK(jixiao::is_placeholder("……"));
  CHECK_FALSE(jixiao::is_placeholder("完成全县机构编制实名制数据库更新、维护等"));
}
