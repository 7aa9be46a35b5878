// Tests of src/package_json_transcoded.hpp (internal): a package read from text known to be
// well-formed UTF-8 (what the C API's UTF-16 and UTF-32 functions transcode) is read exactly as
// read_package_json reads it: the same package, warnings and errors, only the UTF-8 check skipped.
#include "../src/package_json_transcoded.hpp"

#include <jixiao/error.hpp>
#include <jixiao/package_json.hpp>

#include <doctest/doctest.h>

#include "json_test_support.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace jixiao;

namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Both readers' error for `text` (code, path, line, column, English message), or "" when both read it.
std::string error_of(std::string_view text, bool transcoded) {
  try {
    if (transcoded)
      (void)detail::read_transcoded_package_json(text);
    else
      (void)read_package_json(text);
    return "";
  } catch (const Error& e) {
    return std::to_string(static_cast<int>(e.code())) + " " + e.path() + " " + std::to_string(e.where().line) + ":" +
           std::to_string(e.where().column) + " " + e.message(Lang::en);
  }
}

}  // namespace

TEST_CASE("transcoded package: the example, its warnings and a byte order mark, as read_package_json reads them") {
  const std::string example = read_text(jixiao_test::source_dir() / "examples/hengshan-2024/package.json");
  REQUIRE(example.size() > 1000);
  const PackageReadResult want = read_package_json(example);
  const PackageReadResult got = detail::read_transcoded_package_json(example);
  CHECK(got.package == want.package);
  CHECK(write_package_json(got.package) == write_package_json(want.package));
  CHECK(detail::read_transcoded_package_json("\xEF\xBB\xBF" + example).package == want.package);

  const std::string unknown = R"({"format": "jixiao-package", "version": 1, "unit_name": "单位😀", "year": 2024, "totl": 1})";
  const PackageReadResult w1 = read_package_json(unknown);
  const PackageReadResult w2 = detail::read_transcoded_package_json(unknown);
  REQUIRE(w1.warnings.size() == 1);
  REQUIRE(w2.warnings.size() == 1);
  CHECK(w2.warnings[0].where.path == w1.warnings[0].where.path);
  CHECK(w2.warnings[0].where.line == w1.warnings[0].where.line);
  CHECK(w2.warnings[0].en == w1.warnings[0].en);
  CHECK(w2.package.unit_name == "单位😀");
  ReadOptions strict;
  strict.unknown_fields_are_errors = true;
  CHECK_THROWS_AS((void)detail::read_transcoded_package_json(unknown, strict), Error);
}

TEST_CASE("transcoded package: syntax and type errors at the same path, line and column") {
  const char* const texts[] = {
      "",
      "{\n  \"format\": \"jixiao-package\",\n  \"version\": 1,\n  \"unit_name\": \n}",
      "[\"😀€年\", 1 2]",
      R"({"format":"jixiao-package","version":1,"unit_name":"x","year":"2024"})",
      R"({"format":"jixiao-package","version":1,"unit_name":"单位","projects":[{"funds":{"total":{"executed":"x"}}}]})",
      "{\"format\":\"jixiao-package\",\"version\":1,\"unit_name\":\"年\\ud800\"}",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    const std::string want = error_of(text, false);
    CHECK(!want.empty());
    CHECK(error_of(text, true) == want);
  }
}
