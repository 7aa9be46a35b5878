// The evaluation of a package as text for a terminal: the forms with computed values beside the filed ones.
#ifndef JIXIAO_APPS_RENDER_EVALUATION_HPP
#define JIXIAO_APPS_RENDER_EVALUATION_HPP

#include <jixiao/evaluation.hpp>
#include <jixiao/package.hpp>

#include <string>

namespace jixiao::cli {

struct RenderOptions {
  Lang lang = Lang::zh;
  bool explain_all = false;  ///< every row's explanation, not only where computed and filed differ
};

/// `result` must be evaluate(package, …): the two are walked side by side.
std::string render_evaluation(const Package& package, const EvaluationResult& result, const RenderOptions& options);

}  // namespace jixiao::cli

#endif  // JIXIAO_APPS_RENDER_EVALUATION_HPP
