// jixiao: a defect found in a package (审核发现), with a stable code, a place and a reason.
#ifndef JIXIAO_FINDING_HPP
#define JIXIAO_FINDING_HPP

#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

/// How bad a finding is. The numbers are part of the C ABI.
enum class Severity : int {
  info = 0,     ///< 提示: worth a look, often a matter of style or of the template
  warning = 1,  ///< 警告: probably wrong, or not verifiable
  error = 2,    ///< 错误: a number or a rule that is wrong
};

/// "info", "warning", "error".
std::string_view severity_name(Severity s) noexcept;
/// "提示", "警告", "错误".
std::string_view severity_label_zh(Severity s) noexcept;

/// One finding. `code` is stable and never reused (docs/audit-rules.md lists them all).
struct Finding {
  std::string code;        ///< "JX-A01"
  Severity severity = Severity::warning;
  std::string form;        ///< "package", "basic_data", "department", "project", "report"
  std::string form_name;   ///< the project's name, the unit's name, or the report's title
  std::string row;         ///< the row as printed: an indicator's name, "年度资金总额", "公用经费"
  std::string field;       ///< the cell: "executed", "self_score", "weight" …; empty for the row or form
  std::string path;        ///< JSON path of the cell, row or form in the package
  std::string zh;          ///< the message in Chinese
  std::string en;          ///< the message in English
  std::optional<std::string> expected;  ///< the number it should be, where there is one
  std::optional<std::string> found;     ///< the number found
};

}  // namespace jixiao

#endif  // JIXIAO_FINDING_HPP
