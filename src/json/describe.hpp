// jixiao, internal: Boost.Describe descriptions of the model, for the JSON readers and writers.
//
// The descriptions live here, not in the public headers, so that the public headers stay free of
// Boost. They must sit in the namespace of the described type (Describe finds them by ADL).
//
// Keep these lists in step with the headers: a member left out here is neither written nor read
// (the round-trip tests in tests/package_json.cpp and tests/policy_json.cpp set every member and
// would fail, and the schema tests find every member the schemas name), an enumerator left out
// cannot be written or read (tests/policy_json.cpp and tests/result_json.cpp check CategoryId,
// RoundingMode and ScoreMethod against the library's own name functions).
#ifndef JIXIAO_SRC_JSON_DESCRIBE_HPP
#define JIXIAO_SRC_JSON_DESCRIBE_HPP

#include <jixiao/evaluation.hpp>
#include <jixiao/package.hpp>
#include <jixiao/policy.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

namespace jixiao {

// ---- enums ------------------------------------------------------------------------------------
BOOST_DESCRIBE_ENUM(MoneyUnit, yuan, wan_yuan)
BOOST_DESCRIBE_ENUM(CategoryId, custom, output, benefit, satisfaction, cost, input, process, effect,
                    quantity, quality, timeliness, economic_cost, social_cost, ecological_cost,
                    economic_benefit, social_benefit, ecological_benefit, sustainability,
                    service_satisfaction, goal_setting, budget_allocation, budget_execution,
                    budget_management, asset_management, duty_performance, performance_benefit)
BOOST_DESCRIBE_ENUM(QualitativeTier, unknown, achieved, partial, not_achieved)
BOOST_DESCRIBE_ENUM(RoundingMode, half_up, half_even, half_down, up, down, ceiling, floor, unnecessary)
BOOST_DESCRIBE_ENUM(ExecutionMethod, proportional, bands)
BOOST_DESCRIBE_ENUM(ReverseMethod, linear_deviation, ratio)
BOOST_DESCRIBE_ENUM(RoundingPoint, indicator, total)
BOOST_DESCRIBE_ENUM(RateRuleKind, control_rate, change_rate)
BOOST_DESCRIBE_ENUM(ScoreMethod, full_marks, proportional, equal_zero, reverse_linear, reverse_ratio,
                    range, deadline, qualitative, rate_rule, not_scored)

// ---- the package (jixiao-package) -------------------------------------------------------------
// Category, IndicatorValue, Date, Decimal, Money and Percent are written and read by hand.
BOOST_DESCRIBE_STRUCT(SignOff, (), (filled_by, fill_date))
BOOST_DESCRIBE_STRUCT(Goals, (), (expected, actual))
BOOST_DESCRIBE_STRUCT(FundsRow, (),
                      (initial_budget, annual_budget, executed, weight, execution_rate, self_score))
BOOST_DESCRIBE_STRUCT(FundsBlock, (), (total, current_year, carryover, other))
BOOST_DESCRIBE_STRUCT(IncomeBreakdown, (),
                      (general_public_budget, government_fund, special_account_non_tax, other))
BOOST_DESCRIBE_STRUCT(ExpenditureBreakdown, (), (basic, project))
BOOST_DESCRIBE_STRUCT(Indicator, (), (name, target, actual, unit, weight, self_score, deviation))
BOOST_DESCRIBE_STRUCT(IndicatorGroup, (), (category, weight, indicators))
BOOST_DESCRIBE_STRUCT(IndicatorSection, (), (category, weight, groups))
BOOST_DESCRIBE_STRUCT(ProjectForm, (),
                      (title, project_name, competent_department, implementing_unit, funds, goals,
                       indicators, total_weight, total_self_score, sign_off))
BOOST_DESCRIBE_STRUCT(DepartmentForm, (),
                      (title, unit_name, funds, income, expenditure, goals, indicators, total_weight,
                       total_self_score, sign_off))
BOOST_DESCRIBE_STRUCT(Staffing, (), (authorized, actual, control_rate))
BOOST_DESCRIBE_STRUCT(YearColumns, (), (prior_final, budget, final))
BOOST_DESCRIBE_STRUCT(AmountRow, (), (name, amounts, children))
BOOST_DESCRIBE_STRUCT(BuildingControl, (),
                      (approved_area, actual_area, scale_control_rate, budgeted_investment,
                       actual_investment, investment_control_rate))
BOOST_DESCRIBE_STRUCT(BasicDataForm, (),
                      (title, staffing, three_public, project_spending, public_funds,
                       government_procurement, basic_budget_adjustment, buildings, savings_measures,
                       sign_off))
BOOST_DESCRIBE_STRUCT(NarrativeReport, (), (title, date, text))
BOOST_DESCRIBE_STRUCT(Package, (),
                      (unit_name, year, money_unit, basic_data, department, projects, report))

// ---- the policy (jixiao-policy) ---------------------------------------------------------------
BOOST_DESCRIBE_STRUCT(SectionWeight, (), (categories, weight))
BOOST_DESCRIBE_STRUCT(ExecutionBand, (), (min_rate, score_ratio))
BOOST_DESCRIBE_STRUCT(ExecutionRule, (), (method, cap, bands))
BOOST_DESCRIBE_STRUCT(QuantitativeRule, (), (reverse, negative_actual_as_zero, over_achievement_ratio))
BOOST_DESCRIBE_STRUCT(QualitativeTierRule, (), (tier, min_ratio, max_ratio, max_inclusive))
BOOST_DESCRIBE_STRUCT(ScoreRounding, (), (scale, mode, at))
BOOST_DESCRIBE_STRUCT(GradeBand, (), (min, name, name_en))
BOOST_DESCRIBE_STRUCT(RateRule, (), (name_contains, kind, limit, deduction, prorate))
BOOST_DESCRIBE_STRUCT(Tolerances, (), (amount, score, rate))
BOOST_DESCRIBE_STRUCT(Policy, (),
                      (id, name, name_en, basis, total, execution_weight, section_weights, execution,
                       quantitative, qualitative_tiers, rounding, grades, rate_rules, tolerances))

// ---- the result (jixiao-result) ---------------------------------------------------------------
BOOST_DESCRIBE_STRUCT(Explanation, (), (zh, en))
BOOST_DESCRIBE_STRUCT(IndicatorResult, (),
                      (path, name, weight, filed_score, computed_score, counted_score, method,
                       explanation, completion, over_achievement, tier, tier_min, tier_max,
                       tier_max_inclusive, self_score_in_tier))
BOOST_DESCRIBE_STRUCT(GroupResult, (), (category, path, weight, score, filed_score, indicators))
BOOST_DESCRIBE_STRUCT(SectionResult, (),
                      (category, path, printed_weight, policy_weight, weight, score, filed_score,
                       groups))
BOOST_DESCRIBE_STRUCT(ExecutionResult, (),
                      (rate, printed_rate, weight, score, filed_score, rate_explanation,
                       score_explanation))
BOOST_DESCRIBE_STRUCT(FormResult, (),
                      (form, path, name, execution, sections, indicator_score, total,
                       total_explanation, filed_total, grade, filed_grade))
BOOST_DESCRIBE_STRUCT(DerivedRate, (), (key, name, name_en, value, printed, explanation))
BOOST_DESCRIBE_STRUCT(RowTotal, (), (path, name, column, printed, computed, explanation))
BOOST_DESCRIBE_STRUCT(BasicDataResult, (), (rates, row_totals))
BOOST_DESCRIBE_STRUCT(EvaluationResult, (),
                      (policy_id, money_unit, unit_name, year, basic_data, department, projects))

}  // namespace jixiao

#endif  // JIXIAO_SRC_JSON_DESCRIBE_HPP
