// jixiao: packages to and from JSON (format "jixiao-package", version 1; docs/json-format.md).
#ifndef JIXIAO_PACKAGE_JSON_HPP
#define JIXIAO_PACKAGE_JSON_HPP

#include <jixiao/import_warning.hpp>
#include <jixiao/package.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

struct PackageReadResult {
  Package package;
  std::vector<ImportWarning> warnings;
};

/// Reads a package. Amounts, scores and rates are read exactly, from JSON strings or from the text
/// of JSON numbers (never through a double). Throws Error(invalid_json) for text that is not JSON
/// and Error(invalid_package) for JSON that is not a package, both with the JSON path, line and
/// column and what was expected.
PackageReadResult read_package_json(std::string_view json, const ReadOptions& options = {});
/// The same from a file; Error(io_error) when it cannot be read.
PackageReadResult read_package_file(const std::string& path, const ReadOptions& options = {});

/// Writes a package; read_package_json(write_package_json(p)) gives p back.
std::string write_package_json(const Package& package, bool pretty = true);

}  // namespace jixiao

#endif  // JIXIAO_PACKAGE_JSON_HPP
