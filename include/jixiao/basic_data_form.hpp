// jixiao: 部门整体支出绩效评价基础数据表 (附件一).
#ifndef JIXIAO_BASIC_DATA_FORM_HPP
#define JIXIAO_BASIC_DATA_FORM_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/money.hpp>
#include <jixiao/percent.hpp>
#include <jixiao/sign_off.hpp>

#include <optional>
#include <string>
#include <vector>

namespace jixiao {

/// 财政供养人员情况（人）.
struct Staffing {
  std::optional<Decimal> authorized;     ///< 编制数
  std::optional<Decimal> actual;         ///< 实际在职人数
  std::optional<Percent> control_rate;   ///< 控制率 as printed

  friend bool operator==(const Staffing&, const Staffing&) = default;
};

/// The three amount columns of 经费控制情况（万元）: last year's final accounts, this year's
/// budget and this year's final accounts.
struct YearColumns {
  std::optional<Money> prior_final;  ///< 上年决算数 ("2023 年决算数")
  std::optional<Money> budget;       ///< 本年预算数
  std::optional<Money> final;        ///< 本年决算数

  friend bool operator==(const YearColumns&, const YearColumns&) = default;
};

/// A row of 经费控制情况 with its 其中 / numbered sub-rows. Template rows ("……", "4、省级专项资金
/// （每个专项一行）") are kept as written, so that an audit can see them.
struct AmountRow {
  std::string name;  ///< as printed, e.g. "1、公务用车购置和维护经费"
  YearColumns amounts;
  std::vector<AmountRow> children;

  friend bool operator==(const AmountRow&, const AmountRow&) = default;
};

/// 楼堂馆所控制情况 (completed this year).
struct BuildingControl {
  std::optional<Decimal> approved_area;            ///< 批复规模（㎡）
  std::optional<Decimal> actual_area;              ///< 实际规模（㎡）
  std::optional<Percent> scale_control_rate;       ///< 规模控制率 as printed
  std::optional<Money> budgeted_investment;        ///< 预算投资（万元）
  std::optional<Money> actual_investment;          ///< 实际投资（万元）
  std::optional<Percent> investment_control_rate;  ///< 投资概算控制率 as printed

  friend bool operator==(const BuildingControl&, const BuildingControl&) = default;
};

struct BasicDataForm {
  std::string title;             ///< "2024年度部门整体支出绩效评价基础数据表"
  Staffing staffing;             ///< 财政供养人员情况
  AmountRow three_public;        ///< "三公"经费 and its sub-rows (公务用车购置和维护 → 公车购置, 公车运行维护; 出国; 公务接待)
  AmountRow project_spending;    ///< 项目支出 and its rows
  AmountRow public_funds;        ///< 公用经费 and its 其中 rows
  YearColumns government_procurement;   ///< 政府采购金额
  YearColumns basic_budget_adjustment;  ///< 部门基本支出预算调整
  BuildingControl buildings;            ///< 楼堂馆所控制情况
  std::string savings_measures;         ///< 厉行节约保障措施
  SignOff sign_off;

  friend bool operator==(const BasicDataForm&, const BasicDataForm&) = default;
};

}  // namespace jixiao

#endif  // JIXIAO_BASIC_DATA_FORM_HPP
