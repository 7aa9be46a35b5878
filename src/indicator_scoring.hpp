// Internal: scoring one 三级 row into a result where it is kept (evaluate_form scores straight into
// its group's vector: an IndicatorResult is a dozen strings and numbers, costly to move).
#ifndef JIXIAO_SRC_INDICATOR_SCORING_HPP
#define JIXIAO_SRC_INDICATOR_SCORING_HPP

#include <jixiao/evaluation.hpp>

namespace jixiao::detail {

/// score_indicator(ind, policy, r.path), written into r (a default-constructed result whose path
/// is set).
void score_indicator_into(IndicatorResult& r, const Indicator& ind, const Policy& policy);

}  // namespace jixiao::detail

#endif  // JIXIAO_SRC_INDICATOR_SCORING_HPP
