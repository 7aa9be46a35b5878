// Tests of include/jixiao/text_normalize.hpp.
#include <jixiao/text_normalize.hpp>

#include <doctest/doctest.h>

using jixiao::normalize_label;
using jixiao::trim;

TEST_CASE("normalize_label removes spaces and line breaks and folds full-width ASCII") {
  CHECK(normalize_label("服务对\n象满意度指标") == "服务对象满意度指标");
  CHECK(normalize_label("效益指标\n（40 分）") == "效益指标(40分)");
  CHECK(normalize_label("产出指标\n(50 分)") == "产出指标(50分)");
  CHECK(normalize_label("\u3000可持续\r\n影响指标\u00a0") == "可持续影响指标");
  CHECK(normalize_label("ＡＢＣ１２３％，：") == "ABC123%,:");
  CHECK(normalize_label("") == "");
  CHECK(normalize_label("\xff") == "\xff");  // not UTF-8: kept as it is
}

TEST_CASE("trim removes surrounding spaces of every width") {
  CHECK(trim("  209.21 \n") == "209.21");
  CHECK(trim("\u3000按规定完成\u3000") == "按规定完成");
  CHECK(trim("\u00a0a b\u00a0") == "a b");
  CHECK(trim("   ").empty());
  CHECK(trim("x") == "x");
}

TEST_CASE("is_normalized_label agrees with normalize_label") {
  for (const char* text : {"在职人员控制率", "控制率", "a b", "（40分）", "(40分)", "服务对\n象", "", "ＡＢＣ", "\u3000x"}) {
    CAPTURE(text);
    CHECK(jixiao::is_normalized_label(text) == (normalize_label(text) == text));
  }
}
