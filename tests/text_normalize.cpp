// Tests of include/jixiao/text_normalize.hpp.
#include <jixiao/text_normalize.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

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

TEST_CASE("normalize_label agrees with a byte-by-byte reference on random text") {
  // The reference: at each byte, drop a space (' ', tab, CR, LF, U+3000, U+00A0), fold U+FF01..FF5E
  // to ASCII, or copy the byte.
  const auto reference = [](std::string_view t) {
    std::string out;
    const auto at = [&](std::size_t k) { return k < t.size() ? static_cast<unsigned char>(t[k]) : 0u; };
    for (std::size_t i = 0; i < t.size();) {
      const unsigned b = at(i);
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r') { i += 1; continue; }
      if (b == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) { i += 3; continue; }
      if (b == 0xC2 && at(i + 1) == 0xA0) { i += 2; continue; }
      if (b == 0xEF && i + 2 < t.size()) {
        const unsigned cp = ((b & 0x0Fu) << 12) | ((at(i + 1) & 0x3Fu) << 6) | (at(i + 2) & 0x3Fu);
        if ((at(i + 1) & 0xC0) == 0x80 && (at(i + 2) & 0xC0) == 0x80 && cp >= 0xFF01 && cp <= 0xFF5E) {
          out += static_cast<char>(cp - 0xFEE0);
          i += 3;
          continue;
        }
      }
      out += static_cast<char>(b);
      ++i;
    }
    return out;
  };
  const std::vector<std::string> pieces = {"a", " ", "\t", "\n", "\r", "\x01", "\u3000", "\u3001", "\u00a0", "\u00a1",
                                           "\uff01", "\uff5e", "\uff5f", "\uff00", "\xEF\xBC", "\xEF", "\xE3\x80",
                                           "\xC2", "指标", "（", "）", "５", "Ｘ", "\xff", "(50分)"};
  std::uint64_t state = 0x6a697869616f0008;
  const auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  for (int n = 0; n < 5000; ++n) {
    std::string s;
    for (std::size_t k = next() % 10; k > 0; --k) s += pieces[next() % pieces.size()];
    CAPTURE(s);
    REQUIRE(normalize_label(s) == reference(s));
    REQUIRE(jixiao::is_normalized_label(s) == (reference(s) == s));
  }
}
