// jixiao: packages to and from JSON (format "jixiao-package", version 1; docs/json-format.md).
#include <jixiao/package_json.hpp>

#include "package_json_transcoded.hpp"

#include "json/document.hpp"
#include "json/read.hpp"
#include "json/write.hpp"

namespace jixiao {

namespace {
constexpr std::string_view package_format = "jixiao-package";

PackageReadResult read_package(std::string_view json, const ReadOptions& options, json_detail::Utf8Check utf8) {
  using namespace json_detail;
  PackageReadResult result;
  read_document(
      json, package_format, ErrorCode::invalid_package, options, result.warnings,
      [&](Reader& r, const Value& root) {
        // The unit first: every amount in the document is read in it.
        if (const Value* unit = root.if_contains("money_unit"); unit != nullptr && !unit->is_null()) {
          Scope s(r, "money_unit");
          read(r, *unit, r.money_unit);
        }
        read_members(r, root, result.package, {"format", "version"});
      },
      utf8);
  return result;
}
}  // namespace

PackageReadResult read_package_json(std::string_view json, const ReadOptions& options) {
  return read_package(json, options, json_detail::Utf8Check::needed);
}

namespace detail {
PackageReadResult read_transcoded_package_json(std::string_view json, const ReadOptions& options) {
  return read_package(json, options, json_detail::Utf8Check::done);
}
}  // namespace detail

PackageReadResult read_package_file(const std::string& path, const ReadOptions& options) {
  const std::string text = json_detail::read_file(path);
  return read_package_json(text, options);
}

std::string write_package_json(const Package& package, bool pretty) {
  std::size_t rows = 0;
  for (const ProjectForm& p : package.projects)
    for (const IndicatorSection& s : p.indicators)
      for (const IndicatorGroup& g : s.groups) rows += g.indicators.size();
  return json_detail::write_document(package, package_format, json_detail::PackageStyle{package.money_unit}, pretty,
                                     8192 + 512 * rows + 4096 * package.projects.size());
}

}  // namespace jixiao
