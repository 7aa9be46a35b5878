// jixiao: the audit of a self-evaluation package (审核): every arithmetic and consistency check.
#ifndef JIXIAO_AUDIT_HPP
#define JIXIAO_AUDIT_HPP

#include <jixiao/evaluation.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/package.hpp>
#include <jixiao/policy.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace jixiao {

/// A rule of the catalogue.
struct AuditRule {
  std::string_view code;      ///< "JX-A01"
  Severity severity;          ///< its default severity
  std::string_view group;     ///< arithmetic, weights, scoring, quality, completeness, cross_form, narrative
  std::string_view title_zh;  ///< "合计数与其中各项之和不符"
  std::string_view title_en;  ///< "a total does not equal the sum of its sub-rows"
};

/// Every rule, in code order.
std::span<const AuditRule> audit_rules() noexcept;
/// The rule with this code, or nullptr.
const AuditRule* find_audit_rule(std::string_view code) noexcept;

struct AuditResult {
  EvaluationResult evaluation;    ///< the audit scores the package first and checks against it
  std::vector<Finding> findings;  ///< most severe first; within a severity by check group, then package order
};

/// Audits a package under a policy (tolerances come from the policy and are stated in the messages).
AuditResult audit(const Package& package, const Policy& policy = default_policy());

}  // namespace jixiao

#endif  // JIXIAO_AUDIT_HPP
