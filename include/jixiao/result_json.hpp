// jixiao: evaluation results as JSON (format "jixiao-result", version 1; docs/json-format.md).
#ifndef JIXIAO_RESULT_JSON_HPP
#define JIXIAO_RESULT_JSON_HPP

#include <jixiao/evaluation.hpp>

#include <string>

namespace jixiao {

/// Every computed number as a decimal string, with its explanation in Chinese and English.
std::string write_result_json(const EvaluationResult& result, bool pretty = true);

}  // namespace jixiao

#endif  // JIXIAO_RESULT_JSON_HPP
