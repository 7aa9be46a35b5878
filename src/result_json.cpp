// jixiao: evaluation results as JSON (format "jixiao-result", version 1; docs/json-format.md).
#include <jixiao/result_json.hpp>

#include "json/write.hpp"

namespace jixiao {

std::string write_result_json(const EvaluationResult& result, bool pretty) {
  std::size_t rows = 0;
  for (const FormResult& f : result.projects)
    for (const SectionResult& s : f.sections)
      for (const GroupResult& g : s.groups) rows += g.indicators.size();
  return json_detail::write_document(result, "jixiao-result", json_detail::ResultStyle{result.money_unit}, pretty,
                                     4096 + 800 * rows + 2048 * result.projects.size());
}

}  // namespace jixiao
