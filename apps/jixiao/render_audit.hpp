// Audit findings for people: text for a terminal, Markdown for reports.
#ifndef JIXIAO_APPS_RENDER_AUDIT_HPP
#define JIXIAO_APPS_RENDER_AUDIT_HPP

#include <jixiao/audit.hpp>

#include <string>

namespace jixiao::cli {

/// The findings grouped by form (in the package's order), most severe first in each, with code,
/// place, message and the numbers.
std::string render_audit_text(const AuditResult& result, Lang lang);
std::string render_audit_markdown(const AuditResult& result, Lang lang);

}  // namespace jixiao::cli

#endif  // JIXIAO_APPS_RENDER_AUDIT_HPP
