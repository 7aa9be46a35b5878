// Tests of the audit's internal text helpers (src/audit/audit_context.hpp): each gives what the
// public function it stands in for gives, on chosen cases and on random byte strings.
#include "../src/audit/audit_context.hpp"

#include <jixiao/indicator_value.hpp>
#include <jixiao/policy.hpp>
#include <jixiao/text_normalize.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace {

using jixiao::audit_detail::is_blank;
using jixiao::audit_detail::message;
using jixiao::audit_detail::normalized;
using jixiao::audit_detail::surely_not_placeholder;
using jixiao::audit_detail::trimmed;

/// Strings made of the pieces that matter (spaces of every width, full-width forms and their
/// neighbours, CJK, cut sequences, ASCII), fixed seed.
std::vector<std::string> random_texts() {
  static const std::array<std::string_view, 24> pieces{
      " ",   "\t",  "\n",     "\r",     "\u3000", "\u00a0", "（",    "）",   "％",     "１",   "ｚ",     "\uff5f",
      "、",  "。",  "指标",   "值",     "满意度", "a",      "9",     "\xef", "\xef\xbc", "\xe3\x80", "\xc2", "\xff"};
  std::mt19937_64 random(0x6a697869616f0010);
  std::vector<std::string> out;
  for (int n = 0; n < 4000; ++n) {
    std::string s;
    const std::size_t length = random() % 24;
    for (std::size_t k = 0; k < length; ++k) s += pieces[random() % pieces.size()];
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

// normalized() is normalize_label's own implementation (src/normalized_label.hpp), checked against an
// independent byte-by-byte reference in tests/text_normalize.cpp; here: the view it returns.
TEST_CASE("audit normalized() returns the text itself exactly when nothing folds") {
  std::vector<std::string> texts = random_texts();
  for (const char* t : {"", "服务对\n象满意度指标", "效益指标\n（40 分）", "\u3000可持续\r\n影响指标\u00a0", "ＡＢＣ１２３％，：",
                        "\xff", "城乡居民基本医疗保险参保人数（万人）增长率", "一二三四五六七八九十一二三四五六七八九十 x"})
    texts.emplace_back(t);
  std::string buffer;
  for (const std::string& t : texts) {
    CAPTURE(t);
    const std::string_view n = normalized(t, buffer);
    CHECK((n.data() == t.data()) == jixiao::is_normalized_label(t));
    CHECK(n.size() <= t.size());
  }
}

TEST_CASE("audit trimmed(), is_blank() and surely_not_placeholder() agree with trim() and is_placeholder()") {
  std::vector<std::string> texts = random_texts();
  for (const char* t : {"", " ", "\u3000", "\u00a0x\u00a0", "待定", "指标1", "产出数量", "……", "XX"}) texts.emplace_back(t);
  for (const std::string& t : texts) {
    CAPTURE(t);
    CHECK(trimmed(t) == jixiao::trim(t));
    CHECK(is_blank(t) == jixiao::trim(t).empty());
    if (surely_not_placeholder(t)) CHECK_FALSE(jixiao::is_placeholder(t));
  }
  CHECK(surely_not_placeholder("产出数量"));
  CHECK_FALSE(surely_not_placeholder("指标1"));
  CHECK_FALSE(surely_not_placeholder("待定"));
}

TEST_CASE("audit message<> writes what fmt::format writes") {
  const std::string name = "培训人次";
  CHECK(message<"“{}”的自评得分 {} 低于分值 {}（扣 {} 分）">(name, std::string("8"), "10", 2) ==
        fmt::format("“{}”的自评得分 {} 低于分值 {}（扣 {} 分）", name, "8", "10", 2));
  CHECK(message<"{}.indicators[{}].groups[{}]">(std::string_view("$.projects[3]"), std::size_t{0}, -1) ==
        "$.projects[3].indicators[0].groups[-1]");
  CHECK(message<"no fields">() == "no fields");
  CHECK(message<"{}{}">("", "") == "");
}

namespace {

/// Decimals at scales 0 to 22 (so some pairs are more than 18 apart), small and wide coefficients,
/// both signs, fixed seed.
std::vector<jixiao::Decimal> random_decimals() {
  std::mt19937_64 random(0x6a697869616f0011);
  std::vector<jixiao::Decimal> out;
  for (int n = 0; n < 600; ++n) {
    const int scale = static_cast<int>(random() % 23);
    jixiao::int128 coefficient = static_cast<jixiao::int128>(random() % 2000) - 1000;
    if (random() % 5 == 0) coefficient *= static_cast<jixiao::int128>(random() % 1000000000000000000u);  // past 64 bits
    if (random() % 7 == 0) coefficient = 0;
    out.push_back(jixiao::Decimal::from_coefficient(coefficient, scale));
  }
  return out;
}

}  // namespace

TEST_CASE("audit compare(), less(), greater() and Num agree with Decimal's operators and to_string()") {
  using jixiao::audit_detail::compare;
  using jixiao::audit_detail::greater;
  using jixiao::audit_detail::less;
  using jixiao::audit_detail::Num;
  const std::vector<jixiao::Decimal> values = random_decimals();
  for (const jixiao::Decimal& a : values) {
    CHECK(Num(a).view() == a.to_string());
    CHECK(Num(a).str() == a.to_string());
    for (std::size_t k = 0; k < 40; ++k) {
      const jixiao::Decimal& b = values[(static_cast<std::size_t>(&a - values.data()) * 7 + k * 13) % values.size()];
      CHECK(compare(a, b) == (a <=> b));
      CHECK(less(a, b) == (a < b));
      CHECK(greater(a, b) == (a > b));
    }
  }
}

TEST_CASE("audit Context::scores_differ() is |a − b| > the score tolerance") {
  const jixiao::Package package;
  const jixiao::EvaluationResult evaluation;
  jixiao::audit_detail::FindingCollector findings;
  const std::vector<jixiao::Decimal> values = random_decimals();
  for (const char* tolerance : {"0.1", "0", "0.005", "-0.1", "0.0000000000000000000001", "100000000000000000000"}) {
    jixiao::Policy policy = jixiao::default_policy();
    policy.tolerances.score = jixiao::Decimal::parse(tolerance);
    const jixiao::audit_detail::Context c{package, policy, evaluation, findings};
    for (std::size_t i = 0; i < values.size(); ++i)
      for (std::size_t k = 0; k < 12; ++k) {
        const jixiao::Decimal& a = values[i];
        const jixiao::Decimal& b = values[(i * 5 + k * 17) % values.size()];
        bool expected = false, overflows = false;  // a − b may leave the range (then both throw)
        try {
          expected = (a - b).abs() > policy.tolerances.score;
        } catch (...) {
          overflows = true;
        }
        if (overflows)
          CHECK_THROWS(c.scores_differ(a, b));
        else
          CHECK(c.scores_differ(a, b) == expected);
        CHECK(c.scores_differ(a, a) == policy.tolerances.score.is_negative());
      }
  }
}
