// jixiao: a budget unit's self-evaluation package for one year (绩效自评材料).
#ifndef JIXIAO_PACKAGE_HPP
#define JIXIAO_PACKAGE_HPP

#include <jixiao/basic_data_form.hpp>
#include <jixiao/department_form.hpp>
#include <jixiao/money.hpp>
#include <jixiao/narrative_report.hpp>
#include <jixiao/project_form.hpp>

#include <optional>
#include <string>
#include <vector>

namespace jixiao {

struct Package {
  std::string unit_name;                        ///< 预算部门、单位名称
  int year = 0;                                 ///< the evaluated year (2024 for the 2024 package)
  MoneyUnit money_unit = MoneyUnit::wan_yuan;   ///< the unit the forms' amounts are written in
  std::optional<BasicDataForm> basic_data;      ///< 附件一
  std::optional<DepartmentForm> department;     ///< 附件二
  std::vector<ProjectForm> projects;            ///< 附件三, one per project
  std::optional<NarrativeReport> report;        ///< 自评报告

  friend bool operator==(const Package&, const Package&) = default;
};

}  // namespace jixiao

#endif  // JIXIAO_PACKAGE_HPP
