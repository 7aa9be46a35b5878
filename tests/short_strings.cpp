// Tests of src/short_strings.hpp (internal): the word-at-a-time copy, fill and compare agree with
// memcpy, memset and == at every length up to past the word sizes and at every differing byte.
#include "../src/short_strings.hpp"

#include <doctest/doctest.h>

#include <string>

using jixiao::detail::copy_small;
using jixiao::detail::equal_short;
using jixiao::detail::fill_spaces;

TEST_CASE("copy_small copies exactly n bytes and nothing around them") {
  const std::string source = "0123456789abcdefghijklmnopqrstuvwxyz年度指标值";
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string out(48, '#');
    copy_small(out.data() + 2, source.data(), n);
    CAPTURE(n);
    CHECK(out.substr(2, n) == source.substr(0, n));
    CHECK(out.substr(0, 2) == "##");
    CHECK(out.find_first_not_of('#', 2 + n) == std::string::npos);
  }
}

TEST_CASE("fill_spaces writes exactly n spaces") {
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string out(48, '#');
    fill_spaces(out.data() + 3, n);
    CAPTURE(n);
    CHECK(out == std::string(3, '#') + std::string(n, ' ') + std::string(45 - n, '#'));
  }
}

TEST_CASE("equal_short is == at every length and every differing byte") {
  const std::string base = "computed_score__explanation_年度";
  for (std::size_t n = 0; n <= base.size(); ++n) {
    const std::string a = base.substr(0, n);
    CAPTURE(n);
    CHECK(equal_short(a, std::string(a)));
    CHECK_FALSE(equal_short(a, a + "x"));
    CHECK_FALSE(equal_short(a + "x", a));
    for (std::size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = static_cast<char>(b[i] ^ 0x01);
      CHECK_FALSE(equal_short(a, b));
    }
  }
}
