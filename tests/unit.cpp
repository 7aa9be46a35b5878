// Tests of include/jixiao/unit.hpp: the catalogue and exact conversions.
#include <jixiao/unit.hpp>

#include <doctest/doctest.h>

#include <string>

using jixiao::convert;
using jixiao::convertible;
using jixiao::Decimal;
using jixiao::Dimension;
using jixiao::parse_unit;
using jixiao::Unit;

namespace {
Decimal D(std::string_view s) { return Decimal::parse(s); }
/// value from → to as text, or "none".
std::string C(std::string_view value, std::string_view from, std::string_view to) {
  const auto r = convert(D(value), parse_unit(from), parse_unit(to));
  return r ? r->to_string() : "none";
}
}  // namespace

TEST_CASE("unit: catalogue of count units") {
  for (const char* name : {"个", "人", "件", "次", "项", "户", "家", "所", "座", "台", "套", "辆", "篇", "份",
                           "场", "批", "本", "册", "名", "人次", "个数", "宗", "起", "期", "条", "张", "处",
                           "间", "棵", "株", "头", "只"}) {
    CAPTURE(name);
    const Unit u = parse_unit(name);
    CHECK(u.name == name);
    CHECK(u.dimension == Dimension::count);
    CHECK(u.to_base == 1);
    CHECK(convertible(u, u));
    CHECK(convert(D("221"), u, u) == D("221"));
  }
  CHECK_FALSE(convertible(parse_unit("个"), parse_unit("人")));  // 3 人 is not 3 个
  CHECK_FALSE(convertible(parse_unit("人"), parse_unit("人次")));
  CHECK(C("3", "个", "人") == "none");
  CHECK(C("3", "个", "%") == "none");
}

