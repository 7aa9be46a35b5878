// jixiao: 项目支出绩效自评表, one per project.
#ifndef JIXIAO_PROJECT_FORM_HPP
#define JIXIAO_PROJECT_FORM_HPP

#include <jixiao/funds.hpp>
#include <jixiao/goals.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/sign_off.hpp>

#include <optional>
#include <string>
#include <vector>

namespace jixiao {

struct ProjectForm {
  std::string title;                 ///< "2024年度项目支出绩效自评表"
  std::string project_name;          ///< 项目支出名称
  std::string competent_department;  ///< 主管部门
  std::string implementing_unit;     ///< 实施单位
  FundsBlock funds;                  ///< 项目资金（万元）
  Goals goals;                       ///< 年度总体目标
  std::vector<IndicatorSection> indicators;  ///< 绩效指标
  std::optional<Decimal> total_weight;       ///< 总分 row: 分值 (100)
  std::optional<Decimal> total_self_score;   ///< 总分 row: 自评得分
  SignOff sign_off;

  friend bool operator==(const ProjectForm&, const ProjectForm&) = default;
};

}  // namespace jixiao

#endif  // JIXIAO_PROJECT_FORM_HPP
