// jixiao: the funds block of a self-evaluation table (项目资金 / 年度预算申请, 万元).
#ifndef JIXIAO_FUNDS_HPP
#define JIXIAO_FUNDS_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/money.hpp>
#include <jixiao/percent.hpp>

#include <optional>

namespace jixiao {

/// One row: 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 自评得分. Blank cells are empty.
struct FundsRow {
  std::optional<Money> initial_budget;     ///< 年初预算数
  std::optional<Money> annual_budget;      ///< 全年预算数 (adjusted full-year budget: the denominator)
  std::optional<Money> executed;           ///< 全年执行数
  std::optional<Decimal> weight;           ///< 分值
  std::optional<Percent> execution_rate;   ///< 执行率 as printed
  std::optional<Decimal> self_score;       ///< 自评得分 as filed

  friend bool operator==(const FundsRow&, const FundsRow&) = default;
};

/// 年度资金总额 and its 其中 rows. The 部门整体 table prints only the total.
struct FundsBlock {
  FundsRow total;                       ///< 年度资金总额
  std::optional<FundsRow> current_year; ///< 其中：当年财政拨款
  std::optional<FundsRow> carryover;    ///< 上年结转资金
  std::optional<FundsRow> other;        ///< 其他资金

  friend bool operator==(const FundsBlock&, const FundsBlock&) = default;
};

/// 按收入性质分 of the 部门整体 table.
struct IncomeBreakdown {
  std::optional<Money> general_public_budget;    ///< 一般公共预算
  std::optional<Money> government_fund;          ///< 政府性基金拨款
  std::optional<Money> special_account_non_tax;  ///< 纳入专户管理的非税收入拨款
  std::optional<Money> other;                    ///< 其他资金

  friend bool operator==(const IncomeBreakdown&, const IncomeBreakdown&) = default;
};

/// 按支出性质分 of the 部门整体 table.
struct ExpenditureBreakdown {
  std::optional<Money> basic;    ///< 基本支出
  std::optional<Money> project;  ///< 项目支出

  friend bool operator==(const ExpenditureBreakdown&, const ExpenditureBreakdown&) = default;
};

}  // namespace jixiao

#endif  // JIXIAO_FUNDS_HPP
