// jixiao: policies to and from JSON (format "jixiao-policy", version 1; docs/json-format.md).
#ifndef JIXIAO_POLICY_JSON_HPP
#define JIXIAO_POLICY_JSON_HPP

#include <jixiao/import_warning.hpp>
#include <jixiao/policy.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

struct PolicyReadResult {
  Policy policy;
  std::vector<ImportWarning> warnings;
};

/// Reads and validates a policy (see validate()); errors as for read_package_json, with code
/// invalid_json or invalid_policy.
PolicyReadResult read_policy_json(std::string_view json, const ReadOptions& options = {});
PolicyReadResult read_policy_file(const std::string& path, const ReadOptions& options = {});
/// A built-in policy by id, or else a policy file by path.
Policy load_policy(std::string_view id_or_path);

std::string write_policy_json(const Policy& policy, bool pretty = true);

}  // namespace jixiao

#endif  // JIXIAO_POLICY_JSON_HPP
