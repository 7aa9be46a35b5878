// jixiao: policies to and from JSON (format "jixiao-policy", version 1; docs/json-format.md).
#include <jixiao/policy_json.hpp>

#include "json/document.hpp"
#include "json/read.hpp"
#include "json/write.hpp"

#include <algorithm>

namespace jixiao {

namespace {
constexpr std::string_view policy_format = "jixiao-policy";
}

PolicyReadResult read_policy_json(std::string_view json, const ReadOptions& options) {
  using namespace json_detail;
  PolicyReadResult result;
  // Unknown members are reported first: a misspelt one may be why the policy does not validate.
  json = read_document(json, policy_format, ErrorCode::invalid_policy, options, result.warnings,
                       [&](Reader& r, const Value& root) { read_members(r, root, result.policy, {"format", "version"}); });
  try {
    validate(result.policy);
  } catch (const Error& e) {
    if (e.code() != ErrorCode::invalid_policy || e.path().empty()) throw;
    // validate() names the member; give it the line and column of that member in this text.
    std::vector<std::string> storage;
    const std::vector<PathSegment> path = parse_path(e.path(), storage);
    Location where = locate(json, path);
    where.path = e.path();
    throw Error(e.code(), e.message(Lang::zh), e.message(Lang::en), std::move(where));
  }
  return result;
}

PolicyReadResult read_policy_file(const std::string& path, const ReadOptions& options) {
  const std::string text = json_detail::read_file(path);
  return read_policy_json(text, options);
}

Policy load_policy(std::string_view id_or_path) {
  const std::vector<std::string_view> ids = builtin_policy_ids();
  if (std::find(ids.begin(), ids.end(), id_or_path) != ids.end()) return builtin_policy(id_or_path);
  return read_policy_file(std::string(id_or_path)).policy;
}

std::string write_policy_json(const Policy& policy, bool pretty) {
  return json_detail::write_document(policy, policy_format, json_detail::PolicyStyle{}, pretty, 4096);
}

}  // namespace jixiao
