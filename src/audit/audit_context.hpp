// Internal: what every audit check sees, and how it reports.
#ifndef JIXIAO_SRC_AUDIT_CONTEXT_HPP
#define JIXIAO_SRC_AUDIT_CONTEXT_HPP

#include <jixiao/audit.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::audit_detail {

/// The place a finding is about.
struct Place {
  std::string form;       ///< "package", "basic_data", "department", "project", "report"
  std::string form_name;
  std::string row;
  std::string field;
  std::string path;
};

struct Context {
  const Package& package;
  const Policy& policy;
  const EvaluationResult& evaluation;
  std::vector<Finding>& findings;

  /// Adds a finding of rule `code` (its severity from the catalogue) at `place`.
  void report(std::string_view code, Place place, std::string zh, std::string en,
              std::optional<std::string> expected = std::nullopt,
              std::optional<std::string> found = std::nullopt) const;

  /// The package's money unit name ("万元") and an amount written in it ("211.34").
  std::string amount(const Money& m) const;
  /// "（容差 0.01 万元）" / " (tolerance 0.01 10k yuan)"
  std::string amount_tolerance(Lang lang) const;
  std::string score_tolerance(Lang lang) const;
  std::string rate_tolerance(Lang lang) const;
  /// Whether two amounts differ by more than the policy's amount tolerance (in the package unit).
  bool amounts_differ(const Money& a, const Money& b) const;
  bool scores_differ(const Decimal& a, const Decimal& b) const;
  bool rates_differ(const Percent& a, const Percent& b) const;
};

/// The places of the package's forms, for the checks that walk them.
Place department_place(const Package& p, std::string row = {}, std::string field = {}, std::string path = {});
Place project_place(const Package& p, std::size_t index, std::string row = {}, std::string field = {},
                    std::string path = {});

// The checks, one file per group (src/audit/<group>.cpp).
void check_arithmetic(const Context& c);    // JX-A..
void check_weights(const Context& c);       // JX-W..
void check_scoring(const Context& c);       // JX-S..
void check_quality(const Context& c);       // JX-Q..
void check_completeness(const Context& c);  // JX-C..
void check_cross_form(const Context& c);    // JX-X..
void check_narrative(const Context& c);     // JX-N..

}  // namespace jixiao::audit_detail

#endif  // JIXIAO_SRC_AUDIT_CONTEXT_HPP
