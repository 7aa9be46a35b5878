// jixiao: audit findings as JSON (format "jixiao-audit", version 1).
#include <jixiao/audit_json.hpp>

#include "json/write.hpp"

namespace jixiao {
namespace {

void optional_string(json_detail::Writer& w, std::string_view key, const std::optional<std::string_view>& value) {
  w.key(key);
  if (value) {
    w.string(*value);
  } else {
    w.null();
  }
}

void form_summary(json_detail::Writer& w, const FormResult& f) {
  w.begin_object();
  w.key("form");
  w.string(f.form);
  w.key("path");
  w.string(f.path);
  w.key("name");
  w.string(f.name);
  w.key("total");
  w.string(f.total.to_string());
  const std::optional<std::string> filed_total = f.filed_total ? std::optional(f.filed_total->to_string()) : std::nullopt;
  optional_string(w, "filed_total", filed_total);
  w.key("grade");
  w.string(f.grade.name);
  optional_string(w, "filed_grade", f.filed_grade ? std::optional<std::string_view>(f.filed_grade->name) : std::nullopt);
  w.end_object();
}

}  // namespace

std::string write_audit_json(const AuditResult& result, bool pretty) {
  json_detail::Writer w(pretty, 4096 + 512 * result.findings.size());
  const EvaluationResult& e = result.evaluation;
  w.begin_object();
  w.key("format");
  w.string("jixiao-audit");
  w.key("version");
  w.integer(1);
  w.key("policy_id");
  w.string(e.policy_id);
  w.key("unit_name");
  w.string(e.unit_name);
  w.key("year");
  w.integer(e.year);

  long long counts[3] = {0, 0, 0};
  for (const Finding& f : result.findings) ++counts[static_cast<int>(f.severity())];
  w.key("summary");
  w.begin_object();
  w.key("errors");
  w.integer(counts[static_cast<int>(Severity::error)]);
  w.key("warnings");
  w.integer(counts[static_cast<int>(Severity::warning)]);
  w.key("infos");
  w.integer(counts[static_cast<int>(Severity::info)]);
  w.end_object();

  w.key("forms");
  w.begin_array();
  if (e.department) form_summary(w, *e.department);
  for (const FormResult& f : e.projects) form_summary(w, f);
  w.end_array();

  w.key("findings");
  w.begin_array();
  for (const Finding& f : result.findings) {
    w.begin_object();
    w.key("code");
    w.string(f.code());
    w.key("severity");
    w.string(severity_name(f.severity()));
    w.key("form");
    w.string(f.form());
    w.key("form_name");
    w.string(f.form_name());
    w.key("row");
    w.string(f.row());
    w.key("field");
    w.string(f.field());
    w.key("path");
    w.string(f.path());
    w.key("zh");
    w.string(f.zh());
    w.key("en");
    w.string(f.en());
    optional_string(w, "expected", f.expected());
    optional_string(w, "found", f.found());
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take();
}

}  // namespace jixiao
