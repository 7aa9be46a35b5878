// jixiao: the narrative self-evaluation report (自评报告), kept as text.
#ifndef JIXIAO_NARRATIVE_REPORT_HPP
#define JIXIAO_NARRATIVE_REPORT_HPP

#include <jixiao/date.hpp>

#include <optional>
#include <string>

namespace jixiao {

struct NarrativeReport {
  std::string title;            ///< "2024年度…部门整体支出绩效自评报告"
  std::optional<Date> date;     ///< the date on its cover
  std::string text;             ///< the body, paragraphs separated by blank lines

  friend bool operator==(const NarrativeReport&, const NarrativeReport&) = default;
};

}  // namespace jixiao

#endif  // JIXIAO_NARRATIVE_REPORT_HPP
