// jixiao: 部门整体支出绩效自评表.
#ifndef JIXIAO_DEPARTMENT_FORM_HPP
#define JIXIAO_DEPARTMENT_FORM_HPP

#include <jixiao/funds.hpp>
#include <jixiao/goals.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/sign_off.hpp>

#include <optional>
#include <string>
#include <vector>

namespace jixiao {

struct DepartmentForm {
  std::string title;                    ///< "2024年度部门整体支出绩效自评表"
  std::string unit_name;                ///< 预算部门、单位名称
  FundsBlock funds;                     ///< 年度预算申请（万元）
  IncomeBreakdown income;               ///< 按收入性质分
  ExpenditureBreakdown expenditure;     ///< 按支出性质分
  Goals goals;                          ///< 年度总体目标
  std::vector<IndicatorSection> indicators;  ///< 绩效指标
  std::optional<Decimal> total_weight;       ///< 总分 row: 分值
  std::optional<Decimal> total_self_score;   ///< 总分 row: 自评得分
  SignOff sign_off;

  friend bool operator==(const DepartmentForm&, const DepartmentForm&) = default;
};

}  // namespace jixiao

#endif  // JIXIAO_DEPARTMENT_FORM_HPP
