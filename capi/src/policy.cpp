// jixiao C API: policies (built in, from JSON, to JSON).
#include "capi_internal.hpp"

#include <jixiao/policy_json.hpp>

#include <fmt/format.h>

namespace jixiao::capi {
namespace {

/// The built-in names as NUL-terminated strings with static storage (built once, thread-safely).
const std::vector<std::string>& builtin_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const std::string_view id : builtin_policy_ids()) v.emplace_back(id);
    return v;
  }();
  return names;
}

}  // namespace
}  // namespace jixiao::capi

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API int jx_policy_builtin(const char* name, jx_policy** out) {
  return guarded([&] {
    const std::string_view n = text_arg(name, "name");
    require(out, "out");
    *out = new jx_policy{builtin_policy(n)};
  });
}

JX_API int jx_policy_from_json(const char* json, size_t len, jx_policy** out) {
  return guarded([&] {
    const std::string_view text = buffer_arg(json, len, "json");
    require(out, "out");
    *out = new jx_policy{read_policy_json(text).policy};
  });
}

JX_API int jx_policy_from_file(const char* path, jx_policy** out) {
  return guarded([&] {
    const std::string_view p = text_arg(path, "path");
    require(out, "out");
    *out = new jx_policy{read_policy_file(std::string(p)).policy};
  });
}

JX_API int jx_policy_to_json(const jx_policy* policy, char** out) {
  return guarded([&] {
    require(policy, "policy");
    require(out, "out");
    *out = dup_string(write_policy_json(policy->policy));
  });
}

JX_API void jx_policy_free(jx_policy* policy) { delete policy; }

JX_API size_t jx_policy_builtin_count(void) {
  std::size_t n = 0;
  guarded([&] { n = builtin_names().size(); });
  return n;
}

JX_API const char* jx_policy_builtin_name(size_t index) {
  const char* name = nullptr;
  guarded([&] {
    const std::vector<std::string>& names = builtin_names();
    if (index >= names.size())
      throw_api(JX_ERR_INDEX, fmt::format("内置评分规则序号 {} 超出范围：共有 {} 个", index, names.size()),
                fmt::format("built-in policy index {} is out of range: there are {}", index, names.size()));
    name = names[index].c_str();
  });
  return name;
}

}  // extern "C"