TEST_CASE("unit: canonical names, aliases and dimensions") {
  struct Row {
    const char* text;
    const char* name;
    Dimension dimension;
    const char* to_base;
  };
  const Row rows[] = {
      {"米", "米", Dimension::length, "1"},
      {"m", "米", Dimension::length, "1"},
      {"千米", "千米", Dimension::length, "1000"},
      {"公里", "千米", Dimension::length, "1000"},
      {"km", "千米", Dimension::length, "1000"},
      {"厘米", "厘米", Dimension::length, "0.01"},
      {"毫米", "毫米", Dimension::length, "0.001"},
      {"平方米", "平方米", Dimension::area, "1"},
      {"㎡", "平方米", Dimension::area, "1"},
      {"m²", "平方米", Dimension::area, "1"},
      {"平米", "平方米", Dimension::area, "1"},
      {"亩", "亩", Dimension::area, "666.66666666666666666666666666666666667"},  // 2000/3 to 38 digits
      {"公顷", "公顷", Dimension::area, "10000"},
      {"平方公里", "平方千米", Dimension::area, "1000000"},
      {"平方千米", "平方千米", Dimension::area, "1000000"},
      {"天", "天", Dimension::duration, "1"},
      {"日", "天", Dimension::duration, "1"},
      {"小时", "小时", Dimension::duration, "0.04166666666666666666666666666666666667"},  // 1/24
      {"个月", "月", Dimension::duration, "1"},
      {"月", "月", Dimension::duration, "1"},
      {"年", "年", Dimension::duration, "1"},
      {"周", "周", Dimension::duration, "1"},
      {"个工作日", "工作日", Dimension::duration, "1"},
      {"元", "元", Dimension::money, "1"},
      {"万元", "万元", Dimension::money, "10000"},
      {"亿元", "亿元", Dimension::money, "100000000"},
      {"千元", "千元", Dimension::money, "1000"},
      {"%", "%", Dimension::percent, "1"},
      {"％", "%", Dimension::percent, "1"},
      {"百分比", "%", Dimension::percent, "1"},
      {"‰", "‰", Dimension::percent, "0.1"},
      {"千克", "千克", Dimension::mass, "1"},
      {"公斤", "千克", Dimension::mass, "1"},
      {"吨", "吨", Dimension::mass, "1000"},
      {"克", "克", Dimension::mass, "0.001"},
      {"斤", "斤", Dimension::mass, "0.5"},
      {"万人", "万人", Dimension::count, "10000"},  // a 万 multiple of a catalogue unit
      {"万人次", "万人次", Dimension::count, "10000"},
      {"万亩", "万亩", Dimension::area, "6666666.6666666666666666666666666666667"},
      {"万平米", "万平方米", Dimension::area, "10000"},
      {"亿人", "亿人", Dimension::count, "100000000"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    const Unit u = parse_unit(r.text);
    CHECK(u.name == r.name);
    CHECK(u.dimension == r.dimension);
    CHECK(u.to_base.to_string() == r.to_base);
    CHECK_FALSE(u.empty());
  }
  CHECK(parse_unit("公里") == parse_unit("千米"));  // == compares the canonical names
  CHECK(parse_unit("㎡") == parse_unit("平方米"));
}

TEST_CASE("unit: spaces, full-width forms, brackets, empty and unknown names") {
  CHECK(parse_unit(" 万元 ").name == "万元");
  CHECK(parse_unit("\xE3\x80\x80" "个\n").name == "个");  // U+3000 and a line break
  CHECK(parse_unit("平方 米").name == "平方米");
  CHECK(parse_unit("（个）").name == "个");
  CHECK(parse_unit("(万元)").name == "万元");
  CHECK(parse_unit("【人】").name == "人");
  CHECK(parse_unit("ｋｍ").name == "千米");

  const Unit none = parse_unit("");
  CHECK(none.empty());
  CHECK(none.dimension == Dimension::none);
  CHECK(none.name.empty());
  CHECK(parse_unit("   ").empty());

  const Unit other = parse_unit("次/年");
  CHECK(other.dimension == Dimension::other);
  CHECK(other.name == "次/年");
  CHECK(other.to_base == 1);
  CHECK(parse_unit(" 分 ").name == "分");
  CHECK(parse_unit("分").dimension == Dimension::other);
  CHECK(parse_unit("立方米").dimension == Dimension::other);
  CHECK(parse_unit("万%").dimension == Dimension::other);    // no multiples of %
  CHECK(parse_unit("万个月").dimension == Dimension::other);  // nor of 月
  CHECK(parse_unit("\xFF\xFE").dimension == Dimension::other);  // not UTF-8: kept, never a crash
}

TEST_CASE("unit: money 万元 ↔ 元 ↔ 亿元") {
  CHECK(C("5", "万元", "元") == "50000");
  CHECK(C("209.21", "万元", "元") == "2092100.00");  // seed: 年初预算数; keeps its scale
  CHECK(C("2092100", "元", "万元") == "209.21");
  CHECK(C("50000", "元", "万元") == "5");
  CHECK(C("12.13", "万元", "亿元") == "0.001213");
  CHECK(C("1", "亿元", "万元") == "10000");
  CHECK(C("0.26", "万元", "元") == "2600.00");
  CHECK(C("-3.5", "万元", "元") == "-35000.0");
  CHECK(C("8", "万元", "万元") == "8");
  CHECK(C("1", "元", "%") == "none");
}

TEST_CASE("unit: length, area, duration, percent, mass") {
  CHECK(C("1500", "米", "千米") == "1.5");
  CHECK(C("1.5", "千米", "米") == "1500.0");
  CHECK(C("3", "公里", "米") == "3000");
  CHECK(C("25", "厘米", "米") == "0.25");
  CHECK(C("1", "米", "毫米") == "1000");

  CHECK(C("100", "㎡", "平方米") == "100");
  CHECK(C("1", "公顷", "平方米") == "10000");
  CHECK(C("2", "平方公里", "公顷") == "200");
  CHECK(C("3", "亩", "平方米") == "2000");     // 3 × 2000/3, exact
  CHECK(C("1", "亩", "平方米") == "none");     // 666.666… does not terminate: not convertible
  CHECK(C("1000", "平方米", "亩") == "1.5");   // 1000 × 3/2000
  CHECK(C("100", "平方米", "亩") == "0.15");
  CHECK(C("15", "亩", "公顷") == "1");         // 15 × 2000/3 / 10000
  CHECK(C("1", "亩", "公顷") == "none");

  CHECK(C("2", "天", "小时") == "48");
  CHECK(C("12", "小时", "天") == "0.5");
  CHECK(C("1", "小时", "天") == "none");       // 1/24 天
  CHECK(C("30", "日", "天") == "30");
  CHECK(C("1", "月", "天") == "none");         // a month is not 30 days
  CHECK(C("12", "个月", "年") == "none");
  CHECK(C("12", "个月", "月") == "12");
  CHECK(C("1", "周", "天") == "none");
  CHECK(C("3", "工作日", "天") == "none");

  CHECK(C("96", "%", "‰") == "960");
  CHECK(C("5", "‰", "%") == "0.5");
  CHECK(C("72.22", "％", "%") == "72.22");
  CHECK(C("96", "%", "个") == "none");

  CHECK(C("2", "吨", "千克") == "2000");
  CHECK(C("500", "克", "斤") == "1");
  CHECK(C("3", "斤", "公斤") == "1.5");
}

TEST_CASE("unit: counts convert only with their own multiples") {
  CHECK(C("1.5", "万人", "人") == "15000.0");
  CHECK(C("32000", "人次", "万人次") == "3.2");
  CHECK(C("1", "万人", "人次") == "none");
  CHECK(C("2", "万亩", "亩") == "20000");
  CHECK(C("3", "万亩", "平方米") == "20000000");
  CHECK(convertible(parse_unit("万人"), parse_unit("人")));
  CHECK_FALSE(convertible(parse_unit("万人"), parse_unit("个")));
}

TEST_CASE("unit: convertible and convert for other, none and hand-made units") {
  CHECK(convertible(parse_unit("次/年"), parse_unit("次/年")));
  CHECK_FALSE(convertible(parse_unit("次/年"), parse_unit("次/月")));
  CHECK_FALSE(convertible(parse_unit("分"), parse_unit("个")));
  CHECK(convertible(Unit{}, Unit{}));
  CHECK_FALSE(convertible(Unit{}, parse_unit("个")));
  CHECK_FALSE(convertible(parse_unit("%"), Unit{}));
  CHECK(C("7", "次/年", "次/年") == "7");

  // A unit made by hand converts by its name when the catalogue knows it, by its factor otherwise.
  const Unit km{"公里", Dimension::length, Decimal(1000)};
  CHECK(convert(D("2"), km, parse_unit("米")) == D("2000"));
  const Unit league{"里", Dimension::length, Decimal(500)};
  CHECK(convert(D("3"), league, parse_unit("千米")) == D("1.5"));
  CHECK(convert(D("1500"), parse_unit("米"), league) == D("3"));
  const Unit odd{"x", Dimension::length, D("0.3")};
  CHECK(convert(D("1"), odd, parse_unit("米")) == D("0.3"));
  CHECK(convert(D("1"), parse_unit("米"), odd) == std::nullopt);  // 1 / 0.3 does not terminate
  // a factor of 38 digits after the point (小时's rounded to_base) is taken at its word, never throws
  const Unit hour_like{"hh", Dimension::duration, parse_unit("小时").to_base};
  CHECK(convert(D("0"), hour_like, parse_unit("天")) == D("0"));
  CHECK(convert(D("24"), hour_like, parse_unit("天")) == std::nullopt);  // 39 digits
  CHECK(convert(D("2"), parse_unit("天"), hour_like) == std::nullopt);   // 2 ÷ 0.0416…67 does not terminate
}

TEST_CASE("unit: conversions never overflow silently") {
  const Decimal big = D("99999999999999999999999999999999999999");  // 38 nines
  CHECK(convert(big, parse_unit("亿元"), parse_unit("元")) == std::nullopt);
  CHECK(convert(big, parse_unit("元"), parse_unit("亿元")) == D("999999999999999999999999999999.99999999"));
  const Decimal tiny = D("0.00000000000000000000000000000000000001");  // scale 38
  CHECK(convert(tiny, parse_unit("元"), parse_unit("万元")) == std::nullopt);  // would need scale 42
  CHECK(convert(tiny, parse_unit("万元"), parse_unit("元")) == D("0.0000000000000000000000000000000001"));
}
