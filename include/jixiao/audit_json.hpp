// jixiao: audit findings as JSON (format "jixiao-audit", version 1; docs/json-format.md).
#ifndef JIXIAO_AUDIT_JSON_HPP
#define JIXIAO_AUDIT_JSON_HPP

#include <jixiao/audit.hpp>

#include <string>

namespace jixiao {

/// The findings with a summary (counts by severity, each form's computed and filed totals and grade).
std::string write_audit_json(const AuditResult& result, bool pretty = true);

}  // namespace jixiao

#endif  // JIXIAO_AUDIT_JSON_HPP
