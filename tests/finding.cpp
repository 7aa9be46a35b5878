// Tests of jixiao::Finding (include/jixiao/finding.hpp): its texts, C strings, copies that share the
// block, equality, and findings that outlive the audit that made them.
#include <jixiao/audit.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/package_json.hpp>

#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using jixiao::Finding;
using jixiao::Severity;

Finding::Parts sample_parts() {
  Finding::Parts p;
  p.code = "JX-S02";
  p.severity = Severity::error;
  p.form = "project";
  p.form_name = "高标准农田建设项目";
  p.row = "新建高标准农田面积";
  p.field = "self_score";
  p.path = "$.projects[0].indicators[0].groups[0].indicators[3].self_score";
  p.zh = "“新建高标准农田面积”的自评得分 5.5 与按规则计算的 5.67 不符";
  p.en = "the self-score 5.5 differs from the rule's 5.67";
  p.expected = "5.67";
  p.found = "5.5";
  return p;
}

/// Each text's data() ends with a NUL right after the view (a C string for the C API).
void check_c_strings(const Finding& f) {
  for (const std::string_view t : {f.code(), f.form(), f.form_name(), f.row(), f.field(), f.path(), f.zh(), f.en()}) {
    REQUIRE(t.data() != nullptr);
    CHECK(std::strlen(t.data()) == t.size());
  }
  if (f.expected()) CHECK(std::strlen(f.expected()->data()) == f.expected()->size());
  if (f.found()) CHECK(std::strlen(f.found()->data()) == f.found()->size());
}

/// Whether the findings' texts fill one block exactly, one finding after the other in some order:
/// the span from the lowest text to the end of the highest finding is the sum of their sizes.
bool one_block(const std::vector<Finding>& fs) {
  const char* low = nullptr;
  const char* high = nullptr;
  std::size_t total = 0;
  for (const Finding& f : fs) {
    const char* begin = f.code().data();
    const char* end = f.en().data() + f.en().size() + 1 + (f.expected() ? f.expected()->size() : 0) + 1 +
                      (f.found() ? f.found()->size() : 0) + 1;
    total += static_cast<std::size_t>(end - begin);
    if (!low || begin < low) low = begin;
    if (!high || end > high) high = end;
  }
  return static_cast<std::size_t>(high - low) == total;
}

}  // namespace

TEST_CASE("Finding: made from parts, each text as given and a C string") {
  const Finding f(sample_parts());
  CHECK(f.code() == "JX-S02");
  CHECK(f.severity() == Severity::error);
  CHECK(f.form() == "project");
  CHECK(f.form_name() == "高标准农田建设项目");
  CHECK(f.row() == "新建高标准农田面积");
  CHECK(f.field() == "self_score");
  CHECK(f.path() == "$.projects[0].indicators[0].groups[0].indicators[3].self_score");
  CHECK(f.zh() == "“新建高标准农田面积”的自评得分 5.5 与按规则计算的 5.67 不符");
  CHECK(f.en() == "the self-score 5.5 differs from the rule's 5.67");
  CHECK(f.expected() == "5.67");
  CHECK(f.found() == "5.5");
  check_c_strings(f);
  CHECK(Finding(f.parts()) == f);
}

TEST_CASE("Finding: an absent value differs from an empty one; a default finding is empty") {
  Finding::Parts p = sample_parts();
  p.expected.reset();
  p.found = "";
  const Finding f(p);
  CHECK_FALSE(f.expected().has_value());
  REQUIRE(f.found().has_value());
  CHECK(f.found()->empty());
  check_c_strings(f);
  Finding::Parts q = p;
  q.found.reset();
  CHECK_FALSE(Finding(q) == f);

  const Finding empty;
  CHECK(empty.code().empty());
  CHECK(empty.zh().empty());
  CHECK_FALSE(empty.expected().has_value());
  check_c_strings(empty);
  CHECK(empty == Finding(Finding::Parts{}));
}

TEST_CASE("Finding: copies share the block and compare equal; equality is by texts and severity") {
  const Finding f(sample_parts());
  const Finding copy = f;
  CHECK(copy == f);
  CHECK(copy.zh().data() == f.zh().data());  // shared, not copied
  Finding assigned;
  assigned = copy;
  CHECK(assigned.path().data() == f.path().data());

  const Finding same_texts(sample_parts());  // a block of its own
  CHECK(same_texts.zh().data() != f.zh().data());
  CHECK(same_texts == f);

  Finding::Parts other = sample_parts();
  other.severity = Severity::warning;
  CHECK_FALSE(Finding(other) == f);
  other = sample_parts();
  other.en = "another message";
  CHECK_FALSE(Finding(other) == f);

  Finding moved = std::move(assigned);
  CHECK(moved == f);
}

TEST_CASE("Finding: the findings of an audit share one block and outlive the result") {
  const std::string path = std::string(JIXIAO_SOURCE_DIR) + "/examples/hengshan-2024/package.json";
  std::vector<Finding> kept;
  {
    const jixiao::AuditResult r = jixiao::audit(jixiao::read_package_file(path).package);
    REQUIRE(r.findings.size() >= 2);
    CHECK(one_block(r.findings));
    CHECK_FALSE(one_block({Finding(sample_parts()), Finding(sample_parts())}));  // two blocks of their own
    for (const Finding& f : r.findings) check_c_strings(f);
    kept.push_back(r.findings.front());
    kept.push_back(r.findings.back());
  }
  // the result is gone; the copies keep the block alive (ASan checks the reads)
  for (const Finding& f : kept) {
    CHECK(f.code().substr(0, 3) == "JX-");
    CHECK_FALSE(f.zh().empty());
    check_c_strings(f);
  }
}
