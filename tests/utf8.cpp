// Tests of src/utf8.hpp (internal): is_valid_utf8, 16 bytes at a time where it can, agrees with
// reading the text one code point at a time (next_code_point, itself tested through the cell parser)
// on random text made of every kind of sequence, well-formed or not, at every alignment.
#include "../src/utf8.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using jixiao::detail::is_valid_utf8;
using jixiao::detail::next_code_point;

namespace {

bool valid_by_code_points(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (next_code_point(s, i) < 0) return false;
  return true;
}

}  // namespace

TEST_CASE("is_valid_utf8 agrees with next_code_point on 40,000 random texts") {
  const std::vector<std::string> pieces = {
      "a", "0123456789abcdef", "\"", "\\", "\n", "\x01", "\x7f", "年度指标值", "，", "÷", "×", "𠀀", "€",
      "\xE0\xA0\x80", "\xE0\x80\x80", "\xED\x9F\xBF", "\xED\xA0\x80", "\xEF\xBF\xBF", "\xC2\x80", "\xC2", "\xC0\x80",
      "\xC1\xBF", "\xE4\xB8", "\xF0\x9F", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\x80", "\xBF",
      "\xFF", "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80"};
  std::uint64_t state = 0x6a697869616f0009;
  const auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  int valid = 0;
  for (int n = 0; n < 40000; ++n) {
    std::string s(next() % 17, 'x');  // every alignment of what follows
    // mostly well-formed text with, half the time, one piece that may not be
    for (std::size_t k = next() % 30; k > 0; --k) s += pieces[next() % 13];
    if (n % 2) s.insert(next() % (s.size() + 1), pieces[next() % pieces.size()]);
    CAPTURE(n);
    const bool expected = valid_by_code_points(s);
    REQUIRE(is_valid_utf8(s) == expected);
    valid += expected;
  }
  CHECK(valid > 20000);  // both outcomes are well represented
  CHECK(valid < 39000);
}
