// Test support for the JSON formats: the repository's paths, and a small JSON Schema checker.
//
// The checker is not a validator: it walks a document along a schema (draft 2020-12 subset:
// local "$ref", "anyOf"/"oneOf", "type", "const", "enum", "properties", "additionalProperties":
// false, "required", "items") and reports the keys the schema does not name and the values whose
// type it does not allow. It also records which properties of which schema objects were visited,
// so that a test can show that a fully populated document uses every property the schema names.
#ifndef JIXIAO_TESTS_JSON_TEST_SUPPORT_HPP
#define JIXIAO_TESTS_JSON_TEST_SUPPORT_HPP

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace jixiao_test {

/// The repository root (this file is tests/json_test_support.hpp).
inline std::filesystem::path source_dir() { return std::filesystem::path(__FILE__).parent_path().parent_path(); }

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class SchemaCheck {
 public:
  explicit SchemaCheck(const boost::json::value& schema) : root_(schema) {}

  /// Problems found in `doc`, one line each ("$.x.y: key not in schema").
  std::vector<std::string> check(const boost::json::value& doc) {
    problems_.clear();
    walk(doc, root_, "$", "#");
    return problems_;
  }

  /// "#/$defs/Name.property" for every property of every schema object that some checked
  /// document had.
  const std::set<std::string>& visited() const { return visited_; }

  /// Every "#/$defs/Name.property" and "#.property" the schema names.
  std::set<std::string> all_properties() const {
    std::set<std::string> out;
    const auto add = [&](const boost::json::object& s, const std::string& where) {
      if (const auto* props = s.if_contains("properties"))
        for (const auto& kv : props->as_object()) out.insert(where + "." + std::string(kv.key()));
    };
    add(root_.as_object(), "#");
    if (const auto* defs = root_.as_object().if_contains("$defs"))
      for (const auto& kv : defs->as_object()) add(kv.value().as_object(), "#/$defs/" + std::string(kv.key()));
    return out;
  }

 private:
  const boost::json::value& resolve(const boost::json::value& s, std::string& where) const {
    const boost::json::value* cur = &s;
    while (const auto* ref = cur->as_object().if_contains("$ref")) {
      const std::string r(ref->as_string());
      where = r;
      const std::string prefix = "#/$defs/";
      cur = &root_.at("$defs").at(r.substr(prefix.size()));
    }
    return *cur;
  }

  static bool type_ok(const boost::json::value& v, std::string_view t) {
    if (t == "object") return v.is_object();
    if (t == "array") return v.is_array();
    if (t == "string") return v.is_string();
    if (t == "integer") return v.is_int64() || v.is_uint64();
    if (t == "number") return v.is_number();
    if (t == "boolean") return v.is_bool();
    if (t == "null") return v.is_null();
    return false;
  }

  /// True when `v` matches `schema` as far as this checker looks; records problems only when
  /// `report`.
  bool walk(const boost::json::value& v, const boost::json::value& schema_in, const std::string& path,
            std::string where, bool report = true) {
    const boost::json::value& schema = resolve(schema_in, where);
    const auto& s = schema.as_object();
    const auto fail = [&](const std::string& what) {
      if (report) problems_.push_back(path + ": " + what);
      return false;
    };
    for (const char* any : {"anyOf", "oneOf"}) {
      if (const auto* branches = s.if_contains(any)) {
        for (const auto& b : branches->as_array())
          if (walk(v, b, path, where, false)) return walk(v, b, path, where, report);
        return fail(std::string("matches no branch of ") + any);
      }
    }
    if (const auto* t = s.if_contains("type")) {
      bool ok = false;
      if (t->is_string()) ok = type_ok(v, t->as_string());
      else
        for (const auto& x : t->as_array()) ok = ok || type_ok(v, x.as_string());
      if (!ok) return fail("type not allowed: " + boost::json::serialize(*t));
    }
    if (const auto* c = s.if_contains("const"); c && *c != v) return fail("not the const " + boost::json::serialize(*c));
    if (const auto* e = s.if_contains("enum")) {
      bool ok = false;
      for (const auto& x : e->as_array()) ok = ok || x == v;
      if (!ok) return fail("not in enum");
    }
    bool ok = true;
    if (v.is_object()) {
      const auto* props = s.if_contains("properties");
      for (const auto& kv : v.as_object()) {
        const std::string key(kv.key());
        const boost::json::value* sub = props ? props->as_object().if_contains(key) : nullptr;
        if (sub == nullptr) {
          ok = fail("key \"" + key + "\" not in schema") && ok;
          continue;
        }
        if (report) visited_.insert(where + "." + key);
        ok = walk(kv.value(), *sub, path + "." + key, where + "/properties/" + key, report) && ok;
      }
      if (const auto* req = s.if_contains("required"))
        for (const auto& k : req->as_array())
          if (!v.as_object().contains(k.as_string())) ok = fail("missing required " + std::string(k.as_string())) && ok;
    }
    if (v.is_array()) {
      if (const auto* items = s.if_contains("items")) {
        std::size_t i = 0;
        for (const auto& x : v.as_array()) {
          ok = walk(x, *items, path + "[" + std::to_string(i) + "]", where + "/items", report) && ok;
          ++i;
        }
      }
    }
    return ok;
  }

  const boost::json::value& root_;
  std::vector<std::string> problems_;
  std::set<std::string> visited_;
};

}  // namespace jixiao_test

#endif  // JIXIAO_TESTS_JSON_TEST_SUPPORT_HPP
