// Tests of the audit's FindingCollector (src/audit/finding_collector.hpp): findings added whole or
// written text by text, in severity order, their texts written in order, sharing one block.
#include "../src/audit/audit_context.hpp"
#include "../src/audit/finding_collector.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace {

using jixiao::Finding;
using jixiao::Severity;
using jixiao::audit_detail::FindingCollector;
using Text = FindingCollector::Text;

}  // namespace

TEST_CASE("FindingCollector: findings written text by text, the texts not written empty or absent") {
  FindingCollector c;
  c.start(Severity::warning, "JX-Q04", "project", "培训项目", "满意度", "actual");
  c.write(Text::path, "$.projects[0].indicators[1].groups[0].indicators[0].actual");
  c.write(Text::zh, "照抄");
  // en skipped: empty; expected skipped: absent
  c.write(Text::found, "");
  c.start(Severity::error, "JX-S02", "department", "某局", "总分", "total_self_score");  // finishes the first
  c.write(Text::path, "$.department.total_self_score");
  c.write(Text::expected, "98.00");
  const std::vector<Finding> f = c.take();
  REQUIRE(f.size() == 2);
  CHECK(f[0].code() == "JX-S02");  // errors first
  CHECK(f[0].severity() == Severity::error);
  CHECK(f[0].form_name() == "某局");
  CHECK(f[0].zh().empty());
  CHECK(f[0].expected() == "98.00");
  CHECK_FALSE(f[0].found().has_value());
  CHECK(f[1].code() == "JX-Q04");
  CHECK(f[1].form() == "project");
  CHECK(f[1].row() == "满意度");
  CHECK(f[1].field() == "actual");
  CHECK(f[1].path() == "$.projects[0].indicators[1].groups[0].indicators[0].actual");
  CHECK(f[1].zh() == "照抄");
  CHECK(f[1].en().empty());
  CHECK_FALSE(f[1].expected().has_value());
  REQUIRE(f[1].found().has_value());
  CHECK(f[1].found()->empty());
  // one block, the findings in the order written
  CHECK(f[0].code().data() == f[1].found()->data() + 1);
  CHECK(c.take().empty());  // take() empties it
}

TEST_CASE("FindingCollector: a text written after a later one, or with no finding started, throws") {
  FindingCollector c;
  CHECK_THROWS_AS(c.reserve(Text::zh, 1), std::logic_error);  // no finding started
  c.start(Severity::info, "JX-C01", "package", "", "", "unit_name");
  c.write(Text::en, "late");
  CHECK_THROWS_AS(c.reserve(Text::zh, 1), std::logic_error);
  CHECK_THROWS_AS(c.reserve(Text::en, 1), std::logic_error);
  c.write(Text::expected, "x");
  const std::vector<Finding> f = c.take();
  REQUIRE(f.size() == 1);
  CHECK(f[0].en() == "late");
  CHECK(f[0].expected() == "x");
}

TEST_CASE("FindingCollector: whole and written findings keep their order per severity across regrowth") {
  FindingCollector c;
  std::vector<std::string> zh;
  for (int k = 0; k < 300; ++k) {  // ~100 KiB of text: the buffer grows several times
    const std::string text(static_cast<std::size_t>(k * 7 % 500), static_cast<char>('a' + k % 26));
    zh.push_back(text);
    const Severity s = k % 3 == 0 ? Severity::error : k % 3 == 1 ? Severity::warning : Severity::info;
    if (k % 2 == 0) {
      Finding::Parts p;
      p.code = "JX-A01";
      p.severity = s;
      p.zh = text;
      c.add(p);
    } else {
      c.start(s, "JX-A01", "basic_data", "", "", "");
      c.write(Text::zh, text);
    }
  }
  const std::vector<Finding> f = c.take();
  REQUIRE(f.size() == 300);
  std::size_t i = 0;
  for (const int first : {0, 1, 2})  // errors (k % 3 == 0), warnings, infos, each in the order added
    for (int k = first; k < 300; k += 3, ++i) {
      CHECK(f[i].zh() == zh[static_cast<std::size_t>(k)]);
      CHECK(f[i].path().empty());
    }
}

TEST_CASE("write_message: the format's parts and arguments, at the room given") {
  std::string out = "head:";
  jixiao::audit_detail::write_message<"{} + {} = {}">(
      [&](std::size_t size) {
        const std::size_t at = out.size();
        out.resize(at + size);
        return out.data() + at;
      },
      "1", 2, jixiao::Decimal::parse("3.00"));
  CHECK(out == "head:1 + 2 = 3.00");
  CHECK(jixiao::audit_detail::message<"“{}”">("满意度") == "“满意度”");
}
